doc: tnt305-tvpl__quyet-dinh-2634-qd-ttg-2025
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-2634-qd-ttg-2025.txt
span: 4668 8098
=====TEXT=====
16 | ⟦p16:PROJECT|NMNĐ Long An I⟧ | 1500 | ⟦p16u:ADMIN_UNIT|Tây Ninh⟧ | ⟦DATE|2028-2029⟧ | DA đã có trong ⟦q1:LEGAL_REF|QĐ số 270/QĐ-TTg⟧ ⟦q1d:DATE|ngày 02/4/2024⟧

17 | ⟦p17:PROJECT|NMNĐ Long An II⟧ | 1500 | ⟦p17u:ADMIN_UNIT|Tây Ninh⟧ | ⟦DATE|2031⟧ | DA đã có trong ⟦q2:LEGAL_REF|QĐ số 270/QĐ-TTg⟧ ⟦q2d:DATE|ngày 02/4/2024⟧

18 | ⟦p18:PROJECT|NMNĐ LNG Bạc Liêu⟧ | 3.200 | ⟦p18u:ADMIN_UNIT|Cà Mau⟧ | Trước ⟦DATE|2030⟧ | DA đã có trong ⟦q3:LEGAL_REF|QĐ số 270/QĐ-TTg⟧ ⟦q3d:DATE|ngày 02/4/2024⟧

19 | ⟦p19:PROJECT|NMNĐ Long Phú 1⟧ | 1.200 | ⟦p19u:ADMIN_UNIT|Cần Thơ⟧ | ⟦DATE|2027⟧ | DA đã có trong ⟦q4:LEGAL_REF|QĐ số 270/QĐ-TTg⟧ ⟦q4d:DATE|ngày 02/4/2024⟧

20 | ⟦p20:PROJECT|NMĐ Hạt nhân Ninh Thuận 1⟧ | 2.000-3.200 | ⟦p20u:ADMIN_UNIT|Khánh Hòa⟧ | ⟦DATE|2030-2035⟧ | DA do ⟦ORG|BCD Điện hạt nhân⟧ chỉ đạo

21 | ⟦p21:PROJECT|NMĐ Hạt nhân Ninh Thuận 2⟧ | 2.000-3.200 | ⟦p21u:ADMIN_UNIT|Khánh Hòa⟧ | ⟦DATE|2030-2035⟧ | DA do ⟦ORG|BCĐ Điện hạt nhân⟧ chỉ đạo | 2. Các dự án nhà máy thủy điện (NMTĐ) | TT | Dự án | Công suất (MW) | Địa điểm | Dự kiến thời gian vận hành | Ghi chú

1 | ⟦h1:PROJECT|NMTĐ Trị An mở rộng (MR)⟧ | 200 | ⟦h1u:ADMIN_UNIT|Đồng Nai⟧ | ⟦DATE|2027⟧ | DA đã có trong ⟦q5:LEGAL_REF|QĐ số 270/QĐ-TTg⟧ ⟦q5d:DATE|ngày 02/4/2024⟧

2 | ⟦h2:PROJECT|NMTĐ tích năng Bác Ái⟧ | 1.200 | ⟦h2u:ADMIN_UNIT|Khánh Hòa⟧ | ⟦DATE|2029-2030⟧ | DA đã có trong ⟦q6:LEGAL_REF|QĐ số 270/QĐ-TTg⟧ ⟦q6d:DATE|ngày 02/4/2024⟧

3 | ⟦h3:PROJECT|NMTĐ tích năng Đơn Dương (Tổ máy 1)⟧ | 300 | ⟦h3u:ADMIN_UNIT|Lâm Đồng⟧ | ⟦DATE|2030⟧

⟦h3b:PROJECT|NMTĐ tích năng Đơn Dương (Tổ máy 2, 3)⟧ | 600 | ⟦h3bu:ADMIN_UNIT|Lâm Đồng⟧ | ⟦DATE|2031-2035⟧

4 | ⟦h4:PROJECT|NMTĐ tích năng Phước Hoà⟧ | 1.200 | ⟦h4u:ADMIN_UNIT|Khánh Hòa⟧ | ⟦DATE|2029-2030⟧ | DA đã có trong ⟦q7:LEGAL_REF|QĐ số 270/QĐ-TTg⟧ ⟦q7d:DATE|ngày 02/4/2024⟧

