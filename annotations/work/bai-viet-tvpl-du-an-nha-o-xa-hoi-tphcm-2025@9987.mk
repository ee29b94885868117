doc: tnt305-tvpl__bai-viet-tvpl-du-an-nha-o-xa-hoi-tphcm-2025
source: ../shared/corpus/raw/tnt305-tvpl__bai-viet-tvpl-du-an-nha-o-xa-hoi-tphcm-2025.txt
span: 9987 14933
=====TEXT=====
Ưu đãi chủ đầu tư dự án đầu tư xây dựng nhà ở xã hội để bán, cho thuê mua, cho thuê

1. Đối với dự án đầu tư xây dựng nhà ở xã hội được đầu tư bằng vốn đầu tư công thì chủ đầu tư dự án đầu tư xây dựng nhà ở xã hội được hưởng ưu đãi quy định tại điểm a và điểm b khoản 2 Điều này. Đối với dự án đầu tư xây dựng nhà ở xã hội được đầu tư bằng nguồn tài chính công đoàn thì chủ đầu tư dự án đầu tư xây dựng nhà ở xã hội được hưởng ưu đãi quy định tại các điểm a, b, e, g và h khoản 2 Điều này.

...

Lưu ý:

Cơ quan quản lý nhà ở trực thuộc ⟦ORG|Bộ Xây dựng⟧ không thực hiện việc tiếp nhận, kiểm tra hồ sơ, thông báo đơn vị đủ điều kiện thực hiện quản lý vận hành nhà chung cư quy định tại Khoản này bởi Điều 23 ⟦LEGAL_REF|Nghị định 144/2025/NĐ-CP⟧ có hiệu lực từ ⟦DATE|ngày 01/07/2025⟧ (VB hết hiệu lực: ⟦DATE|01/03/2027⟧)

(4) Cơ quan có thẩm quyền quy định tại Điều 14 ⟦LEGAL_REF|Luật Nhà ở 2023⟧ quyết định giá thuê, giá thuê mua nhà ở xã hội.

(5) ⟦ORG|Tổng Liên đoàn Lao động Việt Nam⟧ quyết định giá thuê nhà ở xã hội được đầu tư xây dựng bằng nguồn tài chính công đoàn.

Đối với nhà ở xã hội được đầu tư xây dựng không bằng vốn đầu tư công, nguồn tài chính công đoàn

(1) Giá bán nhà ở xã hội được xác định như sau:

- Tính đủ các chi phí để thu hồi vốn đầu tư xây dựng nhà ở, bao gồm: chi phí đầu tư xây dựng công trình nhà ở xã hội, chi phí bồi thường, hỗ trợ, tái định cư, chi phí đầu tư xây dựng hệ thống hạ tầng kỹ thuật, hạ tầng xã hội do chủ đầu tư dự án đầu tư xây dựng nhà ở xã hội thực hiện (nếu có) trong phạm vi dự án, trừ trường hợp thuộc diện đầu tư xây dựng để kinh doanh hoặc phải bàn giao cho Nhà nước quản lý theo nội dung dự án đã được phê duyệt; lãi vay (nếu có); các chi phí hợp lý, hợp lệ của doanh nghiệp, bao gồm chi phí tổ chức bán hàng, chi phí quản lý doanh nghiệp, các khoản chi có đủ hóa đơn, chứng từ liên quan trực tiếp đến dự án đầu tư xây dựng theo quy định của pháp luật; lợi nhuận định mức quy định tại điểm c khoản 2 Điều 85 ⟦LEGAL_REF|Luật Nhà ở 2023⟧;

- Không được tính các khoản ưu đãi quy định tại các điểm a, b, đ, g và h khoản 2 Điều 85 ⟦LEGAL_REF|Luật Nhà ở 2023⟧ và kinh phí bảo trì do người mua phải nộp theo quy định tại Điều 152 ⟦LEGAL_REF|Luật Nhà ở 2023⟧.

(2) Giá thuê mua nhà ở xã hội được xác định theo quy định tại (1)

(3) Giá thuê nhà ở xã hội, bao gồm cả kinh phí bảo trì nhà ở, do chủ đầu tư dự án đầu tư xây dựng nhà ở xã hội thỏa thuận với bên thuê theo khung giá do Ủy ban nhân dân cấp tỉnh quy định.

