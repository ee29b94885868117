doc: tnt305-tvpl__quyet-dinh-97-2025-qd-ubnd-quang-ninh
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-97-2025-qd-ubnd-quang-ninh.txt
span: 3852 8764
=====TEXT=====
3. Nhà, công trình tồn tại trong hành lang nhưng chưa đáp ứng điều kiện quy định tại điểm a khoản 1 Điều 16 ⟦LEGAL_REF|Nghị định số 62/2025/NĐ-CP⟧ thì đơn vị tổ chức thực hiện nhiệm vụ bồi thường, hỗ trợ, tái định cư phối hợp với chủ đầu tư công trình lưới điện tổ chức thực hiện việc cải tạo nhằm đáp ứng điều kiện đó”.
2. Sửa đổi khoản 1 Điều 13 như sau:
“1. Số tiền hỗ trợ: | Khu vực hành chính | Mức hỗ trợ (đồng)

Các phường: ⟦ADMIN_UNIT|Tuần Châu⟧, ⟦ADMIN_UNIT|Việt Hưng⟧, ⟦ADMIN_UNIT|Bãi Cháy⟧, ⟦ADMIN_UNIT|Hà Tu⟧, ⟦ADMIN_UNIT|Hà Lầm⟧, ⟦ADMIN_UNIT|Cao Xanh⟧, ⟦ADMIN_UNIT|Hồng Gai⟧, ⟦ADMIN_UNIT|Hạ Long⟧, ⟦ADMIN_UNIT|Hoành Bồ⟧. | 400.000.000

Các phường: ⟦ADMIN_UNIT|Cẩm Phả⟧, ⟦ADMIN_UNIT|Quang Hanh⟧, ⟦ADMIN_UNIT|Cửa Ông⟧, ⟦ADMIN_UNIT|Mông Dương⟧, ⟦ADMIN_UNIT|Móng Cái 1⟧, ⟦ADMIN_UNIT|Móng Cái 2⟧, ⟦ADMIN_UNIT|Móng Cái 3⟧, ⟦ADMIN_UNIT|Uông Bí⟧, ⟦ADMIN_UNIT|Yên Tử⟧, ⟦ADMIN_UNIT|Vàng Danh⟧, ⟦ADMIN_UNIT|Đông Triều⟧, ⟦ADMIN_UNIT|Mạo Khê⟧, ⟦ADMIN_UNIT|An Sinh⟧, ⟦ADMIN_UNIT|Bình Khê⟧, ⟦ADMIN_UNIT|Hoàng Quế⟧, ⟦ADMIN_UNIT|Quảng Yên⟧, ⟦ADMIN_UNIT|Hiệp Hòa⟧, ⟦ADMIN_UNIT|Đông Mai⟧, ⟦ADMIN_UNIT|Hà An⟧, ⟦ADMIN_UNIT|Phong Cốc⟧, ⟦ADMIN_UNIT|Liên Hòa⟧. | 350.000.000

Các xã, đặc khu: ⟦ADMIN_UNIT|Thống Nhất⟧, ⟦ADMIN_UNIT|Quảng La⟧, ⟦ADMIN_UNIT|Bình Liêu⟧, ⟦ADMIN_UNIT|Ba Chẽ⟧, ⟦ADMIN_UNIT|Đầm Hà⟧, ⟦ADMIN_UNIT|Quảng Hà⟧, ⟦ADMIN_UNIT|Tiên Yên⟧, ⟦ADMIN_UNIT|Vân Đồn⟧, ⟦ADMIN_UNIT|Cô Tô⟧. | 300.000.000

Các xã: ⟦ADMIN_UNIT|Hải Hòa⟧, ⟦ADMIN_UNIT|Hải Ninh⟧, ⟦ADMIN_UNIT|Hải Sơn⟧, ⟦ADMIN_UNIT|Vĩnh Thực⟧. | 250.000.000

