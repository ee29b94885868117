doc: tnt305-tvpl__ke-hoach-235-kh-ubnd-thanh-hoa-2025
source: ../shared/corpus/raw/tnt305-tvpl__ke-hoach-235-kh-ubnd-thanh-hoa-2025.txt
span: 8004 12251
=====TEXT=====
Cập nhật kết quả về quan trắc, cảnh báo môi trường nuôi trồng thủy sản vào cơ sở dữ liệu quốc gia về thủy sản theo quy định tại ⟦e1:LEGAL_REF|Thông tư số 24/2018/TT-BNNPTNT⟧ ⟦e2:DATE|ngày 15/11/2018⟧ của Bộ trưởng ⟦e3:ORG|Bộ Nông nghiệp và Phát triển nông thôn⟧ (nay là ⟦ORG|Bộ Nông nghiệp và Môi trường⟧).

III. KINH PHÍ THỰC HIỆN

Kinh phí thực hiện Kế hoạch quan trắc, cảnh báo môi trường nuôi trồng thủy sản ⟦DATE|năm 2026⟧ được bố trí từ nguồn kinh phí sự nghiệp môi trường trong dự toán ngân sách tỉnh ⟦DATE|năm 2026⟧.

IV. TỔ CHỨC THỰC HIỆN

1. ⟦ORG|Sở Nông nghiệp và Môi trường⟧ chỉ đạo ⟦ORG|Chi cục Biển đảo và Thủy sản⟧ thực hiện các nội dung sau:

- Lập dự toán kinh phí báo cáo ⟦ORG|Sở Nông nghiệp và Môi trường⟧ trình cấp có thẩm quyền xem xét, phê duyệt.

- Phối hợp với UBND các xã, phường và các đơn vị liên quan triển khai tổ chức thực hiện Kế hoạch quan trắc, cảnh báo môi trường nuôi trồng thủy sản ⟦DATE|năm 2026⟧.

- Tổ chức lựa chọn đơn vị thực hiện hoạt động quan trắc môi trường nuôi trồng thủy sản theo quy định hiện hành; kịp thời thông báo kết quả quan trắc môi trường, diễn biến chất lượng nước cho các địa phương, các cơ sở nuôi trồng thủy sản tại các khu vực được quan trắc;
triển khai các biện pháp khắc phục; cập nhật vào cơ sở dữ liệu quốc gia về quan trắc môi trường, báo cáo ⟦ORG|Cục Thủy sản và Kiểm ngư⟧.

- Tuyên truyền, hướng dẫn người nuôi trồng thủy sản quan trắc, giám sát chất lượng nước tại khu vực nuôi của mình.

- Tổ chức đánh giá kết quả thực hiện; báo cáo ⟦ORG|UBND tỉnh⟧ trước ⟦DATE|ngày 15/12/2026⟧.

2. ⟦ORG|Sở Tài chính⟧: Căn cứ khả năng cân đối ngân sách, trình cấp có thẩm quyền phê duyệt kinh phí thực hiện kế hoạch trong dự toán đầu ⟦DATE|năm 2026⟧ trên cơ sở đề nghị của ⟦ORG|Sở Nông nghiệp và Môi trường⟧.

3. UBND các xã, phường: Phối hợp với ⟦ORG|Sở Nông nghiệp và Môi trường⟧, đơn vị được lựa chọn quan trắc môi trường triển khai Kế hoạch đã được phê duyệt; theo dõi, thông báo kết quả quan trắc, cảnh báo kịp thời trên hệ thống truyền thanh, hệ thống mạng, ứng dụng điện thoại...;
triển khai thực hiện các biện pháp khắc phục và báo cáo về ⟦ORG|Sở Nông nghiệp và Môi trường⟧ (qua ⟦ORG|Chi cục Biển đảo và Thủy sản⟧).

4. Các cơ sở nuôi trồng thủy sản:
Theo dõi, giám sát môi trường tại cơ sở nuôi trồng thủy sản; ghi chép đầy đủ thông tin, số liệu thu thập, các biện pháp xử lý môi trường vượt ngưỡng cho phép theo hướng dẫn của cơ quan quản lý thủy sản và đơn vị thực hiện quan trắc;
cung cấp thông tin, số liệu về quan trắc môi trường, phòng bệnh động vật thủy sản nuôi khi có yêu cầu của cơ quan nhà nước có thẩm quyền; hỗ trợ các tổ chức, cá nhân, cơ quan quản lý triển khai thực hiện hoạt động quan trắc môi trường kịp thời, hiệu quả.

Yêu cầu các sở, ban, ngành, đơn vị, địa phương nghiêm túc triển khai thực hiện./.

