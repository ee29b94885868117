doc: tnt305-tvpl__bai-viet-tvnd-tau-dien-do-thi-phu-quoc
source: ../shared/corpus/raw/tnt305-tvpl__bai-viet-tvnd-tau-dien-do-thi-phu-quoc.txt
span: 0 3552
=====TEXT=====
Tổng mức đầu tư dự án ⟦e1:PROJECT|Tuyến tàu điện đô thị đoạn 1⟧ tại ⟦e2:ADMIN_UNIT|Đặc khu Phú Quốc⟧, ⟦e3:ADMIN_UNIT|An Giang⟧

⟦e4:DATE|Ngày 24/10/2025⟧, ⟦e5:ORG|Hội đồng nhân dân tỉnh An Giang⟧ đã thông qua ⟦e6:LEGAL_REF|Nghị quyết 40/NQ-HĐND⟧ về chủ trương đầu tư ⟦PROJECT|Dự án Tuyến tàu điện đô thị đoạn 1⟧ theo phương thức đối tác công tư (PPP).

Tại đây, ⟦ORG|Hội đồng nhân dân tỉnh An Giang⟧ đã thống nhất một số nội dung liên quan đến dự án ⟦e7:PROJECT|Tuyến tàu điện đô thị đoạn 1⟧ tại ⟦e8:ADMIN_UNIT|Đặc khu Phú Quốc⟧, ⟦e9:ADMIN_UNIT|An Giang⟧; trong đó có tổng mức đầu tư dự án này.

Theo khoản 6 Điều 1 ⟦e10:LEGAL_REF|Nghị quyết 40/NQ-HĐND⟧ ⟦e11:DATE|năm 2025⟧, tổng mức đầu tư dự án ⟦e12:PROJECT|Tuyến tàu điện đô thị đoạn 1⟧ tại ⟦e13:ADMIN_UNIT|Đặc khu Phú Quốc⟧, ⟦e14:ADMIN_UNIT|An Giang⟧ dự kiến khoảng ⟦e15:MONEY|8.949.479 triệu đồng⟧ (Bằng chữ: ⟦e16:MONEY|Tám nghìn chín trăm bốn mươi chín tỷ, bốn trăm bảy mươi chín triệu đồng⟧).

Cơ cấu nguồn vốn trong tổng mức đầu tư dự án ⟦e17:PROJECT|Tuyến tàu điện đô thị đoạn 1⟧ tại ⟦e18:ADMIN_UNIT|Đặc khu Phú Quốc⟧, ⟦e19:ADMIN_UNIT|An Giang⟧

Theo điểm a khoản 7 Điều 1 ⟦e20:LEGAL_REF|Nghị quyết 40/NQ-HĐND⟧ ⟦e21:DATE|năm 2025⟧, cơ cấu nguồn vốn trong tổng mức đầu tư dự án ⟦e22:PROJECT|Tuyến tàu điện đô thị đoạn 1⟧ tại ⟦e23:ADMIN_UNIT|Đặc khu Phú Quốc⟧, ⟦e24:ADMIN_UNIT|An Giang⟧ như sau:

- Vốn nhà nước trong dự án không quá ⟦PERCENT|70%⟧ tổng mức đầu tư của dự án (tương đương ⟦MONEY|6.264.635.300.000 đồng⟧), trong đó:

+ Vốn ngân sách Trung ương hỗ trợ ⟦PERCENT|70%⟧ tổng vốn nhà nước (tương đương: ⟦MONEY|4.385.244.710.000 đồng⟧).

+ Vốn ngân sách địa phương tự cân đối ⟦PERCENT|30%⟧ tổng vốn nhà nước (tương đương: ⟦MONEY|1.879.390.590.000 đồng⟧).

- Vốn Nhà đầu tư hoặc doanh nghiệp dự án không thấp hơn ⟦PERCENT|30%⟧ tổng mức đầu tư của dự án (tương đương ⟦MONEY|2.684.843.700.000 đồng⟧).

Chiều dài ⟦e25:PROJECT|Tuyến tàu điện đô thị đoạn 1⟧ tại ⟦e26:ADMIN_UNIT|Đặc khu Phú Quốc⟧, ⟦e27:ADMIN_UNIT|An Giang⟧ là bao nhiêu?

