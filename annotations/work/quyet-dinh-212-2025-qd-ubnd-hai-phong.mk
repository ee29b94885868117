doc: tnt305-tvpl__quyet-dinh-212-2025-qd-ubnd-hai-phong
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-212-2025-qd-ubnd-hai-phong.txt
span: 0 3396
=====TEXT=====
⟦h0:ORG|ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG⟧
------- | ⟦LOCATION|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM⟧
Độc lập - Tự do - Hạnh phúc
---------------

Số: ⟦h1:LEGAL_REF|212/2025/QĐ-UBND⟧ | ⟦ADMIN_UNIT|Hải Phòng⟧, ⟦h1d:DATE|ngày 18 tháng 11 năm 2025⟧

QUYẾT ĐỊNH

BAN HÀNH QUY ĐỊNH VỀ TIÊU CHÍ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÁN BỘ, CÔNG CHỨC TẠI CÁC SỞ, BAN, NGÀNH, ỦY BAN NHÂN DÂN XÃ, PHƯỜNG, ĐẶC KHU VÀ VIÊN CHỨC TẠI ĐƠN VỊ SỰ NGHIỆP CÔNG LẬP TRỰC THUỘC ⟦ORG|ỦY BAN NHÂN DÂN THÀNH PHỐ⟧

Căn cứ ⟦LEGAL_REF|Luật Tổ chức chính quyền địa phương số 72/2025/QH15⟧;

Căn cứ ⟦LEGAL_REF|Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15⟧;

Căn cứ ⟦LEGAL_REF|Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật số 87/2025/QH15⟧;

Căn cứ ⟦LEGAL_REF|Luật Cán bộ, công chức số 80/2025/QH15⟧;

Căn cứ ⟦LEGAL_REF|Luật Viên chức số 58/2010/QH12⟧;

Căn cứ ⟦LEGAL_REF|Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức số 52/2019/QH14⟧;

Căn cứ ⟦n1:LEGAL_REF|Nghị định số 90/2020/NĐ-CP⟧ ⟦n1d:DATE|ngày 13 tháng 8 năm 2020⟧ của ⟦n1o:ORG|Chính phủ⟧ về đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức;

Căn cứ ⟦n2:LEGAL_REF|Nghị định số 48/2023/NĐ-CP⟧ ⟦n2d:DATE|ngày 17 tháng 7 năm 2023⟧ của ⟦n2o:ORG|Chính phủ⟧ sửa đổi, bổ sung một số điều của ⟦n3:LEGAL_REF|Nghị định số 90/2020/NĐ-CP⟧ ⟦n3d:DATE|ngày 13 tháng 8 năm 2020⟧ của ⟦n3o:ORG|Chính phủ⟧ về đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức;

Căn cứ ⟦n4:LEGAL_REF|Nghị định số 78/2025/NĐ-CP⟧ ⟦n4d:DATE|ngày 01 tháng 4 năm 2025⟧ của ⟦n4o:ORG|Chính phủ⟧ quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành ⟦n4l:LEGAL_REF|Luật Ban hành văn bản quy phạm pháp luật⟧;

Căn cứ ⟦n5:LEGAL_REF|Nghị định số 187/2025/NĐ-CP⟧ ⟦n5d:DATE|ngày 01 tháng 7 năm 2025⟧ của ⟦n5o:ORG|Chính phủ⟧ sửa đổi, bổ sung một số điều của ⟦n6:LEGAL_REF|Nghị định số 78/2025/NĐ-CP⟧ ⟦n6d:DATE|ngày 01 tháng 4 năm 2025⟧ của ⟦n6o:ORG|Chính phủ⟧ quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành ⟦n6l:LEGAL_REF|Luật Ban hành văn bản quy phạm pháp luật⟧ và ⟦n7:LEGAL_REF|Nghị định số 79/2025/NĐ-CP⟧ ⟦n7d:DATE|ngày 01 tháng 4 năm 2025⟧ của ⟦n7o:ORG|Chính phủ⟧ về kiểm tra, rà soát, hệ thống hóa và xử lý văn bản quy phạm pháp luật;

