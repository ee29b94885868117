doc: tnt305-tvpl__bai-viet-tvnd-khu-do-thi-moi-phia-tay-thi-tran-voi-bac-ninh
source: ../shared/corpus/raw/tnt305-tvpl__bai-viet-tvnd-khu-do-thi-moi-phia-tay-thi-tran-voi-bac-ninh.txt
span: 0 3797
=====TEXT=====
Điều chỉnh các Quyết định chuyển mục đích sử dụng đất xây dựng dự án Khu đô thị mới phía Tây thị trấn Vôi (Bắc Ninh)

Ngày 26/11/2025, UBND tỉnh Bắc Ninh đã ban hành Quyết định 1537/QĐ-UBND về việc điều chỉnh các Quyết định của UBND tỉnh: số 1175/QĐ-UBND ngày 16/12/2020, số 1268/QĐ-UBND ngày 16/11/2023 về việc chuyển mục đích sử dụng đất, giao đất cho Công ty cổ phần thương mại Tuấn Mai để thực hiện dự án Khu đô thị mới phía Tây thị trấn Vôi, huyện Lạng Giang (nay là xã Lạng Giang, tỉnh Bắc Ninh).

Theo đó, Quyết định 1537/QĐ-UBND 2025 điều chỉnh các Quyết định chuyển mục đích sử dụng đất xây dựng dự án Khu đô thị mới phía Tây thị trấn Vôi (Bắc Ninh) cụ thể như sau:

(1) Điều chỉnh khoản 1 Điều 1 Quyết định 1175/QĐ-UBND 2020

Chuyển mục đích sử dụng diện tích 235.494,6 m2 (Hai trăm ba lăm nghìn, bốn trăm chín mươi bốn phẩy sáu mét vuông) đất đã được UBND huyện Lạng Giang thu hồi tại các Quyết định: Số 1055/QĐ-UBND ngày 19/9/2018, số 1255/QĐ-UBND ngày 26/8/2019, số 2007/QĐ-UBND ngày 26/12/2019, số 485/QĐ-UBND ngày 03/7/2020, số 765/QĐ-UBND ngày 11/8/2020, số 961/QĐ-UBND ngày 15/9/2020, số 1052/QĐ-UBND ngày 02/10/2020 và số 1146/QĐ-UBND ngày 30/10/2020, trong đó:

- Đất chuyên trồng lúa nước: 205.416,5 m2;

- Đất trồng cây hàng năm khác: 2.199,8 m2;

- Đất nuôi trồng thuỷ sản: 4.973,7 m2;

- Đất giao thông: 7.887,7 m2;

- Đất thuỷ lợi: 15.016,9 m2.

(2) Điều chỉnh nội dung tại điểm 4.2 khoản 4 Điều 1 Quyết định 1268/QĐ-UBND 2023

Chuyển mục đích sử dụng diện tích 239.177,9 m2 (Hai trăm ba mươi chín nghìn, một trăm bảy mươi bảy phẩy chín mét vuông) đất đã được UBND huyện Lạng Giang thu hồi tại các Quyết định: số 1705/QĐ-UBND ngày 17/11/2020, số 1718/QĐ-UBND ngày 20/11/2020, số 2094/QĐ-UBND ngày 14/12/2020 và số 2098/QĐ-UBND ngày 14/12/2020, trong đó:

- Đất chuyên trồng lúa nước: 215.660,7 m2;

- Đất trồng cây hàng năm khác: 1.777,0 m2;

- Đất nuôi trồng thuỷ sản: 2.002,9 m2;

- Đất giao thông: 9.784,6 m2;

- Đất thuỷ lợi: 9.629,7 m2;

- Đất nghĩa địa: 323,0 m2.

(3) Điều chỉnh nội dung tại khoản 1, Điều 2 Quyết định 1268/QĐ-UBND 2023

Đợt 3, giai đoạn 2:

Chuyển mục đích sử dụng diện tích 15.952,3 m2 (Mười năm nghìn, chín trăm năm mươi hai phẩy ba mét vuông) đất UBND huyện Lạng Giang đã thu hồi và thực hiện xong công tác bồi thường, giải phóng mặt bằng, trong đó:

- Diện tích đất chuyên trồng lúa nước: 6.660,9 m2;

- Diện tích đất thủy lợi: 3.894,7 m2;

- Diện tích đất giao thông: 5.022,2 m2;

- Diện tích mặt nước chuyên dùng: 215,9 m2;

- Diện tích đất bằng trồng cây hàng năm khác: 158,6 m2.

Đợt 3, giai đoạn 3:

Chuyển mục đích sử dụng diện tích 9.524,6 m2 (Chín nghìn, năm trăm hai mươi bốn phẩy sáu mét vuông) đất UBND huyện Lạng Giang đã thu hồi và thực hiện xong công tác bồi thường, giải phóng mặt bằng, trong đó:

- Diện tích đất chuyên trồng lúa nước: 4.947,7 m2;

- Diện tích đất thủy lợi: 555,0 m2;

- Diện tích đất giao thông: 3.631,8 m2;

- Diện tích đất bằng trồng cây hàng năm khác: 326,9 m2;

- Diện tích đất trồng cây hàng năm khác: 63,2 m2.

> Xem chi tiết: Điều chỉnh các Quyết định chuyển mục đích sử dụng đất xây dựng dự án Khu đô thị mới phía Tây thị trấn Vôi (Bắc Ninh)

Trách nhiệm của UBND xã Lạng Giang khi xây dựng dự án Khu đô thị mới phía Tây thị trấn Vôi (Bắc Ninh)

Tại khoản 4 Điều 2 Quyết định 1537/QĐ-UBND 2025 nêu rõ trách nhiệm của UBND xã Lạng Giang khi xây dựng dự án Khu đô thị mới phía Tây thị trấn Vôi (Bắc Ninh) như sau:

Chịu trách nhiệm trước pháp luật đối với việc đảm bảo dự án phù hợp với các quy hoạch, kế hoạch sử dụng đất; thường xuyên kiểm tra, đôn đốc việc sử dụng đất, thực hiện dự án; Kịp thời xử lý nghiêm các vi phạm theo quy định (nếu có).

Lập sổ theo dõi, quản lý diện tích 8.775,1 m2 đất thực hiện theo Kết luận của Chủ tịch UBND tỉnh Bắc Giang (cũ) tại Thông báo 492/TB-UBND ngày 27/10/2023.

=====RELATIONS=====
