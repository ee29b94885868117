doc: tnt305-tvpl__quyet-dinh-2913-qd-ubnd-ha-tinh-2025
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-2913-qd-ubnd-ha-tinh-2025.txt
span: 22701 27624
=====TEXT=====
Chủ dự án đầu tư, cơ sở nộp hồ sơ đăng ký môi trường đến Ủy ban nhân dân cấp xã thông qua một trong các hình thức sau:

+ Trực tiếp tại trụ sở Ủy ban nhân dân cấp xã;

+ Qua đường bưu điện, dịch vụ bưu chính;

+ Bản điện tử.

Bước 2: Tiếp nhận hồ sơ

Theo quy định tại khoản 1 Điều 29 ⟦LEGAL_REF|Nghị định số 131/2025/NĐ-CP⟧, Chủ tịch Ủy ban nhân dân cấp xã tiếp nhận hồ sơ đăng ký môi trường của chủ dự án, cơ sở.

Bước 3: Cập nhật dữ liệu về đăng ký môi trường vào hệ thống thông tin, cơ sở dữ liệu môi trường quốc gia

Theo quy định tại khoản 2 Điều 23 ⟦LEGAL_REF|Thông tư số 02/2022/TT-BTNMT⟧ (được sửa đổi, bổ sung tại ⟦LEGAL_REF|Thông tư số 07/2025/TT-BTNMT⟧), hồ sơ đăng ký môi trường của dự án đầu tư, cơ sở được cập nhật dữ liệu về đăng ký môi trường vào hệ thống thông tin, cơ sở dữ liệu môi trường cấp quốc gia.

5.2. Thành phần, số lượng hồ sơ:

01 bản chính văn bản đăng ký môi trường của chủ dự án đầu tư, cơ sở (mẫu quy định tại Mẫu số 47 Phụ lục II ⟦LEGAL_REF|Thông tư số 02/2022/TT-BTNMT⟧, được sửa đổi, bổ sung tại ⟦LEGAL_REF|Thông tư số 07/2025/TT-BTNMT⟧).

5.3. Thời hạn giải quyết: Không quy định.

5.4. Đối tượng thực hiện thủ tục hành chính:

Chủ dự án đầu tư, cơ sở thuộc đối tượng theo quy định tại khoản 4 Điều 41 ⟦LEGAL_REF|Luật Bảo vệ môi trường⟧, trừ các trường hợp sau:

- Có phát sinh nước thải sinh hoạt xả ra môi trường phải được xử lý với tổng lưu lượng từ 50 m3/ngày trở lên;

- Có phát sinh nước thải công nghiệp xả ra môi trường phải được xử lý đối với những cơ sở, dự án thuộc loại hình có nguy cơ gây ô nhiễm môi trường quy định tại Phụ lục II ⟦LEGAL_REF|Nghị định số 08/2022/NĐ-CP⟧ (được sửa đổi, bổ sung tại ⟦LEGAL_REF|Nghị định số 05/2025/NĐ-CP⟧). Riêng loại hình chăn nuôi gia súc, giết mổ gia súc, gia cầm thực hiện theo quy định tại điểm c khoản này;

- Có phát sinh nước thải công nghiệp xả ra môi trường phải được xử lý với tổng lưu lượng từ 10 m3/ngày trở lên;

- Có phát sinh nước thải sinh hoạt và nước thải công nghiệp xả ra môi trường phải được xử lý quy định tại điểm a và điểm c khoản này với tổng lưu lượng từ 50 m3/ngày trở lên;

- Có phát sinh khí thải xả ra môi trường phải được xử lý với tổng lưu lượng từ 2.000 m3/giờ trở lên khi đi vào vận hành chính thức;

- Có phát sinh thường xuyên chất thải nguy hại với tổng khối lượng từ 100 kg/tháng trở lên hoặc từ 1.200 kg/năm trở lên và có phát sinh nước thải hoặc khí thải phải xử lý xả ra môi trường trong quá trình vận hành.

5.5. Cơ quan giải quyết TTHC:

- Cơ quan có thẩm quyền giải quyết TTHC: Ủy ban nhân dân cấp xã.

- Cơ quan trực tiếp thực hiện giải quyết TTHC: cơ quan chuyên môn về bảo vệ môi trường cấp xã.

- Cơ quan phối hợp: các cơ quan có liên quan trực thuộc Ủy ban nhân dân cấp xã.

