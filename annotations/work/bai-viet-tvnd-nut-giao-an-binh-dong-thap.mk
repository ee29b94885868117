doc: tnt305-tvpl__bai-viet-tvnd-nut-giao-an-binh-dong-thap
source: ../shared/corpus/raw/tnt305-tvpl__bai-viet-tvnd-nut-giao-an-binh-dong-thap.txt
span: 0 3564
=====TEXT=====
Thông tin dự án ⟦PROJECT|Cải tạo nút giao An Bình tỉnh Đồng Tháp⟧

⟦e1:DATE|Ngày 02/12/2025⟧, ⟦e2:ORG|UBND tỉnh Đồng Tháp⟧ đã ban hành ⟦e3:LEGAL_REF|Quyết định 1712/QĐ-UBND⟧ về chủ trương đầu tư dự án ⟦PROJECT|Cải tạo nút giao An Bình tỉnh Đồng Tháp⟧.

Tại Điều 1 ⟦e4:LEGAL_REF|Quyết định 1712/QĐ-UBND⟧ ⟦e5:DATE|năm 2025⟧ đã nêu ra các thông tin dự án ⟦PROJECT|Cải tạo nút giao An Bình tỉnh Đồng Tháp⟧ như sau:

[1] Mục tiêu đầu tư: Đầu tư xây dựng ⟦PROJECT|cải tạo nút giao An Bình⟧ nhằm đáp ứng năng lực thông xe và an toàn giao thông tại khu vực kết nối nút giao sau khi các dự án cao tốc, quốc lộ có liên quan đưa vào khai thác; đồng thời, giải quyết dứt điểm sự bức xúc và tạo điều kiện ổn định đời sống của người dân trong khu vực lõi ⟦LOCATION|nút giao An Bình⟧.

[2] Phạm vi, quy mô đầu tư:

- Phạm vi đầu tư: Dự án đầu tư trên địa bàn ⟦ADMIN_UNIT|phường Mỹ Trà⟧, vị trí đầu tư là điểm giao ⟦LOCATION|tuyến tránh Quốc lộ 30⟧, ⟦LOCATION|cao tốc Mỹ An - Cao Lãnh⟧, ⟦LOCATION|cao tốc Cao Lãnh - Lộ Tẻ⟧ và ⟦LOCATION|Quốc lộ 30⟧ hiện hữu.

- Quy mô đầu tư:

+ ⟦PROJECT|Nút giao An Bình⟧:

Nhánh phải nút giao là hướng từ ⟦LOCATION|cao tốc Mỹ An - Cao Lãnh⟧ rẽ phải, gồm các đoạn:

(i) Đoạn từ đầu nhánh đến đảo vòng xuyến: Chiều dài khoảng 141m; mặt đường sau mở rộng 20,5m (mở rộng về phía lõi nút giao 5m).

(ii) Đoạn ⟦LOCATION|tuyến tránh Quốc lộ 30⟧ đến đảo vòng xuyến: Chiều dài khoảng 210m; mặt đường sau mở rộng 19,5m (mở rộng ra 02 bên, mỗi bên 4,25m).

(iii) Đoạn tuyến ⟦LOCATION|Quốc lộ 30⟧ hiện hữu đến đảo vòng xuyến: Chiều dài khoảng 120m; mặt đường sau mở rộng 19,5m (mở rộng về phía lõi nút giao 3m).

(iv) Tại vị trí đấu nối với ⟦LOCATION|tuyến tránh Quốc lộ 30⟧ được thiết kế dạng đảo vòng xuyến với bán kính R = 12,5m, bố trí 04 làn xe trong đảo, mỗi làn 4,5m.

Nhánh trái nút giao là hướng từ ⟦LOCATION|cao tốc Mỹ An - Cao Lãnh⟧ bên trái: Chiều dài khoảng 291m; mặt đường sau mở rộng 17m (mở rộng về phía lõi nút giao 4,5m).

