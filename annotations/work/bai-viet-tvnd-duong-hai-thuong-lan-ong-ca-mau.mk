doc: tnt305-tvpl__bai-viet-tvnd-duong-hai-thuong-lan-ong-ca-mau
source: ../shared/corpus/raw/tnt305-tvpl__bai-viet-tvnd-duong-hai-thuong-lan-ong-ca-mau.txt
span: 0 4292
=====TEXT=====
Thông tin ⟦e1:PROJECT|Dự án xây dựng đường Hải Thượng Lãn Ông nối dài⟧ tại ⟦e2:ADMIN_UNIT|Cà Mau⟧

⟦e3:DATE|Ngày 28 tháng 11 năm 2025⟧, ⟦e4:ORG|UBND tỉnh Cà Mau⟧ ban hành ⟦e5:LEGAL_REF|Quyết định 01892/QĐ-UBND⟧ về chủ trương đầu tư ⟦PROJECT|Dự án đầu tư xây dựng đường Hải Thượng Lãn Ông nối dài⟧.

Theo ⟦e6:LEGAL_REF|Quyết định 01892/QĐ-UBND⟧ ⟦e7:DATE|2025⟧ có nêu một số thông tin ⟦e8:PROJECT|Dự án xây dựng đường Hải Thượng Lãn Ông nối dài⟧ tại ⟦e9:ADMIN_UNIT|Cà Mau⟧ như sau:

1. Mục tiêu đầu tư:

⟦PROJECT|Dự án đầu tư xây dựng đường Hải Thượng Lãn Ông nối dài⟧ nhằm từng bước hoàn chỉnh, đồng bộ kết cấu hạ tầng giao thông theo quy hoạch được duyệt; phục vụ nhu cầu giao thông đi lại, vận chuyển hàng hóa của người dân trong khu vực được thuận lợi, an toàn và nhanh chóng; thu hút thêm nguồn lực mời gọi đầu tư; góp phần thúc đẩy phát triển kinh tế - xã hội của địa phương.

2. Quy mô đầu tư:

Tổng chiều dài tuyến thiết kế khoảng 5,645km (trong đó, đoạn nâng cấp, mở rộng ⟦PROJECT|đường Hải Thượng Lãn Ông nối dài⟧ hiện hữu dài khoảng 2,42km; đoạn còn lại xây dựng mới dài khoảng 3,225km (bao gồm ⟦PROJECT|cầu Rạch Nhum⟧)); điểm đầu tại ⟦LOCATION|cống kênh Cống Đôi⟧, điểm cuối kết nối vào ⟦LOCATION|tuyến tránh Quốc lộ 1⟧.

() Phần đường:

- Đoạn nâng cấp, mở rộng (từ ⟦LOCATION|cống kênh Cống Đôi⟧ đến ⟦PROJECT|cầu Rạch Nhum⟧, chiều dài khoảng 2,42km): Đầu tư hoàn thiện 1/2 mặt cắt ngang theo quy hoạch (bao gồm hạ tầng kỹ thuật); cụ thể:

+ Chiều rộng mặt đường: 8,0m.

+ Chiều rộng vỉa hè: 6,0m.

+ Chiều rộng lề đường: 1,0m.

+ Chiều rộng nền đường: 15,0m.

- Đoạn xây dựng mới (từ ⟦PROJECT|cầu Rạch Nhum⟧ đến ⟦LOCATION|tuyến tránh Quốc lộ 1⟧, chiều dài khoảng 3,065km): Chỉ đầu tư phần đường; cụ thể:

+ Chiều rộng mặt đường: 8,0m.

+ Chiều rộng lề đường: 2x0,5m = 1,0m.

+ Chiều rộng nền đường: 9,0m.

() Phần cầu:

Đầu tư xây dựng 01 đơn nguyên ⟦PROJECT|cầu Rạch Nhum⟧.

- Tải trọng thiết kế: HL93.

- Mặt cắt ngang cầu:

+ Chiều rộng phần xe chạy: 8,0m.

+ Chiều rộng lề bộ hành: 2,0m.

+ Chiều rộng gờ lan can: 0,5m.

+ Chiều rộng toàn cầu: 10,5m.

() Các hạng mục khác:

- Xây dựng hệ thống cống ngang đường theo nhu cầu thực tế, phục vụ sản xuất và nuôi trồng thủy sản của người dân trong khu vực.

