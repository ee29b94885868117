doc: johnpa02-tvpl__quyet-dinh-435-qd-ubnd-kon-tum-2020
source: ../shared/corpus/raw/johnpa02-tvpl__quyet-dinh-435-qd-ubnd-kon-tum-2020.txt
span: 0 3791
=====TEXT=====
Quyết định 435/QĐ-UBND năm 2020
ỦY BAN NHÂN DÂN TỈNH KON TUM -------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------
Số: 435/QĐ-UBND Kon Tum, ngày 04 tháng 5 năm 2020 QUYẾT ĐỊNH V/V BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG TRIỂN KHAI KẾ HOẠCH SỐ 119-KH/TU NGÀY 18 THÁNG 12 NĂM 2019 CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ THỰC HIỆN CHỈ THỊ SỐ 37-CT/TW NGÀY 03 THÁNG 9 NĂM 2019 CỦA BAN BÍ THƯ TRUNG ƯƠNG ĐẢNG “VỀ TĂNG CƯỜNG SỰ LÃNH ĐẠO, CHỈ ĐẠO XÂY DỰNG QUAN HỆ LAO ĐỘNG HÀI HOÀ, ỔN ĐỊNH VÀ TIẾN BỘ TRONG TÌNH HÌNH MỚI” ỦY BAN NHÂN DÂN TỈNH KON TUM
Căn cứ Luật tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Chỉ thị số 37-CT/TW ngày 03 tháng 9 năm 2019 của Ban Bí thư Trung ương Đảng “về tăng cường sự lãnh đạo, chỉ đạo xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ trong tình hình mới”;
Căn cứ Quyết định số 416/QĐ-TTg  ngày 25 tháng 3 năm 2020 của Thủ tướng Chính phủ về ban hành Kế hoạch thực hiện Chỉ thị số 37-CT/TW ngày 03 tháng 9 năm 2019 của Ban Bí thư Trung ương Đảng “về tăng cường sự lãnh đạo, chỉ đạo xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ trong tình hình mới “;
Thực hiện Kế hoạch số 119-KH/TU ngày 18 tháng 12 năm 2019 của Ban Thường vụ Tỉnh ủy về thực hiện Chỉ thị số 37-CT/TW ngày 03 tháng 9 năm 2019 của Ban Bí thư Trung ương Đảng “về tăng cường sự lãnh đạo, chỉ đạo xây dựng quan hệ lao động hài hoà, ổn định và tiến bộ trong tình hình mới”;
Xét đề nghị của Giám đốc Sở Lao động - Thương binh và Xã hội tại Tờ trình số 33/TTr-SLĐTBXH ngày 16 tháng 4 năm 2020 và Tờ trình số 42/TTr-SLĐTBXH ngày 29 tháng 4 năm 2020, QUYẾT ĐỊNH:
Điều 1.
Ban hành kèm theo Quyết định này Chương trình hành động của Ủy ban nhân dân tỉnh thực hiện Kế hoạch số 119- KH/TU ngày 18 tháng 12 năm 2019 của Ban Thường vụ Tỉnh ủy về thực hiện Chỉ thị số 37-CT/TW ngày 03 tháng 9 năm 2019 của Ban Bí thư Trung ương Đảng “về tăng cường sự lãnh đạo, chỉ đạo xây dựng quan hệ lao động hài hoà, ổn định và tiến bộ trong tình hình mới”.
Điều 2.
Giám đốc Sở Lao động - Thương binh và Xã hội; Thủ trưởng các cơ quan, đơn vị liên quan; Chủ tịch Ủy ban nhân dân các huyện, thành phố chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như điều 2;
- Bộ Lao động - Thương binh và Xã hội (b/c);
- Thường trực Tỉnh ủy (b/c);
- Thường trực HĐND tỉnh (b/c);
- Đ/c Chủ tịch, các PCT.UBND tỉnh;
- Ban Tuyên giáo Tỉnh ủy;
- Ủy ban MTTQVN và các tổ chức chính trị- xã hội tỉnh;
- Các sở, ban, ngành;
- Thường trực các huyện ủy, thành ủy;
- CVP, PVP UBND tỉnh (phụ trách KGVX);
- Lưu VT, KGVX2.
TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Hữu Tháp CHƯƠNG TRÌNH HÀNH ĐỘNG TRIỂN KHAI KẾ HOẠCH SỐ 119-KH/TU NGÀY 18 THÁNG 12 NĂM 2019 CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ THỰC HIỆN CHỈ THỊ SỐ 37-CT/TW NGÀY 03 THÁNG 9 NĂM 2019 CỦA BAN BÍ THƯ TRUNG ƯƠNG ĐẢNG “VỀ TĂNG CƯỜNG SỰ LÃNH ĐẠO, CHỈ ĐẠO XÂY DỰNG QUAN HỆ LAO ĐỘNG HÀI HOÀ, ỔN ĐỊNH VÀ TIẾN BỘ TRONG TÌNH HÌNH MỚI” (Ban hành kèm theo Quyết định số 435/QĐ-UBND, ngày 04 tháng 5 năm 2020 của Ủy ban nhân dân tỉnh Kon Tum)
I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao nhận thức của cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội, doanh nghiệp, cán bộ, đảng viên và Nhân dân về xây dựng quan hệ lao động hài hoà, ổn định và tiến bộ trong tình hình mới; qua đó, thúc đẩy phát triển sản xuất, kinh doanh, bảo đảm hài hòa quyền và lợi ích của các bên trong quan hệ lao động, góp phần ổn định và phát triển kinh tế - xã hội trên địa bàn tỉnh.
2. Việc cụ thể hóa và triển khai thực hiện phải bám sát các nội dung tại Kế hoạch số 119-KH/TU ngày 18 tháng 12 năm 2019 của Ban Thường vụ Tỉnh ủy về thực hiện Chỉ thị số 37-CT/TW ngày 03 tháng 9 năm 2019 của Ban Bí thư Trung ương Đảng “về tăng cường sự lãnh đạo, chỉ đạo xây dựng quan hệ lao động hài hoà, ổn định và tiến bộ trong tình hình mới (Kế hoạch số 119-KH/TU);
=====RELATIONS=====
