doc: tnt305-tvpl__bai-viet-xdcs-sap-nhap-huyen-yen-dung-bac-giang
source: ../shared/corpus/raw/tnt305-tvpl__bai-viet-xdcs-sap-nhap-huyen-yen-dung-bac-giang.txt
span: 870 5870
=====TEXT=====
Thành lập ⟦ADMIN_UNIT|phường Tân An⟧ trên cơ sở nhập toàn bộ diện tích tự nhiên là ⟦AREA|4,60 km2⟧, quy mô dân số là 3.989 người của ⟦ADMIN_UNIT|xã Lão Hộ⟧ và toàn bộ diện tích tự nhiên là ⟦AREA|9,22 km2⟧, quy mô dân số là 12.321 người của ⟦ADMIN_UNIT|thị trấn Tân An⟧. Sau khi thành lập, ⟦ADMIN_UNIT|phường Tân An⟧ có diện tích tự nhiên là ⟦AREA|13,82 km2⟧ và quy mô dân số là16.310 người.

Thành lập ⟦ADMIN_UNIT|phường Dĩnh Trì⟧ trên cơ sở toàn bộ diện tích tự nhiên là ⟦AREA|6,71 km2⟧ và quy mô dân số là 13.314 người của ⟦ADMIN_UNIT|xã Dĩnh Trì⟧.

Thành lập ⟦ADMIN_UNIT|phường Tân Tiến⟧ trên cơ sở toàn bộ diện tích tự nhiên là ⟦AREA|7,94 km2⟧ và quy mô dân số là 12.528 người của ⟦ADMIN_UNIT|xã Tân Tiến⟧.

Thành lập ⟦ADMIN_UNIT|phường Tân Mỹ⟧ trên cơ sở toàn bộ diện tích tự nhiên là ⟦AREA|7,37 km2⟧và quy mô dân số là 15.281 người của ⟦ADMIN_UNIT|xã Tân Mỹ⟧.

Thành lập ⟦ADMIN_UNIT|phường Song Mai⟧ trên cơ sở toàn bộ diện tích tự nhiên là ⟦AREA|10,04 km2⟧ và quy mô dân số là 12.786 người của ⟦ADMIN_UNIT|xã Song Mai⟧.

Thành lập ⟦ADMIN_UNIT|phường Đồng Sơn⟧ trên cơ sở toàn bộ diện tích tự nhiên là ⟦AREA|8,27 km2⟧và quy mô dân số là 11.288 người của ⟦ADMIN_UNIT|xã Đồng Sơn⟧.

Thành lập ⟦ADMIN_UNIT|phường Song Khê⟧ trên cơ sở toàn bộ diện tích tự nhiên là ⟦AREA|4,44 km2⟧và quy mô dân số là 7.432 người của ⟦ADMIN_UNIT|xã Song Khê⟧.

Thành lập ⟦ADMIN_UNIT|phường Nham Biền⟧ trên cơ sở toàn bộ diện tích tự nhiên là ⟦AREA|21,98 km2⟧ và quy mô dân số là 19.111 người của ⟦ADMIN_UNIT|thị trấn Nham Biền⟧.

Thành lập ⟦ADMIN_UNIT|phường Tân Liễu⟧ trên cơ sở toàn bộ diện tích tự nhiên là ⟦AREA|9,07 km2⟧và quy mô dân số là 7.017 người của ⟦ADMIN_UNIT|xã Tân Liễu⟧.

Thành lập ⟦ADMIN_UNIT|phường Nội Hoàng⟧ trên cơ sở toàn bộ diện tích tự nhiên là ⟦AREA|7,64 km2⟧ và quy mô dân số là 9.831 người của ⟦ADMIN_UNIT|xã Nội Hoàng⟧.

Thành lập ⟦ADMIN_UNIT|phường Tiền Phong⟧ trên cơ sở toàn bộ diện tích tự nhiên là ⟦AREA|10,35 km2⟧ và quy mô dân số là 11.287 người của ⟦ADMIN_UNIT|xã Tiền Phong⟧.

Thành lập ⟦ADMIN_UNIT|phường Cảnh Thụy⟧trên cơ sở toàn bộ diện tích tự nhiênlà ⟦AREA|6,60 km2⟧ và quy mô dân số là 7.795 người của ⟦ADMIN_UNIT|xã Cảnh Thụy⟧.

Thành lập ⟦ADMIN_UNIT|phường Hương Gián⟧trên cơ sở toàn bộ diện tích tự nhiênlà ⟦AREA|8,62 km2⟧và quy mô dân số là 11.963 người của ⟦ADMIN_UNIT|xã Hương Gián⟧.

