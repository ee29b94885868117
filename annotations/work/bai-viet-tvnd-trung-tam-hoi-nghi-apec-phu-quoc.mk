doc: tnt305-tvpl__bai-viet-tvnd-trung-tam-hoi-nghi-apec-phu-quoc
source: ../shared/corpus/raw/tnt305-tvpl__bai-viet-tvnd-trung-tam-hoi-nghi-apec-phu-quoc.txt
span: 0 4786
=====TEXT=====
Tổng mức đầu tư dự án ⟦e1:PROJECT|Trung tâm tổ chức Hội nghị APEC⟧ tại ⟦e2:ADMIN_UNIT|Đặc khu Phú Quốc⟧, ⟦e3:ADMIN_UNIT|An Giang⟧

⟦e4:DATE|Ngày 14/11/2025⟧, ⟦e5:ORG|Hội đồng nhân dân tỉnh An Giang⟧ đã thông qua ⟦e6:LEGAL_REF|Nghị quyết 46/NQ-HĐND⟧ về chủ trương đầu tư dự án ⟦PROJECT|Trung tâm tổ chức Hội nghị APEC⟧ theo phương thức đối tác công tư (PPP).

Tại đây, ⟦ORG|Hội đồng nhân dân tỉnh An Giang⟧ đã thống nhất một số nội dung liên quan đến dự án ⟦e7:PROJECT|Trung tâm tổ chức Hội nghị APEC⟧ tại ⟦e8:ADMIN_UNIT|Đặc khu Phú Quốc⟧, ⟦e9:ADMIN_UNIT|An Giang⟧; trong đó có tổng mức đầu tư.

Theo khoản 6 Điều 1 ⟦e10:LEGAL_REF|Nghị quyết 46/NQ-HĐND⟧ ⟦e11:DATE|năm 2025⟧, tổng mức đầu tư dự án ⟦e12:PROJECT|Trung tâm tổ chức Hội nghị APEC⟧ tại ⟦e13:ADMIN_UNIT|Đặc khu Phú Quốc⟧, ⟦e14:ADMIN_UNIT|An Giang⟧ là khoảng ⟦e15:MONEY|21.860 tỷ đồng⟧ (Bằng chữ: ⟦e16:MONEY|Hai mươi mốt nghìn, tám trăm sáu mươi tỷ đồng⟧).

Vốn nhà đầu tư bao nhiêu phần trăm trong tổng mức đầu tư dự án ⟦e17:PROJECT|Trung tâm tổ chức Hội nghị APEC⟧ tại ⟦e18:ADMIN_UNIT|Đặc khu Phú Quốc⟧, ⟦e19:ADMIN_UNIT|An Giang⟧?

Tại khoản 7 Điều 1 ⟦e20:LEGAL_REF|Nghị quyết 46/NQ-HĐND⟧ ⟦e21:DATE|năm 2025⟧ đã có nội dung như sau:

Điều 1. Phê duyệt chủ trương đầu tư dự án ⟦e22:PROJECT|Trung tâm tổ chức Hội nghị APEC⟧ tại ⟦e23:ADMIN_UNIT|Đặc khu Phú Quốc⟧, ⟦e24:ADMIN_UNIT|tỉnh An Giang⟧ với các nội dung sau:

...

7. Sơ bộ phương án tài chính dự án

a) Cơ cấu nguồn vốn: Nhà đầu tư bố trí ⟦PERCENT|100%⟧ tổng mức đầu tư (tương đương khoảng ⟦MONEY|21.860 tỷ đồng⟧).

b) Vốn nhà nước trong dự án: Không có.

Như vậy, nhà đầu tư bố trí ⟦PERCENT|100%⟧ tổng mức đầu tư dự án ⟦e25:PROJECT|Trung tâm tổ chức Hội nghị APEC⟧ tại ⟦e26:ADMIN_UNIT|Đặc khu Phú Quốc⟧, ⟦e27:ADMIN_UNIT|An Giang⟧ (tương đương khoảng ⟦e28:MONEY|21.860 tỷ đồng⟧).

Các hạng mục trong dự án ⟦e29:PROJECT|Trung tâm tổ chức Hội nghị APEC⟧ tại ⟦e30:ADMIN_UNIT|Đặc khu Phú Quốc⟧, ⟦e31:ADMIN_UNIT|An Giang⟧

Tại điểm a khoản 2 Điều 1 ⟦e32:LEGAL_REF|Nghị quyết 46/NQ-HĐND⟧ ⟦e33:DATE|năm 2025⟧ đã nêu ra các hạng mục trong dự án ⟦e34:PROJECT|Trung tâm tổ chức Hội nghị APEC⟧ tại ⟦e35:ADMIN_UNIT|Đặc khu Phú Quốc⟧, ⟦e36:ADMIN_UNIT|An Giang⟧, cụ thể gồm:

