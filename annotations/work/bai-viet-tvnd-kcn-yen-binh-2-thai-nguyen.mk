doc: tnt305-tvpl__bai-viet-tvnd-kcn-yen-binh-2-thai-nguyen
source: ../shared/corpus/raw/tnt305-tvpl__bai-viet-tvnd-kcn-yen-binh-2-thai-nguyen.txt
span: 0 5829
=====TEXT=====
Chấp thuận chủ trương đầu tư xây dựng ⟦e1:PROJECT|khu công nghiệp Yên Bình 2⟧ tại ⟦e2:ADMIN_UNIT|Thái Nguyên⟧ hơn ⟦e3:MONEY|3.600 tỷ đồng⟧

⟦e4:DATE|Ngày 29 tháng 4 năm 2025⟧, ⟦e5:ORG|Ủy ban nhân dân tỉnh Thái Nguyên⟧ ban hành ⟦e6:LEGAL_REF|Quyết định 1310/QĐ-UBND⟧ về chủ trương đầu tư dự án ⟦PROJECT|đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu công nghiệp Yên Bình 2 tỉnh Thái Nguyên⟧.

Tại Điều 1 ⟦e7:LEGAL_REF|Quyết định 1310/QĐ-UBND⟧ ⟦e8:DATE|năm 2025⟧ của ⟦e9:ORG|Ủy ban nhân dân tỉnh Thái Nguyên⟧ quyết định chấp thuận chủ trương đầu tư đồng thời với chấp thuận nhà đầu tư đối với ⟦e10:PROJECT|Dự án đầu tư xây dựng và kinh doanh kết cấu hạ tầng Khu công nghiệp Yên Bình 2⟧, ⟦e11:ADMIN_UNIT|tỉnh Thái Nguyên⟧ gồm các nội dung như sau:

(1) Nhà đầu tư: ⟦ORG|Công ty Cổ phần đầu tư phát triển Yên Bình⟧.

(2) Tên dự án: ⟦e12:PROJECT|Đầu tư xây dựng và kinh doanh kết cấu hạ tầng Khu công nghiệp Yên Bình 2⟧, ⟦e13:ADMIN_UNIT|tỉnh Thái Nguyên⟧.

(3) Mục tiêu dự án: Đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu công nghiệp và cung cấp các dịch vụ liên quan khác.

(4) Quy mô diện tích sử dụng đất của dự án: ⟦AREA|299,07 ha⟧.

(5) Vốn đầu tư của dự án: ⟦MONEY|3.650,0 tỷ đồng⟧ (Bằng chữ: ⟦MONEY|Ba nghìn sáu trăm năm mươi tỷ đồng⟧). Trong đó:

- Vốn góp của Nhà đầu tư là ⟦MONEY|565 tỷ đồng⟧, chiếm ⟦PERCENT|15,48%⟧ tổng vốn đầu tư.

- Vốn huy động là ⟦MONEY|3.085,0 tỷ đồng⟧, chiếm ⟦PERCENT|84,52%⟧ tổng vốn đầu tư.

(6) Thời hạn hoạt động của dự án: 50 năm kể từ ngày Dự án được chấp thuận chủ trương đầu tư.

(7) Địa điểm thực hiện dự án: ⟦e14:ADMIN_UNIT|Thành phố Phổ Yên⟧ và ⟦e15:ADMIN_UNIT|huyện Phú Bình⟧, ⟦e16:ADMIN_UNIT|tỉnh Thái Nguyên⟧.

(8) Tiến độ thực hiện dự án: Không quá 24 tháng kể từ ngày được Nhà nước bàn giao đất.

(9) Ưu đãi, hỗ trợ đầu tư và các điều kiện áp dụng: Thực hiện theo quy định của pháp luật hiện hành.

Chấp thuận chủ trương đầu tư xây dựng ⟦e17:PROJECT|khu công nghiệp Yên Bình 2⟧ tại ⟦e18:ADMIN_UNIT|Thái Nguyên⟧ hơn ⟦e19:MONEY|3.600 tỷ đồng⟧ (Hinh từ Internet)

Trách nhiệm tổ chức thực hiện của ⟦ORG|UBND thành phố Phổ Yên⟧ về chủ trương đầu tư xây dựng ⟦PROJECT|khu công nghiệp Yên Bình 2⟧ như thế nào?

Căn cứ tại khoản 2 Điều 2 ⟦e20:LEGAL_REF|Quyết định 1310/QĐ-UBND⟧ ⟦e21:DATE|năm 2025⟧ quy định Trách nhiệm tổ chức thực hiện của ⟦ORG|UBND thành phố Phổ Yên⟧ về chủ trương đầu tư xây dựng ⟦PROJECT|khu công nghiệp Yên Bình 2⟧ như sau:

- Phối hợp với các ⟦ORG|Sở Nông nghiệp và Môi trường⟧ trình cấp có thẩm quyền chuyển mục đích sử dụng đất trồng lúa và các loại đất nông nghiệp khác trong khu vực thực hiện Dụ án theo quy định của pháp luật về đất đai, quy định về quản lý, sử dụng đất trồng lúa.

- Tổ chức xây dựng và thực hiện phương án thu hồi đất, bồi thường, hỗ trợ tái định cư, chuyển đổi mục đích sử dụng đất, cho thuê đất để thực hiện Dự án phù hợp với các văn bản đã được cấp có thẩm quyền phê duyệt về quy mô, diện tích, địa điểm và tiến độ thực hiện Dự án; đảm bảo không có tranh chấp, khiếu kiện về quyền sử dụng địa điểm thực hiện Dự án; bổ sung diện tích đất chuyên trồng lúa bị mất hoặc tăng hiệu quả sử dụng đất trồng lúa theo quy định tại điểm b khoản 4 Điều 182 ⟦LEGAL_REF|Luật Đất đai 2024⟧.

Trường hợp trong khu vực thực hiện Dự án có tài sản công, báo cáo cấp có thẩm quyền và thực hiện theo quy định của pháp luật về đất đai, quản lý sử dụng tài sản công và pháp luật khác có liên quan, đảm bảo không làm thất thoát tài sản nhà nước.

- Phối hợp với ⟦ORG|Sở Nông nghiệp và Môi trường⟧ rà soát, trình cấp có thẩm quyền cho phép chuyển mục đích sử dụng rừng sang mục đích khác để thực hiện Dự án đảm bảo tuân thủ quy định của pháp luật.

Quy định điều kiện đối với nhà đầu tư thực hiện dự án đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu công nghiệp

Căn cứ tại Điều 10 ⟦LEGAL_REF|Nghị định 35/2022/NĐ-CP⟧ quy định điều kiện đối với nhà đầu tư thực hiện dự án đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu công nghiệp như sau:

(1) Nhà đầu tư thực hiện dự án đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu công nghiệp phải đáp ứng các điều kiện sau đây:

- Điều kiện kinh doanh bất động sản theo quy định của pháp luật về kinh doanh bất động sản;

- Điều kiện để được Nhà nước giao đất, cho thuê đất, chuyển mục đích sử dụng đất để thực hiện dự án đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu công nghiệp theo quy định của pháp luật về đất đai, pháp luật về lâm nghiệp và quy định khác của pháp luật có liên quan.

Trường hợp nhà đầu tư thực hiện dự án đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu công nghiệp là tổ chức kinh tế do nhà đầu tư nước ngoài dự kiến thành lập theo quy định của pháp luật về đầu tư và pháp luật về doanh nghiệp thì tổ chức kinh tế dự kiến thành lập phải có khả năng đáp ứng điều kiện để được Nhà nước giao đất, cho thuê đất, cho phép chuyển mục đích sử dụng đất theo quy định của pháp luật về đất đai, pháp luật về lâm nghiệp và quy định khác của pháp luật có liên quan.

(2) Trường hợp chọn áp dụng đấu thầu lựa chọn nhà đầu tư thì các tiêu chuẩn đánh giá để lựa chọn nhà đầu tư thực hiện dự án đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu công nghiệp bao gồm:

- Tiêu chuẩn đánh giá về năng lực của nhà đầu tư được xây dựng trên cơ sở các điều kiện quy định tại (1);

- Tiêu chuẩn đánh giá về kinh nghiệm của nhà đầu tư được xây dựng trên cơ sở quy mô diện tích, tiến độ thực hiện, tình hình thực hiện của dự án đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu công nghiệp hoặc dự án bất động sản khác mà nhà đầu tư đã thực hiện hoặc đã góp vốn chủ sở hữu để thực hiện dự án; chủ sở hữu, thành viên, cổ đông sáng lập là tổ chức của nhà đầu tư đã thực hiện hoặc đã góp vốn chủ sở hữu để thực hiện dự án;

- Tiêu chuẩn đánh giá về kỹ thuật được xây dựng trên cơ sở nội dung Quyết định phê duyệt quy hoạch xây dựng khu công nghiệp, Quyết định chấp thuận chủ trương đầu tư dự án đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu công nghiệp của cấp có thẩm quyền và quy định khác của pháp luật có liên quan;

- Tiêu chuẩn đánh giá về tài chính - thương mại được xây dựng trên cơ sở nội dung Quyết định chấp thuận chủ trương đầu tư dự án đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu công nghiệp của cấp có thẩm quyền và quy định khác của pháp luật có liên quan đến lựa chọn nhà đầu tư thực hiện dự án đầu tư có sử dụng đất.

=====RELATIONS=====
e1 located_in e2
e1 has_amount e3
e6 issued_on e4
e6 issued_by e5
e7 issued_on e8
e7 issued_by e9
e10 located_in e11
e12 located_in e13
e14 located_in e16
e15 located_in e16
e17 located_in e18
e17 has_amount e19
e20 issued_on e21
