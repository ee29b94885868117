doc: tnt305-tvpl__ke-hoach-552-kh-ubnd-dong-thap-2025
source: ../shared/corpus/raw/tnt305-tvpl__ke-hoach-552-kh-ubnd-dong-thap-2025.txt
span: 8461 13028
=====TEXT=====

III. LỘ TRÌNH THỰC HIỆN

1.
⟦DATE|Giai đoạn 2025 - 2030⟧

- Rà soát, bổ sung, hoàn thiện các chính sách hỗ trợ đổi mới công nghệ, tạo môi trường thuận lợi để doanh nghiệp, hợp tác xã, hộ sản xuất mạnh dạn đầu tư công nghệ mới.

- Đầu tư, nâng cấp hạ tầng số;
xây dựng và vận hành cơ sở dữ liệu trong các ngành nông nghiệp, công nghiệp, thương mại, dịch vụ và quản lý nhà nước.

- ⟦PROJECT|Xây dựng Trung tâm đổi mới sáng tạo cấp tỉnh⟧, hình thành trung tâm có chức năng kết nối viện, trường, doanh nghiệp và cộng đồng khởi nghiệp, thúc đẩy nghiên cứu, ứng dụng, thương mại hóa công nghệ.

- Tập trung hỗ trợ các doanh nghiệp nhỏ và vừa ứng dụng công nghệ tiên tiến, công nghệ số trong sản xuất, kinh doanh, phấn đấu đến ⟦DATE|năm 2030⟧ đạt ⟦PERCENT|30%⟧ doanh nghiệp nhỏ và vừa thực hiện.

- Đổi mới công nghệ trong khu công nghiệp: ⟦PERCENT|100%⟧ khu công nghiệp, cụm công nghiệp triển khai chương trình hỗ trợ đổi mới công nghệ, gắn với chuyển đổi số và sản xuất thông minh.

- Phát triển công nghệ trong nông nghiệp và công nghiệp chế biến: Đẩy mạnh nghiên cứu, ứng dụng công nghệ cao trong các lĩnh vực nông nghiệp chủ lực (cây ăn trái, thủy sản, hoa kiểng, lúa gạo); đồng thời phát triển công nghiệp chế biến theo hướng nâng cao giá trị gia tăng.

- Đào tạo và phát triển nguồn nhân lực: Tổ chức các chương trình đào tạo, bồi dưỡng chuyên môn, kỹ năng số và quản lý công nghệ; phát triển nguồn nhân lực khoa học, công nghệ đáp ứng yêu cầu thực tiễn của doanh nghiệp và xã hội.

- Kiểm tra, đánh giá và điều chỉnh chính sách liên tục: định kỳ (hằng năm) đánh giá tiến độ và hiệu quả thực hiện các mục tiêu, nhiệm vụ và thực hiện đánh giá giữa giai đoạn và cuối giai đoạn để điều chỉnh kịp thời nếu có sai lệch so với mục tiêu.

2.
⟦DATE|Giai đoạn 2031 - 2035⟧

2.1. Mở rộng và đổi mới cơ chế, chính sách

- Xem xét, điều chỉnh các ưu đãi, hỗ trợ theo thực tế đã triển khai để nâng cao hiệu quả.

- Bổ sung các chính sách hỗ trợ đặc biệt cho các công ty khởi nghiệp (startup) công nghệ, doanh nghiệp khởi nghiệp đổi mới sáng tạo.

- Xây dựng và triển khai cơ chế Sandbox cho các mô hình kinh doanh và ứng dụng công nghệ mới (như AgriTech, Fintech) chưa có khung pháp lý điều chỉnh rõ ràng.

2.2. Nâng cấp và hoàn thiện hạ tầng công nghệ và chuyển đổi số

- Mở rộng, nâng cao chất lượng hạ tầng số, trung tâm dữ liệu, kết nối băng rộng tốc độ cao, mạng 4G/5G, IoT tại vùng sản xuất chủ lực.

- Nâng cấp, hoàn thiện hệ thống cơ sở dữ liệu ngành và liên ngành, đảm bảo liên thông, chia sẻ dữ liệu, hỗ trợ quản lý và ra quyết định.

2.3. Hoàn thiện ⟦ORG|Trung tâm đổi mới sáng tạo cấp tỉnh⟧ và mạng lưới hỗ trợ

- Tăng cường năng lực hoạt động của ⟦ORG|Trung tâm đổi mới sáng tạo⟧: thử nghiệm, ươm tạo, hỗ trợ thương mại hóa, kết nối với quỹ đầu tư, hỗ trợ thương mại hoá sản phẩm.

- Phát triển các vườn ươm, cơ sở hỗ trợ khởi nghiệp địa phương, kết nối giữa trung tâm với các tổ chức nghiên cứu, trường đại học, doanh nghiệp.

2.4. Đạt được mục tiêu ứng dụng công nghệ tiên tiến doanh nghiệp

- Đưa tỷ lệ doanh nghiệp ứng dụng công nghệ tiên tiến trong sản xuất, quản lý, kinh doanh lên tối thiểu ⟦PERCENT|80%⟧ trên toàn Tỉnh.

- Tập trung hỗ trợ doanh nghiệp nhỏ và vừa để rút ngắn khoảng cách với doanh nghiệp lớn trong việc tiếp cận và ứng dụng công nghệ mới.

- Khuyến khích và hỗ trợ các doanh nghiệp lớn, chủ lực tăng cường chi cho nghiên cứu và phát triển (R&D) để tạo ra công nghệ và sản phẩm cốt lõi, nâng cao năng lực tự chủ công nghệ của Tỉnh.

2.5. Phát triển sản xuất, chế biến công nghệ cao và nâng cao giá trị gia tăng

- Nâng cao chất lượng, giá trị sản phẩm chế biến công nghệ cao, mở rộng thị trường xuất khẩu.

- Hỗ trợ xây dựng các chuỗi giá trị khép kín và mô hình sản xuất thông minh, sản xuất sạch, thân thiện môi trường, đặc biệt trong các lĩnh vực nông nghiệp chủ lực (cây ăn trái, thủy sản, hoa kiểng, lúa gạo).

2.6. Đào tạo, phát triển nguồn nhân lực chất lượng cao

- Đào tạo chuyên sâu về công nghệ cao, công nghệ số, quản lý đổi mới sáng tạo, sáng tạo sản phẩm.

- Thu hút chuyên gia, nhà khoa học trong và ngoài nước tham gia giảng dạy, chuyển giao công nghệ.

- Mở rộng các chương trình "học tập số" để phổ cập và nâng cao kiến thức, kỹ năng số trong cán bộ, công chức và toàn thể người dân, tạo nền tảng cho xã hội số.

- Tăng cường hợp tác quốc tế để nâng cao trình độ đội ngũ nhân lực trong Tỉnh.

2.7. Huy động và quản lý tài chính bền vững để đổi mới công nghệ

- Mở rộng các nguồn vốn cho đổi mới sáng tạo: quỹ tỉnh, các quỹ đầu tư mạo hiểm, vốn quốc tế, PPP.

- Mở rộng các nguồn vốn cho đổi mới sáng tạo: quỹ tỉnh, các quỹ đầu tư mạo hiểm, vốn quốc tế, PPP, đảm bảo nguồn vốn bền vững và đa dạng.

=====RELATIONS=====
