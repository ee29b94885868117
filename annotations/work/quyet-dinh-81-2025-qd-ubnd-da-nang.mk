doc: tnt305-tvpl__quyet-dinh-81-2025-qd-ubnd-da-nang
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-81-2025-qd-ubnd-da-nang.txt
span: 2606 5819
=====TEXT=====
Theo đề nghị của Giám đốc ⟦t1o:ORG|Sở Xây dựng⟧ tại ⟦t1:LEGAL_REF|Tờ trình số 4834 /TTr-SXD⟧ ⟦t1d:DATE|ngày 19 tháng 9 năm 2025⟧; và kết luận của ⟦ORG|UBND thành⟧ tại phiên họp ⟦ORG|UBND thành phố⟧ ⟦DATE|ngày 07 tháng 10 năm 2025⟧ (⟦t2:LEGAL_REF|Thông báo số 347/TB-VP⟧ ⟦t2d:DATE|ngày 10 tháng 10 năm 2025⟧ của ⟦t2o:ORG|Văn phòng UBND thành phố⟧);
⟦ORG|UBND thành phố Đà Nẵng⟧ ban hành Quyết định bãi bỏ ⟦q1:LEGAL_REF|Quyết định số 55/2014/QĐ-UBND⟧ ⟦q1d:DATE|ngày 31/12/2014⟧ ⟦q1e:DATE|ngày 31/12/2014⟧ của ⟦q1o:ORG|UBND thành phố Đà Nẵng⟧ Quy định về quản lý và sử dụng tạm thời vỉa hè ngoài mục đích giao thông trên các tuyến đường thuộc địa bàn ⟦ADMIN_UNIT|thành phố Đà Nẵng⟧, ⟦q2:LEGAL_REF|Quyết định số 24/2019/QĐ-UBND⟧ ⟦q2d:DATE|ngày 02/5/2019⟧ của ⟦q2o:ORG|UBND thành phố Đà Nẵng⟧ Sửa đổi, bổ sung một số điều của Quy định về quản lý và sử dụng tạm thời vỉa hè ngoài mục đích giao thông trên các tuyến đường thuộc địa bàn ⟦ADMIN_UNIT|thành phố Đà Nẵng⟧ ban hành kèm theo ⟦q3:LEGAL_REF|Quyết định số 55/2014/QĐ-UBND⟧ ⟦q3d:DATE|ngày 31/12/2014⟧ của ⟦q3o:ORG|UBND thành phố Đà Nẵng⟧ và ⟦q4:LEGAL_REF|Quyết định số 08/2023/QĐ-UBND⟧ ⟦q4d:DATE|ngày 23/02/2023⟧ của ⟦q4o:ORG|UBND thành phố Đà Nẵng⟧ Sửa đổi, bổ sung một số điều của Quy định ban hành kèm theo ⟦LEGAL_REF|Quyết định số 55/2014/QĐ-UBND⟧ quy định về quản lý và sử dụng tạm thời vỉa hè ngoài mục đích giao thông trên các tuyến đường thuộc địa bàn ⟦ADMIN_UNIT|thành phố Đà Nẵng⟧ và bãi bỏ một phần ⟦q5:LEGAL_REF|Quyết định số 24/2019/QĐ-UBND⟧ ⟦q5d:DATE|ngày 02/5/2019⟧ của ⟦q5o:ORG|UBND thành phố Đà Nẵng⟧ sửa đổi, bổ sung một số điều của quy định về quản lý và sử dụng tạm thời vỉa hè ngoài mục đích giao thông trên các tuyến đường thuộc địa bàn ⟦ADMIN_UNIT|thành phố Đà Nẵng⟧ ban hành kèm theo ⟦q6:LEGAL_REF|Quyết định số 55/2014/QĐ-UBND⟧ ⟦q6d:DATE|ngày 31/12/2014⟧ của ⟦q6o:ORG|UBND thành phố Đà Nẵng⟧.
Điều 1. Bãi bỏ toàn bộ các Quyết định 1. Bãi bỏ toàn bộ ⟦r1:LEGAL_REF|Quyết định số 55/2014/QĐ-UBND⟧ ⟦r1d:DATE|ngày 31/12/2014⟧ của ⟦r1o:ORG|UBND thành phố Đà Nẵng⟧ Quy định về quản lý và sử dụng tạm thời vỉa hè ngoài mục đích giao thông trên các tuyến đường thuộc địa bàn ⟦ADMIN_UNIT|thành phố Đà Nẵng⟧.
2. Bãi bỏ toàn bộ ⟦r2:LEGAL_REF|Quyết định số 24/2019/QĐ-UBND⟧ ⟦r2d:DATE|ngày 02/5/2019⟧ của ⟦r2o:ORG|UBND thành phố Đà Nẵng⟧ Sửa đổi, bổ sung một số điều của Quy định về quản lý và sử dụng tạm thời vỉa hè ngoài mục đích giao thông trên các tuyến đường thuộc địa bàn ⟦ADMIN_UNIT|thành phố Đà Nẵng⟧ ban hành kèm theo ⟦r3:LEGAL_REF|Quyết định số 55/2014/QĐ-UBND⟧ ⟦r3d:DATE|ngày 31/12/2014⟧ của ⟦r3o:ORG|UBND thành phố Đà Nẵng⟧ 3. Bãi bỏ toàn bộ ⟦r4:LEGAL_REF|Quyết định số 08/2023/QĐ-UBND⟧ ⟦r4d:DATE|ngày 23/02/2023⟧ của ⟦r4o:ORG|UBND thành phố Đà Nẵng⟧ Sửa đổi, bổ sung một số điều của Quy định ban hành kèm theo ⟦LEGAL_REF|Quyết định số 55/2014/QĐ-UBND⟧ quy định về quản lý và sử dụng tạm thời vỉa hè ngoài mục đích giao thông trên các tuyến đường thuộc địa bàn ⟦ADMIN_UNIT|thành phố Đà Nẵng⟧ và bãi bỏ một phần ⟦r5:LEGAL_REF|Quyết định số 24/2019/QĐ-UBND⟧ ⟦r5d:DATE|ngày 02/5/2019⟧ của ⟦r5o:ORG|UBND thành phố Đà Nẵng⟧ sửa đổi, bổ sung một số điều của quy định về quản lý và sử dụng tạm thời vỉa hè ngoài mục đích giao thông trên các tuyến đường thuộc địa bàn ⟦ADMIN_UNIT|thành phố Đà Nẵng⟧ ban hành kèm theo ⟦r6:LEGAL_REF|Quyết định số 55/2014/QĐ-UBND⟧ ⟦r6d:DATE|ngày 31/12/2014⟧ của ⟦r6o:ORG|UBND thành phố Đà Nẵng⟧.
Điều 2. Điều khoản thi hành Quyết định này có hiệu lực thi hành từ ⟦DATE|ngày 27 tháng 11 năm 2025⟧.

