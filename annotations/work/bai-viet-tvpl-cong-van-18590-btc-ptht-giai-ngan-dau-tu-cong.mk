doc: tnt305-tvpl__bai-viet-tvpl-cong-van-18590-btc-ptht-giai-ngan-dau-tu-cong
source: ../shared/corpus/raw/tnt305-tvpl__bai-viet-tvpl-cong-van-18590-btc-ptht-giai-ngan-dau-tu-cong.txt
span: 0 7739
=====TEXT=====
Toàn văn ⟦e1:LEGAL_REF|Công văn 18590/BTC-PTHT⟧ ⟦e2:DATE|năm 2025⟧ về tình hình phân bổ và giải ngân vốn đầu tư công nguồn ngân sách nhà nước ⟦DATE|năm 2025⟧?

⟦e3:DATE|Ngày 28/11/2025⟧, ⟦e4:ORG|Bộ Tài chính⟧ đã ban hành ⟦e5:LEGAL_REF|Công văn 18590/BTC-PTHT⟧ ⟦e6:DATE|năm 2025⟧ về thực hiện chế độ báo cáo nhanh theo tuần tình hình phân bổ và giải ngân vốn đầu tư công nguốn ngân sách nhà nước ⟦DATE|năm 2025⟧ - lűy kế đến hết ⟦DATE|ngày 27/11/2025⟧.

Theo đó, tại nội dung ⟦e7:LEGAL_REF|Công văn 18590/BTC-PTHT⟧ ⟦e8:DATE|năm 2025⟧ quy định về tình hình phân bổ và giải ngân vốn đầu tư công từ nguồn NSNN ⟦DATE|năm 2025⟧ như sau:

Kế hoạch đầu tư công nguồn NSNN ⟦DATE|năm 2025⟧

(1) Tổng kế hoạch đầu tư công vốn NSNN ⟦DATE|năm 2025⟧ đã được ⟦ORG|Thủ tướng Chính phủ⟧ giao là ⟦MONEY|913.216,2 tỷ đồng⟧ (bao gồm: vốn ngân sách trung ương (NSTW) là ⟦MONEY|437.488,9 tỷ đồng⟧ và vốn ngân sách địa phương (NSĐP) là ⟦MONEY|475.727,3 tỷ đồng⟧). Trong đó:

- Kế hoạch đầu tư công vốn NSNN ⟦DATE|năm 2025⟧ đã được ⟦ORG|Thủ tướng Chính phủ⟧ giao đầu năm là ⟦MONEY|825.922,3 tỷ đồng⟧ (bao gồm: vốn NSTW là ⟦MONEY|350.195 tỷ đồng⟧³ và vốn NSĐP là ⟦MONEY|475.727,3 tỷ đồng⟧).

- Kế hoạch đầu tư công vốn NSTW ⟦DATE|năm 2025⟧ được giao bổ sung là ⟦MONEY|87.293,9⁴ tỷ đồng⟧ (bao gồm: ⟦MONEY|2.498,28 tỷ đồng⟧ vốn chương trình mục tiêu quốc gia; ⟦MONEY|84.795,68 tỷ đồng⟧ từ nguồn tăng thu NSTW hàng năm). Trong đó, số kế hoạch vốn giao bổ sung sau ⟦DATE|ngày 30/9/2025⟧ và bổ sung thực hiện ⟦LEGAL_REF|Nghị quyết 57-NQ/TW⟧ là ⟦MONEY|27.429,6 tỷ đồng⟧.

(2) Kế hoạch vốn cân đối NSĐP ⟦DATE|năm 2025⟧ các địa phương giao tăng so với kế hoạch ⟦ORG|Thủ tướng Chính phủ⟧ giao (theo số liệu cập nhật đến thời điểm báo cáo) là ⟦MONEY|167.612,6 tỷ đồng⟧.

Như vậy, tổng kế hoạch giao ⟦DATE|năm 2025⟧ đến thời điểm báo cáo (kế hoạch ⟦ORG|Thủ tướng Chính phủ⟧ giao, kế hoạch vốn cân đối địa phương giao tăng) là ⟦MONEY|1.080.828,8 tỷ đồng⟧.

(3) Kế hoạch phân bổ:

- Tổng số vốn đã phân bổ là ⟦MONEY|1.035.078,9 tỷ đồng⟧ (bao gồm NSTW là ⟦MONEY|391.739 tỷ đồng⟧, NSĐP là ⟦MONEY|643.339,9 tỷ đồng⟧). Nếu không tính kế hoạch vốn cân đối NSĐP các địa phương giao tăng, tổng số vốn đã phân bổ là ⟦MONEY|867.466,27 tỷ đồng⟧, đạt ⟦PERCENT|95%⟧ kế hoạch vốn ⟦ORG|Thủ tướng Chính phủ⟧ đã giao.

- Chưa thực hiện phân bổ chỉ tiết là ⟦MONEY|45.749,96 tỷ đồng⟧ vốn NSTW, chiếm ⟦PERCENT|5%⟧ kế hoạch ⟦ORG|Thủ tướng Chính phủ⟧ giao. Trong đó:

+ ⟦MONEY|44.800,88 tỷ đồng⟧ mới được ⟦ORG|Thủ tướng Chính phủ⟧ giao bổ sung từ nguồn tăng thu NSTW hàng năm và việc điều chỉnh kế hoạch vốn giữa các bộ. cơ quan trung ương và địa phương (chiếm ⟦PERCENT|97,9%⟧ vốn NSTW chưa phân bổ).

+ ⟦MONEY|949,08 tỷ đồng⟧ vốn giao từ đầu năm chưa phân bổ, do:

(i) vốn CTMTQG đã bố trí đủ theo quy mô, đối tượng được phê duyệt nên không còn nhu cầu sử dụng, một số địa phương đang trong quá trình hoàn thiện thủ tục và cần rà soát kỹ đối tượng để phân bổ chi tiết;

(ii) dự án ODA chưa ký Hiệp định vay hoặc đang chờ gia hạn Hiệp định.

Về giải ngân vốn kế hoạch ⟦DATE|năm 2025⟧:

(1) Số giải ngân thực tế từ đầu năm đến hết ⟦DATE|ngày 20/11/2025⟧ là ⟦MONEY|516.793,3 tỷ đồng⟧, đạt ⟦PERCENT|56,6%⟧ kể hoạch ⟦ORG|Thủ tướng Chính phủ⟧ giao (⟦MONEY|913.216,2 tỷ đồng⟧).

(2) Số giải ngân thực tế từ đầu năm đến hết ⟦DATE|ngày 27/11/2025⟧ là ⟦MONEY|528.870,2 tỷ đồng⟧, đạt ⟦PERCENT|57,9%⟧ kế hoạch ⟦ORG|Thủ tướng Chính phủ⟧ giao (tăng ⟦MONEY|12.076,9 tỷ đồng⟧ so với tuần trước).

- Nếu không tính kế hoạch ⟦ORG|Thủ tướng Chính phủ⟧ giao bổ sung sau ⟦DATE|ngày 30/9/2025⟧ và bổ sung thực hiện ⟦LEGAL_REF|Nghị quyết số 57-NQ/TW⟧ (⟦MONEY|27.429,6 tỷ đồng⟧), ước tỷ lệ giải ngân đạt ⟦PERCENT|59,7%⟧ kế hoạch ⟦ORG|Thủ tướng Chính phủ⟧ giao.

- Kết quả tính đến hết ⟦DATE|ngày 27/11/2025⟧, so với kế hoạch ⟦ORG|Thủ tướng Chính phủ⟧ giao, có 08 bộ, cơ quan trung ương và 18 địa phương có tỷ lệ giải ngân đạt từ mức bình quân chung cả nước, bao gồm:

- Bộ, cơ quan trung ương: ⟦ORG|Ngân hàng Phát triển⟧; ⟦ORG|Văn phòng Trung ương Đảng⟧; ⟦ORG|Tập đoàn Điện lực Việt Nam⟧; ⟦ORG|Ngân hàng Chính sách xã hội⟧; ⟦ORG|Đài Tiếng nói Việt Nam⟧; ⟦ORG|Kiểm toán Nhà nước⟧; ⟦ORG|Viện kiểm sát nhân dân tối cao⟧; ⟦ORG|Uỷ ban Trung ương Mặt trận Tổ quốc Việt Nam⟧;

