doc: tnt305-tvpl__bai-viet-tvnd-ke-hoach-su-dung-dat-2025-ha-noi
source: ../shared/corpus/raw/tnt305-tvpl__bai-viet-tvnd-ke-hoach-su-dung-dat-2025-ha-noi.txt
span: 5538 11395
=====TEXT=====

- Điều chỉnh, bổ sung 04 công trình, dự án (với tổng diện tích sử dụng đất khoảng ⟦AREA|3,2764ha⟧) trong Danh mục các công trình, dự án thực hiện trong Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|quận Hai Bà Trưng⟧.

- Điều chỉnh nội dung “Danh mục các công trình, dự án nằm trong kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ bao gồm 32 dự án với tổng diện tích là ⟦AREA|8,6915ha⟧” tại khoản 1 Điều 1 ⟦x1:LEGAL_REF|Quyết định 29/QĐ-UBND⟧ ⟦x1d:DATE|ngày 05/01/2025⟧ của ⟦x1o:ORG|UBND Thành phố⟧ thành “Danh mục các công trình, dự án nằm trong kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ bao gồm 36 dự án với tổng diện tích là ⟦AREA|11,9679ha⟧.”

Các nội dung khác của Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|quận Hai Bà Trưng⟧ thực hiện theo ⟦x2:LEGAL_REF|Quyết định 29/QĐ-UBND⟧ ⟦x2d:DATE|ngày 05/01/2025⟧ của ⟦x2o:ORG|UBND Thành phố Hà Nội⟧.

(8) ⟦ADMIN_UNIT|Quận Đống Đa⟧

⟦b1d:DATE|Ngày 20/5/2025⟧, ⟦b1o:ORG|UBND Thành phố Hà Nội⟧ đã ban hành ⟦b1:LEGAL_REF|Quyết định 2514/QĐ-UBND⟧ ⟦b1y:DATE|năm 2025⟧ về việc điều chỉnh, bổ sung Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|quận Đống Đa⟧, cụ thể như sau:

- Điều chỉnh, bổ sung 03 công trình, dự án (với tổng diện tích sử dụng đất khoảng ⟦AREA|1,566ha⟧) trong Danh mục các công trình, dự án thực hiện trong Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|quận Đống Đa⟧.

- Điều chỉnh nội dung “Danh mục các công trình, dự án nằm trong kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ bao gồm 25 dự án với tổng diện tích là ⟦AREA|13,6599 ha⟧” tại khoản 1 Điều 1 ⟦b2:LEGAL_REF|Quyết định 30/QĐ-UBND⟧ ⟦b2d:DATE|ngày 05/01/2025⟧ của ⟦b2o:ORG|UBND Thành phố⟧ thành “Danh mục các công trình, dự án nằm trong kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ bao gồm 28 dự án, với tổng diện tích khoảng ⟦AREA|15,2259ha⟧.”

Các nội dung khác của Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|quận Đống Đa⟧ thực hiện theo ⟦b3:LEGAL_REF|Quyết định 30/QĐ-UBND⟧ ⟦b3d:DATE|ngày 05/01/2025⟧ của ⟦b3o:ORG|UBND Thành phố Hà Nội⟧.

(9) ⟦ADMIN_UNIT|Quận Thanh Xuân⟧

⟦c1d:DATE|Ngày 22/5/2025⟧, Phó Chủ tịch ⟦c1o:ORG|UBND Thành phố⟧ ⟦PERSON|Nguyễn Trọng Đông⟧ vừa ký ban hành ⟦c1:LEGAL_REF|Quyết định 2557/QĐ-UBND⟧ về việc điều chỉnh, bổ sung Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|quận Thanh Xuân⟧, cụ thể như sau:

- Bổ sung 02 công trình, dự án với diện tích ⟦AREA|0,67ha⟧ trong Danh mục các công trình, dự án thực hiện trong Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|quận Thanh Xuân⟧: ⟦PROJECT|Dự án nhà ở cho lực lượng vũ trang Công an nhân dân⟧ tại ô đất ký hiệu N02 ⟦LOCATION|số 275 Nguyễn Trãi⟧; ⟦cp2:PROJECT|Dự án Xây mới trường Mầm non⟧ tại ⟦cp2u:ADMIN_UNIT|phường Phương Liệt⟧.

