doc: tnt305-tvpl__bai-viet-tvnd-04-du-an-nha-o-xa-hoi-tuyen-quang
source: ../shared/corpus/raw/tnt305-tvpl__bai-viet-tvnd-04-du-an-nha-o-xa-hoi-tuyen-quang.txt
span: 0 3310
=====TEXT=====
Danh sách 04 dự án nhà ở xã hội tại ⟦ADMIN_UNIT|Tuyên Quang⟧ được đầu tư xây dựng (⟦LEGAL_REF|Quyết định 1477/QĐ-UBND⟧)

⟦d1:DATE|Ngày 07/12/2025⟧, ⟦o1:ORG|UBND tỉnh Tuyên Quang⟧ đã ban hành ⟦q1:LEGAL_REF|Quyết định 1477/QĐ-UBND⟧ công bố thông tin dự án được xác định để đầu tư xây dựng nhà ở xã hội trên địa bàn ⟦ADMIN_UNIT|tỉnh Tuyên Quang⟧.

Theo Phụ lục kèm theo ⟦q2:LEGAL_REF|Quyết định 1477/QĐ-UBND⟧ ⟦d2:DATE|năm 2025⟧, ⟦o2:ORG|UBND tỉnh Tuyên Quang⟧ đã nêu 04 dự án nhà ở xã hội tại ⟦ADMIN_UNIT|Tuyên Quang⟧ được xác định để đầu tư xây dựng, gồm:

[1] Tên dự án: ⟦p1:PROJECT|Khu nhà ở xã hội phường Minh Xuân⟧, ⟦u1:ADMIN_UNIT|tỉnh Tuyên Quang⟧

- Địa điểm: ⟦u2:ADMIN_UNIT|Phường Minh Xuân⟧, ⟦u3:ADMIN_UNIT|tỉnh Tuyên Quang⟧.

- Quy mô: ⟦AREA|0,92 ha⟧.

- Dự kiến tổng mức đầu tư: ⟦MONEY|674.041,2 triệu đồng⟧.

[2] Tên dự án: ⟦p4:PROJECT|Nhà ở xã hội Tân Hà⟧, ⟦u4:ADMIN_UNIT|phường Minh Xuân⟧, ⟦u5:ADMIN_UNIT|tỉnh Tuyên Quang⟧

- Địa điểm: ⟦u6:ADMIN_UNIT|Phường Minh Xuân⟧, ⟦u7:ADMIN_UNIT|tỉnh Tuyên Quang⟧.

- Quy mô: ⟦AREA|2,9 ha⟧.

- Dự kiến tổng mức đầu tư: ⟦MONEY|1.148.317,9 triệu đồng⟧.

[3] Tên dự án: ⟦p8:PROJECT|Nhà ở xã hội phường Bình Thuận (thuộc quy hoạch chi tiết khu nhà ở công nhân số 04)⟧, ⟦u8:ADMIN_UNIT|tỉnh Tuyên Quang⟧

- Địa điểm: Tại Km 11 ⟦l9:LOCATION|đường Tuyên Quang - Hà Nội⟧, ⟦u9:ADMIN_UNIT|phường Bình Thuận⟧, ⟦u10:ADMIN_UNIT|tỉnh Tuyên Quang⟧.

- Quy mô: ⟦AREA|15,22 ha⟧.

- Dự kiến tổng mức đầu tư: ⟦MONEY|1.752.487,5 triệu đồng⟧.

[4] Tên dự án: ⟦p11:PROJECT|Nhà ở xã hội phường Bình Thuận (thuộc quy hoạch chi tiết khu nhà ở công nhân số 05)⟧, ⟦u11:ADMIN_UNIT|tỉnh Tuyên Quang⟧

- Địa điểm: ⟦u12:ADMIN_UNIT|Phường Bình Thuận⟧, ⟦u13:ADMIN_UNIT|tỉnh Tuyên Quang⟧.

- Quy mô: ⟦AREA|11,896 ha⟧.

