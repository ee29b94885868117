doc: tnt305-tvpl__quyet-dinh-87-2025-qd-ubnd-lai-chau
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-87-2025-qd-ubnd-lai-chau.txt
span: 0 3454
=====TEXT=====
⟦h0:ORG|ỦY BAN NHÂN DÂN TỈNH LAI CHÂU⟧
-------- | ⟦LOCATION|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM⟧
Độc lập - Tự do - Hạnh phúc
---------------

Số:
⟦h1:LEGAL_REF|87/2025/QĐ-UBND⟧ | ⟦ADMIN_UNIT|Lai Châu⟧, ⟦h1d:DATE|ngày 19 tháng 11 năm 2025⟧

QUYẾT ĐỊNH

QUY ĐỊNH THỰC HIỆN NẾP SỐNG VĂN MINH TRONG VIỆC CƯỚI, VIỆC TANG TRÊN ĐỊA BÀN ⟦ADMIN_UNIT|TỈNH LAI CHÂU⟧

Căn cứ ⟦LEGAL_REF|Luật Tổ chức chính quyền địa phương số 72/2025/QH15⟧;

Căn cứ ⟦LEGAL_REF|Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15⟧ được sửa đổi, bổ sung bởi ⟦LEGAL_REF|Luật số 87/2025/QH15⟧;

Căn cứ ⟦n1:LEGAL_REF|Nghị định số 78/2025/NĐ-CP⟧ ⟦n1d:DATE|ngày 01 tháng 4 năm 2025⟧ của ⟦n1o:ORG|Chính phủ⟧ quy định chi tiết một số điều và biện pháp để tổ chức hướng dẫn thi hành ⟦n1l:LEGAL_REF|Luật Ban hành văn bản quy phạm pháp luật⟧ được sửa đổi, bổ sung bởi ⟦n2:LEGAL_REF|Nghị định số 187/2025/NĐ-CP⟧ ⟦n2d:DATE|ngày 01 tháng 7 năm 2025⟧ của ⟦n2o:ORG|Chính phủ⟧;

Căn cứ ⟦n3:LEGAL_REF|Nghị định số 237/2025/NĐ-CP⟧ ⟦n3d:DATE|ngày 29 tháng 8 năm 2025⟧ của ⟦n3o:ORG|Chính phủ⟧ sửa đổi, bổ sung ⟦n4:LEGAL_REF|Nghị định số 105/2012/NĐ-CP⟧ ⟦n4d:DATE|ngày 17 tháng 12 năm 2012⟧ của ⟦n4o:ORG|Chính phủ⟧ về tổ chức lễ tang cán bộ, công chức, viên chức;

Căn cứ ⟦n5:LEGAL_REF|Nghị định số 23/2016/NĐ-CP⟧ ⟦n5d:DATE|ngày 05 tháng 4 năm 2016⟧ của ⟦n5o:ORG|Chính phủ⟧ về xây dựng, sử dụng nghĩa trang và cơ sở hỏa táng; ⟦n6:LEGAL_REF|Nghị định số 98/2019/NĐ-CP⟧ ⟦n6d:DATE|ngày 27 năm 12 năm 2019⟧ của ⟦n6o:ORG|chính phủ⟧ về sửa đổi, bổ sung một số điều của các nghị định thuộc lĩnh vực hạ tầng kỹ thuật;

Căn cứ ⟦n7:LEGAL_REF|Quyết định số 308/2005/QĐ-TTg⟧ ⟦n7d:DATE|ngày 25 tháng 11 năm 2005⟧ của ⟦n7o:ORG|Thủ tướng Chính phủ⟧ ban hành Quy chế thực hiện nếp sống văn minh trong việc cưới, việc tang và lễ hội;

Căn cứ ⟦n8:LEGAL_REF|Thông tư số 04/2011/TT-BVHTTDL⟧ ⟦n8d:DATE|ngày 26 tháng 11 năm 2011⟧ của ⟦n8o:ORG|Bộ Văn hóa, Thể thao và Du lịch⟧ Quy định về việc thực hiện nếp sống văn minh trong việc cưới, việc tang và lễ hội;

Căn cứ ⟦n9:LEGAL_REF|Thông tư số 21/2021/TT-BYT⟧ ⟦n9d:DATE|ngày 26 tháng 11 năm 2021⟧ của ⟦n9o:ORG|Bộ Y tế⟧ quy định về vệ sinh trong mai táng, hỏa táng;

