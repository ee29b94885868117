doc: tnt305-tvpl__quyet-dinh-030-2025-qd-ubnd-dak-lak
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-030-2025-qd-ubnd-dak-lak.txt
span: 123 3349
=====TEXT=====
⟦h1:LEGAL_REF|030/2025/QĐ-UBND⟧ | ⟦ADMIN_UNIT|Đắk Lắk⟧, ⟦h1d:DATE|ngày 19 tháng 11 năm 2025⟧

QUYẾT ĐỊNH

QUY ĐỊNH BẢNG GIÁ TÍNH LỆ PHÍ TRƯỚC BẠ ĐỐI VỚI NHÀ TRÊN ĐỊA BÀN ⟦ADMIN_UNIT|TỈNH ĐẮK LẮK⟧

Căn cứ ⟦LEGAL_REF|Luật Tổ chức chính quyền địa phương số 72/2025/QH15⟧;

Căn cứ ⟦LEGAL_REF|Luật Phí và lệ phí số 97/2015/QH13⟧;

Căn cứ ⟦LEGAL_REF|Luật Quản lý thuế số 38/2019/QH14⟧;

Căn cứ ⟦LEGAL_REF|Nghị định số 10/2022/NĐ-CP⟧ quy định về lệ phí trước bạ được sửa đổi, bổ sung bởi ⟦LEGAL_REF|Nghị định số 175/2025/NĐ-CP⟧;

Căn cứ ⟦t1:LEGAL_REF|Thông tư số 13/2022/TT-BTC⟧ quy định chi tiết một số điều của ⟦t2:LEGAL_REF|Nghị định số 10/2022/NĐ-CP⟧ ⟦t2d:DATE|ngày 15 tháng 01 năm 2022⟧ của ⟦t2o:ORG|Chính phủ⟧ quy định về lệ phí trước bạ;

Theo đề nghị của Giám đốc ⟦s1o:ORG|Sở Tài chính⟧ tại ⟦s1:LEGAL_REF|Tờ trình số 253/TTr-STC⟧ ⟦s1d:DATE|ngày 17 tháng 10 năm 2025⟧;

⟦ORG|Ủy ban nhân dân⟧ ban hành Quyết định Quy định Bảng giá tính lệ phí trước bạ đối với nhà trên địa bàn ⟦ADMIN_UNIT|tỉnh Đắk Lắk⟧.

Điều 1. Phạm vi điều chỉnh

Quyết định này quy định giá tính lệ phí trước bạ đối với nhà xây dựng mới và tỷ lệ (%) chất lượng còn lại của nhà chịu lệ phí trước bạ trên địa bàn ⟦ADMIN_UNIT|tỉnh Đắk Lắk⟧ theo điểm b khoản 1 Điều 7, điểm a khoản 4 Điều 13 ⟦LEGAL_REF|Nghị định số 10/2022/NĐ-CP⟧ và điểm b khoản 1 Điều 3 ⟦LEGAL_REF|Thông tư số 13/2022/TT-BTC⟧.

Điều 2. Đối tượng áp dụng

1. Tổ chức, cá nhân có tài sản là nhà thuộc đối tượng chịu lệ phí trước bạ phải nộp lệ phí trước bạ theo quy định tại Điều 3 ⟦LEGAL_REF|Nghị định số 10/2022/NĐ-CP⟧ (trừ các trường hợp thuộc đối tượng miễn lệ phí trước bạ quy định tại Điều 10 ⟦LEGAL_REF|Nghị định số 10/2022/NĐ-CP⟧).

2. Cơ quan thuế.

3. Cơ quan, tổ chức, cá nhân khác có liên quan.

Điều 3. Giá tính lệ phí trước bạ đối với nhà mới xây dựng

1. Giá tính lệ phí trước bạ đối với nhà mới xây dựng thuộc địa giới hành chính của ⟦ADMIN_UNIT|tỉnh Đắk Lắk⟧ (cũ): được xác định theo quy định tại Bảng đơn giá xây dựng mới nhà, nhà ở, công trình xây dựng, vật kiến trúc được quy định tại ⟦q1:LEGAL_REF|Quyết định số 29/2025/QĐ-UBND⟧ ⟦q1d:DATE|ngày 06 tháng 6 năm 2025⟧ của ⟦q1o:ORG|Ủy ban nhân dân tỉnh Đắk Lắk⟧ ban hành đơn giá xây dựng mới nhà, nhà ở, công trình xây dựng, vật kiến trúc trên địa bàn ⟦ADMIN_UNIT|tỉnh Đắk Lắk⟧.

2. Giá tính lệ phí trước bạ đối với nhà mới xây dựng thuộc địa giới hành chính của ⟦ADMIN_UNIT|tỉnh Phú Yên⟧ (trước đây): được xác định theo quy định tại Bảng đơn giá nhà và công trình xây dựng gắn liền trên đất được quy định tại ⟦q2:LEGAL_REF|Quyết định số 66/2024/QĐ-UBND⟧ ⟦q2d:DATE|ngày 02 tháng 12 năm 2024⟧ của ⟦q2o:ORG|Ủy ban nhân dân tỉnh Phú Yên⟧ (trước đây) quy định bộ đơn giá nhà, nhà ở, công trình xây dựng và vật kiến trúc trên địa bàn ⟦ADMIN_UNIT|tỉnh Phú Yên⟧.

3. Trường hợp ⟦q3:LEGAL_REF|Quyết định số 29/2025/QĐ-UBND⟧ ⟦q3d:DATE|ngày 06 tháng 6 năm 2025⟧ của ⟦q3o:ORG|Ủy ban nhân dân tỉnh Đắk Lắk⟧ (cũ) và ⟦q4:LEGAL_REF|Quyết định số 66/2024/QĐ-UBND⟧ của ⟦q4o:ORG|Ủy ban nhân dân tỉnh Phú Yên⟧ (trước đây) được sửa đổi, bổ sung hoặc thay thế bằng văn bản mới thì giá tính lệ phí trước bạ đối với nhà mới xây dựng được áp dụng theo văn bản sửa đổi, bổ sung hoặc thay thế.

Điều 4. Tỷ lệ (%) chất lượng còn lại của nhà chịu lệ phí trước bạ

1. Kê khai lệ phí trước bạ lần đầu

a) Đối với nhà có thời gian đã sử dụng dưới 5 năm:
⟦PERCENT|100%⟧.

b) Đối với nhà chịu lệ phí trước bạ có thời gian đã sử dụng từ 5 năm trở lên thì áp dụng tỷ lệ (%) chất lượng còn lại tương ứng với kê khai lệ phí trước bạ từ lần thứ 2 trở đi quy định tại khoản 2 Điều này.

2. Kê khai lệ phí trước bạ từ lần thứ 2 trở đi thì áp dụng tỷ lệ (%) chất lượng còn lại của nhà có thời gian đã sử dụng tương ứng theo hướng dẫn như sau:
=====RELATIONS=====
h1 issued_on h1d
t1 implements t2
t2 issued_on t2d
t2 issued_by t2o
s1 issued_on s1d
s1 issued_by s1o
q1 issued_on q1d
q1 issued_by q1o
q2 issued_on q2d
q2 issued_by q2o
q3 issued_on q3d
q3 issued_by q3o
q4 issued_by q4o