Các xã: ⟦ADMIN_UNIT|Hoành Mô⟧, ⟦ADMIN_UNIT|Lục Hồn⟧, ⟦ADMIN_UNIT|Kỳ Thượng⟧, ⟦ADMIN_UNIT|Lương Minh⟧, ⟦ADMIN_UNIT|Quảng Tân⟧, ⟦ADMIN_UNIT|Đường Hoa⟧, ⟦ADMIN_UNIT|Quảng Đức⟧, ⟦ADMIN_UNIT|Cái Chiên⟧, ⟦ADMIN_UNIT|Đông Ngũ⟧, ⟦ADMIN_UNIT|Điền Xá⟧, ⟦ADMIN_UNIT|Hải Lạng⟧. | 200.000.000 | 3. Sửa đổi điểm a khoản 3 Điều 14 như sau:
“a) Mức hỗ trợ 01 tháng cho 01 hộ chính chủ là: | Khu vực hành chính | Hộ độc thân (01 người) | Hộ từ 02 đến 04 người | Hộ từ 05 người trở lên

Các phường: ⟦ADMIN_UNIT|Tuần Châu⟧, ⟦ADMIN_UNIT|Việt Hưng⟧, ⟦ADMIN_UNIT|Bãi Cháy⟧, ⟦ADMIN_UNIT|Hà Tu⟧, ⟦ADMIN_UNIT|Hà Lầm⟧, ⟦ADMIN_UNIT|Cao Xanh⟧, ⟦ADMIN_UNIT|Hồng Gai⟧, ⟦ADMIN_UNIT|Hạ Long⟧, ⟦ADMIN_UNIT|Hoành Bồ⟧ | ⟦MONEY|3.000.000 đ⟧ | ⟦MONEY|5.000.000 đ⟧ | ⟦MONEY|6.000.000 đ⟧