- Điều chỉnh nội dung "Danh mục các công trình, dự án trong Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ bao gồm 12 dự án, với tổng diện tích ⟦AREA|15,17ha⟧" tại khoản 1 Điều 1 ⟦c2:LEGAL_REF|Quyết định 178/QĐ-UBND⟧ ⟦c2d:DATE|ngày 10/01/2025⟧ thành "Danh mục các công trình, dự án trong Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ bao gồm 14 dự án, với tổng diện tích ⟦AREA|15,84ha⟧."

Các nội dung khác của Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|quận Thanh Xuân⟧ thực hiện theo ⟦c3:LEGAL_REF|Quyết định 178/QĐ-UBND⟧ ⟦c3d:DATE|ngày 10/01/2025⟧ của ⟦c3o:ORG|UBND Thành phố⟧.

(10) ⟦ADMIN_UNIT|Huyện Thạch Thất⟧

⟦d1d:DATE|Ngày 22/5/2025⟧, Phó Chủ tịch ⟦d1o:ORG|UBND Thành phố⟧ ⟦PERSON|Nguyễn Trọng Đông⟧ vừa ký ban hành ⟦d1:LEGAL_REF|Quyết định 2558/QĐ-UBND⟧ về việc điều chỉnh, bổ sung Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|huyện Thạch Thất⟧, cụ thể như sau:

- Điều chỉnh, bổ sung: 08 dự án; trong đó:

+ Điều chỉnh, bổ sung thông tin (địa điểm, diện tích thu hồi): 04 dự án;

+ Bổ sung đăng ký mới danh mục 04 dự án với diện tích ⟦AREA|2,90ha⟧ (Chi tiết Danh mục dự án kèm theo).

- Điều chỉnh nội dung “Danh mục các công trình, dự án trong Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ bao gồm 183 dự án, với tổng diện tích ⟦AREA|918,7ha⟧” tại khoản 1 Điều 1 ⟦d2:LEGAL_REF|Quyết định 208/QĐ-UBND⟧ ⟦d2d:DATE|ngày 13/01/2025⟧ thành “Danh mục các công trình, dự án trong Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ bao gồm 187 dự án, với tổng diện tích ⟦AREA|921,6ha⟧.”

- Các nội dung khác của Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|huyện Thạch Thất⟧ thực hiện theo ⟦d3:LEGAL_REF|Quyết định 208/QĐ-UBND⟧ ⟦d3d:DATE|ngày 13/01/2025⟧ của ⟦d3o:ORG|UBND Thành phố⟧.

(11) ⟦ADMIN_UNIT|Huyện Thanh Oai⟧

⟦e1d:DATE|Ngày 22/5/2025⟧, Phó Chủ tịch ⟦e1o:ORG|UBND Thành phố⟧ ⟦PERSON|Nguyễn Trọng Đông⟧ vừa ký ban hành ⟦e1:LEGAL_REF|Quyết định 2574/QĐ-UBND⟧ về việc điều chỉnh, bổ sung Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|huyện Thanh Oai⟧, cụ thể như sau:

- Điều chỉnh, bổ sung 33 công trình, dự án (với tổng diện tích sử dụng đất khoảng ⟦AREA|349,57ha⟧) trong Danh mục các công trình, dự án thực hiện trong Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|huyện Thanh Oai⟧. (Danh mục kèm theo).

- Điều chỉnh nội dung “Danh mục các công trình, dự án nằm trong kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ bao gồm 89 dự án với tổng diện tích là ⟦AREA|388,51ha⟧” tại khoản 1 Điều 1 ⟦e2:LEGAL_REF|Quyết định 136/QĐ-UBND⟧ ⟦e2d:DATE|ngày 09/01/2025⟧ của ⟦e2o:ORG|UBND Thành phố⟧ thành “Danh mục các công trình, dự án trong Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|huyện Thanh Oai⟧ bao gồm 119 dự án, với tổng diện tích khoảng ⟦AREA|736,48 ha⟧.”