- Lắp đặt, xây dựng hệ thống báo hiệu giao thông và công trình an toàn giao thông trên tuyến theo quy định, phù hợp với tình hình thực tế.

3. Nhóm dự án: Dự án nhóm B.

4. Tổng mức đầu tư dự án: ⟦MONEY|453.257.085.000 đồng⟧.

5. Cơ cấu nguồn vốn: Ngân sách tỉnh trong Kế hoạch đầu tư công trung hạn ⟦DATE|giai đoạn 2026 - 2030⟧.

6. Địa điểm thực hiện dự án: ⟦e10:ADMIN_UNIT|Phường Hòa Thành⟧, ⟦e11:ADMIN_UNIT|tỉnh Cà Mau⟧.

7. Thời gian thực hiện dự án: ⟦DATE|Năm 2026 - 2029⟧.

8. Chủ đầu tư: ⟦ORG|Ban Quản lý dự án xây dựng công trình giao thông Cà Mau⟧.

Tổ chức thực hiện ⟦e12:PROJECT|Dự án xây dựng đường Hải Thượng Lãn Ông nối dài⟧ tại ⟦e13:ADMIN_UNIT|Cà Mau⟧ như thế nào?

Căn cứ theo Điều 2 ⟦e14:LEGAL_REF|Quyết định 01892/QĐ-UBND⟧ ⟦e15:DATE|2025⟧ việc tổ chức thực hiện ⟦e16:PROJECT|Dự án xây dựng đường Hải Thượng Lãn Ông nối dài⟧ tại ⟦e17:ADMIN_UNIT|Cà Mau⟧ được quy định như sau:

1. ⟦ORG|Sở Xây dựng⟧: Chịu trách nhiệm toàn diện về các thông tin, số liệu trong Báo cáo đề xuất chủ trương đầu tư dự án, cũng như tiếp thu, giải trình ý kiến của các sở, ngành có liên quan, đảm bảo tính khả thi, hiệu quả của dự án.

2. ⟦ORG|Hội đồng thẩm định chủ trương đầu tư⟧: Chịu trách nhiệm toàn diện về trình tự, thủ tục, kết quả thẩm định và những kiến nghị liên quan đến Báo cáo đề xuất chủ trương đầu tư dự án.

3. ⟦ORG|Ban Quản lý dự án xây dựng công trình giao thông Cà Mau⟧:

Chủ trì, phối hợp với các đơn vị liên quan lập hồ sơ, thủ tục theo quy định, trình cấp có thẩm quyền quyết định đầu tư dự án theo đúng quy định của ⟦LEGAL_REF|Luật Đầu tư công 2024⟧ và pháp luật liên quan; tập trung triển khai thực hiện hoàn thành dự án đúng tiến độ, đảm bảo chất lượng, không để thất thoát, lãng phí ngân sách nhà nước; đồng thời, lưu ý rà soát, thực hiện ý kiến của cơ quan thẩm định tại ⟦e18:LEGAL_REF|Báo cáo 198/BC-HĐTĐ⟧ ⟦e19:DATE|2025⟧.

Trong bước tiếp theo, yêu cầu ⟦ORG|Ban Quản lý dự án xây dựng công trình giao thông Cà Mau⟧ chỉ đạo nghiên cứu, tính toán, phân tích để lựa chọn phương án tối ưu, phù hợp điều kiện thực tế, đảm bảo các yêu cầu kinh tế - kỹ thuật, phát huy hiệu quả đầu tư và tuân thủ các quy định của pháp luật về đầu tư công, xây dựng và pháp luật có liên quan.

4. ⟦ORG|Sở Tài chính⟧:

- Tham mưu, đề xuất cấp có thẩm quyền cân đối, bố trí đủ vốn đảm bảo triển khai hoàn thành đúng tiến độ dự án được phê duyệt theo quy định pháp luật.

- Chủ trì, phối hợp với các đơn vị có liên quan kiểm tra, giám sát việc thực hiện Quyết định này; báo cáo ⟦ORG|Ủy ban nhân dân tỉnh⟧ theo quy định của pháp luật.

=====RELATIONS=====
e1 located_in e2
e5 issued_on e3
e5 issued_by e4
e6 issued_on e7
e8 located_in e9
e10 located_in e11
e12 located_in e13
e14 issued_on e15
e16 located_in e17
e18 issued_on e19