Nơi nhận:
- ⟦ORG|Bộ Nông nghiệp và Môi trường⟧ (để b/c);
- Thường trực: ⟦ORG|Tỉnh ủy⟧, ⟦ORG|HĐND tỉnh⟧ (để b/c) - Chủ tịch ⟦ORG|UBND tỉnh⟧ (để b/c);
- Các Phó chủ tịch ⟦ORG|UBND tỉnh⟧;
- ⟦ORG|Cục Thủy sản và Kiểm ngư⟧;
- CVP, các PCVP ⟦ORG|UBND tỉnh⟧;
- Các sở: ⟦ORG|Nông nghiệp và Môi trường⟧, ⟦ORG|Tài chính⟧;
- ⟦ORG|Chi cục Biển đảo và Thủy sản⟧;
- ⟦ORG|Chi cục Chăn nuôi và Thú y⟧;
- UBND các xã, phường;
- Lưu: VT, NNMT.

TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH
⟦PERSON|Mai Xuân Liêm⟧

PHỤ LỤC I

ĐỐI TƯỢNG, ĐỊA ĐIỂM QUAN TRẮC MÔI TRƯỜNG NUÔI TRỒNG THỦY SẢN TẠI CÁC XÃ/PHƯỜNG TRÊN ĐỊA BÀN TỈNH ⟦DATE|NĂM 2026⟧

(kèm theo ⟦e4:LEGAL_REF|Kế hoạch 235/KH-UBND⟧ ⟦e5:DATE|ngày 18/11/2025⟧ của ⟦e6:ORG|UBND tỉnh Thanh Hóa⟧)

STT | Địa điểm quan trắc | Đối tượng quan trắc

Nguồn nước cấp nuôi tôm (vị trí) | Môi trường ao nuôi tôm đại diện (vị trí) | Môi trường nuôi ngao (vị trí) | Môi trường nuôi cá lồng nước ngọt (vị trí)

1 | ⟦LOCATION|Cửa sông lạch Càn⟧ | 1

2 | ⟦LOCATION|Cửa sông lạch Sung⟧ | 1

3 | ⟦LOCATION|Cửa sông lạch Trường⟧ | 4

4 | ⟦LOCATION|Cửa sông Cung⟧ | 3

5 | ⟦LOCATION|Cửa sông Yên⟧ | 3

6 | ⟦LOCATION|Cửa sông Bạng⟧ | 2

7 | ⟦LOCATION|Cửa sông Mã⟧ | 1

8 | ⟦ADMIN_UNIT|xã Tân Tiến⟧

2 | 1

9 | ⟦ADMIN_UNIT|xã Nga Sơn⟧

1

10 | ⟦ADMIN_UNIT|xã Vạn Lộc⟧

1 | 2

11 | ⟦ADMIN_UNIT|xã Hoa Lộc⟧

2

12 | ⟦ADMIN_UNIT|xã Hoằng Hóa⟧

1

13 | ⟦ADMIN_UNIT|xã Hoằng Tiến⟧

1

14 | ⟦ADMIN_UNIT|xã Hoằng Châu⟧

3

15 | ⟦ADMIN_UNIT|xã Hoằng Thanh⟧

1

16 | ⟦ADMIN_UNIT|xã Quảng Chính⟧

3

17 | ⟦ADMIN_UNIT|xã Trường Văn⟧

1

18 | ⟦ADMIN_UNIT|Phường Ngọc Sơn⟧

2 | 1

19 | ⟦ADMIN_UNIT|Phường Đào Duy Từ⟧

1

20 | ⟦ADMIN_UNIT|Phường Hải Bình⟧

1

21 | ⟦ADMIN_UNIT|Phường Trúc Lâm⟧

1

22 | ⟦ADMIN_UNIT|xã Thường Xuân⟧

1

23 | ⟦ADMIN_UNIT|xã Bá Thước⟧

1

24 | ⟦ADMIN_UNIT|xã Cẩm Thạch⟧

1

Tổng cộng | 15 | 21 | 4 | 3

PHỤ LỤC II

THÔNG SỐ, TẦN SUẤT, THỜI GIAN, SỐ LƯỢNG MẪU QUAN TRẮC MÔI TRƯỜNG NUÔI TRỒNG THỦY SẢN ⟦DATE|NĂM 2026⟧

(Kèm theo ⟦e7:LEGAL_REF|Kế hoạch 235/KH-UBND⟧ ⟦e8:DATE|ngày 18/11/2025⟧ của ⟦e9:ORG|UBND tỉnh Thanh Hóa⟧)
=====RELATIONS=====
e1 issued_on e2
e1 issued_by e3
e4 issued_on e5
e4 issued_by e6
e7 issued_on e8
e7 issued_by e9
