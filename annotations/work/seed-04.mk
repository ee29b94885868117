doc: seed-lang-son-2025-03
source: ../shared/seed/bao-cao-lang-son-2025-03.txt
span: 23189 28814
=====TEXT=====

Tiếp tục nâng cao hiệu quả cung cấp dịch vụ công trực tuyến cho tổ chức, cá nhân về lĩnh vực cấp giấy phép xây dựng đảm bảo giải quyết kịp thời các hồ sơ đủ điều kiện. Tiếp tục tăng cường kiểm tra công tác quản lý trật tự xây dựng nhằm phát hiện, ngăn chặn và chấn chỉnh những trường hợp xây dựng trái phép, không đúng nội dung giấy phép, thường xuyên phối hợp kiểm tra xử lý nghiêm các công trình thi công xây dựng không có biển báo, không che chắn, tập kết vật liệu không đúng quy định, không đảm bảo quy định về an toàn lao động, vệ sinh môi trường trong thi công xây dựng công trình...

Tiếp tục nâng cao chất lượng trong công tác thẩm định hồ sơ dự án, thiết kế, dự toán xây dựng và kiểm tra công tác nghiệm thu theo phân cấp. Tiếp tục

chỉ đạo đẩy nhanh tiến độ thẩm định hồ sơ bồi thường vật kiến trúc phục vụ công tác GPMB thực hiện các dự án đầu tư xây dựng.

Tiếp tục thực hiện duy trì, chăm sóc cây xanh, vườn hoa, công viên tạo cảnh quan đô thị; cải tạo, trồng và chăm sóc hoa, cây xanh tại các trụ đảo giao thông, dải phân cách, vỉa hè đảm bảo cảnh quan môi trường; gắn với công tác chỉnh trang đô thị kết hợp trồng hoa, cây xanh trên địa bàn.

2. Đầu tư xây dựng cơ bản

Chỉ đạo ⟦ORG|Ban QLDA ĐTXD⟧: Trình thẩm định báo cáo đề xuất chủ trương đầu tư sau sửa ý kiến của Hội đồng thẩm định 01 dự án¹⁸; Trình thẩm định báo cáo nghiên cứu khả thi 02 dự án¹⁹; Trình thẩm định điều chỉnh Báo cáo KT-KT 01 dự án²⁰; điều chỉnh thiết kế bản vẽ thi công và dự toán 01 dự án²¹; Bàn giao mặt bằng và tổ chức khởi công mới 02 dự án²²; Đơn đốc tiến độ thi công 12 công trình²³; Phối hợp thẩm tra quyết toán 04 dự án²⁴; Thực hiện nghiệm thu hết bảo hành 05 công trình²⁵.

3. Nông nghiệp và Môi trường, đất đai, giải phóng mặt bằng

Phê duyệt Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧; kiểm kê đất đai và lập bản đồ hiện trạng sử dụng đất thành phố ⟦DATE|năm 2024⟧.

Chỉ đạo đơn đốc các xã, phường thông báo rộng rãi đến người dân về việc lập hồ sơ cấp Giấy chứng nhận lần đầu theo ⟦e1:LEGAL_REF|Kế hoạch số 423/KH-UBND⟧ ⟦e2:DATE|ngày 22/11/2024⟧ của ⟦e3:ORG|UBND thành phố⟧ về việc đẩy nhanh tiến độ cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất trên địa bàn ⟦ADMIN_UNIT|thành phố Lạng Sơn⟧.

¹⁸ ⟦e4:PROJECT|Cải tạo chỉnh trang khu di tích, danh thắng Nhị - Tam Thanh⟧, ⟦e5:ADMIN_UNIT|phường Tam Thanh⟧

¹⁹ (1) ⟦PROJECT|Xây mới trường tiểu học Chi Lăng 2⟧; (2) ⟦PROJECT|Đường Lương Văn Tri (đoạn Bắc Sơn - Bà Triệu)⟧

²⁰ ⟦PROJECT|Cải tạo mặt đường và hệ thống thoát nước thôn Bình Cầm⟧

²¹ ⟦e6:PROJECT|Xây dựng các tuyến đường đối ngoại giáp Nhà ở xã hội 2 và hạ tầng kỹ thuật khu dân cư liền kề⟧, ⟦e7:ADMIN_UNIT|thành phố Lạng Sơn⟧

²² (1) ⟦PROJECT|Đường Lý Thái Tổ kéo dài và khu dân cư, tái định cư thành phố Lạng Sơn⟧; (2) ⟦e8:PROJECT|Mở rộng đường Tô Sơn⟧, ⟦e9:ADMIN_UNIT|phường Chi Lăng⟧