5 | ⟦h5:PROJECT|NMTĐ Tuyên Quang MR⟧ | 120 | ⟦h5u:ADMIN_UNIT|Tuyên Quang⟧ | ⟦DATE|2029⟧

6 | ⟦h6:PROJECT|NMTĐ Bản Chát MR⟧ | 110 | ⟦h6u:ADMIN_UNIT|Lai Châu⟧ | ⟦DATE|2030⟧

7 | ⟦h7:PROJECT|NMTĐ Huội Quảng MR⟧ | 260 | ⟦h7u:ADMIN_UNIT|Sơn La⟧ | ⟦DATE|2031⟧

8 | ⟦h8:PROJECT|NMTĐ Lai Châu MR⟧ | 400 | ⟦h8u:ADMIN_UNIT|Lai Châu⟧ | ⟦DATE|2031⟧

9 | ⟦h9:PROJECT|NMTĐ Sơn La MR⟧ | 800 | ⟦h9u:ADMIN_UNIT|Sơn La⟧ | ⟦DATE|2031⟧

3. Các dự án điện gió ngoài khơi | TT | Dự án | Công suất (MW) | Dự kiến thời gian vận hành | Ghi chú

1 | ⟦PROJECT|Khu vực phát triển điện gió ngoài khơi Nam Trung Bộ 1⟧ | 2.000 | ⟦DATE|2025-2035⟧

- ⟦PROJECT|ĐGNK Nam Trung bộ 1.1⟧ | 500 | ⟦DATE|2025-2030⟧

- ⟦PROJECT|ĐGNK Nam Trung bộ 1.2⟧ | 500 | ⟦DATE|2025-2030⟧

- ⟦PROJECT|ĐGNK Nam Trung bộ 1.3⟧ | 500 | ⟦DATE|2025-2030⟧

- ⟦PROJECT|ĐGNK Nam Trung bộ 1.4⟧ | 500 | ⟦DATE|2031-2035⟧

2 | ⟦PROJECT|Dự án xuất khẩu điện gió ngoài khơi từ Việt Nam sang Singapore, Malaysia⟧ | 3.000 | ⟦DATE|2033⟧

Bảng II. Các dự án kho LNG | TT | Dự án | Dự kiến thời gian vận hành | Ghi chú

1 | ⟦PROJECT|Kho LNG NMĐ Quảng Ninh⟧ | ⟦DATE|2028-2029⟧ | DA đã có trong ⟦q8:LEGAL_REF|QĐ số 270/QĐ-TTg⟧ ⟦q8d:DATE|ngày 02/4/2024⟧

2 | ⟦PROJECT|Kho LNG NMĐ Thái Bình⟧ | ⟦DATE|2028-2029⟧ | DA đã có trong ⟦q9:LEGAL_REF|QĐ số 270/QĐ-TTg⟧ ⟦q9d:DATE|ngày 02/4/2024⟧

3 | ⟦PROJECT|Kho LNG NMĐ Nghi Sơn⟧ | ⟦DATE|2025-2030⟧ | DA đã có trong ⟦q10:LEGAL_REF|QĐ số 270/QĐ-TTg⟧ ⟦q10d:DATE|ngày 02/4/2024⟧

4 | ⟦PROJECT|Kho LNG NMĐ Hải Lăng giai đoạn 1⟧ | ⟦DATE|2025-2030⟧ | DA đã có trong ⟦q11:LEGAL_REF|QĐ số 270/QĐ-TTg⟧ ⟦q11d:DATE|ngày 02/4/2024⟧

5 | ⟦PROJECT|Kho LNG NMĐ Cà Ná⟧ | ⟦DATE|2025-2030⟧ | DA đã có trong ⟦q12:LEGAL_REF|QĐ số 270/QĐ-TTg⟧ ⟦q12d:DATE|ngày 02/4/2024⟧

