doc: tnt305-tvpl__thong-bao-624-tb-vpcp-2025
source: ../shared/corpus/raw/tnt305-tvpl__thong-bao-624-tb-vpcp-2025.txt
span: 16267 21102
=====TEXT=====
Yêu cầu phải giữ vững kỷ cương, khơi thông nguồn lực, tạo đột phá ngay từ những tháng cuối ⟦DATE|năm 2025⟧, tạo đà vững chắc cho ⟦DATE|năm 2026⟧ và cho cả nhiệm kỳ. | ⟦t1:LEGAL_REF|Thông báo số 07-TB/CQTTBCĐ⟧ ⟦t1d:DATE|ngày 15/10/2025⟧ | Các cơ quan Trung ương và địa phương | ⟦DATE|18/10/2025⟧

2. | Rà soát các quy định pháp luật để tháo gỡ kịp thời các điểm nghẽn phục vụ hoạt động phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số | ⟦LEGAL_REF|Nghị quyết số 71/NQ-CP⟧ | Các bộ, ngành | ⟦DATE|30/06/2025⟧

3. | Xây dựng các Luật sửa đổi, bổ sung các Luật: (1) ⟦LEGAL_REF|Luật Ngân sách nhà nước⟧; (2) ⟦LEGAL_REF|Luật Quản lý và đầu tư vốn nhà nước tại doanh nghiệp⟧; (3) ⟦LEGAL_REF|Luật Doanh nghiệp⟧; (4) ⟦LEGAL_REF|Luật Quản lý thuế⟧. | ⟦LEGAL_REF|Nghị quyết số 71/NQ-CP⟧ | ⟦ORG|Bộ Tài chính⟧ | ⟦DATE|31/05/2025⟧

4. | Xây dựng Luật sửa đổi, bổ sung 07 Luật (⟦LEGAL_REF|Luật Đấu thầu⟧; ⟦LEGAL_REF|Luật Đầu tư theo phương thức đối tác công tư⟧; ⟦LEGAL_REF|Luật Hải quan⟧; ⟦LEGAL_REF|Luật Thuế xuất khẩu, thuế nhập khẩu⟧; ⟦LEGAL_REF|Luật Đầu tư⟧; ⟦LEGAL_REF|Luật Đầu tư công⟧; ⟦LEGAL_REF|Luật Quản lý, sử dụng tài sản công⟧). | ⟦LEGAL_REF|Nghị quyết số 71/NQ-CP⟧ | ⟦ORG|Bộ Tài chính⟧ | ⟦DATE|31/05/2025⟧

5. | Xây dựng ⟦LEGAL_REF|Luật sửa đổi, bổ sung một số điều Luật Thuế xuất khẩu, nhập khẩu⟧ để thúc đẩy doanh nghiệp đầu tư cho khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và đào tạo nhân lực; thu hút cá nhân hoạt động khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số. | ⟦LEGAL_REF|Nghị quyết số 71/NQ-CP⟧ | ⟦ORG|Bộ Tài chính⟧ | ⟦DATE|31/05/2025⟧

6. | Xây dựng ⟦LEGAL_REF|Luật Thuế thu nhập cá nhân⟧ (thay thế) | ⟦LEGAL_REF|Nghị quyết số 71/NQ-CP⟧ | ⟦ORG|Bộ Tài chính⟧ | ⟦DATE|31/10/2025⟧

7. | Xây dựng ⟦LEGAL_REF|Luật Thuế thu nhập doanh nghiệp sửa đổi, bổ sung⟧, trong đó nghiên cứu có chính sách không áp dụng thuế thu nhập doanh nghiệp đối với tổ chức khoa học và công nghệ, cơ sở giáo dục đại học công lập hoạt động không vì lợi nhuận. | ⟦LEGAL_REF|Nghị quyết số 71/NQ-CP⟧ | ⟦ORG|Bộ Tài chính⟧ | ⟦DATE|31/05/2025⟧

8. | Ban hành cơ chế, chính sách hợp tác công tư để nghiên cứu và phát triển công nghệ chiến lược; cơ chế, chính sách hợp tác công tư để nghiên cứu và phát triển hạ tầng số mới, dịch vụ số mới, dữ liệu;
cơ chế, chính sách hợp tác công tư để đào tạo nhân lực công nghệ số; để phục vụ phát triển khoa học công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia | ⟦LEGAL_REF|Nghị quyết số 71/NQ-CP⟧ | ⟦ORG|Bộ Tài chính⟧ | ⟦DATE|30/09/2025⟧

9. | Xây dựng, triển khai đề án ứng dụng IoT trong một số ngành, lĩnh vực như sản xuất thương mại, quản lý năng lượng, nông nghiệp thông minh, giao thông thông minh, y tế thông minh,... | ⟦LEGAL_REF|Nghị quyết số 71/NQ-CP⟧ | Các bộ, ngành, địa phương | ⟦DATE|30/09/2025⟧ | 2. Các nhiệm vụ về chuyển đổi số quá hạn chưa hoàn thành | STT | Nhiệm vụ | Văn bản giao nhiệm vụ | Cơ quan chủ trì thực hiện | Thời hạn hoàn thành

