doc: tnt305-tvpl__bai-viet-tvnd-ke-hoach-su-dung-dat-2025-ha-noi
source: ../shared/corpus/raw/tnt305-tvpl__bai-viet-tvnd-ke-hoach-su-dung-dat-2025-ha-noi.txt
span: 5538 11395
=====TEXT=====

- Điều chỉnh, bổ sung 04 công trình, dự án (với tổng diện tích sử dụng đất khoảng 3,2764ha) trong Danh mục các công trình, dự án thực hiện trong Kế hoạch sử dụng đất năm 2025 quận Hai Bà Trưng.

- Điều chỉnh nội dung “Danh mục các công trình, dự án nằm trong kế hoạch sử dụng đất năm 2025 bao gồm 32 dự án với tổng diện tích là 8,6915ha” tại khoản 1 Điều 1 Quyết định 29/QĐ-UBND ngày 05/01/2025 của UBND Thành phố thành “Danh mục các công trình, dự án nằm trong kế hoạch sử dụng đất năm 2025 bao gồm 36 dự án với tổng diện tích là 11,9679ha.”

Các nội dung khác của Kế hoạch sử dụng đất năm 2025 quận Hai Bà Trưng thực hiện theo Quyết định 29/QĐ-UBND ngày 05/01/2025 của UBND Thành phố Hà Nội.

(8) Quận Đống Đa

Ngày 20/5/2025, UBND Thành phố Hà Nội đã ban hành Quyết định 2514/QĐ-UBND năm 2025 về việc điều chỉnh, bổ sung Kế hoạch sử dụng đất năm 2025 quận Đống Đa, cụ thể như sau:

- Điều chỉnh, bổ sung 03 công trình, dự án (với tổng diện tích sử dụng đất khoảng 1,566ha) trong Danh mục các công trình, dự án thực hiện trong Kế hoạch sử dụng đất năm 2025 quận Đống Đa.

- Điều chỉnh nội dung “Danh mục các công trình, dự án nằm trong kế hoạch sử dụng đất năm 2025 bao gồm 25 dự án với tổng diện tích là 13,6599 ha” tại khoản 1 Điều 1 Quyết định 30/QĐ-UBND ngày 05/01/2025 của UBND Thành phố thành “Danh mục các công trình, dự án nằm trong kế hoạch sử dụng đất năm 2025 bao gồm 28 dự án, với tổng diện tích khoảng 15,2259ha.”

Các nội dung khác của Kế hoạch sử dụng đất năm 2025 quận Đống Đa thực hiện theo Quyết định 30/QĐ-UBND ngày 05/01/2025 của UBND Thành phố Hà Nội.

(9) Quận Thanh Xuân

Ngày 22/5/2025, Phó Chủ tịch UBND Thành phố Nguyễn Trọng Đông vừa ký ban hành Quyết định 2557/QĐ-UBND về việc điều chỉnh, bổ sung Kế hoạch sử dụng đất năm 2025 quận Thanh Xuân, cụ thể như sau:

- Bổ sung 02 công trình, dự án với diện tích 0,67ha trong Danh mục các công trình, dự án thực hiện trong Kế hoạch sử dụng đất năm 2025 quận Thanh Xuân: Dự án nhà ở cho lực lượng vũ trang Công an nhân dân tại ô đất ký hiệu N02 số 275 Nguyễn Trãi; Dự án Xây mới trường Mầm non tại phường Phương Liệt.

- Điều chỉnh nội dung "Danh mục các công trình, dự án trong Kế hoạch sử dụng đất năm 2025 bao gồm 12 dự án, với tổng diện tích 15,17ha" tại khoản 1 Điều 1 Quyết định 178/QĐ-UBND ngày 10/01/2025 thành "Danh mục các công trình, dự án trong Kế hoạch sử dụng đất năm 2025 bao gồm 14 dự án, với tổng diện tích 15,84ha."

Các nội dung khác của Kế hoạch sử dụng đất năm 2025 quận Thanh Xuân thực hiện theo Quyết định 178/QĐ-UBND ngày 10/01/2025 của UBND Thành phố.

(10) Huyện Thạch Thất

Ngày 22/5/2025, Phó Chủ tịch UBND Thành phố Nguyễn Trọng Đông vừa ký ban hành Quyết định 2558/QĐ-UBND về việc điều chỉnh, bổ sung Kế hoạch sử dụng đất năm 2025 huyện Thạch Thất, cụ thể như sau:

- Điều chỉnh, bổ sung: 08 dự án; trong đó:

+ Điều chỉnh, bổ sung thông tin (địa điểm, diện tích thu hồi): 04 dự án;

+ Bổ sung đăng ký mới danh mục 04 dự án với diện tích 2,90ha (Chi tiết Danh mục dự án kèm theo).

- Điều chỉnh nội dung “Danh mục các công trình, dự án trong Kế hoạch sử dụng đất năm 2025 bao gồm 183 dự án, với tổng diện tích 918,7ha” tại khoản 1 Điều 1 Quyết định 208/QĐ-UBND ngày 13/01/2025 thành “Danh mục các công trình, dự án trong Kế hoạch sử dụng đất năm 2025 bao gồm 187 dự án, với tổng diện tích 921,6ha.”

- Các nội dung khác của Kế hoạch sử dụng đất năm 2025 huyện Thạch Thất thực hiện theo Quyết định 208/QĐ-UBND ngày 13/01/2025 của UBND Thành phố.

(11) Huyện Thanh Oai

Ngày 22/5/2025, Phó Chủ tịch UBND Thành phố Nguyễn Trọng Đông vừa ký ban hành Quyết định 2574/QĐ-UBND về việc điều chỉnh, bổ sung Kế hoạch sử dụng đất năm 2025 huyện Thanh Oai, cụ thể như sau:

- Điều chỉnh, bổ sung 33 công trình, dự án (với tổng diện tích sử dụng đất khoảng 349,57ha) trong Danh mục các công trình, dự án thực hiện trong Kế hoạch sử dụng đất năm 2025 huyện Thanh Oai. (Danh mục kèm theo).

- Điều chỉnh nội dung “Danh mục các công trình, dự án nằm trong kế hoạch sử dụng đất năm 2025 bao gồm 89 dự án với tổng diện tích là 388,51ha” tại khoản 1 Điều 1 Quyết định 136/QĐ-UBND ngày 09/01/2025 của UBND Thành phố thành “Danh mục các công trình, dự án trong Kế hoạch sử dụng đất năm 2025 huyện Thanh Oai bao gồm 119 dự án, với tổng diện tích khoảng 736,48 ha.”

- Các nội dung khác của Kế hoạch sử dụng đất năm 2025 huyện Thanh Oai thực hiện theo Quyết định 136/QĐ-UBND ngày 09/01/2025 của UBND Thành phố.

(12) Huyện Mê Linh

Ngày 23/5/2025, Phó Chủ tịch UBND Thành phố Nguyễn Trọng Đông vừa ký ban hành Quyết định 2596/QĐ-UBND về việc điều chỉnh, bổ sung Kế hoạch sử dụng đất năm 2025 huyện Mê Linh, cụ thể như sau:

- Điều chỉnh 03 dự án, tổng diện tích 674,19 ha;

- Bổ sung 23 dự án, tổng diện tích 518,38 ha.

- Điều chỉnh nội dung ghi tại Điều 1 “Danh mục các công trình, dự án nằm trong Kế hoạch sử dụng đất năm 2025 bao gồm 104 dự án với tổng diện tích 1.140,37 ha” thành “Danh mục các công trình, dự án nằm trong Kế hoạch sử dụng đất năm 2025 huyện Mê Linh bao gồm 127 dự án với tổng diện tích 1.769,75 ha".

- Các nội dung thực hiện theo Quyết định 6769/QĐ-UBND ngày 31/12/2024 của UBND Thành phố.

(13) Huyện Thường Tín

Ngày 23/5/2025, Phó Chủ tịch UBND Thành phố Nguyễn Trọng Đông vừa ký ban hành Quyết định 2585/QĐ-UBND về việc điều chỉnh bổ sung Kế hoạch sử dụng đất năm 2025 huyện Thường Tín.

- Điều chỉnh, bổ sung 13 công trình, dự án với tổng diện tích sử dụng đất khoảng 93,29 ha trong Danh mục các công trình, dự án thực hiện trong Kế hoạch sử dụng đất năm 2025 huyện Thường Tín.

- Điều chỉnh nội dung "Danh mục các công trình, dự án nằm trong kế hoạch sử dụng đất năm 2025 bao gồm 223 dự án với tổng diện tích là 836,28 ha" tại khoản 1 Điều 1 Quyết định 34/QĐ-UBND ngày 05/01/2025 của UBND Thành phố thành "Danh mục các công trình, dự án trong Kế hoạch sử dụng đất năm 2025 huyện Thường Tín bao gồm 236 dự án, với tổng diện tích khoảng 929,57 ha."

=====RELATIONS=====
