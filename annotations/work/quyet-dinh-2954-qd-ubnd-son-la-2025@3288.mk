doc: tnt305-tvpl__quyet-dinh-2954-qd-ubnd-son-la-2025
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-2954-qd-ubnd-son-la-2025.txt
span: 3288 8202
=====TEXT=====

3. Phấn đấu giá trị hàng hóa tham gia xuất khẩu đến ⟦DATE|năm 2030⟧ đạt ⟦MONEY|400 triệu USD⟧, tăng bình quân hàng năm trong giai đoạn này đạt ⟦PERCENT|10 - 13%⟧/năm. Trong đó: Giá trị sản phẩm nông sản, thực phẩm tham gia xuất khẩu đạt ⟦MONEY|395 triệu USD⟧; Giá trị hàng công nghiệp, tiểu thủ công nghiệp tham gia xuất khẩu đạt ⟦MONEY|05 triệu USD⟧.

II. CHỈ TIÊU XUẤT KHẨU ĐẾN ⟦DATE|NĂM 2030⟧

1. Sản phẩm tham gia xuất khẩu

a) Sản phẩm nông sản, thực phẩm

- Các sản phẩm trái cây:
Tổng sản phẩm trái cây tham gia xuất khẩu phấn đấu đến ⟦DATE|năm 2030⟧ đạt trên 46.200 tấn; tổng giá trị sản phẩm trái cây tham gia xuất khẩu đến ⟦DATE|năm 2030⟧ dự kiến đạt trên ⟦MONEY|48,3 triệu USD⟧, tốc độ tăng bình quân ⟦PERCENT|05 - 06%⟧/năm. Một số sản phẩm trái cây chủ yếu:

+ Tổng sản phẩm Xoài tham gia xuất khẩu phấn đấu đến ⟦DATE|năm 2030⟧ đạt 18.000 tấn; tổng giá trị sản phẩm Xoài tham gia xuất khẩu đến ⟦DATE|năm 2030⟧ dự kiến đạt ⟦MONEY|10 triệu USD⟧, tốc độ tăng bình quân ⟦PERCENT|08 - 09%⟧/năm. Thị trường định hướng xuất khẩu: ⟦LOCATION|Trung Quốc⟧, ⟦LOCATION|Úc⟧, ⟦LOCATION|Nhật Bản⟧, ⟦LOCATION|Hàn Quốc⟧, ⟦LOCATION|Hoa Kỳ⟧...

+ Tổng sản phẩm Nhãn tham gia xuất khẩu phấn đấu đến ⟦DATE|năm 2030⟧ đạt 8.500 tấn; tổng giá trị sản phẩm Nhãn tham gia xuất khẩu đến ⟦DATE|năm 2030⟧ dự kiến đạt ⟦MONEY|30,2 triệu USD⟧, tốc độ tăng bình quân ⟦PERCENT|05 - 06%⟧/năm. Thị trường định hướng xuất khẩu: ⟦LOCATION|Trung Quốc⟧, ⟦LOCATION|Úc⟧, ⟦LOCATION|Nhật Bản⟧, ⟦LOCATION|Hàn Quốc⟧...

+ Tổng sản phẩm Chanh leo tham gia xuất khẩu phấn đấu đến ⟦DATE|năm 2030⟧ đạt 3.200 tấn; tổng giá trị sản phẩm Chanh leo tham gia xuất khẩu đến ⟦DATE|năm 2030⟧ dự kiến đạt trên ⟦MONEY|1,7 triệu USD⟧, tốc độ tăng bình quân ⟦PERCENT|05 - 07%⟧/năm. Thị trường định hướng xuất khẩu: ⟦LOCATION|Trung Quốc⟧, ⟦LOCATION|Hàn Quốc⟧, ⟦LOCATION|Nhật Bản⟧, các nước ⟦LOCATION|EU⟧...

+ Tổng sản phẩm Chuối tham gia xuất khẩu đến ⟦DATE|năm 2030⟧ phấn đấu đạt 14.500 tấn; tổng giá trị sản phẩm Chuối tham gia xuất khẩu đến ⟦DATE|năm 2030⟧ dự kiến đạt trên ⟦MONEY|3,9 triệu USD⟧, tốc độ tăng bình quân ⟦PERCENT|05%⟧/năm. Thị trường định hướng xuất khẩu: ⟦LOCATION|Trung Quốc⟧, ⟦LOCATION|Hàn Quốc⟧, ⟦LOCATION|Nhật Bản⟧...

+ Tổng sản phẩm Thanh long tham gia xuất khẩu đến ⟦DATE|năm 2030⟧ phấn đấu đạt 2.000 tấn; tổng giá trị sản phẩm Thanh long tham gia xuất khẩu dự kiến đạt ⟦MONEY|2,5 triệu USD⟧, tốc độ tăng bình quân ⟦PERCENT|10 - 14%⟧/năm. Thị trường định hướng xuất khẩu: ⟦LOCATION|Trung Quốc⟧, ⟦LOCATION|Nga⟧, ⟦LOCATION|Úc⟧...

- Sản phẩm nông sản chế biến và nông sản khác: Tổng sản phẩm nông sản chế biến và nông sản khác tham gia xuất khẩu phấn đấu đến ⟦DATE|năm 2030⟧ đạt trên 228.000 tấn; tổng giá trị sản phẩm nông sản chế biến và nông sản khác tham gia xuất khẩu đến ⟦DATE|năm 2030⟧ dự kiến đạt trên ⟦MONEY|346,6 triệu USD⟧, tốc độ tăng bình quân ⟦PERCENT|10 - 12%⟧/năm. Một số mặt hàng chủ yếu:

