doc: tnt305-tvpl__bai-viet-tvnd-khu-do-thi-sinh-thai-hoa-son-hoa-binh
source: ../shared/corpus/raw/tnt305-tvpl__bai-viet-tvnd-khu-do-thi-sinh-thai-hoa-son-hoa-binh.txt
span: 0 5844
=====TEXT=====
⟦ADMIN_UNIT|Hòa Bình⟧ sắp có khu đô thị sinh thái hơn ⟦MONEY|4.100 tỷ đồng⟧

⟦b1d:DATE|Ngày 22 tháng 4 năm 2025⟧, ⟦b1o:ORG|Ủy ban nhân dân tỉnh Hòa Bình⟧ ban hành ⟦b1:LEGAL_REF|Quyết định 56/QĐ-UBND⟧ về chấp thuận chủ trương đầu tư dự án ⟦PROJECT|khu đô thị sinh thái Hòa Sơn⟧.

Theo khoản 6 Điều 1 ⟦b2:LEGAL_REF|Quyết định 56/QĐ-UBND⟧ ⟦b2d:DATE|ngày 22 tháng 4 năm 2025⟧ của ⟦b2o:ORG|Ủy ban nhân dân tỉnh Hòa Bình⟧ quy định như sau:

Điều 1. Chấp thuận chủ trương đầu tư dự án ⟦p1:PROJECT|Khu đô thị sinh thái Hòa Sơn⟧ tại ⟦p1t:ADMIN_UNIT|thị trấn Lương Sơn⟧ và ⟦p1x:ADMIN_UNIT|xã Hòa Sơn⟧, ⟦p1h:ADMIN_UNIT|huyện Lương Sơn⟧, ⟦p1p:ADMIN_UNIT|tỉnh Hòa Bình⟧ với những nội dung sau đây:

...

6. Tổng vốn đầu tư của dự án

- Tổng vốn đầu tư dự kiến: ⟦MONEY|4.188.185.044.000 đồng⟧ (Bằng chữ: ⟦MONEY|Bốn nghìn một trăm tám mươi tám tỉ, một trăm tám mươi lăm triệu, không trăm bốn mươi bốn nghìn đồng⟧). Trong đó, tổng chi phí thực hiện dự án (không bao gồm chi phí bồi thường, hỗ trợ, tái định cư) là ⟦MONEY|3.939.713.978.000 đồng⟧ và chi phí bồi thường giải phóng mặt bằng dự kiến: ⟦MONEY|248.471.066.000 đồng⟧.

- Nguồn vốn: Vốn của nhà đầu tư trúng thầu, trong đó vốn chủ sở hữu của nhà đầu tư trúng thầu phải đảm bảo tối thiểu ⟦PERCENT|15%⟧ tổng vốn đầu tư của dự án (⟦MONEY|628.227.757.000 đồng⟧).

...

Như vậy, ⟦ADMIN_UNIT|Hòa Bình⟧ sắp có khu đô thị sinh thái hơn ⟦p2m1:MONEY|4.100 tỷ đồng⟧, đó là ⟦p2:PROJECT|khu đô thị sinh thái Hòa Sơn⟧, tại ⟦p2t:ADMIN_UNIT|thị trấn Lượng Sơn⟧ và ⟦p2x:ADMIN_UNIT|xã Hòa Sơn⟧, ⟦p2h:ADMIN_UNIT|huyện Lương Sơn⟧, ⟦p2p:ADMIN_UNIT|tỉnh Hòa Bình⟧, với tổng vốn dự án là ⟦p2m2:MONEY|4.188.185.044.000 đồng⟧ (Bằng chữ: ⟦p2m3:MONEY|Bốn nghìn một trăm tám mươi tám tỉ, một trăm tám mươi lăm triệu, không trăm bốn mươi bốn nghìn đồng⟧).

Trên là thông tin ⟦ADMIN_UNIT|Hòa Bình⟧ sắp có khu đô thị sinh thái hơn ⟦MONEY|4.100 tỷ đồng⟧

Thời hạn hoạt động và tiến độ thực hiện dự án khu đô thị sinh thái hơn ⟦MONEY|4.100 tỷ đồng⟧ tại ⟦ADMIN_UNIT|Hòa Bình⟧ như thế nào?

