doc: tnt305-tvpl__quyet-dinh-223-2025-qd-ubnd-hai-phong
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-223-2025-qd-ubnd-hai-phong.txt
span: 769 4159
=====TEXT=====
Căn cứ ⟦q1:LEGAL_REF|Luật Xây dựng số 50/2014/QH13⟧ ⟦d1:DATE|ngày 18 tháng 6 năm 2014⟧; ⟦q2:LEGAL_REF|Luật Sửa đổi, bổ sung một số điều của Luật Xây dựng số 62/2020/QH14⟧ ⟦d2:DATE|ngày 17 tháng 6 năm 2020⟧;

Căn cứ ⟦q3:LEGAL_REF|Luật Quy hoạch số 21/2017/QH12⟧ ⟦d3:DATE|ngày 24 tháng 11 năm 2017⟧;

Căn cứ ⟦q4:LEGAL_REF|Luật Quy hoạch đô thị và nông thôn số 47/2024/QH15⟧ ⟦d4:DATE|ngày 26 tháng 11 năm 2024⟧;

Căn cứ ⟦q5:LEGAL_REF|Luật Bảo vệ môi trường số 72/2022/QH14⟧ ⟦d5:DATE|ngày 17 tháng 11 năm 2020⟧;

Căn cứ ⟦q6:LEGAL_REF|Luật Tài nguyên nước số 28/2023/QH15⟧ ⟦d6:DATE|ngày 27 tháng 11 năm 2023⟧;

Căn cứ ⟦q7:LEGAL_REF|Nghị định số 140/2025/NĐ-CP⟧ ⟦d7:DATE|ngày 12 tháng 6 năm 2025⟧ của ⟦o7:ORG|Chính phủ⟧ quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của ⟦ORG|Bộ Xây dựng⟧;

Căn cứ ⟦q8:LEGAL_REF|Nghị định số 80/2014/NĐ-CP⟧ ⟦d8:DATE|ngày 06 tháng 8 năm 2014⟧ của ⟦o8:ORG|Chính phủ⟧ về thoát nước và xử lý nước thải;

Căn cứ ⟦q9:LEGAL_REF|Nghị định số 98/2019/NĐ-CP⟧ ⟦d9:DATE|ngày 27 tháng 12 năm 2019⟧ của ⟦o9:ORG|Chính phủ⟧ sửa đổi, bổ sung một số điều của các Nghị định thuộc lĩnh vực hạ tầng kỹ thuật;

Căn cứ ⟦q10:LEGAL_REF|Nghị định số 08/2022/NĐ-CP⟧ ⟦d10:DATE|ngày 10 tháng 01 năm 2022⟧ của ⟦o10:ORG|Chính phủ⟧ quy định chi tiết một số điều của ⟦l10:LEGAL_REF|Luật Bảo vệ môi trường⟧;

Căn cứ ⟦q11:LEGAL_REF|Nghị định số 05/2025/NĐ-CP⟧ ⟦d11:DATE|ngày 06 tháng 01 năm 2025⟧ của ⟦o11:ORG|Chính phủ⟧ sửa đổi, bổ sung một số điều của ⟦q12:LEGAL_REF|Nghị định số 08/2022/NĐ-CP⟧ ⟦d12:DATE|ngày 10 tháng 01 năm 2022⟧ của ⟦o12:ORG|Chính phủ⟧ quy định chi tiết một số điều của ⟦l12:LEGAL_REF|Luật Bảo vệ môi trường⟧;

Căn cứ ⟦q13:LEGAL_REF|Thông tư số 04/2015/TT-BXD⟧ ⟦d13:DATE|ngày 03/4/2015⟧ của Bộ trưởng ⟦o13:ORG|Bộ Xây dựng⟧ về hướng dẫn thi hành một số điều của ⟦q14:LEGAL_REF|Nghị định số 80/2014/NĐ-CP⟧ ⟦d14:DATE|ngày 06/8/2014⟧ của ⟦o14:ORG|Chính phủ⟧ về thoát nước và xử lý nước thải;

Căn cứ ⟦q15:LEGAL_REF|Thông tư số 13/2018/TT-BXD⟧ ⟦d15:DATE|ngày 27/12/2018⟧ của Bộ trưởng ⟦o15:ORG|Bộ Xây dựng⟧ về hướng dẫn phương pháp định giá dịch vụ thoát nước;

