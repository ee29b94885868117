doc: tnt305-tvpl__bai-viet-tvnd-cau-vam-xang-cai-ngay-ca-mau
source: ../shared/corpus/raw/tnt305-tvpl__bai-viet-tvnd-cau-vam-xang-cai-ngay-ca-mau.txt
span: 0 4528
=====TEXT=====
Tổng mức đầu tư ⟦PROJECT|Dự án xây dựng cầu Vàm Xáng Cái Ngay tỉnh Cà Mau⟧

⟦e1:DATE|Ngày 28/11/2025⟧, ⟦e2:ORG|UBND tỉnh Cà Mau⟧ ban hành ⟦e3:LEGAL_REF|Quyết định 01891/QĐ-UBND⟧ về chủ trương đầu tư ⟦PROJECT|Dự án đầu tư xây dựng cầu Vàm Xáng Cái Ngay⟧.

Cụ thể tại ⟦e4:LEGAL_REF|Quyết định 01891/QĐ-UBND⟧ ⟦e5:DATE|năm 2025⟧, ⟦e6:ORG|UBND tỉnh Cà Mau⟧ đã phê duyệt chủ trương đầu tư ⟦PROJECT|Dự án xây dựng cầu Vàm Xáng Cái Ngay tỉnh Cà Mau⟧, với các nội dung chủ yếu về: Mục tiêu đầu tư; Quy mô đầu tư; Nhóm dự án; Tổng mức đầu tư dự án; Cơ cấu nguồn vốn; Địa điểm thực hiện dự án; Thời gian thực hiện dự án; Chủ đầu tư.

Trong đó, tổng mức đầu tư ⟦e7:PROJECT|Dự án xây dựng cầu Vàm Xáng Cái Ngay tỉnh Cà Mau⟧ là ⟦e8:MONEY|275.014.492.184 đồng⟧.

Tổ chức thực hiện ⟦LEGAL_REF|Quyết định 01891/QĐ-UBND⟧ chủ trương đầu tư ⟦PROJECT|Dự án xây dựng cầu Vàm Xáng Cái Ngay tỉnh Cà Mau⟧

Tại Điều 2 ⟦e9:LEGAL_REF|Quyết định 01891/QĐ-UBND⟧ ⟦e10:DATE|năm 2025⟧ đã nêu ra việc tổ chức thực hiện ⟦LEGAL_REF|Quyết định 01891/QĐ-UBND⟧ chủ trương đầu tư ⟦PROJECT|Dự án xây dựng cầu Vàm Xáng Cái Ngay tỉnh Cà Mau⟧ như sau:

- ⟦ORG|Sở Xây dựng⟧: Chịu trách nhiệm toàn diện về các thông tin, số liệu trong Báo cáo đề xuất chủ trương đầu tư dự án, cũng như tiếp thu, giải trình ý kiến của các sở, ngành có liên quan, đảm bảo tính khả thi, hiệu quả của dự án.

- ⟦ORG|Hội đồng thẩm định chủ trương đầu tư⟧: Chịu trách nhiệm toàn diện về trình tự, thủ tục, kết quả thẩm định và những kiến nghị liên quan đến Báo cáo đề xuất chủ trương đầu tư dự án.

- ⟦ORG|Ban Quản lý dự án xây dựng công trình giao thông Cà Mau⟧:

+ Chủ trì, phối hợp với các đơn vị có liên quan lập hồ sơ, thủ tục theo quy định, trình cấp có thẩm quyền quyết định đầu tư dự án theo đúng quy định của ⟦LEGAL_REF|Luật Đầu tư công 2024⟧ và pháp luật liên quan; tập trung triển khai thực hiện hoàn thành dự án đúng tiến độ, đảm bảo chất lượng, không để thất thoát, lãng phí ngân sách nhà nước; đồng thời, lưu ý rà soát, thực hiện ý kiến của cơ quan thẩm định tại ⟦e11:LEGAL_REF|Báo cáo số 192/BC-HĐTĐ⟧ ⟦e12:DATE|ngày 07 tháng 10 năm 2025⟧.

