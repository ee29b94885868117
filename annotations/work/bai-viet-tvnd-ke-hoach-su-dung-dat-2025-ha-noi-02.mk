doc: tnt305-tvpl__bai-viet-tvnd-ke-hoach-su-dung-dat-2025-ha-noi
source: ../shared/corpus/raw/tnt305-tvpl__bai-viet-tvnd-ke-hoach-su-dung-dat-2025-ha-noi.txt
span: 11395 17159
=====TEXT=====

- Các nội dung khác của Kế hoạch sử dụng đất năm 2025 huyện Thường Tín thực hiện theo Quyết định 34/QĐ-UBND ngày 05/01/2025 của UBND Thành phố.

(14) Huyện Phú Xuyên

Ngày 23/5/2025, Phó Chủ tịch UBND Thành phố Nguyễn Trọng Đông vừa ký ban hành Quyết định 2589/QĐ-UBND về việc điều chỉnh bổ sung Kế hoạch sử dụng đất năm 2025 huyện Phú Xuyên, cụ thể như sau:

- Bổ sung 04 công trình, dự án (với tổng diện tích sử dụng đất khoảng 69,01ha) trong Danh mục các công trình, dự án thực hiện trong Kế hoạch sử dụng đất năm 2025 huyện Phú Xuyên.

- Điều chỉnh nội dung “Danh mục các công trình, dự án nằm trong kế hoạch sử dụng đất năm 2025 bao gồm 147 dự án với tổng diện tích là 435,29ha” tại khoản 1 Điều 1 Quyết định 31/QĐ-UBND ngày 05/01/2025 của UBND Thành phố thành “Danh mục các công trình, dự án trong Kế hoạch sử dụng đất năm 2025 huyện Phú Xuyên bao gồm 151 dự án, với tổng diện tích khoảng 504,3ha”.

- Các nội dung khác của Kế hoạch sử dụng đất năm 2025 huyện Phú Xuyên thực hiện theo Quyết định 31/QĐ-UBND ngày 05/01/2025 của UBND Thành phố.

(15) Huyện Mỹ Đức

Ngày 30/5/2025, Phó Chủ tịch UBND Thành phố Hà Nội ký ban hành Quyết định 2726/QĐ-UBND về việc điều chỉnh, bổ sung Kế hoạch sử dụng đất năm 2025 huyện Mỹ Đức, cụ thể như sau:

- Điều chỉnh, bổ sung 06 công trình, dự án (với tổng diện tích sử dụng đất

khoảng 14,97 ha) trong Danh mục các công trình, dự án thực hiện trong Kế hoạch sử dụng đất năm 2025 huyện Mỹ Đức.

- Điều chỉnh nội dung “Danh mục các công trình, dự án nằm trong kế hoạch sử dụng đất năm 2025 bao gồm 107 dự án với tổng diện tích là 206,40 ha” tại khoản 1 Điều 1 Quyết định 12/QĐ-UBND ngày 03/01/2025 của UBND Thành phố thành “Danh mục các công trình, dự án trong Kế hoạch sử dụng đất năm 2025 huyện Mỹ Đức bao gồm 113 dự án, với tổng diện tích khoảng 221,37ha.”

Các nội dung khác của Kế hoạch sử dụng đất năm 2025 huyện Mỹ Đức thực

hiện theo Quyết định 12/QĐ-UBND ngày 03/01/2025 của UBND Thành phố.

(16) Huyện Chương Mỹ

Ngày 29/5/2025, Phó Chủ tịch UBND Thành phố Hà Nội ký ban hành Quyết định 2702/QĐ-UBND về việc điều chỉnh, bổ sung Kế hoạch sử dụng đất năm 2025 huyện Chương Mỹ, cụ thể như sau:

- Điều chỉnh 03 dự án tổng diện tích sử dụng đất khoảng 8,58 ha) và bổ sung 05 dự án (tổng diện tích sử dụng đất khoảng 45,73 ha) tại Danh mục các công trình, dự án thực hiện trong Kế hoạch sử dụng đất năm 2025 huyện Chương Mỹ.

- Điều chỉnh số dự án và diện tích ghi tại khoản 1 Điều 1 Quyết định 121/QĐ-UBND ngày 08/01/2025 của UBND Thành phố thành “98 dự án với tổng diện tích 403,4 ha đất”.

Các nội dung khác thực hiện theo Quyết định 121/QĐ-UBND ngày 08/01/2025 của UBND Thành phố và quy định của pháp luật hiện hành.

(17) Huyện Hoài Đức

