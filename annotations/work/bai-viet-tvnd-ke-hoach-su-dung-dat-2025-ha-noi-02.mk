doc: tnt305-tvpl__bai-viet-tvnd-ke-hoach-su-dung-dat-2025-ha-noi
source: ../shared/corpus/raw/tnt305-tvpl__bai-viet-tvnd-ke-hoach-su-dung-dat-2025-ha-noi.txt
span: 11395 17159
=====TEXT=====

- Các nội dung khác của Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|huyện Thường Tín⟧ thực hiện theo ⟦e1:LEGAL_REF|Quyết định 34/QĐ-UBND⟧ ⟦e2:DATE|ngày 05/01/2025⟧ của ⟦e3:ORG|UBND Thành phố⟧.

(14) ⟦ADMIN_UNIT|Huyện Phú Xuyên⟧

⟦e4:DATE|Ngày 23/5/2025⟧, Phó Chủ tịch ⟦e5:ORG|UBND Thành phố⟧ ⟦PERSON|Nguyễn Trọng Đông⟧ vừa ký ban hành ⟦e6:LEGAL_REF|Quyết định 2589/QĐ-UBND⟧ về việc điều chỉnh bổ sung Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|huyện Phú Xuyên⟧, cụ thể như sau:

- Bổ sung 04 công trình, dự án (với tổng diện tích sử dụng đất khoảng ⟦AREA|69,01ha⟧) trong Danh mục các công trình, dự án thực hiện trong Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|huyện Phú Xuyên⟧.

- Điều chỉnh nội dung “Danh mục các công trình, dự án nằm trong kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ bao gồm 147 dự án với tổng diện tích là ⟦AREA|435,29ha⟧” tại khoản 1 Điều 1 ⟦e7:LEGAL_REF|Quyết định 31/QĐ-UBND⟧ ⟦e8:DATE|ngày 05/01/2025⟧ của ⟦e9:ORG|UBND Thành phố⟧ thành “Danh mục các công trình, dự án trong Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|huyện Phú Xuyên⟧ bao gồm 151 dự án, với tổng diện tích khoảng ⟦AREA|504,3ha⟧”.

- Các nội dung khác của Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|huyện Phú Xuyên⟧ thực hiện theo ⟦e10:LEGAL_REF|Quyết định 31/QĐ-UBND⟧ ⟦e11:DATE|ngày 05/01/2025⟧ của ⟦e12:ORG|UBND Thành phố⟧.

(15) ⟦ADMIN_UNIT|Huyện Mỹ Đức⟧

⟦e13:DATE|Ngày 30/5/2025⟧, Phó Chủ tịch ⟦e14:ORG|UBND Thành phố Hà Nội⟧ ký ban hành ⟦e15:LEGAL_REF|Quyết định 2726/QĐ-UBND⟧ về việc điều chỉnh, bổ sung Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|huyện Mỹ Đức⟧, cụ thể như sau:

- Điều chỉnh, bổ sung 06 công trình, dự án (với tổng diện tích sử dụng đất

khoảng ⟦AREA|14,97 ha⟧) trong Danh mục các công trình, dự án thực hiện trong Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|huyện Mỹ Đức⟧.

- Điều chỉnh nội dung “Danh mục các công trình, dự án nằm trong kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ bao gồm 107 dự án với tổng diện tích là ⟦AREA|206,40 ha⟧” tại khoản 1 Điều 1 ⟦e16:LEGAL_REF|Quyết định 12/QĐ-UBND⟧ ⟦e17:DATE|ngày 03/01/2025⟧ của ⟦e18:ORG|UBND Thành phố⟧ thành “Danh mục các công trình, dự án trong Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|huyện Mỹ Đức⟧ bao gồm 113 dự án, với tổng diện tích khoảng ⟦AREA|221,37ha⟧.”

Các nội dung khác của Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|huyện Mỹ Đức⟧ thực

hiện theo ⟦e19:LEGAL_REF|Quyết định 12/QĐ-UBND⟧ ⟦e20:DATE|ngày 03/01/2025⟧ của ⟦e21:ORG|UBND Thành phố⟧.

(16) ⟦ADMIN_UNIT|Huyện Chương Mỹ⟧

