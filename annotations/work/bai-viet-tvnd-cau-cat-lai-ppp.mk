doc: tnt305-tvpl__bai-viet-tvnd-cau-cat-lai-ppp
source: ../shared/corpus/raw/tnt305-tvpl__bai-viet-tvnd-cau-cat-lai-ppp.txt
span: 0 4145
=====TEXT=====
Thông tin dự án ⟦PROJECT|đầu tư xây dựng cầu Cát Lái⟧ theo phương thức PPP

Mới đây ⟦ORG|HĐND tỉnh Đồng Nai⟧ đang lấy ý kiến Dự thảo Nghị quyết về chủ trương đầu tư ⟦PROJECT|Dự án đầu tư xây dựng cầu Cát Lái⟧ theo phương thức đối tác công tư (PPP).

Theo Điều 1 Dự thảo Nghị quyết có nêu thông tin dự án ⟦e1:PROJECT|đầu tư xây dựng cầu Cát Lái⟧ theo phương thức PPP tại ⟦e2:ADMIN_UNIT|Đồng Nai⟧ như sau:

(1) Mục tiêu dự án:

Việc đầu tư ⟦PROJECT|cầu Cát Lái⟧ nhằm tăng cường kết nối ⟦ADMIN_UNIT|tỉnh Đồng Nai⟧ và ⟦ADMIN_UNIT|Thành phố Hồ Chí Minh⟧, tạo động lực phát triển kinh tế - xã hội trên địa bàn ⟦ADMIN_UNIT|tỉnh Đồng Nai⟧, giảm tải áp lực giao thông cho ⟦LOCATION|phà Cát Lái⟧ (thường xuyên quá tải), đồng thời giải quyết nhu cầu kết nối giao thông giữa ⟦ADMIN_UNIT|Thành phố Hồ Chí Minh⟧ và ⟦ADMIN_UNIT|tỉnh Bà Rịa - Vũng Tàu⟧ (nay là ⟦ADMIN_UNIT|Thành phố Hồ Chí Minh⟧) được thông suốt và thuận lợi. Tạo động lực phát triển kinh tế ⟦LOCATION|vùng kinh tế trọng điểm phía Nam⟧.

(2) Dự kiến quy mô, địa điểm thực hiện dự án:

- Quy mô đầu tư, công suất dự án: Dự án nhóm A;

- Loại công trình: cầu và đường giao thông;

- Cấp công trình: cấp đặc biệt.

- ⟦e3:PROJECT|Dự án đầu tư xây dựng cầu Cát Lái⟧ có điểm đầu dự tại tại ⟦e4:ADMIN_UNIT|phường Cát Lái⟧, ⟦e5:ADMIN_UNIT|Thành phố Hồ Chí Minh⟧, điểm cuối dự án giao với ⟦LOCATION|cao tốc Bến Lức - Long Thành⟧; trong đó:

+ ⟦PROJECT|Xây dựng cầu Cát Lái và đường dẫn⟧ với quy mô đường trục chính đô thị, vận tốc thiết kế 80 km/h.

+ Tổng chiều dài tuyến đường là 11,642 km. Tổng chiều dài phần cầu của dự án là 4,7 km. Chiều dài ⟦PROJECT|cầu Cát Lái⟧: Lc=3.070,3 m.

+ Bề rộng cầu chính B=33,5m, cầu dẫn B=30,0m và mặt cắt ngang đường là Bn=2x12,0m, đảm bảo 06 làn xe cơ giới, 02 làn xe thô sơ.

+ Xây dựng các công trình, nút giao trên tuyến kết nối với hệ thống đường hiện tại và đường quy hoạch.

- Địa điểm: ⟦e6:ADMIN_UNIT|phường Cát Lái⟧, ⟦e7:ADMIN_UNIT|Thành phố Hồ Chí Minh⟧ và ⟦e8:ADMIN_UNIT|xã Đại Phước⟧, ⟦e9:ADMIN_UNIT|tỉnh Đồng Nai⟧.

(3) Dự kiến thời gian thực hiện dự án:

- Thời gian chuẩn bị dự án: từ ⟦DATE|2025⟧.

- Thời gian xây dựng: từ ⟦DATE|2026 - 2029⟧.

- Thời gian Hợp đồng dự án (dự kiến): từ ⟦DATE|2026⟧ đến thời điểm địa phương hoàn thành việc thanh toán vốn cho nhà đầu tư.

