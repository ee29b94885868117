doc: tnt305-tvpl__quyet-dinh-1490-qd-ubnd-bac-ninh-2025
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-1490-qd-ubnd-bac-ninh-2025.txt
span: 15318 20185
=====TEXT=====
Bước 3 | Chuyên viên được giao nhiệm vụ xem xét sự phù hợp của hồ sơ đề xuất dự án + Trường hợp hồ sơ đầy đủ, hợp lệ: Dự thảo văn bản lấy ý kiến tham gia của các Sở, ban, ngành có liên quan + Trường hợp hồ sơ chưa đầy đủ, hợp lệ, dự thảo văn bản yêu cầu sửa đổi, bổ sung hồ sơ | Chuyên viên được phân công | 02 ngày | Dự thảo văn bản lấy ý kiến hoặc văn bản yêu cầu sửa đổi, bổ sung hồ sơ

Bước 4 | Trưởng ⟦ORG|Phòng ĐTTĐ&GSĐT⟧ xem xét lại Hồ sơ, trình lãnh đạo Sở phê duyệt Văn bản lấy ý kiến tham gia của các Sở, ban, ngành có liên quan hoặc văn bản yêu cầu sửa đổi, bổ sung hồ sơ | Trưởng ⟦ORG|Phòng ĐTTĐ&GSĐT⟧ | 0,5 ngày | Văn bản lấy ý kiến tham gia của các cơ quan, đơn vị hoặc văn bản yêu cầu sửa đổi, bổ sung hồ sơ

Bước 5 | Lãnh đạo Sở ký duyệt phát hành Văn bản lấy ý kiến của các Sở, ban, ngành có liên quan hoặc văn bản yêu cầu sửa đổi, bổ sung hồ sơ | Lãnh đạo Sở được phân công | 0,5 ngày | Văn bản lấy ý kiến hoặc văn bản yêu cầu sửa đổi, bổ sung hồ sơ

Bước 6 | Các cơ quan, đơn vị được xin ý kiến về nội dung đề xuất dự án của nhà đầu tư, có trách nhiệm xem xét và gửi văn bản cho ý kiến về ⟦ORG|Sở Tài chính⟧ | Các Sở, ban, ngành được xin ý kiến | 04 ngày | Văn bản tham gia ý kiến

Bước 7 | Căn cứ ý kiến của các cơ quan, đơn vị liên quan, Chuyên viên xử lý hồ sơ của ⟦ORG|Sở Tài chính⟧ tổng hợp các nội dung cho ý kiến của các cơ quan, đơn vị liên quan để dự thảo Báo cáo thẩm định Báo cáo NCKT Dự án/hoặc văn bản yêu cầu sửa đổi, bổ sung hồ sơ. | Chuyên viên được phân công | 04 ngày | Dự thảo Báo cáo thẩm định Báo cáo NCKT Dự án/hoặc văn bản yêu cầu sửa đổi, bổ sung hồ sơ.

Bước 8 | Trưởng ⟦ORG|Phòng ĐTTĐ&GSĐT⟧ xem xét hồ sơ, báo cáo Lãnh đạo cơ quan được phân công xem xét dự thảo Báo cáo thẩm định Báo cáo NCKT Dự án/hoặc văn bản yêu cầu sửa đổi, bổ sung hồ sơ.
Trường hợp đủ điều kiện, trình Lãnh đạo Sở xem xét ký duyệt Báo cáo thẩm định.
Trường hợp không đủ điều kiện, trình Lãnh đạo Sở xem xét ký duyệt văn bản yêu cầu sửa đổi, bổ sung hồ sơ. | Trưởng ⟦ORG|Phòng ĐTTĐ&GSĐT⟧ | 01 ngày | Dự thảo Báo cáo thẩm định Báo cáo NCKT Dự án/hoặc văn bản yêu cầu sửa đổi, bổ sung hồ sơ.

Bước 9 | - Lãnh đạo Sở xem xét, ký duyệt Báo cáo thẩm định Báo cáo NCKT Dự án/hoặc văn bản yêu cầu sửa đổi, bổ sung hồ sơ.
- Đối với hồ sơ đủ điều kiện:
⟦ORG|Sở Tài chính⟧ trình ⟦ORG|UBND tỉnh⟧ xem xét, quyết định phê duyệt dự án.
Hồ sơ trình gồm:
+ Báo cáo thẩm định Báo cáo NCKT Dự án;
+ Dự thảo Quyết định phê duyệt dự án;
+ Tài liệu khác có liên quan. | Lãnh đạo Sở được phân công/Văn thư | 01 ngày | Báo cáo thẩm định Báo cáo NCKT Dự án/hoặc văn bản yêu cầu sửa đổi, bổ sung hồ sơ.