5.6. Kết quả thực hiện TTHC:

Hồ sơ đăng ký môi trường của dự án đầu tư, cơ sở được cập nhật dữ liệu về đăng ký môi trường vào hệ thống thông tin, cơ sở dữ liệu môi trường cấp quốc gia.

5.7. Phí, lệ phí: Không quy định.

5.8. Tên các mẫu đơn, tờ khai:

Mẫu văn bản đăng ký môi trường của chủ dự án đầu tư, cơ sở (mẫu quy định tại Mẫu số 47 Phụ lục II ⟦LEGAL_REF|Thông tư số 02/2022/TT-BTNMT⟧, được sửa đổi, bổ sung tại ⟦LEGAL_REF|Thông tư số 07/2025/TT-BTNMT⟧).

5.9. Yêu cầu điều kiện thực hiện TTHC (nếu có):

Dự án đầu tư, cơ sở thuộc các nhóm I, II, III quy định tại các Phụ lục III, IV và V ban hành kèm theo ⟦LEGAL_REF|Nghị định số 08/2022/NĐ-CP⟧ (được sửa đổi, bổ sung tại ⟦LEGAL_REF|Nghị định số 05/2025/NĐ-CP⟧) thuộc đối tượng theo quy định tại khoản 4 Điều 41 ⟦LEGAL_REF|Luật Bảo vệ môi trường⟧ nhưng không thuộc các trường hợp sau:

- Có phát sinh nước thải sinh hoạt xả ra môi trường phải được xử lý với tổng lưu lượng từ 50 m3/ngày trở lên;

- Có phát sinh nước thải công nghiệp xả ra môi trường phải được xử lý đối với những cơ sở, dự án thuộc loại hình có nguy cơ gây ô nhiễm môi trường quy định tại Phụ lục II ⟦LEGAL_REF|Nghị định số 08/2022/NĐ-CP⟧ (được sửa đổi, bổ sung tại ⟦LEGAL_REF|Nghị định số 05/2025/NĐ-CP⟧). Riêng loại hình chăn nuôi gia súc, giết mổ gia súc, gia cầm thực hiện theo quy định tại điểm c khoản này;

- Có phát sinh nước thải công nghiệp xả ra môi trường phải được xử lý với tổng lưu lượng từ 10 m3/ngày trở lên;

- Có phát sinh nước thải sinh hoạt và nước thải công nghiệp xả ra môi trường phải được xử lý quy định tại điểm a và điểm c khoản này với tổng lưu lượng từ 50 m3/ngày trở lên;

- Có phát sinh khí thải xả ra môi trường phải được xử lý với tổng lưu lượng từ 2.000 m3/giờ trở lên khi đi vào vận hành chính thức;

- Có phát sinh thường xuyên chất thải nguy hại với tổng khối lượng từ 100 kg/tháng trở lên hoặc từ 1.200 kg/năm trở lên và có phát sinh nước thải hoặc khí thải phải xử lý xả ra môi trường trong quá trình vận hành.

5.10. Căn cứ pháp lý của TTHC:

- ⟦l1:LEGAL_REF|Luật Bảo vệ môi trường số 72/2020/QH14⟧ ⟦d1:DATE|ngày 17/11/2020⟧.

- ⟦r2:LEGAL_REF|Nghị định số 08/2022/NĐ-CP⟧ ⟦d2:DATE|ngày 10/01/2022⟧ của ⟦o2:ORG|Chính phủ⟧ quy định chi tiết một số điều của ⟦l2:LEGAL_REF|Luật Bảo vệ môi trường⟧.

- ⟦r3:LEGAL_REF|Nghị định số 05/2025/NĐ-CP⟧ ⟦d3:DATE|ngày 06/01/2025⟧ của ⟦o3:ORG|Chính phủ⟧ sửa đổi, bổ sung một số điều của ⟦r4:LEGAL_REF|Nghị định số 08/2022/NĐ-CP⟧ ⟦d4:DATE|ngày 10/01/2022⟧ của ⟦o4:ORG|Chính phủ⟧ quy định chi tiết một số điều của ⟦l4:LEGAL_REF|Luật Bảo vệ môi trường⟧.


=====RELATIONS=====
l1 issued_on d1
r2 issued_on d2
r2 issued_by o2
r2 implements l2
r3 issued_on d3
r3 issued_by o3
r4 issued_on d4
r4 issued_by o4
r4 implements l4