⟦e22:DATE|Ngày 29/5/2025⟧, Phó Chủ tịch ⟦e23:ORG|UBND Thành phố Hà Nội⟧ ký ban hành ⟦e24:LEGAL_REF|Quyết định 2702/QĐ-UBND⟧ về việc điều chỉnh, bổ sung Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|huyện Chương Mỹ⟧, cụ thể như sau:

- Điều chỉnh 03 dự án tổng diện tích sử dụng đất khoảng ⟦AREA|8,58 ha⟧) và bổ sung 05 dự án (tổng diện tích sử dụng đất khoảng ⟦AREA|45,73 ha⟧) tại Danh mục các công trình, dự án thực hiện trong Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|huyện Chương Mỹ⟧.

- Điều chỉnh số dự án và diện tích ghi tại khoản 1 Điều 1 ⟦e25:LEGAL_REF|Quyết định 121/QĐ-UBND⟧ ⟦e26:DATE|ngày 08/01/2025⟧ của ⟦e27:ORG|UBND Thành phố⟧ thành “98 dự án với tổng diện tích ⟦AREA|403,4 ha⟧ đất”.

Các nội dung khác thực hiện theo ⟦e28:LEGAL_REF|Quyết định 121/QĐ-UBND⟧ ⟦e29:DATE|ngày 08/01/2025⟧ của ⟦e30:ORG|UBND Thành phố⟧ và quy định của pháp luật hiện hành.

(17) ⟦ADMIN_UNIT|Huyện Hoài Đức⟧

⟦e31:DATE|Ngày 27/5/2025⟧, Phó Chủ tịch ⟦e32:ORG|UBND Thành phố Hà Nội⟧ ký ban hành ⟦e33:LEGAL_REF|Quyết định 2677/QĐ-UBND⟧ về việc điều chỉnh, bổ sung Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|huyện Hoài Đức⟧, cụ thể như sau:

- Điều chỉnh 01 dự án (diện tích sử dụng đất khoảng ⟦AREA|2,50 ha⟧) và bổ sung 42 dự án (tổng diện tích sử dụng đất khoảng ⟦AREA|370,71 ha⟧) tại Danh mục các công trình, dự án thực hiện trong Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|huyện Hoài Đức⟧.

- Điều chỉnh số dự án và diện tích ghi tại khoản 1 Điều 1 ⟦e34:LEGAL_REF|Quyết định 144/QĐ-UBND⟧ ⟦e35:DATE|ngày 09/01/2025⟧ của ⟦e36:ORG|UBND Thành phố⟧ thành “166 dự án với tổng diện tích ⟦AREA|1.211,6 ha⟧”.

Các nội dung khác thực hiện theo ⟦e37:LEGAL_REF|Quyết định 144/QĐ-UBND⟧ ⟦e38:DATE|ngày 09/01/2025⟧ của ⟦e39:ORG|UBND Thành phố⟧ và quy định của pháp luật hiện hành.

(18) ⟦ADMIN_UNIT|Huyện Ba Vì⟧

⟦e40:DATE|Ngày 27/5/2025⟧, Phó Chủ tịch ⟦e41:ORG|UBND Thành phố Hà Nội⟧ ký ban hành ⟦e42:LEGAL_REF|Quyết định 2676/QĐ-UBND⟧ về việc điều chỉnh, bổ sung Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|huyện Ba Vì⟧, cụ thể như sau:

Điều chỉnh 03 dự án với tổng diện tích sử dụng đất là ⟦AREA|29,15 ha⟧ (trong đó diện tích đất phải thu hồi là ⟦AREA|0,65ha⟧) và bổ sung 03 dự án với tổng diện tích sử dụng đất là ⟦AREA|252,03 ha⟧ (trong đó diện tích đất phải thu hồi là ⟦AREA|120,2ha⟧) tại Danh mục các công trình, dự án thực hiện trong Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|huyện Ba Vì⟧.

- Điều chỉnh số dự án và diện tích ghi tại khoản 1 Điều 1 thành “184 dự án với tổng diện tích khoảng ⟦AREA|1.387,09 ha⟧ đất”.

