doc: tnt305-tvpl__quyet-dinh-2634-qd-ttg-2025
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-2634-qd-ttg-2025.txt
span: 8441 13412
=====TEXT=====

⟦ADMIN_UNIT|Thanh Hóa⟧, ⟦ADMIN_UNIT|Hưng Yên⟧ | ⟦DATE|2025-2030⟧

1.2 | ⟦a12:PROJECT|TBA 500 kV Hưng Yên 2⟧

900 | ⟦a12u1:ADMIN_UNIT|Hưng Yên⟧ | ⟦DATE|2025-2030⟧

1.3 | ⟦a13:PROJECT|ĐD 500 kV TĐTN Bác Ái - Ninh Sơn⟧ | 2x25

⟦a13u1:ADMIN_UNIT|Khánh Hòa⟧ | ⟦DATE|2025-2030⟧

1.4 | ⟦a14:PROJECT|ĐD 500kV Thốt Nốt - Đức Hòa⟧ | 2x135

⟦a14u1:ADMIN_UNIT|Long An⟧ | ⟦DATE|2027⟧

1.5 | ⟦a15:PROJECT|Lưới điện đấu nối đồng bộ các NMĐ Hạt nhân Ninh Thuận 1 và Ninh Thuận 2⟧ | 2x300 + 4x15 + 2x60 + 2x325

⟦a15u1:ADMIN_UNIT|Khánh Hòa⟧, ⟦a15u2:ADMIN_UNIT|Tp. Hồ Chí Minh⟧ | ⟦DATE|2031-2035⟧

1.6 | ⟦a16:PROJECT|Tuyến cáp ngầm cao thế một chiều dưới biển (HVDC) kết nối Việt Nam, Maylaysia, Singapore phục vụ xuất khẩu điện gió ngòi khơi⟧ | 525 kv

Tuyến các ngầm liên quốc gia qua vùng biển các nước ⟦LOCATION|Singapore⟧, ⟦LOCATION|Maylaysia⟧ và/hoặc ⟦LOCATION|Indonesia⟧ | ⟦DATE|2033⟧

2 | Các dự án tăng cường liên kết và giải tỏa công suất các NM thủy điện khu vực ⟦LOCATION|Tây Bắc⟧

2.1 | ⟦s21:PROJECT|TBA 220 kV Nghĩa Lộ và ĐD 220 kV Nghĩa Lộ - Việt Trì⟧ | 250 MVA 2x92,62 km

⟦s21u1:ADMIN_UNIT|Lào Cai⟧, ⟦s21u2:ADMIN_UNIT|Phú Thọ⟧ | ⟦DATE|2025⟧ | DA đã có trong ⟦qs21:LEGAL_REF|QĐ số 270/QĐ- TTg⟧ ⟦qs21d:DATE|ngày 02/4/2024⟧

2.2 | ⟦s22:PROJECT|ĐD 220 kV Than Uyên - Trạm 500 kV Lào Cai⟧ | 2x73,2 km

⟦s22u1:ADMIN_UNIT|Lai Châu⟧ - ⟦s22u2:ADMIN_UNIT|Lào Cai⟧ | ⟦DATE|2025⟧ | DA đã có trong ⟦qs22:LEGAL_REF|QĐ số 270/QĐ- TTg⟧ ⟦qs22d:DATE|ngày 02/4/2024⟧

2.3 | ⟦s23:PROJECT|TBA 220kV Điện Biên và ĐD 220kV Sơn La - Điện Biên⟧ | 2x126 | 2x125 | ⟦s23u1:ADMIN_UNIT|Sơn La⟧, ⟦s23u2:ADMIN_UNIT|Điện Biên⟧ | ⟦DATE|2025⟧

2.4 | ⟦s24:PROJECT|TBA 220 kV Phong Thổ và ĐD 220 kV Phong Thổ - Than Uyên⟧ | 2x65 | 2x250 | ⟦s24u1:ADMIN_UNIT|Lai Châu⟧ | ⟦DATE|2025⟧

2.5 | ⟦s25:PROJECT|Trục ĐD 500 kv Điện Biên - Lai Châu - Yên Bái - Thái Nguyên và các TBA 500 kV và ĐD đấu nối liên quan⟧

- | ⟦s251:PROJECT|TBA 500kV Điện Biên⟧

2700 | ⟦s251u1:ADMIN_UNIT|Điện Biên⟧ | ⟦DATE|2027-2028⟧

- | ⟦s252:PROJECT|ĐĐ 500kV Điện Biên - Lai Châu⟧ | 2x50

