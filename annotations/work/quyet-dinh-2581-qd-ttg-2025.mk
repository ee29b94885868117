doc: tnt305-tvpl__quyet-dinh-2581-qd-ttg-2025
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-2581-qd-ttg-2025.txt
span: 869 4074
=====TEXT=====
Căn cứ ⟦n1:LEGAL_REF|Nghị quyết số 10-NQ/TW⟧ ⟦n1d:DATE|ngày 10 tháng 02 năm 2022⟧ của ⟦n1o:ORG|Bộ Chính trị⟧ về định hướng chiến lược địa chất, khoáng sản và công nghiệp khai thác đến ⟦DATE|năm 2030⟧, tầm nhìn đến ⟦DATE|năm 2045⟧;
Căn cứ ⟦n2:LEGAL_REF|Nghị quyết số 88/NQ-CP⟧ ⟦n2d:DATE|ngày 22 tháng 7 năm 2022⟧ của ⟦n2o:ORG|Chính phủ⟧ về việc ban hành Chương trình hành động của ⟦ORG|Chính phủ⟧ thực hiện ⟦n3:LEGAL_REF|Nghị quyết 10-NQ/TW⟧ ⟦n3d:DATE|ngày 10 tháng 02 năm 2022⟧ của ⟦n3o:ORG|Bộ Chính trị⟧ về định hướng chiến lược địa chất, khoáng sản và công nghiệp khai khoáng đến ⟦DATE|năm 2030⟧, tầm nhìn đến ⟦DATE|năm 2045⟧;
Căn cứ ⟦n4:LEGAL_REF|Quyết định số 334/QĐ-TTg⟧ ⟦n4d:DATE|ngày 01 tháng 4 năm 2023⟧ của ⟦n4o:ORG|Thủ tướng Chính phủ⟧ phê duyệt Chiến lược địa chất, khoáng sản và công nghiệp khai khoáng đến ⟦DATE|năm 2030⟧, tầm nhìn đến ⟦DATE|năm 2045⟧;
Căn cứ ⟦n5:LEGAL_REF|Quyết định 866/QĐ-TTg⟧ ⟦n5d:DATE|ngày 18 tháng 7 năm 2023⟧ của ⟦n5o:ORG|Thủ tướng Chính phủ⟧ phê duyệt Quy hoạch thăm dò, khai thác, chế biến và sử dụng các loại khoáng sản ⟦DATE|thời kỳ 2021 - 2030⟧, tầm nhìn đến ⟦DATE|năm 2050⟧;
Theo đề nghị của Bộ trưởng ⟦n6o:ORG|Bộ Nông nghiệp và Môi trường⟧ tại các văn bản số: ⟦n6:LEGAL_REF|8004/BNNMT-ĐCKS⟧ ⟦n6d:DATE|ngày 17 tháng 10 năm 2025⟧, ⟦n7:LEGAL_REF|8008/BNNMT-ĐCKS⟧ ⟦n7d:DATE|ngày 17 tháng 10 năm 2025⟧ và ⟦n8:LEGAL_REF|8796/BNNMT-ĐCKS⟧ ⟦n8d:DATE|ngày 06 tháng 11 năm 2025⟧.

QUYẾT ĐỊNH:

