doc: tnt305-tvpl__ke-hoach-556-kh-ubnd-dong-thap-2025
source: ../shared/corpus/raw/tnt305-tvpl__ke-hoach-556-kh-ubnd-dong-thap-2025.txt
span: 19679 24398
=====TEXT=====

IV. NHIỆM VỤ CỤ THỂ

1.
⟦ORG|Sở Nông nghiệp và Môi trường⟧

- Chủ trì, theo dõi, kiểm tra, đôn đốc việc thực hiện các nhiệm vụ đã đề ra của Kế hoạch này. Định kỳ hàng năm, tổng hợp, báo cáo kết quả thực hiện Kế hoạch này về ⟦ORG|Bộ Nông nghiệp và Môi trường⟧, đồng gửi ⟦ORG|Ủy ban nhân dân tỉnh⟧ theo dõi.

- Tiếp tục thực hiện ⟦r1:LEGAL_REF|Nghị quyết số 36-NQ/TW⟧ ⟦d1:DATE|ngày 22/10/2018⟧, Hội nghị lần thứ tám ⟦o1:ORG|Ban chấp hành Trung ương Đảng khóa XII⟧ về phát triển bền vững kinh tế biển ⟦LOCATION|Việt Nam⟧ đến ⟦DATE|năm 2030⟧ tầm nhìn đến ⟦DATE|năm 2045⟧; ⟦r2:LEGAL_REF|Nghị quyết số 26/NQ-CP⟧ ⟦d2:DATE|ngày 05/3/2020⟧ của ⟦o2:ORG|Chính phủ⟧ ban hành kế hoạch tổng thể và kế hoạch 5 năm của ⟦ORG|Chính phủ⟧ thực hiện ⟦r3:LEGAL_REF|Nghị quyết số 36-NQ/TW⟧ ⟦d3:DATE|ngày 22/10/2018⟧; Kế hoạch của ⟦ORG|Ủy ban nhân dân tỉnh Đồng Tháp⟧ về thực hiện ⟦r4:LEGAL_REF|Nghị quyết số 26/NQ-CP⟧ ⟦d4:DATE|ngày 05/3/2020⟧ của ⟦o4:ORG|Chính phủ⟧ về Chiến lược phát triển bền vững kinh tế biển ⟦LOCATION|Việt Nam⟧ đến ⟦DATE|năm 2030⟧, tầm nhìn đến ⟦DATE|năm 2045⟧.

- Chủ trì, phối hợp các sở, ngành, địa phương có liên quan, tham mưu đề xuất cấp có thẩm quyền bố trí nguồn nhân lực, đầu tư hiện đại hóa cơ sở vật chất, kỹ thuật để phục vụ quản lý tổng hợp tài nguyên và bảo vệ môi trường biển, hải đảo trên địa bàn tỉnh.

- Chủ trì, phối hợp các sở, ngành, địa phương có liên quan, tham mưu đề xuất ⟦ORG|Ủy ban nhân dân tỉnh⟧ tổ chức, triển khai Chương trình Quản lý tổng hợp vùng bờ.

- Chủ trì, phối hợp với các sở, ngành, địa phương có liên quan xây dựng, triển khai các chương trình, đề án, dự án thúc đẩy hoạt động thủy sản; nuôi trồng thủy sản trên biển; khai thác thủy sản bền vững; các công nghệ chế biến sâu sản phẩm thủy sản; bảo tồn biển, phục hồi, bảo vệ và phát triển bền vững nguồn lợi thủy sản, hệ sinh thái biển, ven biển để đóng góp vào phát triển kinh tế biển.

- Tiếp tục triển khai thực hiện ⟦r5:LEGAL_REF|Kế hoạch 310/KH-UBND⟧ ⟦d5:DATE|ngày 21/8/2024⟧ của ⟦o5:ORG|Ủy ban nhân dân tỉnh⟧ về phát triển nuôi trồng thủy sản trên biển tỉnh đến ⟦DATE|năm 2030⟧; phối hợp với Ủy ban nhân dân 04 xã: ⟦ADMIN_UNIT|Gia Thuận⟧, ⟦ADMIN_UNIT|Tân Điền⟧, ⟦ADMIN_UNIT|Gò Công Đông⟧, ⟦ADMIN_UNIT|Tân Phú Đông⟧ thành lập mới khu bảo vệ nguồn lợi thủy sản, phục hồi hệ sinh thái biển đến ⟦DATE|năm 2030⟧.