1. | Ban hành Chiến lược dữ liệu, Chiến lược chuyển đổi số của bộ, ngành, địa phương mình, bám sát yêu cầu đúng, đủ, sạch, sống, thống nhất, dùng chung và bảo đảm an ninh an toàn hệ thống theo đúng quy định. | ⟦t2:LEGAL_REF|Thông báo số 44-TB/TGV⟧ ⟦t2d:DATE|ngày 12/9/2025⟧ | Các bộ, ngành, địa phương | ⟦DATE|30/09/2025⟧

2. | Căn cứ nhiệm vụ được giao khẩn trương rà soát, xác định nhiệm vụ, chương trình, đề án, dự án và dự toán kinh phí theo quy định;
đề xuất nhu cầu kinh phí thực hiện các nhiệm vụ, dự án đáp ứng yêu cầu ⟦LEGAL_REF|Nghị quyết số 57-NQ/TW⟧ và ⟦k1:LEGAL_REF|Kế hoạch 02-KH/BCĐTW⟧ của ⟦k1o:ORG|Ban Chỉ đạo⟧, gửi ⟦ORG|Bộ Khoa học và Công nghệ⟧, ⟦ORG|Bộ Tài chính⟧ để tổng hợp, đề xuất, phân bổ kinh phí. Các cơ quan, đơn vị có nhu cầu kinh phí cho chuyển đổi số nhưng không đăng ký hoặc đăng ký chậm phải tự chịu trách nhiệm | ⟦t3:LEGAL_REF|Thông báo số 46-TB/TGV⟧ ⟦t3d:DATE|ngày 30/09/2025⟧ | Các cơ quan, bộ, ngành và địa phương | ⟦DATE|15/10/2025⟧

3. | Chủ trì, phối hợp với ⟦ORG|Bộ Khoa học và Công nghệ⟧ xây dựng và công bố kế hoạch triển khai chi tiết nền tảng số dùng chung theo nhiệm vụ được giao tại ⟦q1:LEGAL_REF|Quyết định số 2618/QĐ-BKHCN⟧ ⟦q1d:DATE|ngày 11/9/2025⟧ của ⟦q1o:ORG|Bộ Khoa học và Công nghệ⟧. | ⟦t4:LEGAL_REF|Thông báo số 46-TB/TGV⟧ ⟦t4d:DATE|ngày 30/09/2025⟧ | Các Bộ, cơ quan ngang bộ, cơ quan thuộc ⟦ORG|Chính phủ⟧ | ⟦DATE|10/10/2025⟧

4. | Nghiên cứu, báo cáo đề xuất ⟦ORG|Chính phủ⟧ ban hành cơ sở pháp lý về nền tảng định danh, xác thực và truy xuất nguồn gốc hàng hóa; nền tảng đấu giá tài sản công. | ⟦t5:LEGAL_REF|Thông báo số 44-TB/TGV⟧ ⟦t5d:DATE|ngày 12/9/2025⟧ | ⟦ORG|Bộ Công an⟧ | ⟦DATE|31/10/2025⟧

5. | Trình ⟦ORG|Chính phủ⟧, Thủ tướng ban hành Quyết định về Khung kiến trúc, Khung quản trị và Từ điển dữ liệu quốc gia. | ⟦t6:LEGAL_REF|Thông báo số 07-TB/CQTTBCĐ⟧ ⟦t6d:DATE|ngày 15/10/2025⟧ | ⟦ORG|Bộ Công an⟧ | ⟦DATE|20/10/2025⟧

6. | ⟦ORG|Văn phòng Trung ương Đảng⟧, ⟦ORG|Văn phòng Quốc hội⟧, ⟦ORG|Văn phòng Chủ tịch nước⟧, ⟦ORG|Văn phòng Chính phủ⟧ phối hợp kịp thời bảo đảm việc tương thích các máy tính bảng, phần mềm để sử dụng hiệu quả | ⟦t7:LEGAL_REF|Thông báo số 04-TB/BCĐTW⟧ ⟦t7d:DATE|ngày 30/5/2025⟧ | ⟦ORG|Văn phòng Trung ương Đảng⟧, ⟦ORG|Văn phòng Quốc hội⟧, ⟦ORG|Văn phòng Chủ tịch nước⟧, ⟦ORG|Văn phòng Chính phủ⟧ | ⟦DATE|30/06/2025⟧

7. | Các bộ, cơ quan quản lý ngành, lĩnh vực (đăng ký kinh doanh, hộ kinh doanh; cấp phép rượu, bia, thuốc lá; cấp phù hiệu...) khẩn trương nâng cấp hệ thống dịch vụ công để bảo đảm triển khai thủ tục hành chính không phụ thuộc vào địa giới hành chính trong phạm vi cấp tỉnh. Hoàn thành trong ⟦DATE|tháng 9/2025⟧ | ⟦t8:LEGAL_REF|Thông báo số 39-TB/TGV⟧ ⟦t8d:DATE|ngày 09/8/2025⟧ | Các bộ, cơ quan | ⟦DATE|30/09/2025⟧

=====RELATIONS=====
t1 issued_on t1d
t2 issued_on t2d
t3 issued_on t3d
t4 issued_on t4d
t5 issued_on t5d
t6 issued_on t6d
t7 issued_on t7d
t8 issued_on t8d
k1 issued_by k1o
q1 issued_on q1d
q1 issued_by q1o
