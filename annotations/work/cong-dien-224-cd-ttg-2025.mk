doc: tnt305-tvpl__cong-dien-224-cd-ttg-2025
source: ../shared/corpus/raw/tnt305-tvpl__cong-dien-224-cd-ttg-2025.txt
span: 0 4239
=====TEXT=====
⟦o0:ORG|THỦ TƯỚNG CHÍNH PHỦ⟧
------- | ⟦LOCATION|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM⟧
Độc lập - Tự do - Hạnh phúc
---------------

Số: ⟦r0:LEGAL_REF|224/CĐ-TTg⟧ | ⟦ADMIN_UNIT|Hà Nội⟧, ⟦d0:DATE|ngày 20 tháng 11 năm 2025⟧

CÔNG ĐIỆN

VỀ VIỆC KHẨN TRƯƠNG CHUẨN BỊ TỔ CHỨC LỄ KHÁNH THÀNH, KHỞI CÔNG CÁC DỰ ÁN, CÔNG TRÌNH QUY MÔ LỚN, Ý NGHĨA CHÀO MỪNG ĐẠI HỘI ĐẠI BIỂU TOÀN QUỐC LẦN THỨ XIV CỦA ⟦ORG|ĐẢNG⟧
⟦ORG|THỦ TƯỚNG CHÍNH PHỦ⟧ điện:
- Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc ⟦ORG|Chính phủ⟧;
- Bí Thư, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương;
- Tổng giám đốc: ⟦ORG|Đài truyền hình Việt Nam⟧, ⟦ORG|Đài tiếng nói Việt Nam⟧, ⟦ORG|Thông tấn xã Việt Nam⟧;
- Tổng biên tập ⟦ORG|Báo Nhân dân⟧;
- Chủ tịch kiêm Tổng giám đốc ⟦ORG|Tập đoàn Công nghiệp - Viễn thông Quân đội⟧;
- Chủ tịch HĐTV ⟦ORG|Tập đoàn Bưu chính Viễn thông Việt Nam⟧;
- Chủ tịch Hội đồng thành viên, Tổng giám đốc các Tập đoàn, Tổng công ty trực thuộc ⟦ORG|Bộ Tài chính⟧, ⟦ORG|Bộ Xây dựng⟧.
Tiếp theo kết quả tích cực, ý nghĩa đã đạt được của Lễ khánh thành, khởi công các công trình, dự án trên cả 03 miền Bắc - Trung - Nam chào mừng 50 năm ngày giải phóng ⟦LOCATION|miền Nam⟧, thống nhất đất nước (dịp ⟦DATE|30 tháng 4 năm 2025⟧) và các công trình, dự án chào mừng 80 năm Cách mạng Tháng Tám thành công và Quốc khánh nước ⟦LOCATION|Cộng hòa xã hội chủ nghĩa Việt Nam⟧ (⟦DATE|02/9/1945⟧ - ⟦DATE|02/9/2025⟧), ⟦o1:ORG|Thủ tướng Chính phủ⟧ đã ban hành ⟦r1:LEGAL_REF|Công điện số 158/CĐ-TTg⟧ ⟦d1:DATE|ngày 04 tháng 9 năm 2025⟧ và nhiều văn bản[1] chỉ đạo ⟦ORG|Bộ Xây dựng⟧ - Cơ quan Thường trực, các bộ, ngành, địa phương, ⟦ORG|Đài truyền hình Việt Nam⟧, ⟦ORG|Tập đoàn Công nghiệp - Viễn thông Quân đội⟧, ⟦ORG|Tập đoàn Bưu chính Viễn thông Việt Nam⟧, các cơ quan, đơn vị liên quan chuẩn bị tổ chức lễ khánh thành, khởi công trực tuyến đồng thời các công trình, dự án trên cả nước vào ⟦DATE|ngày 19 tháng 12 năm 2025⟧ nhân kỷ niệm 79 năm ngày toàn quốc kháng chiến (⟦DATE|19/12/1946⟧-⟦DATE|19/12/2025⟧) và chào mừng Đại hội đại biểu toàn quốc lần thứ XIV của ⟦ORG|Đảng⟧.
Theo báo cáo của ⟦ORG|Bộ Xây dựng⟧, đến ⟦DATE|ngày 19 tháng 11 năm 2025⟧ đã có 15 bộ, ngành, 25 địa phương, 13 tập đoàn, tổng công ty gửi đăng ký các dự án, công trình khánh thành, khởi công với tổng cộng 198 dự án, công trình (trong đó 73 dự án khánh thành và 125 dự án khởi công) với tổng vốn đầu tư là khoảng ⟦MONEY|980.000 tỷ đồng⟧. Tuy nhiên, hiện nay còn 03 bộ, cơ quan[2] và 09 địa phương[3] chưa gửi báo cáo. Đồng thời, qua rà soát của ⟦ORG|Bộ Xây dựng⟧, một số công trình, dự án có kế hoạch khánh thành, khởi công dịp ⟦DATE|19/12/2025⟧ nhưng chưa được các địa phương rà soát, báo cáo[4]; một số bộ, ngành và địa phương đã có văn bản báo cáo nhưng không đăng ký các dự án[5].
Đây là sự kiện chính trị quan trọng, qua đó tổng kết chặng đường 5 năm (⟦DATE|2021-2025⟧) thực hiện đột phá chiến lược phát triển kết cấu hạ tầng đồng bộ, hiện đại theo Nghị quyết đại hội ⟦ORG|Đảng⟧ lần thứ XIII, khẳng định những thành tựu kinh tế - xã hội đã đạt được và tạo khí thế, động lực mới cho giai đoạn phát triển tiếp theo - ghi dấu mốc chính trị trọng đại của đất nước, chào mừng Đại hội đại biểu toàn quốc lần thứ XIV của ⟦ORG|Đảng⟧.
Từ nay đến ⟦DATE|ngày 19 tháng 12 năm 2025⟧ chỉ còn 01 tháng, thời gian rất gấp, để bảo đảm công tác chuẩn bị tốt nhất cho sự kiện quan trọng này, ⟦ORG|Thủ tướng Chính phủ⟧ yêu cầu:
1. Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ, cơ quan thuộc ⟦ORG|Chính phủ⟧, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương, Chủ tịch Hội đồng thành viên, Tổng giám đốc các Tập đoàn, Tổng Công ty, đơn vị liên quan tiếp tục nâng cao tinh thần trách nhiệm khẩn trương chỉ đạo các cơ quan, đơn vị, Ban quản lý dự án, nhà thầu nỗ lực hơn nữa, quyết tâm hơn nữa, “thần tốc, táo bạo hơn nữa” trong triển khai các nhiệm vụ; kêu gọi toàn thể cán bộ, công chức, người lao động phát huy tinh thần “vượt nắng, thắng mưa, không thua bão gió”, làm việc “3 ca, 4 kíp”, “ăn tranh thủ, ngủ khẩn trương”, “làm ngày, làm đêm, làm thêm ngày nghỉ”, “làm việc xuyên ngày nghỉ, ngày lễ, ngày tết”...
để hoàn thành các dự án, công trình bảo đảm đủ điều kiện khánh thành, khởi công theo đúng chỉ đạo của ⟦o2:ORG|Thủ tướng Chính phủ⟧ tại ⟦r2:LEGAL_REF|Công điện số 158/CĐ-TTg⟧ ⟦d2:DATE|ngày 04 tháng 09 năm 2025⟧; gửi báo cáo về ⟦ORG|Bộ Xây dựng⟧ chậm nhất ⟦DATE|ngày 10 tháng 12 năm 2025⟧, trong đó: thống kê, báo cáo đầy đủ thông tin về các công trình, dự án:
tên, loại hình, quy mô, cấp công trình, vốn ngân sách nhà nước, vốn FDI, vốn tư nhân..., tổng vốn đầu tư, khẳng định đủ điều kiện khánh thành, khởi công,...
2. ⟦ORG|Bộ Xây dựng⟧:
=====RELATIONS=====
r0 issued_by o0
r0 issued_on d0
r1 issued_by o1
r1 issued_on d1
r2 issued_by o2
r2 issued_on d2
