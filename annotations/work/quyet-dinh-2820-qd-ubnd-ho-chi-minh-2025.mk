doc: tnt305-tvpl__quyet-dinh-2820-qd-ubnd-ho-chi-minh-2025
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-2820-qd-ubnd-ho-chi-minh-2025.txt
span: 1388 6309
=====TEXT=====

Căn cứ ⟦l1:LEGAL_REF|Luật Đo đạc và bản đồ số 27/2018/QH14⟧ ⟦l1d:DATE|ngày 14 tháng 6 năm 2018⟧;

Căn cứ ⟦l2:LEGAL_REF|Luật Đầu tư công số 58/2024/QH15⟧ ⟦l2d:DATE|ngày 29 tháng 11 năm 2024⟧, được sửa đổi, bổ sung tại ⟦LEGAL_REF|Luật Sửa đổi, bổ sung một số điều của Luật Đấu thầu, Luật Đầu tư theo phương thức đối tác công tư, Luật Hải quan, Luật Thuế giá trị gia tăng, Luật Thuế xuất khẩu, thuế nhập khẩu, Luật Đầu tư, Luật Đầu tư công, Luật Quản lý, sử dụng tài sản công⟧;

Căn cứ ⟦l3:LEGAL_REF|Luật An ninh mạng số 24/2018/QH14⟧ ⟦l3d:DATE|ngày 12 tháng 6 năm 2018⟧;

Căn cứ ⟦l4:LEGAL_REF|Luật Tiếp cận thông tin số 104/2016/QH13⟧ ⟦l4d:DATE|ngày 06 tháng 4 năm 2016⟧;

Căn cứ ⟦l5:LEGAL_REF|Luật An toàn thông tin mạng số 86/2015/QH13⟧ ⟦l5d:DATE|ngày 19 tháng 11 năm 2015⟧;

Căn cứ ⟦n1:LEGAL_REF|Nghị quyết số 03/NQ-CP⟧ ⟦n1d:DATE|ngày 09 tháng 01 năm 2025⟧ của ⟦n1o:ORG|Chính phủ⟧ Ban hành chương trình hành động của ⟦ORG|Chính phủ⟧ thực hiện ⟦n2:LEGAL_REF|Nghị quyết số 57-NQ/TW⟧ ⟦n2d:DATE|ngày 22 tháng 12 năm 2024⟧ của ⟦n2o:ORG|Bộ Chính trị⟧ về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia được sửa đổi, bổ sung cập nhật một số điều tại ⟦n3:LEGAL_REF|Nghị quyết số 71/NQ-CP⟧ ⟦n3d:DATE|ngày 01 tháng 4 năm 2025⟧ của ⟦n3o:ORG|Chính phủ⟧;

Căn cứ ⟦q1:LEGAL_REF|Quyết định số 749/QĐ-TTg⟧ ⟦q1d:DATE|ngày 03 tháng 6 năm 2020⟧ của ⟦q1o:ORG|Thủ tướng Chính phủ⟧ về phê duyệt "Chương trình Chuyển đổi số quốc gia đến ⟦DATE|năm 2025⟧, định hướng đến ⟦DATE|năm 2030⟧";

Căn cứ ⟦q2:LEGAL_REF|Quyết định số 06/QĐ-TTg⟧ ⟦q2d:DATE|ngày 02 tháng 01 năm 2025⟧ của ⟦q2o:ORG|Thủ tướng Chính phủ⟧ về Phê duyệt Đề án xây dựng và quản lý Hệ thống thông tin và cơ sở dữ liệu quốc gia về quy hoạch;

Căn cứ ⟦n4:LEGAL_REF|Nghị quyết số 98/2023/QH15⟧ ⟦n4d:DATE|ngày 24 tháng 6 năm 2023⟧ của ⟦n4o:ORG|Quốc hội⟧ về thí điểm một số cơ chế, chính sách đặc thù phát triển ⟦ADMIN_UNIT|Thành phố Hồ Chí Minh⟧;

Căn cứ ⟦n5:LEGAL_REF|Nghị quyết số 66.2/2025/NQ-CP⟧ ⟦n5d:DATE|ngày 28 tháng 8 năm 2025⟧ của ⟦n5o:ORG|Chính phủ⟧ Quy định xử lý khó khăn, vướng mắc về việc điều chỉnh quy hoạch cấp quốc gia, quy hoạch vùng, quy hoạch tỉnh khi thực hiện sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương 2 cấp trong thời gian chưa ban hành ⟦LEGAL_REF|Luật Quy hoạch⟧ (sửa đổi);

