doc: tnt305-tvpl__nghi-quyet-66-8-2025-nq-cp
source: ../shared/corpus/raw/tnt305-tvpl__nghi-quyet-66-8-2025-nq-cp.txt
span: 0 4511
=====TEXT=====
NGHỊ QUYẾT

VỀ TÁCH NỘI DUNG BỒI THƯỜNG, HỖ TRỢ, TÁI ĐỊNH CƯ THUỘC DỰ ÁN ĐIỆN HẠT NHÂN ĐÃ ĐƯỢC ⟦ORG|QUỐC HỘI⟧ QUYẾT ĐỊNH CHỦ TRƯƠNG ĐẦU TƯ THÀNH DỰ ÁN ĐỘC LẬP

Căn cứ ⟦LEGAL_REF|Luật Tổ chức Chính phủ số 63/2025/QH15⟧;

Căn cứ ⟦LEGAL_REF|Luật Tổ chức chính quyền địa phương số 72/2025/QH15⟧;

Căn cứ ⟦LEGAL_REF|Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15⟧ được sửa đổi, bổ sung bởi ⟦LEGAL_REF|Luật số 87/2025/QH15⟧;

Căn cứ ⟦n1:LEGAL_REF|Nghị quyết số 41/2009/QH12⟧ của ⟦n1o:ORG|Quốc hội⟧ về chủ trương đầu tư dự án ⟦PROJECT|điện hạt nhân Ninh Thuận⟧;

Căn cứ ⟦n2:LEGAL_REF|Nghị quyết số 174/2024/QH15⟧ của ⟦n2o:ORG|Quốc hội⟧ về kỳ họp thứ 8, ⟦ORG|Quốc hội khóa XV⟧;

Căn cứ ⟦n3:LEGAL_REF|Nghị quyết số 189/2025/QH15⟧ của ⟦n3o:ORG|Quốc hội⟧ về một số cơ chế, chính sách đặc biệt đầu tư xây dựng dự án ⟦PROJECT|điện hạt nhân Ninh Thuận⟧;

Căn cứ ⟦LEGAL_REF|Luật Đầu tư công số 58/2024/QH15⟧ được sửa đổi, bổ sung bởi ⟦LEGAL_REF|Luật số 90/2025/QH15⟧;

Căn cứ ⟦LEGAL_REF|Luật Ngân sách nhà nước số 83/2015/QH13⟧ được sửa đổi, bổ sung bởi ⟦LEGAL_REF|Luật số 56/2024/QH15⟧ và ⟦LEGAL_REF|Luật số 90/2025/QH15⟧;

Căn cứ ⟦LEGAL_REF|Luật Đất đai số 31/2024/QH15⟧ được sửa đổi, bổ sung bởi ⟦LEGAL_REF|Luật số 43/2024/QH15⟧;

Căn cứ ⟦LEGAL_REF|Luật Đấu thầu số 22/2023/QH15⟧ được sửa đổi, bổ sung bởi ⟦LEGAL_REF|Luật số 57/2024/QH15⟧ và ⟦LEGAL_REF|Luật số 90/2025/QH15⟧;

Căn cứ ⟦LEGAL_REF|Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân⟧ đã được sửa đổi, bổ sung một số điều tại ⟦n4:LEGAL_REF|Nghị quyết số 96/2023/QH15⟧ ⟦n4d:DATE|ngày 23 tháng 6 năm 2023⟧ của ⟦n4o:ORG|Quốc hội⟧;

Căn cứ ⟦n5:LEGAL_REF|Nghị quyết số 206/2025/QH15⟧ của ⟦n5o:ORG|Quốc hội⟧ về cơ chế đặc biệt xử lý khó khăn, vướng mắc do quy định của pháp luật;

Theo đề nghị của Bộ trưởng ⟦ORG|Bộ Tài chính⟧;

⟦ORG|Chính phủ⟧ ban hành Nghị quyết về tách nội dung bồi thường, hỗ trợ, tái định cư thuộc dự án điện hạt nhân đã được ⟦ORG|Quốc hội⟧ quyết định chủ trương đầu tư thành dự án độc lập.

Điều 1. Phạm vi điều chỉnh, đối tượng áp dụng

1. Phạm vi điều chỉnh

Nghị quyết này quy định về xử lý khó khăn, vướng mắc trong tách nội dung bồi thường, hỗ trợ, tái định cư thuộc dự án điện hạt nhân đã được ⟦ORG|Quốc hội⟧ quyết định chủ trương đầu tư thành dự án độc lập.

