doc: tnt305-tvpl__nghi-quyet-20-2025-nq-hdnd-vinh-long
source: ../shared/corpus/raw/tnt305-tvpl__nghi-quyet-20-2025-nq-hdnd-vinh-long.txt
span: 0 6385
=====TEXT=====
⟦e1:ORG|HỘI ĐỒNG NHÂN DÂN TỈNH VĨNH LONG⟧
------- | ⟦LOCATION|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM⟧
Độc lập - Tự do - Hạnh phúc
---------------

Số: ⟦e2:LEGAL_REF|20/2025/NQ-HĐND⟧ | ⟦ADMIN_UNIT|Vĩnh Long⟧, ⟦e3:DATE|ngày 18 tháng 11 năm 2025⟧

NGHỊ QUYẾT

QUY ĐỊNH MỨC HỌC PHÍ ĐỐI VỚI CƠ SỞ GIÁO DỤC CÔNG LẬP VÀ MỨC HỖ TRỢ HỌC PHÍ ĐỐI VỚI TRẺ EM, HỌC SINH DÂN LẬP, TƯ THỤC ⟦DATE|NĂM HỌC 2025 - 2026⟧ TRÊN ĐỊA BÀN ⟦ADMIN_UNIT|TỈNH VĨNH LONG⟧
Căn cứ ⟦LEGAL_REF|Luật Tổ chức chính quyền địa phương số 72/2025/QH15⟧;
Căn cứ ⟦LEGAL_REF|Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15⟧;
Căn cứ ⟦LEGAL_REF|Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật số 87/2025/QH15⟧;
Căn cứ ⟦LEGAL_REF|Luật Ngân sách nhà nước số 83/2015/QH13⟧;
Căn cứ ⟦LEGAL_REF|Luật Giáo dục số 43/2019/QH14⟧;
Căn cứ ⟦e4:LEGAL_REF|Nghị định số 238/2025/NĐ-CP⟧ ⟦e5:DATE|ngày 03 tháng 9 năm 2025⟧ của ⟦e6:ORG|Chính phủ⟧ quy định về chính sách học phí, miễn, giảm, hỗ trợ học phí, hỗ trợ chi phí học tập và giá dịch vụ trong lĩnh vực giáo dục, đào tạo;
Xét ⟦e7:LEGAL_REF|Tờ trình số 471/TTr-UBND⟧ ⟦e8:DATE|ngày 12 tháng 11 năm 2025⟧ của ⟦e9:ORG|Ủy ban nhân dân tỉnh⟧ về dự thảo Nghị quyết quy định mức học phí đối với cơ sở giáo dục công lập và mức hỗ trợ học phí đối với trẻ em, học sinh dân lập, tư thục ⟦DATE|năm học 2025-2026⟧ trên địa bàn ⟦ADMIN_UNIT|tỉnh Vĩnh Long⟧; Báo cáo thẩm tra của ⟦ORG|Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh⟧ và ý kiến thảo luận của đại biểu ⟦ORG|Hội đồng nhân dân tỉnh⟧ tại kỳ họp;
⟦ORG|Hội đồng nhân dân⟧ ban hành Nghị quyết quy định mức học phí đối với cơ sở giáo dục công lập và mức hỗ trợ học phí đối với trẻ em, học sinh dân lập, tư thục ⟦DATE|năm học 2025 - 2026⟧ trên địa bàn ⟦ADMIN_UNIT|tỉnh Vĩnh Long⟧.
Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng 1. Phạm vi điều chỉnh a) Nghị quyết này quy định mức học phí đối với cơ sở giáo dục công lập và mức hỗ trợ học phí đối với trẻ em, học sinh dân lập, tư thục ⟦DATE|năm học 2025 - 2026⟧ trên địa bàn ⟦ADMIN_UNIT|tỉnh Vĩnh Long⟧.
b) Các nội dung khác không quy định tại Nghị quyết này được thực hiện theo quy định tại ⟦e10:LEGAL_REF|Nghị định số 238/2025/NĐ-CP⟧ ⟦e11:DATE|ngày 03 tháng 9 năm 2025⟧ của ⟦e12:ORG|Chính phủ⟧ quy định về chính sách học phí, miễn, giảm, hỗ trợ học phí, hỗ trợ chi phí học tập và giá dịch vụ trong lĩnh vực giáo dục, đào tạo.
2. Đối tượng áp dụng a) Trẻ em mầm non, học sinh phổ thông, người học chương trình giáo dục phổ thông (học viên theo học chương trình giáo dục thường xuyên cấp trung học cơ sở và học viên theo học chương trình giáo dục thường xuyên cấp trung học phổ thông) trong cơ sở giáo dục công lập, dân lập, tư thục thuộc hệ thống giáo dục quốc dân trên địa bàn ⟦ADMIN_UNIT|tỉnh Vĩnh Long⟧.
b) Các cơ sở giáo dục mầm non, giáo dục phổ thông, các cơ sở giáo dục thường xuyên, các cơ sở giáo dục nghề nghiệp - giáo dục thường xuyên, các cơ sở giáo dục nghề nghiệp công lập, dân lập, tư thục trên địa bàn ⟦ADMIN_UNIT|tỉnh Vĩnh Long⟧.
c) Các tổ chức, cá nhân khác có liên quan đến việc thực hiện Nghị quyết.
Điều 2. Quy định mức học phí đối với cơ sở giáo dục công lập và mức hỗ trợ học phí đối với trẻ em, học sinh dân lập, tư thục ⟦DATE|năm học 2025 - 2026⟧ trên địa bàn ⟦ADMIN_UNIT|tỉnh Vĩnh Long⟧ 1. Mức học phí đối với cơ sở giáo dục mầm non, giáo dục phổ thông công lập chưa tự bảo đảm chi thường xuyên như sau:
Đơn vị tính: Nghìn đồng/người học/tháng. | STT | Cấp học | Khu vực nông thôn (xã) | Khu vực thành thị (phường)

