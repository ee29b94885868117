doc: tnt305-tvpl__ke-hoach-182-kh-ubnd-dong-nai-2025
source: ../shared/corpus/raw/tnt305-tvpl__ke-hoach-182-kh-ubnd-dong-nai-2025.txt
span: 19374 24062
=====TEXT=====

- ⟦ORG|Sở Nội vụ⟧ và các cơ quan, đơn vị liên quan tham mưu ⟦ORG|Ủy ban nhân dân tỉnh⟧ quy định về phân cấp quản lý, tổ chức thực hiện Chương trình MTQG trên địa bàn theo quy định với nguyên tắc tăng cường phân cấp và đề cao tinh thần trách nhiệm cho cơ sở.

- ⟦ORG|Sở Xây dựng⟧, ⟦ORG|Sở Tài chính⟧ tổ chức rà soát cơ sở vật chất, trang thiết bị, phương tiện của các cơ sở cai nghiện ma túy trên địa bàn làm cơ sở xây dựng dự án nâng cấp, cải tạo, sửa chữa, di rời, xây mới các cơ sở cai nghiện ma túy đáp ứng tiêu chuẩn theo quy định.

- ⟦ORG|Sở Nông nghiệp và Môi trường⟧, ⟦ORG|Sở Sây dựng⟧ và các đơn vị có liên quan tham mưu ⟦ORG|Ủy ban nhân dân tỉnh⟧ lập quy hoạch, kế hoạch sử dụng đất, diện tích và vị trí đất dành cho xây dựng cơ sở cai nghiện trong khuôn khổ Chương trình MTQG.

c) Tổ chức triển khai thực hiện các nội dung, nhiệm vụ các dự án, tiểu dự án do ⟦ORG|Bộ Công an⟧ chủ trì theo chức năng, nhiệm vụ được giao (khi ⟦ORG|Bộ Công an⟧ triển khai):

- Dự án 1: “Phòng ngừa, đấu tranh tội phạm về ma túy có tổ chức, xuyên quốc gia”.

- Dự án 2: “Ứng dụng khoa học và công nghệ trong phòng, chống ma tuý”.

- Dự án 4: “Nâng cao hiệu quả công tác phòng, chống ma túy ở cơ sở”.

- Dự án 5: “Nâng cao hiệu quả cai nghiện ma túy và quản lý sau cai”.

- Tiểu dự án 2 (Dự án 7): “Nâng cao hiệu quả truyền thông, giáo dục phòng, chống ma túy ở cơ sở”.

- Dự án 9: “Quản lý, giám sát, đánh giá Chương trình”.

d) Hướng dẫn, theo dõi, đôn đốc các địa phương xây dựng, triển khai kế hoạch, lộ trình đạt mục tiêu ít nhất ⟦PERCENT|50%⟧ xã, phường không có ma tuý vào ⟦DATE|năm 2030⟧ và các mục tiêu đã đề ra trong Chương trình MTQG.

đ) Tham mưu Ủy ban nhân dân các tỉnh tổ chức sơ kết, tổng kết việc thực hiện Chương trình MTQG, báo cáo ⟦ORG|Quốc hội⟧, ⟦ORG|Chính phủ⟧, ⟦ORG|Thủ tướng Chính phủ⟧ theo quy định.

2.4. ⟦ORG|Bộ Chỉ huy Quân sự tỉnh⟧

a) Chủ trì, phối hợp với các đơn vị, địa phương có liên quan tại khu vực biên giới, cửa khẩu đẩy mạnh các hoạt động tuyên truyền, vận động Nhân dân chấp hành nghiêm pháp luật về phòng, chống ma túy, không tham gia vận chuyển, mua bán trái phép chất ma túy, không trồng cây có chứa chất ma túy, phát hiện và xóa bỏ kịp thời diện tích trồng cây có chứa chất ma túy.

