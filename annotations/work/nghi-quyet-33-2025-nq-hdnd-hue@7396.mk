doc: tnt305-tvpl__nghi-quyet-33-2025-nq-hdnd-hue
source: ../shared/corpus/raw/tnt305-tvpl__nghi-quyet-33-2025-nq-hdnd-hue.txt
span: 7396 11048
=====TEXT=====

Điều 2.
Thay thế, bãi bỏ một số từ, cụm từ của Quy định kèm theo ⟦e1:LEGAL_REF|Nghị quyết số 09/2022/NQ-HĐND⟧ ⟦e2:DATE|ngày 14 tháng 7 năm 2022⟧ của ⟦e3:ORG|Hội đồng nhân dân tỉnh Thừa Thiên Huế⟧ quy định nguyên tắc, tiêu chí, định mức phân bổ vốn ngân sách nhà nước thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững ⟦DATE|giai đoạn 2021 - 2025⟧ trên địa bàn ⟦ADMIN_UNIT|tỉnh Thừa Thiên Huế⟧ (nay là ⟦ADMIN_UNIT|thành phố Huế⟧)

1. Thay thế cụm từ “⟦ADMIN_UNIT|tỉnh Thừa Thiên Huế⟧” bằng cụm từ “⟦ADMIN_UNIT|thành phố Huế⟧” tại Điều 1; khoản 6 Điều 4; điểm a khoản 2 Điều 13.

2. Thay thế cụm từ “các huyện, thị xã, ⟦ADMIN_UNIT|thành phố Huế⟧” bằng cụm từ “các xã, phường”, cụm từ “UBND cấp huyện” bằng cụm từ “UBND cấp xã” tại khoản 1 Điều 2.

3. Thay thế từ “tỉnh” bằng cụm từ “thành phố” tại khoản 1, khoản 6 Điều 4; khoản 3 Điều 6; điểm c khoản 1, điểm c khoản 2 Điều 7; điểm a, b khoản 1, điểm b khoản 2, điểm b khoản 3 Điều 8; điểm b khoản 2, khoản 3 Điều 9; điểm b khoản 1, điểm b khoản 2 Điều 10; khoản 3 Điều 11; điểm a khoản 2 Điều 13.

4. Thay thế cụm từ “cấp tỉnh” bằng cụm từ “thành phố” tại khoản 1 Điều 2; khoản 1 Điều 6; điểm a khoản 1, điểm a khoản 2 Điều 7; điểm a khoản 1, điểm a khoản 2, điểm a khoản 3 Điều 8; điểm a khoản 1, điểm a khoản 2 Điều 10; khoản 1 Điều 11; điểm a khoản 2 Điều 13.

5. Thay thế cụm từ “các huyện” bằng cụm từ “các xã, phường” tại khoản 1, khoản 4 Điều 7; Điều 6; Điều 7; Điều 8; Điều 10; Điều 11.

6. Thay thế cụm từ “(cấp tỉnh, cấp huyện, cấp xã)” bằng cụm từ “(thành phố, xã/phường)” tại điểm b khoản 2 Điều 9; cụm từ “(tỉnh, huyện, xã)” bằng cụm từ “(thành phố, xã/phường)” tại khoản 2 Điều 13.

7. Thay thế cụm từ “huyện nghèo”’; “⟦ADMIN_UNIT|huyện nghèo A Lưới⟧” bằng cụm từ “các ⟦ADMIN_UNIT|xã A Lưới 1⟧, ⟦ADMIN_UNIT|A Lưới 2⟧, ⟦ADMIN_UNIT|A Lưới 3⟧, ⟦ADMIN_UNIT|A Lưới 4⟧, ⟦ADMIN_UNIT|A Lưới 5⟧” tại khoản 3 Điều 3; khoản 3 Điều 4; điểm a khoản 1 Điều 5; khoản 2 Điều 6; khoản 3 Điều 6; điểm b, điểm c khoản 1 Điều 7; điểm b, điểm c khoản 2 Điều 7; điểm b khoản 1, điểm b khoản 2 Điều 8; tên Điều 9 và khoản 1 Điều 9; điểm b khoản 1, điểm b khoản 2 Điều 10; khoản 2, khoản 3 Điều 11.

8. Thay thế cụm từ “huyện khu vực miền núi” bằng cụm từ “các xã khu vực miền núi” tại khoản 2 Điều 4;

9. Thay thế cụm từ “⟦ORG|Cục Thống kê tỉnh⟧” bằng cụm từ “⟦ORG|Thống kê thành phố⟧” tại khoản 4 Điều 4.

10. Thay thế các cụm từ “huyện, xã”, “cấp huyện, xã” bằng cụm từ “xã, phường” tại điểm a khoản 2 Điều 13.

11. Bãi bỏ quy định “Tiêu chí 4: Số đơn vị hành chính cấp xã của huyện” tại khoản 2 Điều 6; điểm b khoản 1 Điều 7; điểm b khoản 1 Điều 8; điểm b khoản 1, điểm b khoản 2 Điều 10; khoản 2 Điều 11”.

Điều 3. Điều khoản thi hành

1. Nghị quyết này có hiệu lực từ ⟦DATE|ngày 28 tháng 11 năm 2025⟧.

2. Quy định chuyển tiếp

Đối với dự án được cấp có thẩm quyền phê duyệt quyết định hỗ trợ trước ngày Nghị quyết này có hiệu lực thi hành thì tiếp tục triển khai thực hiện theo quyết định đã được phê duyệt.

Điều 4. Tổ chức thực hiện

1. Giao ⟦ORG|Ủy ban nhân dân thành phố⟧ triển khai thực hiện Nghị quyết.

2. Giao ⟦ORG|Thường trực Hội đồng nhân dân⟧, các Ban ⟦ORG|Hội đồng nhân dân⟧, Tổ đại biểu ⟦ORG|Hội đồng nhân dân⟧ và đại biểu ⟦ORG|Hội đồng nhân dân thành phố⟧ trong phạm vi, nhiệm vụ, quyền hạn giám sát việc triển khai thực hiện Nghị quyết.

Nghị quyết này đã được ⟦ORG|Hội đồng nhân dân thành phố Huế⟧ khóa VIII, Kỳ họp chuyên đề lần thứ 28 thông qua ⟦DATE|ngày 18 tháng 11 năm 2025⟧./.

Nơi nhận:
- Như Điều 4;
- ⟦ORG|UBTV Quốc hội⟧, ⟦ORG|Chính phủ⟧;
- ⟦ORG|Ủy ban Công tác đại biểu⟧;
- Các Bộ: ⟦ORG|TC⟧; ⟦ORG|NN&MT⟧;
- ⟦ORG|Cục Kiểm tra văn bản và QLXLVPHC⟧ (⟦ORG|Bộ Tư pháp⟧);
- ⟦ORG|Ban Thường vụ Thành ủy⟧;
- ⟦ORG|BTV Đảng ủy các cơ quan Đảng thành phố⟧;
- ⟦ORG|Đoàn ĐBQH thành phố⟧; ⟦ORG|UBMTTQVN thành phố⟧;
- Các sở, ban, ngành, đoàn thể thành phố;
- TT.HĐND, UBND các xã, phường;
- ⟦ORG|Công báo thành phố⟧; ⟦ORG|Cổng TTĐT thành phố⟧;
- ⟦ORG|VP⟧: Lãnh đạo và các CV;
- Lưu: VT. | CHỦ TỊCH
⟦PERSON|Lê Trường Lưu⟧

=====RELATIONS=====
e1 issued_on e2
e1 issued_by e3
