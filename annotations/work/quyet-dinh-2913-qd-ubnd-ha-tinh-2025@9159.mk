doc: tnt305-tvpl__quyet-dinh-2913-qd-ubnd-ha-tinh-2025
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-2913-qd-ubnd-ha-tinh-2025.txt
span: 9159 13749
=====TEXT=====
- ⟦r1:LEGAL_REF|Nghị định số 08/2022/NĐ-CP⟧ ⟦d1:DATE|ngày 10/01/2022⟧ của ⟦o1:ORG|Chính phủ⟧ quy định chi tiết một số điều của ⟦l1:LEGAL_REF|Luật Bảo vệ môi trường⟧;
- ⟦r2:LEGAL_REF|Nghị định số 05/2025/NĐ-CP⟧ ⟦d2:DATE|ngày 06/01/2025⟧ của ⟦o2:ORG|Chính phủ⟧ sửa đổi bổ sung một số điều của ⟦LEGAL_REF|Nghị định số 08/2022/NĐ-CP⟧;
- ⟦r3:LEGAL_REF|Nghị định 131/2025/NĐ-CP⟧ ⟦d3:DATE|ngày 12/6/2025⟧ của ⟦o3:ORG|Chính phủ⟧ quy định phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của ⟦ORG|Bộ Nông nghiệp và Môi trường⟧;
- ⟦r4:LEGAL_REF|Quyết định số 11/2025/QĐ-TTg⟧ ⟦d4:DATE|ngày 23/4/2025⟧ của ⟦o4:ORG|Thủ tướng Chính phủ⟧ về ban hành quy chế ứng phó sự cố chất thải;
- ⟦r5:LEGAL_REF|Quyết định số 4569/QĐ-BNNMT⟧ ⟦d5:DATE|ngày 31/10/2025⟧ của Bộ trưởng ⟦o5:ORG|Bộ Nông nghiệp và Môi trường⟧ về việc công bố TTHC nội bộ trong hệ thống hành chính nhà nước lĩnh vực môi trường thuộc phạm vi chức năng quản lý của ⟦ORG|Bộ Nông nghiệp và Môi trường⟧.

PHẦN II.
QUY TRÌNH NỘI BỘ THỦ TỤC HÀNH CHÍNH NỘI BỘ

A. THỦ TỤC HÀNH CHÍNH NỘI BỘ CẤP TỈNH

1. Ban hành kế hoạch xử lý, cải tạo và phục hồi ô nhiễm môi trường đất đặc biệt nghiêm trọng

1.1. Trình tự thực hiện

- Bước 1: Lựa chọn đơn vị tư vấn xây dựng kế hoạch xử lý, cải tạo và phục hồi ô nhiễm môi trường đất đặc biệt nghiêm trọng (sau đây viết tắt là kế hoạch).

Cơ quan, đơn vị chủ trì lập kế hoạch tổ chức lựa chọn đơn vị tư vấn lập xây dựng kế hoạch.

- Bước 2: Lập kế hoạch

Cơ quan, đơn vị chủ trì lập kế hoạch phối hợp với đơn vị tư vấn lập kế hoạch.

- Bước 3: Xin ý kiến của các cơ quan, đơn vị trực thuộc ⟦ORG|Ủy ban nhân dân tỉnh⟧. Tổng hợp, tiếp thu, giải trình ý kiến góp ý.

Cơ quan, đơn vị chủ trì lập kế hoạch có trách nhiệm gửi hồ sơ lấy ý kiến của các cơ quan, đơn vị trực thuộc ⟦ORG|Ủy ban nhân dân tỉnh⟧ đối với dự thảo kế hoạch.

Sau khi nhận được các ý kiến góp ý, cơ quan chủ trì lập kế hoạch có trách nhiệm tổng hợp, tiếp thu, giải trình ý kiến của các cơ quan, đơn vị trực thuộc ⟦ORG|Ủy ban nhân dân tỉnh⟧, hoàn thiện dự thảo kế hoạch trước khi tổ chức họp ⟦ORG|Hội đồng thẩm định tỉnh⟧.

- Bước 4: Tổ chức họp ⟦ORG|Hội đồng thẩm định tỉnh⟧.

⟦ORG|Ủy ban nhân dân tỉnh⟧ có trách nhiệm thành lập ⟦ORG|Hội đồng thẩm định kế hoạch⟧. Sau khi họp Hội đồng thẩm định cấp tỉnh, cơ quan, đơn vị chủ trì lập kế hoạch có trách nhiệm hoàn thiện kế hoạch theo ý kết luận của Chủ tịch Hội đồng.

- Bước 5: Trình ⟦ORG|Ủy ban nhân dân tỉnh⟧ xem xét, phê duyệt kế hoạch.

