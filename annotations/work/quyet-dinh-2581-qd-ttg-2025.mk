doc: tnt305-tvpl__quyet-dinh-2581-qd-ttg-2025
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-2581-qd-ttg-2025.txt
span: 869 4074
=====TEXT=====
Căn cứ Nghị quyết số 10-NQ/TW ngày 10 tháng 02 năm 2022 của Bộ Chính trị về định hướng chiến lược địa chất, khoáng sản và công nghiệp khai thác đến năm 2030, tầm nhìn đến năm 2045;
Căn cứ Nghị quyết số 88/NQ-CP ngày 22 tháng 7 năm 2022 của Chính phủ về việc ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết 10-NQ/TW ngày 10 tháng 02 năm 2022 của Bộ Chính trị về định hướng chiến lược địa chất, khoáng sản và công nghiệp khai khoáng đến năm 2030, tầm nhìn đến năm 2045;
Căn cứ Quyết định số 334/QĐ-TTg ngày 01 tháng 4 năm 2023 của Thủ tướng Chính phủ phê duyệt Chiến lược địa chất, khoáng sản và công nghiệp khai khoáng đến năm 2030, tầm nhìn đến năm 2045;
Căn cứ Quyết định 866/QĐ-TTg ngày 18 tháng 7 năm 2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch thăm dò, khai thác, chế biến và sử dụng các loại khoáng sản thời kỳ 2021 - 2030, tầm nhìn đến năm 2050;
Theo đề nghị của Bộ trưởng Bộ Nông nghiệp và Môi trường tại các văn bản số: 8004/BNNMT-ĐCKS ngày 17 tháng 10 năm 2025, 8008/BNNMT-ĐCKS ngày 17 tháng 10 năm 2025 và 8796/BNNMT-ĐCKS ngày 06 tháng 11 năm 2025.

QUYẾT ĐỊNH:

Điều 1. Phê duyệt điều chỉnh quy hoạch thăm dò, khai thác, chế biến sử dụng khoáng sản tại các khu vực: vonfram Núi Pháo, tỉnh Thái Nguyên; mỏ đồng Tả Phời, tỉnh Lào Cai và mỏ bôxit Thọ Sơn và Thống Nhất, tỉnh Đồng Nai trong Quy hoạch thăm dò, khai thác, chế biến và sử dụng các loại khoáng sản thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 như sau:
1. Điều chỉnh danh mục các Dự án thăm dò, khai thác và Tọa độ khép góc Dự án thăm dò, khai thác quặng vonfram trên địa bàn tỉnh Thái Nguyên (khu vực Núi Pháo và liền kề) tại mục 3 Phụ lục II.8, mục 3 Phụ lục III.8 và mục 2 Phụ lục VI.8 kèm theo Quyết định số 866/QĐ-TTg ngày 18 tháng 7 năm 2023 (Chi tiết tại Phụ lục I).
2. Điều chỉnh danh mục Dự án khai thác và Tọa độ khép góc Dự án thăm dò, khai thác quặng đồng trên địa bàn tỉnh Lào Cai (mỏ đồng Tả Phời) tại mục 1 Phụ lục III.10 và mục 1 Phụ lục VI.10 kèm theo Quyết định số 866/QĐ-TTg ngày 18 tháng 7 năm 2023 (chi tiết tại Phụ lục II).
3. Điều chỉnh danh mục Dự án khai thác và Dự án chế biến quặng bôxit trên địa bàn tỉnh Bình Phước (nay là tỉnh Đồng Nai) tại mục 3 Phụ lục III.1 và mục 3 Phụ lục IV.1 kèm theo Quyết định số 866/QĐ-TTg ngày 18 tháng 7 năm 2023 (chi tiết tại Phụ lục III).
Điều 2. Bộ Nông nghiệp và Môi trường, Bộ Công Thương và Ủy ban nhân dân các tỉnh: Lào Cai, Đồng Nai và Thái Nguyên chịu trách nhiệm toàn diện trước Thủ tướng Chính phủ về tính chính xác của thông tin, số liệu báo cáo. Bộ Nông nghiệp và Môi trường phối hợp với các bộ, ngành liên quan thực hiện cấp phép hoạt động khoáng sản đối với khu vực khoáng sản quy định tại Điều 1 của Quyết định này và theo quy định của pháp luật.
Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Quyết định này.

Nơi nhận:
- Ban Bí thư Trung ương Đảng;
- Thủ tướng, các Phó Thủ tướng Chính phủ;
- Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;
- HĐND, UBND các tỉnh, thành phố trực thuộc trung ương;
- Văn phòng Trung ương và các Ban của Đảng;
=====RELATIONS=====
