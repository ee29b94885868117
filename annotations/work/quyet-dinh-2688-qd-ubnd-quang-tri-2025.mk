doc: tnt305-tvpl__quyet-dinh-2688-qd-ubnd-quang-tri-2025
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-2688-qd-ubnd-quang-tri-2025.txt
span: 0 4549
=====TEXT=====
⟦h0:ORG|ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ⟧
------- | ⟦LOCATION|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM⟧
Độc lập - Tự do - Hạnh phúc
---------------

Số: ⟦h1:LEGAL_REF|2688/QĐ-UBND⟧ | ⟦ADMIN_UNIT|Quảng Trị⟧, ⟦h1d:DATE|ngày 18 tháng 11 năm 2025⟧

QUYẾT ĐỊNH

VỀ VIỆC BÃI BỎ CÁC VĂN BẢN QUY PHẠM PHÁP LUẬT DO ⟦ORG|UBND TỈNH QUẢNG BÌNH⟧, ⟦ORG|UBND TỈNH QUẢNG TRỊ⟧ (CŨ) BAN HÀNH TRONG LĨNH VỰC XÂY DỰNG ⟦ORG|ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ⟧
Căn cứ ⟦n1:LEGAL_REF|Luật Tổ chức chính quyền địa phương⟧ ⟦n1d:DATE|ngày 16 tháng 6 năm 2025⟧;
Căn cứ ⟦n2:LEGAL_REF|Luật Ban hành văn bản quy phạm pháp luật⟧ ⟦n2d:DATE|ngày 19 tháng 02 năm 2025⟧ và ⟦n3:LEGAL_REF|Luật Sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật⟧ ⟦n3d:DATE|ngày 25 tháng 6 năm 2025⟧;
Căn cứ ⟦n4:LEGAL_REF|Nghị định số 78/2025/NĐ-CP⟧ ⟦n4d:DATE|ngày 01 tháng 4 năm 2025⟧ của ⟦n4o:ORG|Chính phủ⟧ quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành ⟦n4l:LEGAL_REF|Luật Ban hành văn bản quy phạm pháp luật⟧;
Căn cứ ⟦n5:LEGAL_REF|Nghị định số 187/2025/NĐ-CP⟧ ⟦n5d:DATE|ngày 01 tháng 7 năm 2025⟧ của ⟦n5o:ORG|Chính phủ⟧ sửa đổi, bổ sung một số điều của ⟦n6:LEGAL_REF|Nghị định số 78/2025/NĐ-CP⟧ ⟦n6d:DATE|ngày 01/4/2025⟧ của ⟦n6o:ORG|Chính phủ⟧ quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành ⟦n6l:LEGAL_REF|luật ban hành văn bản quy phạm pháp luật⟧ và ⟦n7:LEGAL_REF|Nghị định số 79/2025/NĐ-CP⟧ ⟦n7d:DATE|ngày 01 tháng 4 năm 2025⟧ của ⟦n7o:ORG|Chính phủ⟧ về kiểm tra, rà soát, hệ thống hóa và xử lý văn bản quy phạm pháp luật;
Theo đề nghị của Giám đốc ⟦n8o:ORG|Sở Xây dựng⟧ tại ⟦n8:LEGAL_REF|Công văn số 2406/SXD-VP⟧ ⟦n8d:DATE|ngày 23 tháng 9 năm 2025⟧.

QUYẾT ĐỊNH:

Điều 1. Bãi bỏ các văn bản quy phạm pháp luật do ⟦ORG|UBND tỉnh Quảng Bình⟧, ⟦ORG|UBND tỉnh Quảng Trị⟧ (cũ) ban hành trong lĩnh vực xây dựng, cụ thể như sau:
1. ⟦q1:LEGAL_REF|Quyết định 90/2004/QĐ-UB⟧ ⟦q1d:DATE|ngày 16/12/2004⟧ của ⟦q1o:ORG|UBND tỉnh Quảng Bình⟧ Ban hành điều lệ quản lý xây dựng theo quy hoạch chi tiết khu đất ở Nam ⟦l1:LOCATION|đường Trần Hưng Đạo⟧, ⟦u1:ADMIN_UNIT|phường Nam Lý⟧ - ⟦u2:ADMIN_UNIT|Đồng Hới⟧ - ⟦u3:ADMIN_UNIT|Quảng Bình⟧;
2. ⟦q2:LEGAL_REF|Quyết định số 02/2007/QĐ-UBND⟧ ⟦q2d:DATE|ngày 31/01/2007⟧ của ⟦q2o:ORG|UBND tỉnh Quảng Bình⟧ ban hành Quy định đánh số và gắn biển số nhà;
3. ⟦q3:LEGAL_REF|Quyết định 07/2014/QĐ-UBND⟧ ⟦q3d:DATE|ngày 25/01/2014⟧ của ⟦q3o:ORG|UBND tỉnh Quảng Trị⟧ (cũ) Ban hành Quy chế quản lý quy hoạch, kiến trúc đô thị ⟦ADMIN_UNIT|thành phố Đông Hà⟧;
4. ⟦q4:LEGAL_REF|Quyết định 41/2014/QĐ-UBND⟧ ⟦q4d:DATE|ngày 27/10/2014⟧ của ⟦q4o:ORG|UBND tỉnh Quảng Trị⟧ (cũ) Quy định về việc cấp giấy phép quy hoạch trên địa bàn ⟦ADMIN_UNIT|tỉnh Quảng Trị⟧;
5. ⟦q5:LEGAL_REF|Quyết định 04/2016/QĐ-UBND⟧ ⟦q5d:DATE|ngày 25/02/2016⟧ của ⟦q5o:ORG|UBND tỉnh Quảng Trị⟧ Quy định về quản lý việc sử dụng tạm thời một phần hè phố không vào mục đích giao thông trên địa bàn ⟦ADMIN_UNIT|thành phố Đông Hà⟧;
6. ⟦q6:LEGAL_REF|Quyết định số 31/2016/QĐ-UBND⟧ ⟦q6d:DATE|ngày 01/8/2016⟧ của ⟦q6o:ORG|UBND tỉnh Quảng Trị⟧ (cũ) Quy định cước vận tải hàng hóa bằng phương tiện ô tô, phương tiện xe thô sơ và sức người trên địa bàn ⟦ADMIN_UNIT|tỉnh Quảng Trị⟧;
7. ⟦q7:LEGAL_REF|Quyết định 04/2017/QĐ-UBND⟧ ⟦q7d:DATE|ngày 28/3/2017⟧ của ⟦q7o:ORG|UBND tỉnh Quảng Trị⟧ (cũ) Ban hành Quy chế quy hoạch, kiến trúc đô thị ⟦u4:ADMIN_UNIT|thị xã Quảng Trị⟧, ⟦u5:ADMIN_UNIT|tỉnh Quảng Trị⟧;
8. ⟦q8:LEGAL_REF|Quyết định số 07/2017/QĐ-UBND⟧ ⟦q8d:DATE|ngày 09/5/2017⟧ của ⟦q8o:ORG|UBND tỉnh Quảng Trị⟧ (cũ) Ban hành Quy định về quản lý vật liệu xây dựng trên địa bàn ⟦ADMIN_UNIT|tỉnh Quảng Trị⟧;
9. ⟦q9:LEGAL_REF|Quyết định 38/2017/QĐ-UBND⟧ ⟦q9d:DATE|ngày 25/12/2017⟧ của ⟦q9o:ORG|UBND tỉnh Quảng Trị⟧ (cũ) Quy định về quản lý cầu phao dân sinh ngang sông và nhà hàng nổi dạng bè kinh doanh dịch vụ ăn uống trên địa bàn ⟦ADMIN_UNIT|tỉnh Quảng Trị⟧;
10. ⟦q10:LEGAL_REF|Quyết định số 35/2018/QĐ-UBND⟧ ⟦q10d:DATE|ngày 20/12/2018⟧ của ⟦q10o:ORG|UBND tỉnh Quảng Trị⟧ (cũ) Phê duyệt điều chỉnh, bổ sung Quy hoạch thăm dò, khai thác, sử dụng khoáng sản ⟦ADMIN_UNIT|tỉnh Quảng Bình⟧ ⟦DATE|giai đoạn 2016-2020⟧, tầm nhìn đến ⟦DATE|năm 2025⟧;
11. ⟦q11:LEGAL_REF|Quyết định số 19/2020/QĐ-UBND⟧ ⟦q11d:DATE|ngày 23/10/2020⟧ của ⟦q11o:ORG|UBND tỉnh Quảng Bình⟧ Ban hành Quy định quản lý hoạt động của xe ô tô vận tải trung chuyển hành khách trên địa bàn ⟦ADMIN_UNIT|tỉnh Quảng Bình⟧;
12. ⟦q12:LEGAL_REF|Quyết định số 32/2022/QĐ-UBND⟧ ⟦q12d:DATE|ngày 16/11/2022⟧ của ⟦q12o:ORG|UBND tỉnh Quảng Trị⟧ (cũ) Quy định về chi phí hỗ trợ chuẩn bị đầu tư, quản lý dự án đối với các dự án được áp dụng cơ chế đặc thù thuộc các Chương trình mục tiêu quốc gia trên địa bàn ⟦ADMIN_UNIT|tỉnh Quảng Trị⟧, ⟦DATE|giai đoạn 2021 - 2025⟧;
13. ⟦q13:LEGAL_REF|Quyết định số 33/2022/QĐ-UBND⟧ ⟦q13d:DATE|ngày 22/11/2022⟧ của ⟦q13o:ORG|UBND tỉnh Quảng Trị⟧ (cũ) Quy định về hình thức đào tạo, nội dung và phương án tổ chức sát hạch để cấp giấy phép lái xe mô tô hai bánh hạng A1 đối với đồng bào dân tộc thiểu số không biết đọc, viết tiếng Việt trên địa bàn ⟦ADMIN_UNIT|tỉnh Quảng Trị⟧;
14. ⟦q14:LEGAL_REF|Quyết định số 55/2022/QĐ-UBND⟧ ⟦q14d:DATE|ngày 01/12/2022⟧ của ⟦q14o:ORG|UBND tỉnh Quảng Bình⟧ quy định chi phí hỗ trợ chuẩn bị đầu tư, quản lý dự án đối với dự án đầu tư xây dựng quy mô nhỏ, kỹ thuật không phức tạp thuộc các chương trình mục tiêu quốc gia.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.
Điều 3. Chánh ⟦ORG|Văn phòng Ủy ban nhân dân tỉnh⟧; Giám đốc ⟦ORG|Sở Xây dựng⟧; Thủ trưởng các sở, ban, ngành cấp tỉnh; Chủ tịch Ủy ban nhân dân xã, phường, đặc khu và các cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.

TM. ỦY BAN NHÂN DÂN KT.CHỦ TỊCH PHÓ CHỦ TỊCH ⟦PERSON|Phan Phong Phú⟧

=====RELATIONS=====
h1 issued_by h0
h1 issued_on h1d
n1 issued_on n1d
n2 issued_on n2d
n3 issued_on n3d
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
q1 issued_on q1d
q1 issued_by q1o
q2 issued_on q2d
q2 issued_by q2o
q3 issued_on q3d
q3 issued_by q3o
q4 issued_on q4d
q4 issued_by q4o
q5 issued_on q5d
q5 issued_by q5o
q6 issued_on q6d
q6 issued_by q6o
q7 issued_on q7d
q7 issued_by q7o
q8 issued_on q8d
q8 issued_by q8o
q9 issued_on q9d
q9 issued_by q9o
q10 issued_on q10d
q10 issued_by q10o
q11 issued_on q11d
q11 issued_by q11o
q12 issued_on q12d
q12 issued_by q12o
q13 issued_on q13d
q13 issued_by q13o
q14 issued_on q14d
q14 issued_by q14o
l1 located_in u1
u1 located_in u2
u2 located_in u3
u4 located_in u5
