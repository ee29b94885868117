doc: tnt305-tvpl__bai-viet-tvnd-khu-do-thi-moi-phia-tay-thi-tran-voi-bac-ninh
source: ../shared/corpus/raw/tnt305-tvpl__bai-viet-tvnd-khu-do-thi-moi-phia-tay-thi-tran-voi-bac-ninh.txt
span: 0 3797
=====TEXT=====
Điều chỉnh các Quyết định chuyển mục đích sử dụng đất xây dựng dự án ⟦e1:PROJECT|Khu đô thị mới phía Tây thị trấn Vôi⟧ (⟦e2:ADMIN_UNIT|Bắc Ninh⟧)

⟦e3:DATE|Ngày 26/11/2025⟧, ⟦e4:ORG|UBND tỉnh Bắc Ninh⟧ đã ban hành ⟦e5:LEGAL_REF|Quyết định 1537/QĐ-UBND⟧ về việc điều chỉnh các Quyết định của ⟦e6:ORG|UBND tỉnh⟧: ⟦e7:LEGAL_REF|số 1175/QĐ-UBND⟧ ⟦e8:DATE|ngày 16/12/2020⟧, ⟦e9:LEGAL_REF|số 1268/QĐ-UBND⟧ ⟦e10:DATE|ngày 16/11/2023⟧ về việc chuyển mục đích sử dụng đất, giao đất cho ⟦ORG|Công ty cổ phần thương mại Tuấn Mai⟧ để thực hiện dự án ⟦e11:PROJECT|Khu đô thị mới phía Tây thị trấn Vôi⟧, ⟦e12:ADMIN_UNIT|huyện Lạng Giang⟧ (nay là ⟦e13:ADMIN_UNIT|xã Lạng Giang⟧, ⟦e14:ADMIN_UNIT|tỉnh Bắc Ninh⟧).

Theo đó, ⟦e15:LEGAL_REF|Quyết định 1537/QĐ-UBND⟧ ⟦e16:DATE|2025⟧ điều chỉnh các Quyết định chuyển mục đích sử dụng đất xây dựng dự án ⟦e17:PROJECT|Khu đô thị mới phía Tây thị trấn Vôi⟧ (⟦e18:ADMIN_UNIT|Bắc Ninh⟧) cụ thể như sau:

(1) Điều chỉnh khoản 1 Điều 1 ⟦e19:LEGAL_REF|Quyết định 1175/QĐ-UBND⟧ ⟦e20:DATE|2020⟧

Chuyển mục đích sử dụng diện tích ⟦AREA|235.494,6 m2⟧ (Hai trăm ba lăm nghìn, bốn trăm chín mươi bốn phẩy sáu mét vuông) đất đã được ⟦e21:ORG|UBND huyện Lạng Giang⟧ thu hồi tại các Quyết định: ⟦e22:LEGAL_REF|Số 1055/QĐ-UBND⟧ ⟦e23:DATE|ngày 19/9/2018⟧, ⟦e24:LEGAL_REF|số 1255/QĐ-UBND⟧ ⟦e25:DATE|ngày 26/8/2019⟧, ⟦e26:LEGAL_REF|số 2007/QĐ-UBND⟧ ⟦e27:DATE|ngày 26/12/2019⟧, ⟦e28:LEGAL_REF|số 485/QĐ-UBND⟧ ⟦e29:DATE|ngày 03/7/2020⟧, ⟦e30:LEGAL_REF|số 765/QĐ-UBND⟧ ⟦e31:DATE|ngày 11/8/2020⟧, ⟦e32:LEGAL_REF|số 961/QĐ-UBND⟧ ⟦e33:DATE|ngày 15/9/2020⟧, ⟦e34:LEGAL_REF|số 1052/QĐ-UBND⟧ ⟦e35:DATE|ngày 02/10/2020⟧ và ⟦e36:LEGAL_REF|số 1146/QĐ-UBND⟧ ⟦e37:DATE|ngày 30/10/2020⟧, trong đó:

- Đất chuyên trồng lúa nước: ⟦AREA|205.416,5 m2⟧;

- Đất trồng cây hàng năm khác: ⟦AREA|2.199,8 m2⟧;

- Đất nuôi trồng thuỷ sản: ⟦AREA|4.973,7 m2⟧;

- Đất giao thông: ⟦AREA|7.887,7 m2⟧;

- Đất thuỷ lợi: ⟦AREA|15.016,9 m2⟧.

(2) Điều chỉnh nội dung tại điểm 4.2 khoản 4 Điều 1 ⟦e38:LEGAL_REF|Quyết định 1268/QĐ-UBND⟧ ⟦e39:DATE|2023⟧

Chuyển mục đích sử dụng diện tích ⟦AREA|239.177,9 m2⟧ (Hai trăm ba mươi chín nghìn, một trăm bảy mươi bảy phẩy chín mét vuông) đất đã được ⟦e40:ORG|UBND huyện Lạng Giang⟧ thu hồi tại các Quyết định: ⟦e41:LEGAL_REF|số 1705/QĐ-UBND⟧ ⟦e42:DATE|ngày 17/11/2020⟧, ⟦e43:LEGAL_REF|số 1718/QĐ-UBND⟧ ⟦e44:DATE|ngày 20/11/2020⟧, ⟦e45:LEGAL_REF|số 2094/QĐ-UBND⟧ ⟦e46:DATE|ngày 14/12/2020⟧ và ⟦e47:LEGAL_REF|số 2098/QĐ-UBND⟧ ⟦e48:DATE|ngày 14/12/2020⟧, trong đó:

- Đất chuyên trồng lúa nước: ⟦AREA|215.660,7 m2⟧;

- Đất trồng cây hàng năm khác: ⟦AREA|1.777,0 m2⟧;

- Đất nuôi trồng thuỷ sản: ⟦AREA|2.002,9 m2⟧;

- Đất giao thông: ⟦AREA|9.784,6 m2⟧;

- Đất thuỷ lợi: ⟦AREA|9.629,7 m2⟧;

- Đất nghĩa địa: ⟦AREA|323,0 m2⟧.

(3) Điều chỉnh nội dung tại khoản 1, Điều 2 ⟦e49:LEGAL_REF|Quyết định 1268/QĐ-UBND⟧ ⟦e50:DATE|2023⟧

Đợt 3, giai đoạn 2:

Chuyển mục đích sử dụng diện tích ⟦AREA|15.952,3 m2⟧ (Mười năm nghìn, chín trăm năm mươi hai phẩy ba mét vuông) đất ⟦ORG|UBND huyện Lạng Giang⟧ đã thu hồi và thực hiện xong công tác bồi thường, giải phóng mặt bằng, trong đó:

- Diện tích đất chuyên trồng lúa nước: ⟦AREA|6.660,9 m2⟧;

- Diện tích đất thủy lợi: ⟦AREA|3.894,7 m2⟧;

- Diện tích đất giao thông: ⟦AREA|5.022,2 m2⟧;

- Diện tích mặt nước chuyên dùng: ⟦AREA|215,9 m2⟧;

- Diện tích đất bằng trồng cây hàng năm khác: ⟦AREA|158,6 m2⟧.

Đợt 3, giai đoạn 3:

Chuyển mục đích sử dụng diện tích ⟦AREA|9.524,6 m2⟧ (Chín nghìn, năm trăm hai mươi bốn phẩy sáu mét vuông) đất ⟦ORG|UBND huyện Lạng Giang⟧ đã thu hồi và thực hiện xong công tác bồi thường, giải phóng mặt bằng, trong đó:

- Diện tích đất chuyên trồng lúa nước: ⟦AREA|4.947,7 m2⟧;

- Diện tích đất thủy lợi: ⟦AREA|555,0 m2⟧;

- Diện tích đất giao thông: ⟦AREA|3.631,8 m2⟧;

- Diện tích đất bằng trồng cây hàng năm khác: ⟦AREA|326,9 m2⟧;

- Diện tích đất trồng cây hàng năm khác: ⟦AREA|63,2 m2⟧.

> Xem chi tiết: Điều chỉnh các Quyết định chuyển mục đích sử dụng đất xây dựng dự án ⟦e51:PROJECT|Khu đô thị mới phía Tây thị trấn Vôi⟧ (⟦e52:ADMIN_UNIT|Bắc Ninh⟧)

Trách nhiệm của ⟦ORG|UBND xã Lạng Giang⟧ khi xây dựng dự án ⟦e53:PROJECT|Khu đô thị mới phía Tây thị trấn Vôi⟧ (⟦e54:ADMIN_UNIT|Bắc Ninh⟧)

Tại khoản 4 Điều 2 ⟦e55:LEGAL_REF|Quyết định 1537/QĐ-UBND⟧ ⟦e56:DATE|2025⟧ nêu rõ trách nhiệm của ⟦ORG|UBND xã Lạng Giang⟧ khi xây dựng dự án ⟦e57:PROJECT|Khu đô thị mới phía Tây thị trấn Vôi⟧ (⟦e58:ADMIN_UNIT|Bắc Ninh⟧) như sau:

Chịu trách nhiệm trước pháp luật đối với việc đảm bảo dự án phù hợp với các quy hoạch, kế hoạch sử dụng đất; thường xuyên kiểm tra, đôn đốc việc sử dụng đất, thực hiện dự án; Kịp thời xử lý nghiêm các vi phạm theo quy định (nếu có).

Lập sổ theo dõi, quản lý diện tích ⟦AREA|8.775,1 m2⟧ đất thực hiện theo Kết luận của Chủ tịch ⟦e59:ORG|UBND tỉnh Bắc Giang⟧ (cũ) tại ⟦e60:LEGAL_REF|Thông báo 492/TB-UBND⟧ ⟦e61:DATE|ngày 27/10/2023⟧.

=====RELATIONS=====
e1 located_in e2
e5 issued_on e3
e5 issued_by e4
e7 issued_on e8
e7 issued_by e6
e9 issued_on e10
e9 issued_by e6
e11 located_in e12
e11 located_in e13
e13 located_in e14
e15 issued_on e16
e17 located_in e18
e19 issued_on e20
e22 issued_on e23
e22 issued_by e21
e24 issued_on e25
e24 issued_by e21
e26 issued_on e27
e26 issued_by e21
e28 issued_on e29
e28 issued_by e21
e30 issued_on e31
e30 issued_by e21
e32 issued_on e33
e32 issued_by e21
e34 issued_on e35
e34 issued_by e21
e36 issued_on e37
e36 issued_by e21
e38 issued_on e39
e41 issued_on e42
e41 issued_by e40
e43 issued_on e44
e43 issued_by e40
e45 issued_on e46
e45 issued_by e40
e47 issued_on e48
e47 issued_by e40
e49 issued_on e50
e51 located_in e52
e53 located_in e54
e55 issued_on e56
e57 located_in e58
e60 issued_on e61
e60 issued_by e59