Điều 1. Phê duyệt điều chỉnh quy hoạch thăm dò, khai thác, chế biến sử dụng khoáng sản tại các khu vực: ⟦k1:LOCATION|vonfram Núi Pháo⟧, ⟦k1u:ADMIN_UNIT|tỉnh Thái Nguyên⟧; ⟦k2:LOCATION|mỏ đồng Tả Phời⟧, ⟦k2u:ADMIN_UNIT|tỉnh Lào Cai⟧ và ⟦k3:LOCATION|mỏ bôxit Thọ Sơn⟧ và ⟦k4:LOCATION|Thống Nhất⟧, ⟦k3u:ADMIN_UNIT|tỉnh Đồng Nai⟧ trong Quy hoạch thăm dò, khai thác, chế biến và sử dụng các loại khoáng sản ⟦DATE|thời kỳ 2021 - 2030⟧, tầm nhìn đến ⟦DATE|năm 2050⟧ như sau:
1. Điều chỉnh danh mục các Dự án thăm dò, khai thác và Tọa độ khép góc ⟦p1:PROJECT|Dự án thăm dò, khai thác quặng vonfram⟧ trên địa bàn ⟦p1u:ADMIN_UNIT|tỉnh Thái Nguyên⟧ (khu vực ⟦p1l:LOCATION|Núi Pháo⟧ và liền kề) tại mục 3 Phụ lục II.8, mục 3 Phụ lục III.8 và mục 2 Phụ lục VI.8 kèm theo ⟦q1:LEGAL_REF|Quyết định số 866/QĐ-TTg⟧ ⟦q1d:DATE|ngày 18 tháng 7 năm 2023⟧ (Chi tiết tại Phụ lục I).
2. Điều chỉnh danh mục Dự án khai thác và Tọa độ khép góc ⟦p2:PROJECT|Dự án thăm dò, khai thác quặng đồng⟧ trên địa bàn ⟦p2u:ADMIN_UNIT|tỉnh Lào Cai⟧ (⟦p2l:LOCATION|mỏ đồng Tả Phời⟧) tại mục 1 Phụ lục III.10 và mục 1 Phụ lục VI.10 kèm theo ⟦q2:LEGAL_REF|Quyết định số 866/QĐ-TTg⟧ ⟦q2d:DATE|ngày 18 tháng 7 năm 2023⟧ (chi tiết tại Phụ lục II).
3. Điều chỉnh danh mục Dự án khai thác và ⟦p3:PROJECT|Dự án chế biến quặng bôxit⟧ trên địa bàn ⟦p3u:ADMIN_UNIT|tỉnh Bình Phước⟧ (nay là ⟦p3v:ADMIN_UNIT|tỉnh Đồng Nai⟧) tại mục 3 Phụ lục III.1 và mục 3 Phụ lục IV.1 kèm theo ⟦q3:LEGAL_REF|Quyết định số 866/QĐ-TTg⟧ ⟦q3d:DATE|ngày 18 tháng 7 năm 2023⟧ (chi tiết tại Phụ lục III).
Điều 2. ⟦ORG|Bộ Nông nghiệp và Môi trường⟧, ⟦ORG|Bộ Công Thương⟧ và Ủy ban nhân dân các tỉnh: ⟦ADMIN_UNIT|Lào Cai⟧, ⟦ADMIN_UNIT|Đồng Nai⟧ và ⟦ADMIN_UNIT|Thái Nguyên⟧ chịu trách nhiệm toàn diện trước ⟦ORG|Thủ tướng Chính phủ⟧ về tính chính xác của thông tin, số liệu báo cáo. ⟦ORG|Bộ Nông nghiệp và Môi trường⟧ phối hợp với các bộ, ngành liên quan thực hiện cấp phép hoạt động khoáng sản đối với khu vực khoáng sản quy định tại Điều 1 của Quyết định này và theo quy định của pháp luật.
Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc ⟦ORG|Chính phủ⟧, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Quyết định này.

Nơi nhận:
- ⟦ORG|Ban Bí thư Trung ương Đảng⟧;
- Thủ tướng, các Phó Thủ tướng ⟦ORG|Chính phủ⟧;
- Các bộ, cơ quan ngang bộ, cơ quan thuộc ⟦ORG|Chính phủ⟧;
- HĐND, UBND các tỉnh, thành phố trực thuộc trung ương;
- ⟦ORG|Văn phòng Trung ương⟧ và các Ban của Đảng;
=====RELATIONS=====
n1 issued_on n1d
n1 issued_by n1o
n2 issued_on n2d
n2 issued_by n2o
n3 issued_on n3d
n3 issued_by n3o
n2 implements n3
n4 issued_on n4d
n4 issued_by n4o
n5 issued_on n5d
n5 issued_by n5o
n6 issued_by n6o
n6 issued_on n6d
n7 issued_by n6o
n7 issued_on n7d
n8 issued_by n6o
n8 issued_on n8d
k1 located_in k1u
k2 located_in k2u
k3 located_in k3u
k4 located_in k3u
p1 located_in p1u
p1l located_in p1u
q1 issued_on q1d
p2 located_in p2u
p2l located_in p2u
q2 issued_on q2d
p3 located_in p3u
p3 located_in p3v
q3 issued_on q3d