+ Trong bước tiếp theo, yêu cầu ⟦ORG|Ban Quản lý dự án xây dựng công trình giao thông Cà Mau⟧ chỉ đạo nghiên cứu, tính toán, phân tích để lựa chọn phương án tối ưu, phù hợp điều kiện thực tế, đảm bảo các yêu cầu kinh tế - kỹ thuật, phát huy hiệu quả đầu tư và tuân thủ các quy định của pháp luật về đầu tư công, xây dựng và pháp luật có liên quan.

- ⟦ORG|Sở Tài chính⟧:

+ Tham mưu, đề xuất cấp có thẩm quyền cân đối, bố trí đủ vốn đảm bảo triển khai hoàn thành đúng tiến độ dự án được phê duyệt theo quy định pháp luật.

+ Chủ trì, phối hợp với các đơn vị có liên quan kiểm tra, giám sát việc thực hiện Quyết định này; báo cáo ⟦ORG|Ủy ban nhân dân tỉnh⟧ theo quy định của pháp luật.

Nguyên tắc cơ bản trong hoạt động đầu tư xây dựng

Theo Điều 4 ⟦LEGAL_REF|Luật Xây dựng 2014⟧ (được sửa đổi, bổ sung tại ⟦LEGAL_REF|Luật Xây dựng sửa đổi 2020⟧; ⟦LEGAL_REF|Luật Quy hoạch đô thị và nông thôn 2024⟧), các nguyên tắc cơ bản trong hoạt động đầu tư xây dựng gồm:

- Bảo đảm đầu tư xây dựng công trình theo quy hoạch, thiết kế, bảo vệ cảnh quan, môi trường; phù hợp với điều kiện tự nhiên, xã hội, đặc điểm văn hóa của địa phương; bảo đảm ổn định cuộc sống của Nhân dân; kết hợp phát triển kinh tế - xã hội với quốc phòng, an ninh, phòng, chống thiên tai và ứng phó với biến đổi khí hậu.

- Sử dụng hợp lý nguồn lực, tài nguyên tại khu vực có dự án, bảo đảm đúng mục đích, đối tượng và trình tự đầu tư xây dựng.

- Tuân thủ tiêu chuẩn, quy chuẩn kỹ thuật, quy định của pháp luật về sử dụng vật liệu xây dựng; bảo đảm nhu cầu tiếp cận sử dụng công trình thuận lợi, an toàn cho người khuyết tật, người cao tuổi, trẻ em ở các công trình công cộng, nhà cao tầng; ứng dụng khoa học và công nghệ, áp dụng hệ thống thông tin công trình trong hoạt động đầu tư xây dựng.

- Bảo đảm chất lượng, tiến độ, an toàn công trình, tính mạng, sức khỏe con người và tài sản; phòng, chống cháy, nổ; bảo vệ môi trường.

- Bảo đảm xây dựng đồng bộ trong từng công trình và đồng bộ với các công trình hạ tầng kỹ thuật, hạ tầng xã hội.

- Tổ chức, cá nhân khi tham gia hoạt động xây dựng phải có đủ điều kiện năng lực theo quy định; chịu trách nhiệm về chất lượng công việc do mình thực hiện theo quy định của ⟦LEGAL_REF|Luật Xây dựng 2014⟧.

- Bảo đảm công khai, minh bạch, tiết kiệm, hiệu quả; phòng, chống tham nhũng, lãng phí, thất thoát và tiêu cực khác trong hoạt động đầu tư xây dựng.

- Phân định rõ chức năng quản lý nhà nước trong hoạt động đầu tư xây dựng với chức năng quản lý của người quyết định đầu tư, chủ đầu tư phù hợp với từng loại nguồn vốn sử dụng.

- Khi đầu tư xây dựng, quản lý vận hành công trình xây dựng, phát triển vật liệu xây dựng phải có giải pháp kỹ thuật và quản lý nhằm bảo đảm sử dụng tiết kiệm, hiệu quả năng lượng, tài nguyên và bảo vệ môi trường.

=====RELATIONS=====
e3 issued_on e1
e3 issued_by e2
e4 issued_on e5
e4 issued_by e6
e7 has_amount e8
e9 issued_on e10
e11 issued_on e12
