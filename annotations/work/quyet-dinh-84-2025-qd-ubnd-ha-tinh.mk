doc: tnt305-tvpl__quyet-dinh-84-2025-qd-ubnd-ha-tinh
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-84-2025-qd-ubnd-ha-tinh.txt
span: 0 3788
=====TEXT=====
⟦h0:ORG|ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH⟧
-------- | ⟦LOCATION|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM⟧
Độc lập - Tự do - Hạnh phúc
---------------

Số:
⟦h1:LEGAL_REF|84/2025/QĐ-UBND⟧ | ⟦ADMIN_UNIT|Hà Tĩnh⟧, ⟦h1d:DATE|ngày 02 tháng 12 năm 2025⟧

QUYẾT ĐỊNH

BÃI BỎ TOÀN BỘ ⟦t1:LEGAL_REF|QUYẾT ĐỊNH SỐ 10/2016/QĐ-UBND⟧ ⟦t1d:DATE|NGÀY 21/3/2016⟧ CỦA ⟦t1o:ORG|ỦY BAN NHÂN DÂN TỈNH⟧ BAN HÀNH QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ CƠ CẤU TỔ CHỨC CỦA ⟦ORG|SỞ NGOẠI VỤ⟧ VÀ ⟦t2:LEGAL_REF|QUYẾT ĐỊNH SỐ 14/2022/QĐ-UBND⟧ ⟦t2d:DATE|NGÀY 15/6/2022⟧ CỦA ⟦t2o:ORG|ỦY BAN NHÂN DÂN TỈNH⟧ VỀ SỬA ĐỔI, BỔ SUNG ⟦t3:LEGAL_REF|QUYẾT ĐỊNH SỐ 10/2016/QĐ-UBND⟧ ⟦t3d:DATE|NGÀY 21/3/2016⟧ CỦA ⟦t3o:ORG|ỦY BAN NHÂN DÂN TỈNH⟧
Căn cứ ⟦l1:LEGAL_REF|Luật Tổ chức chính quyền địa phương⟧ ⟦l1d:DATE|ngày 16/6/2025⟧;
Căn cứ ⟦l2:LEGAL_REF|Luật Ban hành văn bản quy phạm pháp luật⟧ ⟦l2d:DATE|ngày 19/02/2025⟧; ⟦l3:LEGAL_REF|Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật⟧ ⟦l3d:DATE|ngày 25/6/2025⟧;
Căn cứ ⟦n1:LEGAL_REF|Nghị định số 78/2025/NĐ-CP⟧ ⟦n1d:DATE|ngày 01/4/2025⟧ của ⟦n1o:ORG|Chính phủ⟧ quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành ⟦n1l:LEGAL_REF|Luật Ban hành văn bản quy phạm pháp luật⟧;
Căn cứ ⟦n2:LEGAL_REF|Nghị định số 187/2025/NĐ-CP⟧ ⟦n2d:DATE|ngày 01/7/2025⟧ của ⟦n2o:ORG|Chính phủ⟧ sửa đổi, bổ sung một số điều của ⟦n3:LEGAL_REF|Nghị định số 78/2025/NĐ-CP⟧ ⟦n3d:DATE|ngày 01/4/2025⟧ của ⟦n3o:ORG|Chính phủ⟧ quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành ⟦n3l:LEGAL_REF|Luật Ban hành văn bản quy phạm pháp luật⟧ và ⟦n4:LEGAL_REF|Nghị định số 79/2025/NĐ-CP⟧ ⟦n4d:DATE|ngày 01/4/2025⟧ của ⟦n4o:ORG|Chính phủ⟧ về kiểm tra, rà soát, hệ thống hóa và xử lý văn bản quy phạm pháp luật;
Căn cứ ⟦n5:LEGAL_REF|Nghị định số 150/2025/NĐ-CP⟧ ⟦n5d:DATE|ngày 12/6/2025⟧ của ⟦n5o:ORG|Chính phủ⟧ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương và Ủy ban nhân dân xã, phường, đặc khu thuộc tỉnh, thành phố trực thuộc trung ương;
Căn cứ ⟦n6:LEGAL_REF|Thông tư số 09/2025/TT-BNG⟧ ⟦n6d:DATE|ngày 30/6/2025⟧ của Bộ trưởng ⟦n6o:ORG|Bộ Ngoại giao⟧ hướng dẫn chức năng, nhiệm vụ, quyền hạn về công tác đối ngoại của cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương và Ủy ban nhân dân xã, phường, đặc khu thuộc tỉnh, thành phố trực thuộc Trung ương;
Theo đề nghị của ⟦n7o:ORG|Sở Ngoại vụ⟧ tại ⟦n7:LEGAL_REF|Văn bản số 1605/TTr-SNgV⟧ ⟦n7d:DATE|ngày 06/11/2025⟧; ý kiến thẩm định của ⟦n8o:ORG|Sở Tư pháp⟧ tại ⟦n8:LEGAL_REF|Báo cáo số 3247/BC-STP⟧ ⟦n8d:DATE|ngày 06/11/2025⟧; trên cơ sở biểu quyết thống nhất của các Thành viên ⟦ORG|Ủy ban nhân dân tỉnh⟧ (qua Phiếu biểu quyết);
⟦ORG|Ủy ban nhân dân tỉnh⟧ ban hành Quyết định bãi bỏ toàn bộ ⟦p1:LEGAL_REF|Quyết định số 10/2016/QĐ-UBND⟧ ⟦p1d:DATE|ngày 21/3/2016⟧ của ⟦p1o:ORG|Ủy ban nhân dân tỉnh⟧ tỉnh ban hành Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của ⟦ORG|Sở Ngoại vụ⟧ và ⟦p2:LEGAL_REF|Quyết định số 14/2022/QĐ-UBND⟧ ⟦p2d:DATE|ngày 15/6/2022⟧ của ⟦p2o:ORG|Ủy ban nhân dân tỉnh⟧ tỉnh về sửa đổi, bổ sung ⟦p3:LEGAL_REF|Quyết định số 10/2016/QĐ-UBND⟧ ⟦p3d:DATE|ngày 21/3/2016⟧ của ⟦p3o:ORG|Ủy ban nhân dân tỉnh⟧ tỉnh.
Điều 1. Bãi bỏ toàn bộ các quyết định Bãi bỏ toàn bộ ⟦q1:LEGAL_REF|Quyết định số 10/2016/QĐ-UBND⟧ ⟦q1d:DATE|ngày 21/3/2016⟧ của ⟦q1o:ORG|Ủy ban nhân dân tỉnh⟧ ban hành Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của ⟦ORG|Sở Ngoại vụ⟧ và ⟦q2:LEGAL_REF|Quyết định số 14/2022/QĐ-UBND⟧ ⟦q2d:DATE|ngày 15/6/2022⟧ của ⟦q2o:ORG|Ủy ban nhân dân tỉnh⟧ về sửa đổi, bổ sung ⟦q3:LEGAL_REF|Quyết định số 10/2016/QĐ-UBND⟧ ⟦q3d:DATE|ngày 21/3/2016⟧ của ⟦q3o:ORG|Ủy ban nhân dân tỉnh⟧.
Điều 2. Điều khoản thi hành 1. Quyết định này có hiệu lực kể từ ngày ban hành.
2. Chánh ⟦ORG|Văn phòng Ủy ban nhân dân tỉnh⟧; Giám đốc ⟦ORG|Sở Ngoại vụ⟧; Giám đốc các sở, Thủ trưởng các ban, ngành cấp tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 2;
- ⟦ORG|Bộ Ngoại giao⟧;
- ⟦ORG|Cổng TTĐT Chính phủ⟧;
- ⟦ORG|Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính⟧ - ⟦ORG|Bộ Tư pháp⟧;
- Chủ tịch, các PCT ⟦ORG|UBND tỉnh⟧;
- ⟦ORG|Đoàn ĐBQH tỉnh⟧;
- ⟦ORG|Ban Tổ chức Tỉnh ủy⟧;
- Các Ban ⟦ORG|HĐND tỉnh⟧;
- Các PCVP ⟦ORG|UBND tỉnh⟧;
- ⟦ORG|Trung tâm CB-TH tỉnh⟧;
- ⟦ORG|Cổng TTĐT tỉnh⟧;
- Lưu: VT, NC2.

TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH
⟦PERSON|Trần Báu Hà⟧ | ⟦LEGAL_REF|Quyết định 84/2025/QĐ-UBND⟧ bãi bỏ toàn bộ ⟦LEGAL_REF|Quyết định 10/2016/QĐ-UBND⟧ Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của ⟦ORG|Sở Ngoại vụ tỉnh Hà Tĩnh⟧ và ⟦LEGAL_REF|Quyết định 14/2022/QĐ-UBND⟧ sửa đổi ⟦LEGAL_REF|Quyết định 10/2016/QĐ-UBND⟧

=====RELATIONS=====
h1 issued_by h0
h1 issued_on h1d
t1 issued_on t1d
t1 issued_by t1o
t2 issued_on t2d
t2 issued_by t2o
t3 issued_on t3d
t3 issued_by t3o
l1 issued_on l1d
l2 issued_on l2d
l3 issued_on l3d
n1 issued_on n1d
n1 issued_by n1o
n1 implements n1l
n2 issued_on n2d
n2 issued_by n2o
n3 issued_on n3d
n3 issued_by n3o
n3 implements n3l
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
p1 issued_on p1d
p1 issued_by p1o
p2 issued_on p2d
p2 issued_by p2o
p3 issued_on p3d
p3 issued_by p3o
q1 issued_on q1d
q1 issued_by q1o
q2 issued_on q2d
q2 issued_by q2o
q3 issued_on q3d
q3 issued_by q3o
