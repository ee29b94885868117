doc: tnt305-tvpl__bai-viet-tvnd-quoc-lo-50b-tien-giang
source: ../shared/corpus/raw/tnt305-tvpl__bai-viet-tvnd-quoc-lo-50b-tien-giang.txt
span: 0 3956
=====TEXT=====
Tổng vốn đầu tư tuyến ⟦PROJECT|Quốc lộ 50B đoạn đi qua tỉnh Tiền Giang⟧ (cũ)

Vừa qua, ⟦ORG|Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh Đồng Tháp⟧ đã có Báo cáo đánh giá tác động môi trường của dự án ⟦PROJECT|Trục giao thông đô thị thành phố Hồ Chí Minh - Long An - Tiền Giang đoạn qua tỉnh Tiền Giang⟧ (quy hoạch ⟦LOCATION|quốc lộ 50B⟧).

Tại tiểu mục I.6.2 Mục I.6 Chương I Báo cáo đánh giá tác động môi trường của dự án ⟦PROJECT|Trục giao thông đô thị thành phố Hồ Chí Minh - Long An - Tiền Giang đoạn qua tỉnh Tiền Giang⟧ (quy hoạch ⟦LOCATION|quốc lộ 50B⟧) (trang I-63) nêu rõ tổng vốn đầu tư tuyến ⟦PROJECT|Quốc lộ 50B đoạn đi qua tỉnh Tiền Giang⟧ (cũ) như sau:

- Tổng vốn đầu tư tuyến ⟦e1:PROJECT|Quốc lộ 50B đoạn đi qua tỉnh Tiền Giang⟧ (cũ) là ⟦e2:MONEY|4.297 tỷ đồng⟧;

- Nguồn vốn: Vốn ngân sách Trung ương và phần còn lại ngân sách địa phương.

Tổ chức quản lý và thực hiện tuyến ⟦PROJECT|Quốc lộ 50B đoạn đi qua tỉnh Tiền Giang⟧ (cũ)

Tại tiểu mục I.6.3 Mục I.6 Chương I Báo cáo đánh giá tác động môi trường của dự án ⟦PROJECT|Trục giao thông đô thị thành phố Hồ Chí Minh - Long An - Tiền Giang đoạn qua tỉnh Tiền Giang⟧ (quy hoạch ⟦LOCATION|quốc lộ 50B⟧) (trang I-63) nêu rõ tổ chức quản lý và thực hiện tuyến ⟦PROJECT|Quốc lộ 50B đoạn đi qua tỉnh Tiền Giang⟧ (cũ) như sau:

(1) Công tác quản lý

Các hạng mục của dự án được xây dựng mới và đồng bộ, Chủ đầu tư là ⟦ORG|Ban QLDA Đầu tư xây dựng công trình giao thông tỉnh Đồng Tháp⟧.

Ban quản lý dự án sẽ là đại diện chủ đầu tư trực tiếp triển khai và thực hiện các hạng mục của dự án. Ban quản lý dự án sẽ thực hiện thuê các nhà thầu xây dựng thực hiện xây dựng các hạng mục hạ tầng kỹ thuật và giám sát chặt chẽ các đơn vị này.

Trách nhiệm của đại diện Chủ đầu tư

Ban quản lý dự án trực tiếp quản lý thuê đơn vị có chức năng để thực hiện thi công các gói thầu từng hạng mục công trình Dự án, chịu trách nhiệm về tiến độ và chất lượng công trình thông qua giám sát các nhà thầu thực hiện Dự án.

Quản lý, bảo trì tuyến đường bộ, cầu.

Tổ chức tuyên truyền, phổ biến và giáo dục nhân dân các quy định về phạm vi đất dành cho đường bộ, bảo vệ kết cấu hạ tầng giao thông đường bộ.

Quản lý việc sử dụng đất trong và ngoài hành lang an toàn đường bộ theo quy định của pháp luật; xử lý kịp thời các trường hợp lấn, chiếm, sử dụng trái phép đất hành lang an toàn đường bộ.

Phối hợp với đơn vị quản lý đường bộ và các lực lượng liên quan thực hiện các biện pháp bảo vệ công trình đường bộ.

Tổ chức thực hiện các biện pháp bảo vệ hành lang an toàn đường bộ, chống lấn chiếm, cưỡng chế dỡ bỏ các công trình xây dựng trái phép để giải tỏa hành lang an toàn đường bộ.

Huy động mọi lực lượng, vật tư, thiết bị để bảo vệ công trình, kịp thời khôi phục giao thông khi bị thiên tai, địch họa. Giải quyết tranh chấp, khiếu nại, tố cáo liên quan đến việc bảo vệ kết cấu hạ tầng giao thông đường bộ trên địa bàn theo quy định của pháp luật.

Trách nhiệm nhà thầu thi công

Trong giai đoạn thi công, nhà thầu sẽ tận dụng tối đa nguồn nhân công lao động tại địa phương. Do vậy, khu vực lán trại công nhân bố trí ngay trên công trường. Trong quá trình thực hiện dự án nhà thầu xây dựng sẽ kết hợp với chính quyền địa phương để quản lý chặt chẽ các công nhân xây dựng như: Quản lý đăng ký cán bộ công nhân viên tham gia xây dựng dự án, khai báo đăng ký tạm trú đảm bảo trật tự an ninh công cộng.

(2) Vận hành và khai thác

Dự án sau khi hoàn thành sẽ được các bên tiến hành các thủ tục bàn giao cho ⟦ORG|Sở giao thông vận tải⟧ là cơ quan quản lý, sử dụng.

⟦ORG|Sở giao thông vận tải⟧ (nay là ⟦ORG|Sở Xây dựng⟧) được Nhà nước giao quản lý, khai thác công trình có trách nhiệm bảo trì công trình, thực hiện theo ⟦e3:LEGAL_REF|Thông tư 37/2018/TT-BGTVT⟧ của ⟦e4:ORG|Bộ Giao thông vận tải⟧ quy định về quản lý, vận hành khai thác và bảo trì công trình đường bộ.

Các chi phí gồm:

- Chi phí kiểm tra công trình đường bộ.

- Chi phí quan trắc công trình đường bộ.

- Chi phí kiểm định xây dựng công trình đường bộ.

- Bảo dưỡng công trình đường bộ được thực hiện theo kế hoạch bảo trì hàng năm và quy trình bảo trì công trình được phê duyệt.

- Sửa chữa công trình đường bộ.

=====RELATIONS=====
e1 has_amount e2
e3 issued_by e4