1 | Giáo dục mầm non | 80 | 120

2 | Giáo dục phổ thông

Tiểu học | 80 | 120

Trung học cơ sở | 80 | 120

Trung học phổ thông | 130 | 200 | 2. Trong trường hợp học trực tuyến (học online), mức học phí đối với cơ sở giáo dục phổ thông công lập bằng ⟦PERCENT|75%⟧ mức học phí quy định tại khoản 1 Điều này.
3. Mức hỗ trợ học phí Mức học phí quy định tại khoản 1, khoản 2 Điều này là căn cứ để ngân sách nhà nước cấp bù tiền miễn học phí đối với cơ sở giáo dục mầm non, giáo dục phổ thông, cơ sở giáo dục thường xuyên và cơ sở giáo dục thực hiện chương trình giáo dục phổ thông công lập, đồng thời là mức hỗ trợ học phí đối với người học tại cơ sở giáo dục mầm non, giáo dục phổ thông, cơ sở giáo dục thường xuyên và cơ sở giáo dục thực hiện chương trình giáo dục phổ thông dân lập, tư thục.
4. Nguồn kinh phí thực hiện Kinh phí thực hiện chính sách miễn, giảm, hỗ trợ học phí và chi phí học tập quy định tại Nghị quyết này do ngân sách nhà nước bảo đảm theo quy định của pháp luật về phân cấp quản lý ngân sách.
Điều 3. Điều khoản thi hành 1. Giao ⟦ORG|Ủy ban nhân dân tỉnh⟧ tổ chức triển khai thực hiện Nghị quyết.
2. Giao ⟦ORG|Thường trực Hội đồng nhân dân tỉnh⟧, các Ban của ⟦ORG|Hội đông nhân dân tỉnh⟧, các Tổ đại biểu ⟦ORG|Hội đồng nhân dân tỉnh⟧ và đại biểu ⟦ORG|Hội đồng nhân dân tỉnh⟧ giám sát việc thực hiện Nghị quyết.
3. Đề nghị ⟦ORG|Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh⟧ phối hợp với ⟦ORG|Thường trực Hội đồng nhân dân tỉnh⟧, các Ban của ⟦ORG|Hội đồng nhân dân tỉnh⟧, Tổ đại biểu ⟦ORG|Hội đồng nhân dân tỉnh⟧ và đại biểu ⟦ORG|Hội đồng nhân dân tỉnh⟧ giám sát việc thực hiện Nghị quyết.
4. Nghị quyết này có hiệu lực từ ⟦DATE|ngày 28 tháng 11 năm 2025⟧.
5. Nghị quyết này bãi bỏ các Nghị quyết:
a) ⟦e13:LEGAL_REF|Nghị quyết số 11/2024/NQ-HĐND⟧ ⟦e14:DATE|ngày 29 tháng 6 năm 2024⟧ của ⟦e15:ORG|Hội đồng nhân dân tỉnh Trà Vinh⟧ quy định mức thu học phí đối với giáo dục mầm non và phổ thông công lập chưa tự đảm bảo chi thường xuyên trên địa bàn ⟦ADMIN_UNIT|tỉnh Trà Vinh⟧ ⟦DATE|năm học 2024 - 2025⟧.
b) ⟦e16:LEGAL_REF|Nghị quyết số 15/2024/NQ-HĐND⟧ ⟦e17:DATE|ngày 12 tháng 7 năm 2024⟧ của ⟦e18:ORG|Hội đồng nhân dân tỉnh Bến Tre⟧ quy định mức thu học phí ⟦DATE|năm học 2024 - 2025⟧ đối với các cơ sở giáo dục mầm non, giáo dục phổ thông công lập và giáo dục thường xuyên trên địa bàn ⟦ADMIN_UNIT|tỉnh Bến Tre⟧.
c) ⟦e19:LEGAL_REF|Nghị quyết số 10/2024/NQ-HĐND⟧ ⟦e20:DATE|ngày 10 tháng 7 năm 2024⟧ của ⟦e21:ORG|Hội đồng nhân dân tỉnh Vĩnh Long⟧ quy định mức học phí đối với cơ sở giáo dục mầm non, phổ thông công lập và giáo dục thường xuyên trên địa bàn ⟦ADMIN_UNIT|tỉnh Vĩnh Long⟧ ⟦DATE|năm 2024 - 2025⟧.
Nghị quyết này đã được ⟦ORG|Hội đồng nhân dân tỉnh Vĩnh Long⟧ Khóa X, kỳ họp chuyên đề lần thứ Ba thông qua ⟦DATE|ngày 18 tháng 11 năm 2025⟧.

