doc: tnt305-tvpl__quyet-dinh-27-2025-qd-ubnd-thai-nguyen
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-27-2025-qd-ubnd-thai-nguyen.txt
span: 0 3221
=====TEXT=====
ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN
-------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số:
27/2025/QĐ-UBND | Thái Nguyên, ngày 27 tháng 11 năm 2025

QUYẾT ĐỊNH

BAN HÀNH QUY ĐỊNH QUẢN LÝ AN TOÀN ĐIỆN TRÊN ĐỊA BÀN TỈNH THÁI NGUYÊN

Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;

Căn cứ Luật Điện lực số 61/2024/QH15;

Căn cứ Nghị định số 62/2025/NĐ-CP ngày 04 tháng 3 năm 2025 của Chính phủ quy định chi tiết thi hành Luật Điện lực về bảo vệ công trình điện lực và an toàn trong lĩnh vực điện lực;

Căn cứ Nghị định số 139/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Công Thương;

Căn cứ Thông tư số 02/2025/TT-BCT ngày 01 tháng 02 năm 2025 của Bộ trưởng Bộ Công Thương quy định về bảo vệ công trình điện lực và an toàn trong lĩnh vực điện lực;

Theo đề nghị của Giám đốc Sở Công Thương tại Tờ trình số 3092/TTr-SCT ngày 18 tháng 11 năm 2025.

Ủy ban nhân dân tỉnh ban hành Quyết định ban hành Quy định quản lý an toàn điện trên địa bàn tỉnh Thái Nguyên.

Điều 1.
Ban hành kèm theo Quyết định này Quy định quản lý an toàn điện trên địa bàn tỉnh Thái Nguyên.

Điều 2.
Quyết định này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2026.

Quyết định số 11/2022/QĐ-UBND ngày 03 tháng 6 năm 2022 của Ủy ban nhân dân tỉnh Thái Nguyên ban hành Quy định về quản lý, đảm bảo an toàn lưới điện cao áp trên địa bàn tỉnh Thái Nguyên hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành.

Điều 3. Chánh Văn phòng Uỷ ban nhân dân tỉnh; Giám đốc Sở Công Thương; Thủ trưởng các sở, ban, ngành thuộc tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường; Giám đốc các đơn vị điện lực trên địa bàn tỉnh và các tổ chức, cá nhân có liên quan quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Bộ Công Thương;
- Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính- Bộ Tư pháp;
- Thường trực Tỉnh ủy;
- Thường trực HĐND tỉnh;
- Đoàn Đại biểu Quốc hội tỉnh;
- Chủ tịch và các PCT UBND tỉnh;
- Các sở, ban ngành thuộc tỉnh;
- UBND các xã, phường;
- Các đơn vị điện lực trên địa bàn tỉnh (Sở Công Thương gửi văn bản đến các đơn vị);
- Trung tâm thông tin tỉnh;
- Báo và Phát thanh, Truyền hình Thái Nguyên;
- Lãnh đạo VP UBND tỉnh;
- Lưu: VT, CNN&XD.
Manhpn/11/25

TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH THƯỜNG TRỰC
Nguyễn Thanh Bình

QUY ĐỊNH

QUẢN LÝ AN TOÀN ĐIỆN TRÊN ĐỊA BÀN TỈNH THÁI NGUYÊN

(Ban hành kèm theo Quyết định số: 27/2025/QĐ-UBND ngày 27 tháng 11 năm 2025 của Ủy ban nhân dân tỉnh Thái Nguyên)

Chương I

NHỮNG QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng

1. Phạm vi điều chỉnh: Quy định này quy định các nội dung về quản lý an toàn các công trình điện lực và an toàn trong sử dụng điện trên địa bàn tỉnh Thái Nguyên, cụ thể hóa các quy định tại khoản 4 Điều 67, khoản 9 Điều 68, khoản 8 Điều 69 Luật Điện lực năm 2024 và các quy định tại Nghị định số 62/2025/NĐ-CP ngày 04/3/2025 của Chính phủ Quy định chi tiết thi hành Luật Điện lực về bảo vệ công trình điện lực và an toàn trong lĩnh vực điện lực.

2. Đối tượng áp dụng

a) Các sở, ban ngành thuộc tỉnh;
Ủy ban nhân dân các xã, phường (gọi chung là Ủy ban nhân dân cấp xã).
=====RELATIONS=====