- Dự kiến tổng mức đầu tư: ⟦MONEY|1.111.179,5 triệu đồng⟧.

Mục tiêu đầu tư 04 dự án nhà ở xã hội tại ⟦ADMIN_UNIT|Tuyên Quang⟧ được đầu tư xây dựng (⟦LEGAL_REF|Quyết định 1477/QĐ-UBND⟧)

Theo Phụ lục kèm theo ⟦q3:LEGAL_REF|Quyết định 1477/QĐ-UBND⟧ ⟦d3:DATE|năm 2025⟧, mục tiêu đầu tư 04 dự án nhà ở xã hội tại ⟦ADMIN_UNIT|Tuyên Quang⟧ như sau:

Đầu tư hình thành khu nhà ở xã hội đồng bộ về hạ tầng kỹ thuật và các công trình kiến trúc; giải quyết nhu cầu về nhà ở cho các đối tượng được hưởng chính sách hỗ trợ về nhà ở xã hội.

Qua đó, góp phần hoàn thành mục tiêu thực hiện đề án “Đầu tư xây dựng ít nhất 01 triệu căn hộ nhà ở xã hội cho đối tượng thu nhập thấp, công nhân khu công nghiệp ⟦DATE|giai đoạn 2021-2030⟧” đã được ⟦ORG|Thủ tướng Chính phủ⟧ phê duyệt; ⟦q4:LEGAL_REF|Quyết định 444/QĐ-TTg⟧ ⟦d4:DATE|năm 2025⟧ giao chỉ tiêu hoàn thành nhà ở xã hội trong ⟦DATE|năm 2025⟧ và các năm tiếp theo đến ⟦DATE|năm 2030⟧ để các địa phương bổ sung và chỉ tiêu phát triển kinh tế - xã hội.

Nguyên tắc thực hiện chính sách hỗ trợ về nhà ở xã hội

Việc thực hiện chính sách hỗ trợ về nhà ở xã hội phải bảo đảm các nguyên tắc được quy định tại khoản 1 Điều 79 ⟦LEGAL_REF|Luật Nhà ở 2023⟧, cụ thể như sau:

- Nhà nước có chính sách phát triển nhà ở, tạo điều kiện để mọi người có chỗ ở;

- Có sự kết hợp giữa Nhà nước, doanh nghiệp, cộng đồng dân cư, dòng họ và đối tượng được hỗ trợ trong việc thực hiện chính sách;

- Bảo đảm công khai, minh bạch, có sự kiểm tra, giám sát chặt chẽ của cơ quan nhà nước có thẩm quyền, cộng đồng dân cư và ⟦ORG|Mặt trận Tổ quốc Việt Nam⟧;

- Bảo đảm đúng đối tượng, đủ điều kiện theo quy định của ⟦LEGAL_REF|Luật Nhà ở 2023⟧;

- Trường hợp một đối tượng được hưởng nhiều chính sách hỗ trợ khác nhau thì được hưởng một chính sách hỗ trợ mức cao nhất; trường hợp các đối tượng có cùng tiêu chuẩn và điều kiện thì thực hiện hỗ trợ theo thứ tự ưu tiên trước đối với: người có công với cách mạng, thân nhân liệt sĩ, người khuyết tật, người được bố trí tái định cư theo hình thức mua, thuê mua nhà ở xã hội, nữ giới;

- Trường hợp hộ gia đình có nhiều đối tượng được hưởng nhiều chính sách hỗ trợ thì chỉ áp dụng một chính sách hỗ trợ cho cả hộ gia đình.

=====RELATIONS=====
q1 issued_on d1
q1 issued_by o1
q2 issued_on d2
q2 issued_by o2
p1 located_in u1
u2 located_in u3
p4 located_in u4
u4 located_in u5
u6 located_in u7
p8 located_in u8
l9 located_in u9
u9 located_in u10
p11 located_in u11
u12 located_in u13
q3 issued_on d3
q4 issued_on d4
