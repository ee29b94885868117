doc: tnt305-tvpl__bai-viet-tvnd-kcn-phu-ha-ha-noi
source: ../shared/corpus/raw/tnt305-tvpl__bai-viet-tvnd-kcn-phu-ha-ha-noi.txt
span: 0 5354
=====TEXT=====
Thông tin dự án ⟦e1:PROJECT|xây dựng Khu công nghiệp Phú Hà⟧ tại ⟦e2:ADMIN_UNIT|Hà Nội⟧

Vừa qua, ⟦ORG|Công ty TNHH Hòa Phú Invest⟧ đã có Báo cáo đánh giá tác động môi trường của ⟦e3:PROJECT|Dự án Đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu công nghiệp Phú Hà⟧ tại ⟦e4:ADMIN_UNIT|Hà Nội⟧.

Theo Mục 1.1 (trang 36) Báo cáo đánh giá tác động môi trường của ⟦PROJECT|Dự án Đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu công nghiệp Phú Hà⟧, thông tin dự án ⟦e5:PROJECT|xây dựng Khu công nghiệp Phú Hà⟧ tại ⟦e6:ADMIN_UNIT|Hà Nội⟧ như sau:

(1) Tên dự án: ⟦PROJECT|Dự án Đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu công nghiệp Phú Hà⟧.

(2) Tên chủ dự án và địa chỉ chủ dự án;

- Tên chủ dự án: ⟦ORG|Công ty TNHH Hòa Phú Invest⟧.

- Địa chỉ: ⟦e7:LOCATION|Lô HC-KCN Hòa Phú⟧, ⟦e8:ADMIN_UNIT|xã Xuân Cẩm⟧, ⟦e9:ADMIN_UNIT|tỉnh Bắc Ninh⟧.

(3) Tổng mức đầu tư Dự án: ⟦MONEY|2.938.000.000.000 đồng⟧ (Bằng chữ: ⟦MONEY|Hai nghìn chín trăm ba mươi tám tỷ đồng⟧).

(4) Tiến độ thực hiện dự án: 36 tháng kể từ ngày được Nhà nước giao đất: cụ thể:

- Từ ⟦DATE|Quý II/2024⟧ - ⟦DATE|Quý III/2025⟧: Thực hiện thủ tục đầu tư.

- Từ ⟦DATE|Quý III/2024⟧ đến ⟦DATE|Quý IV/2025⟧: Thực hiện thủ tục lập, thẩm định, phê duyệt dự án đầu tư và hồ sơ TK triển khai sau thiết kế cơ sở.

- Từ ⟦DATE|Quý IV/2024⟧ đến ⟦DATE|Quý I/2027⟧: Thực hiện công tác bồi thường, và chuyển mục đích sử dụng đất và xin giao đất, thuê đất.

- Từ ⟦DATE|Quý II/2025⟧ đến ⟦DATE|Quý II/2028⟧: Xây dựng các hạng mục công trình.

- Từ ⟦DATE|Quý II/2028⟧: Hoàn thành và đưa toàn bộ dự án vào khai thác vận hành.

(5) Vị trí địa lý của địa điểm thực hiện dự án:

Dự án ⟦e10:PROJECT|Dự án Đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu công nghiệp Phú Hà⟧ nằm trên địa giới hành chính ⟦e11:ADMIN_UNIT|xã Chương Dương⟧ và ⟦e12:ADMIN_UNIT|Thượng Phúc⟧, ⟦e13:ADMIN_UNIT|thành phố Hà Nội⟧ (trước là ⟦e14:ADMIN_UNIT|xã Tô Hiệu⟧, ⟦e15:ADMIN_UNIT|Nghiêm Xuyên⟧, ⟦e16:ADMIN_UNIT|Thắng Lợi⟧ và ⟦e17:ADMIN_UNIT|Dũng Tiến⟧, ⟦e18:ADMIN_UNIT|huyện Thường Tín⟧). Giới hạn cụ thể như sau:

- Phía Bắc: giáp đất sản xuất nông nghiệp ⟦ADMIN_UNIT|xã Chương Dương⟧ và ⟦ADMIN_UNIT|Thượng Phúc⟧;

- Phía Nam: giáp ⟦LOCATION|đường tỉnh 429⟧;

- Phía Đông: giáp tuyến đường giao thông liên xã ⟦ADMIN_UNIT|Thượng Phúc⟧;

- Phía Tây: giáp với tuyến đường quy hoạch ⟦LOCATION|tuyến Ngọc Hồi - Phú Xuyên⟧.

(6) Mục tiêu dự án:

- Cụ thể hóa Điều chỉnh Quy hoạch chung ⟦ADMIN_UNIT|Thủ đô Hà Nội⟧ đến ⟦DATE|năm 2045⟧, tầm nhìn đến ⟦DATE|năm 2065⟧; Quy hoạch phát triển công nghiệp ⟦ADMIN_UNIT|Thành phố Hà Nội⟧ đến ⟦DATE|năm 2020⟧, tầm nhìn đến ⟦DATE|năm 2030⟧ và Đề án “Thành lập 02-05 Khu công nghiệp mới ⟦DATE|giai đoạn 2021-2025⟧" đã được các cấp có thẩm quyền phê duyệt