- ⟦PROJECT|Trung tâm hội nghị và triển lãm⟧: Có 3 tầng nổi và 1 tầng hầm, đáp ứng tối thiểu 6.500 chỗ.

- ⟦PROJECT|Nhà hát đa năng⟧: Có 6 tầng nổi và 1 tầng hầm, khoảng 4.000 chỗ.

- ⟦PROJECT|Công viên APEC⟧.

- ⟦PROJECT|Hệ thống hạ tầng kỹ thuật⟧, bao gồm: Hệ thống giao thông; hệ thống cung cấp năng lượng (cấp điện); hệ thống chiếu sáng công cộng; hệ thống thông tin liên lạc (hạ tầng kỹ thuật viễn thông); hệ thống cấp, thoát nước; hệ thống quản lý chất thải rắn; hệ thống vệ sinh công cộng và các hệ thống hạ tầng kỹ thuật khác.

Thẩm quyền quyết định chủ trương đầu tư dự án

Cụ thể tại Điều 12 ⟦LEGAL_REF|Luật Đầu tư theo phương thức đối tác công tư 2020⟧ (được sửa đổi bởi khoản 7 Điều 2 ⟦LEGAL_REF|Luật số 90/2025/QH15⟧) đã quy định về thẩm quyền quyết định chủ trương đầu tư dự án như sau:

[1] ⟦ORG|Quốc hội⟧ quyết định chủ trương đầu tư dự án PPP đáp ứng tiêu chí phân loại dự án quan trọng quốc gia theo quy định của pháp luật đầu tư công, trừ dự án nhà máy điện hạt nhân.

[2] ⟦ORG|Thủ tướng Chính phủ⟧ quyết định chủ trương đầu tư dự án nhà máy điện hạt nhân.

[3] Trừ dự án quy định tại [1] và [2], Bộ trưởng, người đứng đầu cơ quan trung ương, cơ quan khác quyết định chủ trương đầu tư dự án PPP sau đây:

- Dự án có sử dụng vốn nhà nước thuộc phạm vi quản lý của Bộ, cơ quan trung ương, cơ quan khác;

- Dự án áp dụng loại hợp đồng BT thanh toán bằng nguồn ngân sách nhà nước thuộc phạm vi quản lý của Bộ, cơ quan trung ương, cơ quan khác.

[4] Trừ dự án quy định tại [1], [2] và [4], Hội đồng nhân dân cấp tỉnh quyết định chủ trương đầu tư dự án PPP sau đây:

- Dự án nhóm A theo quy định của pháp luật về đầu tư công có sử dụng vốn nhà nước thuộc phạm vi quản lý của địa phương;

- Dự án quy định tại khoản 3 Điều 5 ⟦LEGAL_REF|Luật Đầu tư theo phương thức đối tác công tư 2020⟧ được giao địa phương đó làm cơ quan có thẩm quyền là dự án nhóm A theo quy định của pháp luật về đầu tư công có sử dụng vốn nhà nước;

- Dự án áp dụng loại hợp đồng BT thanh toán bằng ngân sách nhà nước có tổng mức đầu tư tương đương dự án nhóm A theo quy định của pháp luật về đầu tư công sử dụng vốn đầu tư công để thanh toán cho nhà đầu tư.

[5] Ủy ban nhân dân cấp tỉnh quyết định chủ trương đầu tư dự án PPP sau đây:

- Dự án thuộc phạm vi quản lý của địa phương có tổng mức đầu tư tương đương dự án nhóm B, nhóm C theo quy định của pháp luật về đầu tư công có sử dụng vốn nhà nước;

- Dự án quy định tại khoản 3 Điều 5 ⟦LEGAL_REF|Luật Đầu tư theo phương thức đối tác công tư 2020⟧ được giao địa phương đó làm cơ quan có thẩm quyền có tổng mức đầu tư tương đương dự án nhóm B, nhóm C theo quy định của pháp luật về đầu tư công có sử dụng vốn nhà nước;

- Dự án áp dụng loại hợp đồng BT thanh toán bằng nguồn ngân sách nhà nước thu được sau đấu giá quyền sử dụng đất, tài sản công đối với quỹ đất, tài sản công thuộc phạm vi quản lý của địa phương;

- Dự án áp dụng loại hợp đồng BT thanh toán bằng ngân sách nhà nước có tổng mức đầu tư tương đương dự án nhóm B, nhóm C theo quy định của pháp luật về đầu tư công sử dụng vốn đầu tư công để thanh toán cho nhà đầu tư.

[6] Trường hợp điều chỉnh chủ trương đầu tư dự án PPP, thẩm quyền quyết định điều chỉnh chủ trương đầu tư dự án PPP thực hiện theo quy định tại khoản 2 Điều 18 ⟦LEGAL_REF|Luật Đầu tư theo phương thức đối tác công tư 2020⟧.

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
e25 has_amount e28
e29 located_in e30
e30 located_in e31
e32 issued_on e33
e34 located_in e35
e35 located_in e36
