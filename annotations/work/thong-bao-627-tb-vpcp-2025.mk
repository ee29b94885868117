doc: tnt305-tvpl__thong-bao-627-tb-vpcp-2025
source: ../shared/corpus/raw/tnt305-tvpl__thong-bao-627-tb-vpcp-2025.txt
span: 10461 14787
=====TEXT=====
e) Các bộ, ngành, địa phương khẩn trương đăng ký với Chính phủ (qua Bộ Xây dựng) các công trình khánh thành, khởi công dịp 19 tháng 12 năm 2025, trên tinh thần mỗi tổ chức phấn đấu có ít nhất 02 công trình/dự án đủ điều kiện khởi công hoặc khánh thành.

2. Đối với dự án cảng hàng không quốc tế Long Thành giai đoạn 1

a) Hiện nay tổng khối lượng hoàn thành của Dự án khoảng 61% trong khi thời gian còn lại của năm 2025 chỉ khoảng 2 tháng, khối lượng còn lại rất lớn. Với vai trò, ý nghĩa đặc biệt quan trọng của Dự án, yêu cầu các bộ, ngành, cơ quan chủ quản, nhất là ACV cần khẩn trương có giải pháp phù hợp để đẩy nhanh tiến độ thi công (phấn đấu sản lượng mỗi tháng đạt tối thiểu 20%), kiểm soát chặt chẽ chất lượng, an toàn lao động, tổ chức thi công hợp lý, khoa học, nhất là Dự án thành phần 3 (nhà ga hành khách) và Dự án thành phần 4 (các hạng mục công trình dịch vụ). Chuẩn bị khởi công giai đoạn 2 dự án để báo cáo các cấp thẩm quyền.

Các bộ, cơ quan liên quan chịu trách nhiệm trước Đảng, Chính phủ, Thủ tướng Chính phủ và Nhân dân về tiến độ triển khai Dự án; lưu ý phải bảo đảm tính đồng bộ (từ công trình trung tâm là nhà ga hành khách, đài kiểm soát không lưu, các công trình dịch vụ và đường kết nối...).

b) Rứt khoát phải khánh thành Cảng hàng không quốc tế Long Thành giai đoạn 1 và dự án nâng cấp sân bay Nội Bài vào ngày 19 tháng 12 năm 2025.

c) Giao Phó Thủ tướng Chính phủ Trần Hồng Hà trước ngày 15 tháng 11 năm 2025 trực tiếp kiểm tra, đôn đốc các bộ, cơ quan liên quan, kịp thời giải quyết những vướng mắc để đẩy nhanh tiến độ Dự án.

3. Đẩy nhanh thủ tục chuẩn bị đầu tư các dự án

a) Các tỉnh Nghệ An, Quảng Ngãi, Cao Bằng khẩn trương hoàn thiện Báo cáo nghiên cứu tiền khả thi để trình cấp có thẩm quyền chủ trương đầu tư đối với các dự án đường bộ cao tốc Vinh - Cửa khẩu Thanh Thủy, Quảng Ngãi - Kon Tum, Bắc Kạn - Cao Bằng, hoàn thành trong năm 2025.

b) Thành phố Hà Nội và các tỉnh Bắc Ninh, Gia Lai đẩy nhanh tiến độ lập, phê duyệt Báo cáo nghiên cứu khả thi dự án đường nối sân bay Gia Bình, dự án Quy Nhơn - Pleiku, hoàn thành trong năm 2025.

c) Bộ Xây dựng đẩy nhanh tiến độ phê duyệt Báo cáo nghiên cứu khả thi và khởi công dự án mở rộng cao tốc Thành phố Hồ Chí Minh - Trung Lương - Mỹ Thuận vào ngày 19 tháng 12 năm 2025.

d) Thành phố Hồ Chí Minh, tỉnh Lâm Đồng đẩy nhanh việc lựa chọn nhà đầu tư, nhà thầu và các thủ tục liên quan để khởi công dự án Thành phố Hồ Chí Minh - Mộc Bài, Tân Phú - Bảo Lộc vào ngày 19 tháng 12 năm 2025.

4. Đối với các dự án đang triển khai thi công

a) Bộ Xây dựng, các địa phương, cơ quan chủ quản các dự án đang triển khai thi công tiếp tục chỉ đạo các chủ đầu tư, các nhà thầu bổ sung nhân lực, thiết bị, tăng mũi thi công, tổ chức thi công 3 ca, 4 kíp bảo đảm tiến độ hoàn thành theo đúng kế hoạch được giao.

b) Bộ Xây dựng, Bộ Quốc phòng các tỉnh Ninh Bình, Hưng Yên, Đồng Nai, Lâm Đồng, Phú Thọ, Sơn La đôn đốc chủ đầu tư, nhà đầu tư, nhà thầu quyết liệt triển khai ngay từ giai đoạn đầu các dự án Dầu Giây - Tân Phú, Thành phố Hồ Chí Minh - Long Thành, Cà Mau - Cái Nước, Cái Nước - Đất Mũi, tuyến giao thông ra đảo Hòn Khoai, Cảng tổng hợp lưỡng dụng Hòn Khoai, Ninh Bình - Hải Phòng, Gia Nghĩa - Chơn Thành, Hòa Bình - Mộc Châu bám sát tiến độ đề ra, không để chậm trễ.

5. Các nội dung khác

a) Bộ Nông nghiệp và Môi trường chỉ đạo Cục Thú y và Cục Bảo vệ thực vật kiểm soát chặt chẽ tiến độ thi công trụ sở các cơ quan Kiểm dịch động/thực vật tại Dự án Cảng hàng không quốc tế Long Thành.

b) Ủy ban nhân dân tỉnh Hưng Yên khẩn trương làm việc với các địa phương (Ninh Bình, Hải Phòng, Bắc Ninh, Tuyên Quang, Phú Thọ) để thống nhất phương án khai thác vật liệu xây dựng phục vụ Dự án Ninh Bình - Hải Phòng theo hình thức PPP; báo cáo Phó Thủ tướng Trần Hồng Hà trước ngày 15 tháng 11 năm 2025.

c) Giao Bộ Xây dựng chủ trì, làm việc với UBND tỉnh Đồng Nai, ACV để thống nhất việc đầu tư đoạn kết nối 1,9km vào Cảng hàng không quốc tế Long Thành theo đề xuất của UBND tỉnh Đồng Nai.

d) Các bộ, ngành, địa phương tiếp tục rà soát quy hoạch, đăng ký nhu cầu kế hoạch vốn đầu tư công trung hạn giai đoạn 2026-2030 theo hướng dẫn của Bộ Tài chính; ưu tiên các dự án cao tốc trong danh mục hoàn thành 5.000 km vào năm 2030; kiên quyết không bố trí vốn cho các dự án khác khi chưa chưa bố trí đủ nguồn để triển khai các dự án cao tốc nêu trên.
=====RELATIONS=====
