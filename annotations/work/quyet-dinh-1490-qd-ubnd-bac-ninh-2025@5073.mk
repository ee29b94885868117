doc: tnt305-tvpl__quyet-dinh-1490-qd-ubnd-bac-ninh-2025
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-1490-qd-ubnd-bac-ninh-2025.txt
span: 5073 9194
=====TEXT=====
Bước 3 | Chuyên viên được giao nhiệm vụ xem xét sự phù hợp của hồ sơ đề xuất dự án + Trường hợp hồ sơ đầy đủ, hợp lệ: Dự thảo văn bản lấy ý kiến tham gia của các Sở, ban, ngành có liên quan + Trường hợp hồ sơ chưa đầy đủ, hợp lệ, dự thảo văn bản yêu cầu sửa đổi, bổ sung hồ sơ | Chuyên viên được phân công | 0,25 ngày làm việc | Dự thảo văn bản lấy ý kiến hoặc văn bản yêu cầu sửa đổi, bổ sung hồ sơ

Bước 4 | Trưởng ⟦ORG|Phòng ĐTTĐ&GSĐT⟧ xem xét lại Hồ sơ, trình lãnh đạo Sở phê duyệt Văn bản lấy ý kiến tham gia của các Sở, ban, ngành có liên quan hoặc văn bản yêu cầu sửa đổi, bổ sung hồ sơ | Trưởng ⟦ORG|Phòng ĐTTĐ&GSĐT⟧ | 0,25 ngày làm việc | Văn bản lấy ý kiến tham gia của các cơ quan, đơn vị hoặc văn bản yêu cầu sửa đổi, bổ sung hồ sơ

Bước 5 | Lãnh đạo Sở ký duyệt phát hành Văn bản lấy ý kiến của các Sở, ban, ngành có liên quan hoặc văn bản yêu cầu sửa đổi, bổ sung hồ sơ | Lãnh đạo Sở được phân công | 0,25 ngày làm việc | Văn bản lấy ý kiến hoặc văn bản yêu cầu sửa đổi, bổ sung hồ sơ

Bước 6 | Các cơ quan, đơn vị được xin ý kiến về nội dung đề xuất dự án của nhà đầu tư, có trách nhiệm xem xét và gửi văn bản cho ý kiến về ⟦ORG|Sở Tài chính⟧ | Các Sở, ban, ngành được xin ý kiến | 1 ngày làm việc | Văn bản tham gia ý kiến

Bước 7 | Căn cứ ý kiến của các cơ quan, đơn vị liên quan, Chuyên viên xử lý hồ sơ của ⟦ORG|Sở Tài chính⟧ tổng hợp các nội dung cho ý kiến của các cơ quan, đơn vị liên quan để dự thảo văn bản của ⟦ORG|Sở Tài chính⟧ báo cáo ⟦ORG|UBND tỉnh⟧ chấp thuận hoặc không chấp thuận:
- Việc nhà đầu tư lập báo cáo nghiên cứu tiền khả thi, báo cáo đề xuất chủ trương đầu tư (đối với dự án thuộc trường hợp quyết định chủ trương đầu tư);
- Việc nhà đầu tư lập báo cáo nghiên cứu khả thi, báo cáo kinh tế - kỹ thuật đầu tư xây dựng (đối với dự án không thuộc trường hợp quyết định chủ trương đầu tư). | Chuyên viên được phân công | 0,25 ngày làm việc | Văn bản báo cáo ⟦ORG|UBND tỉnh⟧

Bước 8 | Trưởng ⟦ORG|Phòng ĐTTĐ&GSĐT⟧ xem xét hồ sơ, báo cáo Lãnh đạo cơ quan được phân công xem xét văn bản của ⟦ORG|Sở Tài chính⟧ báo cáo ⟦ORG|UBND tỉnh⟧.
Trường hợp đủ điều kiện, trình Lãnh đạo Sở xem xét ký duyệt văn bản báo cáo ⟦ORG|UBND tỉnh⟧. | Trưởng ⟦ORG|Phòng ĐTTĐ&GSĐT⟧ | 0,25 ngày làm việc | Văn bản báo cáo ⟦ORG|UBND tỉnh⟧

Bước 9 | Lãnh đạo Sở xem xét, ký duyệt văn bản báo cáo ⟦ORG|UBND tỉnh⟧ | Lãnh đạo Sở được phân công | 0,25 ngày làm việc | Văn bản báo cáo ⟦ORG|UBND tỉnh⟧

Bước 10 | Văn thư Sở lấy số văn bản, đóng dấu, lưu trữ hồ sơ, kèm theo hồ sơ đến ⟦ORG|Văn phòng UBND tỉnh⟧ hoặc nhà đầu tư | Văn thư Sở | 0,25 ngày làm việc | Văn bản báo cáo ⟦ORG|UBND tỉnh⟧

Bước 11 | 1. ⟦ORG|UBND tỉnh⟧ ban hành văn bản chấp thuận hoặc không chấp thuận:
- Việc nhà đầu tư lập báo cáo nghiên cứu tiền khả thi, báo cáo đề xuất chủ trương đầu tư (đối với dự án thuộc trường hợp quyết định chủ trương đầu tư);
- Việc nhà đầu tư lập báo cáo nghiên cứu khả thi, báo cáo kinh tế - kỹ thuật đầu tư xây dựng (đối với dự án không thuộc trường hợp quyết định chủ trương đầu tư).
2. Văn thư đóng dấu, ban hành kết quả giải quyết TTHC (kèm theo hồ sơ) chuyển về ⟦ORG|Trung tâm phục vụ hành chính công tỉnh⟧ hoặc Trung tâm Phục vụ hành chính công cấp xã (trường hợp nộp hồ sơ không phụ thuộc vào địa giới hành chính) | ⟦ORG|UBND tỉnh⟧ | 1,5 ngày làm việc | Kết quả giải quyết TTHC

Bước 12 | - Số hoá kết quả giải quyết TTHC.
- Kết quả chuyển về Bộ phận tiếp nhận và Trả kết quả nơi tiếp nhận hồ sơ để trả cho tổ chức, cá nhân theo quy định | Công chức phòng chuyên môn và Công chức ⟦ORG|Sở Tài chính⟧ tại ⟦ORG|Trung tâm Phục vụ Hành chính công tỉnh⟧ hoặc Công chức Trung tâm Phục vụ Hành chính công cấp xã | 0,25 ngày làm việc | Kết quả giải quyết TTHC được số hóa và trả cho tổ chức, cá nhân

Tổng thời gian giải quyết TTHC | Tổng thời gian giải quyết TTHC: Không quá 05 ngày làm việc kể từ ngày nhận được văn bản đề xuất thực hiện dự án của nhà đầu tư. | 2. Thẩm định báo cáo nghiên cứu khả thi, phê duyệt dự án áp dụng loại hợp đồng BT không yêu cầu thanh toán[1] | Thứ tự công việc | Nội dung công việc cụ thể | Đơn vị/ Người thực hiện | Thời gian thực hiện | Sản phẩm

I | Trình tự đề xuất dự án

Bước 1 | 1. Nộp hồ sơ:
- Nộp hồ sơ trực tuyến tại địa chỉ __https://dichvucong.gov.vn/__ - Trực tiếp hoặc qua dịch vụ bưu chính công ích đến:

=====RELATIONS=====
