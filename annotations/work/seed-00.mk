doc: seed-lang-son-2025-03
source: ../shared/seed/bao-cao-lang-son-2025-03.txt
span: 0 6043
=====TEXT=====


Số: /BC-UBND

⟦ADMIN_UNIT|TP. Lạng Sơn⟧, ngày ⟦DATE|tháng 3 năm 2025⟧

BÁO CÁO

Tình hình phát triển kinh tế - xã hội, quốc phòng - an ninh ⟦DATE|tháng 3/2025⟧, nhiệm vụ công tác ⟦DATE|tháng 4/2025⟧

I. NHỮNG KẾT QUẢ ĐẠT ĐƯỢC

1. Kinh tế, hạ tầng và đô thị

Trong ⟦DATE|tháng 3/2025⟧, hoạt động thương mại, dịch vụ diễn ra sôi động; công tác quản lý nhà nước về thương mại, dịch vụ trên địa bàn đã đảm bảo cân đối cung cầu, bình ổn thị trường thời điểm sau Tết Nguyên đán 2025; nguồn cung hàng hóa phong phú, đa dạng đảm bảo đáp ứng nhu cầu mua sắm của nhân dân và du khách trên địa bàn thành phố.

Tổ chức Hội nghị gặp mặt doanh nghiệp đầu Xuân Ất Ty ⟦DATE|năm 2025⟧ với trên 200 doanh nghiệp tham gia; tiếp tục chỉ đạo thực hiện kế hoạch thực hiện Đề án kinh tế đêm trên địa bàn ⟦ADMIN_UNIT|thành phố Lạng Sơn⟧ ⟦DATE|giai đoạn 2025-2030⟧.

Công tác thu NSNN thành phố trong tháng, tính đến hết ⟦DATE|ngày 12/03/2025⟧ thu được ⟦MONEY|10.595 triệu đồng⟧ đạt ⟦PERCENT|32,2%⟧ dự toán tỉnh giao; đạt ⟦PERCENT|29,2%⟧ dự toán phân đầu và đạt ⟦PERCENT|122,7%⟧ so với cùng kỳ.

Trong tháng, các lực lượng chức năng đã kiểm tra, xử lý vi phạm 03 vụ buôn lậu, gian lận thương mại, hàng giả, hàng. Tổng số tiền xử lý vi phạm hành chính: ⟦MONEY|6.000.000 đồng⟧.

Tiếp tục triển khai thực hiện có hiệu quả các chỉ đạo của Trung ương và của tỉnh về công tác quản lý quy hoạch, chương trình, kế hoạch về xây dựng và phát triển đô thị¹. Thực hiện tốt công tác quản lý quy hoạch xây dựng, kiến trúc đô thị, đảm bảo trật tự xây dựng, trật tự đô thị trên địa bàn. Tiếp tục chỉ đạo đẩy nhanh tiến độ lập các đồ án quy hoạch đô thị, quy hoạch xây dựng; điều chỉnh cục bộ quy hoạch các ⟦ADMIN_UNIT|phường Chi Lăng⟧, ⟦ADMIN_UNIT|Tam Thanh⟧, ⟦ADMIN_UNIT|Hoàng Văn Thụ⟧, tỷ lệ 1/500

Tiếp tục hướng dẫn thực hiện sửa chữa nhà ở để triển khai thực hiện Chương trình xóa nhà tạm, nhà dột nát trên địa bàn theo ⟦r1:LEGAL_REF|Nghị quyết số 188-NQ/TU⟧ ⟦d1:DATE|ngày 25/10/2024⟧ của ⟦o1:ORG|Ban Thường vụ Tỉnh ủy⟧; góp ý dự thảo kế hoạch của ⟦ORG|UBND tỉnh⟧ tổ chức lễ phát động “Chung tay xóa nhà tạm, nhà dột nát” trên địa bàn ⟦ADMIN_UNIT|tỉnh Lạng Sơn⟧.

