doc: tnt305-tvpl__nghi-quyet-35-2025-nq-hdnd-hue
source: ../shared/corpus/raw/tnt305-tvpl__nghi-quyet-35-2025-nq-hdnd-hue.txt
span: 17798 21364
=====TEXT=====
6. Thay thế cụm từ “⟦ORG|Sở Nông nghiệp và Phát triển nông thôn⟧” thành “⟦ORG|Sở Nông nghiệp và Môi trường⟧”, “⟦ORG|Liên minh Hợp tác xã tỉnh⟧” thành “⟦ORG|Liên minh Hợp tác xã thành phố⟧”, “⟦ORG|Tỉnh đoàn⟧” thành “⟦ORG|Ủy ban Mặt trận Tổ quốc Việt Nam thành phố⟧”, “⟦ORG|Hội Nông dân tỉnh⟧” thành “⟦ORG|Hội Nông dân thành phố⟧” tại Phụ lục III.

7. Thay thế cụm từ “⟦ORG|Sở Giao thông vận tải⟧” thành “⟦ORG|Sở Xây dựng⟧”, “⟦ORG|Sở Lao động Thương binh và Xã hội⟧” thành “⟦ORG|Sở Nông nghiệp và Môi trường⟧” tại Phụ lục IV.

8. Thay thế cụm từ “⟦ORG|Sở Lao động Thương binh và Xã hội⟧” thành “⟦ORG|Sở Giáo dục và Đào tạo⟧”, “⟦ORG|Sở Nông nghiệp và Phát triển nông thôn⟧” thành “⟦ORG|Sở Nông nghiệp và Môi trường⟧” tại Phụ lục V.

9. Thay thế cụm từ “Ủy ban nhân dân cấp huyện” thành “Ủy ban nhân dân cấp xã” tại Phụ lục VI, Phụ lục X.

10. Thay thế cụm từ “⟦ORG|Sở Lao động Thương binh và Xã hội⟧” thành “⟦ORG|Sở Nông nghiệp và Môi trường⟧”, “⟦ORG|Hội Liên hiệp Phụ nữ Việt Nam tỉnh⟧” thành “⟦ORG|Ủy ban Mặt trận Tổ quốc Việt Nam thành phố⟧” tại Phụ lục VIII.

11. Thay thế cụm từ “⟦ORG|Sở Kế hoạch và Đầu tư⟧” thành “⟦ORG|Sở Tài chính⟧”, “⟦ORG|Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh⟧” thành “⟦ORG|Ủy ban Mặt trận Tổ quốc Việt Nam thành phố⟧”, “các Sở: ⟦ORG|Nông nghiệp và Phát triển nông thôn⟧, ⟦ORG|Lao động Thương binh và Xã hội⟧” thành “ ⟦ORG|Sở Nông nghiệp và Môi trường⟧”, “⟦ORG|Sở Giao thông vận tải⟧” thành “⟦ORG|Sở Xây dựng⟧”, “⟦ORG|Sở Thông tin và Truyền thông⟧” thành “⟦ORG|Sở Khoa học và Công nghệ⟧”, “⟦ORG|Bộ chỉ huy quân sự tỉnh⟧, ⟦ORG|Bộ chỉ huy Bộ đội biên phòng tỉnh⟧” thành “⟦ORG|Bộ chỉ huy quân sự thành phố⟧”, “⟦ORG|Công an tỉnh⟧” thành “⟦ORG|Công an thành phố⟧”, “⟦ORG|Ban Dân vận Tỉnh ủy⟧” thành “⟦ORG|Ban Tuyên giáo và Dân vận Thành ủy⟧”, “⟦ORG|Liên minh Hợp tác xã tỉnh⟧” thành “⟦ORG|Liên minh Hợp tác xã thành phố⟧”, “⟦ORG|Hội Nông dân tỉnh⟧” thành “⟦ORG|Hội Nông dân thành phố⟧”, “⟦ORG|Hội Liên hiệp Phụ nữ Việt Nam tỉnh⟧, ⟦ORG|Tỉnh đoàn⟧” thành “⟦ORG|Ủy ban Mặt trận Tổ quốc Việt Nam thành phố⟧”, “⟦ORG|Chi nhánh Ngân hàng Nhà nước Việt Nam tỉnh⟧” thành “⟦ORG|Ngân hàng Nhà nước Việt Nam - Chi nhánh thành phố Huế⟧”, “⟦ORG|Chi nhánh Ngân hàng Chính sách xã hội tỉnh⟧” thành “⟦ORG|Ngân hàng Chính sách xã hội thành phố Huế⟧” tại tiết 1.2.1 và tiết 3.2.1 Phụ lục X.

Chương II

SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA ⟦e1:LEGAL_REF|NGHỊ QUYẾT SỐ 22/2023/NQ-HĐND⟧ ⟦e2:DATE|NGÀY 20 THÁNG 10 NĂM 2023⟧ CỦA ⟦e3:ORG|HỘI ĐỒNG NHÂN DÂN TỈNH THỪA THIÊN HUẾ⟧ (NAY LÀ ⟦ADMIN_UNIT|THÀNH PHỐ HUẾ⟧)

Điều 3.
Thay thế, bãi bỏ một số từ, cụm từ tại ⟦LEGAL_REF|Nghị quyết số 22/2023/NQ-HĐND⟧

1. Thay thế cụm từ “⟦ORG|Ban Dân tộc⟧” thành “⟦ORG|Sở Nội vụ⟧” tại khoản 3 Điều 1.

2. Thay thế cụm từ “⟦ORG|Liên minh Hợp tác xã tỉnh⟧” thành “⟦ORG|Liên minh Hợp tác xã thành phố⟧” tại khoản 3 Điều 1.

3. Thay thế cụm từ “⟦ORG|Sở Thông tin và Truyền thông⟧” thành “⟦ORG|Sở Khoa học và Công nghệ⟧” tại khoản 3 Điều 1.

4. Thay thế cụm từ “⟦ORG|Ủy ban nhân dân tỉnh⟧” thành “⟦ORG|Ủy ban nhân dân thành phố⟧” tại khoản 1 Điều 2.

Chương III

ĐIỀU KHOẢN THI HÀNH

Điều 4. Điều khoản thi hành

Nghị quyết này có hiệu lực từ ⟦DATE|ngày 28 tháng 11 năm 2025⟧.

Điều 5. Tổ chức thực hiện

1. Giao ⟦ORG|Ủy ban nhân dân thành phố⟧ triển khai thực hiện Nghị quyết.

2. Giao ⟦ORG|Thường trực Hội đồng nhân dân⟧, các Ban Hội đồng nhân dân, Tổ đại biểu Hội đồng nhân dân và đại biểu ⟦ORG|Hội đồng nhân dân thành phố⟧ trong phạm vi, nhiệm vụ, quyền hạn giám sát việc triển khai thực hiện Nghị quyết.

Nghị quyết này đã được ⟦ORG|Hội đồng nhân dân thành phố Huế⟧ khóa VIII, Kỳ họp chuyên đề lần thứ 28 thông qua ⟦DATE|ngày 18 tháng 11 năm 2025⟧./.

Nơi nhận:
- Như Điều 5;
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
=====RELATIONS=====
e1 issued_on e2
e1 issued_by e3
