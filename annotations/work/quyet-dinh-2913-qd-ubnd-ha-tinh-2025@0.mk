doc: tnt305-tvpl__quyet-dinh-2913-qd-ubnd-ha-tinh-2025
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-2913-qd-ubnd-ha-tinh-2025.txt
span: 0 4905
=====TEXT=====
⟦h0:ORG|ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH⟧
------- | ⟦LOCATION|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM⟧
Độc lập - Tự do - Hạnh phúc
---------------

Số: ⟦h1:LEGAL_REF|2913/QĐ-UBND⟧ | ⟦ADMIN_UNIT|Hà Tĩnh⟧, ⟦h1d:DATE|ngày 24 tháng 11 năm 2025⟧

QUYẾT ĐỊNH

CÔNG BỐ THỦ TỤC HÀNH CHÍNH NỘI BỘ TRONG HỆ THỐNG HÀNH CHÍNH NHÀ NƯỚC LĨNH VỰC MÔI TRƯỜNG THUỘC PHẠM VI, CHỨC NĂNG QUẢN LÝ NGÀNH NÔNG NGHIỆP VÀ MÔI TRƯỜNG ÁP DỤNG TRÊN ĐỊA BÀN ⟦ADMIN_UNIT|TỈNH HÀ TĨNH⟧

CHỦ TỊCH ⟦ORG|ỦY BAN NHÂN DÂN TỈNH⟧

Căn cứ ⟦n1:LEGAL_REF|Luật Tổ chức chính quyền địa phương⟧ ⟦n1d:DATE|ngày 16/6/2025⟧;

Căn cứ ⟦n2:LEGAL_REF|Quyết định số 1085/QĐ-TTg⟧ ⟦n2d:DATE|ngày 15/9/2022⟧ của ⟦n2o:ORG|Thủ tướng Chính phủ⟧ về việc ban hành Kế hoạch rà soát, đơn giản hóa TTHC nội bộ trong hệ thống hành chính nhà nước ⟦DATE|giai đoạn 2022-2025⟧;

Theo đề nghị của Giám đốc ⟦n3o:ORG|Sở Nông nghiệp và Môi trường⟧ tại ⟦n3:LEGAL_REF|Văn bản số 7074/SNNMT-TCCB⟧ ⟦n3d:DATE|ngày 13/11/2025⟧.

QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này Danh mục và Quy trình nội bộ 08 (tám) thủ tục hành chính nội bộ (trong đó: 02 TTHC nội bộ cấp tỉnh; 06 TTHC nội bộ cấp xã) trong hệ thống hành chính nhà nước lĩnh vực Môi trường thuộc phạm vi, chức năng quản lý của ngành Nông nghiệp và Môi trường áp dụng trên địa bàn ⟦ADMIN_UNIT|tỉnh Hà Tĩnh⟧.

Điều 2.
Quyết định này có hiệu lực kể từ ngày ban hành.

Điều 3.
Chánh ⟦ORG|Văn phòng UBND tỉnh⟧; Giám đốc ⟦ORG|Sở Nông nghiệp và Môi trường⟧, Giám đốc các sở; Thủ trưởng các ban, ngành cấp tỉnh; Giám đốc: ⟦ORG|Trung tâm Phục vụ hành chính công tỉnh⟧, ⟦ORG|Trung tâm Công báo - Tin học tỉnh⟧; Chủ tịch Ủy ban nhân dân cấp xã và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- ⟦ORG|Cục Kiểm soát TTHC⟧, ⟦ORG|VPCP⟧;
- Chủ tịch, các PCT ⟦ORG|UBND tỉnh⟧;
- Các Sở: ⟦ORG|NN&MT⟧, ⟦ORG|KH&CN⟧;
- PCVP ⟦ORG|UBND tỉnh⟧;
- Lưu: VT, HCC3.

KT. CHỦ TỊCH PHÓ CHỦ TỊCH
⟦PERSON|Hồ Huy Thành⟧

DANH MỤC

