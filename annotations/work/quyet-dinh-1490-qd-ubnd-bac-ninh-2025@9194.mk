doc: tnt305-tvpl__quyet-dinh-1490-qd-ubnd-bac-ninh-2025
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-1490-qd-ubnd-bac-ninh-2025.txt
span: 9194 14081
=====TEXT=====
+ ⟦c1:ORG|Trung tâm Phục vụ hành chính công tỉnh Bắc Ninh⟧ - địa chỉ: Tầng 1 và tầng 2 (giữa 2 toà nhà A, B) ⟦k1:LOCATION|Khu liên cơ quan⟧, ⟦q1:LOCATION|Quảng trường 3/2⟧, ⟦w1:ADMIN_UNIT|phường Bắc Giang⟧, ⟦t1:ADMIN_UNIT|tỉnh Bắc Ninh⟧.
+ Điểm tiếp nhận và trả kết quả giải quyết TTHC- địa chỉ: Số 31, ⟦s3:LOCATION|đường Kinh Dương Vương⟧, ⟦w3:ADMIN_UNIT|phường Kinh Bắc⟧, ⟦t3:ADMIN_UNIT|tỉnh Bắc Ninh⟧.
+ Trung tâm Phục vụ hành chính công cấp xã (trường hợp nộp hồ sơ không phụ thuộc vào địa giới hành chính) 2. Kiểm tra tính đầy đủ của hồ sơ theo quy định:
+ Trường hợp hồ sơ đầy đủ và hợp lệ, thực hiện số hoá thành phần hồ sơ, tiếp nhận hồ sơ theo quy định và chuyển ngay hồ sơ đến bộ phận chuyên môn để giải quyết.
Trường hợp tiếp nhận không phụ thuộc vào địa giới hành chính: đơn vị tiếp nhận hồ sơ chuyển ngay hồ sơ điện tử đến ⟦ORG|Sở Tài chính⟧ trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh để giải quyết đồng thời chuyển hồ sơ giấy đến ⟦ORG|Sở Tài chính⟧ trong thời hạn không quá 01 ngày làm việc kể từ khi tiếp nhận hồ sơ.
+ Hồ sơ không đầy đủ, hợp lệ thì trả hồ sơ và hướng dẫn cá nhân, tổ chức bổ sung hồ sơ. | Công chức của ⟦ORG|Sở Tài chính⟧ tiếp nhận hồ sơ tại ⟦ORG|Trung tâm Phục vụ hành chính công⟧ hoặc công chức tiếp nhận hồ sơ tại TT PVHCC cấp xã | 0,25 ngày làm việc | Giấy tiếp nhận hồ sơ và hẹn trả kết quả Thông báo về tình trạng hồ sơ cần chỉnh sửa, các hướng dẫn (nếu có)

Bước 2 | Phân công chuyên viên thẩm định Hồ sơ theo quy định | Lãnh đạo ⟦ORG|Phòng ĐTTĐ&GSĐT⟧ | 0,25 ngày làm việc | Hồ sơ được phân công trên hệ thống

Bước 3 | Chuyên viên được giao nhiệm vụ xem xét sự phù hợp của hồ sơ đề xuất dự án + Trường hợp hồ sơ đầy đủ, hợp lệ: Dự thảo văn bản lấy ý kiến tham gia của các Sở, ban, ngành có liên quan + Trường hợp hồ sơ chưa đầy đủ, hợp lệ, dự thảo văn bản yêu cầu sửa đổi, bổ sung hồ sơ | Chuyên viên được phân công | 0,25 ngày làm việc | Dự thảo văn bản lấy ý kiến hoặc văn bản yêu cầu sửa đổi, bổ sung hồ sơ

Bước 4 | Trưởng ⟦ORG|Phòng ĐTTĐ&GSĐT⟧ xem xét lại Hồ sơ, trình lãnh đạo Sở phê duyệt Văn bản lấy ý kiến tham gia của các Sở, ban, ngành có liên quan hoặc văn bản yêu cầu sửa đổi, bổ sung hồ sơ | Trưởng ⟦ORG|Phòng ĐTTĐ&GSĐT⟧ | 0,25 ngày làm việc | Văn bản lấy ý kiến tham gia của các cơ quan, đơn vị hoặc văn bản yêu cầu sửa đổi, bổ sung hồ sơ

Bước 5 | Lãnh đạo Sở ký duyệt phát hành Văn bản lấy ý kiến của các Sở, ban, ngành có liên quan hoặc văn bản yêu cầu sửa đổi, bổ sung hồ sơ | Lãnh đạo Sở được phân công | 0,25 ngày làm việc | Văn bản lấy ý kiến hoặc văn bản yêu cầu sửa đổi, bổ sung hồ sơ

