doc: tnt305-tvpl__quyet-dinh-72-2025-qd-ubnd-bac-ninh
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-72-2025-qd-ubnd-bac-ninh.txt
span: 0 3269
=====TEXT=====
ỦY BAN NHÂN DÂN TỈNH BẮC NINH
-------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 72/2025/QĐ-UBND | Bắc Ninh, ngày 19 tháng 11 năm 2025

QUYẾT ĐỊNH

BAN HÀNH QUY ĐỊNH XÂY DỰNG, QUẢN LÝ VÀ SỬ DỤNG CHUNG HẠ TẦNG KỸ THUẬT VIỄN THÔNG THỤ ĐỘNG TRÊN ĐỊA BÀN TỈNH BẮC NINH

Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;

Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15; Luật Sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật số 87/2025/QH15;

Căn cứ Luật Viễn thông số 24/2023/QH15;

Căn cứ Nghị định số 72/2012/NĐ-CP của Chính phủ Về quản lý và sử dụng chung công trình hạ tầng kỹ thuật;

Căn cứ Nghị định số 163/2024/NĐ-CP của Chính phủ Quy định chi tiết một số điều và biện pháp thi hành Luật Viễn thông;

Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 110/TTr-SKHCN ngày 19/10/2025,

Ủy ban nhân dân tỉnh ban hành Quyết định Quy định xây dựng, quản lý và sử dụng chung hạ tầng kỹ thuật viễn thông thụ động trên địa bàn tỉnh Bắc Ninh.

Điều 1.
Ban hành kèm theo Quyết định này Quy định xây dựng, quản lý và sử dụng chung hạ tầng kỹ thuật viễn thông thụ động trên địa bàn tỉnh Bắc Ninh.

Điều 2.
Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 12 năm 2025 và bãi bỏ Quyết định số 23/2019/QĐ-UBND ngày 10/4/2019 của Ủy ban nhân dân tỉnh Bắc Ninh về việc ban hành Quy định xây dựng, quản lý và sử dụng chung hạ tầng kỹ thuật viễn thông thụ động trên địa bàn tỉnh Bắc Ninh.

Điều 3.
Thủ trưởng các cơ quan, đơn vị thuộc UBND tỉnh; Ủy ban nhân dân các xã, phường, các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Cục Kiểm tra văn bản & QLXLVPHC - Bộ Tư pháp;
-Vụ Pháp chế - Bộ Khoa học và Công nghệ;
-Vụ Pháp luật - Văn phòng Chính phủ;
-TT.TU, TT HĐND tỉnh;
- Chủ tịch và các PCT UBND tỉnh;
- Đoàn ĐBQH tỉnh;
-VPTU và các cơ quan thuộc Tỉnh ủy;
- UB MTTQ tỉnh;
- VP ĐĐBQH và HĐND tỉnh; các Ban của HĐND tỉnh;
- VP UBND tỉnh:
+ LĐVP, KGVX;
+ TTTT: 01 bản giấy, 01 bản điện tử (đăng Công báo);
- Lưu: VT, KGVX.

TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH
Mai Sơn

QUY ĐỊNH

XÂY DỰNG, QUẢN LÝ VÀ SỬ DỤNG CHUNG HẠ TẦNG KỸ THUẬT VIỄN THÔNG THỤ ĐỘNG TRÊN ĐỊA BÀN TỈNH BẮC NINH

(Ban hành kèm theo Quyết định số 72/2025/QĐ-UBND)

Chương I

QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh, đối tượng áp dụng

1. Phạm vi điều chỉnh

Quy định này quy định về việc xây dựng, quản lý và sử dụng chung hạ tầng kỹ thuật viễn thông thụ động; tổ chức thực hiện và phân công trách nhiệm trong quản lý, sử dụng chung hạ tầng kỹ thuật viễn thông thụ động trên địa bàn tỉnh Bắc Ninh.

2. Đối tượng áp dụng

Quy định này áp dụng đối với các cơ quan, tổ chức, cá nhân có liên quan đến hoạt động quản lý, xây dựng, sử dụng chung hạ tầng kỹ thuật viễn thông thụ động; sử dụng chung các công trình hạ tầng kỹ thuật; ngầm hóa, chỉnh trang mạng ngoại vi trên địa bàn tỉnh Bắc Ninh.

Điều 2. Giải thích từ ngữ

Trong Quy định này, các từ ngữ dưới đây được hiểu như sau:

1. Nhà trạm là công trình xây dựng để lắp đặt, bảo vệ thiết bị viễn thông và các thiết bị phụ trợ khác.

2. Cống, bể, tuynen kỹ thuật là hệ thống cống, ống, bể kỹ thuật được xây dựng để lắp đặt, quản lý, bảo vệ đường dây, cáp viễn thông ngầm dưới mặt đất.
=====RELATIONS=====
