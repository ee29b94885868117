doc: johnpa02-tvpl__quyet-dinh-435-qd-ubnd-kon-tum-2020
source: ../shared/corpus/raw/johnpa02-tvpl__quyet-dinh-435-qd-ubnd-kon-tum-2020.txt
span: 0 3791
=====TEXT=====
⟦e1:LEGAL_REF|Quyết định 435/QĐ-UBND⟧ ⟦e2:DATE|năm 2020⟧
⟦e3:ORG|ỦY BAN NHÂN DÂN TỈNH KON TUM⟧ -------
⟦LOCATION|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM⟧ Độc lập - Tự do - Hạnh phúc ---------------
Số: ⟦e4:LEGAL_REF|435/QĐ-UBND⟧ ⟦ADMIN_UNIT|Kon Tum⟧, ⟦e5:DATE|ngày 04 tháng 5 năm 2020⟧ QUYẾT ĐỊNH V/V BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG TRIỂN KHAI ⟦e6:LEGAL_REF|KẾ HOẠCH SỐ 119-KH/TU⟧ ⟦e7:DATE|NGÀY 18 THÁNG 12 NĂM 2019⟧ CỦA ⟦e8:ORG|BAN THƯỜNG VỤ TỈNH ỦY⟧ VỀ THỰC HIỆN ⟦e9:LEGAL_REF|CHỈ THỊ SỐ 37-CT/TW⟧ ⟦e10:DATE|NGÀY 03 THÁNG 9 NĂM 2019⟧ CỦA ⟦e11:ORG|BAN BÍ THƯ TRUNG ƯƠNG ĐẢNG⟧ “VỀ TĂNG CƯỜNG SỰ LÃNH ĐẠO, CHỈ ĐẠO XÂY DỰNG QUAN HỆ LAO ĐỘNG HÀI HOÀ, ỔN ĐỊNH VÀ TIẾN BỘ TRONG TÌNH HÌNH MỚI” ⟦ORG|ỦY BAN NHÂN DÂN TỈNH KON TUM⟧
Căn cứ ⟦e12:LEGAL_REF|Luật tổ chức chính quyền địa phương⟧ ⟦e13:DATE|ngày 19 tháng 6 năm 2015⟧;
Căn cứ ⟦e14:LEGAL_REF|Chỉ thị số 37-CT/TW⟧ ⟦e15:DATE|ngày 03 tháng 9 năm 2019⟧ của ⟦e16:ORG|Ban Bí thư Trung ương Đảng⟧ “về tăng cường sự lãnh đạo, chỉ đạo xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ trong tình hình mới”;
Căn cứ ⟦e17:LEGAL_REF|Quyết định số 416/QĐ-TTg⟧  ⟦e18:DATE|ngày 25 tháng 3 năm 2020⟧ của ⟦e19:ORG|Thủ tướng Chính phủ⟧ về ban hành Kế hoạch thực hiện ⟦e20:LEGAL_REF|Chỉ thị số 37-CT/TW⟧ ⟦e21:DATE|ngày 03 tháng 9 năm 2019⟧ của ⟦e22:ORG|Ban Bí thư Trung ương Đảng⟧ “về tăng cường sự lãnh đạo, chỉ đạo xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ trong tình hình mới “;
Thực hiện ⟦e23:LEGAL_REF|Kế hoạch số 119-KH/TU⟧ ⟦e24:DATE|ngày 18 tháng 12 năm 2019⟧ của ⟦e25:ORG|Ban Thường vụ Tỉnh ủy⟧ về thực hiện ⟦e26:LEGAL_REF|Chỉ thị số 37-CT/TW⟧ ⟦e27:DATE|ngày 03 tháng 9 năm 2019⟧ của ⟦e28:ORG|Ban Bí thư Trung ương Đảng⟧ “về tăng cường sự lãnh đạo, chỉ đạo xây dựng quan hệ lao động hài hoà, ổn định và tiến bộ trong tình hình mới”;
Xét đề nghị của Giám đốc ⟦e29:ORG|Sở Lao động - Thương binh và Xã hội⟧ tại ⟦e30:LEGAL_REF|Tờ trình số 33/TTr-SLĐTBXH⟧ ⟦e31:DATE|ngày 16 tháng 4 năm 2020⟧ và ⟦e32:LEGAL_REF|Tờ trình số 42/TTr-SLĐTBXH⟧ ⟦e33:DATE|ngày 29 tháng 4 năm 2020⟧, QUYẾT ĐỊNH:
Điều 1.
Ban hành kèm theo Quyết định này Chương trình hành động của ⟦ORG|Ủy ban nhân dân tỉnh⟧ thực hiện ⟦e34:LEGAL_REF|Kế hoạch số 119- KH/TU⟧ ⟦e35:DATE|ngày 18 tháng 12 năm 2019⟧ của ⟦e36:ORG|Ban Thường vụ Tỉnh ủy⟧ về thực hiện ⟦e37:LEGAL_REF|Chỉ thị số 37-CT/TW⟧ ⟦e38:DATE|ngày 03 tháng 9 năm 2019⟧ của ⟦e39:ORG|Ban Bí thư Trung ương Đảng⟧ “về tăng cường sự lãnh đạo, chỉ đạo xây dựng quan hệ lao động hài hoà, ổn định và tiến bộ trong tình hình mới”.
Điều 2.
Giám đốc ⟦ORG|Sở Lao động - Thương binh và Xã hội⟧; Thủ trưởng các cơ quan, đơn vị liên quan; Chủ tịch Ủy ban nhân dân các huyện, thành phố chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như điều 2;
- ⟦ORG|Bộ Lao động - Thương binh và Xã hội⟧ (b/c);
- ⟦ORG|Thường trực Tỉnh ủy⟧ (b/c);
- ⟦ORG|Thường trực HĐND tỉnh⟧ (b/c);
- Đ/c Chủ tịch, các PCT.⟦ORG|UBND tỉnh⟧;
- ⟦ORG|Ban Tuyên giáo Tỉnh ủy⟧;
- ⟦ORG|Ủy ban MTTQVN⟧ và các tổ chức chính trị- xã hội tỉnh;
- Các sở, ban, ngành;
- Thường trực các huyện ủy, thành ủy;
- CVP, PVP ⟦ORG|UBND tỉnh⟧ (phụ trách KGVX);
- Lưu VT, KGVX2.
TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH ⟦PERSON|Nguyễn Hữu Tháp⟧ CHƯƠNG TRÌNH HÀNH ĐỘNG TRIỂN KHAI ⟦e40:LEGAL_REF|KẾ HOẠCH SỐ 119-KH/TU⟧ ⟦e41:DATE|NGÀY 18 THÁNG 12 NĂM 2019⟧ CỦA ⟦e42:ORG|BAN THƯỜNG VỤ TỈNH ỦY⟧ VỀ THỰC HIỆN ⟦e43:LEGAL_REF|CHỈ THỊ SỐ 37-CT/TW⟧ ⟦e44:DATE|NGÀY 03 THÁNG 9 NĂM 2019⟧ CỦA ⟦e45:ORG|BAN BÍ THƯ TRUNG ƯƠNG ĐẢNG⟧ “VỀ TĂNG CƯỜNG SỰ LÃNH ĐẠO, CHỈ ĐẠO XÂY DỰNG QUAN HỆ LAO ĐỘNG HÀI HOÀ, ỔN ĐỊNH VÀ TIẾN BỘ TRONG TÌNH HÌNH MỚI” (Ban hành kèm theo ⟦e46:LEGAL_REF|Quyết định số 435/QĐ-UBND⟧, ⟦e47:DATE|ngày 04 tháng 5 năm 2020⟧ của ⟦e48:ORG|Ủy ban nhân dân tỉnh Kon Tum⟧)
I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao nhận thức của cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội, doanh nghiệp, cán bộ, đảng viên và Nhân dân về xây dựng quan hệ lao động hài hoà, ổn định và tiến bộ trong tình hình mới; qua đó, thúc đẩy phát triển sản xuất, kinh doanh, bảo đảm hài hòa quyền và lợi ích của các bên trong quan hệ lao động, góp phần ổn định và phát triển kinh tế - xã hội trên địa bàn tỉnh.
2. Việc cụ thể hóa và triển khai thực hiện phải bám sát các nội dung tại ⟦e49:LEGAL_REF|Kế hoạch số 119-KH/TU⟧ ⟦e50:DATE|ngày 18 tháng 12 năm 2019⟧ của ⟦e51:ORG|Ban Thường vụ Tỉnh ủy⟧ về thực hiện ⟦e52:LEGAL_REF|Chỉ thị số 37-CT/TW⟧ ⟦e53:DATE|ngày 03 tháng 9 năm 2019⟧ của ⟦e54:ORG|Ban Bí thư Trung ương Đảng⟧ “về tăng cường sự lãnh đạo, chỉ đạo xây dựng quan hệ lao động hài hoà, ổn định và tiến bộ trong tình hình mới (⟦LEGAL_REF|Kế hoạch số 119-KH/TU⟧);
=====RELATIONS=====
e1 issued_on e2
e4 issued_by e3
e4 issued_on e5
e4 implements e6
e6 issued_on e7
e6 issued_by e8
e6 implements e9
e9 issued_on e10
e9 issued_by e11
e12 issued_on e13
e14 issued_on e15
e14 issued_by e16
e17 issued_on e18
e17 issued_by e19
e17 implements e20
e20 issued_on e21
e20 issued_by e22
e23 issued_on e24
e23 issued_by e25
e23 implements e26
e26 issued_on e27
e26 issued_by e28
e30 issued_on e31
e30 issued_by e29
e32 issued_on e33
e32 issued_by e29
e34 issued_on e35
e34 issued_by e36
e34 implements e37
e37 issued_on e38
e37 issued_by e39
e40 issued_on e41
e40 issued_by e42
e40 implements e43
e43 issued_on e44
e43 issued_by e45
e46 issued_on e47
e46 issued_by e48
e49 issued_on e50
e49 issued_by e51
e49 implements e52
e52 issued_on e53
e52 issued_by e54
