doc: tnt305-tvpl__bai-viet-tvnd-dau-gia-dat-hung-yen-thang-5-2025
source: ../shared/corpus/raw/tnt305-tvpl__bai-viet-tvnd-dau-gia-dat-hung-yen-thang-5-2025.txt
span: 0 5442
=====TEXT=====
⟦ADMIN_UNIT|Hưng Yên⟧ tổ chức đấu giá đất trong ⟦DATE|tháng 5/2025⟧ ở những đâu?

Trong ⟦DATE|tháng 5/2025⟧, ⟦ADMIN_UNIT|tỉnh Hưng Yên⟧ dự kiến tổ chức đấu giá đất đối với 271 lô đất. Các lô đất có diện tích đa dạng, mức giá khởi điểm dao động từ ⟦MONEY|900 triệu đồng⟧ đến ⟦MONEY|8,4 tỷ đồng⟧/lô.

⟦ADMIN_UNIT|Tỉnh Hưng Yên⟧ sẽ tổ chức đấu giá đất tại 4 địa phương cụ thể:

(1) ⟦ADMIN_UNIT|Huyện Phù Cừ⟧ đấu giá 131 lô đất tại ⟦ADMIN_UNIT|xã Nguyên Hòa⟧

⟦DATE|Ngày 18/5/2025⟧, ⟦ORG|UBND huyện Phù Cừ⟧ sẽ tiến hành đấu giá quyền sử dụng 131 lô đất tại ⟦ADMIN_UNIT|xã Nguyên Hòa⟧. Các lô đất có diện tích từ ⟦AREA|98 m²⟧ đến ⟦AREA|201,8 m²⟧. Giá khởi điểm dao động trong khoảng 9–⟦MONEY|10,8 triệu đồng⟧/m², tương ứng tổng giá trị từ ⟦MONEY|900 triệu đồng⟧ đến hơn ⟦MONEY|2,1 tỷ đồng⟧/lô.

Cuộc đấu giá được tổ chức theo hình thức bỏ phiếu trực tiếp một vòng đối với từng lô đất, áp dụng phương thức trả giá lên. Việc tổ chức đấu giá theo hình thức công khai giúp đảm bảo tính minh bạch và tạo điều kiện cho người dân, nhà đầu tư tiếp cận quỹ đất có pháp lý rõ ràng.

(2) ⟦ADMIN_UNIT|Huyện Yên Mỹ⟧ tổ chức đấu giá 41 lô đất

⟦DATE|Ngày 24/5/2025⟧, ⟦ADMIN_UNIT|huyện Yên Mỹ⟧ sẽ tiến hành đấu giá quyền sử dụng 41 lô đất tại ⟦e1:ADMIN_UNIT|thôn Hào Xuyên⟧, ⟦e2:ADMIN_UNIT|xã Tân Lập⟧.

Các lô đất có diện tích từ ⟦AREA|87,5 m²⟧ - ⟦AREA|280 m²⟧, giá khởi điểm dao động từ ⟦MONEY|25 triệu đồng⟧ đến ⟦MONEY|30 triệu đồng⟧/m². Tương ứng, tổng giá trị mỗi lô rơi vào khoảng ⟦MONEY|2,1 tỷ đồng⟧ đến tối đa ⟦MONEY|8,4 tỷ đồng⟧/lô mức cao nhất trong các đợt đấu giá của ⟦ADMIN_UNIT|tỉnh Hưng Yên⟧ trong ⟦DATE|tháng 5⟧.

(3) ⟦ADMIN_UNIT|Thị xã Mỹ Hào⟧ đưa ra đấu giá 72 lô đất tại ⟦ADMIN_UNIT|phường Minh Đức⟧

⟦DATE|Ngày 24/5/2025⟧, ⟦ADMIN_UNIT|thị xã Mỹ Hào⟧ sẽ tổ chức đấu giá 72 lô đất tại ⟦ADMIN_UNIT|phường Minh Đức⟧. Diện tích các lô đất dao động từ ⟦AREA|71 m²⟧ đến ⟦AREA|103 m²⟧. Giá khởi điểm được công bố ở mức 15-⟦MONEY|18 triệu đồng⟧/m².

Với vị trí nằm trong khu vực có hạ tầng được nâng cấp, các lô đất tại ⟦ADMIN_UNIT|phường Minh Đức⟧ được đánh giá là có tiềm năng khai thác tốt trong trung và dài hạn.

(4) ⟦ADMIN_UNIT|Thành phố Hưng Yên⟧ tổ chức đấu giá 27 lô đất tại các khu dân cư mới

⟦DATE|Ngày 29/5/2025⟧, ⟦ADMIN_UNIT|thành phố Hưng Yên⟧ sẽ tiến hành đấu giá quyền sử dụng đất đối với 27 lô đất thuộc hai khu vực: ⟦LOCATION|khu dân cư mới ngã tư đường Phạm Bạch Hổ - Trần Hưng Đạo⟧ và ⟦LOCATION|khu dân cư mới xã Liên Phương (Vy Văn)⟧.

