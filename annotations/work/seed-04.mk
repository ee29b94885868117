doc: seed-lang-son-2025-03
source: ../shared/seed/bao-cao-lang-son-2025-03.txt
span: 23189 28814
=====TEXT=====

Tiếp tục nâng cao hiệu quả cung cấp dịch vụ công trực tuyến cho tổ chức, cá nhân về lĩnh vực cấp giấy phép xây dựng đảm bảo giải quyết kịp thời các hồ sơ đủ điều kiện. Tiếp tục tăng cường kiểm tra công tác quản lý trật tự xây dựng nhằm phát hiện, ngăn chặn và chấn chỉnh những trường hợp xây dựng trái phép, không đúng nội dung giấy phép, thường xuyên phối hợp kiểm tra xử lý nghiêm các công trình thi công xây dựng không có biển báo, không che chắn, tập kết vật liệu không đúng quy định, không đảm bảo quy định về an toàn lao động, vệ sinh môi trường trong thi công xây dựng công trình...

Tiếp tục nâng cao chất lượng trong công tác thẩm định hồ sơ dự án, thiết kế, dự toán xây dựng và kiểm tra công tác nghiệm thu theo phân cấp. Tiếp tục

chỉ đạo đẩy nhanh tiến độ thẩm định hồ sơ bồi thường vật kiến trúc phục vụ công tác GPMB thực hiện các dự án đầu tư xây dựng.

Tiếp tục thực hiện duy trì, chăm sóc cây xanh, vườn hoa, công viên tạo cảnh quan đô thị; cải tạo, trồng và chăm sóc hoa, cây xanh tại các trụ đảo giao thông, dải phân cách, vỉa hè đảm bảo cảnh quan môi trường; gắn với công tác chỉnh trang đô thị kết hợp trồng hoa, cây xanh trên địa bàn.

2. Đầu tư xây dựng cơ bản

Chỉ đạo Ban QLDA ĐTXD: Trình thẩm định báo cáo đề xuất chủ trương đầu tư sau sửa ý kiến của Hội đồng thẩm định 01 dự án¹⁸; Trình thẩm định báo cáo nghiên cứu khả thi 02 dự án¹⁹; Trình thẩm định điều chỉnh Báo cáo KT-KT 01 dự án²⁰; điều chỉnh thiết kế bản vẽ thi công và dự toán 01 dự án²¹; Bàn giao mặt bằng và tổ chức khởi công mới 02 dự án²²; Đơn đốc tiến độ thi công 12 công trình²³; Phối hợp thẩm tra quyết toán 04 dự án²⁴; Thực hiện nghiệm thu hết bảo hành 05 công trình²⁵.

3. Nông nghiệp và Môi trường, đất đai, giải phóng mặt bằng

Phê duyệt Kế hoạch sử dụng đất năm 2025; kiểm kê đất đai và lập bản đồ hiện trạng sử dụng đất thành phố năm 2024.

Chỉ đạo đơn đốc các xã, phường thông báo rộng rãi đến người dân về việc lập hồ sơ cấp Giấy chứng nhận lần đầu theo Kế hoạch số 423/KH-UBND ngày 22/11/2024 của UBND thành phố về việc đẩy nhanh tiến độ cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất trên địa bàn thành phố Lạng Sơn.

¹⁸ Cải tạo chỉnh trang khu di tích, danh thắng Nhị - Tam Thanh, phường Tam Thanh

¹⁹ (1) Xây mới trường tiểu học Chi Lăng 2; (2) Đường Lương Văn Tri (đoạn Bắc Sơn - Bà Triệu)

²⁰ Cải tạo mặt đường và hệ thống thoát nước thôn Bình Cầm

²¹ Xây dựng các tuyến đường đối ngoại giáp Nhà ở xã hội 2 và hạ tầng kỹ thuật khu dân cư liền kề, thành phố Lạng Sơn

²² (1) Đường Lý Thái Tổ kéo dài và khu dân cư, tái định cư thành phố Lạng Sơn; (2) Mở rộng đường Tô Sơn, phường Chi Lăng