b) Chủ động phối hợp với Công an, lực lượng Hải quan triển khai các giải pháp nâng cao hiệu quả các hoạt động phòng ngừa, đấu tranh và ngăn chặn các hoạt động mua bán, vận chuyển, tàng trữ, sử dụng trái phép chất ma túy tại khu vực biên giới, cửa khẩu; tăng cường công tác tuần tra, kiểm soát chặt chẽ người, phương tiện, hàng hóa qua lại biên giới, cửa khẩu, cảng biển để kịp thời phát hiện, đấu tranh, ngăn chặn ma túy vận chuyển, thẩm lậu qua biên giới. Tăng cường hợp tác quốc tế trong phòng, chống tội phạm ma túy.

c) Chủ trì, phối hợp với các đơn vị liên quan tham mưu ⟦ORG|Ủy ban nhân dân tỉnh⟧ phối hợp ⟦ORG|Bộ Quốc phòng⟧ triển khai thực hiện Tiểu dự án 1: Mua sắm trang thiết bị kỹ thuật nghiệp vụ, nâng cao năng lực phòng, chống tội phạm về ma túy của ⟦ORG|Bộ đội Biên phòng⟧ trên địa bàn tỉnh (thuộc Dự án 3: Nâng cao năng lực công tác đấu tranh phòng, chống tội phạm ma túy của ⟦ORG|Bộ Quốc phòng⟧; khi ⟦ORG|Bộ Quốc phòng⟧ có văn bản triển khai).

2.5. ⟦ORG|Sở Y tế⟧

Chủ trì, phối hợp với các đơn vị liên quan tham mưu ⟦ORG|Ủy ban nhân dân tỉnh⟧ phối hợp ⟦ORG|Bộ Y tế⟧ tổ chức triển khai thực hiện Dự án 6: “Tăng cường đáp ứng y tế trong phòng, chống ma túy” trên địa bàn tỉnh (khi ⟦ORG|Bộ Y tế⟧ có văn bản triển khai).

2.6. ⟦ORG|Sở Văn hóa, Thể thao và Du lịch⟧

Chủ trì, phối hợp với các Sở, ban, ngành liên quan tham mưu ⟦ORG|Ủy ban nhân dân tỉnh⟧ tổ chức thực hiện Tiểu dự án 1: Truyền thông về phòng, chống ma túy (thuộc Dự án 7: “Truyền thông, giáo dục về phòng, chống ma túy”) trên địa bàn tỉnh. Hoàn thành, báo cáo kết quả ⟦ORG|Ủy ban nhân dân tỉnh⟧ (qua ⟦ORG|Công an tỉnh⟧) trong ⟦DATE|tháng 11/2025⟧.

2.7. ⟦ORG|Sở Giáo dục và Đào tạo⟧

Chủ trì, phối hợp với các Sở, ban, ngành liên quan tham mưu ⟦ORG|Ủy ban nhân dân tỉnh⟧ phối hợp ⟦ORG|Bộ Giáo dục và Đào tạo⟧ tổ chức thực hiện Tiểu dự án 3: Tăng cường công tác tuyên truyền giáo dục pháp luật về phòng, chống ma túy cho học sinh, sinh viên (thuộc Dự án 7: “Truyền thông, giáo dục về phòng, chống ma túy”) trên địa bàn tỉnh (khi ⟦ORG|Bộ Giáo dục và Đào tạo⟧ triển khai thực hiện).

2.8. ⟦ORG|Sở Tư pháp⟧

Chủ trì, phối hợp với các đơn vị liên quan tham mưu ⟦ORG|Ủy ban nhân dân tỉnh⟧ phối hợp ⟦ORG|Bộ Tư pháp⟧ tổ chức triển khai thực hiện Dự án 8: Nâng cao khả năng tiếp cận, thụ hưởng về dịch vụ trợ giúp pháp lý chất lượng và giáo dục pháp luật trong phòng, chống ma túy (khi ⟦ORG|Bộ Tư pháp⟧ có văn bản triển khai).

2.9. Đề nghị ⟦ORG|Liên đoàn Lao động tỉnh⟧

Chủ trì, phối hợp với các Sở, ban, ngành liên quan tổ chức thực hiện Tiểu dự án 4: Nâng cao hiệu quả công tác tuyên truyền phòng, chống ma túy cho công nhân lao động các khu công nghiệp trên địa bàn tỉnh (khi ⟦ORG|Tổng Liên đoàn Lao động Việt Nam⟧ triển khai thực hiện).

=====RELATIONS=====
