doc: tnt305-tvpl__quyet-dinh-1490-qd-ubnd-bac-ninh-2025
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-1490-qd-ubnd-bac-ninh-2025.txt
span: 22113 25435
=====TEXT=====
Bước 6 | Các cơ quan, đơn vị được xin ý kiến về nội dung đề xuất dự án của nhà đầu tư, có trách nhiệm xem xét, thẩm định và gửi văn bản cho ý kiến về ⟦ORG|Sở Tài chính⟧ | Các Sở, ban, ngành được xin ý kiến | 12 ngày | Văn bản tham gia ý kiến

Bước 7 | Căn cứ ý kiến thẩm định, Chuyên viên xử lý hồ sơ của ⟦ORG|Sở Tài chính⟧ tổng hợp các nội dung cho ý kiến của các cơ quan, đơn vị liên quan để dự thảo báo cáo Chủ tịch ⟦ORG|UBND tỉnh⟧ phê duyệt thông tin dự án/hoặc từ chối phê duyệt thông tin dự án | Chuyên viên được phân công | 3,5 ngày | Văn bản trả, yêu cầu bổ sung, hoàn thiện hồ sơ hoặc Báo cáo thẩm định trình ⟦ORG|UBND tỉnh⟧

Bước 8 | Trưởng ⟦ORG|Phòng ĐTTĐ&GSĐT⟧ xem xét hồ sơ, báo cáo Lãnh đạo cơ quan được phân công xem xét văn bản báo cáo Chủ tịch ⟦ORG|UBND tỉnh⟧ phê duyệt thông tin dự án/hoặc từ chối phê duyệt thông tin dự án.
Trường hợp đủ điều kiện, trình Lãnh đạo Sở xem xét ký duyệt báo cáo thẩm định trình ⟦ORG|UBND tỉnh⟧ xem xét quyết định.
Trường hợp không đủ điều kiện, trình Lãnh đạo Sở xem xét ký duyệt Văn bản trả, yêu cầu bổ sung, hoàn thiện hồ sơ. | Trưởng ⟦ORG|Phòng ĐTTĐ&GSĐT⟧ | 01 ngày | Văn bản trả, yêu cầu bổ sung, hoàn thiện hồ sơ hoặc Báo cáo thẩm định trình ⟦ORG|UBND tỉnh⟧

Bước 9 | Lãnh đạo Sở xem xét, ký duyệt văn bản báo cáo Chủ tịch ⟦ORG|UBND tỉnh⟧ phê duyệt thông tin dự án/ từ chối phê duyệt thông tin dự án hoặc Văn bản trả, yêu cầu bổ sung, hoàn thiện hồ sơ. | Lãnh đạo Sở được phân công | 01 ngày | Văn bản trả, yêu cầu bổ sung, hoàn thiện hồ sơ hoặc Báo cáo trình ⟦ORG|UBND tỉnh⟧

Bước 10 | Văn thư Sở lấy số văn bản, đóng dấu, lưu trữ hồ sơ, chuyển kết quả thủ tục hành chính kèm theo hồ sơ đến ⟦ORG|Văn phòng UBND tỉnh⟧ hoặc nhà đầu tư | Văn thư Sở | 0,5 ngày | Văn bản trả, yêu cầu bổ sung, hoàn thiện hồ sơ hoặc Báo cáo trình ⟦ORG|UBND tỉnh⟧

Bước 11 | ⟦ORG|UBND tỉnh⟧ xem xét, phê duyệt thông tin dự án. | ⟦ORG|UBND tỉnh⟧ | 06 ngày | Văn bản phê duyệt thông tin dự án đầu tư

Bước 12 | Văn thư ⟦ORG|UBND tỉnh⟧ chuyển kết quả (bản giấy) giải quyết thủ tịch hành chính cho ⟦ORG|Trung tâm hành chính công tỉnh⟧ hoặc Trung tâm Phục vụ Hành chính công cấp xã để trả kết quả cho Nhà đầu tư | Văn thư ⟦ORG|UBND tỉnh⟧ | 0,5 ngày | Kết quả giải quyết TTHC

Bước 13 | - Số hoá kết quả giải quyết TTHC.
- Kết quả chuyển về Bộ phận tiếp nhận và Trả kết quả nơi tiếp nhận hồ sơ để trả cho tổ chức, cá nhân theo quy định | Công chức phòng chuyên môn và Công chức ⟦ORG|Sở Tài chính⟧ tại ⟦ORG|Trung tâm Phục vụ Hành chính công tỉnh⟧ hoặc Công chức Trung tâm Phục vụ Hành chính công cấp xã | 0,5 ngày | Kết quả giải quyết TTHC được số hóa và trả cho tổ chức, cá nhân

Bước 14 | Đăng tải thông tin dự án lên hệ thống mạng đấu thầu quốc gia | Cơ quan được phân công | 05 ngày làm việc | Thông tin được đăng tải trên hệ thống

Tổng thời gian giải quyết TTHC | Tổng thời gian giải quyết TTHC:
- Tiếp nhận, giao xem xét hồ sơ; thẩm định, xem xét sự phù hợp hồ sơ đề xuất dự án: Không quá 28 ngày kể từ ngày tiếp nhận hồ sơ
- Đăng tải thông tin dự án trong thời hạn chậm nhất 05 ngày làm việc kể từ ngày phê duyệt thông tin dự án (không tính trong quy trình giải quyết hồ sơ) | [1] a) Đối với trình tự đề xuất, thẩm định, phê duyệt dự án BT không yêu cầu thanh toán do nhà đầu tư đề xuất: quy trình thực hiện bao gồm các bước tại mục I, II b) Đối với trình tự điều chỉnh nội dung báo cáo nghiên cứu khả thi, phê duyệt điều chỉnh dự án PPP do nhà đầu tư đề xuất: quy trình thực hiện bao gồm các bước tại mục II.
=====RELATIONS=====
