doc: tnt305-tvpl__bai-viet-tvnd-11-khu-tai-dinh-cu-hai-duong
source: ../shared/corpus/raw/tnt305-tvpl__bai-viet-tvnd-11-khu-tai-dinh-cu-hai-duong.txt
span: 0 4587
=====TEXT=====
⟦ADMIN_UNIT|Hải Dương⟧ triển khai xây dựng 11 khu tái định cư phục vụ dự án đường sắt

⟦ADMIN_UNIT|Hải Dương⟧ đang triển khai xây dựng 11 khu tái định cư để phục vụ dự án ⟦PROJECT|đường sắt Lào Cai Hà Nội Hải Phòng⟧. Dự án này nhằm hỗ trợ công tác giải phóng mặt bằng cho dự án đường sắt.

Theo đó, chiều dài tuyến đường sắt qua ⟦ADMIN_UNIT|Hải Dương⟧ khoảng 40,96 km, đi qua 5 huyện: ⟦ADMIN_UNIT|Cẩm Giàng⟧, ⟦ADMIN_UNIT|Bình Giang⟧, ⟦ADMIN_UNIT|Gia Lộc⟧, ⟦ADMIN_UNIT|Tứ Kỳ⟧ và ⟦ADMIN_UNIT|Thanh Hà⟧. Quy mô tái định cư cho khoảng 407 hộ dân và di dời hơn 1.000 ngôi mộ; ⟦e1:PROJECT|mở rộng chùa Núi⟧, ⟦e2:ADMIN_UNIT|xã Bình Lãng⟧ (⟦e3:ADMIN_UNIT|huyện Tứ Kỳ⟧) và ⟦e4:PROJECT|di chuyển bãi rác thôn Lập Lễ⟧, ⟦e5:ADMIN_UNIT|xã Thanh Hồng⟧ (⟦e6:ADMIN_UNIT|huyện Thanh Hà⟧).

Tổng nhu cầu vốn đầu tư cho việc xây dựng các khu tái định cư và mở rộng nghĩa trang nhân dân là hơn ⟦MONEY|509 tỷ đồng⟧.

Dự kiến hoàn thành công tác giải phóng mặt bằng vào ⟦DATE|tháng 11/2025⟧ để kịp khởi công dự án vào ⟦DATE|ngày 19/12/2025⟧.

⟦ADMIN_UNIT|Hải Dương⟧ triển khai xây dựng 11 khu tái định cư phục vụ dự án đường sắt chỉ mang tính chất tham khảo.

Nguyên tắc bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất ra sao?

Căn cứ Điều 91 ⟦LEGAL_REF|Luật Đất đai 2024⟧ như sau:

Điều 91. Nguyên tắc bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất

1. Việc bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất phải bảo đảm dân chủ, khách quan, công bằng, công khai, minh bạch, kịp thời và đúng quy định của pháp luật; vì lợi ích chung, sự phát triển bền vững, văn minh và hiện đại của cộng đồng, của địa phương; quan tâm đến đối tượng chính sách xã hội, đối tượng trực tiếp sản xuất nông nghiệp.

2. Việc bồi thường về đất được thực hiện bằng việc giao đất có cùng mục đích sử dụng với loại đất thu hồi, trường hợp không có đất để bồi thường thì được bồi thường bằng tiền theo giá đất cụ thể của loại đất thu hồi do Ủy ban nhân dân cấp có thẩm quyền quyết định tại thời điểm phê duyệt phương án bồi thường, hỗ trợ, tái định cư. Trường hợp người có đất thu hồi được bồi thường bằng đất, bằng nhà ở mà có nhu cầu được bồi thường bằng tiền thì được bồi thường bằng tiền theo nguyện vọng đã đăng ký khi lập phương án bồi thường, hỗ trợ, tái định cư.

Đối với người có đất thu hồi nếu có nhu cầu và địa phương có điều kiện về quỹ đất, quỹ nhà ở thì được xem xét bồi thường bằng đất khác mục đích sử dụng với loại đất thu hồi hoặc bằng nhà ở.

3. Chủ sở hữu tài sản theo quy định của pháp luật dân sự mà bị thiệt hại về tài sản thì được bồi thường thiệt hại; chủ cơ sở sản xuất, kinh doanh phải ngừng sản xuất, kinh doanh do Nhà nước thu hồi đất thì được xem xét hỗ trợ.

4. Nhà nước có trách nhiệm hỗ trợ cho người có đất thu hồi, chủ sở hữu tài sản để tạo điều kiện cho người có đất thu hồi, chủ sở hữu tài sản có việc làm, có thu nhập, ổn định đời sống, sản xuất.

5. Khu tái định cư phải hoàn thiện các điều kiện về hạ tầng kỹ thuật, hạ tầng xã hội đồng bộ theo quy hoạch chi tiết được cơ quan có thẩm quyền phê duyệt; đồng thời phải phù hợp với truyền thống văn hóa, phong tục, tập quán của cộng đồng dân cư nơi có đất thu hồi. Khu tái định cư có thể bố trí cho một hoặc nhiều dự án.

6. Ủy ban nhân dân cấp tỉnh, Ủy ban nhân dân cấp huyện có trách nhiệm tổ chức lập và thực hiện dự án tái định cư để bảo đảm chủ động trong việc bố trí tái định cư cho người có đất thu hồi. Việc phê duyệt phương án bồi thường, hỗ trợ, tái định cư và việc bố trí tái định cư phải được hoàn thành trước khi có quyết định thu hồi đất.

7. Khi Nhà nước thu hồi đất theo quy định tại Điều 78 và Điều 79 của Luật này mà phần diện tích còn lại của thửa đất sau khi thu hồi nhỏ hơn diện tích tối thiểu theo quy định của Ủy ban nhân dân cấp tỉnh về diện tích tối thiểu tại khoản 2 Điều 220 của Luật này, nếu người sử dụng đất đồng ý thu hồi đất thì Ủy ban nhân dân cấp có thẩm quyền quyết định thu hồi đất và thực hiện việc bồi thường, hỗ trợ, quản lý diện tích đất này theo quy định của pháp luật.

Kinh phí bồi thường, hỗ trợ trong trường hợp thu hồi đất quy định tại khoản này được tính vào kinh phí bồi thường, hỗ trợ, tái định cư của dự án đầu tư.

Như vậy, việc bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất được thực hiện theo 07 nguyên tắc nêu trên.

Tổ chức nào chịu trách nhiệm về chất lượng nhà ở phục vụ tái định cư?

Căn cứ khoản 4 Điều 53 ⟦LEGAL_REF|Luật Nhà ở 2023⟧, tổ chức, cá nhân sau đây chịu trách nhiệm về chất lượng của nhà ở phục vụ tái định cư:

- Chủ đầu tư dự án đầu tư xây dựng nhà ở phục vụ tái định cư;

- Chủ đầu tư dự án đầu tư xây dựng nhà ở được dùng bố trí tái định cư;

- Tổ chức, cá nhân có liên quan đến việc xây dựng nhà ở phục vụ tái định cư theo quy định của pháp luật.

Ngoài ra, cơ quan quản lý nhà ở cấp tỉnh cũng có trách nhiệm hướng dẫn và kiểm tra công tác quản lý chất lượng nhà ở phục vụ tái định cư trên địa bàn.

=====RELATIONS=====
e1 located_in e2
e2 located_in e3
e4 located_in e5
e5 located_in e6
