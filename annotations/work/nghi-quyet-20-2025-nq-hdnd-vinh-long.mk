doc: tnt305-tvpl__nghi-quyet-20-2025-nq-hdnd-vinh-long
source: ../shared/corpus/raw/tnt305-tvpl__nghi-quyet-20-2025-nq-hdnd-vinh-long.txt
span: 0 6385
=====TEXT=====
HỘI ĐỒNG NHÂN DÂN TỈNH VĨNH LONG
------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 20/2025/NQ-HĐND | Vĩnh Long, ngày 18 tháng 11 năm 2025

NGHỊ QUYẾT

QUY ĐỊNH MỨC HỌC PHÍ ĐỐI VỚI CƠ SỞ GIÁO DỤC CÔNG LẬP VÀ MỨC HỖ TRỢ HỌC PHÍ ĐỐI VỚI TRẺ EM, HỌC SINH DÂN LẬP, TƯ THỤC NĂM HỌC 2025 - 2026 TRÊN ĐỊA BÀN TỈNH VĨNH LONG
Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;
Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15;
Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật số 87/2025/QH15;
Căn cứ Luật Ngân sách nhà nước số 83/2015/QH13;
Căn cứ Luật Giáo dục số 43/2019/QH14;
Căn cứ Nghị định số 238/2025/NĐ-CP ngày 03 tháng 9 năm 2025 của Chính phủ quy định về chính sách học phí, miễn, giảm, hỗ trợ học phí, hỗ trợ chi phí học tập và giá dịch vụ trong lĩnh vực giáo dục, đào tạo;
Xét Tờ trình số 471/TTr-UBND ngày 12 tháng 11 năm 2025 của Ủy ban nhân dân tỉnh về dự thảo Nghị quyết quy định mức học phí đối với cơ sở giáo dục công lập và mức hỗ trợ học phí đối với trẻ em, học sinh dân lập, tư thục năm học 2025-2026 trên địa bàn tỉnh Vĩnh Long; Báo cáo thẩm tra của Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh và ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp;
Hội đồng nhân dân ban hành Nghị quyết quy định mức học phí đối với cơ sở giáo dục công lập và mức hỗ trợ học phí đối với trẻ em, học sinh dân lập, tư thục năm học 2025 - 2026 trên địa bàn tỉnh Vĩnh Long.
Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng 1. Phạm vi điều chỉnh a) Nghị quyết này quy định mức học phí đối với cơ sở giáo dục công lập và mức hỗ trợ học phí đối với trẻ em, học sinh dân lập, tư thục năm học 2025 - 2026 trên địa bàn tỉnh Vĩnh Long.
b) Các nội dung khác không quy định tại Nghị quyết này được thực hiện theo quy định tại Nghị định số 238/2025/NĐ-CP ngày 03 tháng 9 năm 2025 của Chính phủ quy định về chính sách học phí, miễn, giảm, hỗ trợ học phí, hỗ trợ chi phí học tập và giá dịch vụ trong lĩnh vực giáo dục, đào tạo.
2. Đối tượng áp dụng a) Trẻ em mầm non, học sinh phổ thông, người học chương trình giáo dục phổ thông (học viên theo học chương trình giáo dục thường xuyên cấp trung học cơ sở và học viên theo học chương trình giáo dục thường xuyên cấp trung học phổ thông) trong cơ sở giáo dục công lập, dân lập, tư thục thuộc hệ thống giáo dục quốc dân trên địa bàn tỉnh Vĩnh Long.
b) Các cơ sở giáo dục mầm non, giáo dục phổ thông, các cơ sở giáo dục thường xuyên, các cơ sở giáo dục nghề nghiệp - giáo dục thường xuyên, các cơ sở giáo dục nghề nghiệp công lập, dân lập, tư thục trên địa bàn tỉnh Vĩnh Long.
c) Các tổ chức, cá nhân khác có liên quan đến việc thực hiện Nghị quyết.
Điều 2. Quy định mức học phí đối với cơ sở giáo dục công lập và mức hỗ trợ học phí đối với trẻ em, học sinh dân lập, tư thục năm học 2025 - 2026 trên địa bàn tỉnh Vĩnh Long 1. Mức học phí đối với cơ sở giáo dục mầm non, giáo dục phổ thông công lập chưa tự bảo đảm chi thường xuyên như sau:
Đơn vị tính: Nghìn đồng/người học/tháng. | STT | Cấp học | Khu vực nông thôn (xã) | Khu vực thành thị (phường)

1 | Giáo dục mầm non | 80 | 120

