doc: tnt305-tvpl__bai-viet-tvnd-mo-rong-cao-toc-tphcm-trung-luong-my-thuan
source: ../shared/corpus/raw/tnt305-tvpl__bai-viet-tvnd-mo-rong-cao-toc-tphcm-trung-luong-my-thuan.txt
span: 0 4598
=====TEXT=====
Tống vốn đầu tư mở rộng cao tốc TPHCM Trung Lương Mỹ Thuận theo phương thức PPP

Bộ trưởng Bộ Xây dựng đã ban hành Quyết định 2166/QĐ-BXD năm 2025 về phê duyệt Dự án đầu tư xây dựng mở rộng đường cao tốc Thành phố Hồ Chí Minh - Trung Lương - Mỹ Thuận theo phương thức đối tác công tư (PPP), trong đó có thông tin về điểm đầu và điểm cuối dự án cao tốc TPHCM Trung Lương Mỹ Thuận (mở rộng).

Theo khoản 10 Điều 1 Quyết định 2166/QĐ-BXD năm 2025, tống vốn đầu tư mở rộng cao tốc TPHCM Trung Lương Mỹ Thuận theo phương thức PPP như sau:

Tổng mức đầu tư Dự án 36.172,41 tỷ đồng, trong đó:

- Chi phí bồi thường, hỗ trợ và tái định cư: 5.087,89 tỷ đồng.

- Chi phí xây dựng: 20.770,32 tỷ đồng.

- Chi phí thiết bị: 710,90 tỷ đồng.

- Chi phí quản lý dự án, tư vấn đầu tư, chi phí khác: 1.580,89 tỷ đồng.

- Chi phí dự phòng: 3.751,17 tỷ đồng.

- Lãi vay trong thời gian xây dựng: 4.271,24 tỷ đồng.

Theo quy định tại khoản 2 Điều 60 Luật Đầu tư theo phương thức đối tác công tư 2020 (được sửa đổi, bổ sung một số điều theo Luật số 57/2024/QH15 và Luật số 90/2025/QH15), trường hợp giá trị quyết toán thấp hơn so với giá trị tổng mức đầu tư trong hợp đồng sẽ cập nhật, điều chỉnh thời hạn hợp đồng.

Chi phí bồi thường hỗ trợ tái định cư dự án mở rộng cao tốc TPHCM Trung Lương Mỹ Thuận

Căn cứ tại khoản 19 Điều 1 Quyết định 2166/QĐ-BXD năm 2025 có nêu rõ chi phí bồi thường hỗ trợ tái định cư dự án mở rộng cao tốc TPHCM Trung Lương Mỹ Thuận như sau:

Chi phí bồi thường, hỗ trợ, tái định cư (đã bao gồm dự phòng phí) khoảng 5.088 tỷ đồng, trong đó:

- Đoạn qua Thành phố Hồ Chí Minh khoảng 1.303,02 tỷ đồng.

- Đoạn qua tỉnh Tây Ninh khoảng 2.340,3 tỷ đồng.

- Đoạn qua tỉnh Đồng Tháp khoảng 1.444,56 tỷ đồng.

Thẩm quyền quyết định đầu tư dự án đầu tư công năm 2025

Tại Điều 38 Luật Đầu tư công 2024 (được sửa đổi, bổ sung tại Luật số 90/2025/QH15) đã quy định thẩm quyền quyết định đầu tư dự án đầu tư công năm 2025 như sau:

(1) Người đứng đầu Bộ, cơ quan trung ương có thẩm quyền sau đây:

(i) Quyết định đầu tư chương trình mục tiêu quốc gia, dự án quan trọng quốc gia đã được Quốc hội quyết định chủ trương đầu tư, chương trình đầu tư công đã được Chính phủ quyết định chủ trương đầu tư, dự án đầu tư công đã được Thủ tướng Chính phủ quyết định chủ trương đầu tư do Bộ, cơ quan mình là chủ chương trình hoặc cơ quan chủ quản;

(ii) Quyết định đầu tư chương trình sử dụng vốn ODA, vốn vay ưu đãi nước ngoài, dự án nhóm A, nhóm B, nhóm C thuộc thẩm quyền quản lý;

(iii) Được phân cấp hoặc ủy quyền quyết định đầu tư đối với dự án nhóm B, nhóm C quy định tại (ii) cho cơ quan, đơn vị trực thuộc;

(iv) Căn cứ điều kiện cụ thể của dự án, được giao Ban quản lý dự án đầu tư xây dựng chuyên ngành hoặc Ban quản lý dự án đầu tư xây dựng khu vực làm chủ đầu tư. Trường hợp không có Ban quản lý dự án hoặc có Ban quản lý dự án nhưng không đủ điều kiện thực hiện thì được giao cơ quan, tổ chức có kinh nghiệm, năng lực quản lý làm chủ đầu tư và chịu trách nhiệm về quyết định của mình.

(2) Chủ tịch Ủy ban nhân dân cấp tỉnh quyết định đầu tư chương trình, dự án sau đây:

- Dự án quan trọng quốc gia đã được Quốc hội quyết định chủ trương đầu tư do Ủy ban nhân dân cấp tỉnh là cơ quan chủ quản;

- Chương trình đầu tư công, dự án nhóm A đã được Hội đồng nhân dân cấp tỉnh quyết định chủ trương đầu tư;

- Dự án nhóm B, nhóm C đã được Ủy ban nhân dân cấp tỉnh quyết định chủ trương đầu tư;

- Dự án nhóm B, nhóm C sử dụng vốn vay ODA, vốn vay ưu đãi nước ngoài; dự án sử dụng vốn ODA không hoàn lại.

(3) Chủ tịch Ủy ban nhân dân cấp xã quyết định đầu tư dự án nhóm B, nhóm C do cấp xã quản lý

(4) Giám đốc hoặc Tổng giám đốc doanh nghiệp nhà nước quyết định đầu tư dự án sử dụng vốn ODA không hoàn lại; quyết định dự án nhóm A, nhóm B, nhóm C đã được Hội đồng thành viên hoặc Chủ tịch công ty hoặc Hội đồng quản trị quyết định chủ trương đầu tư.

(5) Trường hợp điều chỉnh quyết định đầu tư chương trình, dự án, thẩm quyền điều chỉnh quyết định đầu tư chương trình, dự án thực hiện theo quy định tại khoản 3 Điều 46 Luật Đầu tư công 2024.

(6) Chính phủ quy định việc phân cấp thẩm quyền, trình tự, thủ tục quyết định đầu tư đối với chương trình, dự án sử dụng vốn từ nguồn thu hợp pháp của cơ quan nhà nước, đơn vị sự nghiệp công lập dành để đầu tư phù hợp với quy định về quyền tự chủ tài chính của các cơ quan, đơn vị.

(7) Người đứng đầu Bộ, cơ quan trung ương, địa phương quyết định đầu tư chương trình, dự án chịu trách nhiệm về hiệu quả đầu tư các chương trình, dự án được phê duyệt.

() Trên đây là thông tin về Tống vốn đầu tư mở rộng cao tốc TPHCM Trung Lương Mỹ Thuận theo phương thức PPP

=====RELATIONS=====