- Các địa phương: ⟦ADMIN_UNIT|Hà Tĩnh⟧, ⟦ADMIN_UNIT|Ninh Bình⟧, ⟦ADMIN_UNIT|Thanh Hóa⟧, ⟦ADMIN_UNIT|Lào Cai⟧, ⟦ADMIN_UNIT|Thái Nguyên⟧, ⟦ADMIN_UNIT|Bắc Ninh⟧, ⟦ADMIN_UNIT|Thành phố Hải Phòng⟧, ⟦ADMIN_UNIT|Phú Thọ⟧, ⟦ADMIN_UNIT|Tây Ninh⟧, ⟦ADMIN_UNIT|Gia Lai⟧, ⟦ADMIN_UNIT|Thành phố Hà Nội⟧, ⟦ADMIN_UNIT|Đồng Tháp⟧, ⟦ADMIN_UNIT|Thành phố Hồ Chí Minh⟧, ⟦ADMIN_UNIT|Lạng Sơn⟧, ⟦ADMIN_UNIT|Thành phố Huế⟧, ⟦ADMIN_UNIT|Cà Mau⟧, ⟦ADMIN_UNIT|Lai Châu⟧, ⟦ADMIN_UNIT|Quảng Ninh⟧.

Tuy nhiên, vẫn còn 25 bộ, cơ quan trung ương và 13 địa phương có tỷ lệ giải ngân đạt dưới bình quân chung cả nước; bao gồm:

- Bộ, cơ quan trung ương: ⟦ORG|Liên hiệp các Hội Văn học nghệ thuật Việt Nam⟧; ⟦ORG|Văn phòng Chính phủ⟧; ⟦ORG|Bộ Dân tộc và Tôn giáo⟧; ⟦ORG|Viện Hàn lâm Khoa học và Công nghệ Việt Nam⟧; ⟦ORG|Bộ Y tế⟧; ⟦ORG|Bộ Công Thương⟧; ⟦ORG|Bộ Công an⟧; ⟦ORG|Bộ Khoa học và Công nghệ⟧; ⟦ORG|Viện Hàn lâm Khoa học Xã hội Việt Nam⟧; ⟦ORG|Liên minh Hợp tác xã Việt Nam⟧; ⟦ORG|Bộ Ngoại giao⟧; ⟦ORG|Học viện Chính trị Quốc gia Hồ Chí Minh⟧; ⟦ORG|Thông tấn xã Việt Nam⟧; ⟦ORG|Bộ Giáo dục và Đào tạo⟧; ⟦ORG|Đại học Quốc gia Hà Nội⟧; ⟦ORG|Bộ Tài chính⟧; ⟦ORG|Đại học Quốc gia Thành phố Hồ Chí Minh⟧; ⟦ORG|Tòa án nhân dân tối cao⟧; ⟦ORG|Bộ Văn hóa, Thể thao và Du lịch⟧; ⟦ORG|Bộ Xây dựng⟧; ⟦ORG|Thanh tra Chính phủ⟧; ⟦ORG|Bộ Nông nghiệp và Môi trường⟧; ⟦ORG|Đài Truyền hình Việt Nam⟧; ⟦ORG|Bộ Nội vụ⟧; ⟦ORG|Tổng công ty đầu tư phát triển đường cao tốc Việt Nam⟧;

- Các địa phương: ⟦ADMIN_UNIT|Tuyên Quang⟧, ⟦ADMIN_UNIT|Lâm Đồng⟧, ⟦ADMIN_UNIT|Thành phố Cần Thơ⟧, ⟦ADMIN_UNIT|Đắk Lắk⟧, ⟦ADMIN_UNIT|Vĩnh Long⟧, ⟦ADMIN_UNIT|Cao Bằng⟧, ⟦ADMIN_UNIT|Quảng Trị⟧, ⟦ADMIN_UNIT|Nghệ An⟧, ⟦ADMIN_UNIT|Sơn La⟧, ⟦ADMIN_UNIT|Khánh Hòa⟧, ⟦ADMIN_UNIT|Thành phố Đà Nẵng⟧, ⟦ADMIN_UNIT|An Giang⟧, ⟦ADMIN_UNIT|Hưng Yên⟧.

Có những đối tượng đầu tư công nào?

Theo Điều 5 ⟦LEGAL_REF|Luật Đầu tư công 2024⟧ quy định về đối tượng đầu tư công như sau:

(1) Đầu tư chương trình, dự án kết cấu hạ tầng kinh tế - xã hội.

(2) Đầu tư phục vụ hoạt động của cơ quan nhà nước, đơn vị sự nghiệp công lập, tổ chức chính trị, tổ chức chính trị - xã hội.

