doc: tnt305-tvpl__quyet-dinh-74-2025-qd-ubnd-ha-tinh
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-74-2025-qd-ubnd-ha-tinh.txt
span: 40033 43275
=====TEXT=====
e) Chịu trách nhiệm chủ trì, theo dõi, tổng hợp về chỉ tiêu phân loại, thu gom, xử lý chất thải rắn sinh hoạt, báo cáo ⟦ORG|Ủy ban nhân dân tỉnh⟧ và ⟦ORG|Bộ Nông nghiệp và Môi trường⟧ theo quy định.

2. ⟦ORG|Sở Xây dựng⟧:

a) Tổ chức thẩm định, hướng dẫn quy hoạch, thiết kế xây dựng, cấp giấy phép xây dựng cho các cơ sở xử lý chất thải rắn sinh hoạt, các điểm tập kết, trung chuyển chất thải rắn sinh hoạt và công trình thu gom chất thải rắn sinh hoạt tại các khu trung tâm thương mại kết hợp với căn hộ; chung cư kết hợp với văn phòng; tổ hợp công trình cao tầng có chức năng hỗn hợp theo thẩm quyền được phân cấp.

b) Phối hợp với ⟦ORG|Sở Nông nghiệp và Môi trường⟧ xây dựng cơ sở dữ liệu về chất thải rắn sinh hoạt, quản lý, khai thác, trao đổi, cung cấp thông tin có liên quan đến quản lý chất thải rắn sinh hoạt.

c) Chủ trì, phối hợp với ⟦ORG|Sở Nông nghiệp và Môi trường⟧, Ủy ban nhân dân cấp xã và các đơn vị dịch vụ thu gom, vận chuyển, xử lý chất thải rắn sinh hoạt trên địa bàn hướng dẫn về tuyến đường chính, thời gian thu gom, vận chuyển chất thải rắn sinh hoạt từ điểm tập kết, trạm trung chuyển đến khu xử lý chất thải rắn.

d) Chủ trì, phối hợp ⟦ORG|Sở Nông nghiệp và Môi trường⟧ hướng dẫn các phương tiện vận chuyển chất thải rắn sinh hoạt lắp đặt các thiết bị giám sát hành trình, cấp giấy phép kinh doanh vận tải và phù hiệu chạy xe; thường xuyên kiểm tra, giám sát trong quá trình hoạt động của phương.

3. ⟦ORG|Sở Tài chính⟧:

a) Chủ trì, phối hợp với ⟦ORG|Sở Nông nghiệp và Môi trường⟧ tham mưu ⟦ORG|Ủy ban nhân dân tỉnh⟧ triển khai thực hiện cơ chế, chính sách khuyến khích, ưu đãi đầu tư lĩnh vực quản lý chất thải rắn sinh hoạt; bố trí, phân bổ kinh phí sự nghiệp môi trường cho hoạt động thu gom, vận chuyển, xử lý chất thải rắn sinh hoạt hằng năm; nguồn vốn đầu tư công để hỗ trợ đầu tư cho các chương trình, dự án đầu tư hạ tầng thu gom, xử lý chất thải rắn sinh hoạt theo quy định của pháp luật đầu tư công và các quy định khác có liên quan trên địa bàn tỉnh.

b) Phối hợp với các sở, ban ngành hướng dẫn cơ chế ưu đãi và hỗ trợ tài chính đối với hoạt động đầu tư cho quản lý chất thải rắn sinh hoạt, chất thải nhựa.

c) Hướng dẫn cơ chế tài chính đối với các dự án đầu tư khu xử lý chất thải rắn sinh hoạt có sử dụng nguồn vốn ngân sách.

d) Rà soát, trình ⟦ORG|Ủy ban nhân dân tỉnh⟧ phê duyệt bổ sung danh mục các dự án đầu tư thu gom, xử lý chất thải rắn sinh hoạt trên địa bàn tỉnh cần kêu gọi đầu tư; Chủ trì thẩm định, trình ⟦ORG|Ủy ban nhân dân tỉnh⟧ quyết định chủ trương đầu tư, cấp giấy chứng nhận đăng ký đầu tư các dự án thu gom, xử lý chất thải rắn sinh hoạt theo quy định.

đ) Chủ trì, phối hợp ⟦ORG|Sở Nông nghiệp và Môi trường⟧, địa phương liên quan tham mưu ⟦ORG|Ủy ban nhân dân tỉnh⟧ hướng dẫn chi tiết việc đấu thầu lựa chọn cơ sở thu gom, vận chuyển, xử lý chất thải rắn sinh hoạt trên địa bàn hoặc đặt hàng, giao nhiệm vụ theo quy định của ⟦LEGAL_REF|Luật Đấu thầu⟧ được quy định tại khoản 4 Điều 10 và khoản 7 Điều 12 Quy định này.

4. ⟦ORG|Sở Giáo dục và Đào tạo⟧:

Chủ trì phối hợp với ⟦ORG|Sở Nông nghiệp và Môi trường⟧ xây dựng kế hoạch, chương trình, nội dung, tài liệu giáo dục về bảo vệ môi trường liên quan đến quản lý phân loại, thu gom, vận chuyển, xử lý chất thải sinh hoạt, chất thải nhựa để tổ chức tuyên truyền, giáo dục trong các cấp học trên địa bàn tỉnh.

5. ⟦ORG|Sở Công thương⟧:
=====RELATIONS=====