Các nội dung khác thực hiện theo ⟦e43:LEGAL_REF|Quyết định 33/QĐ-UBND⟧ ⟦e44:DATE|ngày 05/01/2025⟧ của ⟦e45:ORG|UBND Thành phố⟧ và quy định của pháp luật hiện hành.

(19) ⟦ADMIN_UNIT|Thị xã Sơn Tây⟧

⟦e46:DATE|Ngày 27/5/2025⟧, Phó Chủ tịch ⟦e47:ORG|UBND Thành phố Hà Nội⟧ ký ban hành ⟦e48:LEGAL_REF|Quyết định 2659/QĐ-UBND⟧ về việc điều chỉnh, bổ sung Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|thị xã Sơn Tây⟧, cụ thể như sau:

- Điều chỉnh, bổ sung 16 công trình, dự án (với tổng diện tích sử dụng đất khoảng ⟦AREA|108,88ha⟧) trong Danh mục các công trình, dự án thực hiện trong Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|thị xã Sơn Tây⟧.

- Điều chỉnh nội dung “Danh mục các công trình, dự án trong Kế hoạch sử

dụng đất ⟦DATE|năm 2025⟧ bao gồm 78 dự án, với tổng diện tích ⟦AREA|469,29ha⟧” tại khoản Điều 1 ⟦e49:LEGAL_REF|Quyết định 260/QĐ-UBND⟧ ⟦e50:DATE|ngày 15/01/2025⟧ thành “Danh mục các công trình, dự án trong Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ bao gồm 80 dự án, với tổng diện tích ⟦AREA|533,18ha⟧.”

Các nội dung khác của Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|thị xã Sơn Tây⟧ tại ⟦e51:LEGAL_REF|Quyết định 260/QĐ-UBND⟧ ⟦e52:DATE|ngày 15/01/2025⟧ của ⟦e53:ORG|UBND Thành phố⟧ giữ nguyên hiệu lực.

(20) ⟦ADMIN_UNIT|Huyện Ứng Hòa⟧

⟦e54:DATE|Ngày 26/5/2025⟧, Phó Chủ tịch ⟦e55:ORG|UBND Thành phố Hà Nội⟧ ký ban hành ⟦e56:LEGAL_REF|Quyết định 2639/QĐ-UBND⟧ về việc điều chỉnh, bổ sung Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|huyện Ứng Hòa⟧, cụ thể như sau:

- Điều chỉnh, bổ sung 08 công trình, dự án (với tổng diện tích sử dụng đất khoảng ⟦AREA|641,83 ha⟧) trong Danh mục các công trình, dự án thực hiện trong Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|huyện Ứng Hòa⟧.

- Điều chỉnh nội dung “Danh mục các công trình, dự án nằm trong kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ bao gồm 136 dự án với tổng diện tích là ⟦AREA|1.008,38 ha⟧” tại khoản 1 Điều 1 ⟦e57:LEGAL_REF|Quyết định 35/QĐ-UBND⟧ ⟦e58:DATE|ngày 05/01/2025⟧ của ⟦e59:ORG|UBND hành phố⟧ thành “Danh mục các công trình, dự án trong Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|huyện Ứng Hòa⟧ bao gồm 143 dự án, với tổng diện tích khoảng ⟦AREA|1.101,78 ha⟧.”

=====RELATIONS=====
e1 issued_on e2
e1 issued_by e3
e6 issued_on e4
e6 issued_by e5
e7 issued_on e8
e7 issued_by e9
e10 issued_on e11
e10 issued_by e12
e15 issued_on e13
e15 issued_by e14
e16 issued_on e17
e16 issued_by e18
e19 issued_on e20
e19 issued_by e21
e24 issued_on e22
e24 issued_by e23
e25 issued_on e26
e25 issued_by e27
e28 issued_on e29
e28 issued_by e30
e33 issued_on e31
e33 issued_by e32
e34 issued_on e35
e34 issued_by e36
e37 issued_on e38
e37 issued_by e39
e42 issued_on e40
e42 issued_by e41
e43 issued_on e44
e43 issued_by e45
e48 issued_on e46
e48 issued_by e47
e49 issued_on e50
e51 issued_on e52
e51 issued_by e53
e56 issued_on e54
e56 issued_by e55
e57 issued_on e58
e57 issued_by e59