Căn cứ tại khoản 7 Điều 1 ⟦b3:LEGAL_REF|Quyết định 56/QĐ-UBND⟧ ⟦b3d:DATE|ngày 22 tháng 4 năm 2025⟧ của ⟦b3o:ORG|Ủy ban nhân dân tỉnh Hòa Bình⟧ quy định thời hạn hoạt động và tiến độ thực hiện dự án khu đô thị sinh thái hơn ⟦MONEY|4.100 tỷ đồng⟧ tại ⟦ADMIN_UNIT|Hòa Bình⟧ như sau:

(1) Thời hạn hoạt động của dự án: 50 năm kể từ ngày dự án được cấp có thẩm quyền phê duyệt chấp thuận Nhà đầu tư theo quy định của pháp luật về Đầu tư, đất đai.

(2) Tiến độ thực hiện dự án: Khoảng 07 năm (từ ⟦DATE|năm 2025⟧ đến ⟦DATE|năm 2032⟧), cụ thể:

- Giai đoạn triển khai các thủ tục chuẩn bị đầu tư 01 năm:

+ Từ ⟦DATE|Quý II/2025⟧ đến ⟦DATE|Quý III/2025⟧: Lập và trình ⟦ORG|Ủy ban nhân dân tỉnh⟧ xem xét, quyết định chủ trương đầu tư dự án;

+ Từ ⟦DATE|Quý IV/2025⟧ đến ⟦DATE|Quý I/2026⟧: Tổ chức đấu thầu lựa chọn nhà đầu tư; đàm phán, hoàn thiện và tổ chức ký kết hợp đồng dự án.

- Giai đoạn thực hiện đầu tư dự án là 06 năm:

+ Từ ⟦DATE|Quý II/2026⟧ đến ⟦DATE|Quý IV/2032⟧: Lập, thẩm định, phê duyệt quy hoạch chi tiết 1/500; thực hiện công tác giải phóng mặt bằng; Tiến hành các thủ tục đầu tư và xây dựng các công trình theo các quy định của pháp luật về đất đai, đầu tư, bất động sản, nhà ở, xây dựng, phòng cháy chữa cháy, môi trường; nghiệm thu công trình hoàn thành; kiểm toán, quyết toán dự án hoàn thành, thanh quyết toán công trình hoàn thành; bàn giao các công trình hoàn thành đưa vào sử dụng theo quy định và đúng mục tiêu dự án.

+ Từ ⟦DATE|Quý I/2033⟧: Hoàn thiện tất cả các hạng mục tổ chức nghiệm thu, bàn giao đưa các công trình vào sử dụng theo quy định và đưa toàn bộ dự án vào hoạt động kinh doanh.

Trách nhiệm của nhà đầu tư trúng thầu dự án ⟦p3:PROJECT|khu đô thị Hòa Sơn⟧ tại ⟦p3u:ADMIN_UNIT|Hòa Bình⟧

Căn cứ tại khoản 7 Điều 1 ⟦b4:LEGAL_REF|Quyết định 56/QĐ-UBND⟧ ⟦b4d:DATE|ngày 22 tháng 4 năm 2025⟧ của ⟦b4o:ORG|Ủy ban nhân dân tỉnh Hòa Bình⟧ quy định trách nhiệm của nhà đầu tư trúng thầu dự án ⟦p4:PROJECT|khu đô thị Hòa Sơn⟧ tại ⟦p4u:ADMIN_UNIT|Hòa Bình⟧ như sau:

Thực hiện thủ tục giao đất, cho thuê đất theo quy định của pháp luật về đất đai; lập, trình phê duyệt quy hoạch chi tiết; lập, phê duyệt dự án, báo cáo đánh giá tác động môi trường và các thủ tục hành chính khác đảm bảo theo đúng quy 5 định của pháp luật về đất đai, xây dựng, môi trường, phòng cháy chữa cháy, y tế, giáo dục... triển khai thực hiện dự án đầu tư đảm bảo đúng tiến độ và tuân thủ nghiêm các quy định của pháp luật trong quá trình tổ chức thực hiện.

