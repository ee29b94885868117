doc: tnt305-tvpl__thong-bao-627-tb-vpcp-2025
source: ../shared/corpus/raw/tnt305-tvpl__thong-bao-627-tb-vpcp-2025.txt
span: 10461 14787
=====TEXT=====
e) Các bộ, ngành, địa phương khẩn trương đăng ký với ⟦ORG|Chính phủ⟧ (qua ⟦ORG|Bộ Xây dựng⟧) các công trình khánh thành, khởi công dịp ⟦DATE|19 tháng 12 năm 2025⟧, trên tinh thần mỗi tổ chức phấn đấu có ít nhất 02 công trình/dự án đủ điều kiện khởi công hoặc khánh thành.

2. Đối với dự án ⟦PROJECT|cảng hàng không quốc tế Long Thành giai đoạn 1⟧

a) Hiện nay tổng khối lượng hoàn thành của Dự án khoảng ⟦PERCENT|61%⟧ trong khi thời gian còn lại của ⟦DATE|năm 2025⟧ chỉ khoảng 2 tháng, khối lượng còn lại rất lớn. Với vai trò, ý nghĩa đặc biệt quan trọng của Dự án, yêu cầu các bộ, ngành, cơ quan chủ quản, nhất là ⟦ORG|ACV⟧ cần khẩn trương có giải pháp phù hợp để đẩy nhanh tiến độ thi công (phấn đấu sản lượng mỗi tháng đạt tối thiểu ⟦PERCENT|20%⟧), kiểm soát chặt chẽ chất lượng, an toàn lao động, tổ chức thi công hợp lý, khoa học, nhất là ⟦PROJECT|Dự án thành phần 3 (nhà ga hành khách)⟧ và ⟦PROJECT|Dự án thành phần 4 (các hạng mục công trình dịch vụ)⟧. Chuẩn bị khởi công giai đoạn 2 dự án để báo cáo các cấp thẩm quyền.

Các bộ, cơ quan liên quan chịu trách nhiệm trước ⟦ORG|Đảng⟧, ⟦ORG|Chính phủ⟧, ⟦ORG|Thủ tướng Chính phủ⟧ và Nhân dân về tiến độ triển khai Dự án; lưu ý phải bảo đảm tính đồng bộ (từ công trình trung tâm là nhà ga hành khách, đài kiểm soát không lưu, các công trình dịch vụ và đường kết nối...).

b) Rứt khoát phải khánh thành ⟦PROJECT|Cảng hàng không quốc tế Long Thành giai đoạn 1⟧ và dự án ⟦PROJECT|nâng cấp sân bay Nội Bài⟧ vào ⟦DATE|ngày 19 tháng 12 năm 2025⟧.

c) Giao Phó Thủ tướng ⟦ORG|Chính phủ⟧ ⟦PERSON|Trần Hồng Hà⟧ trước ⟦DATE|ngày 15 tháng 11 năm 2025⟧ trực tiếp kiểm tra, đôn đốc các bộ, cơ quan liên quan, kịp thời giải quyết những vướng mắc để đẩy nhanh tiến độ Dự án.

3. Đẩy nhanh thủ tục chuẩn bị đầu tư các dự án

a) Các ⟦ADMIN_UNIT|tỉnh Nghệ An⟧, ⟦ADMIN_UNIT|Quảng Ngãi⟧, ⟦ADMIN_UNIT|Cao Bằng⟧ khẩn trương hoàn thiện Báo cáo nghiên cứu tiền khả thi để trình cấp có thẩm quyền chủ trương đầu tư đối với các dự án ⟦PROJECT|đường bộ cao tốc Vinh - Cửa khẩu Thanh Thủy⟧, ⟦PROJECT|Quảng Ngãi - Kon Tum⟧, ⟦PROJECT|Bắc Kạn - Cao Bằng⟧, hoàn thành trong ⟦DATE|năm 2025⟧.

b) ⟦ADMIN_UNIT|Thành phố Hà Nội⟧ và các ⟦ADMIN_UNIT|tỉnh Bắc Ninh⟧, ⟦ADMIN_UNIT|Gia Lai⟧ đẩy nhanh tiến độ lập, phê duyệt Báo cáo nghiên cứu khả thi dự án ⟦PROJECT|đường nối sân bay Gia Bình⟧, dự án ⟦PROJECT|Quy Nhơn - Pleiku⟧, hoàn thành trong ⟦DATE|năm 2025⟧.

c) ⟦ORG|Bộ Xây dựng⟧ đẩy nhanh tiến độ phê duyệt Báo cáo nghiên cứu khả thi và khởi công dự án ⟦PROJECT|mở rộng cao tốc Thành phố Hồ Chí Minh - Trung Lương - Mỹ Thuận⟧ vào ⟦DATE|ngày 19 tháng 12 năm 2025⟧.

