doc: tnt305-tvpl__thong-bao-637-tb-vpcp-2025
source: ../shared/corpus/raw/tnt305-tvpl__thong-bao-637-tb-vpcp-2025.txt
span: 0 4745
=====TEXT=====
⟦h0:ORG|VĂN PHÒNG CHÍNH PHỦ⟧
------- | ⟦LOCATION|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM⟧
Độc lập - Tự do - Hạnh phúc
---------------

Số: ⟦h1:LEGAL_REF|637/TB-VPCP⟧ | ⟦ADMIN_UNIT|Hà Nội⟧, ⟦h1d:DATE|ngày 24 tháng 11 năm 2025⟧

THÔNG BÁO

KẾT LUẬN CỦA PHÓ THỦ TƯỚNG ⟦ORG|CHÍNH PHỦ⟧ ⟦PERSON|LÊ THÀNH LONG⟧ TẠI CHUYẾN KIỂM TRA, ĐÔN ĐỐC CÔNG TRÌNH ⟦p1:PROJECT|DỰ ÁN ĐẦU TƯ XÂY DỰNG CƠ SỞ 2 BỆNH VIỆN HỮU NGHỊ VIỆT ĐỨC⟧ VÀ ⟦p2:PROJECT|DỰ ÁN ĐẦU TƯ XÂY DỰNG CƠ SỞ 2 BỆNH VIỆN BẠCH MAI⟧ TẠI ⟦a1:ADMIN_UNIT|NINH BÌNH⟧ ⟦DATE|Ngày 18 tháng 11 năm 2025⟧, Phó Thủ tướng ⟦ORG|Chính phủ⟧ ⟦PERSON|Lê Thành Long⟧ đã đi kiểm tra, đôn đốc công trình ⟦p3:PROJECT|Dự án đầu tư xây dựng Cơ sở 2 Bệnh viện Hữu nghị Việt Đức⟧ và ⟦p4:PROJECT|Dự án đầu tư xây dựng Cơ sở 2 Bệnh viện Bạch Mai⟧ tại ⟦a2:ADMIN_UNIT|tỉnh Ninh Bình⟧. Tham gia Đoàn công tác của Phó Thủ tướng ⟦ORG|Chính phủ⟧ có Bộ trưởng ⟦ORG|Bộ Y tế⟧ ⟦PERSON|Đào Hồng Lan⟧, Bí thư ⟦ORG|Tỉnh ủy Ninh Bình⟧ ⟦PERSON|Đặng Xuân Phong⟧, Chủ tịch ⟦ORG|Ủy ban nhân dân tỉnh Ninh Bình⟧ ⟦PERSON|Trần Huy Tuấn⟧; lãnh đạo ⟦ORG|Bộ Y tế⟧; đại diện các bộ, cơ quan: ⟦ORG|Công an⟧, ⟦ORG|Quốc phòng⟧, ⟦ORG|Xây dựng⟧, ⟦ORG|Tài chính⟧, ⟦ORG|Văn phòng Chính phủ⟧; Lãnh đạo các Bệnh viện: ⟦ORG|Hữu nghị Việt Đức⟧, ⟦ORG|Bạch Mai⟧; đại diện ⟦ORG|Ban Quản lý dự án⟧ (Chủ đầu tư) và đại diện các nhà thầu.
Sau khi kiểm tra thực tế, nghe Lãnh đạo ⟦ORG|Bộ Y tế⟧ báo cáo tiến độ triển khai thực hiện 02 công trình dự án, ý kiến của ⟦ORG|Ban Quản lý dự án⟧, các nhà thầu, ý kiến của lãnh đạo, đại diện các bộ, cơ quan tham dự, Phó Thủ tướng ⟦ORG|Chính phủ⟧ ⟦PERSON|Lê Thành Long⟧ kết luận như sau:
1. Ghi nhận, đánh giá cao và biểu dương sự nỗ lực, cố gắng rất lớn của ⟦ORG|Bộ Y tế⟧, ⟦ORG|Ban Quản lý dự án⟧, các nhà thầu và các bộ, cơ quan liên quan trong việc xử lý khó khăn, vướng mắc tại 02 công trình dự án theo ⟦n1:LEGAL_REF|Nghị quyết số 34/NQ-CP⟧ ⟦n1d:DATE|ngày 13 tháng 02 năm 2025⟧ của ⟦n1o:ORG|Chính phủ⟧; quá trình tổ chức triển khai thực hiện đã có sự phối hợp chặt chẽ, hiệu quả giữa ⟦ORG|Bộ Y tế⟧ và các bộ, cơ quan liên quan nhất là với các bộ ⟦ORG|Công an⟧, ⟦ORG|Xây dựng⟧; kết quả thực tế tại 02 công trình dự án đã có những chuyển biến rõ rệt.
2. Để đảm bảo chất lượng, tiến độ hoàn thành 02 công trình dự án, phấn đấu hoàn thành xây dựng trước ⟦DATE|ngày 30 tháng 11 năm 2025⟧ theo đúng chỉ đạo của Đồng chí Tổng Bí thư ⟦PERSON|Tô Lâm⟧, ⟦ORG|Chính phủ⟧, ⟦ORG|Thủ tướng Chính phủ⟧[1] và phấn đấu tổ chức khánh thành 02 công trình cùng dịp với Lễ khánh thành, khởi công các dự án, công trình quy mô lớn, ý nghĩa nhân dịp kỷ niệm 79 năm ngày toàn quốc kháng chiến và chào mừng Đại hội đại biểu toàn quốc lần thứ XIV của ⟦ORG|Đảng⟧ ⟦DATE|nhiệm kỳ 2025-2030⟧[2], yêu cầu ⟦ORG|Bộ Y tế⟧, ⟦ORG|Ban Quản lý dự án⟧, các nhà thầu và các bộ, cơ quan liên quan theo chức năng, nhiệm vụ, thẩm quyền tiếp tục quyết tâm, nỗ lực, chủ động hơn nữa để thực hiện đồng bộ, quyết liệt, hiệu quả các giải pháp đã đề ra và hoàn thành các công việc, nhiệm vụ còn lại tại 02 công trình dự án, trong đó lưu ý một số nội dung trọng tâm như sau:
(1) ⟦ORG|Bộ Y tế⟧ chỉ đạo ⟦ORG|Ban Quản lý dự án⟧, các đơn vị liên quan phối hợp chặt chẽ với các cơ quan liên quan thuộc ⟦ORG|Bộ Xây dựng⟧, ⟦ORG|Bộ Quốc phòng⟧ chỉ đạo các nhà thầu tập trung tối đa nguồn lực, khẩn trương hoàn thiện hồ sơ thiết kế phòng cháy, chữa cháy theo đúng hướng dẫn của ⟦ORG|Bộ Công an⟧; tập trung thực hiện các hạng mục cụ thể, các dự án thành phần của 02 công trình dự án, hoàn thành việc xây dựng trước ⟦DATE|ngày 30 tháng 11 năm 2025⟧ và tổ chức nghiệm thu, bàn giao, hướng dẫn vận hành theo quy định.
- Chỉ đạo ⟦ORG|Ban Quản lý dự án⟧, ⟦ORG|Bệnh viện Hữu nghị Việt Đức⟧, ⟦ORG|Bệnh viện Bạch Mai⟧ thúc đẩy công tác mua sắm, đấu thầu thiết bị đảm bảo chất lượng, tiến độ, theo đúng quy định của pháp luật; chỉ đạo 02 bệnh viện chuẩn bị sẵn sàng các phương án về nhân lực, thiết bị, hệ thống công nghệ thông tin và các điều kiện cần thiết khác để vận hành hoạt động 02 bệnh viện sau khi hoàn thành 02 công trình dự án.
- Chủ trì, phối hợp với ⟦ORG|Bộ Tài chính⟧ và các bộ, cơ quan liên quan tập trung hoàn thiện hồ sơ trình về các cơ chế đảm bảo việc vận hành hoạt động của 02 bệnh viện; khẩn trương báo cáo ⟦ORG|Chính phủ⟧ đảm bảo chất lượng, tiến độ theo đúng chỉ đạo của Phó Thủ tướng ⟦ORG|Chính phủ⟧ tại ⟦n2:LEGAL_REF|Thông báo số 591/TB-VPCP⟧ ⟦n2d:DATE|ngày 31 tháng 10 năm 2025⟧.
(2) Đồng chí Bộ trưởng ⟦ORG|Bộ Y tế⟧, Thứ trưởng ⟦ORG|Bộ Y tế⟧ phụ trách lĩnh vực tiếp tục bám sát tình hình thực tế; trực tiếp chỉ đạo rà soát kỹ tiến độ các công việc, hạng mục còn lại cần triển khai thực hiện để hoàn thành 02 công trình dự án; chỉ đạo tiếp tục thực hiện nghiêm việc báo cáo ⟦ORG|Thủ tướng Chính phủ⟧ hằng tuần về tiến độ, tình hình, kết quả thực hiện các nhiệm vụ được giao; kịp thời báo cáo, kiến nghị cấp có thẩm quyền đối với những vấn đề vượt thẩm quyền.
(3) ⟦ORG|Bộ Công an⟧ tiếp tục chủ động phối hợp, hướng dẫn ⟦ORG|Bộ Y tế⟧, ⟦ORG|Ban Quản lý dự án⟧ và các nhà thầu để thực hiện hiệu quả các phương án, giải pháp đã được các cơ quan thống nhất và giải quyết dứt điểm các vướng mắc, phát sinh trong công tác phòng cháy, chữa cháy; chỉ đạo các đơn vị liên quan xem xét thẩm định thiết kế, phê duyệt nghiệm thu phòng cháy, chữa cháy theo đúng quy định để đảm bảo điều kiện vận hành 02 bệnh viện sau khi hoàn thành 02 công trình dự án.

=====RELATIONS=====
h1 issued_by h0
h1 issued_on h1d
p1 located_in a1
p2 located_in a1
p3 located_in a2
p4 located_in a2
n1 issued_on n1d
n1 issued_by n1o
n2 issued_on n2d