2 | Giáo dục phổ thông

Tiểu học | 80 | 120

Trung học cơ sở | 80 | 120

Trung học phổ thông | 130 | 200 | 2. Trong trường hợp học trực tuyến (học online), mức học phí đối với cơ sở giáo dục phổ thông công lập bằng 75% mức học phí quy định tại khoản 1 Điều này.
3. Mức hỗ trợ học phí Mức học phí quy định tại khoản 1, khoản 2 Điều này là căn cứ để ngân sách nhà nước cấp bù tiền miễn học phí đối với cơ sở giáo dục mầm non, giáo dục phổ thông, cơ sở giáo dục thường xuyên và cơ sở giáo dục thực hiện chương trình giáo dục phổ thông công lập, đồng thời là mức hỗ trợ học phí đối với người học tại cơ sở giáo dục mầm non, giáo dục phổ thông, cơ sở giáo dục thường xuyên và cơ sở giáo dục thực hiện chương trình giáo dục phổ thông dân lập, tư thục.
4. Nguồn kinh phí thực hiện Kinh phí thực hiện chính sách miễn, giảm, hỗ trợ học phí và chi phí học tập quy định tại Nghị quyết này do ngân sách nhà nước bảo đảm theo quy định của pháp luật về phân cấp quản lý ngân sách.
Điều 3. Điều khoản thi hành 1. Giao Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết.
2. Giao Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đông nhân dân tỉnh, các Tổ đại biểu Hội đồng nhân dân tỉnh và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.
3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp với Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, Tổ đại biểu Hội đồng nhân dân tỉnh và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.
4. Nghị quyết này có hiệu lực từ ngày 28 tháng 11 năm 2025.
5. Nghị quyết này bãi bỏ các Nghị quyết:
a) Nghị quyết số 11/2024/NQ-HĐND ngày 29 tháng 6 năm 2024 của Hội đồng nhân dân tỉnh Trà Vinh quy định mức thu học phí đối với giáo dục mầm non và phổ thông công lập chưa tự đảm bảo chi thường xuyên trên địa bàn tỉnh Trà Vinh năm học 2024 - 2025.
b) Nghị quyết số 15/2024/NQ-HĐND ngày 12 tháng 7 năm 2024 của Hội đồng nhân dân tỉnh Bến Tre quy định mức thu học phí năm học 2024 - 2025 đối với các cơ sở giáo dục mầm non, giáo dục phổ thông công lập và giáo dục thường xuyên trên địa bàn tỉnh Bến Tre.
c) Nghị quyết số 10/2024/NQ-HĐND ngày 10 tháng 7 năm 2024 của Hội đồng nhân dân tỉnh Vĩnh Long quy định mức học phí đối với cơ sở giáo dục mầm non, phổ thông công lập và giáo dục thường xuyên trên địa bàn tỉnh Vĩnh Long năm 2024 - 2025.
Nghị quyết này đã được Hội đồng nhân dân tỉnh Vĩnh Long Khóa X, kỳ họp chuyên đề lần thứ Ba thông qua ngày 18 tháng 11 năm 2025.

Nơi nhận:
- Ủy ban Thường vụ Quốc hội;
- Chính phủ;
- Ủy ban Công tác đại biểu;
- Các Bộ: Giáo dục và Đào tạo, Tài chính;
- Cục KTVB&QLXLVPHC-Bộ Tư pháp;
- Kiểm toán Nhà nước Khu vực IX;
- Tỉnh ủy, HĐND, UBND, UBMTTQVN tỉnh;
- Đoàn ĐBQH tỉnh Vĩnh Long;
- Đại biểu HĐND tỉnh;
- Văn phòng: Tỉnh ủy, Đoàn ĐBQH&HĐND, UBND tỉnh;
- Ban Tuyên giáo và Dân vận;
- Các Sở, ban, ngành, đoàn thể tỉnh;
- TT HĐND, UBND, UBMTTQVN các xã, phường;
- Trung tâm Thông tin điều hành, Trang tin điện tử Văn phòng Đoàn ĐBQH và HĐND tỉnh;
- Báo và Phát thanh - Truyền hình Vĩnh Long;
- Lưu: VT. | CHỦ TỊCH
Nguyễn Minh Dũng | Nghị quyết 20/2025/NQ-HĐND quy định mức học phí đối với cơ sở giáo dục công lập và mức hỗ trợ học phí đối với trẻ em, học sinh dân lập, tư thục năm học 2025 - 2026 trên địa bàn tỉnh Vĩnh Long

=====RELATIONS=====
