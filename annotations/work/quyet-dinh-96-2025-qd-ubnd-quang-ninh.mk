doc: tnt305-tvpl__quyet-dinh-96-2025-qd-ubnd-quang-ninh
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-96-2025-qd-ubnd-quang-ninh.txt
span: 0 3837
=====TEXT=====
ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH
-------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số:
96/2025/QĐ-UBND | Quảng Ninh, ngày 19 tháng 11 năm 2025

QUYẾT ĐỊNH

QUY ĐỊNH VỀ PHÒNG CHÁY, CHỮA CHÁY RỪNG TRÊN ĐỊA BÀN TỈNH QUẢNG NINH

Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;

Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật số 87/2025/QH15;

Căn cứ Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ số 55/2024/QH15;

Căn cứ Luật Lâm nghiệp số 16/2017/QH14;

Căn cứ Nghị định số 78/2025/NĐ-CP ngày 01 tháng 4 năm 2025 Quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành Luật ban hành văn bản quy phạm pháp luật được sửa đổi, bổ sung bởi Nghị định số 187/2025/NĐ-CP;

Căn cứ Nghị định số 156/2018/NĐ-CP ngày 16 tháng 11 năm 2018 Quy định chi tiết thi hành một số điều của Luật Lâm nghiệp được sửa đổi, bổ sung bởi Nghị định số 27/2024/NĐ-CP, Nghị định số 91/2024/NĐ-CP, Nghị định số 183/2025/NĐ-CP, Nghị định số 227/2025/NĐ-CP;

Căn cứ Nghị định số 58/2024/NĐ-CP ngày 24 tháng 5 năm 2024 về một số chính sách đầu tư trong lâm nghiệp;

Căn cứ Nghị định số 131/2025/NĐ-CP ngày 12/6/2025 quy định phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Nông nghiệp và Môi trường;

Căn cứ Thông tư số 16/2025/TT-BNNMT ngày 19 tháng 6 năm 2025 quy định về phân quyền, phân cấp, phân định thẩm quyền quản lý nhà nước và một số nội dung trong lĩnh vực lâm nghiệp và kiểm lâm;

Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường tại Tờ trình số 551/TTr-SNNMT ngày 20 tháng 10 năm 2025; văn bản số 11268/SNNMT-KL ngày 11 tháng 11 năm 2025;
báo cáo thẩm định của Sở Tư pháp số 316/BC-STP ngày 25 tháng 9 năm 2025;

Ủy ban nhân dân ban hành Quyết định quy định về phòng cháy, chữa cháy rừng trên địa bàn tỉnh Quảng Ninh.

Điều 1. Ban hành kèm theo Quyết định này “Quy định về phòng cháy, chữa cháy rừng trên địa bàn tỉnh Quảng Ninh”.

Điều 2. Hiệu lực thi hành

1.
Sở Nông nghiệp và Môi trường có trách nhiệm hướng dẫn, tổ chức triển khai, kiểm tra việc thực hiện Quyết định này. Trường hợp các quy định của pháp luật được viện dẫn trong Quyết định này được sửa đổi, bổ sung hoặc thay thế thì áp dụng theo quy định tại văn bản sửa đổi, bổ sung hoặc thay thế đó.

2.
Quyết định này có hiệu lực thi hành kể từ ngày 30 tháng 11 năm 2025.

3.
Quyết định này thay thế Quyết định số 29/2020/QĐ-UBND ngày 18 tháng 8 năm 2020 của Ủy ban nhân dân tỉnh.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các sở, ban, ngành; Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu; Thủ trưởng các sở, ban, ngành thuộc tỉnh; các cơ quan, đơn vị, tổ chức, cộng đồng dân cư, hộ gia đình, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.

TM.
ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH
Nguyễn Văn Công

QUY ĐỊNH

VỀ PHÒNG CHÁY, CHỮA CHÁY RỪNG TRÊN ĐỊA BÀN TỈNH QUẢNG NINH

(Ban hành kèm theo Quyết định số: 96/2025/QĐ-UBND ngày 19/11/2025)

Chương I

QUY ĐỊNH

CHUNG

Điều 1. Phạm vi điều chỉnh, đối tượng áp dụng

1.
Phạm vi điều chỉnh

a) Quy định này quy định một số nội dung liên quan đến công tác phòng cháy, chữa cháy rừng trên địa bàn tỉnh Quảng Ninh.

b) Các nội dung khác có liên quan đến phòng cháy, chữa cháy rừng không quy định trong văn bản này thì áp dụng theo các quy định tại các Nghị định của Chính phủ: số 156/2018/NĐ-CP ngày 16/11/2018 Quy định chi tiết thi hành một số điều của Luật Lâm nghiệp được sửa đổi, bổ sung bởi Nghị định số 27/2024/NĐ-CP, Nghị định số 91/2024/NĐ-CP, Nghị định số 183/2025/NĐ-CP, Nghị định số 227/2025/NĐ-CP; số 58/2024/NĐ-CP ngày 24/5/2024 về một số chính sách đầu tư trong lâm nghiệp; số 131/2025/NĐ-CP ngày 12/6/2025 Quy định phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Nông nghiệp và Môi trường;
=====RELATIONS=====