⟦s252u1:ADMIN_UNIT|Điện Biên⟧ ⟦s252u2:ADMIN_UNIT|Lai Châu⟧ | ⟦DATE|2027-2028⟧

- | ⟦s253:PROJECT|TBA 500kV Than Uyên và ĐD 220kV đấu nối⟧ | 2x10+4x5 | 2700 | ⟦s253u1:ADMIN_UNIT|Lai Châu⟧ | ⟦DATE|2027-2028⟧

- | ⟦s254:PROJECT|ĐD500 kV Lai Châu - Than Uyên⟧ | 2x75

⟦s254u1:ADMIN_UNIT|Lai Châu⟧ | ⟦DATE|2025-2030⟧

- | ⟦s255:PROJECT|ĐD 500 kV Than Uyên- Yên Bái⟧ | 2x170

⟦s255u1:ADMIN_UNIT|Lai Châu⟧, ⟦s255u2:ADMIN_UNIT|Lào Cai⟧ | ⟦DATE|2027-2028⟧

- | ⟦s256:PROJECT|TBA 500kV Yên Bái và ĐD 500kV-220kV đấu nối⟧ | 500kV: 4x20;
220kV: 4x5 | 1800 | ⟦s256u1:ADMIN_UNIT|Lào Cai⟧ | ⟦DATE|2027-2028⟧

- | ⟦s257:PROJECT|ĐD 500kV Yên Bái - Thái Nguyên⟧ | 2x100

⟦s257u1:ADMIN_UNIT|Lào Cai⟧, ⟦s257u2:ADMIN_UNIT|Thái Nguyên⟧ | ⟦DATE|2027-2028⟧

2.6 | ⟦s26:PROJECT|Trục ĐD 500 kV Sơn La 1 - Sơn Tây - Đan Phượng và các công trình lưới điện đấu nối liên quan⟧

- | ⟦s261:PROJECT|TBA 500kV Sơn La 1 và ĐD 500kV đấu nối⟧ | 4x10 | 1800 | ⟦s261u1:ADMIN_UNIT|Sơn La⟧ | ⟦DATE|2027-2028⟧

- | ⟦s262:PROJECT|ĐD 500kV Sơn La 1 - Sơn Tây⟧ | 2x150

⟦s262u1:ADMIN_UNIT|Sơn La⟧, ⟦s262u2:ADMIN_UNIT|Hà Nội⟧ | ⟦DATE|2027-2028⟧

- | ⟦s263:PROJECT|ĐD 500kV Sơn Tây - Đan Phượng⟧ | 2x20

⟦s263u1:ADMIN_UNIT|Hà Nội⟧ | ⟦DATE|2027-2028⟧

- | ⟦s264:PROJECT|TBA 500 kV Đan Phượng và ĐD 500kV,220kV đấu nối⟧ | 500kV: 4x5;
220kV: 4x11 | 1.800 | ⟦s264u1:ADMIN_UNIT|Hà Nội⟧ | ⟦DATE|2025-2050⟧

B | Các dự án tăng cường nhập khẩu điện

1 | Nhập khẩu điện từ ⟦LOCATION|Trung Quốc⟧ qua hướng ⟦ADMIN_UNIT|Móng Cái⟧

1.2 | ⟦b12:PROJECT|ĐD 220 kV từ TBA 220 kV Móng Cái đến biên giới Việt Nam - Trung Quốc⟧ | 2x15

⟦b12u1:ADMIN_UNIT|Quảng Ninh⟧ | ⟦DATE|2027⟧

1.3 | ⟦b13:PROJECT|TBA 220 kV Móng Cái và ĐD 220kV Móng Cái -Hải Hà⟧ | 2x40 | 2x250 | ⟦b13u1:ADMIN_UNIT|Quảng Ninh⟧ | ⟦DATE|2027⟧

1.4 | ⟦b14:PROJECT|TBA 220 kV Cộng Hòa và ĐD 220 kV Cộng Hòa - rẽ Cẩm Phả - Hải Hà và các xuất tuyến 110 kV đồng bộ⟧ | 4x2,8 | 2x250 | ⟦b14u1:ADMIN_UNIT|Quảng Ninh⟧ | ⟦DATE|2026⟧

2 | Nhập khẩu điện từ ⟦LOCATION|Lào⟧

2.1 | ⟦b21:PROJECT|TBA 500 kV Lao Bảo⟧ (⟦b21h:ADMIN_UNIT|Hướng Hóa⟧) và ĐD 220 kV đấu nối | 1800 MVA 4x5,5 km