¹ ⟦r2:LEGAL_REF|Nghị quyết số 40-NQ/TU⟧, ⟦d2:DATE|ngày 05/8/2021⟧ của ⟦o2:ORG|Ban Thường vụ Tỉnh ủy⟧ về xây dựng và phát triển ⟦ADMIN_UNIT|thành phố Lạng Sơn⟧ ⟦DATE|giai đoạn 2021 - 2030⟧, định hướng đến ⟦DATE|năm 2050⟧; ⟦r3:LEGAL_REF|Kế hoạch số 154/KH-UBND⟧, ⟦d3:DATE|ngày 11/7/2021⟧ của ⟦o3:ORG|UBND tỉnh⟧ về tổ chức thực hiện Chương trình phát triển đô thị ⟦ADMIN_UNIT|tỉnh Lạng Sơn⟧ ⟦DATE|giai đoạn 2020 - 2035⟧ (giai đoạn 1, ⟦DATE|năm 2021 - 2025⟧); ⟦r4:LEGAL_REF|Kế hoạch số 122/KH-UBND⟧ ⟦d4:DATE|ngày 27/5/2023⟧ của ⟦o4:ORG|UBND tỉnh⟧ thực hiện ⟦r5:LEGAL_REF|Nghị quyết số 148/NQ-CP⟧, ⟦d5:DATE|ngày 11/11/2022⟧ của ⟦o5:ORG|Chính phủ⟧ và ⟦r6:LEGAL_REF|Chương trình hành động số 74-CTr/TU⟧, ⟦d6:DATE|ngày 22/3/2023⟧ của ⟦o6:ORG|Ban Chấp hành Đảng bộ tỉnh⟧ về thực hiện ⟦r7:LEGAL_REF|Nghị quyết số 06-NQ/TW⟧, ⟦d7:DATE|ngày 24/01/2022⟧ của ⟦o7:ORG|Bộ Chính trị⟧ về quy hoạch, xây dựng, quản lý và phát triển bền vững đô thị ⟦LOCATION|Việt Nam⟧ đến ⟦DATE|năm 2030⟧, tầm nhìn đến ⟦DATE|năm 2045⟧; “Đề án phát triển đô thị thông minh bền vững ⟦LOCATION|Việt Nam⟧ ⟦DATE|giai đoạn 2018-2025⟧ và định hướng đến ⟦DATE|năm 2030⟧”.

Tiếp tục chỉ đạo việc duy trì, chăm sóc cây xanh, vườn hoa, công viên tạo cảnh quan đô thị; cải tạo, trồng và chăm sóc hoa, cây xanh tại các trụ đảo giao thông, dải phân cách, vỉa hè đảm bảo cảnh quan môi trường; gắn với công tác chỉnh trang đô thị kết hợp trồng hoa, cây xanh trên địa bàn

Trong tháng đã cấp 65 giấy phép xây dựng; Tổ chức thu tiền quản lý, vận hành nhà ở xã hội, tiền thuê nhà ở thuộc sở hữu nhà nước với tổng số tiền **⟦MONEY|75.013.100 đồng⟧**. Thu giá dịch vụ vệ sinh môi trường trên địa bàn thành phố với tổng số tiền **⟦MONEY|365.883.000 đồng⟧**.²

2. Đầu tư xây dựng cơ bản

Phê duyệt chủ trương đầu tư 01 dự án³; phê duyệt đầu tư, tổ chức lựa chọn nhà thầu 01 dự án⁴; Tổ chức thông qua nhiệm vụ, phương án thiết kế 02 dự án⁵; Tạm dừng thực hiện 03 dự án⁶ chuẩn bị đầu tư theo ⟦r8:LEGAL_REF|Công văn số 331/UBND-KTCN⟧ ⟦d8:DATE|ngày 07/3/2025⟧ của ⟦o8:ORG|UBND tỉnh⟧; chỉ đạo, đôn đốc tiến độ thi công 11 công trình⁷;

Dự kiến lũy kế giải ngân vốn đầu tư đến hết ⟦DATE|tháng 3/2025⟧ đạt ⟦MONEY|43.406 triệu đồng⟧/⟦MONEY|323.927 triệu đồng⟧, tỷ lệ giải ngân vốn đầu tư đạt ⟦PERCENT|13,4%⟧.

3. Nông nghiệp và Môi trường, đất đai, giải phóng mặt bằng

Rà soát, lập Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|thành phố Lạng Sơn⟧.

Ban hành 14 Quyết định chuyển mục đích cho 14 hộ gia đình cá nhân, diện tích ⟦AREA|6.686,4m²⟧; 07 Quyết định xử phạt vi phạm hành chính trong lĩnh vực đất đai đối với 07 trường hợp với số tiền xử phạt ⟦MONEY|177.500.000 đồng⟧, số lợi bất hợp pháp phải nộp với số tiền: ⟦MONEY|23.214.000 đồng⟧; 03 Quyết định khắc phục hậu quả trong lĩnh vực đất đai với số tiền lợi tức bất hợp pháp: ⟦MONEY|2.454.000 đồng⟧.

Cấp 13 GCNQSD đất lần đầu/13 thửa/13 hộ gia đình, cá nhân, tổng diện tích ⟦AREA|1.488,9m²⟧; đình chính 01 hồ sơ sai sót (tên họ) đối với 01 giấy chứng nhận quyền sử dụng đất.