d) ⟦ADMIN_UNIT|Thành phố Hồ Chí Minh⟧, ⟦ADMIN_UNIT|tỉnh Lâm Đồng⟧ đẩy nhanh việc lựa chọn nhà đầu tư, nhà thầu và các thủ tục liên quan để khởi công dự án ⟦PROJECT|Thành phố Hồ Chí Minh - Mộc Bài⟧, ⟦PROJECT|Tân Phú - Bảo Lộc⟧ vào ⟦DATE|ngày 19 tháng 12 năm 2025⟧.

4. Đối với các dự án đang triển khai thi công

a) ⟦ORG|Bộ Xây dựng⟧, các địa phương, cơ quan chủ quản các dự án đang triển khai thi công tiếp tục chỉ đạo các chủ đầu tư, các nhà thầu bổ sung nhân lực, thiết bị, tăng mũi thi công, tổ chức thi công 3 ca, 4 kíp bảo đảm tiến độ hoàn thành theo đúng kế hoạch được giao.

b) ⟦ORG|Bộ Xây dựng⟧, ⟦ORG|Bộ Quốc phòng⟧ các ⟦ADMIN_UNIT|tỉnh Ninh Bình⟧, ⟦ADMIN_UNIT|Hưng Yên⟧, ⟦ADMIN_UNIT|Đồng Nai⟧, ⟦ADMIN_UNIT|Lâm Đồng⟧, ⟦ADMIN_UNIT|Phú Thọ⟧, ⟦ADMIN_UNIT|Sơn La⟧ đôn đốc chủ đầu tư, nhà đầu tư, nhà thầu quyết liệt triển khai ngay từ giai đoạn đầu các dự án ⟦PROJECT|Dầu Giây - Tân Phú⟧, ⟦PROJECT|Thành phố Hồ Chí Minh - Long Thành⟧, ⟦PROJECT|Cà Mau - Cái Nước⟧, ⟦PROJECT|Cái Nước - Đất Mũi⟧, ⟦PROJECT|tuyến giao thông ra đảo Hòn Khoai⟧, ⟦PROJECT|Cảng tổng hợp lưỡng dụng Hòn Khoai⟧, ⟦PROJECT|Ninh Bình - Hải Phòng⟧, ⟦PROJECT|Gia Nghĩa - Chơn Thành⟧, ⟦PROJECT|Hòa Bình - Mộc Châu⟧ bám sát tiến độ đề ra, không để chậm trễ.

5. Các nội dung khác

a) ⟦ORG|Bộ Nông nghiệp và Môi trường⟧ chỉ đạo ⟦ORG|Cục Thú y⟧ và ⟦ORG|Cục Bảo vệ thực vật⟧ kiểm soát chặt chẽ tiến độ thi công trụ sở các cơ quan Kiểm dịch động/thực vật tại ⟦PROJECT|Dự án Cảng hàng không quốc tế Long Thành⟧.

b) ⟦ORG|Ủy ban nhân dân tỉnh Hưng Yên⟧ khẩn trương làm việc với các địa phương (⟦ADMIN_UNIT|Ninh Bình⟧, ⟦ADMIN_UNIT|Hải Phòng⟧, ⟦ADMIN_UNIT|Bắc Ninh⟧, ⟦ADMIN_UNIT|Tuyên Quang⟧, ⟦ADMIN_UNIT|Phú Thọ⟧) để thống nhất phương án khai thác vật liệu xây dựng phục vụ ⟦PROJECT|Dự án Ninh Bình - Hải Phòng⟧ theo hình thức PPP; báo cáo Phó Thủ tướng ⟦PERSON|Trần Hồng Hà⟧ trước ⟦DATE|ngày 15 tháng 11 năm 2025⟧.

c) Giao ⟦ORG|Bộ Xây dựng⟧ chủ trì, làm việc với ⟦ORG|UBND tỉnh Đồng Nai⟧, ⟦ORG|ACV⟧ để thống nhất việc đầu tư đoạn kết nối 1,9km vào ⟦PROJECT|Cảng hàng không quốc tế Long Thành⟧ theo đề xuất của ⟦ORG|UBND tỉnh Đồng Nai⟧.

d) Các bộ, ngành, địa phương tiếp tục rà soát quy hoạch, đăng ký nhu cầu kế hoạch vốn đầu tư công trung hạn ⟦DATE|giai đoạn 2026-2030⟧ theo hướng dẫn của ⟦ORG|Bộ Tài chính⟧; ưu tiên các dự án cao tốc trong danh mục hoàn thành 5.000 km vào ⟦DATE|năm 2030⟧; kiên quyết không bố trí vốn cho các dự án khác khi chưa chưa bố trí đủ nguồn để triển khai các dự án cao tốc nêu trên.
=====RELATIONS=====
