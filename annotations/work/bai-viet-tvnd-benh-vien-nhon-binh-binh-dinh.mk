doc: tnt305-tvpl__bai-viet-tvnd-benh-vien-nhon-binh-binh-dinh
source: ../shared/corpus/raw/tnt305-tvpl__bai-viet-tvnd-benh-vien-nhon-binh-binh-dinh.txt
span: 0 5948
=====TEXT=====
Chấp thuận chủ trương đầu tư dự án ⟦e1:PROJECT|Bệnh viện đa khoa quốc tế Nhơn Bình⟧ tại ⟦e2:ADMIN_UNIT|Bình Định⟧ hơn ⟦e3:MONEY|637 tỷ đồng⟧

⟦e4:DATE|Ngày 14 tháng 3 năm 2025⟧, ⟦e5:ORG|Ủy ban nhân dân tỉnh Bình Định⟧ ban hành ⟦e6:LEGAL_REF|Quyết định 881/QĐ-UBND⟧ về chấp thuận chủ trương đầu tư dự án ⟦PROJECT|Bệnh viện đa khoa quốc tế Nhơn Bình⟧.

Tại Điều 1 ⟦e7:LEGAL_REF|Quyết định 881/QĐ-UBND⟧ ⟦e8:DATE|ngày 14 tháng 3 năm 2025⟧ của ⟦e9:ORG|Ủy ban nhân dân tỉnh Bình Định⟧ về chấp thuận chủ trương đầu tư dự án ⟦PROJECT|Bệnh viện đa khoa quốc tế Nhơn Bình⟧ với các nội dung như sau:

(1) Hình thức lựa chọn nhà đầu tư: Đấu thầu lựa chọn nhà đầu tư.

(2) Tên dự án: ⟦PROJECT|Bệnh viện đa khoa quốc tế Nhơn Bình⟧.

(3) Địa điểm đầu tư: ⟦e10:LOCATION|Khu đất CCDT-2.13⟧, ⟦e11:ADMIN_UNIT|phường Nhơn Bình⟧, ⟦e12:ADMIN_UNIT|thành phố Quy Nhơn⟧, ⟦e13:ADMIN_UNIT|tỉnh Bình Định⟧.

(4) Mục tiêu: Cụ thể hóa đồ án quy hoạch phân khu tỷ lệ 1/2000 ⟦e14:ADMIN_UNIT|phường Nhơn Bình⟧ và ⟦e15:ADMIN_UNIT|phường Nhơn Phú⟧, ⟦e16:ADMIN_UNIT|thành phố Quy Nhơn⟧; góp phần thúc đẩy phát triển kinh tế - xã hội, phù hợp với quy hoạch phát triển ngành y tế và định hướng quy hoạch phát triển của thành phố.

Đầu tư xây dựng mới bệnh viện đa khoa với kiến trúc hiện đại, trang thiết bị tiên tiến, đội ngũ y bác sĩ có trình độ chuyên môn cao nhằm cung cấp các dịch vụ y tế chất lượng cao cho người dân trên địa bàn ⟦ADMIN_UNIT|thành phố Quy Nhơn⟧, địa bàn ⟦ADMIN_UNIT|tỉnh Bình Định⟧ và nhân dân các địa phương lân cận có nhu cầu; góp phần giảm tải cho các bệnh viện công của tỉnh, nâng cao chất lượng dịch vụ khám chữa bệnh.

(5) Quy mô Đầu tư bệnh viện đa khoa với quy mô 350 giường bệnh nhằm cung cấp dịch vụ y tế chất lượng cao cho nhân dân với các tiêu chí như sau:

TT | Nội dung | Đơn vị tính | Quy mô

1 | Diện tích đất dự kiến sử dụng | m² | 11.600

2 | Diện tích đất phù hợp quy hoạch sử dụng đất | m² | 11.600

3 | Diện tích xây dựng | m² | 4.600

4 | Diện tích sàn xây dựng | m² | 36.200

5 | Tầng cao công trình | tầng | 01 ÷ 10

6 | Mật độ xây dựng | % | 39,66

7 | Hệ số sử dụng đất | lần | 3,12

- Các hạng mục chính của dự án:

TT | Hạng mục | ĐVT | Diện tích xây dựng (m²) | Diện tích sàn xây dựng (m²) | Chiều cao (tầng) | Tỷ lệ (%)

4.600 | 36.200

39,66

1 | ⟦PROJECT|Khối nhà chính⟧ | m² | 1.800 | 19.800 | 10

2 | ⟦PROJECT|Khối nhà khám bệnh⟧ | m² | 900 | 5.400 | 05

3 | ⟦PROJECT|Khối nhà điều trị⟧ | m² | 900 | 5.400 | 05

4 | ⟦PROJECT|Khối nhà dịch vụ⟧ | m² | 900 | 5.400 | 05

5 | ⟦PROJECT|Khu chứa chất thải⟧ | m² | 100 | 200 | 01

m² | 7.000

60,34

11.600 | 36.200

100

(6) Diện tích dự án: Khoảng ⟦AREA|1,16ha⟧.

(7) Tổng mức đầu tư dự kiến: ⟦MONEY|637,206 tỷ đồng⟧, gồm:

- Sơ bộ về chi phí thực hiện dự án: ⟦MONEY|628,064 tỷ đồng⟧ (Chưa bao gồm kinh phí bồi 3 thường, hỗ trợ, tái định cư, tiền sử dụng đất và tiền thuê đất).

- Chi phí bồi thường, giải phóng mặt bằng sơ bộ: ⟦MONEY|9,142 tỷ đồng⟧.

(8) Tiến độ thực hiện dự án: 48 tháng (04 năm) kể từ ngày hợp đồng thực hiện dự án có hiệu lực hoặc được công nhận làm Chủ đầu tư dự án.

