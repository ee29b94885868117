doc: tnt305-tvpl__bai-viet-tvnd-thu-duc-9-du-an-trong-diem
source: ../shared/corpus/raw/tnt305-tvpl__bai-viet-tvnd-thu-duc-9-du-an-trong-diem.txt
span: 0 7388
=====TEXT=====
Thành phố Thủ Đức bứt phá hạ tầng: 9 dự án trọng điểm khu Đông

Nguyên nhân thành phố Thủ Đức bứt phá hạ tầng giao thông?

Thành phố Thủ Đức bứt phá hạ tầng, đang được đầu tư mạnh về hạ tầng giao thông vì dự kiến đây là khu vực giữ vai trò quan trọng trong sự phát triển của TPHCM.

Căn cứ theo Điều 1 Quyết định 202/QĐ-TTg ngày 21 tháng 01 năm 2025 của Thủ tướng Chính phủ, nơi này được xem là cửa ngõ phía Đông của thành phố, kết nối với nhiều tỉnh lân cận như:

+ Phía Đông giáp thành phố Biên Hòa và huyện Long Thành, tỉnh Đồng Nai.

+ Phía Tây giáp quận 4, quận 1, quận 12 và quận Bình Thạnh, Thành phố Hồ Chí Minh.

+ Phía Nam giáp quận 4, quận 7, Thành phố Hồ Chí Minh và huyện Nhơn Trạch, tỉnh Đồng Nai.

+ Phía Bắc giáp thành phố Dĩ An và thành phố Thuận An, tỉnh Bình Dương.

Ngoài ra, thành phố Thủ Đức hướng đến mục tiêu trở thành trung tâm về kinh tế, công nghệ, giáo dục và quy mô dân số hướng đến năm 2040 đạt khoảng 3 triệu người sinh sống.

Bên cạnh đó, thành phố Thủ Đức hướng đến mục tiêu phát triển kết cấu hạ tầng giao thông đồng bộ, hiện đại kết nối thuận lợi với các khu vực trong Thành phố Hồ Chí Minh và các đô thị trọng điểm trong vùng Đông Nam Bộ bằng các phương thức đường bộ, đường sắt, hàng hải và đường thủy nội địa.

Thành phố Thủ Đức phát triển đô thị theo định hướng phát triển giao thông công cộng; phát triển hạ tầng kỹ thuật đảm bảo tiêu chuẩn đô thị loại I và loại đặc biệt, tạo điều kiện để phát triển hạ tầng số, hạ tầng đô thị thông minh, từ đó bứt phá hạ tầng giao thông trong thời gian sắp tới.

Việc thành phố Thủ Đức bứt phá hạ tầng, đầu tư phát triển kết cấu hạ tầng còn giúp tăng kết nối giữa thành phố Thủ Đức với các khu vực khác. Điều này tạo thuận lợi cho việc phát triển kinh tế, thu hút đầu tư và giúp thị trường bất động sản khu vực này phát triển.

Thành phố Thủ Đức hiện đang có nhiều dự án giao thông lớn được đầu tư và triển khai. Những công trình này nhằm giải quyết tình trạng kẹt xe đang diễn ra ở nhiều tuyến đường chính.

Cùng điểm qua 9 dự án trọng điểm đầu tư phát triển hạ tầng tại thành phố Thủ Đức:

(1) Dự án đường Nguyễn Thị Định

Căn cứ theo Thông báo số 818/QLDA ngày 02 tháng 04 năm 2025 của UBND thành phố Thủ Đức ban hành, cụ thể:

- Dự án mở rộng đường Nguyễn Thị Định vừa được khởi công ngày 26/4, với mục tiêu nâng mặt đường lên 30 mét và bố trí 6 làn xe. Tổng vốn đầu tư hơn 2.000 tỉ đồng.

