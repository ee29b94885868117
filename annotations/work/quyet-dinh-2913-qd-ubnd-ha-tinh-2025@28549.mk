doc: tnt305-tvpl__quyet-dinh-2913-qd-ubnd-ha-tinh-2025
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-2913-qd-ubnd-ha-tinh-2025.txt
span: 28549 33513
=====TEXT=====
Số: … V/v đăng ký môi trường cho dự án đầu tư, cơ sở | (Địa danh), ngày … tháng … năm …

Kính gửi: (3)

(1) là chủ đầu tư của (2), thuộc đối tượng phải đăng ký môi trường theo quy định của ⟦LEGAL_REF|Luật Bảo vệ môi trường⟧, ⟦a1:LEGAL_REF|Nghị định số 08/2022/NĐ-CP⟧ ⟦a1d:DATE|ngày 10 tháng 01 năm 2022⟧ của ⟦a1o:ORG|Chính phủ⟧ quy định chi tiết một số điều của ⟦a1i:LEGAL_REF|Luật Bảo vệ môi trường⟧ và ⟦a2:LEGAL_REF|Nghị định số 05/2025/NĐ-CP⟧ ⟦a2d:DATE|ngày 06 tháng 01 năm 2025⟧ của ⟦a2o:ORG|Chính phủ⟧ sửa đổi, bổ sung một số điều của ⟦a3:LEGAL_REF|Nghị định số 08/2022/NĐ-CP⟧ ⟦a3d:DATE|ngày 10 tháng 01 năm 2022⟧ của ⟦a3o:ORG|Chính phủ⟧ quy định chi tiết một số điều của ⟦a3i:LEGAL_REF|Luật Bảo vệ môi trường⟧.

- Địa chỉ trụ sở chính của (1)

- Giấy chứng nhận đầu tư/đăng ký kinh doanh số:…… (hoặc các giấy tờ tương đương (nếu có)).

- Người đại diện theo pháp luật/ Người đứng đầu của (1):………………

- Điện thoại:
........................; Fax: ……………….; e-mail:……………

(1) đăng ký môi trường cho (2) với các nội dung sau:

1. Thông tin chung về dự án đầu tư, cơ sở

- Tên dự án đầu tư, cơ sở: (2).

- Địa điểm thực hiện dự án đầu tư, cơ sở; nguồn vốn và tiến độ thực hiện dự án đầu tư:………………………………………………….

- Quy mô; công suất; công nghệ và loại hình sản xuất của dự án đầu tư, cơ sở:……………………………..

- Đã được phê duyệt kết quả thẩm định báo cáo đánh giá tác động môi trường của dự án đầu tư, cơ sở theo Quyết định số……ngày… tháng… năm (nếu có) (kèm bản sao Quyết định).

2. Nguyên, nhiên liệu, hóa chất sử dụng và các sản phẩm của dự án đầu tư, cơ sở

(Liệt kê các loại nguyên, nhiên liệu, hóa chất sử dụng và các sản phẩm của dự án đầu tư, cơ sở).

3. Loại, khối lượng chất thải phát sinh của dự án đầu tư, cơ sở

- Loại nước thải (sinh hoạt, công nghiệp), khối lượng nước thải từng loại phát sinh hoặc dự kiến phát sinh và quy chuẩn kỹ thuật môi trường áp dụng:……………..

- Nguồn và lưu lượng khí thải phát sinh hoặc dự kiến phát sinh và quy chuẩn kỹ thuật môi trường áp dụng:……………………..

- Loại và khối lượng chất thải rắn sinh hoạt phát sinh hoặc dự kiến phát sinh:………..

- Loại và khối lượng chất thải rắn công nghiệp thông thường phát sinh hoặc dự kiến phát sinh:…………….

- Loại và khối lượng chất thải nguy hại phát sinh hoặc dự kiến phát sinh:……………

4. Phương án thu gom, quản lý và xử lý chất thải của dự án đầu tư, cơ sở

- Phương án thu gom, quản lý, xử lý nước thải phát sinh hoặc dự kiến phát sinh và quy chuẩn kỹ thuật môi trường áp dụng:…………

- Phương án thu gom, quản lý, xử lý khí thải phát sinh hoặc dự kiến phát sinh và quy chuẩn kỹ thuật môi trường áp dụng: ……………