Nơi nhận:
- ⟦ORG|Ủy ban Thường vụ Quốc hội⟧;
- ⟦ORG|Chính phủ⟧;
- ⟦ORG|Ủy ban Công tác đại biểu⟧;
- Các Bộ: ⟦ORG|Giáo dục và Đào tạo⟧, ⟦ORG|Tài chính⟧;
- ⟦ORG|Cục KTVB&QLXLVPHC-Bộ Tư pháp⟧;
- ⟦ORG|Kiểm toán Nhà nước Khu vực IX⟧;
- ⟦ORG|Tỉnh ủy⟧, ⟦ORG|HĐND⟧, ⟦ORG|UBND⟧, ⟦ORG|UBMTTQVN tỉnh⟧;
- ⟦ORG|Đoàn ĐBQH tỉnh Vĩnh Long⟧;
- Đại biểu ⟦ORG|HĐND tỉnh⟧;
- Văn phòng: ⟦ORG|Tỉnh ủy⟧, ⟦ORG|Đoàn ĐBQH&HĐND⟧, ⟦ORG|UBND tỉnh⟧;
- ⟦ORG|Ban Tuyên giáo và Dân vận⟧;
- Các Sở, ban, ngành, đoàn thể tỉnh;
- TT HĐND, UBND, UBMTTQVN các xã, phường;
- ⟦ORG|Trung tâm Thông tin điều hành⟧, ⟦ORG|Trang tin điện tử Văn phòng Đoàn ĐBQH và HĐND tỉnh⟧;
- ⟦ORG|Báo và Phát thanh - Truyền hình Vĩnh Long⟧;
- Lưu: VT. | CHỦ TỊCH
⟦PERSON|Nguyễn Minh Dũng⟧ | ⟦LEGAL_REF|Nghị quyết 20/2025/NQ-HĐND⟧ quy định mức học phí đối với cơ sở giáo dục công lập và mức hỗ trợ học phí đối với trẻ em, học sinh dân lập, tư thục ⟦DATE|năm học 2025 - 2026⟧ trên địa bàn ⟦ADMIN_UNIT|tỉnh Vĩnh Long⟧

=====RELATIONS=====
e2 issued_by e1
e2 issued_on e3
e4 issued_on e5
e4 issued_by e6
e7 issued_on e8
e7 issued_by e9
e10 issued_on e11
e10 issued_by e12
e13 issued_on e14
e13 issued_by e15
e16 issued_on e17
e16 issued_by e18
e19 issued_on e20
e19 issued_by e21
