doc: tnt305-tvpl__bai-viet-tvnd-mo-rong-cao-toc-tphcm-trung-luong-my-thuan
source: ../shared/corpus/raw/tnt305-tvpl__bai-viet-tvnd-mo-rong-cao-toc-tphcm-trung-luong-my-thuan.txt
span: 0 4598
=====TEXT=====
Tống vốn đầu tư ⟦PROJECT|mở rộng cao tốc TPHCM Trung Lương Mỹ Thuận⟧ theo phương thức PPP

Bộ trưởng ⟦e1:ORG|Bộ Xây dựng⟧ đã ban hành ⟦e2:LEGAL_REF|Quyết định 2166/QĐ-BXD⟧ ⟦e3:DATE|năm 2025⟧ về phê duyệt ⟦PROJECT|Dự án đầu tư xây dựng mở rộng đường cao tốc Thành phố Hồ Chí Minh - Trung Lương - Mỹ Thuận⟧ theo phương thức đối tác công tư (PPP), trong đó có thông tin về điểm đầu và điểm cuối dự án ⟦PROJECT|cao tốc TPHCM Trung Lương Mỹ Thuận (mở rộng)⟧.

Theo khoản 10 Điều 1 ⟦e4:LEGAL_REF|Quyết định 2166/QĐ-BXD⟧ ⟦e5:DATE|năm 2025⟧, tống vốn đầu tư ⟦e6:PROJECT|mở rộng cao tốc TPHCM Trung Lương Mỹ Thuận⟧ theo phương thức PPP như sau:

Tổng mức đầu tư Dự án ⟦e7:MONEY|36.172,41 tỷ đồng⟧, trong đó:

- Chi phí bồi thường, hỗ trợ và tái định cư: ⟦MONEY|5.087,89 tỷ đồng⟧.

- Chi phí xây dựng: ⟦MONEY|20.770,32 tỷ đồng⟧.

- Chi phí thiết bị: ⟦MONEY|710,90 tỷ đồng⟧.

- Chi phí quản lý dự án, tư vấn đầu tư, chi phí khác: ⟦MONEY|1.580,89 tỷ đồng⟧.

- Chi phí dự phòng: ⟦MONEY|3.751,17 tỷ đồng⟧.

- Lãi vay trong thời gian xây dựng: ⟦MONEY|4.271,24 tỷ đồng⟧.

Theo quy định tại khoản 2 Điều 60 ⟦LEGAL_REF|Luật Đầu tư theo phương thức đối tác công tư 2020⟧ (được sửa đổi, bổ sung một số điều theo ⟦LEGAL_REF|Luật số 57/2024/QH15⟧ và ⟦LEGAL_REF|Luật số 90/2025/QH15⟧), trường hợp giá trị quyết toán thấp hơn so với giá trị tổng mức đầu tư trong hợp đồng sẽ cập nhật, điều chỉnh thời hạn hợp đồng.

Chi phí bồi thường hỗ trợ tái định cư dự án ⟦PROJECT|mở rộng cao tốc TPHCM Trung Lương Mỹ Thuận⟧

Căn cứ tại khoản 19 Điều 1 ⟦e8:LEGAL_REF|Quyết định 2166/QĐ-BXD⟧ ⟦e9:DATE|năm 2025⟧ có nêu rõ chi phí bồi thường hỗ trợ tái định cư dự án ⟦e10:PROJECT|mở rộng cao tốc TPHCM Trung Lương Mỹ Thuận⟧ như sau:

Chi phí bồi thường, hỗ trợ, tái định cư (đã bao gồm dự phòng phí) khoảng ⟦e11:MONEY|5.088 tỷ đồng⟧, trong đó:

- Đoạn qua ⟦ADMIN_UNIT|Thành phố Hồ Chí Minh⟧ khoảng ⟦MONEY|1.303,02 tỷ đồng⟧.

- Đoạn qua ⟦ADMIN_UNIT|tỉnh Tây Ninh⟧ khoảng ⟦MONEY|2.340,3 tỷ đồng⟧.

- Đoạn qua ⟦ADMIN_UNIT|tỉnh Đồng Tháp⟧ khoảng ⟦MONEY|1.444,56 tỷ đồng⟧.

Thẩm quyền quyết định đầu tư dự án đầu tư công ⟦DATE|năm 2025⟧

