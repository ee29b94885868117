doc: tnt305-tvpl__quyet-dinh-44-2025-qd-ubnd-quang-ngai
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-44-2025-qd-ubnd-quang-ngai.txt
span: 7899 11111
=====TEXT=====
Điều 5. Điều khoản thi hành

1. Quyết định này có hiệu lực thi hành kể từ ⟦DATE|ngày 05 tháng 12 năm 2025⟧.

2. Các Quyết định sau hết hiệu lực thi hành kể từ ngày Quyết định này có hiệu lực:

a) ⟦a1:LEGAL_REF|Quyết định số 09/2019/QĐ-UBND⟧ ⟦a1d:DATE|ngày 28/5/2019⟧ của ⟦a1o:ORG|Ủy ban nhân dân tỉnh Kon Tum⟧ về việc ban hành tiêu chuẩn, định mức sử dụng máy móc, thiết bị chuyên dùng của các cơ quan, tổ chức, đơn vị thuộc phạm vi quản lý của ⟦ADMIN_UNIT|tỉnh Kon Tum⟧;

b) ⟦b1:LEGAL_REF|Quyết định số 06/2020/QĐ-UBND⟧ ⟦b1d:DATE|ngày 13/02/2020⟧ của ⟦b1o:ORG|Ủy ban nhân dân tỉnh Kon Tum⟧ bổ sung tiêu chuẩn, định mức sử dụng máy móc, thiết bị chuyên dùng quy định tại ⟦b2:LEGAL_REF|Quyết định 09/2019/QĐ-UBND⟧ ⟦b2d:DATE|ngày 28 tháng 5 năm 2019⟧ của ⟦b2o:ORG|Ủy ban nhân dân tỉnh⟧;

c) ⟦c1:LEGAL_REF|Quyết định số 42/2020/QĐ-UBND⟧ ⟦c1d:DATE|ngày 21/12/2020⟧ của ⟦c1o:ORG|Ủy ban nhân dân tỉnh Kon Tum⟧ bổ sung tiêu chuẩn, định mức sử dụng máy móc, thiết bị chuyên dùng quy định tại ⟦c2:LEGAL_REF|Quyết định số 09/2019/QĐ-UBND⟧ ⟦c2d:DATE|ngày 28 tháng 5 năm 2019⟧ và ⟦c3:LEGAL_REF|quyết định số 06/2020/QĐ-UBND⟧ ⟦c3d:DATE|ngày 13 tháng 02 năm 2020⟧ của ⟦c3o:ORG|Ủy ban nhân dân tỉnh⟧;

d) ⟦d1:LEGAL_REF|Quyết định số 02/2021/QĐ-UBND⟧ ⟦d1d:DATE|ngày 28/01/2021⟧ của ⟦d1o:ORG|Ủy ban nhân dân tỉnh Kon Tum⟧ về việc ban hành tiêu chuẩn, định mức sử dụng máy móc, thiết bị chuyên dùng thuộc lĩnh vực giáo dục và đào tạo của ⟦ADMIN_UNIT|tỉnh Kon Tum⟧;

đ) ⟦f1:LEGAL_REF|Quyết định số 31/2022/QĐ-UBND⟧ ⟦f1d:DATE|ngày 30/8/2022⟧ của ⟦f1o:ORG|Ủy ban nhân dân tỉnh Kon Tum⟧ bổ sung tiêu chuẩn, định mức sử dụng máy móc, thiết bị chuyên dùng quy định tại ⟦f2:LEGAL_REF|Quyết định số 09/2019/QĐ-UBND⟧ ⟦f2d:DATE|ngày 28 tháng 5 năm 2019⟧, ⟦f3:LEGAL_REF|Quyết định số 06/2020/QĐ-UBND⟧ ⟦f3d:DATE|ngày 13 tháng 02 năm 2020⟧ và ⟦f4:LEGAL_REF|Quyết định số 42/2020/QĐ-UBND⟧ ⟦f4d:DATE|ngày 21 tháng 12 năm 2020⟧ của ⟦f4o:ORG|Ủy ban nhân dân tỉnh Kon Tum⟧;