Nơi nhận:
- ⟦ORG|Văn phòng Chính phủ⟧;
- ⟦ORG|Vụ Pháp chế⟧ - ⟦ORG|Bộ Xây dựng⟧;
- ⟦ORG|Cục Kiểm tra VB và Quản lý XL VPHC⟧ - ⟦ORG|Bộ Tư pháp⟧;
- ⟦ORG|TTTU⟧, ⟦ORG|TT HĐND thành phố Đà Nẵng⟧;
- Chủ tịch và các Phó CT ⟦ORG|UBND TP Đà Nẵng⟧;
- ⟦ORG|Đoàn ĐBQH thành phố Đà Nẵng⟧;
- ⟦ORG|Ủy ban MTTQVN thành phố Đà Nẵng⟧;
- Các Sở, ban, ngành, đoàn thể;
- UBND các phường, xã;
- ⟦ORG|Báo và Đài Phát thanh - Truyền hình Đà Nẵng⟧;
- ⟦ORG|Cổng Thông tin điện tử TP Đà Nẵng⟧;
=====RELATIONS=====
t1 issued_on t1d
t1 issued_by t1o
t2 issued_on t2d
t2 issued_by t2o
q1 issued_on q1d
q1 issued_on q1e
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
r1 issued_on r1d
r1 issued_by r1o
r2 issued_on r2d
r2 issued_by r2o
r3 issued_on r3d
r3 issued_by r3o
r4 issued_on r4d
r4 issued_by r4o
r5 issued_on r5d
r5 issued_by r5o
r6 issued_on r6d
r6 issued_by r6o