Tại Điều 38 ⟦LEGAL_REF|Luật Đầu tư công 2024⟧ (được sửa đổi, bổ sung tại ⟦LEGAL_REF|Luật số 90/2025/QH15⟧) đã quy định thẩm quyền quyết định đầu tư dự án đầu tư công ⟦DATE|năm 2025⟧ như sau:

(1) Người đứng đầu Bộ, cơ quan trung ương có thẩm quyền sau đây:

(i) Quyết định đầu tư chương trình mục tiêu quốc gia, dự án quan trọng quốc gia đã được ⟦ORG|Quốc hội⟧ quyết định chủ trương đầu tư, chương trình đầu tư công đã được ⟦ORG|Chính phủ⟧ quyết định chủ trương đầu tư, dự án đầu tư công đã được ⟦ORG|Thủ tướng Chính phủ⟧ quyết định chủ trương đầu tư do Bộ, cơ quan mình là chủ chương trình hoặc cơ quan chủ quản;

(ii) Quyết định đầu tư chương trình sử dụng vốn ODA, vốn vay ưu đãi nước ngoài, dự án nhóm A, nhóm B, nhóm C thuộc thẩm quyền quản lý;

(iii) Được phân cấp hoặc ủy quyền quyết định đầu tư đối với dự án nhóm B, nhóm C quy định tại (ii) cho cơ quan, đơn vị trực thuộc;

(iv) Căn cứ điều kiện cụ thể của dự án, được giao Ban quản lý dự án đầu tư xây dựng chuyên ngành hoặc Ban quản lý dự án đầu tư xây dựng khu vực làm chủ đầu tư. Trường hợp không có Ban quản lý dự án hoặc có Ban quản lý dự án nhưng không đủ điều kiện thực hiện thì được giao cơ quan, tổ chức có kinh nghiệm, năng lực quản lý làm chủ đầu tư và chịu trách nhiệm về quyết định của mình.

(2) Chủ tịch Ủy ban nhân dân cấp tỉnh quyết định đầu tư chương trình, dự án sau đây:

- Dự án quan trọng quốc gia đã được ⟦ORG|Quốc hội⟧ quyết định chủ trương đầu tư do Ủy ban nhân dân cấp tỉnh là cơ quan chủ quản;

- Chương trình đầu tư công, dự án nhóm A đã được Hội đồng nhân dân cấp tỉnh quyết định chủ trương đầu tư;

- Dự án nhóm B, nhóm C đã được Ủy ban nhân dân cấp tỉnh quyết định chủ trương đầu tư;

- Dự án nhóm B, nhóm C sử dụng vốn vay ODA, vốn vay ưu đãi nước ngoài; dự án sử dụng vốn ODA không hoàn lại.

(3) Chủ tịch Ủy ban nhân dân cấp xã quyết định đầu tư dự án nhóm B, nhóm C do cấp xã quản lý

(4) Giám đốc hoặc Tổng giám đốc doanh nghiệp nhà nước quyết định đầu tư dự án sử dụng vốn ODA không hoàn lại; quyết định dự án nhóm A, nhóm B, nhóm C đã được Hội đồng thành viên hoặc Chủ tịch công ty hoặc Hội đồng quản trị quyết định chủ trương đầu tư.

(5) Trường hợp điều chỉnh quyết định đầu tư chương trình, dự án, thẩm quyền điều chỉnh quyết định đầu tư chương trình, dự án thực hiện theo quy định tại khoản 3 Điều 46 ⟦LEGAL_REF|Luật Đầu tư công 2024⟧.

(6) ⟦ORG|Chính phủ⟧ quy định việc phân cấp thẩm quyền, trình tự, thủ tục quyết định đầu tư đối với chương trình, dự án sử dụng vốn từ nguồn thu hợp pháp của cơ quan nhà nước, đơn vị sự nghiệp công lập dành để đầu tư phù hợp với quy định về quyền tự chủ tài chính của các cơ quan, đơn vị.

(7) Người đứng đầu Bộ, cơ quan trung ương, địa phương quyết định đầu tư chương trình, dự án chịu trách nhiệm về hiệu quả đầu tư các chương trình, dự án được phê duyệt.

() Trên đây là thông tin về Tống vốn đầu tư ⟦PROJECT|mở rộng cao tốc TPHCM Trung Lương Mỹ Thuận⟧ theo phương thức PPP

=====RELATIONS=====
e2 issued_by e1
e2 issued_on e3
e4 issued_on e5
e6 has_amount e7
e8 issued_on e9
e10 has_amount e11