- Tuyến đường này nối từ cầu Giồng Ông Tố đến cầu Mỹ Thủy, là trục quan trọng kết nối ra cảng Cát Lái - một trong những điểm giao thông lớn ở phía Đông TPHCM.

Khi hoàn thành, đường Nguyễn Thị Định sẽ giúp giảm bớt tình trạng kẹt xe thường xuyên, nhất là khu vực gần cảng. Đồng thời, việc vận chuyển hàng hóa sẽ dễ dàng và nhanh chóng hơn.

Đây cũng là một trong những bước quan trọng giúp tăng khả năng liên kết vùng, tạo điều kiện phát triển kinh tế địa phương và tăng sức hút cho thị trường bất động sản quanh khu vực.

(2) Dự án hạ tầng xây dựng Vành đai 2

Dự án được đầu tư xây dựng theo 2 phần, cụ thể:

- Phần 1: Cầu Phú Hữu - Võ Nguyên Giáp

+ Xây dựng đường Song hành hai bên trong lộ giới quy hoạch 67m, 6 làn xe (3 làn xe mỗi bên). Xây dựng nút giao Bình Thái theo dạng thức nút hoa thị hoàn chỉnh,...

+ Tổng mức đầu tư dự án: 9.328,229 tỷ đồng

+ Dự kiến giai đoạn 2021 - 2025 là 7.763,500 tỷ đồng

- Phần 2: Võ Nguyên Giáp - Phạm Văn Đồng

+ Xây dựng hoàn chỉnh theo lộ giới quy hoạch 67m và nút giao đường Phạm Văn Đồng - Vành đai 2

+ Xây dựng 02 đường song hành 2 bên, đáp ứng 03 làn xe, để trống ở giữ 34m,...

+ Xây dựng cầu Rạng Ngang và nút giao Phạm Văn Đồng

+ Tổng mức đầu tư dự án: 4.543 tỷ đồng

+ Dự kiến giai đoạn 2021 - 2025 là 2.702 tỷ đồng

(3) Dự án hạ tầng nút giao Mỹ Thủy giai đoạn 3

Dự án được chia thành ba giai đoạn. Các hạng mục của giai đoạn 1 và 2 đã được đưa vào sử dụng từ 2019 đến 2021, giải quyết phần nào tình trạng ùn tắc giao thông.

Quy mô xây dựng giai đoạn 3 bao gồm nút giao ba tầng, bao gồm:

- Cầu vượt hướng Võ Chí Công (8 làn xe)

- Cầu vượt rẽ trái Cát Lái – cầu Phú Mỹ (2 làn xe)

- Hầm chui rẽ trái Võ Chí Công – Cát Lái (2 làn xe)

- Cầu Kỳ Hà 3 (8 làn xe)

- Cầu Kỳ Hà 4 (3 làn xe)

- Dự án dự kiến sẽ hoàn thành vào năm 2025.

Như vậy, giai đoạn 3 của dự án nút giao Mỹ Thủy, bao gồm cầu vượt trên Vành đai 2 - nhánh phải và cầu Kỳ Hà 3 - nhánh phải (4 làn xe).

Nút giao này có vai trò quan trọng trong việc giảm tải ùn tắc giao thông tại cảng Cát Lái, cửa ngõ phía Đông TPHCM, đồng thời nâng cao năng lực vận tải cho cụm cảng Cát Lái - Phú Hữu.

(4) Dự án giao thông đường liên cảng Cát Lái - Phú Hữu

Tuyến đường dài khoảng 6km, rộng 60m, nối Nguyễn Thị Định với Vành đai 3 và cao tốc TPHCM - Long Thành - Dầu Giây.

Dự án dự kiến khởi công năm 2026

Tổng mức đầu tư dự án: khoảng 8.719 tỷ đồng.

Dự kiến giai đoạn 2021 - 2025 là 2.702 tỷ đồng

Dự án này nhằm giảm kẹt xe khu cảng Cát Lái và hỗ trợ vận chuyển hàng hóa.