(4) Dự kiến nhu cầu sử dụng đất: khoảng ⟦AREA|120,0 ha⟧; trong đó: ⟦ADMIN_UNIT|tỉnh Đồng Nai⟧ khoảng ⟦AREA|115,81 ha⟧, ⟦ADMIN_UNIT|Thành phố Hồ Chí Minh⟧ khoảng ⟦AREA|4,19 ha⟧.

(5) Dự kiến loại hợp đồng dự án PPP: Hợp đồng Xây dựng - Chuyển giao (BT). Dự kiến thanh toán cho nhà đầu tư từ nguồn thu đấu giá quỹ đất công hoặc nguồn vốn đầu tư công.

(6) Sơ bộ tổng mức đầu tư của dự án: khoảng ⟦MONEY|18.299,432 tỷ đồng⟧ (chưa bao gồm lãi vay), trong đó:

- Chi phí xây dựng và thiết bị khoảng: ⟦MONEY|11.538,168 tỷ đồng⟧.

- Chi phí bồi thường, hỗ trợ tái định cư khoảng: ⟦MONEY|2.985,011 tỷ đồng⟧.

- Chi phí quản lý dự án, chi phí tư vấn và chi phí khác khoảng: ⟦MONEY|1.153,817 tỷ đồng⟧.

- Chi phí dự phòng khoảng: ⟦MONEY|2.622,436 tỷ đồng⟧.

(7) Tên cơ quan có thẩm quyền, Tên nhà đầu tư đề xuất dự án, Tên cơ quan tiếp nhận hồ sơ:

- Tên cơ quan có thẩm quyền: ⟦ORG|Ủy ban nhân dân tỉnh Đồng Nai⟧.

- Tên nhà đầu tư đề xuất dự án: ⟦ORG|Tổng Công ty xây dựng số 1 - CTCP⟧.

- Tên cơ quan tiếp nhận hồ sơ: ⟦e10:ORG|Ban Quản lý dự án đầu tư xây dựng tỉnh⟧ (địa chỉ: ⟦e11:LOCATION|15A Hà Huy Giáp⟧, ⟦e12:ADMIN_UNIT|phường Trấn Biên⟧, ⟦e13:ADMIN_UNIT|tỉnh Đồng Nai⟧).

...

Tổ chức thực hiện dự án ⟦PROJECT|đầu tư xây dựng cầu Cát Lái⟧ theo phương thức PPP ra sao?

Tại Điều 2 Dự thảo Nghị quyết về chủ trương đầu tư ⟦PROJECT|Dự án đầu tư xây dựng cầu Cát Lái⟧ theo phương thức đối tác công tư (PPP), tổ chức thực hiện dự án như sau:

1. ⟦ORG|Ủy ban nhân dân tỉnh⟧ có trách nhiệm triển khai và báo cáo kết quả thực hiện theo quy định và giao các cơ quan chuyên môn thực hiện các nội dung sau:

- Triển khai thực hiện bước lập hồ sơ Báo cáo nghiên cứu khả thi, lựa chọn nhà đầu tư theo quy định của pháp luật về PPP, xây dựng, đất đai và các quy định khác có liên quan.

- Đẩy nhanh tiến độ thực hiện các thủ tục đấu giá quỹ đất dự kiến thanh toán cho nhà đầu tư để thanh toán theo tiến độ hợp đồng.

2. ⟦ORG|Thường trực Hội đồng nhân dân tỉnh⟧, các Ban ⟦ORG|Hội đồng nhân dân tỉnh⟧, các Tổ đại biểu ⟦ORG|Hội đồng nhân dân tỉnh⟧ và đại biểu ⟦ORG|Hội đồng nhân dân tỉnh⟧ giám sát việc triển khai, thực hiện Nghị quyết theo quy định.

3. Đề nghị ⟦ORG|Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh⟧, các tổ chức thành viên giám sát và vận động Nhân dân cùng tham gia giám sát việc thực hiện Nghị quyết này; phản ánh kịp thời tâm tư, nguyện vọng và kiến nghị của Nhân dân đến các cơ quan có thẩm quyền theo quy định của pháp luật.

=====RELATIONS=====
e1 located_in e2
e3 located_in e4
e4 located_in e5
e6 located_in e7
e8 located_in e9
e10 located_in e12
e11 located_in e12
e12 located_in e13