- Bước 6: Công bố kế hoạch.

Cơ quan, đơn vị chủ trì lập kế hoạch phối hợp với các cơ quan, đơn vị trực thuộc ⟦ORG|Ủy ban nhân dân tỉnh⟧ tổ chức công bố kế hoạch sau khi được Chủ tịch ⟦ORG|Ủy ban nhân dân tỉnh⟧ phê duyệt.

1.2. Cách thức thực hiện: Không quy định.

1.3. Thành phần, số lượng hồ sơ: Không quy định.

1.4. Thời hạn giải quyết: Không quy định.

1.5. Đối tượng thực hiện TTHC: Cơ quan chuyên môn được ⟦ORG|Ủy ban nhân dân tỉnh⟧ giao chủ trì xây dựng kế hoạch.

1.6. Cơ quan giải quyết TTHC:

- Cơ quan có thẩm quyền giải quyết TTHC: ⟦ORG|Ủy ban nhân dân tỉnh⟧.

- Cơ quan trực tiếp thực hiện giải quyết TTHC: Cơ quan chuyên môn được ⟦ORG|Ủy ban nhân dân tỉnh⟧ giao chủ trì xây dựng kế hoạch.

- Cơ quan phối hợp: các cơ quan, đơn vị có liên quan trực thuộc ⟦ORG|Ủy ban nhân dân tỉnh⟧.

1.7. Kết quả thực hiện TTHC:
Quyết định của Chủ tịch ⟦ORG|Ủy ban nhân dân tỉnh⟧ phê duyệt kế hoạch.

1.8. Phí, lệ phí: Không quy định.

1.9. Tên mẫu đơn, mẫu tờ khai: Không quy định.

1.10. Yêu cầu, điều kiện thực hiện TTHC (nếu có): Không quy định.

1.11. Căn cứ pháp lý của TTHC:

- Điểm c khoản 1 Điều 19 ⟦l6:LEGAL_REF|Luật Bảo vệ môi trường số 72/2020/QH14⟧ ⟦d6:DATE|ngày 17/11/2020⟧.

- Khoản 1 Điều 18 ⟦r7:LEGAL_REF|Nghị định số 08/2022/NĐ-CP⟧ ⟦d7:DATE|ngày 10/01/2022⟧.

- Điều 36 ⟦r8:LEGAL_REF|Nghị định số 136/2025/NĐ-CP⟧ ⟦d8:DATE|ngày 12/6/2025⟧ của ⟦o8:ORG|Chính phủ⟧ quy định phân quyền, phân cấp trong lĩnh vực nông nghiệp và môi trường.

2. Xây dựng kế hoạch xử lý, cải tạo và phục hồi ô nhiễm môi trường đất đặc biệt nghiêm trọng

2.1. Trình tự thực hiện

- Bước 1: ⟦ORG|Ủy ban nhân dân tỉnh⟧ giao đơn vị chủ trì thực hiện nhiệm vụ xây dựng Kế hoạch xử lý, cải tạo và phục hồi ô nhiễm môi trường đất đặc biệt nghiêm trọng (sau đây viết tắt là kế hoạch).

- Bước 2: Xây dựng thuyết minh đề cương, dự toán nhiệm vụ

Cơ quan, đơn vị chủ trì lập kế hoạch xây dựng nội dung thuyết minh đề cương, dự toán nhiệm vụ.

- Bước 3: ⟦ORG|Ủy ban nhân dân tỉnh⟧ phê duyệt đề cương, dự toán nhiệm vụ

- Bước 4: Cơ quan, đơn vị chủ trì xây dựng kế hoạch lựa chọn nhà thầu để thực hiện các nội dung/hạng mục công việc trong nhiệm vụ trình cơ quan có thẩm quyền phê duyệt

- Bước 5: Tổ lựa chọn đơn vị thực hiện các nội dung nhiệm vụ

- Bước 6: Tổ chức thực hiện nhiệm vụ đã được phê duyệt

- Bước 7: Cơ quan, đơn vị chủ trì thực hiện nhiệm vụ báo cáo ⟦ORG|Ủy ban nhân dân tỉnh⟧ về kết quả thực hiện nhiệm vụ, trong đó sản phẩm chính là Dự thảo kế hoạch xử lý, cải tạo và phục hồi ô nhiễm môi trường đất đặc biệt nghiêm trọng.

=====RELATIONS=====
r1 issued_on d1
r1 issued_by o1
r1 implements l1
r2 issued_on d2
r2 issued_by o2
r3 issued_on d3
r3 issued_by o3
r4 issued_on d4
r4 issued_by o4
r5 issued_on d5
r5 issued_by o5
l6 issued_on d6
r7 issued_on d7
r8 issued_on d8
r8 issued_by o8
