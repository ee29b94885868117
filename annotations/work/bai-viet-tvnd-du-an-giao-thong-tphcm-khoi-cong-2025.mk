doc: tnt305-tvpl__bai-viet-tvnd-du-an-giao-thong-tphcm-khoi-cong-2025
source: ../shared/corpus/raw/tnt305-tvpl__bai-viet-tvnd-du-an-giao-thong-tphcm-khoi-cong-2025.txt
span: 0 6943
=====TEXT=====
5+ dự án công trình giao thông tại ⟦ADMIN_UNIT|TP HCM⟧ khởi công từ ⟦DATE|tháng 6/2025⟧

Chuyên viên pháp lý:⟦PERSON|Cao Thanh An⟧

Tham vấn bởi Luật sư:⟦PERSON|Nguyễn Thụy Hân⟧

4+ dự án công trình giao thông tại ⟦ADMIN_UNIT|TP HCM⟧ khởi công từ ⟦DATE|tháng 6/2025⟧

(1) ⟦PROJECT|Cầu Rạch Tôm⟧: Giải quyết tắc nghẽn tại ⟦LOCATION|Lê Văn Lương⟧ sau gần 50 năm chờ đợi

⟦PROJECT|Cầu Rạch Tôm⟧ mới, dự kiến khởi công vào ⟦DATE|ngày 27/6/2025⟧, sẽ thay thế cây cầu sắt đã tồn tại từ trước ⟦DATE|năm 1975⟧. Cây cầu cũ rộng chỉ khoảng 4m, mặt cầu hẹp và trọng tải thấp.

Dự án xây mới có tổng chiều dài hơn 683m, bao gồm phần cầu chính dài 171m, rộng 15m và đường dẫn dài 512m, rộng 29m. Với tổng vốn đầu tư gần ⟦MONEY|497 tỷ đồng⟧, công trình kỳ vọng sẽ giúp nâng cao năng lực vận chuyển hàng hóa và đi lại, đồng thời hỗ trợ phát triển kinh tế - xã hội khu vực phía Nam thành phố.

(2) ⟦PROJECT|Vành đai 2⟧: Tái khởi động sau 5 năm gián đoạn

Một trong những công trình giao thông tại ⟦e1:ADMIN_UNIT|TP HCM⟧ ⟦e2:PROJECT|đoạn Phạm Văn Đồng - Gò Dưa thuộc Vành đai 2⟧ dài 2,7km, sẽ chính thức được tái khởi động từ ⟦DATE|tháng 9/2025⟧ sau nhiều năm trì trệ. Dự án này do ⟦ORG|Công ty CP Văn Phú Bác Ái⟧ làm chủ đầu tư, với tổng vốn hơn ⟦MONEY|2.700 tỷ đồng⟧, trong đó chi phí giải phóng mặt bằng chiếm đến ⟦MONEY|1.800 tỷ đồng⟧.

Đến nay, ⟦PERCENT|92%⟧ diện tích mặt bằng đã được bàn giao, tạo điều kiện thuận lợi để nhà thầu tái triển khai thi công. Khi hoàn thành, tuyến đường sẽ góp phần khép kín hệ thống giao thông đô thị và tăng khả năng kết nối liên quận, đặc biệt ở khu vực ⟦ADMIN_UNIT|TP.Thủ Đức⟧.

(3) ⟦PROJECT|Cao tốc TP.HCM - Mộc Bài⟧

⟦e3:PROJECT|Tuyến cao tốc TP.HCM - Mộc Bài⟧, đoạn qua địa bàn ⟦e4:ADMIN_UNIT|TP.HCM⟧, cũng sẽ được khởi công trong thời gian tới. Đây là công trình giao thông tại ⟦ADMIN_UNIT|TP HCM⟧ có ý nghĩa chiến lược, đóng vai trò kết nối vùng với ⟦ADMIN_UNIT|tỉnh Tây Ninh⟧ và ⟦LOCATION|cửa khẩu quốc tế Mộc Bài⟧ - ⟦LOCATION|Campuchia⟧.

(4) ⟦PROJECT|Dự án cầu đường Nguyễn Khoái⟧

⟦e5:PROJECT|Dự án cầu đường Nguyễn Khoái⟧ – nối ⟦e6:ADMIN_UNIT|quận 1⟧, ⟦e7:ADMIN_UNIT|quận 4⟧ và ⟦e8:ADMIN_UNIT|quận 7⟧ – sẽ chính thức khởi công vào ⟦DATE|tháng 10/2025⟧, với tổng mức đầu tư ⟦e9:MONEY|3.700 tỷ đồng⟧. Tổng chiều dài toàn tuyến gần 5km, trong đó phần cầu dài 2,5km, phần đường bộ dài 2,3km, mặt đường rộng từ 26,5m đến 61,5m.

