doc: tnt305-tvpl__bai-viet-xdcs-sap-nhap-huyen-yen-dung-bac-giang
source: ../shared/corpus/raw/tnt305-tvpl__bai-viet-xdcs-sap-nhap-huyen-yen-dung-bac-giang.txt
span: 6656 9910
=====TEXT=====
Thành lập xã Toàn Thắng trên cơ sở nhập toàn bộ diện tích tự nhiên là 4,37 km2, quy mô dân số là 7.398 người của xã Hoàng Lương và toàn bộ diện tích tự nhiên là 5,14 km2, quy mô dân số là 6.677 người của xã Hoàng Thanh. Sau khi thành lập, xã Toàn Thắng có diện tích tự nhiên là 9,51 km2 vàquy mô dân số là 14.075 người.

Nhập toàn bộ diện tích tự nhiên là 5,91 km2, quy mô dân số là 8.207 người của xã Hoàng An vào xã Hoàng Vân. Sau khi nhập, xã Hoàng Vân có diện tích tự nhiên là 12,59 km2 vàquy mô dân số là 14.949 người.

Thành lập xã Đồng Tiến trên cơ sở nhập toàn bộ diện tích tự nhiên là 3,74 km2, quy mô dân số 4.122 người của xã Đồng Tân và toàn bộ diện tích tự nhiên là 4,18 km2, quy mô dân số là 6.375 người của xã Thanh Vân. Sau khi thành lập, xã Đồng Tiến có diện tích tự nhiên là 7,92 km2 vàquy mô dân số là 10.497 người.

Sau khi sắp xếp, huyện Hiệp Hòa có 19 đơn vị hành chính cấp xã, gồm 17 xã và 02 thị trấn.

Sắp xếp các đơn vị hành chính cấp xã thuộc huyện Lạng Giang:

Nhập toàn bộ diện tích tự nhiên là 5,99 km2, quy mô dân số là 7.956 người của xã Mỹ Hà vào xã Tiên Lục. Sau khi nhập, xã Tiên Lục có diện tích tự nhiên là 20,53 km2 và quy mô dân số là 22.641 người.

Nhập toàn bộ diện tích tự nhiên là 7,21 km2, quy mô dân số là 8.038 người của xã Yên Mỹ vào xã Hương Lạc. Sau khi nhập, xã Hương Lạc có diện tích tự nhiên là 18,87 km2 và quy mô dân số là 18.745 người.

Sau khi sắp xếp, huyện Lạng Giang có 19 đơn vị hành chính cấp xã,gồm 17 xã và 02 thị trấn.

Sắp xếp các đơn vị hành chính cấp xã thuộc huyện Lục Nam:

Nhập toàn bộ diện tích tự nhiên là 10,24 km2, quy mô dân số là 4.445 người của xã Vũ Xá vào xã Cẩm Lý. Sau khi nhập, xã Cẩm Lý có diện tích tự nhiên là 38,06 km2 vàquy mô dân số là 14.413 người.

Sau khi sắp xếp, huyện Lục Nam có 24 đơn vị hành chính cấp xã, gồm 22 xã và 02 thị trấn.

Sắp xếp các đơn vị hành chính cấp xã thuộc huyện Tân Yên như sau:

Thành lập xã Quang Trung trên cơ sở nhập toàn bộ diện tích tự nhiênlà 5,02 km2, quy mô dân số là 5.067 người của xã Đại Hóa, toàn bộ diện tích tự nhiên là 5,63 km2, quy mô dân số là 4.180 người của xã Lan Giới và toàn bộ diện tích tự nhiên là 5,81 km2, quy mô dân số là 5.866 người của xã Quang Tiến. Sau khi thành lập, xã Quang Trung có diện tích tự nhiên là 16,46 km2 vàquy mô dân số là 15.113 người.

Thành lập xã Lam Sơn trên cơ sở nhập toàn bộ diện tích tự nhiên là 5,76 km2, quy mô dân số là 6.280 người của xã Phúc Sơn và toàn bộ diện tích tự nhiên là 9,15 km2, quy mô dân số là 8.619 người của xã Lam Cốt. Sau khi thành lập, xã Lam Sơn có diện tích tự nhiên là 14,91 km2 và quy mô dân số là 14.899 người.

Sau khi sắp xếp, huyện Tân Yên có 19 đơn vị hành chính cấp xã, gồm 17 xã và 02 thị trấn.

Sắp xếp các đơn vị hành chính cấp xã thuộc huyện Yên Thế như sau:

Nhập toàn bộ diện tích tự nhiên là 8,58 km2,quy mô dân số là 4.084 người của xã Tam Hiệp vào xã Tân Hiệp. Sau khi nhập, xã Tân Hiệp có diện tích tự nhiên là 16,24 km2 vàquy mô dân số là 8.690 người.

Nhập toàn bộ diện tích tự nhiên là 8,98 km2,quy mô dân số là 4.805 người của xã Hồng Kỳ vào xã Đồng Kỳ. Sau khi nhập, xã Đồng Kỳ có diện tích tự nhiên là 16,27 km2 và quy mô dân số là 11.280 người.

Sau khi sắp xếp, huyện Yên Thế có 17 đơn vị hành chính cấp xã, gồm 15 xã và 02 thị trấn.
=====RELATIONS=====