(9) Thời hạn hoạt động của dự án: 50 năm (kể từ ngày có quyết định cho thuê đất).

(10) Ưu đãi, hỗ trợ đầu tư và điều kiện áp dụng: Theo quy định của pháp luật hiện hành.

Tổ chức thực hiện chủ trương đầu tư dự án ⟦PROJECT|Bệnh viện đa khoa quốc tế Nhơn Bình⟧ như thế nào?

Căn cứ tại Điều 2 ⟦e17:LEGAL_REF|Quyết định 881/QĐ-UBND⟧ ⟦e18:DATE|năm 2025⟧ của ⟦e19:ORG|Ủy ban nhân dân tỉnh Bình Định⟧ về tổ chức thực hiện chủ trương đầu tư dự án ⟦PROJECT|Bệnh viện đa khoa quốc tế Nhơn Bình⟧ như sau:

(1) ⟦ORG|UBND thành phố Quy Nhơn⟧ đưa dự án vào Quy hoạch sử dụng đất (điều chỉnh) ⟦ADMIN_UNIT|thành phố Quy Nhơn⟧ ⟦DATE|giai đoạn 2021 - 2030⟧ trình cấp có thẩm quyền phê duyệt trong ⟦DATE|tháng 03/2025⟧.

(2) ⟦ORG|Sở Tài chính⟧:

- Đăng tải quyết định chấp thuận chủ trương đầu tư trên Hệ thống mạng đấu thầu quốc gia theo quy định của pháp luật có liên quan.

- Làm bên mời quan tâm theo quy định tại ⟦e20:LEGAL_REF|Thông tư 15/2024/TT-BKHĐT⟧ ⟦e21:DATE|ngày 30/9/2024⟧ của ⟦e22:ORG|Bộ Kế hoạch và Đầu tư⟧ về quy định Mẫu hồ sơ đấu thầu lựa chọn nhà đầu tư thực hiện dự án đầu tư theo phương thức đối tác công tư, dự án đầu tư kinh doanh; cung cấp, đăng tải thông tin về đầu tư theo phương thức đối tác công tư, đấu thầu lựa chọn nhà đầu tư trên hệ thống mạng đấu thầu quốc gia.

- Kịp thời hỗ trợ, hướng dẫn các đơn vị quan tâm lập hồ sơ, thủ tục liên quan để được tham gia đấu thầu lựa chọn nhà đầu tư đảm bảo theo quy định.

Lựa chọn nhà đầu tư thực hiện dự án đầu tư như thế nào?

Căn cứ tại Điều 29 ⟦LEGAL_REF|Luật Đầu tư 2020⟧ được sửa đổi bởi Điều 250 ⟦LEGAL_REF|Luật Đất đai 2024⟧ quy định lựa chọn nhà đầu tư thực hiện dự án đầu tư như sau:

(1) Lựa chọn nhà đầu tư được tiến hành thông qua một trong các hình thức sau đây:

- Đấu giá quyền sử dụng đất theo quy định của pháp luật về đất đai;

- Đấu thầu lựa chọn nhà đầu tư theo quy định của pháp luật về đấu thầu;

- Chấp thuận nhà đầu tư theo quy định tại (3) và (4).

(2) Việc lựa chọn nhà đầu tư thực hiện dự án đầu tư theo quy định tại điểm a và điểm b khoản 1 Điều 29 ⟦LEGAL_REF|Luật Đầu tư 2020⟧ được thực hiện sau khi chấp thuận chủ trương đầu tư, trừ trường hợp dự án đầu tư không thuộc diện chấp thuận chủ trương đầu tư.

(3) Cơ quan có thẩm quyền thực hiện thủ tục chấp thuận nhà đầu tư trong các trường hợp sau đây:

- Đấu giá quyền sử dụng đất không thành theo quy định của ⟦LEGAL_REF|Luật Đất đai 2024⟧;

- Chỉ có một nhà đầu tư đáp ứng điều kiện mời quan tâm trong trường hợp pháp luật quản lý ngành, lĩnh vực quy định xác định số lượng nhà đầu tư quan tâm khi thực hiện thủ tục lựa chọn nhà đầu tư.

(4) Đối với dự án đầu tư thuộc diện chấp thuận chủ trương đầu tư, cơ quan có thẩm quyền chấp thuận chủ trương đầu tư đồng thời chấp thuận nhà đầu tư không thông qua đấu giá quyền sử dụng đất, đấu thầu lựa chọn nhà đầu tư trong các trường hợp sau đây:

- Nhà đầu tư có quyền sử dụng đất, trừ trường hợp Nhà nước thu hồi đất vì mục đích quốc phòng, an ninh, thu hồi đất để phát triển kinh tế - xã hội vì lợi ích quốc gia, công cộng theo quy định của pháp luật và đất đai;

- Nhà đầu tư nhận chuyển nhượng, nhận góp vốn, thuê quyền sử dụng đất nông nghiệp để thực hiện dự án đầu tư sản xuất, kinh doanh phi nông nghiệp không thuộc trường hợp Nhà nước thu hồi đất theo quy định của pháp luật về đất đai;

- Nhà đầu tư thực hiện dự án đầu tư trong khu công nghiệp, khu công nghệ cao;

- Trường hợp khác không thuộc diện đấu giá, đấu thầu theo quy định của pháp luật.

=====RELATIONS=====
e1 located_in e2
e1 has_amount e3
e6 issued_on e4
e6 issued_by e5
e7 issued_on e8
e7 issued_by e9
e10 located_in e11
e11 located_in e12
e12 located_in e13
e14 located_in e16
e15 located_in e16
e17 issued_on e18
e17 issued_by e19
e20 issued_on e21
e20 issued_by e22
