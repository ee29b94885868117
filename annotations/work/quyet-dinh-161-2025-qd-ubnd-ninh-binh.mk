doc: tnt305-tvpl__quyet-dinh-161-2025-qd-ubnd-ninh-binh
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-161-2025-qd-ubnd-ninh-binh.txt
span: 0 4178
=====TEXT=====
ỦY BAN NHÂN DÂN TỈNH NINH BÌNH
------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số:
161/2025/QĐ-UBND | Ninh Bình, ngày 23 tháng 11 năm 2025

QUYẾT ĐỊNH

BAN HÀNH QUY CHẾ QUẢN LÝ, VẬN HÀNH VÀ SỬ DỤNG HỆ THỐNG QUẢN LÝ VĂN BẢN VÀ ĐIỀU HÀNH TRONG CÁC CƠ QUAN HÀNH CHÍNH NHÀ NƯỚC TRÊN ĐỊA BÀN TỈNH NINH BÌNH

Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;

Căn cứ Luật Giao dịch điện tử số 20/2023/QH15;

Căn cứ Luật Công nghệ thông tin số 67/2006/QH11;

Căn cứ Luật An toàn thông tin mạng số 86/2015/QH13;

Căn cứ Luật An ninh mạng số 24/2018/QH14;

Căn cứ Luật Bảo vệ bí mật nhà nước số 29/2018/QH14;

Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật số 87/2025/QH15;

Căn cứ Căn cứ Luật Lưu trữ số 33/2024/QH15;

Căn cứ Nghị quyết số 202/2025/QH15 về việc sắp xếp đơn vị hành chính cấp tỉnh;

Căn cứ Nghị định số 30/2020/NĐ-CP về công tác văn thư;

Căn cứ Nghị định số 78/2025/NĐ-CP quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật được sửa đổi, bổ sung bởi Nghị định số 187/2025/NĐ-CP;

Căn cứ Nghị định số 71/2007/NĐ-CP quy định chi tiết và hướng dẫn thi hành một số điều của Luật Công nghệ thông tin về công nghiệp công nghệ thông tin;

Căn cứ Nghị định số 53/2022/NĐ-CP quy định chi tiết một số điều của Luật An ninh mạng;

Căn cứ Nghị định số 194/2025/NĐ-CP quy định chi tiết một số điều của Luật Giao dịch điện tử về cơ sở dữ liệu quốc gia, kết nối và chia sẻ dữ liệu, dữ liệu mở phục vụ giao dịch điện tử của cơ quan nhà nước;

Căn cứ Nghị định số 113/2025/NĐ-CP quy định chi tiết một số điều của Luật Lưu trữ;

Căn cứ Nghị định số 68/2024/NĐ-CP quy định về chữ ký số chuyên dùng công vụ;

Căn cứ Quyết định số 28/2018/QĐ-TTg về việc gửi, nhận văn bản điện tử giữa các cơ quan trong hệ thống hành chính nhà nước;

Căn cứ Quyết định số 20/2020/QĐ-TTg về mã định danh điện tử của các cơ quan, tổ chức phục vụ kết nối, chia sẻ dữ liệu với các bộ, ngành, địa phương được sửa đổi, bổ sung bởi Quyết định 09/2025/QĐ-TTg;

Căn cứ Thông tư số 39/2017/TT-BTTTT ban hành Danh mục tiêu chuẩn kỹ thuật về ứng dụng công nghệ thông tin trong cơ quan nhà nước;

Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ;

Ủy ban nhân dân ban hành Quyết định ban hành Quy chế Quản lý, vận hành và sử dụng Hệ thống quản lý văn bản và điều hành trong các cơ quan hành chính nhà nước trên địa bàn tỉnh Ninh Bình.

Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, vận hành và sử dụng Hệ thống quản lý văn bản và điều hành trong các cơ quan hành chính nhà nước trên địa bàn tỉnh Ninh Bình.

Điều 2. Hiệu lực thi hành

1. Quyết định này có hiệu lực thi hành từ ngày 10 tháng 12 năm 2025.

2. Các Quyết định sau đây hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành:

a) Quyết định số 43/2022/QĐ-UBND ngày 23 tháng 9 năm 2022 của Ủy ban nhân dân tỉnh Ninh Bình về việc ban hành Quy chế quản lý, vận hành và sử dụng Hệ thống quản lý văn bản và điều hành trong các cơ quan nhà nước trên địa bàn tỉnh Ninh Bình;

b) Quyết định số 44/2024/QĐ-UBND ngày 21 tháng 8 năm 2024 của Ủy ban nhân dân tỉnh Hà Nam về việc ban hành Quy chế tiếp nhận, xử lý, phát hành và quản lý văn bản điện tử giữa các cơ quan hành chính nhà nước trên địa bàn tỉnh Hà Nam;

c) Quyết định số 03/2021/QĐ-UBND ngày 19 tháng 02 năm 2021 của Ủy ban nhân dân tỉnh Nam Định về việc ban hành Quy chế tiếp nhận, xử lý, phát hành và quản lý văn bản điện tử giữa các cơ quan hành chính Nhà nước, đơn vị sự nghiệp công lập thuộc tỉnh Nam Định.

Điều 3. Tổ chức thực hiện

Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các sở, ban, ngành; Chủ tịch Ủy ban nhân dân các xã, phường và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Văn phòng Chính phủ;
- Bộ Tư pháp (Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính);
- Bộ Khoa học và Công nghệ (Vụ Pháp chế);
- Thường trực Tỉnh uỷ;
- Thường trực HĐND tỉnh;
- Đoàn đại biểu Quốc hội tỉnh;
- Ủy ban MTTQ Việt Nam tỉnh;
- Lãnh đạo UBND tỉnh;
- Các sở, ban, ngành;
- Sở Tư pháp (CSDL Quốc gia về pháp luật);
- UBND các xã, phường;
- TT Thông tin - Công báo tỉnh;
=====RELATIONS=====