+ Tổng sản phẩm Chè xuất khẩu đến ⟦DATE|năm 2030⟧ phấn đấu đạt trên 12.000 tấn; tổng giá trị sản phẩm Chè tham gia xuất khẩu đến ⟦DATE|năm 2030⟧ dự kiến đạt trên ⟦MONEY|33 triệu USD⟧, tốc độ tăng bình quân ⟦PERCENT|03 - 04%⟧/năm. Thị trường định hướng xuất khẩu: ⟦LOCATION|Đài Loan⟧, ⟦LOCATION|Pakistan⟧, ⟦LOCATION|Apganistan⟧, ⟦LOCATION|UAE⟧, ⟦LOCATION|Nhật Bản⟧...

+ Tổng sản phẩm Cà phê xuất khẩu đến ⟦DATE|năm 2030⟧ phấn đấu đạt trên 39.000 tấn; tổng giá trị sản phẩm Cà phê tham gia xuất khẩu đến ⟦DATE|năm 2030⟧ dự kiến đạt trên ⟦MONEY|186 triệu USD⟧, tốc độ tăng bình quân ⟦PERCENT|10 - 12%⟧/năm. Thị trường định hướng xuất khẩu: ⟦LOCATION|EU⟧, ⟦LOCATION|Bắc Mỹ⟧, ⟦LOCATION|Hoa Kỳ⟧, ⟦LOCATION|UAE⟧, một số nước ⟦LOCATION|Trung Đông⟧ và ⟦LOCATION|ASEAN⟧...

+ Tổng sản phẩm Sắn xuất khẩu đến ⟦DATE|năm 2030⟧ phấn đấu đạt trên 155.000 tấn; tổng giá trị sản phẩm Sắn tham gia xuất khẩu đến ⟦DATE|năm 2030⟧ dự kiến đạt trên ⟦MONEY|70 triệu USD⟧, tốc độ tăng bình quân ⟦PERCENT|10 - 11%⟧/năm. Thị trường định hướng xuất khẩu: ⟦LOCATION|Trung Quốc⟧…

b) Sản phẩm công nghiệp, tiểu thủ công nghiệp

Tổng giá trị sản phẩm công nghiệp, tiểu thủ công nghiệp tham gia xuất khẩu dự kiến đạt ⟦MONEY|05 triệu USD⟧. Các mặt hàng tham gia xuất khẩu chủ yếu gồm xi măng (thị trường xuất khẩu: ⟦LOCATION|Lào⟧, ⟦LOCATION|Trung Quốc⟧…), dệt may (Thị trường xuất khẩu: ⟦LOCATION|Ấn Độ⟧, các nước ⟦LOCATION|Trung Đông⟧…)

(Mục tiêu xuất khẩu chi tiết có phụ lục kèm theo)

2. Phát triển thị trường xuất khẩu

Định hướng phát triển thị trường, mặt hàng trọng điểm tại từng thị trường khu vực như sau:

a) Thị trường ⟦LOCATION|Trung Quốc⟧, ⟦LOCATION|Hồng Kông⟧, ⟦LOCATION|Đài Loan⟧

Tiếp tục được xác định là thị trường xuất khẩu chính, tập trung đẩy mạnh xuất khẩu; định hướng giảm xuất khẩu nguyên liệu thô, tăng cường xuất khẩu mặt hàng chế biến có giá trị gia tăng cao. Về mặt hàng, tăng cường xuất khẩu nhóm hàng nông sản tươi, nông sản chế biến như Xoài, Nhãn, Chanh leo, Long Nhãn, Chè, Sắn lát, tinh bột Sắn...

b) Thị trường ⟦LOCATION|ASEAN⟧

Tiếp tục đẩy mạnh xuất khẩu sang các thị trường: ⟦LOCATION|Singapore⟧, ⟦LOCATION|Thái Lan⟧, ⟦LOCATION|Lào⟧, ⟦LOCATION|Campuchia⟧... Về sản phẩm, tiếp tục đẩy mạnh và duy trì xuất khẩu nhóm hàng nông sản và sản phẩm nông sản chế biến, đặc biệt là các mặt hàng có thể mạnh của tỉnh như: xoài, các loại nước ép hoa quả...

c) Thị trường ⟦LOCATION|Đông Bắc Á⟧

Tập trung đẩy mạnh xuất khẩu sang thị trường ⟦LOCATION|Hàn Quốc⟧ và ⟦LOCATION|Nhật Bản⟧. Về mặt hàng, tăng cường xuất khẩu sang thị trường ⟦LOCATION|Hàn Quốc⟧ và ⟦LOCATION|Nhật Bản⟧ nhóm hàng dệt may, các sản phẩm nông sản chế biến:
chè, long nhãn, các loại rau...

d) Các thị trường ⟦LOCATION|Tây Á⟧, ⟦LOCATION|Nam Á⟧

Nghiên cứu, quảng bá, giới thiệu và xuất khẩu các mặt hàng nông sản chế biến như: chè, cà phê, nước ép hoa quả, các sản phẩm hoa quả sấy... tại thị trường các ⟦LOCATION|Tiểu vương quốc Ả-rập thống nhất⟧ (⟦LOCATION|UAE⟧), ⟦LOCATION|Oman⟧, ⟦LOCATION|Ả-rập Xê-Út⟧, ⟦LOCATION|Ấn Độ⟧, ⟦LOCATION|Pa-ki-xtan⟧...

=====RELATIONS=====