Căn cứ các Quyết định của ⟦q3o:ORG|Thủ tướng Chính phủ⟧ về phê duyệt quy hoạch ⟦DATE|thời kỳ 2021 - 2030⟧, tầm nhìn đến ⟦DATE|năm 2050⟧: ⟦q3:LEGAL_REF|Quyết định số 1629/QĐ-TTg⟧ ⟦q3d:DATE|ngày 16 tháng 12 năm 2023⟧ phê duyệt Quy hoạch ⟦ADMIN_UNIT|tỉnh Bà Rịa - Vũng Tàu⟧; ⟦q4:LEGAL_REF|Quyết định số 790/QĐ-TTg⟧ ⟦q4d:DATE|ngày 03 tháng 8 năm 2024⟧ phê duyệt Quy hoạch ⟦ADMIN_UNIT|tỉnh Bình Dương⟧; ⟦q5:LEGAL_REF|Quyết định số 1711/QĐ-TTg⟧ ⟦q5d:DATE|ngày 31 tháng 12 năm 2024⟧ phê duyệt Quy hoạch ⟦ADMIN_UNIT|Thành phố Hồ Chí Minh⟧;

Căn cứ ⟦q6:LEGAL_REF|Quyết định số 3103/QĐ-BTC⟧ ⟦q6d:DATE|ngày 05 tháng 9 năm 2025⟧ của ⟦q6o:ORG|Bộ Tài chính⟧ ban hành Kế hoạch tổng thể triển khai ⟦q7:LEGAL_REF|Quyết định số 06/QĐ-TTg⟧ ⟦q7d:DATE|ngày 02 tháng 01 năm 2025⟧ của ⟦q7o:ORG|Thủ tướng Chính phủ⟧ phê duyệt Đề án xây dựng và quản lý Hệ thống thông tin và cơ sở dữ liệu quốc gia về quy hoạch;

Căn cứ ⟦q8:LEGAL_REF|Quyết định số 01/2025/QĐ-UBND⟧ ⟦q8d:DATE|ngày 01 tháng 7 năm 2025⟧ của ⟦q8o:ORG|Ủy ban nhân dân Thành phố Hồ Chí Minh⟧ về Quy chế làm việc của ⟦ORG|Ủy ban nhân dân Thành phố Hồ Chí Minh⟧ ⟦DATE|nhiệm kỳ 2021-2026⟧;

Căn cứ ⟦k1:LEGAL_REF|Kế hoạch số 4354/KH-UBND⟧ ⟦k1d:DATE|ngày 14 tháng 6 năm 2025⟧ của ⟦k1o:ORG|Ủy ban nhân dân Thành phố Hồ Chí Minh⟧ về việc triển khai ⟦k2:LEGAL_REF|Kế hoạch hành động số 459-KHHĐ/TU⟧ ⟦k2d:DATE|ngày 21 tháng 5 năm 2025⟧ của ⟦k2o:ORG|Thành ủy Thành phố⟧ về thực hiện ⟦k3:LEGAL_REF|Nghị quyết số 57-NQ/TW⟧ ⟦k3d:DATE|ngày 22 tháng 12 năm 2024⟧ của ⟦k3o:ORG|Bộ Chính trị⟧ về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia trên địa bàn ⟦ADMIN_UNIT|Thành phố Hồ Chí Minh⟧;

Theo đề nghị của ⟦c1o:ORG|Sở Tài chính⟧ tại ⟦c1:LEGAL_REF|Công văn số 11033/STC-CSTH⟧ ⟦c1d:DATE|ngày 29 tháng 10 năm 2025⟧.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai ⟦d1:LEGAL_REF|Quyết định số 06/QĐ-TTg⟧ ⟦d1d:DATE|ngày 02 tháng 01 năm 2025⟧ của ⟦d1o:ORG|Thủ tướng Chính phủ⟧ và ⟦d2:LEGAL_REF|Quyết định số 3103/QĐ-BTC⟧ ⟦d2d:DATE|ngày 05 tháng 9 năm 2025⟧ của ⟦d2o:ORG|Bộ Tài chính⟧.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.