Diện tích các lô đất trong đợt này dao động từ ⟦AREA|85,5 m²⟧ đến ⟦AREA|126,5 m²⟧. Giá khởi điểm từ ⟦MONEY|15 triệu đồng⟧ đến ⟦MONEY|32,4 triệu đồng⟧/m², tương ứng tổng giá trị từ ⟦MONEY|1,28 tỷ đồng⟧ đến hơn ⟦MONEY|4 tỷ đồng⟧/lô.

Vị trí của các lô đất đều nằm tại khu vực trung tâm, có hệ thống hạ tầng giao thông hoàn thiện và kết nối thuận tiện với các tuyến đường chính của thành phố.

Điều kiện tổ chức, cá nhân tham gia đấu đất ⟦DATE|tháng 5/2025⟧

Căn cứ tại khoản 1, 2 Điều 55 ⟦LEGAL_REF|Nghị định 102/2024/NĐ-CP⟧ quy định như sau:

(1) Đối với tổ chức

Tổ chức tham gia đấu giá quyền sử dụng đất phải có đủ các điều kiện sau đây:

- Bảo đảm các điều kiện quy định tại khoản 3 Điều 125 ⟦LEGAL_REF|Luật Đất đai 2024⟧, gồm:

+ Thuộc đối tượng được Nhà nước giao đất, cho thuê đất theo quy định tại Điều 119 và Điều 120 ⟦LEGAL_REF|Luật Đất đai 2024⟧;

+ Bảo đảm các điều kiện quy định tại Điều 122 ⟦LEGAL_REF|Luật Đất đai 2024⟧ đối với trường hợp giao đất, cho thuê đất để thực hiện dự án đầu tư; có năng lực, kinh nghiệm trong việc phát triển dự án;

+ Điều kiện khác theo quy định của pháp luật về đấu giá tài sản.

- Nhóm công ty là tập đoàn kinh tế hoặc công ty mẹ, công ty con theo quy định của pháp luật về doanh nghiệp khi tham gia đấu giá một thửa đất, khu đất hoặc một dự án gồm một hoặc nhiều thửa đất thì phải thỏa thuận để cử một công ty thuộc nhóm công ty tham gia đấu giá quyền sử dụng đất;

- Phải nộp tiền đặt trước bằng ⟦PERCENT|20%⟧ tổng giá trị thửa đất, khu đất tính theo giá khởi điểm để đấu giá quyền sử dụng đất;

- Không thuộc đối tượng bị cấm tham gia đấu giá theo quy định của pháp luật;

- Đáp ứng điều kiện quy định của pháp luật về nhà ở và pháp luật về kinh doanh bất động sản đối với trường hợp đấu giá quyền sử dụng đất để thực hiện dự án nhà ở, dự án kinh doanh bất động sản khác.

(2) Đối với cá nhân

Điều kiện cá nhân tham gia đấu giá quyền sử dụng đất gồm:

- Bảo đảm các quy định tại khoản 4 Điều 125 ⟦LEGAL_REF|Luật Đất đai 2024⟧, gồm:

+ Thuộc đối tượng được Nhà nước giao đất, cho thuê đất quy định tại Điều 119 và Điều 120 ⟦LEGAL_REF|Luật Đất đai 2024⟧;

+ Điều kiện theo quy định của pháp luật về đấu giá tài sản.

- Trường hợp cá nhân tham gia đấu giá quyền sử dụng đất để thực hiện dự án đầu tư thì phải cam kết thành lập tổ chức kinh tế bảo đảm các điều kiện nêu trên.

Việc thành lập tổ chức kinh tế thực hiện theo quy định của pháp luật về đầu tư, pháp luật về doanh nghiệp, pháp luật về đấu thầu và pháp luật khác có liên quan.

Việc chuẩn bị tổ chức thực hiện đấu giá quyền sử dụng đất được thực hiện như thế nào?

Căn cứ tại khoản 1 Điều 229 ⟦LEGAL_REF|Luật Đất đai 2024⟧ quy định việc chuẩn bị tổ chức thực hiện đấu giá quyền sử dụng đất được thực hiện như sau:

- Đơn vị đang được giao quản lý quỹ đất lập phương án đấu giá quyền sử dụng đất trình cơ quan có thẩm quyền phê duyệt;

- Đơn vị được giao tổ chức thực hiện việc đấu giá quyền sử dụng đất có trách nhiệm chuẩn bị hồ sơ của khu đất, thửa đất đấu giá, gửi đến cơ quan có chức năng quản lý đất đai để trình Ủy ban nhân dân cấp có thẩm quyền quyết định đấu giá quyền sử dụng đất;

- Cơ quan có chức năng quản lý đất đai tổ chức thực hiện việc xác định giá khởi điểm của khu đất, thửa đất đấu giá, trình Ủy ban nhân dân cấp có thẩm quyền phê duyệt;

- Căn cứ đề nghị của cơ quan có chức năng quản lý đất đai, Ủy ban nhân dân cấp có thẩm quyền quyết định đấu giá quyền sử dụng đất;

- Đơn vị được giao tổ chức thực hiện việc đấu giá quyền sử dụng đất có trách nhiệm tổ chức lựa chọn và ký hợp đồng thuê đơn vị, tổ chức thực hiện cuộc bán đấu giá quyền sử dụng đất.

=====RELATIONS=====
e1 located_in e2