(3) Đầu tư và hỗ trợ hoạt động đầu tư cung cấp sản phẩm, dịch vụ công ích, phúc lợi xã hội.

(4) Đầu tư của Nhà nước tham gia thực hiện dự án theo phương thức đối tác công tư (dự án PPP) theo quy định của pháp luật về đầu tư theo phương thức đối tác công tư, bồi thường, chấm dứt hợp đồng dự án PPP trước thời hạn được cấp có thẩm quyền quyết định, chi trả phần giảm doanh thu các dự án PPP thuộc trách nhiệm của Nhà nước, thanh toán theo hợp đồng dự án đầu tư xây dựng công trình theo hình thức hợp đồng Xây dựng - Chuyển giao (dự án BT) bằng tiền.

(5) Đầu tư thực hiện nhiệm vụ quy hoạch.

(6) Cấp bù lãi suất tín dụng ưu đãi, phí quản lý; cấp vốn điều lệ cho các ngân hàng chính sách, quỹ tài chính nhà nước ngoài ngân sách; hỗ trợ đầu tư cho các đối tượng khác theo quyết định của ⟦ORG|Chính phủ⟧ hoặc quyết định của ⟦ORG|Thủ tướng Chính phủ⟧.

⟦ORG|Chính phủ⟧ quy định trình tự, thủ tục thực hiện đầu tư tại (6).

(7) Bố trí vốn ngân sách địa phương để thực hiện chính sách tín dụng ưu đãi thông qua ⟦ORG|Ngân hàng Chính sách xã hội⟧ chi nhánh tỉnh, thành phố trực thuộc trung ương.

- ⟦ORG|Chính phủ⟧ quy định điều kiện, tiêu chí, nguyên tắc bố trí vốn để ủy thác thực hiện chính sách tín dụng ưu đãi thông qua ⟦ORG|Ngân hàng Chính sách xã hội⟧.

- Hội đồng nhân dân cấp tỉnh quyết định cơ chế, chính sách cụ thể và bố trí vốn ngân sách địa phương để thực hiện chính sách này. Ủy ban nhân dân cấp tỉnh thực hiện ủy thác vốn ngân sách địa phương để thực hiện chính sách ưu đãi theo quyết định của Hội đồng nhân dân cấp tỉnh.

(8) Đối tượng đầu tư công khác theo quy định của pháp luật có liên quan.

Tiêu chí phân loại dự án quan trọng quốc gia ra sao?

Theo Điều 8 ⟦LEGAL_REF|Luật Đầu tư công 2024⟧ quy định về tiêu chí phân loại dự án quan trọng quốc gia như sau:

Dự án quan trọng quốc gia là dự án đầu tư độc lập hoặc cụm công trình liên kết chặt chẽ với nhau thuộc một trong các tiêu chí sau đây:

(1) Sử dụng vốn đầu tư công từ ⟦MONEY|30.000 tỷ đồng⟧ trở lên;

(2) Ảnh hưởng lớn đến môi trường hoặc tiềm ẩn khả năng ảnh hưởng nghiêm trọng đến môi trường, bao gồm:

- Nhà máy điện hạt nhân;

- Sử dụng đất có yêu cầu chuyển mục đích sử dụng đất rừng đặc dụng từ ⟦AREA|50 ha⟧ trở lên; rừng phòng hộ đầu nguồn, rừng phòng hộ biên giới từ ⟦AREA|50 ha⟧ trở lên; rừng phòng hộ chắn gió, chắn cát bay, chắn sóng, lấn biển từ ⟦AREA|500 ha⟧ trở lên; rừng sản xuất từ ⟦AREA|1.000 ha⟧ trở lên;

(3) Sử dụng đất có yêu cầu chuyển mục đích sử dụng đất trồng lúa nước từ hai vụ trở lên với quy mô từ ⟦AREA|500 ha⟧ trở lên;

(4) Di dân tái định cư từ 20.000 người trở lên ở miền núi, từ 50.000 người trở lên ở các vùng khác;

(5) Dự án đòi hỏi phải áp dụng cơ chế, chính sách đặc biệt cần được ⟦ORG|Quốc hội⟧ quyết định.

=====RELATIONS=====
e1 issued_on e2
e5 issued_by e4
e5 issued_on e3
e5 issued_on e6
e7 issued_on e8
