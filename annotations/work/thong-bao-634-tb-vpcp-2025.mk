doc: tnt305-tvpl__thong-bao-634-tb-vpcp-2025
source: ../shared/corpus/raw/tnt305-tvpl__thong-bao-634-tb-vpcp-2025.txt
span: 7494 10832
=====TEXT=====
1. Về đề nghị nghiên cứu, sửa đổi, bổ sung ⟦LEGAL_REF|Nghị quyết số 66.4/2025/NQ-CP⟧ đối với nội dung về thủ tục chuyển mục đích sử dụng rừng:
giao ⟦ORG|Bộ Nông nghiệp và Môi trường⟧ chủ trì phối hợp với các Bộ, cơ quan và địa phương liên quan nghiên cứu, đề xuất phương án xử lý theo quy định, báo cáo ⟦ORG|Chính phủ⟧, ⟦ORG|Thủ tướng Chính phủ⟧ trong ⟦DATE|tháng 12 năm 2025⟧.

2. Về dự án ⟦PROJECT|đầu tư xây dựng công trình nạo vét luồng tàu vào khu bến cảng Nghi Sơn⟧ tại ⟦LOCATION|Khu kinh tế Nghi Sơn⟧: ⟦ORG|Bộ Xây dựng⟧ khẩn trương rà soát, sớm bàn giao trong ⟦DATE|năm 2025⟧ dự án ⟦PROJECT|đầu tư xây dựng công trình nạo vét luồng tàu vào khu bến cảng Nghi Sơn⟧ tại ⟦LOCATION|Khu kinh tế Nghi Sơn⟧ cho ⟦ADMIN_UNIT|tỉnh Thanh Hóa⟧ làm cơ quan chủ quản hoặc cơ quan có thẩm quyền để triển khai Dự án theo quy định, báo cáo ⟦ORG|Thủ tướng Chính phủ⟧ kết quả thực hiện trước ⟦DATE|ngày 31 tháng 12 năm 2025⟧.

3. Về mở rộng dự án giai đoạn 2 của ⟦PROJECT|Nhà máy lọc hóa dầu Nghi Sơn⟧: giao ⟦ORG|Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam⟧ làm việc cụ thể với ⟦ORG|công ty TNHH Lọc hóa dầu Nghi Sơn⟧, các nhà đầu tư để thống nhất về kế hoạch mở rộng giai đoạn 2 của nhà máy, báo cáo ⟦ORG|Thủ tướng Chính phủ⟧ trong ⟦DATE|tháng 12 năm 2025⟧.

4. Về đầu tư ⟦PROJECT|kho dầu thô dự trữ quốc gia⟧: với vai trò là chủ đầu tư, ⟦ORG|Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam⟧ chủ động làm việc, trao đổi với các Tập đoàn lớn trên thế giới để triển khai các nội dung liên quan. Để xác định vị trí cụ thể của dự án, ⟦ORG|Ủy ban nhân dân tỉnh Thanh Hóa⟧ phối hợp với ⟦ORG|Bộ Công Thương⟧, ⟦ORG|Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam⟧ và các cơ quan liên quan rà soát kỹ các quy hoạch có liên quan trên địa bàn, bảo đảm tính phù hợp, không chồng lấn; đồng thời chủ động bố trí quỹ đất, thực hiện công tác giải phóng mặt bằng và tổ chức thu hút đầu tư dự án nêu trên, báo cáo ⟦ORG|Thủ tướng Chính phủ⟧ kết quả thực hiện trong ⟦DATE|tháng 12 năm 2025⟧.

5. Về điều chuyển số vốn dư, không có khả năng giải ngân trong ⟦DATE|năm 2025⟧ (khoảng ⟦MONEY|1.500 tỷ đồng⟧) từ nguồn vốn hỗ trợ theo chính sách đặc thù quy định tại ⟦n1:LEGAL_REF|Nghị quyết số 37/2021/QH15⟧ ⟦n1d:DATE|ngày 13 tháng 11 năm 2021⟧ của ⟦n1o:ORG|Quốc hội⟧ cho ⟦ADMIN_UNIT|tỉnh Thanh Hóa⟧: ⟦ORG|Ủy ban nhân dân tỉnh Thanh Hóa⟧ rà soát và khẩn trương thực hiện các giải pháp cụ thể, giải ngân hết số vốn đầu tư công của tỉnh ⟦DATE|năm 2025⟧ nêu trên để đầu tư phát triển hệ thống hạ tầng kỹ thuật, thực hiện di dân, tái định cư trong ⟦LOCATION|Khu kinh tế Nghi Sơn⟧ theo kế hoạch phân bổ chi tiết của Tỉnh, báo cáo ⟦ORG|Thủ tướng Chính phủ⟧ kết quả thực hiện trong ⟦DATE|Quý I năm 2026⟧.

6. Về chủ trương đầu tư tuyến ⟦r1:PROJECT|đường giao thông kết nối liên vùng⟧ từ ⟦r1a:LOCATION|đường Hồ Chí Minh⟧, ⟦r1b:ADMIN_UNIT|tỉnh Thanh Hóa⟧ đến ⟦r1c:LOCATION|quốc lộ 6⟧ và ⟦r1d:LOCATION|đường cao tốc CT.03⟧ ⟦r1e:ADMIN_UNIT|tỉnh Phú Thọ⟧, đoạn qua ⟦r1f:ADMIN_UNIT|tỉnh Thanh Hóa⟧: ⟦ORG|Ủy ban nhân dân tỉnh Thanh Hóa⟧ khẩn trương báo cáo ⟦ORG|Thủ tướng Chính phủ⟧ về việc chuẩn bị đầu tư tuyến đường kết nối, đoạn trên địa bàn ⟦ADMIN_UNIT|tỉnh Thanh Hóa⟧ trước ⟦DATE|ngày 01 tháng 12 năm 2025⟧.

7. Về đề nghị ⟦ORG|Chính phủ⟧ chỉ đạo ⟦ORG|Bộ Tài chính⟧ xem xét, bố trí vốn ⟦PROJECT|Dự án đường ven biển đoạn Hoằng Hóa - Sầm Sơn và Quảng Xương - Tĩnh Gia⟧ trong kế hoạch vốn đầu tư công trung hạn ⟦DATE|giai đoạn 2026 - 2030⟧ từ số vốn không giải ngân hết phải hoàn trả ngân sách trung ương của dự án ⟦PROJECT|BOT đường ven biển đoạn Hoằng Hóa - Sầm Sơn và Quảng Xương - Tĩnh Gia⟧: giao ⟦ORG|Bộ Tài chính⟧ chủ trì phối hợp với ⟦ORG|Bộ Xây dựng⟧ và các cơ quan liên quan xem xét, xử lý theo đúng quy định. Đối với nội dung vượt thẩm quyền, đề xuất báo cáo cấp có thẩm quyền phương án xử lý theo quy định của pháp luật trước ⟦DATE|ngày 25 tháng 12 năm 2025⟧.
=====RELATIONS=====
n1 issued_on n1d
n1 issued_by n1o
r1a located_in r1b
r1c located_in r1e
r1d located_in r1e
r1 located_in r1f
