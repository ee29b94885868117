doc: tnt305-tvpl__bai-viet-xdcs-sap-nhap-huyen-yen-dung-bac-giang
source: ../shared/corpus/raw/tnt305-tvpl__bai-viet-xdcs-sap-nhap-huyen-yen-dung-bac-giang.txt
span: 6656 9910
=====TEXT=====
Thành lập ⟦ADMIN_UNIT|xã Toàn Thắng⟧ trên cơ sở nhập toàn bộ diện tích tự nhiên là ⟦AREA|4,37 km2⟧, quy mô dân số là 7.398 người của ⟦ADMIN_UNIT|xã Hoàng Lương⟧ và toàn bộ diện tích tự nhiên là ⟦AREA|5,14 km2⟧, quy mô dân số là 6.677 người của ⟦ADMIN_UNIT|xã Hoàng Thanh⟧. Sau khi thành lập, ⟦ADMIN_UNIT|xã Toàn Thắng⟧ có diện tích tự nhiên là ⟦AREA|9,51 km2⟧ vàquy mô dân số là 14.075 người.

Nhập toàn bộ diện tích tự nhiên là ⟦AREA|5,91 km2⟧, quy mô dân số là 8.207 người của ⟦ADMIN_UNIT|xã Hoàng An⟧ vào ⟦ADMIN_UNIT|xã Hoàng Vân⟧. Sau khi nhập, ⟦ADMIN_UNIT|xã Hoàng Vân⟧ có diện tích tự nhiên là ⟦AREA|12,59 km2⟧ vàquy mô dân số là 14.949 người.

Thành lập ⟦ADMIN_UNIT|xã Đồng Tiến⟧ trên cơ sở nhập toàn bộ diện tích tự nhiên là ⟦AREA|3,74 km2⟧, quy mô dân số 4.122 người của ⟦ADMIN_UNIT|xã Đồng Tân⟧ và toàn bộ diện tích tự nhiên là ⟦AREA|4,18 km2⟧, quy mô dân số là 6.375 người của ⟦ADMIN_UNIT|xã Thanh Vân⟧. Sau khi thành lập, ⟦ADMIN_UNIT|xã Đồng Tiến⟧ có diện tích tự nhiên là ⟦AREA|7,92 km2⟧ vàquy mô dân số là 10.497 người.

Sau khi sắp xếp, ⟦ADMIN_UNIT|huyện Hiệp Hòa⟧ có 19 đơn vị hành chính cấp xã, gồm 17 xã và 02 thị trấn.

Sắp xếp các đơn vị hành chính cấp xã thuộc ⟦ADMIN_UNIT|huyện Lạng Giang⟧:

Nhập toàn bộ diện tích tự nhiên là ⟦AREA|5,99 km2⟧, quy mô dân số là 7.956 người của ⟦ADMIN_UNIT|xã Mỹ Hà⟧ vào ⟦ADMIN_UNIT|xã Tiên Lục⟧. Sau khi nhập, ⟦ADMIN_UNIT|xã Tiên Lục⟧ có diện tích tự nhiên là ⟦AREA|20,53 km2⟧ và quy mô dân số là 22.641 người.

Nhập toàn bộ diện tích tự nhiên là ⟦AREA|7,21 km2⟧, quy mô dân số là 8.038 người của ⟦ADMIN_UNIT|xã Yên Mỹ⟧ vào ⟦ADMIN_UNIT|xã Hương Lạc⟧. Sau khi nhập, ⟦ADMIN_UNIT|xã Hương Lạc⟧ có diện tích tự nhiên là ⟦AREA|18,87 km2⟧ và quy mô dân số là 18.745 người.

Sau khi sắp xếp, ⟦ADMIN_UNIT|huyện Lạng Giang⟧ có 19 đơn vị hành chính cấp xã,gồm 17 xã và 02 thị trấn.

Sắp xếp các đơn vị hành chính cấp xã thuộc ⟦ADMIN_UNIT|huyện Lục Nam⟧:

Nhập toàn bộ diện tích tự nhiên là ⟦AREA|10,24 km2⟧, quy mô dân số là 4.445 người của ⟦ADMIN_UNIT|xã Vũ Xá⟧ vào ⟦ADMIN_UNIT|xã Cẩm Lý⟧. Sau khi nhập, ⟦ADMIN_UNIT|xã Cẩm Lý⟧ có diện tích tự nhiên là ⟦AREA|38,06 km2⟧ vàquy mô dân số là 14.413 người.

Sau khi sắp xếp, ⟦ADMIN_UNIT|huyện Lục Nam⟧ có 24 đơn vị hành chính cấp xã, gồm 22 xã và 02 thị trấn.

Sắp xếp các đơn vị hành chính cấp xã thuộc ⟦ADMIN_UNIT|huyện Tân Yên⟧ như sau:

Thành lập ⟦ADMIN_UNIT|xã Quang Trung⟧ trên cơ sở nhập toàn bộ diện tích tự nhiênlà ⟦AREA|5,02 km2⟧, quy mô dân số là 5.067 người của ⟦ADMIN_UNIT|xã Đại Hóa⟧, toàn bộ diện tích tự nhiên là ⟦AREA|5,63 km2⟧, quy mô dân số là 4.180 người của ⟦ADMIN_UNIT|xã Lan Giới⟧ và toàn bộ diện tích tự nhiên là ⟦AREA|5,81 km2⟧, quy mô dân số là 5.866 người của ⟦ADMIN_UNIT|xã Quang Tiến⟧. Sau khi thành lập, ⟦ADMIN_UNIT|xã Quang Trung⟧ có diện tích tự nhiên là ⟦AREA|16,46 km2⟧ vàquy mô dân số là 15.113 người.

Thành lập ⟦ADMIN_UNIT|xã Lam Sơn⟧ trên cơ sở nhập toàn bộ diện tích tự nhiên là ⟦AREA|5,76 km2⟧, quy mô dân số là 6.280 người của ⟦ADMIN_UNIT|xã Phúc Sơn⟧ và toàn bộ diện tích tự nhiên là ⟦AREA|9,15 km2⟧, quy mô dân số là 8.619 người của ⟦ADMIN_UNIT|xã Lam Cốt⟧. Sau khi thành lập, ⟦ADMIN_UNIT|xã Lam Sơn⟧ có diện tích tự nhiên là ⟦AREA|14,91 km2⟧ và quy mô dân số là 14.899 người.

Sau khi sắp xếp, ⟦ADMIN_UNIT|huyện Tân Yên⟧ có 19 đơn vị hành chính cấp xã, gồm 17 xã và 02 thị trấn.

Sắp xếp các đơn vị hành chính cấp xã thuộc ⟦ADMIN_UNIT|huyện Yên Thế⟧ như sau:

Nhập toàn bộ diện tích tự nhiên là ⟦AREA|8,58 km2⟧,quy mô dân số là 4.084 người của ⟦ADMIN_UNIT|xã Tam Hiệp⟧ vào ⟦ADMIN_UNIT|xã Tân Hiệp⟧. Sau khi nhập, ⟦ADMIN_UNIT|xã Tân Hiệp⟧ có diện tích tự nhiên là ⟦AREA|16,24 km2⟧ vàquy mô dân số là 8.690 người.

Nhập toàn bộ diện tích tự nhiên là ⟦AREA|8,98 km2⟧,quy mô dân số là 4.805 người của ⟦ADMIN_UNIT|xã Hồng Kỳ⟧ vào ⟦ADMIN_UNIT|xã Đồng Kỳ⟧. Sau khi nhập, ⟦ADMIN_UNIT|xã Đồng Kỳ⟧ có diện tích tự nhiên là ⟦AREA|16,27 km2⟧ và quy mô dân số là 11.280 người.

Sau khi sắp xếp, ⟦ADMIN_UNIT|huyện Yên Thế⟧ có 17 đơn vị hành chính cấp xã, gồm 15 xã và 02 thị trấn.
=====RELATIONS=====