⟦b21u1:ADMIN_UNIT|Quảng Trị⟧ | ⟦DATE|2025-2030⟧ | DA đã đó trong ⟦qb21:LEGAL_REF|QĐ 270/QĐ- TTg⟧ ⟦qb21d:DATE|ngày 02/4/2024⟧

2.2 | ⟦b22:PROJECT|ĐD 500 kV Lao Bảo - Trạm cắt 500 kV Quảng Trị 2⟧ | 2x31 km

⟦b22u1:ADMIN_UNIT|Quảng Trị⟧ | ⟦DATE|2025-2030⟧ | DA đã có trong ⟦qb22:LEGAL_REF|QĐ số 270/QĐ- TTg⟧ ⟦qb22d:DATE|ngày 02/4/2024⟧

2.3 | ⟦b23:PROJECT|Trạm cắt 500 kV Quảng Trị 2 và các ĐD 500 kV đấu nối⟧ | 4x5 km

⟦b23u1:ADMIN_UNIT|Quảng Trị⟧ | ⟦DATE|2025-2030⟧ | DA đã có trong ⟦qb23:LEGAL_REF|QĐ số 270/QĐ- TTg⟧ ⟦qb23d:DATE|ngày 02/4/2024⟧

2.4 | ⟦b24:PROJECT|ĐD 500kV Thạnh Mỹ - Rẽ Quảng Trạch - Dốc Sỏi⟧ | 4x45

⟦b24u1:ADMIN_UNIT|Đà Nẵng⟧ | ⟦DATE|2025-2030⟧

C | Các dự án tăng cường năng lực truyền tâi và cung cấp điện cho các khu vực phụ tải lớn

1 | ⟦c1:PROJECT|ĐD 500/220 kV Nho Quan - Phủ Lý - Thường Tín⟧ | 500kV: 0,54+3,9 +40 km 220kV: 5x0,32+5 x3,9+ 2x40+2x 2,7+2x2, 5 km

⟦c1u1:ADMIN_UNIT|Ninh Bình⟧, ⟦c1u2:ADMIN_UNIT|Hà Nội⟧, ⟦c1u3:ADMIN_UNIT|Phú Thọ⟧ | ⟦DATE|2025⟧ | DA đã có trong ⟦qc1:LEGAL_REF|QĐ số 270/QĐ- TTg⟧ ⟦qc1d:DATE|ngày 02/4/2024⟧

2 | ⟦c2:PROJECT|TBA 220 kv Văn Điển và đấu nối⟧ | 4x4,5 km | 2x250 MVA | ⟦c2u1:ADMIN_UNIT|Hà Nội⟧ | ⟦DATE|2026⟧ | DA đã có trong ⟦qc2:LEGAL_REF|QĐ số 270/QD- TTg⟧ ⟦qc2d:DATE|ngày 02/4/2024⟧

3 | ⟦c3:PROJECT|Xây dựng mới trạm 220/110 kV Đại Mỗ và nhánh rẽ 220 kV⟧ | 2x1,8 km | 2x250 MVA | ⟦c3u1:ADMIN_UNIT|Hà Nội⟧ | ⟦DATE|2026⟧ | DA đã có trong ⟦qc3:LEGAL_REF|QĐ số 270/QD- TTg⟧ ⟦qc3d:DATE|ngày 02/4/2024⟧

4 | ⟦c4:PROJECT|ĐD 500kV Tây Hà Nội - Vĩnh Yên⟧ | 2x70

⟦c4u1:ADMIN_UNIT|Hà Nội⟧, ⟦c4u2:ADMIN_UNIT|Phú Thọ⟧ | ⟦DATE|2026⟧

5 | ⟦c5:PROJECT|Trạm cắt 500kV Hòa Bình 2 và ĐD 500kV Trạm cắt Hòa Bình 2 - Rẽ Hòa Bình - Nho Quan và Sơn La - Nho Quan⟧ | 4x5

⟦c5u1:ADMIN_UNIT|Hà Nội⟧, ⟦c5u2:ADMIN_UNIT|Phú Thọ⟧ | ⟦DATE|2026⟧

6 | ⟦c6:PROJECT|ĐD 500kV Trạm cắt Hòa Bình 2-Tây Hà Nội⟧ | 2x80

⟦c6u1:ADMIN_UNIT|Hà Nội⟧, ⟦c6u2:ADMIN_UNIT|Phú Thọ⟧ | ⟦DATE|2027⟧

7 | ⟦c7:PROJECT|TBA 500 kV Thái Bình và đấu nối⟧ | 500kV: 4x1,7 km 220kV: 4x6km | 600 MVA | ⟦c7u1:ADMIN_UNIT|Hưng Yên⟧ | ⟦DATE|2026⟧ | DA đã có trong ⟦qc7:LEGAL_REF|QĐ số 270/QĐ- TTg⟧ ⟦qc7d:DATE|ngày 02/4/2024⟧