Theo đề nghị của Giám đốc ⟦n8o:ORG|Sở Nội vụ⟧ tại ⟦n8:LEGAL_REF|Tờ trình số 394/TTr-SNV⟧ ⟦n8d:DATE|ngày 29 tháng 10 năm 2025⟧; của ⟦n9o:ORG|Sở Tư pháp⟧ tại ⟦n9:LEGAL_REF|Báo cáo số 441/BC-STP⟧ ⟦n9d:DATE|ngày 28 tháng 10 năm 2025⟧;

⟦ORG|Ủy ban nhân dân thành phố⟧ ban hành Quyết định ban hành Quy định về tiêu chí đánh giá, xếp loại chất lượng cán bộ, công chức tại các sở, ban, ngành, Ủy ban nhân dân xã, phường, đặc khu và viên chức tại đơn vị sự nghiệp công lập trực thuộc ⟦ORG|Ủy ban nhân dân thành phố⟧.

Điều 1. Ban hành kèm theo Quyết định này Quy định về tiêu chí đánh giá, xếp loại chất lượng cán bộ, công chức tại các sở, ban, ngành, Ủy ban nhân dân xã, phường, đặc khu và viên chức tại đơn vị sự nghiệp công lập trực thuộc ⟦ORG|Ủy ban nhân dân thành phố⟧.

Điều 2. Quyết định này có hiệu lực kể từ ⟦DATE|ngày 01 tháng 12 năm 2025⟧.

Điều 3. Chánh ⟦ORG|Văn phòng Ủy ban nhân dân thành phố⟧; Giám đốc các sở, ban, ngành thành phố; Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu; Thủ trưởng các cơ quan, đơn vị liên quan căn cứ Quyết định thi hành./.

Nơi nhận:
- Như Điều 3;
- ⟦ORG|Vụ Pháp chế⟧ - ⟦ORG|Bộ Nội vụ⟧;
- ⟦ORG|Cục KTVB&QLXLVPHC⟧ - ⟦ORG|Bộ Tư pháp⟧;
- ⟦ORG|TT TU⟧, ⟦ORG|TT HĐND TP⟧;
- CT, các PCT ⟦ORG|UBND TP⟧;
- ⟦ORG|Đoàn đại biểu QH TP HP⟧;
- ⟦ORG|Báo và phát thanh, truyền hình Hải Phòng⟧;
- Các PCVP ⟦ORG|UBND TP⟧;
- ⟦ORG|Công báo TP⟧;
- ⟦ORG|Cổng TTĐT TP⟧;
- Các Phòng: ⟦ORG|NVKTGS⟧, ⟦ORG|HCQT⟧;
- Lưu: VT, N.H.Điệp.

TM. ỦY BAN NHÂN DÂN CHỦ TỊCH ⟦PERSON|Lê Ngọc Châu⟧

QUY ĐỊNH

VỀ TIÊU CHÍ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÁN BỘ, CÔNG CHỨC TẠI CÁC SỞ, BAN, NGÀNH, ỦY BAN NHÂN DÂN XÃ, PHƯỜNG, ĐẶC KHU VÀ VIÊN CHỨC TẠI ĐƠN VỊ SỰ NGHIỆP CÔNG LẬP TRỰC THUỘC ⟦ORG|ỦY BAN NHÂN DÂN THÀNH PHỐ⟧

(Ban hành kèm theo ⟦LEGAL_REF|Quyết định số 212/2025/QĐ-UBND⟧)
=====RELATIONS=====
h1 issued_by h0
h1 issued_on h1d
n1 issued_on n1d
n1 issued_by n1o
n2 issued_on n2d
n2 issued_by n2o
n3 issued_on n3d
n3 issued_by n3o
n4 issued_on n4d
n4 issued_by n4o
n4 implements n4l
n5 issued_on n5d
n5 issued_by n5o
n6 issued_on n6d
n6 issued_by n6o
n6 implements n6l
n7 issued_on n7d
n7 issued_by n7o
n8 issued_on n8d
n8 issued_by n8o
n9 issued_on n9d
n9 issued_by n9o