Công trình được kỳ vọng sẽ giảm tải cho ⟦LOCATION|cầu Kênh Tẻ⟧ hiện hữu, kết nối nhanh từ khu Nam vào trung tâm, đồng thời hoàn thiện mạng lưới giao thông nội thành. Với thiết kế nhiều nhánh rẽ chiến lược, dự án sẽ góp phần thúc đẩy phát triển khu đô thị phía Nam, nâng cao năng lực lưu thông cho toàn khu vực.

(5) ⟦PROJECT|Vành đai 3 TP.HCM⟧

⟦PROJECT|Vành đai 3 TP.HCM⟧, dự án trọng điểm quốc gia, đang được đẩy nhanh tiến độ thi công toàn tuyến. Với tổng vốn gần ⟦MONEY|75.400 tỷ đồng⟧, tuyến đường đi qua địa phận ⟦ADMIN_UNIT|TP.HCM⟧, ⟦ADMIN_UNIT|Bình Dương⟧, ⟦ADMIN_UNIT|Đồng Nai⟧ và ⟦ADMIN_UNIT|Long An⟧ sẽ tạo nên mạng lưới giao thông liên kết vùng, giúp giảm chi phí logistics và thời gian vận chuyển.

Mục tiêu đặt ra là thông xe kỹ thuật vào cuối ⟦DATE|năm 2025⟧, hoàn thành vận hành toàn tuyến vào ⟦DATE|tháng 4/2026⟧.

(6) ⟦PROJECT|Cải tạo rạch Xuyên Tâm⟧

⟦e10:LOCATION|Rạch Xuyên Tâm⟧ - con kênh dài hơn 8km chảy qua địa bàn ⟦e11:ADMIN_UNIT|quận Bình Thạnh⟧ và ⟦e12:ADMIN_UNIT|Gò Vấp⟧ - từ lâu đã trở thành “điểm đen ô nhiễm” nghiêm trọng tại ⟦e13:ADMIN_UNIT|TP HCM⟧. Dòng kênh đen đặc, bốc mùi hôi thối, hai bên là nhà cửa san sát và hệ thống thoát nước yếu kém khiến ngập úng thường xuyên xảy ra. Sau nhiều lần trì hoãn, dự án đã được ⟦ORG|UBND TP HCM⟧ chính thức phê duyệt và dự kiến khởi công vào ⟦DATE|tháng 3/2025⟧. Dự án có tổng mức đầu tư khoảng ⟦MONEY|17.200 tỷ đồng⟧, chia thành hai hợp phần lớn:

- ⟦e14:PROJECT|Hợp phần 1 (rạch chính Xuyên Tâm)⟧: dài hơn 6,6km từ ⟦LOCATION|kênh Nhiêu Lộc – Thị Nghè⟧ đến ⟦LOCATION|sông Vàm Thuật⟧, đi qua các phường như ⟦e15:ADMIN_UNIT|17⟧, ⟦e16:ADMIN_UNIT|19⟧, ⟦e17:ADMIN_UNIT|21⟧ (⟦e18:ADMIN_UNIT|quận Bình Thạnh⟧), ⟦e19:ADMIN_UNIT|11⟧, ⟦e20:ADMIN_UNIT|12⟧, ⟦e21:ADMIN_UNIT|13⟧ (⟦e22:ADMIN_UNIT|Gò Vấp⟧).

- ⟦e23:PROJECT|Hợp phần 2 (nhánh rạch Bình Triệu)⟧: dài 2,2km, cũng thuộc ⟦e24:ADMIN_UNIT|quận Bình Thạnh⟧.

Phạm vi cải tạo bao gồm: nạo vét kênh, xây mới hệ thống cống thoát nước, lát kè hai bên bờ, xây dựng đường giao thông dọc rạch, lắp đặt hệ thống chiếu sáng, cây xanh và hạ tầng kỹ thuật đồng bộ.

Dự án được triển khai theo hình thức đối tác công – tư (PPP) với doanh nghiệp tham gia đầu tư là ⟦ORG|Công ty CP Tập đoàn Công nghiệp Quang Trung⟧. Thời gian thi công kéo dài khoảng 3 năm, dự kiến hoàn thành trong ⟦DATE|năm 2028⟧.

(Trên đây là 5+ dự án công trình giao thông tại ⟦ADMIN_UNIT|TP HCM⟧ khởi công từ ⟦DATE|tháng 6/2025⟧)