- Cụ thể hóa chỉ đạo của ⟦e19:ORG|Thủ tướng Chính phủ⟧ tại ⟦e20:LEGAL_REF|Quyết định 445/QĐ-TTg⟧ ⟦e21:DATE|năm 2024⟧ về Chủ trương đầu tư dự án ⟦e22:PROJECT|đầu tư xây dựng hạ tầng kỹ thuật Khu công nghiệp Phụng Hiệp⟧, ⟦e23:ADMIN_UNIT|thành phố Hà Nội⟧;

- Hình thành khu công nghiệp tập trung phát triển các ngành công nghiệp sử dụng công nghệ tiên tiến, hiện đại, thân thiện với môi trường, giảm thiểu tác động tiêu cực đến môi trường, tiết kiệm tài nguyên và đảm bảo bền vững cho các hoạt động sản xuất;

- Quy hoạch xây dựng hệ thống kết cấu hạ tầng khu công nghiệp đáp ứng nhu cầu của khu công nghiệp tập trung và phù hợp với loại hình, quy mô công nghiệp dự kiến phát triển; đảm bảo kết nối đồng bộ với hệ thống hạ tầng kỹ thuật;

- Xác lập kế hoạch khai thác và sử dụng quỹ đất một cách hợp lý, tạo ra một môi trường không gian, kiến trúc cảnh quan mới phù hợp với sự phát triển của quy hoạch chung. Bố trí quỹ đất xây dựng các công trình dịch vụ công cộng phục vụ cho khu công nghiệp và khu vực;

- Thu hút các doanh nghiệp của nhiều thành phần kinh tế, tạo đà cho việc chuyển dịch cơ cấu phát triển kinh tế - xã hội của ⟦LOCATION|Khu công nghiệp Hòa Phú⟧. Đồng thời đảm bảo phát triển kinh tế gắn liền với sự bền vững về môi trường, phù hợp về kiến trúc cảnh quan;

- Khai thác có hiệu quả các nguồn tài nguyên sẵn có, nguồn lao động của địa phương và khu vực lân cận.

(...)

Biện pháp giảm bụi khi thực hiện dự án ⟦e24:PROJECT|xây dựng Khu công nghiệp Phú Hà⟧ tại ⟦e25:ADMIN_UNIT|Hà Nội⟧

Theo Mục 3.1.2 (trang 176) Báo cáo đánh giá tác động môi trường của ⟦PROJECT|Dự án Đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu công nghiệp Phú Hà⟧, biện pháp giảm bụi khi thực hiện dự án ⟦e26:PROJECT|xây dựng Khu công nghiệp Phú Hà⟧ tại ⟦e27:ADMIN_UNIT|Hà Nội⟧ như sau:

- Các biện pháp ngăn ngừa và giảm thiểu ô nhiễm bụi sẽ được thực hiện theo đúng quy định về đảm bảo an toàn và vệ sinh môi trường trong quá trình xây dựng các công trình, cụ thể bằng các biện pháp sau:

- Lắp đặt hàng rào bằng tôn cao khoảng 2,5 m xung quanh khu vực công trường thi công, sử dụng bao lưới quanh các công trình cao tầng;

Sử dụng phương tiện được đăng kiểm; phương tiện vận chuyển chở đúng tải trọng quy định;

Che phủ bạt đối với tất cả các phương tiện chuyên chở nguyên vật liệu, đất thải, phế thải, không để rơi rớt vật liệu; thường xuyên thu dọn đất, cát, vật liệu rơi vãi tại khu vực thi công và đường tiếp cận, đảm bảo vệ sinh;

Sử dụng xe chuyên dụng để tưới nước dập bụi trên tuyến đường nội bộ phục vụ thi công, phun nước tưới ẩm thường xuyên vào những ngày không mưa với tần suất tối thiểu 02 lần/ngày, tăng tần suất tưới 04 lần/ngày vào mùa khô hanh;

Phun nước làm ẩm khu vực tập kết nguyên vật liệu trước và sau quá trình tập kết và phun ẩm bề mặt trước khi đào đắp các công trình xây dựng với tần suất 01 lần/ngày, tăng tần suất trong mùa khô.

- Thực hiện phủ bạt lên phía trên bãi tập kết đất hữu cơ trong phạm vi Dự án để hạn chế tác động của bụi.

- Đối với bụi từ quá trình bả, làm sạch bề mặt công trình xây dựng, sử dụng các tấm lưới lớn, tấm bạt che phủ toàn bộ công trình. tránh thi công vào thời điểm có gió lớn; sử dụng các máy móc chà nhám có đầu hút và thu gom bụi tại đầu chà để thu gom toàn bộ bụi.

- Hút bụi làm sạch mặt đường trước khi thảm nhựa tại các tuyến đường giao thông xây dựng.

=====RELATIONS=====
e1 located_in e2
e3 located_in e4
e5 located_in e6
e7 located_in e8
e8 located_in e9
e10 located_in e11
e10 located_in e12
e11 located_in e13
e12 located_in e13
e10 located_in e14
e14 located_in e18
e10 located_in e15
e15 located_in e18
e10 located_in e16
e16 located_in e18
e10 located_in e17
e17 located_in e18
e20 issued_by e19
e20 issued_on e21
e22 located_in e23
e24 located_in e25
e26 located_in e27