- Phương án thu gom, quản lý và xử lý chất thải rắn sinh hoạt phát sinh hoặc dự kiến phát sinh:……

- Phương án thu gom, quản lý và xử lý chất thải rắn công nghiệp thông thường phát sinh hoặc dự kiến phát sinh:…………………

- Phương án thu gom, quản lý và xử lý chất thải nguy hại phát sinh hoặc dự kiến phát sinh:……..

5. Cam kết thực hiện công tác bảo vệ môi trường

(Nêu các cam kết về bảo vệ môi trường trong quá trình xây dựng dự án đầu tư và trong quá trình hoạt động sản xuất của dự án đầu tư, cơ sở)

Chúng tôi gửi kèm văn bản này 01 (một) Quyết định phê duyệt kết quả thẩm định báo cáo đánh giá tác động môi trường của dự án đầu tư, cơ sở (trường hợp dự án đầu tư, cơ sở đã có báo cáo đánh giá tác động môi trường được phê duyệt theo quy định).

Chúng tôi cam kết bảo đảm về độ trung thực, chính xác của các thông tin, số liệu được nêu trong các tài liệu nêu trên. Nếu có gì sai trái, chúng tôi hoàn toàn chịu trách nhiệm trước pháp luật của ⟦LOCATION|Việt Nam⟧.

Đề nghị (3) tiếp nhận đăng ký môi trường của (2)./

Nơi nhận:
- Như trên;
- …;
- Lưu: ... | ĐẠI DIỆN THEO PHÁP LUẬT/ NGƯỜI ĐỨNG ĐẦU CỦA (1)
(Ký, ghi rõ họ tên, chức vụ và đóng dấu) Họ và tên

6. Thành lập tổ công tác xác định nguyên nhân sự cố chất thải cấp xã ngay sau khi sự cố xảy ra

6.1. Trình tự thực hiện:

Bước 1: Nộp hồ sơ

Chủ dự án đầu tư, cơ sở để xảy ra sự cố chất thải có trách nhiệm báo cáo ngay, kịp thời đến Ủy ban nhân dân cấp xã, Ban phòng thủ dân sự cấp xã nơi xảy ra sự cố.

Bước 2: Thành lập tổ công tác xác định nguyên nhân sự cố cấp xã

Chủ tịch Ủy ban nhân dân cấp xã thành lập tổ công tác xác định nguyên nhân sự cố cấp xã ngay sau khi sự cố xảy ra.

6.2. Cách thức thực hiện: Không quy định.

6.3. Thành phần, số lượng hồ sơ: Không quy định.

6.4. Thời hạn giải quyết: Không quy định.

6.5. Đối tượng thực hiện TTHC: Chủ dự án đầu tư, cơ sở để xảy ra sự cố chất thải.

6.6. Cơ quan giải quyết TTHC:

- Cơ quan có thẩm quyền giải quyết TTHC: Ủy ban nhân dân cấp xã.

- Cơ quan trực tiếp thực hiện giải quyết TTHC: Cơ quan chuyên môn về bảo vệ môi trường cấp xã.

- Cơ quan phối hợp: các cơ quan có liên quan trực thuộc Ủy ban nhân dân cấp xã.

6.7. Kết quả thực hiện TTHC

Quyết định thành lập tổ công tác xác định nguyên nhân sự cố cấp xã ngay sau khi sự cố xảy ra.

6.8. Phí, lệ phí: Không quy định.

6.9. Tên các mẫu đơn, tờ khai: Không có quy định.

6.10. Yêu cầu điều kiện thực hiện TTHC (nếu có):

Khi xảy ra sự cố chất thải tại dự án đầu tư, cơ sở.

6.11. Căn cứ pháp lý của TTHC:

- ⟦l1:LEGAL_REF|Luật Bảo vệ môi trường số 72/2020/QH14⟧ ⟦l1d:DATE|ngày 17/11/2020⟧.


=====RELATIONS=====
a1 issued_on a1d
a1 issued_by a1o
a1 implements a1i
a2 issued_on a2d
a2 issued_by a2o
a3 issued_on a3d
a3 issued_by a3o
a3 implements a3i
l1 issued_on l1d