Trên tuyến ⟦LOCATION|Quốc lộ 30⟧ hiện hữu trong phạm vi nút giao hướng từ ⟦ADMIN_UNIT|An Hữu⟧ đi ⟦ADMIN_UNIT|phường Cao Lãnh⟧: Chiều dài khoảng 215m; mặt đường sau mở rộng 17,5m (mở rộng ra phía lõi nút giao 3,5m).

+ Đầu tư các hạng mục hạ tầng kỹ thuật: Cây xanh, thoát nước; hệ thống chiếu sáng; hệ thống an toàn giao thông,...

[3] Dự án nhóm: Nhóm C.

[4] Tổng mức đầu tư: ⟦MONEY|159.902 triệu đồng⟧.

[5] Nguồn vốn: Vốn ngân sách tỉnh.

[6] Địa điểm thực hiện dự án: ⟦e6:ADMIN_UNIT|Phường Mỹ Trà⟧, ⟦e7:ADMIN_UNIT|tỉnh Đồng Tháp⟧.

[7] Thời gian, tiến độ thực hiện dự án: 03 năm.

Dự kiến bố trí vốn:

- Năm thứ nhất: ⟦MONEY|90.000 triệu đồng⟧.

- Năm thứ hai: ⟦MONEY|65.000 triệu đồng⟧.

- Năm thứ ba: ⟦MONEY|4.902 triệu đồng⟧.

[8] Phương án giải phóng mặt bằng:

Tách thành 02 dự án thành phần để thuận lợi trong việc thực hiện giải phóng mặt bằng và triển khai thi công dự án, cụ thể như sau:

- Dự án thành phần 1: ⟦e8:PROJECT|Bồi thường, hỗ trợ, tái định cư thuộc dự án Cải tạo nút giao An Bình⟧, ⟦e9:ADMIN_UNIT|tỉnh Đồng Tháp⟧; sơ bộ kinh phí khoảng ⟦e10:MONEY|92.216 triệu đồng⟧ do ⟦ORG|Trung tâm Phát triển quỹ đất⟧ làm chủ đầu tư.

- Dự án thành phần 2: ⟦e11:PROJECT|Cải tạo nút giao An Bình⟧, ⟦e12:ADMIN_UNIT|tỉnh Đồng Tháp⟧; sơ bộ kinh phí khoảng ⟦e13:MONEY|67.686 triệu đồng⟧ do ⟦ORG|Ban Quản lý dự án tỉnh⟧ làm chủ đầu tư.

Chủ đầu tư dự án thành phần 1 phối hợp với ⟦ORG|Ban Quản lý dự án tỉnh⟧ và các đơn vị có liên quan chịu trách nhiệm thực hiện công tác giải phóng mặt bằng, hỗ trợ, tái định cư theo đúng quy định pháp luật hiện hành và đảm bảo có mặt bằng thi công dự án.

Tổ chức thực hiện ⟦LEGAL_REF|Quyết định 1712/QĐ-UBND⟧ về chủ trương đầu tư dự án ⟦PROJECT|Cải tạo nút giao An Bình tỉnh Đồng Tháp⟧

Theo Điều 2 ⟦e14:LEGAL_REF|Quyết định 1712/QĐ-UBND⟧ ⟦e15:DATE|năm 2025⟧, ⟦ORG|Bạn Quản lý dự án tỉnh⟧ chủ trì, phối hợp với các cơ quan có liên quan tiếp thu ý kiến thẩm định của các sở, ngành tỉnh; hoàn thành hồ sơ dự án ⟦PROJECT|Cải tạo nút giao An Bình tỉnh Đồng Tháp⟧ trình cấp có thẩm quyền thẩm định, phê duyệt theo đúng quy định của ⟦LEGAL_REF|Luật Đầu tư công 2024⟧ và pháp luật liên quan.

=====RELATIONS=====
e3 issued_on e1
e3 issued_by e2
e4 issued_on e5
e6 located_in e7
e8 located_in e9
e8 has_amount e10
e11 located_in e12
e11 has_amount e13
e14 issued_on e15
