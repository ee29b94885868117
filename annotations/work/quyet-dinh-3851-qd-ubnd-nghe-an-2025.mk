doc: tnt305-tvpl__quyet-dinh-3851-qd-ubnd-nghe-an-2025
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-3851-qd-ubnd-nghe-an-2025.txt
span: 5363 10179
=====TEXT=====
- TT Tỉnh ủy, TT HĐND tỉnh;
- Chủ tịch UBND tỉnh;
- Phó Chủ tịch TTr UBND tỉnh;
- Phó CVP UBND tỉnh (đ/c Thiền);
- Trung tâm Phục vụ HCC tỉnh;
- Cổng TTĐT tỉnh;
- UBND các xã, phường;
- Lưu: VT, KSTT(N).

KT. CHỦ TỊCH PHÓ CHỦ TỊCH Bùi Thanh An | DANH MỤC THỦ TỤC HÀNH CHÍNH THỰC HIỆN KHÔNG PHỤ THUỘC VÀO ĐỊA GIỚI HÀNH CHÍNH TRONG PHẠM VI CẤP TỈNH THUỘC PHẠM VI CHỨC NĂNG QUẢN LÝ CỦA SỞ TÀI CHÍNH TRÊN ĐỊA BÀN TỈNH NGHỆ AN
(Kèm theo Quyết định số 3851/QĐ-UBND ngày 26 tháng 11 năm 2025 của Chủ tịch UBND tỉnh Nghệ An) | TT | Mã số TTHC | Tên thủ tục hành chính | Cách thức, địa điểm thực hiện

A | THỦ TỤC HÀNH CHÍNh CẤP TỈNH

I | Lĩnh vực Đầu tư tại Việt Nam (12 TTHC)

1 | 1.009642 | Thủ tục chấp thuận nhà đầu tư thuộc thẩm quyền của UBND cấp tỉnh. | - Nộp hồ sơ trực tiếp hoặc qua dịch vụ bưu chính công ích đến Trung tâm Phục vụ hành chính công tỉnh Nghệ An (số 16, đường Trường Thi, phường Trường Vinh, tỉnh Nghệ An);
- Nộp hồ sơ trực tiếp hoặc qua dịch vụ bưu chính công ích đến Trung tâm Phục vụ Hành chính công các xã, phường trên địa bàn tỉnh Nghệ An;
- Nộp hồ sơ trực tuyến toàn trình qua Cổng Dịch vụ công Quốc gia: https://dichvucong.gov.vn

2 | 1.009644 | Thủ tục điều chỉnh văn bản chấp thuận nhà đầu tư thuộc thẩm quyền của UBND cấp tỉnh | - Nộp hồ sơ trực tiếp hoặc qua dịch vụ bưu chính công ích đến Trung tâm Phục vụ hành chính công tỉnh Nghệ An (số 16, đường Trường Thi, phường Trường Vinh, tỉnh Nghệ An);
- Nộp hồ sơ trực tiếp hoặc qua dịch vụ bưu chính công ích đến Trung tâm Phục vụ Hành chính công các xã, phường trên địa bàn tỉnh Nghệ An;
- Nộp hồ sơ trực tuyến toàn trình qua Cổng Dịch vụ công Quốc gia: https://dichvucong.gov.vn

3 | 1.009645 | Thủ tục chấp thuận chủ trương đầu tư thuộc thẩm quyền của UBND cấp tỉnh | - Nộp hồ sơ trực tiếp hoặc qua dịch vụ bưu chính công ích đến Trung tâm Phục vụ hành chính công tỉnh Nghệ An (số 16, đường Trường Thi, phường Trường Vinh, tỉnh Nghệ An);
- Nộp hồ sơ trực tiếp hoặc qua dịch vụ bưu chính công ích đến Trung tâm Phục vụ Hành chính công các xã, phường trên địa bàn tỉnh Nghệ An;
- Nộp hồ sơ trực tuyến toàn trình qua Cổng Dịch vụ công Quốc gia: https://dichvucong.gov.vn