Sau khi sắp xếp,⟦tpbg:ADMIN_UNIT|thành phố Bắc Giang⟧ có 31 đơn vị hành chính cấp xã, gồm 21 phường: ⟦bg1:ADMIN_UNIT|Cảnh Thụy⟧, ⟦bg2:ADMIN_UNIT|Dĩnh Kế⟧, ⟦bg3:ADMIN_UNIT|Dĩnh Trì⟧, ⟦bg4:ADMIN_UNIT|Đa Mai⟧, ⟦bg5:ADMIN_UNIT|Đồng Sơn⟧, ⟦bg6:ADMIN_UNIT|Hoàng Văn Thụ⟧, ⟦bg7:ADMIN_UNIT|Hương Gián⟧, ⟦bg8:ADMIN_UNIT|Mỹ Độ⟧, ⟦bg9:ADMIN_UNIT|Ngô Quyền⟧, ⟦bg10:ADMIN_UNIT|Nham Biền⟧, ⟦bg11:ADMIN_UNIT|Nội Hoàng⟧, ⟦bg12:ADMIN_UNIT|Song Khê⟧, ⟦bg13:ADMIN_UNIT|Song Mai⟧, ⟦bg14:ADMIN_UNIT|Tân An⟧, ⟦bg15:ADMIN_UNIT|Tân Mỹ⟧, ⟦bg16:ADMIN_UNIT|Tân Tiến⟧, ⟦bg17:ADMIN_UNIT|Tân Liễu⟧, ⟦bg18:ADMIN_UNIT|Thọ Xương⟧, ⟦bg19:ADMIN_UNIT|Tiền Phong⟧, ⟦bg20:ADMIN_UNIT|Trần Phú⟧, ⟦bg21:ADMIN_UNIT|Xương Giang⟧ và 10 xã: ⟦bg22:ADMIN_UNIT|Đồng Phúc⟧, ⟦bg23:ADMIN_UNIT|Đồng Việt⟧, ⟦bg24:ADMIN_UNIT|Đức Giang⟧, ⟦bg25:ADMIN_UNIT|Lãng Sơn⟧, ⟦bg26:ADMIN_UNIT|Quỳnh Sơn⟧, ⟦bg27:ADMIN_UNIT|Tiến Dũng⟧, ⟦bg28:ADMIN_UNIT|Trí Yên⟧, ⟦bg29:ADMIN_UNIT|Tư Mại⟧, ⟦bg30:ADMIN_UNIT|Xuân Phú⟧, ⟦bg31:ADMIN_UNIT|Yên Lư⟧.

Sắp xếp ⟦ADMIN_UNIT|huyện Lục Ngạn⟧, ⟦ADMIN_UNIT|huyện Sơn Động⟧ và các đơn vị hành chính cấp xã trực thuộc; thành lập ⟦txchu1:ADMIN_UNIT|thị xã Chũ⟧ thuộc ⟦tbg1:ADMIN_UNIT|tỉnh Bắc Giang⟧ và các phường trực thuộc

Điều chỉnh một phần diện tích tự nhiên là ⟦AREA|75,93 km2⟧ của ⟦ADMIN_UNIT|huyện Sơn Động⟧ để nhập vào ⟦ADMIN_UNIT|huyện Lục Ngạn⟧.

Điều chỉnh một phần diện tích tự nhiên là ⟦AREA|11,98 km2⟧, quy mô dân số là 520 người của ⟦ADMIN_UNIT|xã Thanh Hải⟧ để nhập vào ⟦xbs:ADMIN_UNIT|xã Biên Sơn⟧, ⟦hln1:ADMIN_UNIT|huyện Lục Ngạn⟧. Sau khi điều chỉnh, ⟦ADMIN_UNIT|xã Biên Sơn⟧ có diện tích tự nhiên là ⟦AREA|32,65 km2⟧ và quy mô dân số là 9.737 người; ⟦ADMIN_UNIT|xã Thanh Hải⟧ có diện tích tự nhiên là ⟦AREA|17,09 km2⟧ và quy mô dân số là 17.413 người.

Thành lập ⟦ADMIN_UNIT|thị xã Chũ⟧ trên cơ sở diện tích tự nhiên là ⟦AREA|251,55 km2⟧ và quy mô dân số là 127.881 người của10 đơn vị hành chính cấp xã thuộc ⟦hln2:ADMIN_UNIT|huyện Lục Ngạn⟧, gồm ⟦ch1:ADMIN_UNIT|thị trấn Chũ⟧ và các xã: ⟦ch2:ADMIN_UNIT|Hồng Giang⟧, ⟦ch3:ADMIN_UNIT|Kiên Lao⟧, ⟦ch4:ADMIN_UNIT|Kiên Thành⟧, ⟦ch5:ADMIN_UNIT|Mỹ An⟧, ⟦ch6:ADMIN_UNIT|Nam Dương⟧, ⟦ch7:ADMIN_UNIT|Quý Sơn⟧, ⟦ch8:ADMIN_UNIT|Phượng Sơn⟧, ⟦ch9:ADMIN_UNIT|Thanh Hải⟧, ⟦ch10:ADMIN_UNIT|Trù Hựu⟧.

