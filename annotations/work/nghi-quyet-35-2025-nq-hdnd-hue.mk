doc: tnt305-tvpl__nghi-quyet-35-2025-nq-hdnd-hue
source: ../shared/corpus/raw/tnt305-tvpl__nghi-quyet-35-2025-nq-hdnd-hue.txt
span: 17798 21364
=====TEXT=====
6. Thay thế cụm từ “Sở Nông nghiệp và Phát triển nông thôn” thành “Sở Nông nghiệp và Môi trường”, “Liên minh Hợp tác xã tỉnh” thành “Liên minh Hợp tác xã thành phố”, “Tỉnh đoàn” thành “Ủy ban Mặt trận Tổ quốc Việt Nam thành phố”, “Hội Nông dân tỉnh” thành “Hội Nông dân thành phố” tại Phụ lục III.

7. Thay thế cụm từ “Sở Giao thông vận tải” thành “Sở Xây dựng”, “Sở Lao động Thương binh và Xã hội” thành “Sở Nông nghiệp và Môi trường” tại Phụ lục IV.

8. Thay thế cụm từ “Sở Lao động Thương binh và Xã hội” thành “Sở Giáo dục và Đào tạo”, “Sở Nông nghiệp và Phát triển nông thôn” thành “Sở Nông nghiệp và Môi trường” tại Phụ lục V.

9. Thay thế cụm từ “Ủy ban nhân dân cấp huyện” thành “Ủy ban nhân dân cấp xã” tại Phụ lục VI, Phụ lục X.

10. Thay thế cụm từ “Sở Lao động Thương binh và Xã hội” thành “Sở Nông nghiệp và Môi trường”, “Hội Liên hiệp Phụ nữ Việt Nam tỉnh” thành “Ủy ban Mặt trận Tổ quốc Việt Nam thành phố” tại Phụ lục VIII.

11. Thay thế cụm từ “Sở Kế hoạch và Đầu tư” thành “Sở Tài chính”, “Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh” thành “Ủy ban Mặt trận Tổ quốc Việt Nam thành phố”, “các Sở: Nông nghiệp và Phát triển nông thôn, Lao động Thương binh và Xã hội” thành “ Sở Nông nghiệp và Môi trường”, “Sở Giao thông vận tải” thành “Sở Xây dựng”, “Sở Thông tin và Truyền thông” thành “Sở Khoa học và Công nghệ”, “Bộ chỉ huy quân sự tỉnh, Bộ chỉ huy Bộ đội biên phòng tỉnh” thành “Bộ chỉ huy quân sự thành phố”, “Công an tỉnh” thành “Công an thành phố”, “Ban Dân vận Tỉnh ủy” thành “Ban Tuyên giáo và Dân vận Thành ủy”, “Liên minh Hợp tác xã tỉnh” thành “Liên minh Hợp tác xã thành phố”, “Hội Nông dân tỉnh” thành “Hội Nông dân thành phố”, “Hội Liên hiệp Phụ nữ Việt Nam tỉnh, Tỉnh đoàn” thành “Ủy ban Mặt trận Tổ quốc Việt Nam thành phố”, “Chi nhánh Ngân hàng Nhà nước Việt Nam tỉnh” thành “Ngân hàng Nhà nước Việt Nam - Chi nhánh thành phố Huế”, “Chi nhánh Ngân hàng Chính sách xã hội tỉnh” thành “Ngân hàng Chính sách xã hội thành phố Huế” tại tiết 1.2.1 và tiết 3.2.1 Phụ lục X.

Chương II

SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA NGHỊ QUYẾT SỐ 22/2023/NQ-HĐND NGÀY 20 THÁNG 10 NĂM 2023 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH THỪA THIÊN HUẾ (NAY LÀ THÀNH PHỐ HUẾ)

Điều 3.
Thay thế, bãi bỏ một số từ, cụm từ tại Nghị quyết số 22/2023/NQ-HĐND

1. Thay thế cụm từ “Ban Dân tộc” thành “Sở Nội vụ” tại khoản 3 Điều 1.

2. Thay thế cụm từ “Liên minh Hợp tác xã tỉnh” thành “Liên minh Hợp tác xã thành phố” tại khoản 3 Điều 1.

3. Thay thế cụm từ “Sở Thông tin và Truyền thông” thành “Sở Khoa học và Công nghệ” tại khoản 3 Điều 1.

4. Thay thế cụm từ “Ủy ban nhân dân tỉnh” thành “Ủy ban nhân dân thành phố” tại khoản 1 Điều 2.

Chương III

ĐIỀU KHOẢN THI HÀNH

Điều 4. Điều khoản thi hành

Nghị quyết này có hiệu lực từ ngày 28 tháng 11 năm 2025.

Điều 5. Tổ chức thực hiện

1. Giao Ủy ban nhân dân thành phố triển khai thực hiện Nghị quyết.

2. Giao Thường trực Hội đồng nhân dân, các Ban Hội đồng nhân dân, Tổ đại biểu Hội đồng nhân dân và đại biểu Hội đồng nhân dân thành phố trong phạm vi, nhiệm vụ, quyền hạn giám sát việc triển khai thực hiện Nghị quyết.

Nghị quyết này đã được Hội đồng nhân dân thành phố Huế khóa VIII, Kỳ họp chuyên đề lần thứ 28 thông qua ngày 18 tháng 11 năm 2025./.

Nơi nhận:
- Như Điều 5;
- UBTV Quốc hội, Chính phủ;
- Ủy ban Công tác đại biểu;
- Các Bộ: TC; NN&MT;
- Cục Kiểm tra văn bản và QLXLVPHC (Bộ Tư pháp);
- Ban Thường vụ Thành ủy;
- BTV Đảng ủy các cơ quan Đảng thành phố;
- Đoàn ĐBQH thành phố; UBMTTQVN thành phố;
- Các sở, ban, ngành, đoàn thể thành phố;
- TT.HĐND, UBND các xã, phường;
- Công báo thành phố; Cổng TTĐT thành phố;
=====RELATIONS=====
