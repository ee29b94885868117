doc: tnt305-tvpl__bai-viet-tvnd-ke-hoach-su-dung-dat-2025-ha-noi
source: ../shared/corpus/raw/tnt305-tvpl__bai-viet-tvnd-ke-hoach-su-dung-dat-2025-ha-noi.txt
span: 0 5538
=====TEXT=====
Hà Nội điều chỉnh bổ sung kế hoạch sử dụng đất tại các quận huyện ra sao?

UBND Thành phố Hà Nội điều chỉnh bổ sung kế hoạch sử dụng đất tại các quận huyện sau đây:

(1) Quận Tây Hồ

Ngày 22/5/2025, Phó Chủ tịch UBND Thành phố Nguyễn Trọng Đông vừa ký ban hành Quyết định 2567/QĐ-UBND về việc điều chỉnh bổ sung Kế hoạch sử dụng đất năm 2025 quận Tây Hồ.

Theo đó, quận Tây Hồ sẽ có 17 công trình, dự án được điều chỉnh, bổ sung với tổng diện tích khoảng 46,84ha.

Bên cạnh đó, điều chỉnh nội dung "Danh mục các công trình, dự án nằm trong kế hoạch sử dụng đất năm 2025 bao gồm 89 dự án với tổng diện tích là 384,92 ha" tại khoản 1 Điều 1 Quyết định 119/QĐ-UBND ngày 08/01/2025 của UBND Thành phố Hà Nội thành "Danh mục các công trình, dự án trong Kế hoạch sử dụng đất năm 2025 quận Tây Hồ bao gồm 98 dự án, với tổng diện tích khoảng 426,55 ha."

Các nội dung khác của Kế hoạch sử dụng đất năm 2025 quận Tây Hồ thực hiện theo Quyết định 119/QĐ-UBND ngày 08/01/2025 của UBND Thành phố Hà Nội.

(2) Quận Long Biên

Ngày 23/5/2025, Phó Chủ tịch UBND Thành phố Nguyễn Trọng Đông vừa ký ban hành Quyết định 2595/QĐ-UBND về việc điều chỉnh bổ sung Kế hoạch sử dụng đất năm 2025 quận Long Biên đã được UBND Thành phố phê duyệt tại Quyết định 11/QĐ-UBND ngày 03/01/2025.

- Bổ sung 21 công trình, dự án, trong đó là một số các dự án trọng điểm: Cải tạo nâng cấp sông Cầu Bây; xây dựng 3 tuyến đường theo quy hoạch (01 tuyến đường 13,0m nối từ đê tả Hồng hữu Đuống đến đường 40m Ngọc Thụy, 01 tuyến từ ngõ 66 Ngọc Thụy đến đường 40m Ngọc Thụy và 01 tuyến 13,5m từ ngõ 140 Ngọc Thụy đến hết ô A.8/NT2), phường Ngọc Thụy; dự án TP1.2: GPMB trên địa bàn quận Long Biên; dự án đầu tư xây dựng cầu Trần Hưng Đạo với tổng diện tích sử dụng đất khoảng 218,27ha.

- Điều chỉnh nội dung “Danh mục các công trình, dự án nằm trong kế hoạch sử dụng đất năm 2025 bao gồm 152 dự án với tổng diện tích là 651,03ha” tại khoản 1 Điều 1 Quyết định 11/QĐ-UBND ngày 03/01/2025 của UBND TP thành “Danh mục các công trình, dự án trong Kế hoạch sử dụng đất năm 2025 quận Long Biên bao gồm 173 dự án, với tổng diện tích khoảng 869,30 ha.”.

- Các nội dung khác của Kế hoạch sử dụng đất năm 2025 quận Long Biên thực hiện theo Quyết định 11/QĐ-UBND năm 2025 của UBND Thành phố Hà Nội.

(3) Hà Đông

Ngày 22/5/2025, Phó Chủ tịch UBND Thành phố Nguyễn Trọng Đông vừa ký ban hành Quyết định 2571/QĐ-UBND về việc điều chỉnh, bổ sung Kế hoạch sử dụng đất năm 2025 quận Hà Đông, cụ thể như sau:

- Bổ sung danh mục 06 dự án với tổng diện tích 8,07ha đất.

- Điều chỉnh số dự án và diện tích ghi tại khoản 1 Điều 1 thành 44 dự án với tổng diện tích 274,79ha đất.

