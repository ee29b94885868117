doc: tnt305-tvpl__ke-hoach-987-kh-ubnd-nghe-an-2025
source: ../shared/corpus/raw/tnt305-tvpl__ke-hoach-987-kh-ubnd-nghe-an-2025.txt
span: 0 3214
=====TEXT=====
⟦h0:ORG|ỦY BAN NHÂN DÂN TỈNH NGHỆ AN⟧
------- | ⟦LOCATION|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM⟧
Độc lập - Tự do - Hạnh phúc
---------------

Số: ⟦h1:LEGAL_REF|987/KH-UBND⟧ | ⟦ADMIN_UNIT|Nghệ An⟧, ⟦h1d:DATE|ngày 20 tháng 11 năm 2025⟧

KẾ HOẠCH

PHÁT TRIỂN HỆ THỐNG SÓNG VIỄN THÔNG 5G, INTERNET VẠN VẬT (IOT) TẠI CÁC KHU CÔNG NGHIỆP ⟦ADMIN_UNIT|NGHỆ AN⟧ ⟦DATE|GIAI ĐOẠN 2026 - 2030⟧, TẦM NHÌN ĐẾN ⟦DATE|NĂM 2045⟧

Triển khai ⟦k1:LEGAL_REF|Kế hoạch hành động số 328-KH/TU⟧ ⟦k1d:DATE|ngày 24/4/2025⟧ của ⟦k1o:ORG|Ban chấp hành Đảng bộ tỉnh Nghệ An⟧ về việc thực hiện ⟦n1:LEGAL_REF|Nghị quyết số 57-NQ/TW⟧, ⟦n1d:DATE|ngày 22/12/2024⟧ của ⟦n1o:ORG|Bộ Chính trị⟧ trên địa bàn tỉnh; ⟦k2:LEGAL_REF|Kế hoạch số 348/KH-UBND⟧ ⟦k2d:DATE|ngày 14/5/2025⟧ của ⟦k2o:ORG|UBND tỉnh⟧ về triển khai thực hiện ⟦n2:LEGAL_REF|Nghị quyết số 71/NQ-CP⟧ ⟦n2d:DATE|ngày 01/4/2025⟧ của ⟦n2o:ORG|Chính phủ⟧ và ⟦k3:LEGAL_REF|Kế hoạch hành động số 328-KH/TU⟧, ⟦k3d:DATE|ngày 24/4/2025⟧ của ⟦k3o:ORG|Tỉnh ủy⟧; ⟦k4:LEGAL_REF|Kế hoạch số 01-KH/BCĐ⟧ ⟦k4d:DATE|ngày 28/06/2025⟧ của ⟦k4o:ORG|Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, cải cách hành chính và đề án 06⟧ về Kế hoạch hành động triển khai thực hiện ⟦k5:LEGAL_REF|Kế hoạch số 02-KH/BCĐTW⟧, ⟦k5d:DATE|ngày 19/6/2025⟧ của ⟦k5o:ORG|Ban Chỉ đạo Trung ương⟧, ⟦ORG|Ủy ban nhân dân tỉnh⟧ ban hành Kế hoạch phát triển hệ thống sóng viễn thông 5G, Internet vạn vật (IoT) tại các Khu công nghiệp trên địa bàn tỉnh ⟦DATE|giai đoạn 2026 - 2030⟧, tầm nhìn đến ⟦DATE|năm 2045⟧ như sau:

I. MỤC ĐÍCH, YÊU CẦU

1. Mục đích

- Chuyển dịch hạ tầng viễn thông sang hạ tầng Công nghệ thông tin, phát triển hạ tầng số đồng bộ, hiện đại để thúc đẩy chuyển đổi số tại các Khu công nghiệp (viết tắt KCN) đã đi vào hoạt động, góp phần tăng trưởng kinh tế số và thực hiện hiệu quả ⟦m1:LEGAL_REF|Nghị quyết số 57- NQ/TW⟧ của ⟦m1o:ORG|Bộ Chính trị⟧, mục tiêu tỷ lệ phủ sóng mạng 5G tại các KCN đến ⟦DATE|năm 2030⟧ đạt ⟦PERCENT|100%⟧.

- Tạo điều kiện cho các doanh nghiệp viễn thông trên địa bàn tỉnh triển khai xây dựng hạ tầng viễn thông, nâng cao chất lượng phủ sóng, cung cấp dịch vụ mạng 5G.

- Tăng cường chia sẻ, dùng chung hạ tầng kỹ thuật giữa các doanh nghiệp viễn thông để mở rộng vùng phủ sóng mạng di động 5G cũng như giảm thiếu chi phí đầu tư và mỹ quan đô thị.

- Cung ứng dịch vụ 5G với tốc độ siêu nhanh, độ trễ cực thấp và khả năng kết nối số lượng lớn thiết bị cùng lúc làm nền tảng cho việc triển khai các ứng dụng IoT tiên tiến: Nhà máy thông minh (Smart factory), tự động hóa sản xuất, robot công nghiệp, giám sát sản xuất thời gian thực, quản lý chuỗi cung ứng hiệu quả. Giúp doanh nghiệp tối ưu hóa quy trình sản xuất, giảm chi phí, tăng năng suất và chất lượng sản phẩm tại các (KCN) trên địa bàn tỉnh.

2. Yêu cầu

- Các doanh nghiệp viễn thông phối hợp các đơn vị liên quan triển khai thực hiện hiệu quả các nội dung đã đề ra trong kế hoạch.

- Các đơn vị liên quan tích cực phối hợp, tạo điều kiện thuận lợi cho các doanh nghiệp viễn thông thực hiện tốt các nội dung kế hoạch.

- Triển khai 5G và IoT tại KCN là bước đi cụ thể hóa chiến lược phát triển kinh tế số tại các KCN, không chỉ phục vụ trực tiếp cho hoạt động sản xuất mà còn tạo tiền đề cho việc phát triển các dịch vụ số mới, ứng dụng thông minh trong nhiều lĩnh vực khác như logistics, quản lý năng lượng, an ninh giám sát, kiểm soát chất lượng môi trường.

- Dữ liệu thu thập từ các hệ thống IoT trong KCN sẽ cung cấp thông tin toàn diện về hoạt động sản xuất, môi trường, an ninh trật tự, giúp cơ quan quản lý nhà nước đưa ra quyết định kịp thời và hiệu quả hơn trong công tác quản lý, điều hành.
=====RELATIONS=====
h1 issued_by h0
h1 issued_on h1d
k1 issued_on k1d
k1 issued_by k1o
k1 implements n1
n1 issued_on n1d
n1 issued_by n1o
k2 issued_on k2d
k2 issued_by k2o
k2 implements n2
k2 implements k3
n2 issued_on n2d
n2 issued_by n2o
k3 issued_on k3d
k3 issued_by k3o
k4 issued_on k4d
k4 issued_by k4o
k4 implements k5
k5 issued_on k5d
k5 issued_by k5o
h1 implements k1
h1 implements k2
h1 implements k4
m1 issued_by m1o
