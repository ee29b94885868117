doc: tnt305-tvpl__bai-viet-tvnd-kcn-dong-anh-ha-noi
source: ../shared/corpus/raw/tnt305-tvpl__bai-viet-tvnd-kcn-dong-anh-ha-noi.txt
span: 0 7070
=====TEXT=====
Quy mô sử dụng đất của dự án ⟦PROJECT|đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu công nghiệp Đông Anh TP Hà Nội⟧ thế nào?

Quy mô sử dụng đất của dự án ⟦PROJECT|đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu công nghiệp Đông Anh TP Hà Nội⟧ thế nào? được quy định tại Điều 1 ⟦e1:LEGAL_REF|Quyết định 221/QĐ-TTg⟧ ⟦e2:DATE|năm 2024⟧ như sau:

Điều 1. Chấp thuận chủ trương đầu tư đồng thời chấp thuận nhà đầu tư với nội dung như sau:

1. Nhà đầu tư: ⟦ORG|Tổng Công ty cổ phần Xuất nhập khẩu và Xây dựng Việt Nam⟧ (⟦ORG|Vinaconex⟧).

2. Tên dự án: ⟦e3:PROJECT|đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu công nghiệp Đông Anh⟧, ⟦e4:ADMIN_UNIT|thành phố Hà Nội⟧.

3. Mục tiêu dự án: đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu công nghiệp.

4. Quy mô sử dụng đất của dự án: ⟦AREA|299,45 ha⟧, gồm 2 giai đoạn: giai đoạn 1: ⟦AREA|179,1 ha⟧ và giai đoạn 2: ⟦AREA|120,35 ha⟧; trong đó, không tính phần diện tích đất các nhà đầu tư, doanh nghiệp hiện hữu đã thuê đất của Nhà nước theo đúng quy định của pháp luật, phù hợp với quy hoạch ⟦LOCATION|phân khu đô thị N6⟧ và quy hoạch phân khu xây dựng ⟦PROJECT|khu công nghiệp Đông Anh⟧ vào phần diện tích được phép cho thuê lại đất của nhà đầu tư.

5. Tổng vốn đầu tư của dự án: ⟦MONEY|6.338,478 tỷ đồng⟧ (⟦MONEY|Sáu nghìn ba trăm ba mươi tám tỷ bốn trăm bảy mươi tám triệu đồng⟧), trong đó vốn góp của nhà đầu tư: ⟦MONEY|1.267,696 tỷ đồng⟧ (⟦MONEY|Một nghìn hai trăm sáu mươi bảy tỷ sáu trăm chín mươi sáu triệu đồng⟧).

6. Thời hạn hoạt động của dự án: 50 năm kể từ ngày dự án được chấp thuận chủ trương đầu tư đồng thời với chấp thuận nhà đầu tư.

7. Địa điểm thực hiện dự án: các ⟦e5:ADMIN_UNIT|xã Nguyên Khê⟧, ⟦e6:ADMIN_UNIT|Xuân Nộn⟧, ⟦e7:ADMIN_UNIT|Thụy Lâm⟧, ⟦e8:ADMIN_UNIT|Liên Hà⟧ và ⟦e9:ADMIN_UNIT|thị trấn Đông Anh⟧, ⟦e10:ADMIN_UNIT|huyện Đông Anh⟧, ⟦e11:ADMIN_UNIT|thành phố Hà Nội⟧.

8. Tiến độ thực hiện dự án: không quá 36 tháng kể từ ngày được Nhà nước bàn giao đất.

9. Ưu đãi, hỗ trợ đầu tư và các điều kiện áp dụng: theo quy định của pháp luật hiện hành.

Theo đó, ⟦ORG|Thủ tướng Chính phủ⟧ đã chấp thuận chủ trương ⟦e12:PROJECT|đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu công nghiệp Đông Anh TP Hà Nội⟧ từ ⟦DATE|05/03/2024⟧ với quy mô sử dụng đất của dự án là ⟦e13:AREA|299,45 ha⟧, gồm 2 giai đoạn như sau:

- Giai đoạn 1: ⟦AREA|179,1 ha⟧;

- Giai đoạn 2: ⟦AREA|120,35 ha⟧;

Trong đó, không tính phần diện tích đất các nhà đầu tư, doanh nghiệp hiện hữu đã thuê đất của Nhà nước theo đúng quy định của pháp luật, phù hợp với quy hoạch ⟦LOCATION|phân khu đô thị N6⟧ và quy hoạch phân khu xây dựng ⟦PROJECT|khu công nghiệp Đông Anh⟧ vào phần diện tích được phép cho thuê lại đất của nhà đầu tư.

Các trường hợp không cần lập nhiệm vụ quy hoạch khu công nghiệp là gì?

Theo quy định tại Điều 7 ⟦LEGAL_REF|Nghị định 35/2022/NĐ-CP⟧ có cụm từ bị bãi bỏ bởi điểm a khoản 8 Điều 28 ⟦LEGAL_REF|Nghị định 178/2025/NĐ-CP⟧ như sau:

Điều 7. Quy hoạch xây dựng khu công nghiệp

[...]

3. Căn cứ phương án phát triển hệ thống khu công nghiệp trong quy hoạch tỉnh, Ủy ban nhân dân cấp tỉnh tổ chức lập và phê duyệt nhiệm vụ, đồ án quy hoạch chung , quy hoạch phân khu khu công nghiệp theo quy định của pháp luật về xây dựng.

