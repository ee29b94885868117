doc: tnt305-tvpl__nghi-quyet-79-2025-nq-hdnd-ha-noi
source: ../shared/corpus/raw/tnt305-tvpl__nghi-quyet-79-2025-nq-hdnd-ha-noi.txt
span: 26846 31383
=====TEXT=====
Công trình chưa bảo đảm về số lượng cầu thang bộ, buồng thang bộ thoát nạn:
- Đối với các công trình có chiều cao PCCC lớn hơn 28m: Bổ sung cầu thang bên ngoài nhà (hoặc cầu thang bên trong nhà, được đặt trong buồng thang bộ có hệ thống tăng áp) chiều rộng bản thang tối thiểu 0,6 m hoặc bố trí thang máy chữa cháy ở mép phía ngoài nhà, có điểm dừng ở các tầng, đồng thời bố trí lối thoát nạn khẩn cấp, lối đi qua ban công, lô gia hoặc sang mái các nhà liền kề có cùng độ cao, trang bị bổ sung thang sắt đứng P1 hoặc thang dây hoặc dây thả chậm hoặc ống tụt.
- Đối với các công trình có chiều cao PCCC từ 25m đến dưới 28m:
+ Bổ sung cầu thang bên ngoài nhà (hoặc cầu thang bên trong nhà, được đặt trong buồng thang bộ có hệ thống tăng áp) chiều rộng bản thang tối thiểu 0,6 m;
+ Hoặc công trình có 01 buồng thang bộ phải thiết kế bổ sung hệ thống tăng áp, đồng thời bố trí lối thoát nạn khẩn cấp, lối đi qua ban công, lô gia hoặc sang mái các nhà liền kề có cùng độ cao, trang bị bổ sung thang sắt đứng P1 hoặc thang dây hoặc dây thả chậm hoặc ống tụt;
+ Hoặc công trình có 01 buồng thang bộ phải thiết kế bổ sung hệ thống tăng áp, đồng thời bố trí thang máy chữa cháy ở mép phía ngoài nhà, có điểm dừng ở các tầng.
- Đối với các công trình có chiều cao PCCC từ 21m đến dưới 25m:
+ Bổ sung cầu thang bên ngoài nhà (hoặc cầu thang bên trong nhà, được đặt trong buồng thang bộ có hệ thống tăng áp) chiều rộng bản thang tối thiểu 0,6 m;
+ Hoặc công trình có 01 buồng thang bộ phải thiết kế bổ sung hệ thống tăng áp buồng thang bộ, đồng thời bố trí lối thoát nạn khẩn cấp, lối đi qua ban công, lô gia hoặc sang mái các nhà liền kề có cùng độ cao, trang bị bổ sung thang sắt đứng P1 hoặc thang dây hoặc dây thả chậm hoặc ống tụt;
+ Hoặc công trình có 01 buồng thang bộ phải thiết kế bổ sung hệ thống tăng áp buồng thang bộ, đồng thời trang bị bổ sung hệ thống chữa cháy tự động cho toàn bộ công trình.
- Đối với các công trình có chiều cao PCCC dưới 21m:
+ Bổ sung cầu thang bên ngoài nhà (hoặc cầu thang bên trong nhà, được đặt trong buồng thang bộ có hệ thống tăng áp) chiều rộng bản thang tối thiểu 0,6 m;
+ Hoặc công trình có 01 buồng thang bộ phải thiết kế bổ sung quạt tăng áp buồng thang bộ, đồng thời bố trí lối thoát nạn khẩn cấp, lối đi qua ban công, lô gia hoặc sang mái các nhà liền kề có cùng độ cao, trang bị bổ sung thang sắt đứng P1 hoặc thang dây hoặc dây thả chậm hoặc ống tụt;
+ Hoặc công trình có 01 buồng thang bộ phải thiết kế bổ sung quạt tăng áp buồng thang bộ, đồng thời trang bị bổ sung mặt nạ lọc độc tương ứng với số người trên mỗi tầng;
+ Hoặc công trình có 01 buồng thang bộ kín hoặc cầu thang bên trong nhà, để hở có thể mở ô thoáng tại mặt ngoài, đồng thời bổ sung hệ thống chữa cháy tự động cho công trình.
+ Hoặc công trình có lối ra thoát nạn vào hành lang bên dẫn trực tiếp vào cầu thang bên trong nhà đồng thời bổ sung hệ thống chữa cháy tự động cho công trình.
- Đối với các công trình cao không quá 02 tầng:
+ Bổ sung cầu thang bên ngoài nhà hoặc cầu thang bên trong nhà (tổng diện tích của 02 tầng không quá diện tích khoang cháy cho phép) với chiều rộng bản thang tối thiểu 0,6 m.
+ Trường hợp không có khả năng bổ sung cầu thang thì bố trí thang sắt đứng P1 hoặc thang dây hoặc dây thả chậm hoặc ống tụt.
(2) Trường hợp 2: Cầu thang bộ bên trong nhà không có khả năng đóng kín buồng thang:
- Đối với các công trình có chiều cao PCCC lớn hơn 28m:
+ Bổ sung giải pháp sử dụng quạt cắt gió ngăn hành lang và cầu thang hoặc thiết bị tạo màn nước drencher, bố trí thành 02 dải cách nhau 0,5 m với cường độ phun không nhỏ hcm 0,5 l/s cho mỗi mét chiều dài màn nước (tính chung cho cả 2 dải), thời gian duy trì màn nước tối thiểu 01 giờ (có giải pháp sử dụng vách đúng kín bằng vật liệu không cháy hạ xuống để ngăn chặn lan truyền của khói), đồng thời trang bị bổ sung đầu phun chữa cháy sprinkler tự động tại vị trí hành lang trước khi vào cầu thang hở;
+ Hoặc có giải pháp mở các ô thoáng ở mặt ngoài của cầu thang bộ bên trong nhà, để bảo đảm cầu thang được thông gió, thoát khói tự nhiên (tương tự như cầu thang bộ loại 3).
- Đối với các công trình có chiều cao PCCC từ 25m đến dưới 28m:
+ Bổ sung hệ thống tăng áp cho buồng thang bộ hiện có của công trình; trang bị bổ sung đầu phun chữa cháy sprinkler tự động tại hành lang trước lối vào cầu thang hở còn lại của công trình;
+ Hoặc có giải pháp mở các ô thoáng ở mặt ngoài của cầu thang bộ bên trong nhà, để bảo đảm cầu thang được thông gió, thoát khói tự nhiên (tương tự như cầu thang bộ loại 3).
- Đối với các công trình có chiều cao PCCC dưới 25m:

=====RELATIONS=====