Bước 6 | Các cơ quan, đơn vị được xin ý kiến về nội dung đề xuất dự án của nhà đầu tư, có trách nhiệm xem xét và gửi văn bản cho ý kiến về ⟦ORG|Sở Tài chính⟧ | Các Sở, ban, ngành được xin ý kiến | 1 ngày làm việc | Văn bản tham gia ý kiến

Bước 7 | Căn cứ ý kiến của các cơ quan, đơn vị liên quan, Chuyên viên xử lý hồ sơ của ⟦ORG|Sở Tài chính⟧ tổng hợp các nội dung cho ý kiến của các cơ quan, đơn vị liên quan để dự thảo văn bản của ⟦ORG|Sở Tài chính⟧ báo cáo ⟦ORG|UBND tỉnh⟧ chấp thuận hoặc không chấp thuận việc nhà đầu tư lập báo cáo nghiên cứu khả thi và dự thảo hợp đồng. | Chuyên viên được phân công | 0,25 ngày làm việc | Văn bản báo cáo ⟦ORG|UBND tỉnh⟧

Bước 8 | Trưởng ⟦ORG|Phòng ĐTTĐ&GSĐT⟧ xem xét hồ sơ, báo cáo Lãnh đạo cơ quan được phân công xem xét văn bản của ⟦ORG|Sở Tài chính⟧ báo cáo ⟦ORG|UBND tỉnh⟧. Trường hợp đủ điều kiện, trình Lãnh đạo Sở xem xét ký duyệt văn bản báo cáo ⟦ORG|UBND tỉnh⟧. | Trưởng ⟦ORG|Phòng ĐTTĐ&GSĐT⟧ | 0,25 ngày làm việc | Văn bản báo cáo ⟦ORG|UBND tỉnh⟧

Bước 9 | Lãnh đạo Sở xem xét, ký duyệt văn bản báo cáo ⟦ORG|UBND tỉnh⟧ | Lãnh đạo Sở được phân công | 0,25 ngày làm việc | Văn bản báo cáo ⟦ORG|UBND tỉnh⟧

Bước 10 | Văn thư Sở lấy số văn bản, đóng dấu, lưu trữ hồ sơ, chuyển kết quả thủ tục hành chính kèm theo hồ sơ đến ⟦ORG|Văn phòng UBND tỉnh⟧ hoặc nhà đầu tư | Văn thư Sở | 0,25 ngày làm việc | Văn bản báo cáo ⟦ORG|UBND tỉnh⟧

Bước 11 | 1. ⟦ORG|UBND tỉnh⟧ ban hành văn bản chấp thuận hoặc không chấp thuận việc nhà đầu tư lập báo cáo nghiên cứu khả thi và dự thảo hợp đồng.
2. Văn thư đóng dấu, ban hành kết quả giải quyết TTHC chuyển về ⟦ORG|Trung tâm phục vụ hành chính công tỉnh⟧ hoặc Trung tâm Phục vụ hành chính công cấp xã (trường hợp nộp hồ sơ không phụ thuộc vào địa giới hành chính) | ⟦ORG|UBND tỉnh⟧ | 1,5 ngày làm việc | Kết quả giải quyết TTHC

Bước 12 | - Số hoá kết quả giải quyết TTHC.
- Kết quả chuyển về Bộ phận tiếp nhận và Trả kết quả nơi tiếp nhận hồ sơ để trả cho tổ chức, cá nhân theo quy định | Công chức phòng chuyên môn và Công chức ⟦ORG|Sở Tài chính⟧ tại ⟦ORG|Trung tâm Phục vụ Hành chính công tỉnh⟧ hoặc Công chức Trung tâm Phục vụ Hành chính công cấp xã | 0,25 ngày làm việc | Kết quả giải quyết TTHC được số hóa và trả cho tổ chức, cá nhân

II | Trình tự thẩm định, phê duyệt Báo cáo NCKT dự án:

Bước 1 | 1. Nộp hồ sơ:
- Nộp hồ sơ trực tuyến tại địa chỉ __https://dichvucong.gov.vn/__ - Trực tiếp hoặc qua dịch vụ bưu chính công ích đến:
+ ⟦c2:ORG|Trung tâm Phục vụ hành chính công tỉnh Bắc Ninh⟧ - địa chỉ: Tầng 1 và tầng 2 (giữa 2 toà nhà A, B) ⟦k2:LOCATION|Khu liên cơ quan⟧, ⟦q2:LOCATION|Quảng trường 3/2⟧, ⟦w2:ADMIN_UNIT|phường Bắc Giang⟧, ⟦t2:ADMIN_UNIT|tỉnh Bắc Ninh⟧.

=====RELATIONS=====
c1 located_in w1
k1 located_in w1
q1 located_in w1
w1 located_in t1
s3 located_in w3
w3 located_in t3
c2 located_in w2
k2 located_in w2
q2 located_in w2
w2 located_in t2