Tại điểm a khoản 2 Điều 1 ⟦e28:LEGAL_REF|Nghị quyết 40/NQ-HĐND⟧ ⟦e29:DATE|năm 2025⟧ có nội dung như sau:

Điều 1. Phê duyệt chủ trương đầu tư ⟦PROJECT|Dự án Tuyến tàu điện đô thị đoạn 1⟧ theo phương thức đối tác công tư (PPP) với các nội dung sau:

…

2. Dự kiến quy mô, địa điểm thực hiện dự án

a) Quy mô dự án

- Chiều dài tuyến khoảng 17,7 km.

- Trên tuyến bố trí 05 - 07 nhà ga.

- Tuyến có 01 depot (trung tâm bảo dưỡng phương tiện).

- Phương tiện khai thác: đoàn tàu gồm 03 - 05 khoang (module).

- Tốc độ thiết kế: 70 - 100 km/h.

Dựa theo nội dung nêu trên, chiều dài ⟦e30:PROJECT|Tuyến tàu điện đô thị đoạn 1⟧ tại ⟦e31:ADMIN_UNIT|Đặc khu Phú Quốc⟧, ⟦e32:ADMIN_UNIT|An Giang⟧ là khoảng 17,7 km.

Trình tự quyết định chủ trương đầu tư dự án PPP ⟦DATE|năm 2025⟧

Tại Điều 13 ⟦LEGAL_REF|Luật Đầu tư theo phương thức đối tác công tư 2020⟧ (được sửa đổi tại khoản 8 Điều 2 ⟦LEGAL_REF|Luật số 90/2025/QH15⟧) quy định trình tự quyết định chủ trương đầu tư dự án PPP ⟦DATE|năm 2025⟧ như sau:

[1] Trình tự quyết định chủ trương đầu tư dự án PPP thuộc thẩm quyền của ⟦ORG|Quốc hội⟧ được quy định như sau:

- Đơn vị chuẩn bị dự án PPP lập báo cáo nghiên cứu tiền khả thi làm cơ sở để cơ quan có thẩm quyền trình ⟦ORG|Chính phủ⟧;

- Thành lập Hội đồng thẩm định nhà nước để thẩm định báo cáo nghiên cứu tiền khả thi;

- ⟦ORG|Chính phủ⟧ hoàn chỉnh hồ sơ trình ⟦ORG|Quốc hội⟧ xem xét, quyết định;

- Cơ quan của ⟦ORG|Quốc hội⟧ thẩm tra hồ sơ do ⟦ORG|Chính phủ⟧ trình;

- ⟦ORG|Quốc hội⟧ xem xét, thông qua nghị quyết về chủ trương đầu tư dự án gồm: mục tiêu; dự kiến quy mô, địa điểm; thời gian thực hiện dự án; nhu cầu sử dụng đất và tài nguyên khác (nếu có); dự kiến loại hợp đồng dự án PPP; sơ bộ tổng mức đầu tư; sơ bộ phương án tài chính; cơ cấu nguồn vốn trong dự án; dự kiến khung giá, phí sản phẩm, dịch vụ công đối với dự án áp dụng cơ chế thu phí trực tiếp từ người sử dụng; cơ chế bảo đảm đầu tư, cơ chế chia sẻ phần giảm doanh thu (nếu có); tên cơ quan có thẩm quyền.

- ⟦ORG|Chính phủ⟧ quy định trình tự quyết định chủ trương đầu tư dự án PPP thuộc thẩm quyền của ⟦ORG|Thủ tướng Chính phủ⟧, Bộ trưởng, người đứng đầu cơ quan trung ương, cơ quan khác, Hội đồng nhân dân cấp tỉnh, Ủy ban nhân dân cấp tỉnh.

=====RELATIONS=====
e1 located_in e2
e2 located_in e3
e6 issued_on e4
e6 issued_by e5
e7 located_in e8
e8 located_in e9
e10 issued_on e11
e12 located_in e13
e13 located_in e14
e12 has_amount e15
e12 has_amount e16
e17 located_in e18
e18 located_in e19
e20 issued_on e21
e22 located_in e23
e23 located_in e24
e25 located_in e26
e26 located_in e27
e28 issued_on e29
e30 located_in e31
e31 located_in e32