Thành lập các phường thuộc ⟦ADMIN_UNIT|thị xã Chũ⟧ như sau:

Thành lập ⟦ADMIN_UNIT|phường Chũ⟧ trên cơ sở toàn bộ diện tích tự nhiên là ⟦AREA|12,84 km2⟧ và quy mô dân số là 17.059 người của ⟦ADMIN_UNIT|thị trấn Chũ⟧.

Thành lập ⟦ADMIN_UNIT|phường Trù Hựu⟧ trên cơ sở toàn bộ diện tích tự nhiên là ⟦AREA|12,75 km2⟧ và quy mô dân số là 11.551 người của ⟦ADMIN_UNIT|xã Trù Hựu⟧.

Thành lập ⟦ADMIN_UNIT|phường Hồng Giang⟧ trên cơ sở toàn bộ diện tích tự nhiên là ⟦AREA|14,50 km2⟧ và quy mô dân số là 12.056 người của ⟦ADMIN_UNIT|xã Hồng Giang⟧.

Thành lập ⟦ADMIN_UNIT|phường Phượng Sơn⟧ trên cơ sở toàn bộ diện tích tự nhiên là ⟦AREA|20,65 km2⟧ và quy mô dân số là 13.600 người của ⟦ADMIN_UNIT|xã Phượng Sơn⟧.

Thành lập ⟦ADMIN_UNIT|phường Thanh Hải⟧ trên cơ sở toàn bộ diện tích tự nhiên là ⟦AREA|17,09 km2⟧ và quy mô dân số là 17.413 người của ⟦ADMIN_UNIT|xã Thanh Hải⟧ sau khi điều chỉnh.

Thành lập các thị trấn thuộc ⟦ADMIN_UNIT|huyện Lục Ngạn⟧ như sau:

Thành lập ⟦ADMIN_UNIT|thị trấn Phì Điền⟧ trên cơ sở toàn bộ diện tích tự nhiên là ⟦AREA|7,29 km2⟧ và quy mô dân số là 5.726 người của ⟦ADMIN_UNIT|xã Phì Điền⟧.

Thành lập ⟦ADMIN_UNIT|thị trấn Biển Động⟧ trên cơ sở toàn bộ diện tích tự nhiên là ⟦AREA|18,65 km2⟧ và quy mô dân số là 9.334 người của ⟦ADMIN_UNIT|xã Biển Động⟧.

Sau khi sắp xếp:

⟦hln3:ADMIN_UNIT|Huyện Lục Ngạn⟧ có diện tích tự nhiên là ⟦AREA|856,89 km2⟧ và quy mô dân số là 126.625 người;có 19 đơn vị hành chính cấp xã, gồm17 xã: ⟦ln1:ADMIN_UNIT|Biên Sơn⟧,⟦ln2:ADMIN_UNIT|Cấm Sơn⟧, ⟦ln3:ADMIN_UNIT|Đèo Gia⟧, ⟦ln4:ADMIN_UNIT|Đồng Cốc⟧, ⟦ln5:ADMIN_UNIT|Giáp Sơn⟧, ⟦ln6:ADMIN_UNIT|Hộ Đáp⟧, ⟦ln7:ADMIN_UNIT|Kim Sơn⟧, ⟦ln8:ADMIN_UNIT|Phú Nhuận⟧, ⟦ln9:ADMIN_UNIT|Phong Minh⟧, ⟦ln10:ADMIN_UNIT|Phong Vân⟧,⟦ln11:ADMIN_UNIT|Sa Lý⟧, ⟦ln12:ADMIN_UNIT|Sơn Hải⟧, ⟦ln13:ADMIN_UNIT|Tân Hoa⟧, ⟦ln14:ADMIN_UNIT|Tân Lập⟧, ⟦ln15:ADMIN_UNIT|Tân Mộc⟧, ⟦ln16:ADMIN_UNIT|Tân Quang⟧, ⟦ln17:ADMIN_UNIT|Tân Sơn⟧ và 02 thị trấn:⟦ln18:ADMIN_UNIT|Biển Động⟧, ⟦ln19:ADMIN_UNIT|Phì Điền⟧.

