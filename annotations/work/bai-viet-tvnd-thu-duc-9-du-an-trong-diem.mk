doc: tnt305-tvpl__bai-viet-tvnd-thu-duc-9-du-an-trong-diem
source: ../shared/corpus/raw/tnt305-tvpl__bai-viet-tvnd-thu-duc-9-du-an-trong-diem.txt
span: 0 7388
=====TEXT=====
⟦ADMIN_UNIT|Thành phố Thủ Đức⟧ bứt phá hạ tầng: 9 dự án trọng điểm khu Đông

Nguyên nhân ⟦ADMIN_UNIT|thành phố Thủ Đức⟧ bứt phá hạ tầng giao thông?

⟦ADMIN_UNIT|Thành phố Thủ Đức⟧ bứt phá hạ tầng, đang được đầu tư mạnh về hạ tầng giao thông vì dự kiến đây là khu vực giữ vai trò quan trọng trong sự phát triển của ⟦ADMIN_UNIT|TPHCM⟧.

Căn cứ theo Điều 1 ⟦q1:LEGAL_REF|Quyết định 202/QĐ-TTg⟧ ⟦d1:DATE|ngày 21 tháng 01 năm 2025⟧ của ⟦o1:ORG|Thủ tướng Chính phủ⟧, nơi này được xem là cửa ngõ phía Đông của thành phố, kết nối với nhiều tỉnh lân cận như:

+ Phía Đông giáp ⟦u1:ADMIN_UNIT|thành phố Biên Hòa⟧ và ⟦u2:ADMIN_UNIT|huyện Long Thành⟧, ⟦u3:ADMIN_UNIT|tỉnh Đồng Nai⟧.

+ Phía Tây giáp ⟦u4:ADMIN_UNIT|quận 4⟧, ⟦u5:ADMIN_UNIT|quận 1⟧, ⟦u6:ADMIN_UNIT|quận 12⟧ và ⟦u7:ADMIN_UNIT|quận Bình Thạnh⟧, ⟦u8:ADMIN_UNIT|Thành phố Hồ Chí Minh⟧.

+ Phía Nam giáp ⟦u9:ADMIN_UNIT|quận 4⟧, ⟦u10:ADMIN_UNIT|quận 7⟧, ⟦u11:ADMIN_UNIT|Thành phố Hồ Chí Minh⟧ và ⟦u12:ADMIN_UNIT|huyện Nhơn Trạch⟧, ⟦u13:ADMIN_UNIT|tỉnh Đồng Nai⟧.

+ Phía Bắc giáp ⟦u14:ADMIN_UNIT|thành phố Dĩ An⟧ và ⟦u15:ADMIN_UNIT|thành phố Thuận An⟧, ⟦u16:ADMIN_UNIT|tỉnh Bình Dương⟧.

Ngoài ra, ⟦ADMIN_UNIT|thành phố Thủ Đức⟧ hướng đến mục tiêu trở thành trung tâm về kinh tế, công nghệ, giáo dục và quy mô dân số hướng đến ⟦DATE|năm 2040⟧ đạt khoảng 3 triệu người sinh sống.

Bên cạnh đó, ⟦ADMIN_UNIT|thành phố Thủ Đức⟧ hướng đến mục tiêu phát triển kết cấu hạ tầng giao thông đồng bộ, hiện đại kết nối thuận lợi với các khu vực trong ⟦ADMIN_UNIT|Thành phố Hồ Chí Minh⟧ và các đô thị trọng điểm trong vùng ⟦LOCATION|Đông Nam Bộ⟧ bằng các phương thức đường bộ, đường sắt, hàng hải và đường thủy nội địa.

⟦ADMIN_UNIT|Thành phố Thủ Đức⟧ phát triển đô thị theo định hướng phát triển giao thông công cộng; phát triển hạ tầng kỹ thuật đảm bảo tiêu chuẩn đô thị loại I và loại đặc biệt, tạo điều kiện để phát triển hạ tầng số, hạ tầng đô thị thông minh, từ đó bứt phá hạ tầng giao thông trong thời gian sắp tới.

Việc ⟦ADMIN_UNIT|thành phố Thủ Đức⟧ bứt phá hạ tầng, đầu tư phát triển kết cấu hạ tầng còn giúp tăng kết nối giữa ⟦ADMIN_UNIT|thành phố Thủ Đức⟧ với các khu vực khác. Điều này tạo thuận lợi cho việc phát triển kinh tế, thu hút đầu tư và giúp thị trường bất động sản khu vực này phát triển.

