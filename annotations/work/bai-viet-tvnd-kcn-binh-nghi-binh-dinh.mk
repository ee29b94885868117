doc: tnt305-tvpl__bai-viet-tvnd-kcn-binh-nghi-binh-dinh
source: ../shared/corpus/raw/tnt305-tvpl__bai-viet-tvnd-kcn-binh-nghi-binh-dinh.txt
span: 0 5184
=====TEXT=====
⟦PROJECT|Khu công nghiệp Bình Nghi⟧ được ⟦ORG|UBND Bình Định⟧ chấp thuận chủ trương đầu tư ra sao?

⟦e1:ORG|UBND tỉnh Bình Định⟧ ban hành ⟦e2:LEGAL_REF|Quyết định 1742/QĐ-UBND⟧ chấp thuận chủ đầu tư đồng thời chấp thuận nhà đầu tư.

Theo đó, ⟦ORG|UBND tỉnh Bình Định⟧ chấp thuận chủ trương đầu tư đồng thời chấp thuận nhà đầu tư với nội dung như sau:

(1) Nhà đầu tư: ⟦ORG|Công ty TNHH Đầu tư và Phát triển hạ tầng Khu công nghiệp Bình Nghi⟧.

(2) Tên dự án: ⟦PROJECT|Đầu tư xây dựng và kinh doanh kết cấu hạ tầng Khu công nghiệp Bình Nghi⟧

(3) Mục tiêu dự án: Xây dựng và kinh doanh kết cấu hạ tầng Khu công nghiệp có hệ thống hạ tầng kỹ thuật đồng bộ, đáp ứng các tiêu chí của một khu công nghiệp hiện đại theo quy chuẩn, tiêu chuẩn, quy định của nhà nước.

(4) Quy mô dự án: Dự án có quy mô diện tích ⟦AREA|207,67 ha⟧.

(5) Vốn đầu tư thực hiện dự án: ⟦MONEY|901.320.802.000 đồng⟧. Trong đó:

- Vốn góp của nhà đầu tư: ⟦MONEY|135.198.120.000 đồng⟧.

- Vốn vay thương mại: ⟦MONEY|766.122.682.000 đồng⟧.

(6) Thời hạn hoạt động của dự án: 50 năm, kể từ ngày có Quyết định cho thuê đất của cơ quan Nhà nước có thẩm quyền.

(7) Địa điểm thực hiện dự án: Thuộc ⟦e3:ADMIN_UNIT|thôn 3⟧, ⟦e4:ADMIN_UNIT|thôn 4⟧ và ⟦e5:ADMIN_UNIT|thôn Thủ Thiện Hạ⟧, ⟦e6:ADMIN_UNIT|xã Bình Nghi⟧, ⟦e7:ADMIN_UNIT|huyện Tây Sơn⟧, ⟦e8:ADMIN_UNIT|tỉnh Bình Định⟧.

(8) Ưu đãi, hỗ trợ đầu tư và điều kiện áp dụng: Thực hiện theo quy định của pháp luật nhà nước.

Tiến độ thực hiện dự án ⟦PROJECT|Khu công nghiệp Bình Nghi⟧ như thế nào?

Theo ⟦LEGAL_REF|Quyết định 1742/QĐ-UBND⟧, tiến độ thực hiện dự án ⟦PROJECT|Khu công nghiệp Bình Nghi⟧ không quá 45 tháng, cụ thể như sau:

- Từ ⟦DATE|Quý II/2025⟧ đến ⟦DATE|Quý IV/2025⟧: Hoàn thành các thủ tục đầu tư, bồi thường, giải phóng mặt bằng và khởi công xây dựng;

- Từ ⟦DATE|Quý I/2026⟧ đến ⟦DATE|Quý IV/2026⟧: Xây dựng hệ thống hạ tầng kỹ thuật của dự án bao gồm: San nền, hệ thống giao thông, cây xanh, cấp điện, cấp nước, thoát nước, hệ thống xử lý nước thải trên phần diện tích ⟦AREA|50 ha⟧ theo kế hoạch sử dụng đất ⟦DATE|giai đoạn 2021 - 2025⟧;

- Từ ⟦DATE|Quý I/2027⟧ đến ⟦DATE|Quý II/2028⟧: Xây dựng hệ thống hạ tầng kỹ thuật của dự án bao gồm: San nền, hệ thống giao thông, cây xanh, cấp điện, cấp nước, thoát nước, hệ thống xử lý nước thải trên phần diện tích ⟦AREA|157,67 ha⟧ còn lại theo tiến độ bàn giao mặt bằng;