Chủ đầu tư phải thực hiện đầu tư đồng bộ công trình hạ tầng kỹ thuật, hạ tầng xã hội, công trình dịch vụ thương mại trên diện tích thực hiện dự án. Sau khi đầu tư xong bàn giao các công trình hạ tầng kỹ thuật cho cơ quan nhà nước có thẩm quyền quản lý và khai thác.

Đối với công trình nhà ở thương mại: Sau khi hoàn thành đầu tư xây dựng đồng bộ công trình dịch vụ, công trình hạ tầng kỹ thuật theo hồ sơ thiết kế được phê duyệt. Nhà đầu tư trúng thầu được chuyển nhượng quyền sử dụng đất sau khi đã có hạ tầng kỹ thuật cho cá nhân tự xây dựng nhà ở. Việc kinh doanh nhà ở thuộc dự án thực hiện theo quy định của Pháp luật về nhà ở, kinh doanh bất động sản và các quy định có liên quan. Chịu trách nhiệm theo dõi, giám sát việc đầu tư xây dựng của nhà đầu tư thứ cấp trên cơ sở đảm bảo tuân thủ theo quy hoạch chi tiết xây dựng và thiết kế đã được phê duyệt.

Nhà đầu tư thực hiện đóng tiền tương đương quỹ đất nhà ở xã hội theo quy định tại khoản 3, Điều 4 ⟦b5:LEGAL_REF|Quyết định 49/2024/QĐ-UBND⟧ ⟦b5d:DATE|ngày 16 tháng 10 năm 2024⟧ của ⟦b5o:ORG|Ủy ban nhân dân tỉnh Hòa Bình⟧.

Nhà đầu tư trúng đấu thầu chỉ được chuyển nhượng quyền sử dụng đất sau khi đã có hạ tầng kỹ thuật cho cá nhân tự xây dựng nhà ở cho người nước ngoài khi ⟦ORG|Bộ Công an⟧ và ⟦ORG|Bộ Quốc phòng⟧ có ý kiến đánh giá và ⟦ORG|Ủy ban nhân dân tỉnh⟧ có văn bản thông báo dự án đủ điều kiện kinh doanh theo quy định tại Điều 16, Điều 17, ⟦LEGAL_REF|Luật Nhà ở 2023⟧ và Điều 4, ⟦b6:LEGAL_REF|Nghị định 95/2024/NĐ-CP⟧ ⟦b6d:DATE|ngày 24 tháng 7 năm 2024⟧ của ⟦b6o:ORG|Chính phủ⟧.

Nộp tiền sử dụng đất, tiền thuê đất ngay sau khi cơ quan chức năng của tỉnh thông báo số tiền phải nộp theo quy định. Phối hợp với cơ quan Nhà nước trong công tác bồi thường giải phóng mặt bằng và ứng kinh phí để chi trả bồi thường, giải phóng mặt bằng. Trong quá trình hoạt động chấp hành đầy đủ nghĩa vụ nộp ngân sách nhà nước theo quy định của pháp luật.

Sau khi đầu tư xong hệ thống hạ tầng kỹ thuật, hạ tầng xã hội nhà đầu tư có trách nhiệm quản lý, vận hành, duy tu bảo dưỡng hệ thống hạ tầng trong dự án cho đến khi bàn cho cơ quan Nhà nước có thẩm quyền quản lý.

=====RELATIONS=====
b1 issued_on b1d
b1 issued_by b1o
b2 issued_on b2d
b2 issued_by b2o
p1 located_in p1t
p1 located_in p1x
p1t located_in p1h
p1x located_in p1h
p1h located_in p1p
p2 located_in p2t
p2 located_in p2x
p2t located_in p2h
p2x located_in p2h
p2h located_in p2p
p2 has_amount p2m1
p2 has_amount p2m2
p2 has_amount p2m3
b3 issued_on b3d
b3 issued_by b3o
p3 located_in p3u
b4 issued_on b4d
b4 issued_by b4o
p4 located_in p4u
b5 issued_on b5d
b5 issued_by b5o
b6 issued_on b6d
b6 issued_by b6o
