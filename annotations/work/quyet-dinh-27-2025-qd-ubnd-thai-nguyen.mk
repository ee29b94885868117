doc: tnt305-tvpl__quyet-dinh-27-2025-qd-ubnd-thai-nguyen
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-27-2025-qd-ubnd-thai-nguyen.txt
span: 0 3221
=====TEXT=====
⟦e1:ORG|ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN⟧
-------- | ⟦LOCATION|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM⟧
Độc lập - Tự do - Hạnh phúc
---------------

Số:
⟦e2:LEGAL_REF|27/2025/QĐ-UBND⟧ | ⟦ADMIN_UNIT|Thái Nguyên⟧, ⟦e3:DATE|ngày 27 tháng 11 năm 2025⟧

QUYẾT ĐỊNH

BAN HÀNH QUY ĐỊNH QUẢN LÝ AN TOÀN ĐIỆN TRÊN ĐỊA BÀN ⟦ADMIN_UNIT|TỈNH THÁI NGUYÊN⟧

Căn cứ ⟦LEGAL_REF|Luật Tổ chức chính quyền địa phương số 72/2025/QH15⟧;

Căn cứ ⟦LEGAL_REF|Luật Điện lực số 61/2024/QH15⟧;

Căn cứ ⟦e4:LEGAL_REF|Nghị định số 62/2025/NĐ-CP⟧ ⟦e5:DATE|ngày 04 tháng 3 năm 2025⟧ của ⟦e6:ORG|Chính phủ⟧ quy định chi tiết thi hành ⟦e7:LEGAL_REF|Luật Điện lực⟧ về bảo vệ công trình điện lực và an toàn trong lĩnh vực điện lực;

Căn cứ ⟦e8:LEGAL_REF|Nghị định số 139/2025/NĐ-CP⟧ ⟦e9:DATE|ngày 12 tháng 6 năm 2025⟧ của ⟦e10:ORG|Chính phủ⟧ quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của ⟦ORG|Bộ Công Thương⟧;

Căn cứ ⟦e11:LEGAL_REF|Thông tư số 02/2025/TT-BCT⟧ ⟦e12:DATE|ngày 01 tháng 02 năm 2025⟧ của Bộ trưởng ⟦e13:ORG|Bộ Công Thương⟧ quy định về bảo vệ công trình điện lực và an toàn trong lĩnh vực điện lực;

Theo đề nghị của Giám đốc ⟦e14:ORG|Sở Công Thương⟧ tại ⟦e15:LEGAL_REF|Tờ trình số 3092/TTr-SCT⟧ ⟦e16:DATE|ngày 18 tháng 11 năm 2025⟧.

⟦ORG|Ủy ban nhân dân tỉnh⟧ ban hành Quyết định ban hành Quy định quản lý an toàn điện trên địa bàn ⟦ADMIN_UNIT|tỉnh Thái Nguyên⟧.

Điều 1.
Ban hành kèm theo Quyết định này Quy định quản lý an toàn điện trên địa bàn ⟦ADMIN_UNIT|tỉnh Thái Nguyên⟧.

Điều 2.
Quyết định này có hiệu lực thi hành từ ⟦DATE|ngày 01 tháng 01 năm 2026⟧.

⟦e17:LEGAL_REF|Quyết định số 11/2022/QĐ-UBND⟧ ⟦e18:DATE|ngày 03 tháng 6 năm 2022⟧ của ⟦e19:ORG|Ủy ban nhân dân tỉnh Thái Nguyên⟧ ban hành Quy định về quản lý, đảm bảo an toàn lưới điện cao áp trên địa bàn ⟦ADMIN_UNIT|tỉnh Thái Nguyên⟧ hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành.

Điều 3. Chánh ⟦ORG|Văn phòng Uỷ ban nhân dân tỉnh⟧; Giám đốc ⟦ORG|Sở Công Thương⟧; Thủ trưởng các sở, ban, ngành thuộc tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường; Giám đốc các đơn vị điện lực trên địa bàn tỉnh và các tổ chức, cá nhân có liên quan quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- ⟦ORG|Bộ Công Thương⟧;
- ⟦ORG|Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính⟧- ⟦ORG|Bộ Tư pháp⟧;
- ⟦ORG|Thường trực Tỉnh ủy⟧;
- ⟦ORG|Thường trực HĐND tỉnh⟧;
- ⟦ORG|Đoàn Đại biểu Quốc hội tỉnh⟧;
- Chủ tịch và các PCT ⟦ORG|UBND tỉnh⟧;
- Các sở, ban ngành thuộc tỉnh;
- UBND các xã, phường;
- Các đơn vị điện lực trên địa bàn tỉnh (⟦ORG|Sở Công Thương⟧ gửi văn bản đến các đơn vị);
- ⟦ORG|Trung tâm thông tin tỉnh⟧;
- ⟦ORG|Báo và Phát thanh, Truyền hình Thái Nguyên⟧;
- Lãnh đạo ⟦ORG|VP UBND tỉnh⟧;
- Lưu: VT, CNN&XD.
Manhpn/11/25

TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH THƯỜNG TRỰC
⟦PERSON|Nguyễn Thanh Bình⟧

QUY ĐỊNH

QUẢN LÝ AN TOÀN ĐIỆN TRÊN ĐỊA BÀN ⟦ADMIN_UNIT|TỈNH THÁI NGUYÊN⟧

(Ban hành kèm theo ⟦e20:LEGAL_REF|Quyết định số: 27/2025/QĐ-UBND⟧ ⟦e21:DATE|ngày 27 tháng 11 năm 2025⟧ của ⟦e22:ORG|Ủy ban nhân dân tỉnh Thái Nguyên⟧)

Chương I

NHỮNG QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng

1. Phạm vi điều chỉnh: Quy định này quy định các nội dung về quản lý an toàn các công trình điện lực và an toàn trong sử dụng điện trên địa bàn ⟦ADMIN_UNIT|tỉnh Thái Nguyên⟧, cụ thể hóa các quy định tại khoản 4 Điều 67, khoản 9 Điều 68, khoản 8 Điều 69 ⟦LEGAL_REF|Luật Điện lực năm 2024⟧ và các quy định tại ⟦e23:LEGAL_REF|Nghị định số 62/2025/NĐ-CP⟧ ⟦e24:DATE|ngày 04/3/2025⟧ của ⟦e25:ORG|Chính phủ⟧ Quy định chi tiết thi hành ⟦e26:LEGAL_REF|Luật Điện lực⟧ về bảo vệ công trình điện lực và an toàn trong lĩnh vực điện lực.

2. Đối tượng áp dụng

a) Các sở, ban ngành thuộc tỉnh;
Ủy ban nhân dân các xã, phường (gọi chung là Ủy ban nhân dân cấp xã).
=====RELATIONS=====
e2 issued_by e1
e2 issued_on e3
e4 issued_on e5
e4 issued_by e6
e4 implements e7
e8 issued_on e9
e8 issued_by e10
e11 issued_on e12
e11 issued_by e13
e15 issued_by e14
e15 issued_on e16
e17 issued_on e18
e17 issued_by e19
e20 issued_on e21
e20 issued_by e22
e23 issued_on e24
e23 issued_by e25
e23 implements e26
