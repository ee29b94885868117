doc: tnt305-tvpl__thong-bao-653-tb-vpcp-2025
source: ../shared/corpus/raw/tnt305-tvpl__thong-bao-653-tb-vpcp-2025.txt
span: 174 4875
=====TEXT=====
Ý KIẾN CHỈ ĐẠO CỦA PHÓ THỦ TƯỚNG ⟦ORG|CHÍNH PHỦ⟧ ⟦PERSON|BÙI THANH SƠN⟧ TẠI CÁC BUỔI LÀM VIỆC TẠI CÁC DỰ ÁN ĐIỆN TẠI ⟦ADMIN_UNIT|THÀNH PHỐ HỒ CHÍ MINH⟧ VÀ ⟦ADMIN_UNIT|TỈNH ĐỒNG NAI⟧ ⟦DATE|Ngày 20 tháng 11 năm 2025⟧, Phó Thủ tướng ⟦ORG|Chính phủ⟧ ⟦PERSON|Bùi Thanh Sơn⟧ đã đi khảo sát thực tế và làm việc tại ⟦pHP:PROJECT|Dự án Nhà máy điện Hiệp Phước giai đoạn 1⟧ tại ⟦uHCM:ADMIN_UNIT|Thành phố Hồ Chí Minh⟧ và ⟦PROJECT|Dự án Nhà máy điện Nhơn Trạch 3 và Nhơn Trạch 4 tỉnh Đồng Nai⟧. Tham dự chương trình làm việc có đại diện ⟦ORG|Bộ Công Thương⟧, ⟦ORG|Bộ Xây dựng⟧, ⟦ORG|Văn phòng Chính phủ⟧; lãnh đạo Ủy ban nhân dân các tỉnh, Thành phố: ⟦ADMIN_UNIT|Hồ Chí Minh⟧, ⟦ADMIN_UNIT|Đồng Nai⟧ và các đồng chí lãnh đạo các sở, ngành liên quan; lãnh đạo các Tập đoàn: ⟦ORG|Điện lực Việt Nam⟧ (⟦ORG|EVN⟧), ⟦ORG|Công nghiệp-Năng lượng quốc gia Việt Nam⟧ (⟦ORG|PVN⟧), Chủ đầu tư các dự án. Sau khi khảo sát công trường thi công các dự án, nghe báo cáo của các chủ đầu tư và ý kiến phát biểu của các bộ, cơ quan, Phó Thủ tướng ⟦ORG|Chính phủ⟧ ⟦PERSON|Bùi Thanh Sơn⟧ đã có ý kiến chỉ đạo như sau:
1. Về ⟦PROJECT|Dự án Nhà máy điện Nhơn Trạch 3 và Nhơn Trạch 4⟧ a) Đánh giá cao nỗ lực của Chủ đầu tư dự án đã hoàn thành xây dựng dự án và sẵn sàng đưa ⟦PROJECT|Nhà máy điện Nhơn Trạch 3 và Nhơn Trạch 4⟧ vào vận hành thương mại; góp phần bảo đảm an ninh năng lượng quốc gia trong bối cảnh đất nước đặt mục tiêu tăng trưởng trên ⟦PERCENT|8%⟧ ⟦DATE|năm 2025⟧ và hai con số trong giai đoạn tiếp theo, thu hút các dự án công nghệ cao, nhu cầu điện năng lớn như trung tâm dữ liệu, trí tuệ nhân tạo, đồng thời góp phần thúc đẩy chuyển dịch năng lượng hướng tới hiện thực hoá cam kết giảm phát thải ròng bằng không vào ⟦DATE|năm 2050⟧, đóng góp thiết thực vào phát triển kinh tế xã hội của ⟦ADMIN_UNIT|tỉnh Đồng Nai⟧.
b) Để làm tốt các nhiệm vụ sắp tới, đề nghị:
(i) ⟦ORG|Tập đoàn Công nghiệp-Năng lượng quốc gia Việt Nam⟧ báo cáo ⟦ORG|Thủ tướng Chính phủ⟧ xem xét về thời gian khánh thành dự án ⟦PROJECT|Nhà máy điện Nhơn Trạch 3 và Nhơn Trạch 4⟧.
(ii) Chủ đầu tư phối hợp chặt chẽ với các đơn vị liên quan hoàn thành nghiệm thu các hạng mục còn lại của ⟦PROJECT|Nhà máy điện Nhơn Trạch 4⟧ phục vụ việc kiểm tra của ⟦ORG|Hội đồng kiểm tra Nhà nước về công tác nghiệm thu công trình xây dựng⟧ trong ⟦DATE|tháng 11 năm 2025⟧. Đồng thời tiếp tục phối hợp với các nhà thầu làm tốt công tác đào tạo cán bộ phục vụ vận hành nhà máy sau khi hoàn thành dự án.
(iii) ⟦ORG|Ủy ban nhân dân tỉnh Đồng Nai⟧ chỉ đạo đơn vị liên quan hoàn thành bàn giao mặt bằng xây dựng các móng trụ thuộc dự án đường dây 220kV theo đúng tiến độ để giải toả công suất của ⟦PROJECT|Nhà máy điện Nhơn Trạch 3⟧ trong ⟦DATE|tháng 11 năm 2025⟧.
(iv) Giao ⟦ORG|Bộ Công Thương⟧ nghiên cứu, xem xét theo thẩm quyền các đề xuất, kiến nghị của ⟦ORG|Tập đoàn Công nghiệp-Năng lượng quốc gia Việt Nam⟧ về cơ chế bán điện theo cụm.
2. Về ⟦PROJECT|Dự án Nhà máy điện Hiệp Phước giai đoạn 1⟧ a) Đánh giá cao những nỗ lực của Chủ đầu tư trong thời gian vừa qua, đã hoàn thành được một số mốc tiến độ quan trọng trong công tác chuẩn bị đầu tư và đã hoàn thành công tác xây dựng một số hạng mục công trình quan trọng phục vụ dự án, trong đó có thi công cải tạo nâng cấp xong cầu cảng 40.000 DWT từ cảng chuyên dụng xăng dầu sang thành cảng xăng dầu và LNG; đã thi công xong bồn chứa LNG dung tích 75.000 m3.
b) Để đạt được mục tiêu phát điện sớm hơn tiến độ đã đề ra trong Điều chỉnh Quy hoạch điện VIII, đề nghị:
(i) ⟦ORG|Ủy ban nhân dân Thành phố Hồ Chí Minh⟧ chỉ đạo các sở, ngành liên quan hướng dẫn Chủ đầu tư hoàn thiện quy hoạch 1/500 theo quy định.
(ii) ⟦ORG|Bộ Công Thương⟧ chỉ đạo ⟦ORG|Tập đoàn Điện lực Việt Nam⟧ đẩy nhanh quá trình đàm phán, thẩm tra Hợp đồng mua bán điện, ký hợp đồng chính thức trong ⟦DATE|tháng 12 năm 2025⟧.
(iii) Về thủ tục nhập khẩu tàu LNG để thực hiện công tác vận chuyển khí LNG: Giao ⟦ORG|Bộ Xây dựng⟧ hướng dẫn Chủ đầu tư các thủ tục cần thiết để thực hiện.
(iv) Chủ đầu tư, trong phạm vi, trách nhiệm của mình, nỗ lực, đẩy nhanh tiến độ thực hiện, hoàn thành đưa dự án vào vận hành trong ⟦DATE|năm 2027⟧, đảm bảo chất lượng và lưới điện giải tỏa công suất của dự án đồng bộ; trong quá trình thi công bảo đảm thực hiện đúng quy trình an toàn cho người lao động và an toàn cho công trình.
c) Về việc thỏa thuận giao cắt ⟦LOCATION|tuyến ống Cái Mép-Phú Mỹ⟧: ⟦ORG|Ủy ban nhân dân Thành phố Hồ Chí Minh⟧ xử lý dứt điểm trong ⟦DATE|tháng 11 năm 2025⟧, bảo đảm đưa vào vận hành cung cấp khí cho ⟦LOCATION|Trung tâm nhiệt điện Phú Mỹ⟧.
d) ⟦ORG|Bộ Công Thương⟧ phối hợp các bộ, cơ quan, đơn vị liên quan báo cáo Phó Thủ tướng ⟦ORG|Chính phủ⟧ ⟦PERSON|Bùi Thanh Sơn⟧ chương trình kiểm tra tiến độ các công trình, dự án quan trọng quốc gia, trọng điểm ngành năng lượng, trong đó tập trung vào các dự án nhà máy điện sử dụng khí thiên nhiên trong nước và các cụm dự án NMNĐ sử dụng khí LNG có kho cảng dùng chung, thời gian trong tuần ⟦DATE|ngày 15 đến ngày 31 tháng 12 năm 2025⟧.
⟦ORG|Văn phòng Chính phủ⟧ thông báo để các bộ, cơ quan và địa phương biết, thực hiện./.

Nơi nhận:
- Thủ tướng, PTTg ⟦PERSON|Bùi Thanh Sơn⟧ (để b/c);
- Các Bộ: ⟦ORG|CT⟧, ⟦ORG|XD⟧;
- UBND các tỉnh, TP: ⟦ADMIN_UNIT|Hồ Chí Minh⟧, ⟦ADMIN_UNIT|Đồng Nai⟧;
=====RELATIONS=====
pHP located_in uHCM