8 | ⟦c8:PROJECT|TBA 500 kV Nam Định và đường dây đấu nối⟧ | 220 kV: 2x7,2 | 900 | ⟦c8u1:ADMIN_UNIT|Ninh Bình⟧ | ⟦DATE|2026⟧ | Đã có trong ⟦LEGAL_REF|QĐ270⟧ (với tên gọi cũ là ⟦PROJECT|TBA 500 kV NMNĐ Nam Định và đường dây đấu nối⟧).

9 | ⟦c9:PROJECT|TBA 500 kV Hải Phòng và ĐD 500kV Hải Phòng -Thái Bình⟧ | 2x38 | 2x900 | ⟦c9u1:ADMIN_UNIT|Hải Phòng⟧, ⟦c9u2:ADMIN_UNIT|Hưng Yên⟧ | ⟦DATE|2026⟧

10 | ⟦c10:PROJECT|TBA 500 kV Quỳnh Lưu và ĐD đấu nối⟧ | 500kV: 4x1km 220kV: 2x11km | 900 MVA | ⟦c10u1:ADMIN_UNIT|Nghệ An⟧ | ⟦DATE|2026⟧ | DA đã có trong ⟦qc10:LEGAL_REF|QĐ số 270/QĐ- TTg⟧ ⟦qc10d:DATE|ngày 02/4/2024⟧

11 | ⟦c11:PROJECT|Trục đường dây nâng cao năng lực truyền tải Trung - Nam⟧

- | ⟦c111:PROJECT|TBA 500 kV Bình Định và ĐD 500kV Vân Phong - Bình Định⟧ | 2x238 | 1.800 | ⟦c111u1:ADMIN_UNIT|Gia Lai⟧, ⟦c111u2:ADMIN_UNIT|Khánh Hòa⟧ | ⟦DATE|2028⟧

- | ⟦c112:PROJECT|TBA 500 kV TBKHH Dung Quất⟧ và các Đường dây:
⟦c113:PROJECT|500 kV TBKHH Dung Quất - Bình Định⟧, ⟦c114:PROJECT|500 kV TBKHH Dung Quất - Dốc Sỏi⟧ | 2x207 + 2x8 | 1.800 | ⟦c11u1:ADMIN_UNIT|Quảng Ngãi⟧, ⟦c11u2:ADMIN_UNIT|Gia Lai⟧ | ⟦DATE|2028⟧

=====RELATIONS=====
a12 located_in a12u1
a13 located_in a13u1
a14 located_in a14u1
a15 located_in a15u1
a15 located_in a15u2
s21 located_in s21u1
s21 located_in s21u2
qs21 issued_on qs21d
s22 located_in s22u1
s22 located_in s22u2
qs22 issued_on qs22d
s23 located_in s23u1
s23 located_in s23u2
s24 located_in s24u1
s251 located_in s251u1
s252 located_in s252u1
s252 located_in s252u2
s253 located_in s253u1
s254 located_in s254u1
s255 located_in s255u1
s255 located_in s255u2
s256 located_in s256u1
s257 located_in s257u1
s257 located_in s257u2
s261 located_in s261u1
s262 located_in s262u1
s262 located_in s262u2
s263 located_in s263u1
s264 located_in s264u1
b12 located_in b12u1
b13 located_in b13u1
b14 located_in b14u1
b21 located_in b21u1
qb21 issued_on qb21d
b21 located_in b21h
b21h located_in b21u1
b22 located_in b22u1
qb22 issued_on qb22d
b23 located_in b23u1
qb23 issued_on qb23d
b24 located_in b24u1
c1 located_in c1u1
c1 located_in c1u2
c1 located_in c1u3
qc1 issued_on qc1d
c2 located_in c2u1
qc2 issued_on qc2d
c3 located_in c3u1
qc3 issued_on qc3d
c4 located_in c4u1
c4 located_in c4u2
c5 located_in c5u1
c5 located_in c5u2
c6 located_in c6u1
c6 located_in c6u2
c7 located_in c7u1
qc7 issued_on qc7d
c8 located_in c8u1
c9 located_in c9u1
c9 located_in c9u2
c10 located_in c10u1
qc10 issued_on qc10d
c111 located_in c111u1
c111 located_in c111u2
c112 located_in c11u1
c112 located_in c11u2
c113 located_in c11u1
c113 located_in c11u2
c114 located_in c11u1
c114 located_in c11u2