Các đặc khu, phường, xã còn lại | ⟦MONEY|2.500.000 đ⟧ | ⟦MONEY|4.000.000 đ⟧ | ⟦MONEY|5.000.000 đ⟧ | 4. Bổ sung Điều 14a vào sau Điều 14 như sau:
“14a. Phân cấp thực hiện một số nội dung thuộc thẩm quyền của Ủy ban nhân dân cấp tỉnh.
1. Nội dung phân cấp ⟦ORG|Ủy ban nhân dân tỉnh⟧ phân cấp cho Ủy ban nhân dân cấp xã quyết định một số khoản hỗ trợ thuộc thẩm quyền của ⟦ORG|Ủy ban nhân dân tỉnh⟧ như sau:
a) Hỗ trợ để giao đất ở có thu tiền sử dụng đất hoặc bán, cho thuê, cho thuê mua nhà ở cho các hộ gia đình còn thiếu theo quy định tại khoản 4, khoản 10 Điều 111 ⟦LEGAL_REF|Luật Đất đai⟧.
b) Hỗ trợ ổn định đời sống khi nhà nước thu hồi đất theo quy định tại khoản 2 Điều 19 ⟦n1:LEGAL_REF|Nghị định số 88/2024/NĐ-CP⟧ ⟦n1d:DATE|ngày 15/7/2024⟧ của ⟦n1o:ORG|Chính phủ⟧.
c) Hỗ trợ ổn định sản xuất, kinh doanh khi nhà nước thu hồi đất theo quy định tại khoản 5, khoản 6 Điều 20 ⟦n2:LEGAL_REF|Nghị định số 88/2024/NĐ-CP⟧ ⟦n2d:DATE|ngày 15/7/2024⟧ của ⟦n2o:ORG|Chính phủ⟧.
2. Trách nhiệm của Uỷ ban nhân dân cấp xã a) Thực hiện các nhiệm vụ, quyền hạn được phân cấp tại khoản 1 Điều này đảm bảo đúng quy định pháp luật; chịu trách nhiệm trước ⟦ORG|Ủy ban nhân dân tỉnh⟧ về kết quả thực hiện nhiệm vụ, quyền hạn được phân cấp.
b) Không được phân cấp tiếp nhiệm vụ, quyền hạn đã được ⟦ORG|Ủy ban nhân dân tỉnh⟧ phân cấp tại khoản 1 Điều này cho các cơ quan khác thực hiện.
c) Định kỳ báo cáo, đánh giá kết quả việc thực hiện nhiệm vụ, quyền hạn được phân cấp về ⟦ORG|Ủy ban nhân dân tỉnh⟧ theo quy định của pháp luật.” Điều 2.
Thay thế, bãi bỏ một số khoản, cụm từ tại các điều, khoản Quy định về bồi thường, hỗ trợ và tái định cư khi Nhà nước thu hồi đất trên địa bàn ⟦ADMIN_UNIT|tỉnh Quảng Ninh⟧ ban hành kèm theo ⟦q1:LEGAL_REF|Quyết định số 40/2024/QĐ-UBND⟧ ⟦q1d:DATE|ngày 04/10/2024⟧ của ⟦q1o:ORG|UBND tỉnh⟧ 1. Thay thế các cụm từ như sau:
a) Cụm từ “cấp huyện” bằng cụm từ “cấp xã” tại khoản 1 và khoản 2 Điều 3, khoản 3 và khoản 4 Điều 8, khoản 2 Điều 10, khoản 1 và khoản 2 Điều 11, khoản 2 và khoản 3 Điều 14;
b) Cụm từ "kế hoạch sử dụng đất hàng năm của cấp huyện" bằng "kế hoạch sử dụng đất của cấp xã" tại khoản 1 Điều 3;
c) Cụm từ “⟦ORG|Tài nguyên và Môi trường⟧, ⟦ORG|Tài chính⟧, ⟦ORG|Xây dựng⟧, ⟦ORG|Nông nghiệp và Phát triển nông thôn⟧, ⟦ORG|Cục Thuế tỉnh⟧, ⟦ORG|Kho bạc Nhà nước tỉnh⟧” thành cụm từ “⟦ORG|Nông nghiệp và Môi trường⟧, ⟦ORG|Tài chính⟧, ⟦ORG|Xây dựng⟧, ⟦ORG|Thuế tỉnh Quảng Ninh⟧, ⟦ORG|Kho bạc Nhà nước khu vực III⟧”; Cụm từ “Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố” bằng cụm từ “Chủ tịch Ủy ban nhân dân cấp xã” tại khoản 1 Điều 15;
d) Cụm từ “⟦ORG|Sở Tài nguyên và Môi trường⟧” bằng cụm từ “⟦ORG|Sở Nông nghiệp và Môi trường⟧” tại khoản 3 Điều 15.
2. Bãi bỏ một số khoản, cụm từ như sau:
a) Khoản 2 Điều 15;
b) Cụm từ “và công chức làm công tác địa chính ở cấp xã” tại khoản 1 Điều 2;
c) Cụm từ "Uỷ ban nhân dân cấp huyện chỉ đạo" tại khoản 1 Điều 3;
Điều 3.
Điều khoản thi hành.
Quyết định này có hiệu lực kể từ ⟦DATE|ngày 01 tháng 12 năm 2025⟧.
Điều 4.
Trách nhiệm tổ chức thực hiện Các ông, bà: Chánh ⟦ORG|văn phòng Ủy ban nhân dân tỉnh⟧; Chủ tịch Ủy ban nhân dân cấp xã; Thủ trưởng các ngành, đơn vị liên quan và các đối tượng được bồi thường, hỗ trợ và tái định cư chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- ⟦ORG|Vụ Pháp luật⟧ - ⟦ORG|Văn phòng Chính phủ⟧;
- ⟦ORG|Vụ Pháp chế⟧ ⟦ORG|Bộ Nông nghiệp và Môi trường⟧;
- ⟦ORG|Cục Kiểm tra văn bản và QLXLVPHC⟧ - ⟦ORG|Bộ Tư pháp⟧;
- Chủ tịch, các PCT ⟦ORG|UBND tỉnh⟧;
- V0, V1, V2, V3, V4, QLĐĐ1, 3, XD1-3, TM1-7, TTTT;
- Lưu: VT, QLĐĐ1.
05 bản, QĐ164.
Ký bởi: ⟦PERSON|Hoàng Văn Lãng⟧

TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH ⟦PERSON|Lê Văn Ánh⟧ | ⟦LEGAL_REF|Quyết định 97/2025/QĐ-UBND⟧ sửa đổi quy định về bồi thường, hỗ trợ và tái định cư khi nhà nước thu hồi đất trên địa bàn ⟦ADMIN_UNIT|tỉnh Quảng Ninh⟧ kèm theo ⟦LEGAL_REF|Quyết định 40/2024/QĐ-UBND⟧

=====RELATIONS=====
n1 issued_on n1d
n1 issued_by n1o
n2 issued_on n2d
n2 issued_by n2o
q1 issued_on q1d
q1 issued_by q1o