(4) Chủ đầu tư dự án đầu tư xây dựng nhà ở xã hội xây dựng phương án giá bán, giá thuê mua nhà ở xã hội bảo đảm nguyên tắc quy định tại (1) và trình cơ quan chuyên môn của Ủy ban nhân dân cấp tỉnh thẩm định tại thời điểm nhà ở đủ điều kiện được bán, cho thuê mua nhà ở theo quy định của pháp luật về nhà ở.

(5) Đối với nhà ở xã hội do cá nhân tự đầu tư xây dựng thì giá thuê nhà ở phải bảo đảm phù hợp với khung giá do Ủy ban nhân dân cấp tỉnh quy định.

(6) ⟦ORG|Chính phủ⟧ quy định chi tiết Điều này.

=> Như vậy, về cơ bản việc xác định giá thuê mua nhà ở xã hội từ ⟦DATE|10/10/2025⟧ bổ sung thêm quy định:

Trường hợp chủ đầu tư tự nguyện ứng trước kinh phí bồi thường, hỗ trợ, tái định cư theo phương án bồi thường, hỗ trợ, tái định cư đã được cơ quan có thẩm quyền phê duyệt thì kinh phí bồi thường, hỗ trợ, tái định cư được tính vào chi phí đầu tư của dự án theo quy định của pháp luật về đất đai - quy định được bổ sung từ ⟦DATE|10/10/2025⟧.

Các loại nhà và tiêu chuẩn diện tích nhà ở xã hội ⟦DATE|năm 2025⟧ thế nào?

Căn cứ theo Điều 27, 28 ⟦LEGAL_REF|Nghị định 100/2024/NĐ-CP⟧ quy định loại nhà và tiêu chuẩn diện tích nhà ở xã hội ⟦DATE|năm 2025⟧ chi tiết như sau:

Loại nhà và tiêu chuẩn diện tích nhà ở xã hội được đầu tư xây dựng theo dự án

(1) Trường hợp nhà ở xã hội là nhà chung cư được đầu tư xây dựng theo dự án thì phải đảm bảo các yêu cầu sau:

- Phải được thiết kế, xây dựng khép kín, tuân thủ quy chuẩn kỹ thuật quốc gia, phù hợp tiêu chuẩn áp dụng theo quy định của pháp luật;

- Tiêu chuẩn diện tích sử dụng mỗi căn hộ tối thiểu là ⟦AREA|25 m2⟧, tối đa là ⟦AREA|70 m2⟧;

- Được điều chỉnh tăng tiêu chuẩn diện tích sử dụng căn hộ tối đa, nhưng mức tăng không quá ⟦PERCENT|10%⟧ so với diện tích sử dụng căn hộ tối đa là ⟦AREA|70 m2⟧ và bảo đảm tỷ lệ số căn hộ trong dự án đầu tư xây dựng nhà ở xã hội có diện tích sử dụng trên ⟦AREA|70 m2⟧ không quá ⟦PERCENT|10%⟧ tổng số căn hộ nhà ở xã hội trong dự án.

(2) Trường hợp nhà ở xã hội là nhà ở riêng lẻ được đầu tư xây dựng theo dự án thì chỉ được đầu tư xây dựng tại xã thuộc vùng đồng bào dân tộc thiểu số và miền núi theo quy định của ⟦ORG|Thủ tướng Chính phủ⟧, phải đảm bảo các quy định sau:

- Phải được thiết kế, xây dựng theo tiêu chuẩn, quy chuẩn kỹ thuật quốc gia về quy hoạch xây dựng;

- Mật độ xây dựng, hệ số sử dụng đất, chiều cao nhà ở riêng lẻ tuân thủ quy hoạch nông thôn hoặc quy chế quản lý kiến trúc điểm dân cư nông thôn được cấp có thẩm quyền phê duyệt;

- Tiêu chuẩn diện tích lô đất nhà ở xã hội là nhà ở riêng lẻ không vượt quá ⟦AREA|70 m2⟧, hệ số sử dụng đất không vượt quá 2,0 lần.

Loại nhà và tiêu chuẩn diện tích nhà ở xã hội do cá nhân đầu tư xây dựng để cho thuê


=====RELATIONS=====