²³ (1) ⟦PROJECT|Công viên bờ sông Kỳ Cùng (Đoạn từ cầu Đông Kinh đến khách sạn Đông Kinh)⟧; (2) ⟦e10:PROJECT|Hạ tầng kỹ thuật khu dân cư Trần Quang Khải⟧, ⟦e11:ADMIN_UNIT|phường Chi Lăng⟧; (3) ⟦PROJECT|Hạ tầng kỹ thuật khu tái định cư và dân cư Mỹ Sơn⟧; (4) ⟦PROJECT|Chỉnh trang hệ thống vỉa hè điện chiếu sáng, trang trí phường Chi Lăng⟧ (5) ⟦e12:PROJECT|Cải tạo, mở rộng mặt đường giao thông vào thôn Tăng Khâm⟧, ⟦e13:ADMIN_UNIT|xã Hoàng Đồng⟧; (6) ⟦e14:PROJECT|Mở mới đường liên thôn Nà Sèn- Đồi Chè và nâng cấp, mở rộng đường thôn Đồi Chè⟧, ⟦e15:ADMIN_UNIT|xã Hoàng Đồng⟧; (7) ⟦e16:PROJECT|Cải tạo mặt đường và hệ thống thoát nước đường Lê Hồng Phong (đoạn từ Trần Đăng Ninh đến Ngã 6)⟧, ⟦e17:ADMIN_UNIT|phường Tam Thanh⟧; (8) ⟦e18:PROJECT|Xây mới Chợ Mai Pha⟧, ⟦e19:ADMIN_UNIT|thành phố Lạng Sơn⟧; (9) ⟦PROJECT|Trục đường đối ngoại và hạ tầng kỹ thuật khu tái định cư⟧ thuộc dự án ⟦PROJECT|Trụ sở làm việc Công an tỉnh⟧ (10) ⟦PROJECT|Xử lý điểm ngập úng cục bộ⟧ tại ⟦LOCATION|đường Ba Sơn⟧ (đoạn qua ⟦ORG|Chi nhánh Ngân hàng Chính sách xã hội tỉnh⟧) và ⟦LOCATION|đường Trần Đại Nghĩa⟧; (11) ⟦PROJECT|Cải tạo mặt đường và hệ thống thoát nước thôn Bình Cầm⟧; (12) ⟦PROJECT|Nút giao thông số 7A⟧, ⟦LOCATION|khu đô thị Phú Lộc IV⟧

²⁴ (1) ⟦e20:PROJECT|Hệ thống thoát nước khu đô thị phía Đông⟧, ⟦e21:ADMIN_UNIT|thành phố Lạng Sơn⟧; (2) ⟦PROJECT|Khuôn viên cây xanh phía Nam Cầu Kỳ Cùng⟧ (quyết toán tổng thể dự án); (3) ⟦PROJECT|Kè suối Lao Ly⟧; (4) ⟦PROJECT|Cải tạo, chỉnh trang khuôn viên Hồ Phai Loạn⟧

²⁵ (1) ⟦PROJECT|Công viên phía Nam cầu 17/10⟧; (2) ⟦PROJECT|Công viên bờ sông Kỳ Cùng (Đoạn từ cầu Đông Kinh đến khách sạn Đông Kinh)⟧. Hạng mục ⟦PROJECT|Khuôn viên cây xanh và kè bảo vệ bờ sông phía bên đường Nguyễn Du⟧ (3) ⟦e22:PROJECT|Nhà văn hoá thôn Hoàng Tân⟧, ⟦e23:ADMIN_UNIT|xã Hoàng Đồng⟧ (4) ⟦PROJECT|Đầu tư xây dựng, cải tạo trạm y tế tuyến xã trên địa bàn thành phố⟧; (5) ⟦PROJECT|Trụ sở xã Mai Pha⟧

Tiếp tục chỉ đạo công tác kiểm tra, giám sát việc thu gom, xử lý và vận chuyển rác thải sinh hoạt trên địa bàn của ⟦ORG|Công ty TNHH Huy Hoàng⟧ tăng cường công tác đảm bảo vệ sinh môi trường.

Kiện toàn ⟦ORG|Ban Chỉ đạo các Chương trình MTQG xây dựng NTM⟧; chỉ đạo đôn đốc các xã xây dựng phương án các khu dân cư kiểu mẫu, thôn kiểu mẫu; Thẩm định các khu dân cư kiểu mẫu, thôn kiểu mẫu các xã. Hướng dẫn, đôn đốc ⟦ADMIN_UNIT|xã Quảng Lạc⟧ rà soát, hoàn thiện các tiêu chí NTM kiểu mẫu.

Lập hồ sơ trình ⟦ORG|UBND tỉnh⟧ giao khu đất Nhà máy nước cho ⟦ORG|UBND thành phố⟧ để bố trí tái định cư dự án ⟦PROJECT|đường Lý Thái Tổ kéo dài và khu dân cư, tái định cư thành phố Lạng Sơn⟧ theo quy định.

Chỉ đạo ⟦ORG|phòng Nông nghiệp và Môi trường⟧ khẩn trương hoàn thiện hồ sơ xây dựng giá đất cụ thể để làm căn cứ tính tiền bồi thường khi Nhà nước thu hồi đất để có cơ sở thực hiện các dự án²⁶.

Xử lý dứt điểm các dự án cơ bản đã hoàn thành công tác giải phóng mặt bằng. Tiếp tục đẩy nhanh tiến độ giải phóng mặt bằng các dự án, đặc biệt là các dự án trọng điểm như: ⟦PROJECT|Tuyến cao tốc cửa khẩu Hữu Nghị - Chi Lăng⟧ (Hoàn thành trong ⟦DATE|tháng 3/2025⟧); ⟦PROJECT|Xây dựng trụ sở Công an tỉnh Lạng Sơn⟧; ⟦PROJECT|Khách sạn sân golf Hoàng Đồng⟧; ⟦PROJECT|Đường Lý Thái Tổ kéo dài và khu tái định cư, dân cư thành phố⟧...

4. Văn hoá – Xã hội – Y tế

Chỉ đạo ⟦ORG|phòng GD-ĐT thành phố⟧; tiếp tục tham gia và tổ chức các cuộc thi, hội thi của tỉnh, của thành phố²⁷; tham dự các lớp bồi dưỡng chuyên môn, nghiệp vụ theo kế hoạch. Tổ chức các hoạt động hưởng ứng Ngày hội sách và văn hóa đọc ⟦DATE|năm 2025⟧.

=====RELATIONS=====
e1 issued_on e2
e1 issued_by e3
e4 located_in e5
e6 located_in e7
e8 located_in e9
e10 located_in e11
e12 located_in e13
e14 located_in e15
e16 located_in e17
e18 located_in e19
e20 located_in e21
e22 located_in e23