2. Đối tượng áp dụng

Nghị quyết này áp dụng đối với địa phương có nhà máy điện hạt nhân đã được ⟦ORG|Quốc hội⟧ quyết định chủ trương đầu tư (trường hợp cụ thể là ⟦ADMIN_UNIT|tỉnh Khánh Hòa⟧), chủ đầu tư, đơn vị được giao nhiệm vụ chuẩn bị dự án ⟦PROJECT|điện hạt nhân Ninh Thuận⟧ và các tổ chức, cá nhân khác có liên quan đến việc thực hiện dự án ⟦PROJECT|điện hạt nhân Ninh Thuận⟧.

Điều 2. Cơ chế, chính sách đặc thù thực hiện dự án bồi thường, hỗ trợ, tái định cư để thực hiện dự án ⟦PROJECT|điện hạt nhân Ninh Thuận⟧

1. Cho phép tách nội dung bồi thường, hỗ trợ, tái định cư thuộc dự án ⟦PROJECT|điện hạt nhân Ninh Thuận⟧ thành dự án độc lập (sau đây gọi là Dự án)

2. Giao ⟦ORG|Ủy ban nhân dân tỉnh Khánh Hòa⟧ làm cơ quan chủ quản Dự án. Giao Chủ tịch ⟦ORG|Ủy ban nhân dân tỉnh Khánh Hòa⟧ quyết định đầu tư Dự án khi cấp có thẩm quyền chưa quyết định điều chỉnh chủ trương đầu tư và phê duyệt điều chỉnh dự án ⟦PROJECT|điện hạt nhân Ninh Thuận⟧ theo quy định của pháp luật.

3. Trong thời gian chờ bố trí tái định cư, ⟦ORG|Ủy ban nhân dân tỉnh Khánh Hòa⟧ được phép bố trí nhà ở tạm hoặc hỗ trợ tiền thuê nhà ở cho người có đất ở bị thu hồi để phục vụ Dự án. Thời gian và mức hỗ trợ cụ thể do ⟦ORG|Ủy ban nhân dân tỉnh Khánh Hòa⟧ quy định, bảo đảm công khai, minh bạch và phù hợp với điều kiện thực tế tại địa phương.

4. Giao các chủ đầu tư ⟦PROJECT|nhà máy điện hạt nhân Ninh Thuận 1⟧, ⟦PROJECT|nhà máy điện hạt nhân Ninh Thuận 2⟧ thực hiện cập nhật nội dung Dự án vào các báo cáo nghiên cứu tiền khả thi dự án ⟦PROJECT|nhà máy điện hạt nhân Ninh Thuận 1⟧ và dự án ⟦PROJECT|nhà máy điện hạt nhân Ninh Thuận 2⟧ nhằm đảm bảo tính đồng bộ.

5. Áp dụng hình thức chỉ định thầu theo quy trình rút gọn đối với các gói thầu tư vấn, phi tư vấn để thực hiện Dự án theo quy định của pháp luật về đấu thầu.

6. Việc thu hồi đất để thực hiện Dự án được quy định như sau:

a) Căn cứ quy hoạch sử dụng đất được cấp có thẩm quyền phê duyệt, cơ quan nhà nước có thẩm quyền thu hồi đất theo quy định của ⟦LEGAL_REF|Luật Đất đai⟧, được ban hành thông báo tổ chức thực hiện điều tra, khảo sát, đo đạc, kiểm đếm, xác minh nguồn gốc đất, tài sản gắn liền với đất.

Thông báo tổ chức thực hiện điều tra, khảo sát, đo đạc, kiểm đếm, xác minh nguồn gốc đất, tài sản gắn liền với đất được gửi đến từng người sử dụng đất và thông báo trên phương tiện thông tin đại chúng, niêm yết tại trụ sở Ủy ban nhân dân cấp xã, địa điểm sinh hoạt chung của khu dân cư;

b) Trên cơ sở thông báo tại điểm a khoản này, đơn vị được giao làm nhiệm vụ bồi thường, hỗ trợ, tái định cư theo quy định của pháp luật về đất đai được phép triển khai thực hiện điều tra, khảo sát, đo đạc, kiểm đếm, xác minh nguồn gốc đất, tài sản gắn liền với đất trước khi cơ quan nhà nước có thẩm quyền ban hành thông báo thu hồi đất.

=====RELATIONS=====
n1 issued_by n1o
n2 issued_by n2o
n3 issued_by n3o
n4 issued_on n4d
n4 issued_by n4o
n5 issued_by n5o