6 | ⟦PROJECT|Kho LNG NMĐ Bạc Liêu (giai đoạn 1)⟧ | ⟦DATE|2025-2030⟧ | DA đã có trong ⟦q13:LEGAL_REF|QĐ số 270/QĐ-TTg⟧ ⟦q13d:DATE|ngày 02/4/2024⟧

7 | ⟦PROJECT|Kho LNG Bắc Trung Bộ (Kho LNG Vũng Áng) - Giai đoạn 1⟧ | ⟦DATE|2029-2030⟧

Bảng III. Các chuỗi dự án khí - điện | TT | Dự án | Công suất các NMĐ | Địa điểm | Ghi chú

A | ⟦PROJECT|Chuỗi dự án khí - điện Lô B⟧

Đã có trong ⟦q14:LEGAL_REF|QĐ số 270/QĐ-TTg⟧ ⟦q14d:DATE|ngày 02/4/2024⟧

1 | ⟦PROJECT|Dự án Phát triển mỏ khí Lô B⟧

2 | ⟦PROJECT|Dự án Đường ống dẫn khí Lô B - Ô Môn⟧

3 | Các ⟦gA:PROJECT|Dự án Nhà máy điện sử dụng khí Lô B⟧ (⟦gA1:PROJECT|Ô Môn I⟧, ⟦gA2:PROJECT|Ô Môn II⟧, ⟦gA3:PROJECT|Ô Môn III⟧, ⟦gA4:PROJECT|Ô Môn IV⟧) | Tổng công suất:
3.810 MW | ⟦gAu:ADMIN_UNIT|Cần Thơ⟧

B | ⟦PROJECT|Chuỗi dự án khí - điện Cá Voi Xanh⟧

DA đã có trong ⟦q15:LEGAL_REF|QĐ số 270/QĐ- TTg⟧ ⟦q15d:DATE|ngày 02/4/2024⟧

1 | ⟦PROJECT|Dự án Phát triển mỏ khí Cá Voi Xanh⟧

2 | Các ⟦gB:PROJECT|Dự án Nhà máy điện sử dụng khí Cá Voi Xanh⟧ (⟦PROJECT|Miền Trung I⟧, ⟦PROJECT|Miền Trung II⟧, ⟦PROJECT|Dung Quất I⟧, ⟦PROJECT|Dung Quất II⟧, ⟦PROJECT|Dung Quất III⟧) | Tổng công suất:
3.750 MW | ⟦gBu1:ADMIN_UNIT|Đà Nẵng⟧, ⟦gBu2:ADMIN_UNIT|Quảng Ngãi⟧

C | ⟦PROJECT|Chuỗi dự án khí - điện LNG Sơn Mỹ⟧

DA đã có trong ⟦q16:LEGAL_REF|QĐ số 270/QĐ-TTg⟧ ⟦q16d:DATE|ngày 02/4/2024⟧

1 | ⟦PROJECT|Dự án Kho LNG Sơn Mỹ⟧

2 | ⟦PROJECT|Dự án Trung tâm điện lực Sơn Mỹ⟧ (⟦PROJECT|NMNĐ BOT Sơn Mỹ I⟧, ⟦PROJECT|BOT Sơn Mỹ II⟧) | Tổng công suất:
=====RELATIONS=====
p16 located_in p16u
q1 issued_on q1d
p17 located_in p17u
q2 issued_on q2d
p18 located_in p18u
q3 issued_on q3d
p19 located_in p19u
q4 issued_on q4d
p20 located_in p20u
p21 located_in p21u
h1 located_in h1u
q5 issued_on q5d
h2 located_in h2u
q6 issued_on q6d
h3 located_in h3u
h3b located_in h3bu
h4 located_in h4u
q7 issued_on q7d
h5 located_in h5u
h6 located_in h6u
h7 located_in h7u
h8 located_in h8u
h9 located_in h9u
q8 issued_on q8d
q9 issued_on q9d
q10 issued_on q10d
q11 issued_on q11d
q12 issued_on q12d
q13 issued_on q13d
q14 issued_on q14d
q15 issued_on q15d
q16 issued_on q16d
gA located_in gAu
gA1 located_in gAu
gA2 located_in gAu
gA3 located_in gAu
gA4 located_in gAu
gB located_in gBu1
gB located_in gBu2
