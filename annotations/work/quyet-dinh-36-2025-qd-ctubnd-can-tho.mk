doc: tnt305-tvpl__quyet-dinh-36-2025-qd-ctubnd-can-tho
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-36-2025-qd-ctubnd-can-tho.txt
span: 0 3281
=====TEXT=====
CHỦ TỊCH ⟦o0:ORG|ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ⟧
------- | ⟦LOCATION|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM⟧
Độc lập - Tự do - Hạnh phúc
---------------

Số:
⟦r0:LEGAL_REF|36/2025/QĐ-CTUBND⟧ | ⟦ADMIN_UNIT|Cần Thơ⟧, ⟦d0:DATE|ngày 17 tháng 11 năm 2025⟧

QUYẾT ĐỊNH

PHÂN CẤP THẨM QUYỀN QUYẾT ĐỊNH MỘT SỐ NỘI DUNG LIÊN QUAN ĐẾN QUẢN LÝ, SỬ DỤNG TÀI SẢN CÔNG TRÊN ĐỊA BÀN ⟦ADMIN_UNIT|THÀNH PHỐ CẦN THƠ⟧

Căn cứ ⟦LEGAL_REF|Luật Tổ chức chính quyền địa phương số 72/2025/QH15⟧;

Căn cứ ⟦LEGAL_REF|Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15⟧ được sửa đổi, bổ sung bởi ⟦LEGAL_REF|Luật số 87/2025/QH15⟧;

Căn cứ ⟦LEGAL_REF|Luật Quản lý, sử dụng tài sản công số 15/2017/QH14⟧ đã được sửa đổi, bổ sung bởi ⟦LEGAL_REF|Luật số 64/2020/QH14⟧, ⟦LEGAL_REF|Luật số 07/2022/QH15⟧, ⟦LEGAL_REF|Luật số 24/2023/QH15⟧, ⟦LEGAL_REF|Luật số 31/2024/QH15⟧, ⟦LEGAL_REF|Luật số 43/2024/QH15⟧, ⟦LEGAL_REF|Luật số 56/2024/QH15⟧ và ⟦LEGAL_REF|Luật số 90/2025/QH15⟧;

Căn cứ ⟦r1:LEGAL_REF|Nghị định số 186/2025/NĐ-CP⟧ ⟦d1:DATE|ngày 01 tháng 7 năm 2025⟧ của ⟦o1:ORG|Chính phủ⟧ quy định chi tiết một số điều của ⟦l1:LEGAL_REF|Luật Quản lý, sử dụng tài sản công⟧;

Căn cứ ⟦r2:LEGAL_REF|Nghị định số 286/2025/NĐ-CP⟧ ⟦d2:DATE|ngày 03 tháng 11 năm 2025⟧ của ⟦o2:ORG|Chính phủ⟧ Sửa đổi, bổ sung một số điều của các Nghị định trong lĩnh vực quản lý, sử dụng tài sản công;

Theo đề nghị của Giám đốc ⟦ORG|Sở Tài chính⟧;

Chủ tịch ⟦ORG|Ủy ban nhân dân⟧ ban hành Quyết định phân cấp thẩm quyền quyết định một số nội dung liên quan đến quản lý, sử dụng tài sản công trên địa bàn ⟦ADMIN_UNIT|thành phố Cần Thơ⟧.

Điều 1. Phạm vi điều chỉnh, đối tượng áp dụng

1. Phạm vi điều chỉnh

Quyết định này quy định phân cấp thẩm quyền quyết định một số nội dung liên quan đến quản lý, sử dụng tài sản công trên địa bàn ⟦ADMIN_UNIT|thành phố Cần Thơ⟧ theo quy định tại điểm b khoản 4 Điều 6, khoản 2 Điều 8, khoản 3 Điều 10, Điều 11, điểm b khoản 6 Điều 14, khoản 3 Điều 17, điểm d khoản 1 Điều 20, điểm b khoản 2 Điều 22, khoản 2 Điều 28, khoản 2 Điều 32, khoản 2 Điều 34, Điều 44, điểm b khoản 2 Điều 46, khoản 6 Điều 50, điểm b khoản 1 Điều 52, Điều 56, Điều 57, điểm b khoản 2 Điều 58, điểm b khoản 2 Điều 59, Điều 60, Điều 61, khoản 2 Điều 91 ⟦LEGAL_REF|Nghị định số 186/2025/NĐ-CP⟧.

2. Đối tượng áp dụng

Cơ quan, tổ chức, đơn vị và cá nhân có liên quan đến việc thực hiện quy định tại khoản 1 Điều này.

Điều 2. Nội dung phân cấp

1. ⟦ORG|Sở Tài chính⟧

a) Giao tài sản bằng hiện vật (trừ trụ sở làm việc, cơ sở hoạt động sự nghiệp; xe ô tô các loại, tài sản công khác có nguyên giá từ ⟦MONEY|01 tỷ đồng⟧ trở lên/01 đơn vị tài sản) cho các cơ quan, tổ chức, đơn vị trên địa bàn thành phố.

b) Thu hồi tài sản công (trừ trụ sở làm việc, cơ sở hoạt động sự nghiệp; xe ô tô các loại; tài sản công khác có nguyên giá từ ⟦MONEY|01 tỷ đồng⟧ trở lên/01 đơn vị tài sản) tại các cơ quan, tổ chức, đơn vị trên địa bàn thành phố (bao gồm cả tài sản công do ⟦ORG|Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân thành phố⟧ quản lý).

c) Điều chuyển tài sản công (trừ trụ sở làm việc, cơ sở hoạt động sự nghiệp; xe ô tô các loại; tài sản công khác có nguyên giá từ ⟦MONEY|01 tỷ đồng⟧ trở lên/01 đơn vị tài sản) giữa các cơ quan, tổ chức, đơn vị trên địa bàn thành phố (bao gồm cả tài sản công do ⟦ORG|Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân thành phố⟧ quản lý).

2. Cơ quan chuyên môn, tổ chức hành chính khác thuộc ⟦ORG|Ủy ban nhân dân thành phố⟧

a) Giao tài sản bằng hiện vật (trừ trụ sở làm việc, cơ sở hoạt động sự nghiệp; xe ô tô các loại), tài sản khác có nguyên giá dưới ⟦MONEY|01 tỷ đồng⟧/01 đơn vị tài sản cho cơ quan, tổ chức của mình và các cơ quan, tổ chức, đơn vị thuộc phạm vi quản lý.
=====RELATIONS=====
r0 issued_by o0
r0 issued_on d0
r1 issued_on d1
r1 issued_by o1
r1 implements l1
r2 issued_on d2
r2 issued_by o2