Chỉ đạo phòng chuyên môn tham gia cùng Tòa án định giá tài sản 12 vụ; Tham gia cùng Thi hành án cưỡng chế thi hành án: 02 vụ; Ban hành văn bản phúc đáp Tòa án: 03 vụ.

² Tổng số thu giá dịch vụ vệ sinh môi trường (Từ ⟦DATE|ngày 16/11/2024⟧ đến ⟦DATE|ngày 10/3/2025⟧): ⟦MONEY|1.143.478.000 đồng⟧

³ ⟦PROJECT|Đường Lương Văn Tri (đoạn Bắc Sơn - Bà Triệu)⟧;

⁴ ⟦p1:PROJECT|Mở rộng đường Tô Sơn⟧, ⟦u1:ADMIN_UNIT|phường Chi Lăng⟧

⁵ (1) ⟦PROJECT|Cải tạo, chỉnh trang nút giao thông ngã tư đường Lý Thường Kiệt với đường Trần Phú⟧ (⟦LOCATION|Khu đô thị Phú Lộc IV⟧) ; (2) ⟦PROJECT|Cải tạo, nâng cấp trường Mầm non Liên Cơ⟧

⁶ (1) ⟦PROJECT|Xây mới trụ sở Khối dân vận thành phố Lạng Sơn⟧; (2) ⟦p2:PROJECT|Nhà văn hóa thôn Quảng Tiến 2⟧, ⟦u2:ADMIN_UNIT|xã Quảng Lạc⟧; (3) ⟦p3:PROJECT|Xây dựng Nhà văn hóa và sân thể thao thôn Pàn Pè⟧, ⟦u3:ADMIN_UNIT|xã Hoàng Đồng⟧

⁷ (1) ⟦PROJECT|Công viên bờ sông Kỳ Cùng (Đoạn từ cầu Đông Kinh đến khách sạn Đông Kinh)⟧; (2) ⟦p4:PROJECT|Hạ tầng kỹ thuật khu dân cư Trần Quang Khải⟧, ⟦u4:ADMIN_UNIT|phường Chi Lăng⟧; (3) ⟦PROJECT|Hạ tầng kỹ thuật khu tái định cư và dân cư Mỹ Sơn⟧; (4) ⟦PROJECT|Chỉnh trang hệ thống vỉa hè điện chiếu sáng, trang trí phường Chi Lăng⟧ (5) ⟦p5:PROJECT|Cải tạo, mở rộng mặt đường giao thông vào thôn Tăng Khâm⟧, ⟦u5:ADMIN_UNIT|xã Hoàng Đồng⟧; (6) ⟦p6:PROJECT|Mở mới đường liên thôn Nà Sèn- Đồi Chè và nâng cấp, mở rộng đường thôn Đồi Chè⟧, ⟦u6:ADMIN_UNIT|xã Hoàng Đồng⟧; (7) ⟦p7:PROJECT|Cải tạo mặt đường và hệ thống thoát nước đường Lê Hồng Phong (đoạn từ Trần Đăng Ninh đến Ngã 6)⟧, ⟦u7:ADMIN_UNIT|phường Tam Thanh⟧; (8) ⟦p8:PROJECT|Xây mới Chợ Mai Pha⟧, ⟦u8:ADMIN_UNIT|thành phố Lạng Sơn⟧; (9) ⟦PROJECT|Trục đường đối ngoại và hạ tầng kỹ thuật khu tái định cư⟧ thuộc dự án ⟦PROJECT|Trụ sở làm việc Công an tỉnh⟧ (10) ⟦PROJECT|Xử lý điểm ngập úng cục bộ tại đường Ba Sơn (đoạn qua Chi nhánh Ngân hàng Chính sách xã hội tỉnh) và đường Trần Đại Nghĩa⟧; (11) ⟦PROJECT|Cải tạo mặt đường và hệ thống thoát nước thôn Bình Cầm⟧

=====RELATIONS=====
r1 issued_on d1
r1 issued_by o1
r2 issued_on d2
r2 issued_by o2
r3 issued_on d3
r3 issued_by o3
r4 issued_on d4
r4 issued_by o4
r4 implements r5
r4 implements r6
r5 issued_on d5
r5 issued_by o5
r6 issued_on d6
r6 issued_by o6
r5 implements r7
r6 implements r7
r7 issued_on d7
r7 issued_by o7
r8 issued_on d8
r8 issued_by o8
p1 located_in u1
p2 located_in u2
p3 located_in u3
p4 located_in u4
p5 located_in u5
p6 located_in u6
p7 located_in u7
p8 located_in u8