Ngày 27/5/2025, Phó Chủ tịch UBND Thành phố Hà Nội ký ban hành Quyết định 2677/QĐ-UBND về việc điều chỉnh, bổ sung Kế hoạch sử dụng đất năm 2025 huyện Hoài Đức, cụ thể như sau:

- Điều chỉnh 01 dự án (diện tích sử dụng đất khoảng 2,50 ha) và bổ sung 42 dự án (tổng diện tích sử dụng đất khoảng 370,71 ha) tại Danh mục các công trình, dự án thực hiện trong Kế hoạch sử dụng đất năm 2025 huyện Hoài Đức.

- Điều chỉnh số dự án và diện tích ghi tại khoản 1 Điều 1 Quyết định 144/QĐ-UBND ngày 09/01/2025 của UBND Thành phố thành “166 dự án với tổng diện tích 1.211,6 ha”.

Các nội dung khác thực hiện theo Quyết định 144/QĐ-UBND ngày 09/01/2025 của UBND Thành phố và quy định của pháp luật hiện hành.

(18) Huyện Ba Vì

Ngày 27/5/2025, Phó Chủ tịch UBND Thành phố Hà Nội ký ban hành Quyết định 2676/QĐ-UBND về việc điều chỉnh, bổ sung Kế hoạch sử dụng đất năm 2025 huyện Ba Vì, cụ thể như sau:

Điều chỉnh 03 dự án với tổng diện tích sử dụng đất là 29,15 ha (trong đó diện tích đất phải thu hồi là 0,65ha) và bổ sung 03 dự án với tổng diện tích sử dụng đất là 252,03 ha (trong đó diện tích đất phải thu hồi là 120,2ha) tại Danh mục các công trình, dự án thực hiện trong Kế hoạch sử dụng đất năm 2025 huyện Ba Vì.

- Điều chỉnh số dự án và diện tích ghi tại khoản 1 Điều 1 thành “184 dự án với tổng diện tích khoảng 1.387,09 ha đất”.

Các nội dung khác thực hiện theo Quyết định 33/QĐ-UBND ngày 05/01/2025 của UBND Thành phố và quy định của pháp luật hiện hành.

(19) Thị xã Sơn Tây

Ngày 27/5/2025, Phó Chủ tịch UBND Thành phố Hà Nội ký ban hành Quyết định 2659/QĐ-UBND về việc điều chỉnh, bổ sung Kế hoạch sử dụng đất năm 2025 thị xã Sơn Tây, cụ thể như sau:

- Điều chỉnh, bổ sung 16 công trình, dự án (với tổng diện tích sử dụng đất khoảng 108,88ha) trong Danh mục các công trình, dự án thực hiện trong Kế hoạch sử dụng đất năm 2025 thị xã Sơn Tây.

- Điều chỉnh nội dung “Danh mục các công trình, dự án trong Kế hoạch sử

dụng đất năm 2025 bao gồm 78 dự án, với tổng diện tích 469,29ha” tại khoản Điều 1 Quyết định 260/QĐ-UBND ngày 15/01/2025 thành “Danh mục các công trình, dự án trong Kế hoạch sử dụng đất năm 2025 bao gồm 80 dự án, với tổng diện tích 533,18ha.”

Các nội dung khác của Kế hoạch sử dụng đất năm 2025 thị xã Sơn Tây tại Quyết định 260/QĐ-UBND ngày 15/01/2025 của UBND Thành phố giữ nguyên hiệu lực.

(20) Huyện Ứng Hòa

Ngày 26/5/2025, Phó Chủ tịch UBND Thành phố Hà Nội ký ban hành Quyết định 2639/QĐ-UBND về việc điều chỉnh, bổ sung Kế hoạch sử dụng đất năm 2025 huyện Ứng Hòa, cụ thể như sau:

- Điều chỉnh, bổ sung 08 công trình, dự án (với tổng diện tích sử dụng đất khoảng 641,83 ha) trong Danh mục các công trình, dự án thực hiện trong Kế hoạch sử dụng đất năm 2025 huyện Ứng Hòa.

- Điều chỉnh nội dung “Danh mục các công trình, dự án nằm trong kế hoạch sử dụng đất năm 2025 bao gồm 136 dự án với tổng diện tích là 1.008,38 ha” tại khoản 1 Điều 1 Quyết định 35/QĐ-UBND ngày 05/01/2025 của UBND hành phố thành “Danh mục các công trình, dự án trong Kế hoạch sử dụng đất năm 2025 huyện Ứng Hòa bao gồm 143 dự án, với tổng diện tích khoảng 1.101,78 ha.”

=====RELATIONS=====