⟦ADMIN_UNIT|Thành phố Thủ Đức⟧ hiện đang có nhiều dự án giao thông lớn được đầu tư và triển khai. Những công trình này nhằm giải quyết tình trạng kẹt xe đang diễn ra ở nhiều tuyến đường chính.

Cùng điểm qua 9 dự án trọng điểm đầu tư phát triển hạ tầng tại ⟦ADMIN_UNIT|thành phố Thủ Đức⟧:

(1) ⟦PROJECT|Dự án đường Nguyễn Thị Định⟧

Căn cứ theo ⟦q2:LEGAL_REF|Thông báo số 818/QLDA⟧ ⟦d2:DATE|ngày 02 tháng 04 năm 2025⟧ của ⟦o2:ORG|UBND thành phố Thủ Đức⟧ ban hành, cụ thể:

- ⟦p1:PROJECT|Dự án mở rộng đường Nguyễn Thị Định⟧ vừa được khởi công ⟦DATE|ngày 26/4⟧, với mục tiêu nâng mặt đường lên 30 mét và bố trí 6 làn xe. Tổng vốn đầu tư hơn ⟦m1:MONEY|2.000 tỉ đồng⟧.

- Tuyến đường này nối từ ⟦LOCATION|cầu Giồng Ông Tố⟧ đến ⟦LOCATION|cầu Mỹ Thủy⟧, là trục quan trọng kết nối ra ⟦LOCATION|cảng Cát Lái⟧ - một trong những điểm giao thông lớn ở phía Đông ⟦ADMIN_UNIT|TPHCM⟧.

Khi hoàn thành, ⟦PROJECT|đường Nguyễn Thị Định⟧ sẽ giúp giảm bớt tình trạng kẹt xe thường xuyên, nhất là khu vực gần cảng. Đồng thời, việc vận chuyển hàng hóa sẽ dễ dàng và nhanh chóng hơn.

Đây cũng là một trong những bước quan trọng giúp tăng khả năng liên kết vùng, tạo điều kiện phát triển kinh tế địa phương và tăng sức hút cho thị trường bất động sản quanh khu vực.

(2) ⟦PROJECT|Dự án hạ tầng xây dựng Vành đai 2⟧

Dự án được đầu tư xây dựng theo 2 phần, cụ thể:

- Phần 1: ⟦PROJECT|Cầu Phú Hữu - Võ Nguyên Giáp⟧

+ Xây dựng đường Song hành hai bên trong lộ giới quy hoạch 67m, 6 làn xe (3 làn xe mỗi bên). Xây dựng ⟦PROJECT|nút giao Bình Thái⟧ theo dạng thức nút hoa thị hoàn chỉnh,...

+ Tổng mức đầu tư dự án: ⟦MONEY|9.328,229 tỷ đồng⟧

+ Dự kiến ⟦DATE|giai đoạn 2021 - 2025⟧ là ⟦MONEY|7.763,500 tỷ đồng⟧

- Phần 2: ⟦PROJECT|Võ Nguyên Giáp - Phạm Văn Đồng⟧

+ Xây dựng hoàn chỉnh theo lộ giới quy hoạch 67m và ⟦PROJECT|nút giao đường Phạm Văn Đồng - Vành đai 2⟧

+ Xây dựng 02 đường song hành 2 bên, đáp ứng 03 làn xe, để trống ở giữ 34m,...

+ Xây dựng ⟦PROJECT|cầu Rạng Ngang⟧ và ⟦PROJECT|nút giao Phạm Văn Đồng⟧

+ Tổng mức đầu tư dự án: ⟦MONEY|4.543 tỷ đồng⟧

+ Dự kiến ⟦DATE|giai đoạn 2021 - 2025⟧ là ⟦MONEY|2.702 tỷ đồng⟧

(3) ⟦PROJECT|Dự án hạ tầng nút giao Mỹ Thủy giai đoạn 3⟧

Dự án được chia thành ba giai đoạn. Các hạng mục của giai đoạn 1 và 2 đã được đưa vào sử dụng từ ⟦DATE|2019⟧ đến ⟦DATE|2021⟧, giải quyết phần nào tình trạng ùn tắc giao thông.