Căn cứ ⟦q16:LEGAL_REF|Thông tư số 15/2021/TT-BXD⟧ ⟦d16:DATE|ngày 15/12/2021⟧ của Bộ trưởng ⟦o16:ORG|Bộ Xây dựng⟧ về hướng dẫn về công trình hạ tầng kỹ thuật thu gom, thoát nước thải đô thị, khu dân cư tập trung;

Theo đề nghị của Giám đốc ⟦o17:ORG|Sở Xây dựng⟧ tại ⟦q17:LEGAL_REF|Tờ trình số 356/TTr-SXD⟧ ⟦d17:DATE|ngày 18 tháng 11 năm 2025⟧;

⟦ORG|Ủy ban nhân dân thành phố⟧ ban hành Quyết định ban hành Quy định quản lý hoạt động thoát nước và xử lý nước thải đô thị, khu dân cư nông thôn tập trung và khu công nghiệp; quản lý, phân loại, thu gom, vận chuyển và xử lý bùn thải từ hầm cầu, bể phốt, bùn thải từ hệ thống thoát nước trên địa bàn ⟦ADMIN_UNIT|thành phố Hải Phòng⟧.

Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý hoạt động thoát nước và xử lý nước thải đô thị, khu dân cư nông thôn tập trung và khu công nghiệp; quản lý, phân loại, thu gom, vận chuyển và xử lý bùn thải từ hầm cầu, bể phốt, bùn thải từ hệ thống thoát nước trên địa bàn ⟦ADMIN_UNIT|thành phố Hải Phòng⟧.

Điều 2. Hiệu lực thi hành

1. Quyết định này có hiệu lực kể từ ⟦DATE|ngày 12 tháng 12 năm 2025⟧ và thay thế các Quyết định: ⟦q18:LEGAL_REF|số 23/2016/QĐ-UBND⟧ ⟦d18:DATE|ngày 05/8/2016⟧ của ⟦o18:ORG|Ủy ban nhân dân tỉnh Hải Dương⟧ ban hành Quy định về Quản lý hoạt động thoát nước và xử lý nước thải trên địa bàn ⟦ADMIN_UNIT|tỉnh Hải Dương⟧; ⟦q19:LEGAL_REF|số 21/2023/QĐ-UBND⟧ ⟦d19:DATE|ngày 23/6/2023⟧ của ⟦o19:ORG|Ủy ban nhân dân tỉnh Hải Dương⟧ sửa đổi, bổ sung một số điều của quy định quản lý hoạt động thoát nước và xử lý nước thải trên địa bàn ⟦ADMIN_UNIT|tỉnh Hải Dương⟧ ban hành kèm theo ⟦q20:LEGAL_REF|Quyết định số 23/2016/QĐ-UBND⟧ ⟦d20:DATE|ngày 05 tháng 8 năm 2016⟧; ⟦q21:LEGAL_REF|số 48/2023/QĐ-UBND⟧ ⟦d21:DATE|ngày 08/12/2023⟧ của ⟦o21:ORG|Ủy ban nhân dân thành phố Hải Phòng⟧ ban hành quy định quản lý hoạt động thoát nước và xử lý nước thải đô thị, khu dân cư nông thôn tập trung và khu công nghiệp; quản lý, phân loại, thu gom, vận chuyển và xử lý bùn thải từ hầm cầu, bể phốt, bùn thải từ hệ thống thoát nước trên địa bàn ⟦ADMIN_UNIT|thành phố Hải Phòng⟧.
=====RELATIONS=====
q1 issued_on d1
q2 issued_on d2
q3 issued_on d3
q4 issued_on d4
q5 issued_on d5
q6 issued_on d6
q7 issued_on d7
q7 issued_by o7
q8 issued_on d8
q8 issued_by o8
q9 issued_on d9
q9 issued_by o9
q10 issued_on d10
q10 issued_by o10
q10 implements l10
q11 issued_on d11
q11 issued_by o11
q12 issued_on d12
q12 issued_by o12
q12 implements l12
q13 issued_on d13
q13 issued_by o13
q13 implements q14
q14 issued_on d14
q14 issued_by o14
q15 issued_on d15
q15 issued_by o15
q16 issued_on d16
q16 issued_by o16
q17 issued_by o17
q17 issued_on d17
q18 issued_on d18
q18 issued_by o18
q19 issued_on d19
q19 issued_by o19
q20 issued_on d20
q21 issued_on d21
q21 issued_by o21
