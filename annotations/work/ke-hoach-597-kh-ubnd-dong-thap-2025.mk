doc: tnt305-tvpl__ke-hoach-597-kh-ubnd-dong-thap-2025
source: ../shared/corpus/raw/tnt305-tvpl__ke-hoach-597-kh-ubnd-dong-thap-2025.txt
span: 3700 8483
=====TEXT=====
- Xây dựng nền tảng dữ liệu ban đầu, triển khai số hóa hồ sơ công trình, bản đồ hạ tầng kỹ thuật, giao thông tại một số tuyến đường trọng điểm.

- Thí điểm, đánh giá và hướng tới nhân rộng đại trà ứng dụng công nghệ GIS, BIM trong quản lý quy hoạch và dự án xây dựng giao thông.

- Hoàn thiện cơ sở dữ liệu tập trung về hạ tầng giao thông toàn Tỉnh, tích hợp vào ⟦ORG|Trung tâm IOC⟧.

- Phấn đấu ⟦PERCENT|100%⟧ hồ sơ, dữ liệu chuyên ngành được quản lý, cập nhật, khai thác trên môi trường số.

- Ứng dụng rộng rãi IoT, AI và Big Data trong giám sát, điều hành, bảo trì công trình giao thông; hình thành nền tảng giao thông thông minh kết nối với đô thị thông minh của Tỉnh.

- Phấn đấu đảm bảo ⟦PERCENT|100%⟧ thủ tục hành chính lĩnh vực xây dựng, giao thông đủ điều kiện đều được cung cấp dịch vụ công trực tuyến toàn Tỉnh.

III. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU

1. Hoàn thiện thể chế

- Hoàn thiện hệ thống văn bản, cơ chế, chính sách nhằm tạo lập môi trường pháp lý thuận lợi cho công tác chuyển đổi số, thúc đẩy phát triển chính quyền số, kinh tế số, xã hội số, khuyến khích thử nghiệm, ứng dụng các mô hình, giải pháp số mới trong hoạt động xây dựng, quản lý, khai thác kết cấu hạ tầng giao thông.

- Ban hành quy chế quản lý, chia sẻ, khai thác dữ liệu số trong hoạt động xây dựng, quản lý, khai thác kết cấu hạ tầng giao thông; xác định rõ cơ chế cập nhật, phân quyền, khai thác dữ liệu, bảo đảm tính thống nhất, đồng bộ, minh bạch và an toàn.

- Nghiên cứu ban hành các quy trình nghiệp vụ được số hóa và vận hành dựa trên dữ liệu nhằm nâng cao hiệu quả quản lý, chỉ đạo điều hành trong hoạt động xây dựng, quản lý khai thác kết cấu hạ tầng giao thông.

2. Phát triển hạ tầng số

- Đầu tư xây dựng, hoàn thiện hạ tầng số đồng bộ, hiện đại, an toàn, có khả năng dự phòng và thích ứng với sự phát triển của công nghệ trong tương lai, tạo nền tảng vững chắc cho quá trình chuyển đổi số và xây dựng chính quyền số; nâng cao năng lực, hiệu quả kết nối, chia sẻ, xử lý dữ liệu và cung cấp dịch vụ trên môi trường số của ngành Xây dựng.

- Nâng cấp ⟦ORG|Trung tâm tích hợp dữ liệu Tỉnh⟧ đáp ứng tiêu chuẩn, quy chuẩn, ưu tiên ứng dụng công nghệ điện toán đám mây để đảm bảo tính linh hoạt, sẵn sàng khi mở rộng hệ thống và tăng cường hiệu suất, an toàn trong quản lý, vận hành, khai thác, tổng hợp dữ liệu phục vụ hoạt động chuyển đổi số; sẵn sàng kết nối, tích hợp với ⟦ORG|Trung tâm dữ liệu quốc gia⟧.

- Phát triển hệ thống mạng truyền số liệu chuyên dùng cho các cơ quan nhà nước, đảm bảo kết nối ổn định, an toàn.

- Đầu tư, bổ sung trang thiết bị công nghệ thông tin tại các cơ quan, đơn vị phục vụ hoạt động chuyển đổi số đáp ứng hiệu năng xử lý dữ liệu, công việc trên môi trường số; nâng cao chỉ số sẵn sàng cho phát triển và ứng dụng công nghệ thông tin trong lĩnh vực hoạt động xây dựng, quản lý kết cấu hạ tầng giao thông.

3. Phát triển dữ liệu số

- Xây dựng hoàn thiện cơ sở dữ liệu tập trung về hoạt động xây dựng, quản lý kết cấu hạ tầng giao thông; số hóa toàn bộ hồ sơ công trình, dự án đầu tư, quy hoạch, bản đồ hạ tầng; công bố bộ tiêu chuẩn kỹ thuật, định dạng dữ liệu, quy trình cập nhật định kỳ.

- Hình thành bản đồ số phục vụ quản lý, khai thác, bảo trì công trình, kết nối, liên thông dữ liệu với các hệ thống khác thông qua nền tảng tích hợp, chia sẻ dữ liệu LGSP của Tỉnh.

- Bảo đảm dữ liệu được quản lý thống nhất, cập nhật thường xuyên, phục vụ công tác tra cứu, khai thác và cung cấp thông tin cho người dân, doanh nghiệp, góp phần phát triển đô thị thông minh.

4. Phát triển nền tảng, ứng dụng số

4.1. Ứng dụng hệ thống thông tin địa lý (GIS) trong quản lý quy hoạch và hạ tầng kỹ thuật đô thị

Nghiên cứu, ứng dụng GIS để quản lý, giám sát và cung cấp thông tin quy hoạch, hạ tầng kỹ thuật đô thị. Xây dựng Cổng thông tin quy hoạch trực tuyến cho phép doanh nghiệp và người dân tra cứu thông tin quy hoạch và tương tác với cơ quan chức năng. Xây dựng, ứng dụng các phần mềm nghiệp vụ gắn với nền tảng cơ sở dữ liệu về giao thông xây dựng phục vụ nghiệp vụ của công chức ⟦ORG|Sở Xây dựng⟧ và Ủy ban nhân dân các xã, phường.

4.2. Ứng dụng mô hình thông tin công trình (BIM) trong quản lý xây dựng

- Nghiên cứu, triển khai và ứng dụng nền tảng số mô hình thông tin công trình BIM vào việc thiết kế, xây dựng, giám sát và quản lý, duy tu bảo trì công trình xây dựng và giao thông.

- Nghiên cứu, triển khai BIM trong quản lý quy hoạch xây dựng, quản lý việc xây dựng theo quy hoạch và quản lý hạ tầng kỹ thuật đô thị, đảm bảo tính đồng bộ, minh bạch, hiệu quả.

- Nghiên cứu, sử dụng BIM để quản lý, giám sát toàn bộ quá trình khảo sát, thiết kế, thi công và vận hành công trình giao thông trên địa bàn Tỉnh.

- Hình thành dữ liệu BIM phục vụ công tác quản lý thông tin công trình, thông tin quy hoạch, tích hợp với cơ sở dữ liệu dùng chung của Tỉnh và kết nối với cơ sở dữ liệu ngành quốc gia.
=====RELATIONS=====
