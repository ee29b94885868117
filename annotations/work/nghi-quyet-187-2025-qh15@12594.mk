doc: tnt305-tvpl__nghi-quyet-187-2025-qh15
source: ../shared/corpus/raw/tnt305-tvpl__nghi-quyet-187-2025-qh15.txt
span: 12594 17163
=====TEXT=====

9. Công trình nhà ga đường sắt, công trình cầu thuộc Dự án không phải thi tuyển phương án kiến trúc.

10. Về công tác bồi thường, hỗ trợ, tái định cư:

a) ⟦ORG|Tập đoàn Điện lực Việt Nam⟧ chủ trì tổ chức thực hiện tiểu dự án hoặc các tiểu dự án đối với công tác di dời công trình điện có điện áp từ 110 kV trở lên;

b) Ủy ban nhân dân cấp tỉnh có Dự án đi qua triển khai xây dựng khu tái định cư cho Dự án trên cơ sở hồ sơ thiết kế sơ bộ trong Báo cáo nghiên cứu tiền khả thi được ⟦ORG|Quốc hội⟧ quyết định chủ trương đầu tư; bố trí tạm cư cho người có đất thu hồi, bảo đảm ổn định đời sống của người dân;

c) Người đứng đầu cơ quan có thẩm quyền được quyết định áp dụng chỉ định thầu đối với các gói thầu tư vấn, phi tư vấn, xây lắp thực hiện công tác bồi thường, hỗ trợ, tái định cư. Trình tự, thủ tục chỉ định thầu thực hiện theo quy định của pháp luật về đấu thầu;

d) Cho phép các tỉnh, thành phố trực thuộc trung ương được ứng trước vốn ngân sách địa phương để thực hiện công tác bồi thường, hỗ trợ, tái định cư cho Dự án.

11. Về chuyển mục đích sử dụng rừng sang mục đích khác và tạm sử dụng rừng:

a) Chủ trương chuyển mục đích sử dụng rừng sang mục đích khác được thực hiện trong bước nghiên cứu khả thi của Dự án. Hồ sơ đề xuất chủ trương chuyển mục đích sử dụng rừng sang mục đích khác là thành phần hồ sơ Báo cáo nghiên cứu khả thi của Dự án. Quyết định phê duyệt Dự án đồng thời là Quyết định chủ trương chuyển mục đích sử dụng rừng sang mục đích khác;

b) ⟦ORG|Chính phủ⟧ quy định việc tạm sử dụng rừng và hoàn trả rừng để thực hiện thi công công trình tạm phục vụ Dự án.

12. Về lập tổng mức đầu tư, dự toán gói thầu:

a) Đối với các hạng mục công việc có nhưng chưa phù hợp hoặc chưa có trong hệ thống định mức xây dựng, đơn giá được cấp có thẩm quyền ban hành, Dự án được áp dụng hệ thống định mức xây dựng, giá xây dựng công trình của các dự án đường sắt tương tự trên thế giới và được quy đổi về thời điểm tính toán;

b) Đối với các hạng mục không thể xác định chi phí theo quy định tại điểm a khoản này được phép xác định chi phí theo suất vốn đầu tư của dự án đường sắt tương tự trên thế giới và được quy đổi về thời điểm tính toán;

c) Đối với các khoản mục chi phí chưa được quy định trong pháp luật ⟦LOCATION|Việt Nam⟧ hoặc đã có quy định trong pháp luật ⟦LOCATION|Việt Nam⟧ nhưng chưa phù hợp với các dự án đường sắt có tính chất, điều kiện triển khai tương tự, được áp dụng các khoản mục chi phí như các dự án đường sắt có tính chất, điều kiện triển khai tương tự trên thế giới.

13. Cơ chế, chính sách bảo đảm phòng, chống tham nhũng, lãng phí, tiêu cực:

a) Khi lựa chọn nhà thầu các gói thầu EPC, gói thầu tư vấn sử dụng nhà thầu nước ngoài, thành phần tổ thẩm định theo quy định của pháp luật về đấu thầu và bổ sung đại diện ⟦ORG|Bộ Quốc phòng⟧, ⟦ORG|Bộ Công an⟧, ⟦ORG|Bộ Tài chính⟧, ⟦ORG|Thanh tra Chính phủ⟧, ⟦ORG|Kiểm toán nhà nước⟧;

b) Chủ đầu tư có trách nhiệm gửi hồ sơ tổng mức đầu tư đã được hoàn thiện theo báo cáo thẩm định của cấp quyết định đầu tư cho ⟦ORG|Kiểm toán nhà nước⟧ để thực hiện kiểm toán làm cơ sở phê duyệt Dự án. ⟦ORG|Kiểm toán nhà nước⟧ có trách nhiệm gửi kết quả kiểm toán cho cấp quyết định đầu tư trong thời hạn tối đa không quá 15 ngày, kể từ khi nhận được đầy đủ hồ sơ đề nghị kiểm toán.

14. Trường hợp việc lập, thẩm định, phê duyệt Dự án có nội dung khác với quy hoạch có liên quan thì Dự án được phê duyệt mà không phải thực hiện thủ tục điều chỉnh quy hoạch.

Sau khi Dự án được phê duyệt, các quy hoạch có liên quan phải được kịp thời rà soát, điều chỉnh, cập nhật và công bố.

15. Cho phép chủ đầu tư được triển khai thực hiện đồng thời việc lập, thẩm định, phê duyệt Báo cáo nghiên cứu khả thi, thiết kế xây dựng sau thiết kế cơ sở, hồ sơ mời thầu, hồ sơ yêu cầu.

16. Cho phép áp dụng hình thức chỉ định thầu các gói thầu thuộc Dự án.

17. Trong thời gian ⟦ORG|Quốc hội⟧ không họp, ⟦ORG|Chính phủ⟧ trình ⟦ORG|Ủy ban Thường vụ Quốc hội⟧ xem xét, quyết định bổ sung, điều chỉnh cơ chế, chính sách đặc thù, đặc biệt quy định tại Điều này cho Dự án.

18. ⟦ORG|Chính phủ⟧ ban hành Nghị định để quy định chi tiết nội dung, trình tự, thủ tục, thẩm quyền để triển khai các cơ chế, chính sách đặc thù, đặc biệt của Dự án.

Điều 4

1. ⟦ORG|Chính phủ⟧ chịu trách nhiệm trước ⟦ORG|Quốc hội⟧ trong việc:

a) Tổ chức thực hiện, quản lý đầu tư Dự án theo đúng Nghị quyết này và quy định của pháp luật có liên quan; bảo đảm Dự án đúng tiến độ, chất lượng;

b) Quản lý, sử dụng vốn và các nguồn lực tiết kiệm, hiệu quả, phòng, chống tham nhũng, lãng phí, tiêu cực; thông tin đầy đủ để người dân hiểu, đồng thuận về chủ trương đầu tư Dự án;

c) Chỉ đạo tổ chức việc quản lý, vận hành, khai thác, bảo trì bảo đảm an toàn, hiệu quả.

=====RELATIONS=====