4. Các trường hợp không cần lập nhiệm vụ quy hoạch:

a) Trường hợp lập quy hoạch phân khu khu công nghiệp tại khu vực đã có quy hoạch chung hoặc quy hoạch chung khu kinh tế đã được phê duyệt thì không cần lập nhiệm vụ quy hoạch;

b) Trường hợp lập quy hoạch chi tiết khu công nghiệp tại khu vực đã có quy hoạch phân khu được phê duyệt thì không cần lập nhiệm vụ quy hoạch;

c) Trường hợp không cần lập nhiệm vụ quy hoạch theo quy định tại khoản 5 Điều này.

5. Cơ quan nhà nước có thẩm quyền phải tổ chức lập quy hoạch chung, quy hoạch phân khu cho toàn bộ khu vực được quy hoạch theo quy định của pháp luật về xây dựng đối với khu công nghiệp có quy mô diện tích từ ⟦AREA|500 ha⟧ trở lên, khu công nghiệp - đô thị - dịch vụ, khu công nghiệp có nhiều chủ đầu tư hạ tầng hoặc nhà đầu tư thực hiện đầu tư xây dựng và kinh doanh kết cấu hạ tầng theo từng phân khu công nghiệp.

Trường hợp khu công nghiệp, khu công nghiệp - đô thị - dịch vụ quy định tại khoản này được xác định trong quy hoạch chung đô thị hoặc quy hoạch chung khu kinh tế đã được phê duyệt thì được lập đồ án quy hoạch phân khu khu công nghiệp mà không cần lập nhiệm vụ quy hoạch.

[...]

Như vậy, các trường hợp không cần lập nhiệm vụ quy hoạch khu công nghiệp gồm:

- Trường hợp lập quy hoạch phân khu khu công nghiệp tại khu vực đã có quy hoạch chung hoặc quy hoạch chung khu kinh tế đã được phê duyệt thì không cần lập nhiệm vụ quy hoạch;

- Trường hợp lập quy hoạch chi tiết khu công nghiệp tại khu vực đã có quy hoạch phân khu được phê duyệt thì không cần lập nhiệm vụ quy hoạch;

- Trường hợp không cần lập nhiệm vụ quy hoạch theo quy định tại khoản 5 Điều 7 ⟦LEGAL_REF|Nghị định 35/2022/NĐ-CP⟧.

Nhà đầu tư thực hiện dự án đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu công nghiệp phải đáp ứng các điều kiện gì?

Theo quy định tại Điều 10 ⟦LEGAL_REF|Nghị định 35/2022/NĐ-CP⟧ như sau:

Điều 10. Điều kiện đối với nhà đầu tư thực hiện dự án đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu công nghiệp

1. Nhà đầu tư thực hiện dự án đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu công nghiệp phải đáp ứng các điều kiện sau đây:

a) Điều kiện kinh doanh bất động sản theo quy định của pháp luật về kinh doanh bất động sản;

b) Điều kiện để được Nhà nước giao đất, cho thuê đất, chuyển mục đích sử dụng đất để thực hiện dự án đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu công nghiệp theo quy định của pháp luật về đất đai, pháp luật về lâm nghiệp và quy định khác của pháp luật có liên quan.

Trường hợp nhà đầu tư thực hiện dự án đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu công nghiệp là tổ chức kinh tế do nhà đầu tư nước ngoài dự kiến thành lập theo quy định của pháp luật về đầu tư và pháp luật về doanh nghiệp thì tổ chức kinh tế dự kiến thành lập phải có khả năng đáp ứng điều kiện để được Nhà nước giao đất, cho thuê đất, cho phép chuyển mục đích sử dụng đất theo quy định của pháp luật về đất đai, pháp luật về lâm nghiệp và quy định khác của pháp luật có liên quan.

2. Trường hợp chọn áp dụng đấu thầu lựa chọn nhà đầu tư thì các tiêu chuẩn đánh giá để lựa chọn nhà đầu tư thực hiện dự án đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu công nghiệp bao gồm:

a) Tiêu chuẩn đánh giá về năng lực của nhà đầu tư được xây dựng trên cơ sở các điều kiện quy định tại khoản 1 Điều này;

[...]

Như vậy, nhà đầu tư thực hiện dự án đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu công nghiệp phải đáp ứng các điều kiện sau đây:

- Điều kiện kinh doanh bất động sản theo quy định của pháp luật về kinh doanh bất động sản;

- Điều kiện để được Nhà nước giao đất, cho thuê đất, chuyển mục đích sử dụng đất để thực hiện dự án đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu công nghiệp theo quy định của pháp luật về đất đai, pháp luật về lâm nghiệp và quy định khác của pháp luật có liên quan.

Trường hợp nhà đầu tư thực hiện dự án đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu công nghiệp là tổ chức kinh tế do nhà đầu tư nước ngoài dự kiến thành lập theo quy định của pháp luật về đầu tư và pháp luật về doanh nghiệp thì tổ chức kinh tế dự kiến thành lập phải có khả năng đáp ứng điều kiện để được Nhà nước giao đất, cho thuê đất, cho phép chuyển mục đích sử dụng đất theo quy định của pháp luật về đất đai, pháp luật về lâm nghiệp và quy định khác của pháp luật có liên quan.

=====RELATIONS=====
e1 issued_on e2
e3 located_in e4
e5 located_in e10
e6 located_in e10
e7 located_in e10
e8 located_in e10
e9 located_in e10
e10 located_in e11
e12 has_area e13