e) ⟦g1:LEGAL_REF|Quyết định số 60/2023/QĐ-UBND⟧ ⟦g1d:DATE|ngày 09/11/2023⟧ của ⟦g1o:ORG|Ủy ban nhân dân tỉnh Kon Tum⟧ ban hành tiêu chuẩn, định mức sử dụng máy móc, thiết bị chuyên dùng thuộc lĩnh vực y tế của ⟦ADMIN_UNIT|tỉnh Kon Tum⟧;

g) ⟦h1:LEGAL_REF|Quyết định số 29/2024/QĐ-UBND⟧ ⟦h1d:DATE|ngày 31/5/2024⟧ của ⟦h1o:ORG|Ủy ban nhân dân tỉnh Kon Tum⟧ Ban hành tiêu chuẩn, định mức sử dụng máy móc, thiết bị chuyên dùng thuộc lĩnh vực giáo dục và đào tạo áp dụng cho ⟦ORG|Trường Cao đẳng Kon Tum⟧;

h) ⟦i1:LEGAL_REF|Quyết định số 76/2024/QĐ-UBND⟧ ⟦i1d:DATE|ngày 10/12/2024⟧ của ⟦i1o:ORG|Ủy ban nhân dân tỉnh Kon Tum⟧ sửa đổi, bổ sung tiêu chuẩn, định mức sử dụng máy móc, thiết bị chuyên dùng của các cơ quan, tổ chức, đơn vị thuộc phạm vi quản lý của ⟦ADMIN_UNIT|tỉnh Kon Tum⟧ quy định tại điều 1 của ⟦i2:LEGAL_REF|Quyết định số 09/2019/QĐ-UBND⟧ ⟦i2d:DATE|ngày 28 tháng 5 năm 2019⟧ của ⟦i2o:ORG|Ủy ban nhân dân tỉnh Kon Tum⟧ (đã được sửa đổi, bổ sung);

3. Trường hợp các văn bản quy phạm pháp luật viện dẫn tại Quyết định này được sửa đổi, bổ sung hoặc thay thế bằng văn bản quy phạm pháp luật khác thì thực hiện theo quy định tại văn bản sửa đổi, bổ sung hoặc thay thế đó.

Điều 6. Tổ chức thực hiện

Chánh ⟦ORG|Văn phòng Ủy ban nhân dân tỉnh⟧; Thủ trưởng các sở, ban ngành tỉnh; Chủ tịch Ủy ban nhân dân xã, phường, đặc khu và Thủ trưởng các cơ quan, tổ chức có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 6;
- ⟦ORG|Thường trực Tỉnh ủy⟧;
- ⟦ORG|Thường trực HĐND tỉnh⟧;
- Chủ tịch, PCT ⟦ORG|UBND tỉnh⟧;
- ⟦ORG|Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính⟧, ⟦ORG|Bộ Tư pháp⟧;
- ⟦ORG|Vụ pháp chế⟧, ⟦ORG|Bộ Tài chính⟧;
- ⟦ORG|Ủy ban MTTQVN tỉnh⟧;
- ⟦ORG|Văn phòng Đoàn ĐBQH và HĐND tỉnh⟧;
- ⟦ORG|Báo và Phát thanh, Truyền hình Quảng Ngãi⟧;
- ⟦ORG|VPUB⟧: PCVP, các P.Ch/môn;
- ⟦ORG|Cổng TTĐT tỉnh⟧;
- Lưu VT, KTTHTVB.

TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH
⟦PERSON|Nguyễn Ngọc Sâm⟧
=====RELATIONS=====
a1 issued_on a1d
a1 issued_by a1o
b1 issued_on b1d
b1 issued_by b1o
c1 issued_on c1d
c1 issued_by c1o
d1 issued_on d1d
d1 issued_by d1o
f1 issued_on f1d
f1 issued_by f1o
g1 issued_on g1d
g1 issued_by g1o
h1 issued_on h1d
h1 issued_by h1o
i1 issued_on i1d
i1 issued_by i1o
b2 issued_on b2d
b2 issued_by b2o
c2 issued_on c2d
c2 issued_by c3o
c3 issued_on c3d
c3 issued_by c3o
f2 issued_on f2d
f2 issued_by f4o
f3 issued_on f3d
f3 issued_by f4o
f4 issued_on f4d
f4 issued_by f4o
i2 issued_on i2d
i2 issued_by i2o