- Từ ⟦DATE|Quý III/2028⟧ đến ⟦DATE|Quý IV/2028⟧: Xây dựng các hạng mục cổng, tường rào, cây xanh cảnh quan, nhà điều hành, công trình dịch vụ và các công trình phụ trợ nhằm hoàn thiện đồng bộ hệ thống hạ tầng kỹ thuật của dự án;

- ⟦DATE|Tháng 12/2028⟧: Đưa dự án đầu tư đi vào hoạt động (cho thuê đất, vận hành các hạng mục hạ tầng kỹ thuật phục vụ sản xuất, kinh doanh, cung cấp dịch vụ).

Phương hướng xây dựng khu công nghiệp là gì?

Căn cứ Điều 3 ⟦LEGAL_REF|Nghị định 35/2022/NĐ-CP⟧ quy định về phương hướng xây dựng khu công nghiệp như sau:

- Phương hướng xây dựng khu công nghiệp là một nội dung của quy hoạch vùng, cụ thể: Phương hướng xây dựng, bao gồm xác định hệ thống đô thị, nông thôn; khu kinh tế; khu công nghiệp, khu chế xuất, khu công nghệ cao; khu du lịch; khu nghiên cứu, đào tạo; khu thể dục thể thao; khu bảo tồn, khu vực cần được bảo quản, tu bổ, phục hồi di tích lịch sử - văn hóa, danh lam thắng cảnh và đối tượng đã được kiểm kê di tích; vùng sản xuất tập trung;

- Nội dung phương hướng xây dựng khu công nghiệp bao gồm:

+ Mục tiêu, định hướng, phương hướng phân bổ không gian, tổ chức thực hiện và giải pháp về phát triển khu công nghiệp, khu kinh tế của vùng trong kỳ quy hoạch;

+ Dự kiến tổng diện tích, loại hình khu công nghiệp, khu kinh tế của từng tỉnh, thành phố trực thuộc trung ương thuộc vùng; xác định các khu kinh tế có vai trò quan trọng, có tính động lực đối với phát triển kinh tế - xã hội của vùng.

Quy định về đầu tư hạ tầng, thành lập khu công nghiệp

Căn cứ Điều 6 ⟦LEGAL_REF|Nghị định 35/2022/NĐ-CP⟧ quy định về đầu tư hạ tầng, thành lập khu công nghiệp như sau:

- Khu công nghiệp được đầu tư theo các loại hình khác nhau, bao gồm: khu công nghiệp, khu chế xuất, khu công nghiệp hỗ trợ, khu công nghiệp chuyên ngành, khu công nghiệp sinh thái và khu công nghiệp công nghệ cao (sau đây gọi chung là khu công nghiệp).

- Khu công nghiệp nằm trong khu kinh tế được tổng hợp vào quy hoạch chung xây dựng khu kinh tế, trình phê duyệt theo quy định của pháp luật về xây dựng. Trường hợp điều chỉnh khu công nghiệp nằm trong khu kinh tế thì thực hiện thủ tục điều chỉnh quy hoạch chung xây dựng khu kinh tế theo quy định của pháp luật về xây dựng.

- Điều kiện, trình tự và thủ tục đầu tư hạ tầng, thành lập khu công nghiệp thực hiện theo quy định tại Nghị định này và quy định khác của pháp luật có liên quan.

- Điều kiện, trình tự và thủ tục đầu tư hạ tầng, thành lập khu công nghiệp mở rộng thực hiện theo quy định tương tự khu công nghiệp mới, trừ trường hợp quy định tại khoản 8 Điều 9 ⟦LEGAL_REF|Nghị định 35/2022/NĐ-CP⟧.

- Mỗi khu công nghiệp có một hoặc nhiều chủ đầu tư hạ tầng, nhà đầu tư thực hiện đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu công nghiệp.

- Khu công nghiệp được xác định là đã được thành lập kể từ ngày cấp có thẩm quyền:

+ Quyết định chủ trương đầu tư dự án hạ tầng khu công nghiệp sử dụng vốn đầu tư công theo quy định của pháp luật về đầu tư công;

+ Chấp thuận chủ trương đầu tư đồng thời chấp thuận nhà đầu tư, chấp thuận nhà đầu tư hoặc cấp Giấy chứng nhận đăng ký đầu tư thực hiện dự án đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu công nghiệp theo quy định của pháp luật về đầu tư.

=====RELATIONS=====
e2 issued_by e1
e3 located_in e6
e4 located_in e6
e5 located_in e6
e6 located_in e7
e7 located_in e8
