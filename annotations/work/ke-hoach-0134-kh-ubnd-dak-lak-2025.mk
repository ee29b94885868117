doc: tnt305-tvpl__ke-hoach-0134-kh-ubnd-dak-lak-2025
source: ../shared/corpus/raw/tnt305-tvpl__ke-hoach-0134-kh-ubnd-dak-lak-2025.txt
span: 498 3697
=====TEXT=====
Căn cứ ⟦a1:LEGAL_REF|Nghị định số 05/2025/NĐ-CP⟧ ⟦a1d:DATE|ngày 06/01/2025⟧ của ⟦a1o:ORG|Chính phủ⟧ về sửa đổi, bổ sung một số điều của ⟦a2:LEGAL_REF|Nghị định số 08/2022/NĐ-CP⟧ ⟦a2d:DATE|ngày 10/01/2022⟧ của ⟦a2o:ORG|Chính phủ⟧ về quy định chi tiết một số điều của ⟦a3:LEGAL_REF|Luật Bảo vệ môi trường⟧;

Căn cứ ⟦b1:LEGAL_REF|Quyết định số 1746/QĐ-TTg⟧ ⟦b1d:DATE|ngày 30/12/2023⟧ của ⟦b1o:ORG|Thủ tưởng Chính phủ⟧ về việc phê duyệt Quy hoạch ⟦ADMIN_UNIT|tỉnh Phú Yên⟧ (cũ) ⟦DATE|thời kỳ 2021 - 2030⟧, tầm nhìn đến ⟦DATE|năm 2050⟧; ⟦b2:LEGAL_REF|Quyết định số 1747/QĐ-TTg⟧ ⟦b2d:DATE|ngày 30/12/2023⟧ của ⟦b2o:ORG|Thủ tưởng Chính phủ⟧ về việc phê duyệt Quy hoạch ⟦ADMIN_UNIT|tỉnh Đắk Lắk⟧ (cũ) ⟦DATE|thời kỳ 2021 - 2030⟧, tầm nhìn đến ⟦DATE|năm 2050⟧.

Căn cứ ⟦c1:LEGAL_REF|Thông tư số 32/2014/TT-BNNPTNT⟧ ⟦c1d:DATE|ngày 10/9/2014⟧ của ⟦c1o:ORG|Bộ Nông nghiệp và PTNT⟧ (nay là ⟦ORG|Bộ Nông nghiệp và Môi trường⟧) về quy định hoạt động quan trắc, cảnh báo môi trường ngành nông nghiệp và phát triển nông thôn;

Căn cứ ⟦c2:LEGAL_REF|Thông tư số 04/2016/TT-BNNPTNT⟧ ⟦c2d:DATE|ngày 10/5/2016⟧ của ⟦c2o:ORG|Bộ Nông nghiệp và PTNT⟧ (nay là ⟦ORG|Bộ Nông nghiệp và Môi trường⟧) về quy định về phòng, chống dịch bệnh động vật thủy sản;

Căn cứ ⟦c3:LEGAL_REF|Thông tư số 12/2024/TT-BNNPTNT⟧ ⟦c3d:DATE|ngày 24/10/2024⟧ của ⟦c3o:ORG|Bộ Nông nghiệp và PTNT⟧ (nay là ⟦ORG|Bộ Nông nghiệp và Môi trường⟧) về sửa đổi, bổ sung một số điều của ⟦c4:LEGAL_REF|Thông tư số 04/2016/TT-BNNPTNT⟧ ⟦c4d:DATE|ngày 10/5/2016⟧ của Bộ trưởng ⟦c4o:ORG|Bộ Nông nghiệp và PTNT⟧ (nay là ⟦ORG|Bộ Nông nghiệp và Môi trường⟧) Quy định về phòng, chống dịch bệnh động vật thủy sản;

Căn cứ ⟦c5:LEGAL_REF|Thông tư số 10/2021/TT-BTNMT⟧ ⟦c5d:DATE|ngày 30/6/2021⟧ của ⟦c5o:ORG|Bộ Tài nguyên Môi trường⟧ (nay là ⟦ORG|Bộ Nông nghiệp và Môi trường⟧) về quy định kỹ thuật quan trắc môi trường và quản lý thông tin, dữ liệu quan trắc chất lượng môi trường;

Căn cứ ⟦c6:LEGAL_REF|Quyết định số 4255/QĐ-BNN-KHCN⟧ ⟦c6d:DATE|ngày 04/12/2024⟧ của ⟦c6o:ORG|Bộ Nông nghiệp và PTNT⟧ (nay là ⟦ORG|Bộ Nông nghiệp và Môi trường⟧) về việc phê duyệt Chương trình “Quan trắc môi trường phục vụ quản lý ngành Nông nghiệp và Phát triển nông thôn đến ⟦DATE|năm 2040⟧”;