TTHC NỘI BỘ TRONG HỆ THỐNG HÀNH CHÍNH NHÀ NƯỚC LĨNH VỰC MÔI TRƯỜNG THUỘC PHẠM VI CHỨC NĂNG QUẢN LÝ CỦA NGÀNH NÔNG NGHIỆP VÀ MÔI TRƯỜNG ⟦ADMIN_UNIT|HÀ TĨNH⟧

(Kèm theo ⟦k1:LEGAL_REF|Quyết định số 2913/QĐ-UBND⟧ ⟦k1d:DATE|ngày 24 tháng 11 năm 2025⟧ của Chủ tịch ⟦k1o:ORG|UBND tỉnh⟧)

PHẦN I.
DANH MỤC THỦ TỤC HÀNH CHÍNH NỘI BỘ

TT | Tên thủ tục hành chính | Lĩnh vực | Cơ quan thực hiện | Căn cứ pháp lý

I | Thủ tục hành chính nội bộ cấp tỉnh

1 | Ban hành kế hoạch xử lý, cải tạo và phục hồi ô nhiễm môi trường đất đặc biệt nghiêm trọng thuộc trường hợp quy định tại khoản 3 Điều 15 của ⟦LEGAL_REF|Luật Bảo vệ môi trường⟧ quy định tại điểm c khoản 1 Điều 19 ⟦LEGAL_REF|Luật Bảo vệ môi trường⟧ và khoản 1 Điều 18 ⟦LEGAL_REF|Nghị định số 08/2022/NĐ-CP⟧. | Môi trường | - ⟦ORG|Sở Nông nghiệp và Môi trường⟧, các sở ngành liên quan;
- Chủ tịch ⟦ORG|UBND tỉnh⟧ | - ⟦LEGAL_REF|Luật Bảo vệ môi trường năm 2020⟧;
- ⟦a1:LEGAL_REF|Nghị định số 08/2022/NĐ-CP⟧ ⟦a1d:DATE|ngày 10/01/2022⟧ của ⟦a1o:ORG|Chính phủ⟧ quy định chi tiết một số điều của ⟦a1i:LEGAL_REF|Luật Bảo vệ môi trường⟧;
- ⟦a2:LEGAL_REF|Nghị định số 136/2025/NĐ-CP⟧ ⟦a2d:DATE|ngày 12/6/2025⟧ của ⟦a2o:ORG|Chính phủ⟧ quy định phân quyền, phân cấp trong lĩnh vực nông nghiệp và môi trường;
- ⟦a3:LEGAL_REF|Quyết định số 4569/QĐ-BNNMT⟧ ⟦a3d:DATE|ngày 31/10/2025⟧ của Bộ trưởng ⟦a3o:ORG|Bộ Nông nghiệp và Môi trường⟧ về việc công bố TTHC nội bộ trong hệ thống hành chính nhà nước lĩnh vực Môi trường thuộc phạm vi chức năng quản lý của ⟦ORG|Bộ Nông nghiệp và Môi trường⟧.

2 | Xây dựng kế hoạch xử lý, cải tạo và phục hồi ô nhiễm môi trường đất đặc biệt nghiêm trọng thuộc trường hợp quy định tại khoản 3 Điều 15 của ⟦LEGAL_REF|Luật Bảo vệ môi trường⟧ quy định tại điểm b khoản 1 Điều 19 ⟦LEGAL_REF|Luật Bảo vệ môi trường⟧ và khoản 1 Điều 18 ⟦LEGAL_REF|Nghị định số 08/2022/NĐ-CP⟧ | Như trên | Như trên | - ⟦LEGAL_REF|Luật Bảo vệ môi trường năm2020⟧;
- ⟦b1:LEGAL_REF|Nghị định số 08/2022/NĐ-CP⟧ ⟦b1d:DATE|ngày 10/01/2022⟧ của ⟦b1o:ORG|Chính phủ⟧ quy định chi tiết một số điều của ⟦b1i:LEGAL_REF|Luật Bảo vệ môi trường⟧;
- ⟦b2:LEGAL_REF|Nghị định số 136/2025/NĐ-CP⟧ ⟦b2d:DATE|ngày 12/6/2025⟧ của ⟦b2o:ORG|Chính phủ⟧ quy định phân quyền, phân cấp trong lĩnh vực nông nghiệp và môi trường;
- ⟦b3:LEGAL_REF|Quyết định số 4569/QĐ-BNNMT⟧ ⟦b3d:DATE|ngày 31/10/2025⟧ của Bộ trưởng ⟦b3o:ORG|Bộ Nông nghiệp và Môi trường⟧ về việc công bố TTHC nội bộ trong hệ thống hành chính nhà nước lĩnh vực môi trường thuộc phạm vi chức năng quản lý của ⟦ORG|Bộ Nông nghiệp và Môi trường⟧.

