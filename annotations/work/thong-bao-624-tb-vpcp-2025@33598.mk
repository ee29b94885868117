doc: tnt305-tvpl__thong-bao-624-tb-vpcp-2025
source: ../shared/corpus/raw/tnt305-tvpl__thong-bao-624-tb-vpcp-2025.txt
span: 33598 38442
=====TEXT=====

1. | ⟦ORG|Bộ Tài chính⟧ chủ trì, phối hợp với ⟦ORG|Bộ Khoa học và Công nghệ⟧ và ⟦ORG|Ủy ban nhân dân TP. Hà Nội⟧ chỉ đạo ⟦ORG|Trung tâm Đổi mới sáng tạo Quốc gia⟧ (⟦ORG|NIC⟧) rà soát, hoàn chỉnh ⟦PROJECT|Dự án Đầu tư Khu lưu trú cho chuyên gia⟧ tại ⟦LOCATION|Khu Công nghệ cao Hòa Lạc⟧, bảo đảm khởi công dự án trong ⟦DATE|Quý III/2025⟧ | ⟦t1:LEGAL_REF|Thông báo số 30-TB/TGV⟧ ⟦t1d:DATE|ngày 13/6/2025⟧ | ⟦ORG|Bộ Tài chính⟧ | ⟦DATE|30/09/2025⟧

2. | Các thành phố trực thuộc Trung ương và một số tỉnh, thành phố có đủ điều kiện: Trên cơ sở các cơ chế, chính sách, quy định, hướng dẫn về phát triển đô thị thông minh, khẩn trương rà soát, điều chỉnh hoặc xây dựng chiến lược phát triển đô thị thông minh của địa phương gắn với hiện đại hóa hạ tầng, xây dựng nền tảng chính quyền đô thị số; ứng dụng trí tuệ nhân tạo trong điều hành, quản lý, phục vụ người dân, doanh nghiệp, hướng tới chuyển đổi số, chuyển đổi xanh; chịu trách nhiệm trong tổ chức triển khai, huy động và điều phối nguồn lực, kêu gọi đầu tư trong và ngoài nước. | ⟦t2:LEGAL_REF|Thông báo số 30-TB/TGV⟧ ⟦t2d:DATE|ngày 13/6/2025⟧ | Các thành phố trực thuộc Trung ương | ⟦DATE|30/09/2025⟧

3. | Chủ trì xây dựng lộ trình đổi mới công nghệ đến ⟦DATE|năm 2035⟧ đối với các ngành kinh tế mũi nhọn, xác định công nghệ cốt lõi có thể tạo đột phá, nhu cầu thị trường trong và ngoài nước, khả năng tiếp cận công nghệ. Báo cáo ⟦ORG|Thường trực Ban Chỉ đạo⟧ kết quả thực hiện trước ⟦DATE|ngày 01/10/2025⟧ | ⟦t3:LEGAL_REF|Thông báo số 30-TB/TGV⟧ ⟦t3d:DATE|ngày 13/6/2025⟧ | Các bộ, ngành, địa phương | ⟦DATE|01/10/2025⟧

4. | Chủ trì, phối hợp với ⟦ORG|Ban Chính sách, chiến lược Trung ương⟧, ⟦ORG|Bộ Khoa học và Công nghệ⟧ nghiên cứu xác định tỷ trong đóng góp của khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trong GDP. Hoàn thành trong ⟦DATE|tháng 10/2025⟧ | ⟦t4:LEGAL_REF|Thông báo số 42-TB/TGV⟧ ⟦t4d:DATE|ngày 22/8/2025⟧ | ⟦ORG|Bộ Tài chính⟧ | ⟦DATE|31/10/2025⟧

5. | Chủ trì, phối hợp với ⟦ORG|Bộ Khoa học và Công nghệ⟧ và các cơ quan liên quan, khẩn trương nghiên cứu, báo cáo cấp có thẩm quyền về cơ chế tài chính đặc thù để xử lý dứt điểm các vướng mắc về vốn cho các dự án hạ tầng cấp bách tại ⟦LOCATION|Khu công nghệ cao Hòa Lạc⟧ và ⟦LOCATION|Khu công nghệ cao Thành phố Hồ Chí Minh⟧. Hoàn thành trong ⟦DATE|tháng 9/2025⟧ | ⟦t5:LEGAL_REF|Thông báo số 42-TB/TGV⟧ ⟦t5d:DATE|ngày 22/8/2025⟧ | ⟦ORG|Bộ Tài chính⟧ | ⟦DATE|30/09/2025⟧

6. | Chủ trì, phối hợp với ⟦ORG|Bộ Khoa học và Công nghệ⟧ và ⟦ORG|Ủy ban nhân dân thành phố Hà Nội⟧ chỉ đạo ⟦ORG|Trung tâm Đổi mới sáng tạo Quốc gia⟧ (⟦ORG|NIC⟧) rà soát, hoàn chỉnh ⟦PROJECT|Dự án Đầu tư Khu lưu trú cho chuyên gia⟧ tại ⟦LOCATION|Khu Công nghệ cao Hoà Lạc⟧, bảo đảm khởi công dự án trong ⟦DATE|Quý III/2025⟧ theo nhiệm vụ được giao tại ⟦k6:LEGAL_REF|Thông báo kết luận số 30-TB/TGV⟧ ⟦k6d:DATE|ngày 13/6/2025⟧ | ⟦t6:LEGAL_REF|Thông báo số 42-TB/TGV⟧ ⟦t6d:DATE|ngày 22/8/2025⟧ | ⟦ORG|Bộ Tài chính⟧ | ⟦DATE|30/09/2025⟧

