doc: tnt305-tvpl__nghi-quyet-187-2025-qh15
source: ../shared/corpus/raw/tnt305-tvpl__nghi-quyet-187-2025-qh15.txt
span: 6727 11649
=====TEXT=====
- Điều chỉnh trữ lượng khai thác, kéo dài thời hạn khai thác mỏ, nâng công suất theo nhu cầu của Dự án mà không phải thực hiện thủ tục điều chỉnh quy hoạch tỉnh; không phải lập dự án đầu tư khai thác khoáng sản điều chỉnh để thực hiện trình tự, thủ tục quyết định hoặc chấp thuận chủ trương đầu tư; không phải thực hiện thủ tục thẩm định, phê duyệt kết quả thẩm định báo cáo đánh giá tác động môi trường, cấp giấy phép môi trường và đăng ký môi trường nhưng phải bảo đảm yêu cầu về an toàn lao động, bảo vệ môi trường trong khai thác;

- Dừng việc nâng công suất khai thác sau khi đã cung cấp đủ cho Dự án;

b) Đối với các mỏ khoáng sản nằm trong hồ sơ khảo sát vật liệu xây dựng phục vụ Dự án nhưng chưa cấp Giấy phép khai thác:

- Ủy ban nhân dân cấp tỉnh quyết định điều chỉnh, bổ sung các mỏ khoáng sản này vào phương án quản lý về địa chất, khoáng sản trong quy hoạch tỉnh mà không phải thực hiện thủ tục điều chỉnh quy hoạch tỉnh; sử dụng nguồn dự phòng của Dự án để tổ chức thu hồi đất, bồi thường, hỗ trợ, tái định cư khu vực mỏ sau khi đã được khảo sát, đánh giá về trữ lượng, chất lượng theo yêu cầu của Dự án và các nội dung khác theo quy định của pháp luật về địa chất và khoáng sản để cấp mỏ cho tổ chức, cá nhân khai thác khoáng sản phục vụ Dự án; quản lý, giám sát quá trình thực hiện và quản lý sau khi hoàn thành Dự án;

- Tổ chức, cá nhân khai thác khoáng sản phục vụ Dự án được cấp giấy phép khai thác khoáng sản làm vật liệu xây dựng thông thường mà không phải đấu giá quyền khai thác khoáng sản; đối với các mỏ vật liệu xây dựng thông thường đã được đưa vào kế hoạch đấu giá quyền khai thác khoáng sản được điều chỉnh, đưa ra khỏi kế hoạch đấu giá để cấp giấy phép khai thác mà không phải đấu giá quyền khai thác khoáng sản; việc cấp phép khai thác được thực hiện tương tự như việc cấp phép khai thác khoáng sản nhóm IV quy định tại điểm a khoản 2 Điều 72 và các điểm c, d khoản 2 Điều 73 của ⟦LEGAL_REF|Luật Địa chất và khoáng sản⟧;

- Tổ chức, cá nhân khai thác khoáng sản phục vụ Dự án chịu trách nhiệm nộp thuế, phí và nghĩa vụ tài chính khác theo quy định của pháp luật;

- Việc khai thác, sử dụng khoáng sản được thực hiện đến khi hoàn thành Dự án và phải chịu sự quản lý, giám sát theo quy định của pháp luật;

c) Trường hợp đã khai thác hết trữ lượng khoáng sản tại các mỏ khoáng sản nằm trong hồ sơ khảo sát vật liệu xây dựng phục vụ Dự án nhưng vẫn chưa đáp ứng đủ nhu cầu cung cấp vật liệu xây dựng cho Dự án, chủ đầu tư chủ trì tổ chức khảo sát, đề xuất Ủy ban nhân dân cấp tỉnh quyết định bổ sung mới các mỏ khoáng sản vào hồ sơ khảo sát vật liệu xây dựng phục vụ Dự án; việc quản lý, khai thác, sử dụng khoáng sản tại các mỏ khoáng sản bổ sung mới thực hiện như quy định tại điểm b khoản này;

d) Ủy ban nhân dân cấp tỉnh căn cứ điều kiện thực tế để xem xét, hướng dẫn tổ chức, cá nhân khai thác khoáng sản phục vụ Dự án tự lập đánh giá tác động tới lòng, bờ, bãi sông đối với mỏ cát, sỏi lòng sông nằm ở đoạn sông, suối có nguy cơ sạt lở cao bảo đảm tuân thủ quy định về quản lý cát, sỏi lòng sông và bảo vệ lòng, bờ, bãi sông; kiểm tra, kiểm soát việc sử dụng khoáng sản theo quy định của pháp luật.

5. Về bãi đổ chất thải rắn xây dựng và tầng đất mặt của đất chuyên trồng lúa nước:

a) Ủy ban nhân dân cấp tỉnh quyết định thu hồi đất, bồi thường, hỗ trợ, tái định cư khu vực bãi đổ chất thải rắn xây dựng trong hồ sơ khảo sát Dự án và bàn giao mặt bằng cho nhà thầu để đổ chất thải rắn xây dựng của Dự án;

b) Ủy ban nhân dân cấp tỉnh tổ chức quản lý bãi đổ chất thải rắn xây dựng của Dự án theo quy định của pháp luật về đất đai, pháp luật về môi trường và quy định khác của pháp luật có liên quan;

c) Ủy ban nhân dân cấp tỉnh tổ chức xây dựng phương án sử dụng tầng đất mặt của đất chuyên trồng lúa nước thu hồi từ Dự án. Việc xây dựng phương án sử dụng tầng đất mặt của đất chuyên trồng lúa nước thu hồi từ Dự án thực hiện theo quy định của pháp luật về trồng trọt.

6. Phát triển khoa học, công nghệ và đào tạo phát triển nguồn nhân lực cho Dự án:

a) Tổ chức, cá nhân tham gia các hoạt động khoa học, công nghệ phục vụ Dự án được áp dụng các chính sách sau đây:

- Tổ chức, cá nhân chủ trì hoạt động khoa học, công nghệ phục vụ Dự án được quyết định việc đấu thầu hạn chế, chỉ định thầu, đặt hàng để lựa chọn nhà thầu cung ứng dịch vụ, hàng hóa;

- Doanh nghiệp được hưởng ưu đãi như doanh nghiệp công nghệ cao theo quy định của pháp luật về công nghệ cao trong thời gian thực hiện nhiệm vụ khoa học, công nghệ phục vụ Dự án;

- Thu nhập của doanh nghiệp, thu nhập của cá nhân từ việc thực hiện nhiệm vụ khoa học, công nghệ phục vụ Dự án được miễn thuế;

b) Tổ chức, cá nhân tham gia đào tạo phát triển nguồn nhân lực công nghệ cao phục vụ Dự án được hưởng các chính sách ưu đãi theo quy định của pháp luật về công nghệ cao.

7. Về phát triển công nghiệp và chuyển giao công nghệ:

a) Nhà thầu phải ưu tiên sử dụng các sản phẩm, hàng hóa, dịch vụ mà trong nước có thể sản xuất, cung cấp;


=====RELATIONS=====
