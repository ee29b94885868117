doc: tnt305-tvpl__quyet-dinh-161-2025-qd-ubnd-ninh-binh
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-161-2025-qd-ubnd-ninh-binh.txt
span: 0 4178
=====TEXT=====
⟦e1:ORG|ỦY BAN NHÂN DÂN TỈNH NINH BÌNH⟧
------- | ⟦LOCATION|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM⟧
Độc lập - Tự do - Hạnh phúc
---------------

Số:
⟦e2:LEGAL_REF|161/2025/QĐ-UBND⟧ | ⟦ADMIN_UNIT|Ninh Bình⟧, ⟦e3:DATE|ngày 23 tháng 11 năm 2025⟧

QUYẾT ĐỊNH

BAN HÀNH QUY CHẾ QUẢN LÝ, VẬN HÀNH VÀ SỬ DỤNG HỆ THỐNG QUẢN LÝ VĂN BẢN VÀ ĐIỀU HÀNH TRONG CÁC CƠ QUAN HÀNH CHÍNH NHÀ NƯỚC TRÊN ĐỊA BÀN ⟦ADMIN_UNIT|TỈNH NINH BÌNH⟧

Căn cứ ⟦LEGAL_REF|Luật Tổ chức chính quyền địa phương số 72/2025/QH15⟧;

Căn cứ ⟦LEGAL_REF|Luật Giao dịch điện tử số 20/2023/QH15⟧;

Căn cứ ⟦LEGAL_REF|Luật Công nghệ thông tin số 67/2006/QH11⟧;

Căn cứ ⟦LEGAL_REF|Luật An toàn thông tin mạng số 86/2015/QH13⟧;

Căn cứ ⟦LEGAL_REF|Luật An ninh mạng số 24/2018/QH14⟧;

Căn cứ ⟦LEGAL_REF|Luật Bảo vệ bí mật nhà nước số 29/2018/QH14⟧;

Căn cứ ⟦LEGAL_REF|Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15⟧ được sửa đổi, bổ sung bởi ⟦LEGAL_REF|Luật số 87/2025/QH15⟧;

Căn cứ Căn cứ ⟦LEGAL_REF|Luật Lưu trữ số 33/2024/QH15⟧;

Căn cứ ⟦LEGAL_REF|Nghị quyết số 202/2025/QH15⟧ về việc sắp xếp đơn vị hành chính cấp tỉnh;

Căn cứ ⟦LEGAL_REF|Nghị định số 30/2020/NĐ-CP⟧ về công tác văn thư;

Căn cứ ⟦e4:LEGAL_REF|Nghị định số 78/2025/NĐ-CP⟧ quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành ⟦e5:LEGAL_REF|Luật Ban hành văn bản quy phạm pháp luật⟧ được sửa đổi, bổ sung bởi ⟦LEGAL_REF|Nghị định số 187/2025/NĐ-CP⟧;

Căn cứ ⟦e6:LEGAL_REF|Nghị định số 71/2007/NĐ-CP⟧ quy định chi tiết và hướng dẫn thi hành một số điều của ⟦e7:LEGAL_REF|Luật Công nghệ thông tin⟧ về công nghiệp công nghệ thông tin;

Căn cứ ⟦e8:LEGAL_REF|Nghị định số 53/2022/NĐ-CP⟧ quy định chi tiết một số điều của ⟦e9:LEGAL_REF|Luật An ninh mạng⟧;

Căn cứ ⟦e10:LEGAL_REF|Nghị định số 194/2025/NĐ-CP⟧ quy định chi tiết một số điều của ⟦e11:LEGAL_REF|Luật Giao dịch điện tử⟧ về cơ sở dữ liệu quốc gia, kết nối và chia sẻ dữ liệu, dữ liệu mở phục vụ giao dịch điện tử của cơ quan nhà nước;

Căn cứ ⟦e12:LEGAL_REF|Nghị định số 113/2025/NĐ-CP⟧ quy định chi tiết một số điều của ⟦e13:LEGAL_REF|Luật Lưu trữ⟧;

Căn cứ ⟦LEGAL_REF|Nghị định số 68/2024/NĐ-CP⟧ quy định về chữ ký số chuyên dùng công vụ;

Căn cứ ⟦LEGAL_REF|Quyết định số 28/2018/QĐ-TTg⟧ về việc gửi, nhận văn bản điện tử giữa các cơ quan trong hệ thống hành chính nhà nước;