(5) Dự án cầu Cát Lái

Dự án dự kiến đề xuất xây cầu này thành 4 dự án thành phần, gồm: Giải phóng mặt bằng ở Đồng Nai, TPHCM, xây dựng cầu thay phà Cát Lái và đường nối, cụ thể:

- Dự án giải phóng mặt bằng phía TPHCM với kinh phí dự kiến khoảng 3.611 tỷ đồng.

- Dự án giải phóng mặt bằng phía tỉnh Đồng Nai với kinh phí dự kiến khoảng 2.967 tỷ đồng.

- Dự án đầu tư xây dựng cầu thay phà Cát Lái với kinh phí dự kiến khoảng 9.034 tỷ đồng.

- Dự án đầu tư xây dựng tuyến đường nối từ sau trạm thu phí Cầu Cát Lái (khoảng Km 6 300) đến cuối tuyến với kinh phí dự kiến khoảng 3.779 tỷ đồng.

Cầu Cát Lái sẽ nối TPHCM với Đồng Nai, giúp giảm áp lực giao thông tại khu vực cảng và cửa ngõ phía Đông. Dự án được kỳ vọng khi hoàn thành sẽ giúp việc đi lại và vận chuyển hàng hóa giữa hai địa phương thuận tiện hơn.

(6) Dự án tuyến metro số 6

Dự án dự kiến có tổng chiều dài khoảng 53,8km, kết nối Thạnh Mỹ Lợi, cảng Cát Lái, khu công nghệ cao và sân bay Tân Sơn Nhất. Dự kiến khởi công vào năm 2027, giúp giảm xe cá nhân và cải thiện di chuyển trong khu vực.

(7) Dự án tuyến metro số 10

Dự án dự kiến có tổng chiều dài 83,9km, nối từ Thủ Thiêm đến Hiệp Bình Chánh, đi qua các khu vực như Thạnh Mỹ Lợi, Long Phước và khu công nghệ cao. Tuyến này nhằm tăng khả năng kết nối trong thành phố Thủ Đức và khu vực lân cận.

(8) Dự án hạ tầng cầu Tăng Long và cầu Ông Nhiêu

Cầu Tăng Long và cầu Ông Nhiêu là các công trình hạ tầng thành phố Thủ Đức trọng điểm, giúp giải quyết tình trạng ùn tắc giao thông ở khu vực cửa ngõ phía Đông TPHCM. Hai cây cầu này giúp cải thiện giao thông khu vực phía Đông TPHCM, nối các trục đường chính và giảm ùn tắc ở cửa ngõ thành phố Thủ Đức.

Dự án cầu Tăng Long hiện đã đưa vào hoạt động vào tháng 02 năm 2025. Dự án cầu Ông Nhiêu sắp khởi công trở lại và đang trong giai đoạn công tác bồi thường, hỗ trợ tái định cư cho người dân nhằm bàn giao mặt bằng cho đơn vị thi công.

(9) Dự án tuyến đường sắt Thủ Thiêm - Long Thành

Theo đó, tại kỳ họp thứ 27, HĐND tỉnh Đồng Nai khoá X đã thông qua Nghị quyết 28/NQ-HĐND ngày 29/4/2025 về việc thống nhất chủ trương giao UBND TP HCM làm cơ quan chủ quản thực hiện dự án đầu tư xây dựng tuyến đường sắt đô thị Thủ Thiêm - Long Thành.

Tuyến đường sắt Thủ Thiêm - Long Thành dài khoảng 42 km, gồm 20 ga, tổng vốn đầu tư khoảng 3,4 tỷ USD.

Dự án kết nối thành phố Thủ Đức với sân bay Long Thành, phục vụ nhu cầu đi lại của người dân và doanh nghiệp từ TPHCM và Đồng Nai. Tuyến này không chỉ góp phần phát triển giao thông mà còn thúc đẩy các dịch vụ khu vực.

=====RELATIONS=====