- Các nội dung khác của Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|huyện Thanh Oai⟧ thực hiện theo ⟦e3:LEGAL_REF|Quyết định 136/QĐ-UBND⟧ ⟦e3d:DATE|ngày 09/01/2025⟧ của ⟦e3o:ORG|UBND Thành phố⟧.

(12) ⟦ADMIN_UNIT|Huyện Mê Linh⟧

⟦f1d:DATE|Ngày 23/5/2025⟧, Phó Chủ tịch ⟦f1o:ORG|UBND Thành phố⟧ ⟦PERSON|Nguyễn Trọng Đông⟧ vừa ký ban hành ⟦f1:LEGAL_REF|Quyết định 2596/QĐ-UBND⟧ về việc điều chỉnh, bổ sung Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|huyện Mê Linh⟧, cụ thể như sau:

- Điều chỉnh 03 dự án, tổng diện tích ⟦AREA|674,19 ha⟧;

- Bổ sung 23 dự án, tổng diện tích ⟦AREA|518,38 ha⟧.

- Điều chỉnh nội dung ghi tại Điều 1 “Danh mục các công trình, dự án nằm trong Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ bao gồm 104 dự án với tổng diện tích ⟦AREA|1.140,37 ha⟧” thành “Danh mục các công trình, dự án nằm trong Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|huyện Mê Linh⟧ bao gồm 127 dự án với tổng diện tích ⟦AREA|1.769,75 ha⟧".

- Các nội dung thực hiện theo ⟦f2:LEGAL_REF|Quyết định 6769/QĐ-UBND⟧ ⟦f2d:DATE|ngày 31/12/2024⟧ của ⟦f2o:ORG|UBND Thành phố⟧.

(13) ⟦ADMIN_UNIT|Huyện Thường Tín⟧

⟦g1d:DATE|Ngày 23/5/2025⟧, Phó Chủ tịch ⟦g1o:ORG|UBND Thành phố⟧ ⟦PERSON|Nguyễn Trọng Đông⟧ vừa ký ban hành ⟦g1:LEGAL_REF|Quyết định 2585/QĐ-UBND⟧ về việc điều chỉnh bổ sung Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|huyện Thường Tín⟧.

- Điều chỉnh, bổ sung 13 công trình, dự án với tổng diện tích sử dụng đất khoảng ⟦AREA|93,29 ha⟧ trong Danh mục các công trình, dự án thực hiện trong Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|huyện Thường Tín⟧.

- Điều chỉnh nội dung "Danh mục các công trình, dự án nằm trong kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ bao gồm 223 dự án với tổng diện tích là ⟦AREA|836,28 ha⟧" tại khoản 1 Điều 1 ⟦g2:LEGAL_REF|Quyết định 34/QĐ-UBND⟧ ⟦g2d:DATE|ngày 05/01/2025⟧ của ⟦g2o:ORG|UBND Thành phố⟧ thành "Danh mục các công trình, dự án trong Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|huyện Thường Tín⟧ bao gồm 236 dự án, với tổng diện tích khoảng ⟦AREA|929,57 ha⟧."

=====RELATIONS=====
x1 issued_on x1d
x1 issued_by x1o
x2 issued_on x2d
x2 issued_by x2o
b1 issued_on b1d
b1 issued_on b1y
b1 issued_by b1o
b2 issued_on b2d
b2 issued_by b2o
b3 issued_on b3d
b3 issued_by b3o
c1 issued_on c1d
c1 issued_by c1o
cp2 located_in cp2u
c2 issued_on c2d
c3 issued_on c3d
c3 issued_by c3o
d1 issued_on d1d
d1 issued_by d1o
d2 issued_on d2d
d3 issued_on d3d
d3 issued_by d3o
e1 issued_on e1d
e1 issued_by e1o
e2 issued_on e2d
e2 issued_by e2o
e3 issued_on e3d
e3 issued_by e3o
f1 issued_on f1d
f1 issued_by f1o
f2 issued_on f2d
f2 issued_by f2o
g1 issued_on g1d
g1 issued_by g1o
g2 issued_on g2d
g2 issued_by g2o