Điều 3. Chánh ⟦ORG|Văn phòng Ủy ban nhân dân Thành phố⟧, Giám đốc các Sở, Thủ trưởng các cơ quan, đơn vị trực thuộc ⟦ORG|Ủy ban nhân dân Thành phố⟧, Chủ tịch Ủy ban nhân dân phường, xã, đặc khu và các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- ⟦ORG|Thủ tướng Chính phủ⟧ (để b/c);
- Các Phó Thủ tướng ⟦ORG|Chính phủ⟧ (để b/c);
- ⟦ORG|Văn phòng Chính phủ⟧ (để b/c);
- ⟦ORG|Bộ Tài chính⟧ (để b/c);
- ⟦ORG|Thường trực Thành ủy⟧ (để b/c);
- ⟦ORG|Thường trực HĐND TP⟧ (để b/c);
- ⟦ORG|Đảng ủy UBND TP⟧ (để b/c);
- ⟦ORG|TTUB⟧: CT và các PCT;
- ⟦ORG|Văn phòng Thành ủy⟧ (để ph/h);
- ⟦ORG|Văn phòng ĐBQH và HĐND TP⟧ (để ph/h);
- ⟦ORG|VPUB⟧: CVP, các PCVP;
- Các Phòng NCTH;
- Lưu: VT, (TH/MT).

KT. CHỦ TỊCH PHÓ CHỦ TỊCH
⟦PERSON|Nguyễn Lộc Hà⟧

KẾ HOẠCH

TRIỂN KHAI ⟦t1:LEGAL_REF|QUYẾT ĐỊNH SỐ 06/QĐ-TTG⟧ ⟦t1d:DATE|NGÀY 02 THÁNG 01 NĂM 2025⟧ CỦA ⟦t1o:ORG|THỦ TƯỚNG CHÍNH PHỦ⟧ VÀ ⟦t2:LEGAL_REF|QUYẾT ĐỊNH SỐ 3103/QĐ-BTC⟧ ⟦t2d:DATE|NGÀY 05 THÁNG 9 NĂM 2025⟧ CỦA ⟦t2o:ORG|BỘ TÀI CHÍNH⟧ VỀ ĐỀ ÁN XÂY DỰNG VÀ QUẢN LÝ HỆ THỐNG THÔNG TIN VÀ CƠ SỞ DỮ LIỆU QUỐC GIA VỀ QUY HOẠCH

(Kèm theo ⟦h1:LEGAL_REF|Quyết định số 2820/QĐ-UBND⟧ ⟦h1d:DATE|ngày 19 tháng 11 năm 2025⟧ của ⟦h1o:ORG|Ủy ban nhân dân Thành phố⟧)

I. MỤC ĐÍCH, YÊU CẦU

1. Mục đích

- Quán triệt, triển khai có hiệu quả ⟦m1:LEGAL_REF|Quyết định số 06/QĐ-TTg⟧ ⟦m1d:DATE|ngày 02 tháng 01 năm 2025⟧ của ⟦m1o:ORG|Thủ tướng Chính phủ⟧ và Kế hoạch tổng thể ban hành kèm ⟦m2:LEGAL_REF|Quyết định số 3103/QĐ-BTC⟧ ⟦m2d:DATE|ngày 05 tháng 9 năm 2025⟧ của ⟦m2o:ORG|Bộ Tài chính⟧, nhằm xây dựng Hệ thống thông tin và cơ sở dữ liệu quy hoạch của ⟦ADMIN_UNIT|Thành phố Hồ Chí Minh⟧ thống nhất, hiện đại, liên thông với hệ thống quốc gia.
=====RELATIONS=====
l1 issued_on l1d
l2 issued_on l2d
l3 issued_on l3d
l4 issued_on l4d
l5 issued_on l5d
n1 issued_on n1d
n1 issued_by n1o
n1 implements n2
n2 issued_on n2d
n2 issued_by n2o
n3 issued_on n3d
n3 issued_by n3o
q1 issued_on q1d
q1 issued_by q1o
q2 issued_on q2d
q2 issued_by q2o
n4 issued_on n4d
n4 issued_by n4o
n5 issued_on n5d
n5 issued_by n5o
q3 issued_on q3d
q3 issued_by q3o
q4 issued_on q4d
q4 issued_by q3o
q5 issued_on q5d
q5 issued_by q3o
q6 issued_on q6d
q6 issued_by q6o
q6 implements q7
q7 issued_on q7d
q7 issued_by q7o
q8 issued_on q8d
q8 issued_by q8o
k1 issued_on k1d
k1 issued_by k1o
k1 implements k2
k2 issued_on k2d
k2 issued_by k2o
k2 implements k3
k3 issued_on k3d
k3 issued_by k3o
c1 issued_on c1d
c1 issued_by c1o
d1 issued_on d1d
d1 issued_by d1o
d2 issued_on d2d
d2 issued_by d2o
t1 issued_on t1d
t1 issued_by t1o
t2 issued_on t2d
t2 issued_by t2o
h1 issued_on h1d
h1 issued_by h1o
m1 issued_on m1d
m1 issued_by m1o
m2 issued_on m2d
m2 issued_by m2o