7. | Chủ trì, phối hợp với ⟦ORG|Bộ Tài chính⟧ xây dựng Đề án “⟦PROJECT|Xây dựng Hạ tầng tính toán hiệu năng cao (HPC) và các trung tâm dữ liệu quốc gia phục vụ phát triển AI⟧”. Trong quá trình xây dựng Đề án, cần phối hợp chặt chẽ với ⟦ORG|Bộ Giáo dục và Đào tạo⟧ để quy hoạch, tính toán nguồn nhân lực vận hành; phối hợp với ⟦ORG|Bộ Ngoại giao⟧ để xây dựng cơ chế thu hút chuyên gia quốc tế.
Báo cáo ⟦ORG|Thủ tướng Chính phủ⟧ trong ⟦DATE|tháng 10/2025⟧. | ⟦t7:LEGAL_REF|Thông báo số 45-TB/TGV⟧ ⟦t7d:DATE|ngày 30/09/2025⟧ | ⟦ORG|Bộ Khoa học và Công nghệ⟧ | ⟦DATE|31/10/2025⟧

8. | Khắc phục ngay những tồn tại hạn chế về chuyển đổi số đã được chỉ ra tại báo cáo hằng ngày của ⟦ORG|Cơ quan Thường trực Ban Chỉ đạo⟧; cập nhật kết quả khắc phục lên Hệ thống giám sát, đánh giá việc thực hiện ⟦LEGAL_REF|Nghị quyết 57-NQ/TW⟧ (nq57.vn). Hoàn thành trước ⟦DATE|ngày 15/9/2025⟧. | ⟦t8:LEGAL_REF|Thông báo số 42-TB/TGV⟧ ⟦t8d:DATE|ngày 22/8/2025⟧ | Các bộ, cơ quan Trung ương và địa phương | ⟦DATE|15/09/2025⟧

9. | Nghiên cứu Kế hoạch hành động chiến lược và văn bản hướng dẫn của ⟦ORG|Cơ quan Thường trực Ban Chỉ đạo⟧ để cụ thể hoá vào kế hoạch hành động, chương trình, dự án của cơ quan, địa phương mình, phù hợp với các Hệ thống chiến lược và Sáng kiến đột phá | ⟦t9:LEGAL_REF|Thông báo số 05-TB/BCĐTW⟧ ⟦t9d:DATE|ngày 04/07/2025⟧ | Các bộ, ngành, địa phương | ⟦DATE|31/07/2025⟧

10. | Chủ trì xây dựng, trình cấp có thẩm quyền ban hành Khung chiến lược giáo dục đại học | ⟦t10:LEGAL_REF|Thông báo số 05-TB/BCĐTW⟧ ⟦t10d:DATE|ngày 04/07/2025⟧ | ⟦ORG|Bộ Giáo dục và Đào tạo⟧ | ⟦DATE|31/10/2025⟧

11. | Chủ trì xây dựng, trình cấp có thẩm quyền ban hành: Đề án rà soát, sắp xếp hệ thống các viện nghiên cứu trong các cơ sở giáo dục đại học và cơ sở giáo dục đại học trong các viện nghiên cứu, cơ chế đồng biên chế giữa viện nghiên cứu với cơ sở giáo dục đại học. | ⟦t11:LEGAL_REF|Thông báo số 05-TB/BCĐTW⟧ ⟦t11d:DATE|ngày 04/07/2025⟧ | ⟦ORG|Bộ Giáo dục và Đào tạo⟧ | ⟦DATE|31/10/2025⟧

12. | Chủ trì, phối hợp với ⟦ORG|Bộ Khoa học và Công nghệ⟧, ⟦ORG|Bộ Nội vụ⟧, ⟦ORG|Bộ Ngoại giao⟧ xây dựng trình ⟦ORG|Thủ tướng Chính phủ⟧ phê duyệt chương trình cấp học bổng toàn phần gửi các nhà khoa học trẻ, sinh viên xuất sắc đi đào tạo tại các trường đại học hàng đầu thế giới về các công nghệ chiến lược (bán dẫn, trí tuệ nhân tạo, công nghệ sinh học...) | ⟦t12:LEGAL_REF|Thông báo số 05-TB/BCĐTW⟧ ⟦t12d:DATE|ngày 04/07/2025⟧ | ⟦ORG|Bộ Giáo dục và Đào tạo⟧ | ⟦DATE|31/10/2025⟧

13. | Xây dựng cơ chế, chính sách cho phép doanh nghiệp nhà nước đánh giá tổng thể hiệu quả đầu tư nhằm thúc đẩy đổi mới sáng tạo trong doanh nghiệp | ⟦LEGAL_REF|Nghị quyết số 71/NQ-CP⟧ | ⟦ORG|Bộ Tài chính⟧ | ⟦DATE|30/09/2025⟧

=====RELATIONS=====
t1 issued_on t1d
t2 issued_on t2d
t3 issued_on t3d
t4 issued_on t4d
t5 issued_on t5d
k6 issued_on k6d
t6 issued_on t6d
t7 issued_on t7d
t8 issued_on t8d
t9 issued_on t9d
t10 issued_on t10d
t11 issued_on t11d
t12 issued_on t12d
