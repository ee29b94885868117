doc: tnt305-tvpl__bai-viet-tvnd-kcn-phuc-long
source: ../shared/corpus/raw/tnt305-tvpl__bai-viet-tvnd-kcn-phuc-long.txt
span: 0 5270
=====TEXT=====
Địa điểm cụ thể thực hiện dự án ⟦PROJECT|khu công nghiệp Phúc Long⟧ nằm ở đâu?

Căn cứ Điều 1 ⟦e1:LEGAL_REF|Quyết định 482/QĐ-TTg⟧ ⟦e2:DATE|năm 2024⟧ về địa điểm thực hiện của dự án ⟦PROJECT|khu công nghiệp Phúc Long⟧ như sau:

Điều 1. Chấp thuận chủ trương đầu tư đồng thời chấp thuận nhà đầu tư với nội dung như sau:

1. Nhà đầu tư: ⟦ORG|Công ty TNHH đầu tư và xây dựng Phúc Long⟧.

2. Tên dự án: ⟦PROJECT|đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu công nghiệp Phúc Long mở rộng⟧.

3. Mục tiêu dự án: đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu công nghiệp.

4. Quy mô sử dụng đất của dự án: ⟦AREA|328,8197 ha⟧.

5. Tổng vốn đầu tư của dự án: ⟦MONEY|5.642,77 tỷ đồng⟧ (Bằng chữ: ⟦MONEY|Năm nghìn sáu trăm bốn mươi hai tỷ bảy trăm bảy mươi triệu đồng⟧), trong đó vốn góp của nhà đầu tư là ⟦MONEY|880 tỷ đồng⟧ (Bằng chữ: ⟦MONEY|Tám trăm tám mươi tỷ đồng⟧).

6. Thời hạn hoạt động của dự án: kể từ ngày được chấp thuận chủ trương đầu tư đồng thời chấp thuận nhà đầu tư đến hết ⟦DATE|ngày 29 tháng 12 năm 2059⟧.7. Địa điểm thực hiện dự án: ⟦e3:ADMIN_UNIT|xã Long Hiệp⟧, ⟦e4:ADMIN_UNIT|huyện Bến Lức⟧ và ⟦e5:ADMIN_UNIT|xã Long Định⟧, ⟦e6:ADMIN_UNIT|xã Phước Vân⟧, ⟦e7:ADMIN_UNIT|huyện Cần Đước⟧, ⟦e8:ADMIN_UNIT|tỉnh Long An⟧.

8. Tiến độ thực hiện dự án: không quá 48 tháng kể từ ngày được Nhà nước bàn giao đất.

9. Ưu đãi, hỗ trợ đầu tư và các điều kiện áp dụng: thực hiện theo quy định của pháp luật.

Theo đó, Địa điểm cụ thể thực hiện dự án ⟦e9:PROJECT|khu công nghiệp Phúc Long⟧ thuộc ⟦e10:ADMIN_UNIT|xã Long Hiệp⟧, ⟦e11:ADMIN_UNIT|huyện Bến Lức⟧ và ⟦e12:ADMIN_UNIT|xã Long Định⟧, ⟦e13:ADMIN_UNIT|xã Phước Vân⟧, ⟦e14:ADMIN_UNIT|huyện Cần Đước⟧, ⟦e15:ADMIN_UNIT|tỉnh Long An⟧.

Căn cứ ⟦LEGAL_REF|Nghị quyết 202/2025/QH15⟧ thì ⟦ADMIN_UNIT|tỉnh Long An⟧ sáp nhập với ⟦ADMIN_UNIT|tỉnh Tây Ninh⟧ trung tâm chính trị - hành chính đặt tại ⟦ADMIN_UNIT|tỉnh Long An⟧, lấy tên ⟦ADMIN_UNIT|tỉnh Tây Ninh⟧.

Đồng thời, Điều 1 ⟦e16:LEGAL_REF|Nghị quyết 1682/NQ-UBTVQH15⟧ ⟦e17:DATE|năm 2025⟧ quy định như sau:

- Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các ⟦ADMIN_UNIT|xã Long Định⟧, ⟦ADMIN_UNIT|Phước Vân⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Long Cang⟧.

- Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các ⟦ADMIN_UNIT|xã Long Hiệp⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Mỹ Yên⟧.

Như vậy, Địa điểm cụ thể thực hiện dự án ⟦e18:PROJECT|khu công nghiệp Phúc Long⟧ tại ⟦e19:ADMIN_UNIT|xã Long Cang⟧, ⟦e20:ADMIN_UNIT|xã Mỹ Tiên⟧, ⟦e21:ADMIN_UNIT|tỉnh Tây Ninh⟧.

Dự án đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu công nghiệp sinh thái phải đáp ứng các điều kiện gì?