Bước 10 | Xem xét hồ sơ và phê duyệt kết quả giải quyết TTHC (Giai đoạn thực hiện ở ⟦ORG|UBND tỉnh⟧):
- Bộ phận chuyên môn nghiên cứu, xem xét hồ sơ, trình ⟦ORG|UBND tỉnh⟧ phê duyệt.
- ⟦ORG|UBND tỉnh⟧ phê duyệt kết quả giải quyết TTHC (Quyết định phê duyệt dự án) | ⟦ORG|UBND tỉnh⟧; Bộ phận chuyên môn chịu trách nhiệm xem xét hồ sơ dự án | 05 ngày làm việc | Quyết định phê duyệt dự án

Bước 11 | Văn thư đóng dấu, ban hành kết quả giải quyết TTHC chuyển về ⟦ORG|Trung tâm phục vụ hành chính công tỉnh⟧ Trung tâm Phục vụ hành chính công cấp xã (trường hợp nộp hồ sơ không phụ thuộc vào địa giới hành chính) | Văn thư ⟦ORG|UBND tỉnh⟧ | 0,5 ngày | Kết quả giải quyết TTHC

Bước 12 | - Số hoá kết quả giải quyết TTHC.
- Kết quả chuyển về Bộ phận tiếp nhận và Trả kết quả nơi tiếp nhận hồ sơ để trả cho tổ chức, cá nhân theo quy định | Công chức phòng chuyên môn và Công chức ⟦ORG|Sở Tài chính⟧ tại ⟦ORG|Trung tâm Phục vụ Hành chính công tỉnh⟧ hoặc Công chức Trung tâm Phục vụ Hành chính công cấp xã | 0,5 ngày | Kết quả giải quyết TTHC được số hóa và trả cho tổ chức, cá nhân

Tổng thời gian giải quyết TTHC | - Thời hạn trả lời bằng văn bản chấp thuận hoặc không chấp thuận việc nhà đầu tư lập báo cáo nghiên cứu khả thi và dự thảo hợp đồng: Trong thời hạn 05 ngày làm việc kể từ ngày nhận được văn bản đề xuất thực hiện dự án của nhà đầu tư.
- Thời hạn thẩm định báo cáo nghiên cứu khả thi: Không quá 15 ngày.
- Thời hạn phê duyệt dự án PPP: Không quá 05 ngày làm việc. | II.
Lĩnh vực Đấu thầu lựa chọn nhà đầu tư
1. Thủ tục Công bố dự án đầu tư kinh doanh (gồm dự án đầu tư có sử dụng đất) đối với dự án không thuộc diện chấp thuận chủ trương đầu tư do nhà đầu tư đề xuất | Thứ tự công việc | Nội dung công việc cụ thể | Đơn vị/ Người thực hiện | Thời gian thực hiện | Sản phẩm

Bước 1 | 1. Nộp hồ sơ:
- Nộp hồ sơ trực tuyến tại địa chỉ __https://dichvucong.gov.vn/__ - Trực tiếp hoặc qua dịch vụ bưu chính công ích đến:
+ ⟦c1:ORG|Trung tâm Phục vụ hành chính công tỉnh Bắc Ninh⟧ - địa chỉ: Tầng 1 và tầng 2 (giữa 2 toà nhà A, B) ⟦k1:LOCATION|Khu liên cơ quan⟧, ⟦q1:LOCATION|Quảng trường 3/2⟧, ⟦w1:ADMIN_UNIT|phường Bắc Giang⟧, ⟦t1:ADMIN_UNIT|tỉnh Bắc Ninh⟧.
+ Điểm tiếp nhận và trả kết quả giải quyết TTHC- địa chỉ: Số 31, ⟦s2:LOCATION|đường Kinh Dương Vương⟧, ⟦w2:ADMIN_UNIT|phường Kinh Bắc⟧, ⟦t2:ADMIN_UNIT|tỉnh Bắc Ninh⟧.
+ Trung tâm Phục vụ hành chính công cấp xã (trường hợp nộp hồ sơ không phụ thuộc vào địa giới hành chính) 2. Kiểm tra tính đầy đủ của hồ sơ theo quy định:

=====RELATIONS=====
c1 located_in w1
k1 located_in w1
q1 located_in w1
w1 located_in t1
s2 located_in w2
w2 located_in t2