²³ (1) Công viên bờ sông Kỳ Cùng (Đoạn từ cầu Đông Kinh đến khách sạn Đông Kinh); (2) Hạ tầng kỹ thuật khu dân cư Trần Quang Khải, phường Chi Lăng; (3) Hạ tầng kỹ thuật khu tái định cư và dân cư Mỹ Sơn; (4) Chỉnh trang hệ thống vỉa hè điện chiếu sáng, trang trí phường Chi Lăng (5) Cải tạo, mở rộng mặt đường giao thông vào thôn Tăng Khâm, xã Hoàng Đồng; (6) Mở mới đường liên thôn Nà Sèn- Đồi Chè và nâng cấp, mở rộng đường thôn Đồi Chè, xã Hoàng Đồng; (7) Cải tạo mặt đường và hệ thống thoát nước đường Lê Hồng Phong (đoạn từ Trần Đăng Ninh đến Ngã 6), phường Tam Thanh; (8) Xây mới Chợ Mai Pha, thành phố Lạng Sơn; (9) Trục đường đối ngoại và hạ tầng kỹ thuật khu tái định cư thuộc dự án Trụ sở làm việc Công an tỉnh (10) Xử lý điểm ngập úng cục bộ tại đường Ba Sơn (đoạn qua Chi nhánh Ngân hàng Chính sách xã hội tỉnh) và đường Trần Đại Nghĩa; (11) Cải tạo mặt đường và hệ thống thoát nước thôn Bình Cầm; (12) Nút giao thông số 7A, khu đô thị Phú Lộc IV

²⁴ (1) Hệ thống thoát nước khu đô thị phía Đông, thành phố Lạng Sơn; (2) Khuôn viên cây xanh phía Nam Cầu Kỳ Cùng (quyết toán tổng thể dự án); (3) Kè suối Lao Ly; (4) Cải tạo, chỉnh trang khuôn viên Hồ Phai Loạn

²⁵ (1) Công viên phía Nam cầu 17/10; (2) Công viên bờ sông Kỳ Cùng (Đoạn từ cầu Đông Kinh đến khách sạn Đông Kinh). Hạng mục Khuôn viên cây xanh và kè bảo vệ bờ sông phía bên đường Nguyễn Du (3) Nhà văn hoá thôn Hoàng Tân, xã Hoàng Đồng (4) Đầu tư xây dựng, cải tạo trạm y tế tuyến xã trên địa bàn thành phố; (5) Trụ sở xã Mai Pha

Tiếp tục chỉ đạo công tác kiểm tra, giám sát việc thu gom, xử lý và vận chuyển rác thải sinh hoạt trên địa bàn của Công ty TNHH Huy Hoàng tăng cường công tác đảm bảo vệ sinh môi trường.

Kiện toàn Ban Chỉ đạo các Chương trình MTQG xây dựng NTM; chỉ đạo đôn đốc các xã xây dựng phương án các khu dân cư kiểu mẫu, thôn kiểu mẫu; Thẩm định các khu dân cư kiểu mẫu, thôn kiểu mẫu các xã. Hướng dẫn, đôn đốc xã Quảng Lạc rà soát, hoàn thiện các tiêu chí NTM kiểu mẫu.

Lập hồ sơ trình UBND tỉnh giao khu đất Nhà máy nước cho UBND thành phố để bố trí tái định cư dự án đường Lý Thái Tổ kéo dài và khu dân cư, tái định cư thành phố Lạng Sơn theo quy định.

Chỉ đạo phòng Nông nghiệp và Môi trường khẩn trương hoàn thiện hồ sơ xây dựng giá đất cụ thể để làm căn cứ tính tiền bồi thường khi Nhà nước thu hồi đất để có cơ sở thực hiện các dự án²⁶.

Xử lý dứt điểm các dự án cơ bản đã hoàn thành công tác giải phóng mặt bằng. Tiếp tục đẩy nhanh tiến độ giải phóng mặt bằng các dự án, đặc biệt là các dự án trọng điểm như: Tuyến cao tốc cửa khẩu Hữu Nghị - Chi Lăng (Hoàn thành trong tháng 3/2025); Xây dựng trụ sở Công an tỉnh Lạng Sơn; Khách sạn sân golf Hoàng Đồng; Đường Lý Thái Tổ kéo dài và khu tái định cư, dân cư thành phố...

4. Văn hoá – Xã hội – Y tế

Chỉ đạo phòng GD-ĐT thành phố; tiếp tục tham gia và tổ chức các cuộc thi, hội thi của tỉnh, của thành phố²⁷; tham dự các lớp bồi dưỡng chuyên môn, nghiệp vụ theo kế hoạch. Tổ chức các hoạt động hưởng ứng Ngày hội sách và văn hóa đọc năm 2025.

=====RELATIONS=====