Quy mô xây dựng giai đoạn 3 bao gồm nút giao ba tầng, bao gồm:

- ⟦PROJECT|Cầu vượt hướng Võ Chí Công⟧ (8 làn xe)

- ⟦PROJECT|Cầu vượt rẽ trái Cát Lái – cầu Phú Mỹ⟧ (2 làn xe)

- ⟦PROJECT|Hầm chui rẽ trái Võ Chí Công – Cát Lái⟧ (2 làn xe)

- ⟦PROJECT|Cầu Kỳ Hà 3⟧ (8 làn xe)

- ⟦PROJECT|Cầu Kỳ Hà 4⟧ (3 làn xe)

- Dự án dự kiến sẽ hoàn thành vào ⟦DATE|năm 2025⟧.

Như vậy, giai đoạn 3 của dự án ⟦PROJECT|nút giao Mỹ Thủy⟧, bao gồm ⟦PROJECT|cầu vượt trên Vành đai 2 - nhánh phải⟧ và ⟦PROJECT|cầu Kỳ Hà 3 - nhánh phải⟧ (4 làn xe).

Nút giao này có vai trò quan trọng trong việc giảm tải ùn tắc giao thông tại ⟦LOCATION|cảng Cát Lái⟧, cửa ngõ phía Đông ⟦ADMIN_UNIT|TPHCM⟧, đồng thời nâng cao năng lực vận tải cho ⟦LOCATION|cụm cảng Cát Lái - Phú Hữu⟧.

(4) ⟦PROJECT|Dự án giao thông đường liên cảng Cát Lái - Phú Hữu⟧

Tuyến đường dài khoảng 6km, rộng 60m, nối ⟦LOCATION|Nguyễn Thị Định⟧ với ⟦LOCATION|Vành đai 3⟧ và ⟦LOCATION|cao tốc TPHCM - Long Thành - Dầu Giây⟧.

Dự án dự kiến khởi công ⟦DATE|năm 2026⟧

Tổng mức đầu tư dự án: khoảng ⟦MONEY|8.719 tỷ đồng⟧.

Dự kiến ⟦DATE|giai đoạn 2021 - 2025⟧ là ⟦MONEY|2.702 tỷ đồng⟧

Dự án này nhằm giảm kẹt xe khu ⟦LOCATION|cảng Cát Lái⟧ và hỗ trợ vận chuyển hàng hóa.

(5) ⟦PROJECT|Dự án cầu Cát Lái⟧

Dự án dự kiến đề xuất xây cầu này thành 4 dự án thành phần, gồm: Giải phóng mặt bằng ở ⟦ADMIN_UNIT|Đồng Nai⟧, ⟦ADMIN_UNIT|TPHCM⟧, ⟦PROJECT|xây dựng cầu thay phà Cát Lái⟧ và đường nối, cụ thể:

- ⟦p2:PROJECT|Dự án giải phóng mặt bằng phía TPHCM⟧ với kinh phí dự kiến khoảng ⟦m2:MONEY|3.611 tỷ đồng⟧.

- ⟦p3:PROJECT|Dự án giải phóng mặt bằng phía tỉnh Đồng Nai⟧ với kinh phí dự kiến khoảng ⟦m3:MONEY|2.967 tỷ đồng⟧.

- ⟦p4:PROJECT|Dự án đầu tư xây dựng cầu thay phà Cát Lái⟧ với kinh phí dự kiến khoảng ⟦m4:MONEY|9.034 tỷ đồng⟧.

- ⟦p5:PROJECT|Dự án đầu tư xây dựng tuyến đường nối từ sau trạm thu phí Cầu Cát Lái (khoảng Km 6 300) đến cuối tuyến⟧ với kinh phí dự kiến khoảng ⟦m5:MONEY|3.779 tỷ đồng⟧.

⟦PROJECT|Cầu Cát Lái⟧ sẽ nối ⟦ADMIN_UNIT|TPHCM⟧ với ⟦ADMIN_UNIT|Đồng Nai⟧, giúp giảm áp lực giao thông tại khu vực cảng và cửa ngõ phía Đông. Dự án được kỳ vọng khi hoàn thành sẽ giúp việc đi lại và vận chuyển hàng hóa giữa hai địa phương thuận tiện hơn.

(6) ⟦PROJECT|Dự án tuyến metro số 6⟧