Chủ đầu tư dự án đầu tư xây dựng công trình đường bộ cung cấp thông tin về tải trọng, khổ giới hạn cho các cơ quan nào?

Căn cứ khoản 3 Điều 27 ⟦LEGAL_REF|Luật Đường bộ 2024⟧ quy định như sau:

Điều 27. Tải trọng và khổ giới hạn của đường bộ

1. Tải trọng của đường bộ là khả năng chịu tải khai thác của đường bộ để bảo đảm khai thác an toàn và tuổi thọ công trình đường bộ.

2. Khổ giới hạn của đường bộ là khoảng trống có kích thước giới hạn về chiều rộng, chiều cao của đường bộ để các xe, bao gồm cả hàng hóa xếp trên xe đi qua được an toàn và được xác định theo quy chuẩn, tiêu chuẩn kỹ thuật của đường bộ.

3. Trách nhiệm công bố tải trọng, khổ giới hạn của đường bộ được quy định như sau:

a) ⟦ORG|Bộ Giao thông vận tải⟧ công bố tải trọng, khổ giới hạn của đường bộ thuộc phạm vi quản lý;

b) Ủy ban nhân dân cấp tỉnh công bố về tải trọng, khổ giới hạn của đường bộ thuộc phạm vi quản lý và đường chuyên dùng quy định tại điểm c khoản này trên địa bàn;

c) Người quản lý, sử dụng đường bộ đối với đường chuyên dùng có hoạt động giao thông công cộng có trách nhiệm cung cấp thông tin về tải trọng, khổ giới hạn của đường chuyên dùng để Ủy ban nhân dân cấp tỉnh công bố;

d) Chủ đầu tư dự án đầu tư xây dựng công trình đường bộ có trách nhiệm cung cấp thông tin về tải trọng, khổ giới hạn cho các cơ quan quy định tại các điểm a, b và c khoản này.

4. Đối với các tuyến đường đi chung với đê, tải trọng khai thác của tuyến đường không lớn hơn tải trọng cho phép của phương tiện tham gia giao thông đường bộ được phép đi trên đê.

Như vậy, chủ đầu tư dự án đầu tư xây dựng công trình đường bộ có trách nhiệm cung cấp thông tin về tải trọng, khổ giới hạn của đường bộ cho các cơ quan sau:

- ⟦ORG|Bộ Giao thông vận tải⟧ (đối với đường thuộc phạm vi quản lý của Bộ),

- Ủy ban nhân dân cấp tỉnh (đối với đường thuộc phạm vi quản lý của địa phương),

- Và người quản lý, sử dụng đường bộ đối với đường chuyên dùng có hoạt động giao thông công cộng.

Xử lý các kiến nghị phát sinh trong quá trình thi công công trình đường bộ đang khai thác là trách nhiệm của cơ quan nào?

Căn cứ khoản 3 Điều 6 ⟦LEGAL_REF|Thông tư 41/2024/TT-BGTVT⟧ quy định như sau:

Điều 6. Cung cấp thông tin và cơ chế phối hợp giữa các cơ quan, tổ chức, cá nhân khi thi công trên đường bộ đang khai thác

[...]

3. Trách nhiệm của cơ quan quản lý đường bộ trực tiếp quản lý tuyến đường:

a) Kiểm tra việc thực hiện theo giấy phép thi công;

b) Tạm đình chỉ, thu hồi hoặc đề nghị cơ quan cấp phép thi công quyết định tạm đình chỉ hoặc thu hồi giấy phép thi công công trình trên đường bộ đang khai thác đối với trường hợp vi phạm các nội dung quy định trong giấy phép thi công;

c) Xử lý các kiến nghị phát sinh trong quá trình thi công công trình trên đường bộ đang khai thác;

d) Phối hợp với lực lượng cảnh sát giao thông trên tuyến trong việc bảo đảm trật tự, an toàn giao thông.

Như vậy, xử lý các kiến nghị phát sinh trong quá trình thi công công trình đường bộ đang khai thác là trách nhiệm của cơ quan quản lý đường bộ trực tiếp quản lý tuyến đường.

=====RELATIONS=====
e2 located_in e1
e3 located_in e4
e5 located_in e6
e5 located_in e7
e5 located_in e8
e5 has_amount e9
e10 located_in e11
e10 located_in e12
e10 located_in e13
e15 located_in e18
e16 located_in e18
e17 located_in e18
e19 located_in e22
e20 located_in e22
e21 located_in e22
e14 located_in e15
e14 located_in e16
e14 located_in e17
e14 located_in e19
e14 located_in e20
e14 located_in e21
e23 located_in e24