⟦hsd:ADMIN_UNIT|Huyện Sơn Động⟧ có diện tích tự nhiên là ⟦AREA|784,63 km2⟧ và quy mô dân số là 89.311 người; có 17 đơn vị hành chính cấp xã, gồm 15 xã: ⟦sd1:ADMIN_UNIT|An Bá⟧, ⟦sd2:ADMIN_UNIT|An Lạc⟧, ⟦sd3:ADMIN_UNIT|Cẩm Đàn⟧,⟦sd4:ADMIN_UNIT|Dương Hưu⟧, ⟦sd5:ADMIN_UNIT|Đại Sơn⟧, ⟦sd6:ADMIN_UNIT|Giáo Liêm⟧, ⟦sd7:ADMIN_UNIT|Hữu Sản⟧, ⟦sd8:ADMIN_UNIT|Lệ Viễn⟧, ⟦sd9:ADMIN_UNIT|Long Sơn⟧, ⟦sd10:ADMIN_UNIT|Phúc Sơn⟧, ⟦sd11:ADMIN_UNIT|Thanh Luận⟧, ⟦sd12:ADMIN_UNIT|Tuấn Đạo⟧, ⟦sd13:ADMIN_UNIT|Vân Sơn⟧, ⟦sd14:ADMIN_UNIT|Vĩnh An⟧, ⟦sd15:ADMIN_UNIT|Yên Định⟧ và 02 thị trấn: ⟦sd16:ADMIN_UNIT|An Châu⟧, ⟦sd17:ADMIN_UNIT|Tây Yên Tử⟧.

⟦txchu2:ADMIN_UNIT|Thị xã Chũ⟧ có 10 đơn vị hành chính cấp xã, gồm 05 phường: ⟦tc1:ADMIN_UNIT|Chũ⟧, ⟦tc2:ADMIN_UNIT|Hồng Giang⟧, ⟦tc3:ADMIN_UNIT|Phượng Sơn⟧,⟦tc4:ADMIN_UNIT|Thanh Hải⟧, ⟦tc5:ADMIN_UNIT|Trù Hựu⟧ và 05 xã: ⟦tc6:ADMIN_UNIT|Kiên Lao⟧, ⟦tc7:ADMIN_UNIT|Kiên Thành⟧, ⟦tc8:ADMIN_UNIT|Mỹ An⟧, ⟦tc9:ADMIN_UNIT|Nam Dương⟧, ⟦tc10:ADMIN_UNIT|Quý Sơn⟧.

Sắp xếp các đơn vị hành chính cấp xã thuộc ⟦ADMIN_UNIT|tỉnh Bắc Giang⟧

=====RELATIONS=====
bg1 located_in tpbg
bg2 located_in tpbg
bg3 located_in tpbg
bg4 located_in tpbg
bg5 located_in tpbg
bg6 located_in tpbg
bg7 located_in tpbg
bg8 located_in tpbg
bg9 located_in tpbg
bg10 located_in tpbg
bg11 located_in tpbg
bg12 located_in tpbg
bg13 located_in tpbg
bg14 located_in tpbg
bg15 located_in tpbg
bg16 located_in tpbg
bg17 located_in tpbg
bg18 located_in tpbg
bg19 located_in tpbg
bg20 located_in tpbg
bg21 located_in tpbg
bg22 located_in tpbg
bg23 located_in tpbg
bg24 located_in tpbg
bg25 located_in tpbg
bg26 located_in tpbg
bg27 located_in tpbg
bg28 located_in tpbg
bg29 located_in tpbg
bg30 located_in tpbg
bg31 located_in tpbg
txchu1 located_in tbg1
xbs located_in hln1
ch1 located_in hln2
ch2 located_in hln2
ch3 located_in hln2
ch4 located_in hln2
ch5 located_in hln2
ch6 located_in hln2
ch7 located_in hln2
ch8 located_in hln2
ch9 located_in hln2
ch10 located_in hln2
ln1 located_in hln3
ln2 located_in hln3
ln3 located_in hln3
ln4 located_in hln3
ln5 located_in hln3
ln6 located_in hln3
ln7 located_in hln3
ln8 located_in hln3
ln9 located_in hln3
ln10 located_in hln3
ln11 located_in hln3
ln12 located_in hln3
ln13 located_in hln3
ln14 located_in hln3
ln15 located_in hln3
ln16 located_in hln3
ln17 located_in hln3
ln18 located_in hln3
ln19 located_in hln3
sd1 located_in hsd
sd2 located_in hsd
sd3 located_in hsd
sd4 located_in hsd
sd5 located_in hsd
sd6 located_in hsd
sd7 located_in hsd
sd8 located_in hsd
sd9 located_in hsd
sd10 located_in hsd
sd11 located_in hsd
sd12 located_in hsd
sd13 located_in hsd
sd14 located_in hsd
sd15 located_in hsd
sd16 located_in hsd
sd17 located_in hsd
tc1 located_in txchu2
tc2 located_in txchu2
tc3 located_in txchu2
tc4 located_in txchu2
tc5 located_in txchu2
tc6 located_in txchu2
tc7 located_in txchu2
tc8 located_in txchu2
tc9 located_in txchu2
tc10 located_in txchu2
