doc: tnt305-tvpl__quyet-dinh-72-2025-qd-ubnd-bac-ninh
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-72-2025-qd-ubnd-bac-ninh.txt
span: 0 3269
=====TEXT=====
⟦h1:ORG|ỦY BAN NHÂN DÂN TỈNH BẮC NINH⟧
-------- | ⟦LOCATION|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM⟧
Độc lập - Tự do - Hạnh phúc
---------------

Số: ⟦h2:LEGAL_REF|72/2025/QĐ-UBND⟧ | ⟦ADMIN_UNIT|Bắc Ninh⟧, ⟦h3:DATE|ngày 19 tháng 11 năm 2025⟧

QUYẾT ĐỊNH

BAN HÀNH QUY ĐỊNH XÂY DỰNG, QUẢN LÝ VÀ SỬ DỤNG CHUNG HẠ TẦNG KỸ THUẬT VIỄN THÔNG THỤ ĐỘNG TRÊN ĐỊA BÀN ⟦ADMIN_UNIT|TỈNH BẮC NINH⟧

Căn cứ ⟦LEGAL_REF|Luật Tổ chức chính quyền địa phương số 72/2025/QH15⟧;

Căn cứ ⟦LEGAL_REF|Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15⟧; ⟦LEGAL_REF|Luật Sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật số 87/2025/QH15⟧;

Căn cứ ⟦LEGAL_REF|Luật Viễn thông số 24/2023/QH15⟧;

Căn cứ ⟦n1:LEGAL_REF|Nghị định số 72/2012/NĐ-CP⟧ của ⟦n2:ORG|Chính phủ⟧ Về quản lý và sử dụng chung công trình hạ tầng kỹ thuật;

Căn cứ ⟦n3:LEGAL_REF|Nghị định số 163/2024/NĐ-CP⟧ của ⟦n4:ORG|Chính phủ⟧ Quy định chi tiết một số điều và biện pháp thi hành ⟦n5:LEGAL_REF|Luật Viễn thông⟧;

Theo đề nghị của Giám đốc ⟦t1:ORG|Sở Khoa học và Công nghệ⟧ tại ⟦t2:LEGAL_REF|Tờ trình số 110/TTr-SKHCN⟧ ⟦t3:DATE|ngày 19/10/2025⟧,

⟦ORG|Ủy ban nhân dân tỉnh⟧ ban hành Quyết định Quy định xây dựng, quản lý và sử dụng chung hạ tầng kỹ thuật viễn thông thụ động trên địa bàn ⟦ADMIN_UNIT|tỉnh Bắc Ninh⟧.

Điều 1.
Ban hành kèm theo Quyết định này Quy định xây dựng, quản lý và sử dụng chung hạ tầng kỹ thuật viễn thông thụ động trên địa bàn ⟦ADMIN_UNIT|tỉnh Bắc Ninh⟧.

Điều 2.
Quyết định này có hiệu lực thi hành kể từ ⟦DATE|ngày 01 tháng 12 năm 2025⟧ và bãi bỏ ⟦q1:LEGAL_REF|Quyết định số 23/2019/QĐ-UBND⟧ ⟦q2:DATE|ngày 10/4/2019⟧ của ⟦q3:ORG|Ủy ban nhân dân tỉnh Bắc Ninh⟧ về việc ban hành Quy định xây dựng, quản lý và sử dụng chung hạ tầng kỹ thuật viễn thông thụ động trên địa bàn ⟦ADMIN_UNIT|tỉnh Bắc Ninh⟧.

Điều 3.
Thủ trưởng các cơ quan, đơn vị thuộc ⟦ORG|UBND tỉnh⟧; Ủy ban nhân dân các xã, phường, các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- ⟦ORG|Cục Kiểm tra văn bản & QLXLVPHC⟧ - ⟦ORG|Bộ Tư pháp⟧;
-⟦ORG|Vụ Pháp chế⟧ - ⟦ORG|Bộ Khoa học và Công nghệ⟧;
-⟦ORG|Vụ Pháp luật⟧ - ⟦ORG|Văn phòng Chính phủ⟧;
-⟦ORG|TT.TU⟧, ⟦ORG|TT HĐND tỉnh⟧;
- Chủ tịch và các PCT ⟦ORG|UBND tỉnh⟧;
- ⟦ORG|Đoàn ĐBQH tỉnh⟧;
-⟦ORG|VPTU⟧ và các cơ quan thuộc ⟦ORG|Tỉnh ủy⟧;
- ⟦ORG|UB MTTQ tỉnh⟧;
- ⟦ORG|VP ĐĐBQH và HĐND tỉnh⟧; các Ban của ⟦ORG|HĐND tỉnh⟧;
- ⟦ORG|VP UBND tỉnh⟧:
+ LĐVP, KGVX;
+ TTTT: 01 bản giấy, 01 bản điện tử (đăng Công báo);
- Lưu: VT, KGVX.

TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH
⟦PERSON|Mai Sơn⟧

QUY ĐỊNH

XÂY DỰNG, QUẢN LÝ VÀ SỬ DỤNG CHUNG HẠ TẦNG KỸ THUẬT VIỄN THÔNG THỤ ĐỘNG TRÊN ĐỊA BÀN ⟦ADMIN_UNIT|TỈNH BẮC NINH⟧

(Ban hành kèm theo ⟦LEGAL_REF|Quyết định số 72/2025/QĐ-UBND⟧)

Chương I

QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh, đối tượng áp dụng

1. Phạm vi điều chỉnh

Quy định này quy định về việc xây dựng, quản lý và sử dụng chung hạ tầng kỹ thuật viễn thông thụ động; tổ chức thực hiện và phân công trách nhiệm trong quản lý, sử dụng chung hạ tầng kỹ thuật viễn thông thụ động trên địa bàn ⟦ADMIN_UNIT|tỉnh Bắc Ninh⟧.

2. Đối tượng áp dụng

Quy định này áp dụng đối với các cơ quan, tổ chức, cá nhân có liên quan đến hoạt động quản lý, xây dựng, sử dụng chung hạ tầng kỹ thuật viễn thông thụ động; sử dụng chung các công trình hạ tầng kỹ thuật; ngầm hóa, chỉnh trang mạng ngoại vi trên địa bàn ⟦ADMIN_UNIT|tỉnh Bắc Ninh⟧.

Điều 2. Giải thích từ ngữ

Trong Quy định này, các từ ngữ dưới đây được hiểu như sau:

1. Nhà trạm là công trình xây dựng để lắp đặt, bảo vệ thiết bị viễn thông và các thiết bị phụ trợ khác.

2. Cống, bể, tuynen kỹ thuật là hệ thống cống, ống, bể kỹ thuật được xây dựng để lắp đặt, quản lý, bảo vệ đường dây, cáp viễn thông ngầm dưới mặt đất.
=====RELATIONS=====
h2 issued_by h1
h2 issued_on h3
n1 issued_by n2
n3 issued_by n4
n3 implements n5
t2 issued_by t1
t2 issued_on t3
q1 issued_on q2
q1 issued_by q3
