doc: tnt305-tvpl__quyet-dinh-1521-qd-ubnd-bac-ninh-2025
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-1521-qd-ubnd-bac-ninh-2025.txt
span: 65507 69274
=====TEXT=====
c) Văn bản giao làm chủ đầu tư dự án xây dựng nút giao đấu nối vào đường địa phương đang khai thác (bản chính hoặc bản sao).
2. Số lượng hồ sơ: 01 bộ

Thời hạn giải quyết

07 ngày làm việc kể từ khi nhận đủ hồ sơ theo quy định.

Đối tượng thực hiện thủ tục hành chính

Chủ đầu tư dự án xây dựng nút giao đấu nối vào đường địa phương đang khai thác.

Cơ quan thực hiện thủ tục hành chính

a) ⟦ORG|Sở Xây dựng⟧ chấp thuận thiết kế nút giao đấu nối đối với các tuyến quốc lộ phân cấp ⟦ORG|UBND tỉnh⟧ quản lý; đường tỉnh và các tuyến đường khác được ⟦ORG|UBND tỉnh⟧ giao quản lý.
b) ⟦ORG|Ban Quản lý các khu công nghiệp tỉnh⟧ chấp thuận thiết kế nút giao đấu nối đối với các tuyến đường được ⟦ORG|UBND tỉnh⟧ giao quản lý.
c) UBND cấp xã chấp thuận thiết kế nút giao đấu nối đối với các tuyến đường được giao quản lý.

Cơ quan có thẩm quyền

Giám đốc ⟦ORG|Sở Xây dựng⟧, Giám đốc ⟦ORG|Ban Quản lý các khu công nghiệp tỉnh⟧, Chủ tịch UBND cấp xã.

Kết quả thực hiện thủ tục hành chính

Văn bản chấp thuận thiết kế nút giao đấu nối với đường địa phương đang khai thác theo quy định tại mẫu số 02 Phụ lục I ban hành kèm theo Quyết định này.

Phí, lệ phí: Không

Tên mẫu đơn, mẫu tờ khai.... đính kèm ngay sau thủ tục này, tổ chức, cá nhân có thể bổ sung cho phù hợp với nội dung hỗ trợ và từng loại hình công việc.

Mẫu số 01: Đơn đề nghị chấp thuận thiết kế nút giao đấu nối với đường địa phương đang khai thác.
Mẫu số 02: Văn bản chấp thuận thiết kế nút giao đấu nối với đường địa phương đang khai thác.

Yêu cầu, điều kiện thủ tục hành chính

Trong thời hạn 18 tháng kể từ ngày có văn bản chấp thuận thiết kế nút giao đấu nối mà chủ đầu tư chưa gửi hồ sơ đề nghị cấp phép thi công nút giao đấu nối vào đường địa phương đang khai thác hoặc có thay đổi về quy mô nút giao đấu nối thì phải thực hiện lại từ đầu thủ tục chấp thuận thiết kế nút giao.
Đối với kết nối giao thông thuộc dự án đầu tư xây dựng đường bộ do Chủ tịch ⟦ORG|Ủy ban nhân dân tỉnh⟧, Chủ tịch UBND cấp xã là người quyết định đầu tư, việc quyết định thiết kế nút giao đấu nối với đường địa phương đang khai thác thực hiện trong quyết định phê duyệt dự án.

Căn cứ pháp lý của thủ tục hành chính

- ⟦n1:LEGAL_REF|Nghị định số 165/2024/NĐ-CP⟧ ⟦n1d:DATE|ngày 26/12/2024⟧ của ⟦n1o:ORG|Chính phủ⟧ quy định chi tiết, hướng dẫn thi hành một số điều của ⟦l1:LEGAL_REF|Luật Đường bộ⟧ và Điều 77 ⟦l2:LEGAL_REF|Luật Trật tự, an toàn giao thông đường bộ⟧;
- ⟦n2:LEGAL_REF|Thông tư số 41/2024/TT-BGTVT⟧ ⟦n2d:DATE|ngày 15/11/2024⟧ của Bộ trưởng ⟦n2o:ORG|Bộ Giao thông vận tải⟧ Quy định về quản lý, vận hành, khai thác và bảo trì kết cấu hạ tầng đường bộ;
- ⟦n3:LEGAL_REF|Quyết định số 30/2025/QĐ-UBND⟧ ⟦n3d:DATE|ngày 30/9/2025⟧ của ⟦n3o:ORG|Uỷ ban nhân dân tỉnh Bắc Ninh⟧ Ban hành quy định quản lý, vận hành, khai thác, bảo trì kết cấu hạ tầng đường bộ trên địa bàn ⟦ADMIN_UNIT|tỉnh Bắc Ninh⟧. | Mẫu số 01: Đơn đề nghị chấp thuận thiết kế nút giao đấu nối vào đường địa phương đang khai thác | (1) (2)
------- | ⟦LOCATION|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM⟧
Độc lập - Tự do - Hạnh phúc
---------------

Số: ……/…… | ……, ngày …… tháng …… năm 202… | ĐƠN ĐỀ NGHỊ CHẤP THUẬN THIẾT KẾ NÚT GIAO ĐẤU NỐI VÀO ĐƯỜNG (TỈNH/ĐÔ THỊ/HUYỆN/XÃ/THÔN) ĐANG KHAI THÁC
Về việc đề nghị chấp thuận thiết kế nút giao đấu nối vào Đường … (ghi bên trái/hoặc bên phải tuyến Km … (ghi lý trình) của tuyến đường …. … (ghi tên, số hiệu đường bộ) Kính gửi:..………….. (Ghi tên cơ quan có thẩm quyền chấp thuận thiết kế nút giao vào đường tỉnh (đường huyện, đường …) đang khai thác) Căn cứ ⟦LEGAL_REF|Luật Đường bộ năm 2024⟧;
Căn cứ Quyết định số /2025/QĐ-UBND ngày tháng ⟦DATE|năm 2025⟧ của ⟦ORG|Ủy ban nhân dân tỉnh Bắc Ninh⟧ ban hành Quy định trình tự, thủ tục chấp thuận thiết kế và trình tự, thủ tục cấp phép thi công nút giao đối với đường địa phương đang khai thác trên địa bàn ⟦ADMIN_UNIT|tỉnh Bắc Ninh⟧;
Căn cứ … (ghi các văn bản/quyết định phê duyệt vị trí nút giao đấu nối; dự án đầu tư xây dựng có nút giao đấu nối);
Căn cứ … (ghi văn bản giao làm chủ đầu tư dự án xây dựng nút giao đấu nối);
=====RELATIONS=====
n1 issued_on n1d
n1 issued_by n1o
n1 implements l1
n1 implements l2
n2 issued_on n2d
n2 issued_by n2o
n3 issued_on n3d
n3 issued_by n3o