Các nội dung khác thực hiện theo Quyết định 123/QĐ-UBND ngày 08/01/2025 của UBND Thành phố và quy định của pháp luật hiện hành.

(4) Huyện Quốc Oai

Ngày 22/5/2025, Phó Chủ tịch UBND Thành phố Nguyễn Trọng Đông vừa ký ban hành Quyết định 2570/QĐ-UBND về việc điều chỉnh, bổ sung Kế hoạch sử dụng đất năm 2025 huyện Quốc Oai, cụ thể như sau:

- Điều chỉnh, bổ sung 07 công trình, dự án với tổng diện tích sử dụng đất khoảng 16,74 ha (trong đó: điều chỉnh 05 dự án, diện tích 4,68 ha; bổ sung mới 02 dự án, diện tích 12,06 ha) trong Danh mục các công trình, dự án thực hiện trong Kế hoạch sử dụng đất năm 2025 huyện Quốc Oai.

- Điều chỉnh nội dung “Danh mục các công trình, dự án nằm trong kế hoạch sử dụng đất năm 2025 bao gồm 126 dự án với tổng diện tích là 1.068,02ha” tại khoản 1 Điều 1 Quyết định 177/QĐ-UBND ngày 10/01/2025 của UBND Thành phố thành “Danh mục các công trình, dự án trong Kế hoạch sử dụng đất năm 2025 huyện Quốc Oai bao gồm 128 dự án, với tổng diện tích khoảng 1.080,08ha”.

Các nội dung khác của Kế hoạch sử dụng đất năm 2025 huyện Quốc Oai thực hiện theo Quyết định 177/QĐ-UBND ngày 10/01/2025 của UBND Thành phố.

(5) Huyện Phúc Thọ

Phó Chủ tịch UBND Thành phố Nguyễn Trọng Đông vừa ký ban hành Quyết định 2573/QĐ-UBND về việc điều chỉnh, bổ sung Kế hoạch sử dụng đất năm 2025 huyện Phúc Thọ, cụ thể như sau:

- Điều chỉnh, bổ sung diện tích (diện tích thu hồi, đăng ký chuyển mục đíchđất trồng lúa để làm thủ tục xin giao đất): 47 dự án

- Bổ sung đăng ký mới danh mục 05 dự án với diện tích 20,69ha

- Điều chỉnh nội dung tại khoản 2 Điều 1 Quyết định 364/QĐ-UBND ngày 17/01/2025 của UBND Thành phố thành: 156 dự án, tổng diện tích 561,22ha.

Các nội dung khác của Kế hoạch sử dụng đất năm 2025 huyện Phúc Thọ thực hiện theo Quyết định 32/QĐ-UBND ngày 05/01/2025 và Quyết định 364/QĐ-UBND ngày 17/01/2025 của UBND Thành phố.

(6) Quận Ba Đình

Ngày 20/5/2025, UBND Thành phố Hà Nội đã ban hành Quyết định 2515/QĐ-UBND năm 2025 về việc điều chỉnh, bổ sung Kế hoạch sử dụng đất năm 2025 quận Ba Đình, cụ thể như sau:

- Điều chỉnh, bổ sung 02 công trình, dự án (với tổng diện tích sử dụng đất khoảng 0,2087ha) trong Danh mục các công trình, dự án thực hiện trong Kế hoạch sử dụng đất năm 2025 quận Ba Đình.

- Điều chỉnh nội dung “Danh mục các công trình, dự án nằm trong kế hoạch sử dụng đất năm 2025 bao gồm 55 dự án với tổng diện tích là 30,583 ha” tại khoản 1 Điều 1 Quyết định 21/QĐ-UBND năm 2025 của UBND Thành phố thành “Danh mục các công trình, dự án nằm trong kế hoạch sử dụng đất năm 2025 bao gồm 57 dự án, với tổng diện tích khoảng 30,7917ha.

Các nội dung khác của Kế hoạch sử dụng đất năm 2025 quận Ba Đình thực hiện theo Quyết định 21/QĐ-UBND ngày 03/01/2025 của UBND Thành phố.

(7) Quận Hai Bà Trưng

Ngày 20/05/2025, UBND Thành phố Hà Nội ban hành Quyết định 2509/QĐ-UBND năm 2025 về việc điều chỉnh, bổ sung Kế hoạch sử dụng đất năm 2025 quận Hai Bà Trưng, cụ thể như sau:

=====RELATIONS=====
