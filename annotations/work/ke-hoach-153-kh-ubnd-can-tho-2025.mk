doc: tnt305-tvpl__ke-hoach-153-kh-ubnd-can-tho-2025
source: ../shared/corpus/raw/tnt305-tvpl__ke-hoach-153-kh-ubnd-can-tho-2025.txt
span: 22127 26750
=====TEXT=====

h) Chủ trì triển khai, thực hiện các nhiệm vụ được giao tại các dự án trong Chương trình theo chỉ đạo của ⟦ORG|Bộ Công an⟧, bao gồm:

- Dự án 1: Phòng ngừa, đấu tranh tội phạm về ma túy có tổ chức, xuyên quốc gia.

- Dự án 2: Ứng dụng khoa học và công nghệ trong phòng, chống ma túy.

- Dự án 4: Nâng cao hiệu quả công tác phòng, chống ma túy ở cơ sở.

- Dự án 5: Nâng cao hiệu quả cai nghiện ma túy và quản lý sau cai.

- Dự án 7 (Tiểu dự án 2):
Nâng cao hiệu quả truyền thông, giáo dục phòng, chống ma túy ở cơ sở.

- Dự án 9: Quản lý, giám sát, đánh giá Chương trình.

2. ⟦ORG|Sở Tài chính⟧

a) Trên cơ sở đề xuất kinh phí của các sở, ban, ngành, địa phương, chủ trì tổng hợp, trình cấp có thẩm quyền và phối hợp với các sở, ban, ngành, Ủy ban nhân dân xã, phường bố trí kinh phí chi thường xuyên trong dự toán ngân sách nhà nước hằng năm theo quy định của ⟦LEGAL_REF|Luật Ngân sách nhà nước⟧ và các quy định hiện hành để đảm bảo thực hiện Chương trình.

b) Phối hợp với ⟦ORG|Công an thành phố⟧ tham mưu xây dựng kế hoạch và cân đối, bố trí vốn, phân bổ ngân sách địa phương để thực hiện các nhiệm vụ Chương trình, nhất là đối với công tác cai nghiện ma túy; trình ⟦ORG|Hội đồng nhân dân thành phố⟧ quyết định phân bổ vốn ngân sách trung ương hỗ trợ cho địa phương thực hiện Chương trình; ban hành theo thẩm quyền quy định về lồng ghép nguồn vốn từ các Chương trình mục tiêu quốc gia, chương trình, dự án khác có cùng nội dung, nhiệm vụ, đối tượng và phạm vi, địa bàn để thực hiện Chương trình trên địa bàn thành phố sử dụng kinh phí tiết kiệm, hiệu quả; phấn đấu hoàn thành mục tiêu Chương trình đã được phê duyệt; không để xảy ra tình trạng nợ động xây dựng cơ bản.

3. ⟦ORG|Sở Y tế⟧

a) Tổ chức hướng dẫn thực hiện phác đồ điều trị cắt cơn, giải độc, trị liệu, hồi phục cho người tham gia cai nghiện ma túy dưới các hình thức. Nâng cao hiệu quả điều trị nghiện các chất dạng thuốc phiện bằng thuốc thay thế. Thường xuyên phối hợp, trao đổi thông tin cơ quan Công an trong thực hiện quản lý, giám sát người điều trị nghiện các chất dạng thuốc phiện bằng thuốc thay thế.

b) Chỉ đạo các cơ sở y tế trực thuộc thực hiện xác định tình trạng nghiện ma túy trên địa bàn toàn thành phố.

c) Thực hiện chức năng quản lý nhà nước về y, dược, kiểm tra việc thực hiện quy chế chuyên môn về quản lý, sử dụng thuốc gây nghiện, thuốc hướng thần, tiền chất hợp pháp trong các cơ sở y tế theo phân cấp quản lý của ⟦ORG|Sở Y tế⟧; kịp thời phát hiện, chấn chỉnh những sơ hở, thiếu sót, phối hợp các sở, ngành liên quan thường xuyên tổ chức kiểm tra, xử lý những vi phạm liên quan.

d) Chủ trì triển khai, thực hiện các nhiệm vụ được giao tại Dự án 6 “Tăng cường đáp ứng y tế trong phòng, chống ma túy” theo chỉ đạo của ⟦ORG|Bộ Y tế⟧.

4. ⟦ORG|Sở Tư pháp⟧

Thực hiện chức năng thường trực, tham mưu ⟦ORG|Hội đồng phối hợp phổ biến, giáo dục pháp luật thành phố⟧ chỉ đạo tăng cường công tác tuyên truyền, phổ biến pháp luật về phòng, chống ma túy theo chức năng, nhiệm vụ được giao bằng các hình thức phù hợp.

5. ⟦ORG|Sở Văn hóa, Thể thao và Du lịch⟧

a) Chỉ đạo hệ thống thông tin cơ sở thông tin, tuyên truyền các chủ trương của Đảng, chính sách pháp luật của Nhà nước về phòng, chống tội phạm, phòng, chống ma túy; công tác triển khai Kế hoạch trên địa bàn thành phố, góp phần nâng cao nhận thức của người dân trong phòng ngừa, phát hiện, đấu tranh với các hành vi vi phạm về ma túy.

b) Phối hợp đồng bộ công tác tuyên truyền phòng, chống ma túy trong các hoạt động văn hóa, văn nghệ, thể dục thể thao, du lịch; lồng ghép với phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”, xây dựng gia đình, dòng họ, khu dân cư văn hóa không có tệ nạn ma túy.

c) Chủ trì triển khai, thực hiện các nhiệm vụ được giao tại Tiểu dự án 1 thuộc Dự án 7: “Truyền thông về phòng, chống ma túy” theo chỉ đạo của ⟦ORG|Bộ Văn hóa, Thể thao và Du lịch⟧.

6. ⟦ORG|Sở Giáo dục và Đào tạo⟧

a) Chỉ đạo, đôn đốc, hướng dẫn các cơ sở giáo dục trên địa bàn thành phố tăng cường lồng ghép nội dung giáo dục phòng, chống ma túy vào các hoạt động trải nghiệm, hoạt động sinh hoạt đầu khóa, hoạt động ngoại khóa; phối hợp với Ban Đại diện cha mẹ học sinh thường xuyên nhắc nhở, giáo dục con em phòng ngừa, tránh xa tệ nạn ma túy.

b) Phối hợp với ⟦ORG|Công an thành phố⟧ tổ chức các hoạt động tuyên truyền, phổ biến, giáo dục pháp luật về phòng, chống ma túy cho cán bộ, giáo viên, học sinh, học viên như: Tổ chức toạ đàm, giao lưu, nói chuyện chuyên đề, tổ chức cuộc thi tìm hiểu pháp luật về phòng, chống ma túy.

c) Chủ trì triển khai, thực hiện các nhiệm vụ được giao tại Tiểu dự án 3 thuộc Dự án 7: “Tăng cường công tác tuyên truyền, giáo dục pháp luật về phòng, chống ma túy cho học sinh, sinh viên” theo chỉ đạo của ⟦ORG|Bộ Giáo dục và Đào tạo⟧.

=====RELATIONS=====