II | Thủ tục hành chính nội bộ cấp xã

1 | Công bố sự cố môi trường theo quy định tại khoản 2 Điều 125 ⟦LEGAL_REF|Luật Bảo vệ môi trường⟧ | Môi trường | UBND cấp xã | - ⟦LEGAL_REF|Luật Bảo vệ môi trường năm 2020⟧;
- ⟦c1:LEGAL_REF|Nghị định số 08/2022/NĐ-CP⟧ ⟦c1d:DATE|ngày 10/01/2022⟧ của ⟦c1o:ORG|Chính phủ⟧ quy định chi tiết một số điều của ⟦c1i:LEGAL_REF|Luật Bảo vệ môi trường⟧;
- ⟦c2:LEGAL_REF|Nghị định số 05/2025/NĐ-CP⟧ ⟦c2d:DATE|ngày 06/01/2025⟧ của ⟦c2o:ORG|Chính phủ⟧ sửa đổi bổ sung một số điều của ⟦LEGAL_REF|Nghị định số 08/2022/NĐ-CP⟧;
- ⟦c3:LEGAL_REF|Nghị định 131/2025/NĐ-CP⟧ ⟦c3d:DATE|ngày 12/6/2025⟧ của ⟦c3o:ORG|Chính phủ⟧ quy định phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của ⟦ORG|Bộ Nông nghiệp và Môi trường⟧;
- ⟦c4:LEGAL_REF|Quyết định số 11/2025/QĐ-TTg⟧ ⟦c4d:DATE|ngày 23/4/2025⟧ của ⟦c4o:ORG|Thủ tướng Chính phủ⟧ về ban hành quy chế ứng phó sự cố chất thải;
- ⟦c5:LEGAL_REF|Quyết định số 4569/QĐ-BNNMT⟧ ⟦c5d:DATE|ngày 31/10/2025⟧ của Bộ trưởng ⟦c5o:ORG|Bộ Nông nghiệp và Môi trường⟧ về việc công bố TTHC nội bộ trong hệ thống hành chính nhà nước lĩnh vực môi trường thuộc phạm vi chức năng quản lý của ⟦ORG|Bộ Nông nghiệp và Môi trường⟧.

2 | Ban hành kế hoạch phục hồi môi trường theo quy định tại điểm a khoản 2 Điều 126 ⟦LEGAL_REF|Luật Bảo vệ môi trường⟧ | Như trên | UBND cấp xã | - ⟦LEGAL_REF|Luật Bảo vệ môi trường năm 2020⟧;

=====RELATIONS=====
h1 issued_by h0
h1 issued_on h1d
n1 issued_on n1d
n2 issued_on n2d
n2 issued_by n2o
n3 issued_by n3o
n3 issued_on n3d
k1 issued_on k1d
k1 issued_by k1o
a1 issued_on a1d
a1 issued_by a1o
a1 implements a1i
a2 issued_on a2d
a2 issued_by a2o
a3 issued_on a3d
a3 issued_by a3o
b1 issued_on b1d
b1 issued_by b1o
b1 implements b1i
b2 issued_on b2d
b2 issued_by b2o
b3 issued_on b3d
b3 issued_by b3o
c1 issued_on c1d
c1 issued_by c1o
c1 implements c1i
c2 issued_on c2d
c2 issued_by c2o
c3 issued_on c3d
c3 issued_by c3o
c4 issued_on c4d
c4 issued_by c4o
c5 issued_on c5d
c5 issued_by c5o