- Theo dõi và quản lý các hoạt động khai thác thủy sản xa bờ, nuôi trồng thủy sản tại khu vực ven biển, khoanh vùng, bảo vệ các khu vực bãi giống, bãi đẻ, bảo vệ diện tích rừng ngập mặn.

- Tăng cường đầu tư xây dựng, nâng cấp các cảng cá, khu neo đậu tránh trú bão cho tàu cá. Hình thành cơ sở hậu cần nghề cá đồng bộ, đảm bảo điều kiện an toàn vệ sinh thực phẩm thu hút tàu đánh bắt xa bờ có công suất lớn của địa phương và khu vực lân cận; là đầu mối tập trung và phân phối hàng thủy sản tại khu vực; đồng thời cung cấp dịch vụ hậu cần nghề cá, hỗ trợ dịch vụ cứu hộ, cứu nạn.

- Tăng cường tuyên truyền các tiêu chuẩn, quy chuẩn, quy định quốc tế về phát triển bền vững kinh tế biển, thực thi có hiệu quả các công ước, điều ước quốc tế mà ⟦LOCATION|Việt Nam⟧ là thành viên, ngăn chặn hiệu quả khai thác thủy sản bất hợp pháp, không khai báo, không theo quy định.

- Xây dựng và triển khai kế hoạch quan trắc, cảnh báo và giám sát môi trường nước phục vụ nuôi trồng thủy sản; công tác phòng chống dịch bệnh trên thủy sản nuôi.

2.
⟦ORG|Sở Văn hóa, Thể thao và Du lịch⟧

- Chủ trì, phối hợp với các sở, ngành, địa phương có liên quan tham mưu đề xuất ⟦ORG|Ủy ban nhân dân tỉnh⟧ phát triển và nhân rộng các mô hình du lịch bền vững, du lịch cộng đồng trên biển và vùng ven biển, đẩy mạnh phát triển tuyến du lịch sinh thái tại khu vực ⟦LOCATION|Cồn Ngang⟧.

- Tham mưu ⟦ORG|Ủy ban nhân dân tỉnh⟧ phối hợp các bộ, ngành Trung ương xây dựng: Đề án phát triển bền vững du lịch, dịch vụ biển và hải đảo ⟦LOCATION|Việt Nam⟧ đến ⟦DATE|năm 2030⟧; Điều tra tổng thể và lập hồ sơ các di tích lịch sử, văn hóa, danh lam thắng cảnh, di tích văn hóa phi vật thể gắn với biển và hải đảo.

- Chỉ đạo, đôn đốc, hướng dẫn các cơ quan truyền thông trên địa bàn tỉnh tăng cường công tác tuyên truyền về chủ trương, chính sách của Đảng và Nhà nước về biển và hải đảo, bảo vệ quyền và lợi ích chính đáng của nước ta trên ⟦LOCATION|biển Đông⟧, về tiềm năng, lợi thế và sự nghiệp phát triển bền vững kinh tế biển của tỉnh; giới thiệu tiềm năng, thế mạnh của vùng biển ⟦ADMIN_UNIT|tỉnh Đồng Tháp⟧ để thu hút đầu tư, bạn bè du khách tới tham quan, tìm hiểu về vùng biển ⟦ADMIN_UNIT|Đồng Tháp⟧.

3.
⟦ORG|Sở Công Thương⟧

- Chủ trì, phối hợp với các sở, ngành, địa phương có liên quan tham mưu đề xuất ⟦ORG|Ủy ban nhân dân tỉnh⟧ thực hiện các dự án, nhiệm vụ về phát triển kinh tế biển; phát triển các ngành công nghiệp ven biển có trọng tâm, trọng điểm và thân thiện với môi trường; theo đúng mục đích, yêu cầu của Kế hoạch để thu hút nguồn lực, khuyến khích các thành phần kinh tế đầu tư cho phát triển bền vững kinh tế biển.

- Tiếp tục vận hành, khai thác các dự án điện gió đã đầu tư (02 dự án ⟦PROJECT|nhà máy điện gió Tân Phú Đông 1⟧ và ⟦PROJECT|nhà máy điện gió Tân Phú Đông 2⟧). Mời gọi đầu tư phát triển ⟦PROJECT|Khu vực điện gió Tân Thành⟧ với công suất 100 MW.

4.
⟦ORG|Sở Xây dựng⟧

=====RELATIONS=====
r1 issued_on d1
r1 issued_by o1
r2 issued_on d2
r2 issued_by o2
r2 implements r3
r3 issued_on d3
r4 issued_on d4
r4 issued_by o4
r5 issued_on d5
r5 issued_by o5