4 | 1.009646 | Thủ tục điều chỉnh dự án đầu tư thuộc thẩm quyền chấp thuận chủ trương đầu tư của UBND cấp tỉnh | - Nộp hồ sơ trực tiếp hoặc qua dịch vụ bưu chính công ích đến Trung tâm Phục vụ hành chính công tỉnh Nghệ An (số 16, đường Trường Thi, phường Trường Vinh, tỉnh Nghệ An);
- Nộp hồ sơ trực tiếp hoặc qua dịch vụ bưu chính công ích đến Trung tâm Phục vụ Hành chính công các xã, phường trên địa bàn tỉnh Nghệ An;
- Nộp hồ sơ trực tuyến toàn trình qua Cổng Dịch vụ công Quốc gia: https://dichvucong.gov.vn

5 | 1.009647 | Thủ tục điều chỉnh dự án đầu tư đã được cấp Giấy chứng nhận đăng ký đầu tư và không thuộc diện chấp thuận điều chỉnh chủ trương đầu tư. | - Nộp hồ sơ trực tiếp hoặc qua dịch vụ bưu chính công ích đến Trung tâm Phục vụ hành chính công tỉnh Nghệ An (số 16, đường Trường Thi, phường Trường Vinh, tỉnh Nghệ An);
- Nộp hồ sơ trực tiếp hoặc qua dịch vụ bưu chính công ích đến Trung tâm Phục vụ Hành chính công các xã, phường trên địa bàn tỉnh Nghệ An;
- Nộp hồ sơ trực tuyến toàn trình qua Cổng Dịch vụ công Quốc gia: https://dichvucong.gov.vn

6 | 1.009659 | Thủ tục gia hạn thời hạn hoạt động của dự án đầu tư thuộc thẩm quyền của UBND cấp tỉnh. | - Nộp hồ sơ trực tiếp hoặc qua dịch vụ bưu chính công ích đến Trung tâm Phục vụ hành chính công tỉnh Nghệ An (số 16, đường Trường Thi, phường Trường Vinh, tỉnh Nghệ An);
- Nộp hồ sơ trực tiếp hoặc qua dịch vụ bưu chính công ích đến Trung tâm Phục vụ I lành chính công các xã, phường trên địa bàn tỉnh Nghệ An;
- Nộp hồ sơ trực tuyến toàn trình qua Cổng Dịch vụ công Quốc gia: https://dichvucong.gov.vn

7 | 1.009661 | Thủ tục ngừng hoạt động của dự án đầu tư thuộc thẩm quyền chấp thuận chủ trương đầu tư của UBND tỉnh cấp tỉnh hoặc Sở Tài chính cấp Giấy chứng nhận đăng ký đầu tư. | - Nộp hồ sơ trực tiếp hoặc qua dịch vụ bưu chính công ích đến Trung tâm Phục vụ hành chính công tỉnh Nghệ An (số 16, đường Trường Thi, phường Trường Vinh, tỉnh Nghệ An);
- Nộp hồ sơ trực tiếp hoặc qua dịch vụ bưu chính công ích đến Trung tâm Phục vụ Hành chính công các xã, phường trên địa bàn tỉnh Nghệ An;
- Nộp hồ sơ trực tuyến toàn trình qua Cổng Dịch vụ công Quốc gia: https://dichvucong.gov.vn

8 | 1.009662 | Thủ tục chấm dứt hoạt động của dự án đầu tư đối với dự án đầu tư thuộc thẩm quyền chấp thuận chủ trương đầu tư của UBND tỉnh cấp tỉnh hoặc Sở Tài chính cấp Giấy chứng nhận đăng ký đầu tư. | - Nộp hồ sơ trực tiếp hoặc qua dịch vụ bưu chính công ích đến Trung tâm Phục vụ hành chính công tỉnh Nghệ An (số 16, đường Trường Thi, phường Trường Vinh, tỉnh Nghệ An);
- Nộp hồ sơ trực tiếp hoặc qua dịch vụ bưu chính công ích đến Trung tâm Phục vụ Hành chính công các xã, phường trên địa bàn tỉnh Nghệ An;
=====RELATIONS=====