Căn cứ tại khoản 2 Điều 38 ⟦LEGAL_REF|Nghị định 35/2022/NĐ-CP⟧ quy định về dự án đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu công nghiệp sinh thái phải đáp ứng các điều kiện sau đây:

- Nhà đầu tư thực hiện dự án đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu công nghiệp sinh thái đăng ký ngành, nghề thu hút đầu tư vào khu công nghiệp; dự kiến mức phát thải cho từng ngành, nghề; dự kiến phương án cộng sinh công nghiệp trong khu công nghiệp, phương án xây dựng và thực hiện cơ chế giám sát đầu vào, đầu ra của khu công nghiệp về sử dụng nguyên liệu, vật liệu, nước, năng lượng, hóa chất, chất thải, phế liệu và phương án thực hiện trách nhiệm xã hội đối với cộng đồng xung quanh tại hồ sơ dự án đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu công nghiệp; cam kết đáp ứng các tiêu chí xác định khu công nghiệp sinh thái quy định tại Điều 37 ⟦LEGAL_REF|Nghị định 35/2022/NĐ-CP⟧ trong vòng 08 năm kể từ thời điểm khu công nghiệp được thành lập và xác định rõ lộ trình thực hiện;

- Được cấp có thẩm quyền quy định loại hình khu công nghiệp sinh thái trong Quyết định chủ trương đầu tư, Giấy chứng nhận đăng ký đầu tư theo quy định của pháp luật về đầu tư để làm căn cứ kiểm tra, thanh tra, giám sát.

Cụm liên kết ngành trong khu công nghiệp là gì?

Theo quy định tại Điều 2 ⟦LEGAL_REF|Nghị định 35/2022/NĐ-CP⟧ như sau:

Điều 2. Giải thích từ ngữ

Trong Nghị định này, các từ ngữ dưới đây được hiểu như sau:

[...]

22. Tỷ lệ lấp đầy của khu công nghiệp là tỷ lệ diện tích đất công nghiệp và đất dịch vụ đã cho nhà đầu tư được chấp thuận chủ trương đầu tư, cấp giấy chứng nhận đăng ký đầu tư, thực hiện dự án thuê đất, thuê lại đất để xây dựng nhà xưởng, văn phòng, kho bãi, công trình dịch vụ, tiện ích công cộng, thực hiện dự án đầu tư, tổ chức sản xuất, kinh doanh theo quy định của pháp luật trên tổng diện tích đất công nghiệp và đất dịch vụ của khu công nghiệp, được tính theo tỷ lệ phần trăm (%).

23. Công trình dịch vụ, tiện ích công cộng cho người lao động làm việc trong khu công nghiệp, khu kinh tế là công trình công cộng được phân loại theo công năng sử dụng theo quy định của pháp luật về xây dựng, bao gồm: công trình giáo dục, đào tạo, nghiên cứu; công trình y tế; công trình thể thao, văn hóa, công viên; công trình thương mại; cơ sở lưu trú; công trình dịch vụ và các công trình kết cấu khác được xây dựng phục vụ trực tiếp cho người lao động làm việc trong khu công nghiệp, khu kinh tế.

24. Hệ thống thông tin quốc gia về khu công nghiệp, khu kinh tế theo quy định tại điểm đ khoản 1 Điều 71 của ⟦LEGAL_REF|Luật Đầu tư⟧ là hệ thống thông tin nghiệp vụ chuyên môn về khu công nghiệp, khu kinh tế được xây dựng và vận hành theo quy định tại Nghị định này để gửi, nhận, lưu trữ, hiển thị và thực hiện các nghiệp vụ khác đối với dữ liệu nhằm phục vụ công tác quản lý nhà nước về khu công nghiệp, khu kinh tế.

25. Cụm liên kết ngành trong khu công nghiệp là hình thức liên kết giữa các doanh nghiệp trong cùng ngành và doanh nghiệp, tổ chức có liên quan hoạt động trong khu công nghiệp cùng hợp tác và cạnh tranh.

Như vậy, cụm liên kết ngành trong khu công nghiệp là hình thức liên kết giữa các doanh nghiệp trong cùng ngành và doanh nghiệp, tổ chức có liên quan hoạt động trong khu công nghiệp cùng hợp tác và cạnh tranh.

=====RELATIONS=====
e1 issued_on e2
e3 located_in e4
e5 located_in e7
e6 located_in e7
e4 located_in e8
e7 located_in e8
e9 located_in e10
e9 located_in e12
e9 located_in e13
e10 located_in e11
e12 located_in e14
e13 located_in e14
e11 located_in e15
e14 located_in e15
e16 issued_on e17
e18 located_in e19
e18 located_in e20
e19 located_in e21
e20 located_in e21