Dự án dự kiến có tổng chiều dài khoảng 53,8km, kết nối ⟦ADMIN_UNIT|Thạnh Mỹ Lợi⟧, ⟦LOCATION|cảng Cát Lái⟧, khu công nghệ cao và ⟦LOCATION|sân bay Tân Sơn Nhất⟧. Dự kiến khởi công vào ⟦DATE|năm 2027⟧, giúp giảm xe cá nhân và cải thiện di chuyển trong khu vực.

(7) ⟦PROJECT|Dự án tuyến metro số 10⟧

Dự án dự kiến có tổng chiều dài 83,9km, nối từ ⟦ADMIN_UNIT|Thủ Thiêm⟧ đến ⟦ADMIN_UNIT|Hiệp Bình Chánh⟧, đi qua các khu vực như ⟦ADMIN_UNIT|Thạnh Mỹ Lợi⟧, ⟦ADMIN_UNIT|Long Phước⟧ và khu công nghệ cao. Tuyến này nhằm tăng khả năng kết nối trong ⟦ADMIN_UNIT|thành phố Thủ Đức⟧ và khu vực lân cận.

(8) ⟦PROJECT|Dự án hạ tầng cầu Tăng Long và cầu Ông Nhiêu⟧

⟦p6:PROJECT|Cầu Tăng Long⟧ và ⟦p7:PROJECT|cầu Ông Nhiêu⟧ là các công trình hạ tầng ⟦u20:ADMIN_UNIT|thành phố Thủ Đức⟧ trọng điểm, giúp giải quyết tình trạng ùn tắc giao thông ở khu vực cửa ngõ phía Đông ⟦ADMIN_UNIT|TPHCM⟧. Hai cây cầu này giúp cải thiện giao thông khu vực phía Đông ⟦ADMIN_UNIT|TPHCM⟧, nối các trục đường chính và giảm ùn tắc ở cửa ngõ ⟦ADMIN_UNIT|thành phố Thủ Đức⟧.

⟦PROJECT|Dự án cầu Tăng Long⟧ hiện đã đưa vào hoạt động vào ⟦DATE|tháng 02 năm 2025⟧. ⟦PROJECT|Dự án cầu Ông Nhiêu⟧ sắp khởi công trở lại và đang trong giai đoạn công tác bồi thường, hỗ trợ tái định cư cho người dân nhằm bàn giao mặt bằng cho đơn vị thi công.

(9) ⟦PROJECT|Dự án tuyến đường sắt Thủ Thiêm - Long Thành⟧

Theo đó, tại kỳ họp thứ 27, ⟦o3:ORG|HĐND tỉnh Đồng Nai⟧ khoá X đã thông qua ⟦q3:LEGAL_REF|Nghị quyết 28/NQ-HĐND⟧ ⟦d3:DATE|ngày 29/4/2025⟧ về việc thống nhất chủ trương giao ⟦ORG|UBND TP HCM⟧ làm cơ quan chủ quản thực hiện dự án ⟦PROJECT|đầu tư xây dựng tuyến đường sắt đô thị Thủ Thiêm - Long Thành⟧.

⟦p8:PROJECT|Tuyến đường sắt Thủ Thiêm - Long Thành⟧ dài khoảng 42 km, gồm 20 ga, tổng vốn đầu tư khoảng ⟦m8:MONEY|3,4 tỷ USD⟧.

Dự án kết nối ⟦ADMIN_UNIT|thành phố Thủ Đức⟧ với ⟦LOCATION|sân bay Long Thành⟧, phục vụ nhu cầu đi lại của người dân và doanh nghiệp từ ⟦ADMIN_UNIT|TPHCM⟧ và ⟦ADMIN_UNIT|Đồng Nai⟧. Tuyến này không chỉ góp phần phát triển giao thông mà còn thúc đẩy các dịch vụ khu vực.

=====RELATIONS=====
q1 issued_on d1
q1 issued_by o1
u1 located_in u3
u2 located_in u3
u4 located_in u8
u5 located_in u8
u6 located_in u8
u7 located_in u8
u9 located_in u11
u10 located_in u11
u12 located_in u13
u14 located_in u16
u15 located_in u16
q2 issued_on d2
q2 issued_by o2
p1 has_amount m1
p2 has_amount m2
p3 has_amount m3
p4 has_amount m4
p5 has_amount m5
p6 located_in u20
p7 located_in u20
q3 issued_by o3
q3 issued_on d3
p8 has_amount m8