Căn cứ ⟦n10:LEGAL_REF|Thông tư số 01/2025/TT-BNNMT⟧ ⟦n10d:DATE|ngày 15 tháng 5 năm 2025⟧ của ⟦n10o:ORG|Bộ Nông nghiệp và Môi trường⟧ ban hành 03 quy chuẩn kỹ thuật Quốc gia về chất lượng môi trường xung quanh;

Theo đề nghị của Giám đốc ⟦ORG|Sở Văn hóa, Thể thao và Du lịch⟧;

⟦ORG|Ủy ban nhân dân tỉnh⟧ ban hành Quyết định Quy định thực hiện nếp sống văn minh trong việc cưới, việc tang trên địa bàn ⟦ADMIN_UNIT|tỉnh Lai Châu⟧.

Điều 1. Ban hành kèm theo Quyết định này Quy định thực hiện nếp sống văn minh trong việc cưới, việc tang trên địa bàn ⟦ADMIN_UNIT|tỉnh Lai Châu⟧.

Điều 2.
Hiệu lực thi hành

1. Quyết định này có hiệu lực từ ⟦DATE|ngày 01 tháng 12 năm 2025⟧.

2. Quyết định này thay thế ⟦q1:LEGAL_REF|Quyết định số 15/2014/QĐ-UBND⟧ ⟦q1d:DATE|ngày 02 tháng 7 năm 2014⟧ của ⟦q1o:ORG|Ủy ban nhân dân tỉnh⟧ Quy định thực hiện nếp sống văn minh trong việc cưới, việc tang và lễ hội; ⟦q2:LEGAL_REF|Quyết định số 22/201 /QĐ-UBND⟧

⟦q2d:DATE|ngày 13 tháng 9 năm 2019⟧ của ⟦q2o:ORG|Ủy ban nhân dân tỉnh⟧ về sửa đổi, bổ sung một số điều của Quy định thực hiện nếp sống văn minh trong việc cưới, việc tang và lễ hội trên địa bàn ⟦ADMIN_UNIT|tỉnh Lai Châu⟧ ban hành kèm theo ⟦q3:LEGAL_REF|Quyết định số 15/2014/QĐ- UBND⟧ ⟦q3d:DATE|ngày 02/7/2014⟧ của ⟦q3o:ORG|UBND tỉnh Lai Châu⟧.

Điều 3.
Trách nhiệm tổ chức thực hiện

Chánh ⟦ORG|Văn phòng Ủy ban nhân dân tỉnh⟧; Giám đốc ⟦ORG|Sở Văn hóa, Thể thao và Du lịch⟧; Thủ trưởng các sở, ngành, đoàn thể tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường và các cơ quan, đơn vị, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- ⟦ORG|Bộ Văn hóa, Thể thao và Du lịch⟧;
- ⟦ORG|Cục Kiểm tra văn bản và Quản lý XLVP hành chính⟧ - ⟦ORG|Bộ Tư pháp⟧;
- ⟦ORG|Thường trực Tỉnh ủy⟧;
- ⟦ORG|Thường trực HĐND tỉnh⟧;
- Chủ tịch, các PCT ⟦ORG|UBND tỉnh⟧;
- ⟦ORG|Ủy ban MTTQ Việt Nam tỉnh⟧;
- ⟦ORG|Đoàn ĐBQH tỉnh⟧;
- Các sở, ban, ngành tỉnh;
- ⟦ORG|Báo và Phát thanh, truyền hình tỉnh⟧;
- UBND các xã, phường;
- V, C, HCC;
- ⟦ORG|Cổng thông tin điện tử tỉnh⟧;
=====RELATIONS=====
h1 issued_by h0
h1 issued_on h1d
n1 issued_on n1d
n1 issued_by n1o
n1 implements n1l
n2 issued_on n2d
n2 issued_by n2o
n3 issued_on n3d
n3 issued_by n3o
n4 issued_on n4d
n4 issued_by n4o
n5 issued_on n5d
n5 issued_by n5o
n6 issued_on n6d
n6 issued_by n6o
n7 issued_on n7d
n7 issued_by n7o
n8 issued_on n8d
n8 issued_by n8o
n9 issued_on n9d
n9 issued_by n9o
n10 issued_on n10d
n10 issued_by n10o
q1 issued_on q1d
q1 issued_by q1o
q2 issued_on q2d
q2 issued_by q2o
q3 issued_on q3d
q3 issued_by q3o