Căn cứ ⟦c7:LEGAL_REF|Quyết định số 513/QĐ-TCTS-NTTS⟧ ⟦c7d:DATE|ngày 28/12/2021⟧ của ⟦c7o:ORG|Tổng cục Thủy sản⟧ (nay ⟦ORG|Cục Thủy sản và Kiểm ngư⟧) về việc phê duyệt hướng dẫn quan trắc, cảnh báo và giám sát môi trường trong nuôi trồng thủy sản ⟦DATE|giai đoạn 2021- 2025⟧;

Căn cứ ⟦d1:LEGAL_REF|Quyết định số 1529/QĐ-UBND⟧ ⟦d1d:DATE|ngày 27/10/2021⟧ của ⟦d1o:ORG|UBND tỉnh⟧ về phê duyệt kế hoạch hành động thực hiện ⟦d2:LEGAL_REF|Quyết định số 339/QĐ-TTg⟧ ⟦d2d:DATE|ngày 11/3/2021⟧ của ⟦d2o:ORG|Thủ tướng Chính phủ⟧ về phê duyệt chiến lược phát triển thủy sản ⟦LOCATION|Việt Nam⟧ đến ⟦DATE|năm 2030⟧, tầm nhìn đến ⟦DATE|năm 2045⟧;

Căn cứ ⟦f1:LEGAL_REF|Quyết định số 01348/QĐ-UBND⟧ ⟦f1d:DATE|ngày 18/09/2025⟧ của ⟦f1o:ORG|UBND tỉnh⟧ về việc áp dụng và bãi bỏ các văn bản quy phạm pháp luật trong lĩnh vực nông nghiệp và môi trường do ⟦ORG|Ủy ban nhân dân tỉnh Đắk Lắk⟧ (cũ) và ⟦ORG|Ủy ban nhân dân tỉnh Phú Yên⟧ (cũ) ban hành trước sắp xếp tỉnh; ⟦f2:LEGAL_REF|Quyết định số 66/2018/QĐ- UBND⟧ ⟦f2d:DATE|ngày 28/12/2018⟧ của ⟦f2o:ORG|UBND tỉnh Phú Yên⟧ (cũ) về việc Ban hành Quy định đơn giá Quan trắc và phân tích môi trường trên địa bàn ⟦ADMIN_UNIT|tỉnh Phú Yên⟧ (cũ);

Căn cứ ⟦g1:LEGAL_REF|Quyết định số 323/QĐ-UBND⟧ ⟦g1d:DATE|ngày 08/2/2021⟧ của ⟦g1o:ORG|UBND tỉnh⟧ về việc phê duyệt Đề án phát triển nuôi trồng thủy sản ⟦DATE|giai đoạn 2021 - 2025⟧, định hướng đến ⟦DATE|năm 2030⟧;

Căn cứ ⟦g2:LEGAL_REF|Quyết định số 190/QĐ-UBND⟧ ⟦g2d:DATE|ngày 14/02/2025⟧ của ⟦g2o:ORG|UBND tỉnh⟧ về việc phê duyệt Đề án tổng thể phát triển ngành nuôi trồng thủy sản trên địa bàn tỉnh ⟦DATE|giai đoạn 2021-2025⟧, tầm nhìn đến ⟦DATE|năm 2030⟧;

Căn cứ ⟦g3:LEGAL_REF|Kế hoạch số 18/KH-UBND⟧ ⟦g3d:DATE|ngày 13/02/2023⟧ của ⟦g3o:ORG|UBND tỉnh⟧ về việc ban hành Kế hoạch Bảo vệ môi trường trong hoạt động thủy sản ⟦DATE|giai đoạn 2023 - 2030⟧ trên địa bàn ⟦ADMIN_UNIT|tỉnh Đắk Lắk⟧;
=====RELATIONS=====
a1 issued_on a1d
a1 issued_by a1o
a2 issued_on a2d
a2 issued_by a2o
a2 implements a3
b1 issued_on b1d
b1 issued_by b1o
b2 issued_on b2d
b2 issued_by b2o
c1 issued_on c1d
c1 issued_by c1o
c2 issued_on c2d
c2 issued_by c2o
c3 issued_on c3d
c3 issued_by c3o
c4 issued_on c4d
c4 issued_by c4o
c5 issued_on c5d
c5 issued_by c5o
c6 issued_on c6d
c6 issued_by c6o
c7 issued_on c7d
c7 issued_by c7o
d1 issued_on d1d
d1 issued_by d1o
d2 issued_on d2d
d2 issued_by d2o
d1 implements d2
f1 issued_on f1d
f1 issued_by f1o
f2 issued_on f2d
f2 issued_by f2o
g1 issued_on g1d
g1 issued_by g1o
g2 issued_on g2d
g2 issued_by g2o
g3 issued_on g3d
g3 issued_by g3o
