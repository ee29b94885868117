doc: tnt305-tvpl__nghi-dinh-302-2025-nd-cp
source: ../shared/corpus/raw/tnt305-tvpl__nghi-dinh-302-2025-nd-cp.txt
span: 17175 20483
=====TEXT=====
b) Đầu tư, tạo lập, quản lý vận hành nhà ở xã hội, nhà ở để cho thuê theo quy định tại Nghị định này.

2.
Việc quản lý, sử dụng khoản hỗ trợ, đóng góp phải tuân thủ quy định của pháp luật.

Chương V

HOẠT ĐỘNG ĐẦU TƯ, TẠO LẬP, QUẢN LÝ VẬN HÀNH CHO THUÊ NHÀ Ở

Điều 17. Nguyên tắc đầu tư, tạo lập nhà ở

1.
Quỹ thực hiện đầu tư xây dựng dự án nhà ở xã hội độc lập để cho thuê; dự án đầu tư xây dựng nhà ở xã hội đồng bộ hệ thống hạ tầng kỹ thuật, hạ tầng xã hội để cho thuê.

2.
Quỹ thực hiện đầu tư, tạo lập nhà ở phải phù hợp với mục tiêu hoạt động của Quỹ và chỉ chịu trách nhiệm về khoản nợ và nghĩa vụ tài sản khác của Quỹ trong phạm vi số vốn đã đầu tư.

3.
Việc đầu tư, tạo lập nhà ở được thực hiện theo quy định tại Nghị định này và các quy định của pháp luật có liên quan.

4.
Đối với phần diện tích kinh doanh dịch vụ, thương mại trong dự án đầu tư xây dựng nhà ở xã hội do Quỹ trực tiếp đầu tư xây dựng hoặc tạo lập thì việc quản lý, kinh doanh được thực hiện theo quy định của pháp luật về đất đai, kinh doanh bất động sản và pháp luật khác có liên quan và không cần đáp ứng các điều kiện đối với tổ chức khi kinh doanh bất động sản.

5. Ủy ban nhân dân cấp tỉnh có trách nhiệm bố trí đủ quỹ đất và thực hiện giao đất, cho thuê đất để Quỹ đầu tư xây dựng nhà ở xã hội.

Điều 18. Hình thức, thủ tục đầu tư xây dựng, tạo lập nhà ở, nhà ở xã hội của Quỹ

1.
Hình thức đầu tư xây dựng, tạo lập nhà ở, nhà ở xã hội của Quỹ

a) Đầu tư xây dựng dự án nhà ở xã hội độc lập, dự án đầu tư xây dựng nhà ở xã hội đồng bộ hệ thống hạ tầng kỹ thuật, hạ tầng xã hội;

b) Sửa chữa, cải tạo, chuyển đổi công năng nhà ở theo quy định của pháp luật về nhà ở;

c) Tiếp nhận nhà ở thuộc tài sản công theo quy định của pháp luật về nhà ở;

d) Mua nhà ở xã hội của chủ đầu tư dự án đầu tư xây dựng nhà ở xã hội để cho thuê;

đ) Mua nhà ở thương mại theo cơ chế thị trường để cho thuê đối với cán bộ, công chức, viên chức, người lao động;

e) Đặt hàng, tiếp nhận, chuyển giao nhà ở, nhà ở xã hội của doanh nghiệp do Nhà nước nắm giữ ⟦PERCENT|100%⟧ vốn điều lệ, của tổ chức, cá nhân tự nguyện hỗ trợ, đóng góp;

g) Tiếp nhận nhà ở phục vụ tái định cư, tạm cư.

2.
Việc xác định chủ đầu tư, thủ tục đầu tư xây dựng, chính sách ưu đãi, hỗ trợ đối với dự án đầu tư xây dựng nhà ở xã hội sử dụng nguồn vốn từ Quỹ được thực hiện theo quy định của pháp luật về đầu tư công, pháp luật về nhà ở và các quy định có liên quan đối với dự án sử dụng vốn đầu tư công.

3.
Thủ tục sửa chữa, cải tạo, chuyển đổi công năng nhà ở sử dụng nguồn vốn từ Quỹ không thuộc trường hợp quy định tại khoản 2 Điều này được thực hiện theo quy định của pháp luật xây dựng, pháp luật về nhà ở và pháp luật khác có liên quan.

4.
Thủ tục mua nhà ở theo quy định tại điểm d, điểm đ khoản 1 Điều này để cho thuê được thực hiện như sau:

a) Trước khi mua nhà ở để bố trí cho các đối tượng thuê, Quỹ phải lập đề án mua nhà ở trình cơ quan quản lý Quỹ chấp thuận chủ trương mua nhà ở;

b) Nội dung chủ yếu của đề án mua nhà ở bao gồm: xác định nhu cầu thuê nhà ở, phương án cho thuê và quản lý vận hành nhà ở cho thuê; vị trí, địa điểm, loại nhà, số lượng, chất lượng nhà ở, diện tích sử dụng của mỗi loại nhà ở; giá mua nhà ở, chi phí có liên quan, nguồn vốn để mua nhà ở, phương thức thanh toán tiền mua nhà ở, cơ quan ký hợp đồng mua nhà ở, tiến độ thực hiện dự án.
=====RELATIONS=====