Căn cứ ⟦LEGAL_REF|Quyết định số 20/2020/QĐ-TTg⟧ về mã định danh điện tử của các cơ quan, tổ chức phục vụ kết nối, chia sẻ dữ liệu với các bộ, ngành, địa phương được sửa đổi, bổ sung bởi ⟦LEGAL_REF|Quyết định 09/2025/QĐ-TTg⟧;

Căn cứ ⟦LEGAL_REF|Thông tư số 39/2017/TT-BTTTT⟧ ban hành Danh mục tiêu chuẩn kỹ thuật về ứng dụng công nghệ thông tin trong cơ quan nhà nước;

Theo đề nghị của Giám đốc ⟦ORG|Sở Khoa học và Công nghệ⟧;

⟦ORG|Ủy ban nhân dân⟧ ban hành Quyết định ban hành Quy chế Quản lý, vận hành và sử dụng Hệ thống quản lý văn bản và điều hành trong các cơ quan hành chính nhà nước trên địa bàn ⟦ADMIN_UNIT|tỉnh Ninh Bình⟧.

Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, vận hành và sử dụng Hệ thống quản lý văn bản và điều hành trong các cơ quan hành chính nhà nước trên địa bàn ⟦ADMIN_UNIT|tỉnh Ninh Bình⟧.

Điều 2. Hiệu lực thi hành

1. Quyết định này có hiệu lực thi hành từ ⟦DATE|ngày 10 tháng 12 năm 2025⟧.

2. Các Quyết định sau đây hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành:

a) ⟦e14:LEGAL_REF|Quyết định số 43/2022/QĐ-UBND⟧ ⟦e15:DATE|ngày 23 tháng 9 năm 2022⟧ của ⟦e16:ORG|Ủy ban nhân dân tỉnh Ninh Bình⟧ về việc ban hành Quy chế quản lý, vận hành và sử dụng Hệ thống quản lý văn bản và điều hành trong các cơ quan nhà nước trên địa bàn ⟦ADMIN_UNIT|tỉnh Ninh Bình⟧;

b) ⟦e17:LEGAL_REF|Quyết định số 44/2024/QĐ-UBND⟧ ⟦e18:DATE|ngày 21 tháng 8 năm 2024⟧ của ⟦e19:ORG|Ủy ban nhân dân tỉnh Hà Nam⟧ về việc ban hành Quy chế tiếp nhận, xử lý, phát hành và quản lý văn bản điện tử giữa các cơ quan hành chính nhà nước trên địa bàn ⟦ADMIN_UNIT|tỉnh Hà Nam⟧;

c) ⟦e20:LEGAL_REF|Quyết định số 03/2021/QĐ-UBND⟧ ⟦e21:DATE|ngày 19 tháng 02 năm 2021⟧ của ⟦e22:ORG|Ủy ban nhân dân tỉnh Nam Định⟧ về việc ban hành Quy chế tiếp nhận, xử lý, phát hành và quản lý văn bản điện tử giữa các cơ quan hành chính Nhà nước, đơn vị sự nghiệp công lập thuộc ⟦ADMIN_UNIT|tỉnh Nam Định⟧.

Điều 3. Tổ chức thực hiện

Chánh ⟦ORG|Văn phòng Ủy ban nhân dân tỉnh⟧, Thủ trưởng các sở, ban, ngành; Chủ tịch Ủy ban nhân dân các xã, phường và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- ⟦ORG|Văn phòng Chính phủ⟧;
- ⟦ORG|Bộ Tư pháp⟧ (⟦ORG|Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính⟧);
- ⟦ORG|Bộ Khoa học và Công nghệ⟧ (⟦ORG|Vụ Pháp chế⟧);
- ⟦ORG|Thường trực Tỉnh uỷ⟧;
- ⟦ORG|Thường trực HĐND tỉnh⟧;
- ⟦ORG|Đoàn đại biểu Quốc hội tỉnh⟧;
- ⟦ORG|Ủy ban MTTQ Việt Nam tỉnh⟧;
- Lãnh đạo ⟦ORG|UBND tỉnh⟧;
- Các sở, ban, ngành;
- ⟦ORG|Sở Tư pháp⟧ (CSDL Quốc gia về pháp luật);
- UBND các xã, phường;
- ⟦ORG|TT Thông tin - Công báo tỉnh⟧;
=====RELATIONS=====
e2 issued_by e1
e2 issued_on e3
e4 implements e5
e6 implements e7
e8 implements e9
e10 implements e11
e12 implements e13
e14 issued_on e15
e14 issued_by e16
e17 issued_on e18
e17 issued_by e19
e20 issued_on e21
e20 issued_by e22
