doc: tnt305-tvpl__quyet-dinh-223-2025-qd-ubnd-hai-phong
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-223-2025-qd-ubnd-hai-phong.txt
span: 4950 9848
=====TEXT=====
QUẢN LÝ HOẠT ĐỘNG THOÁT NƯỚC VÀ XỬ LÝ NƯỚC THẢI ĐÔ THỊ, KHU DÂN CƯ NÔNG THÔN TẬP TRUNG VÀ KHU CÔNG NGHIỆP; QUẢN LÝ, PHÂN LOẠI, THU GOM, VẬN CHUYỂN VÀ XỬ LÝ BÙN THẢI TỪ HẦM CẦU, BỂ PHỐT, BÙN THẢI TỪ HỆ THỐNG THOÁT NƯỚC TRÊN ĐỊA BÀN ⟦ADMIN_UNIT|THÀNH PHỐ HẢI PHÒNG⟧

(Ban hành kèm theo ⟦LEGAL_REF|Quyết định số 223/2025/QĐ-UBND⟧)

Chương I

NHỮNG QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

1. Quy định này quy định về hoạt động thoát nước, xử lý nước thải tại các khu vực đô thị, các khu kinh tế, khu chế xuất, khu công nghệ cao, cụm công nghiệp, khu công nghiệp (sau đây gọi tắt là khu công nghiệp), khu du lịch, khu vui chơi giải trí, khu dân cư nông thôn tập trung; quản lý, phân loại, thu gom, vận chuyển và xử lý bùn thải từ hầm cầu, bể phốt, bùn thải từ hệ thống thoát nước trên địa bàn ⟦ADMIN_UNIT|thành phố Hải Phòng⟧.

2. Quy định này không áp dụng đối với hệ thống sông, kênh, mương phục vụ cho thủy lợi và giao thông thủy.

Điều 2. Đối tượng áp dụng

Quy định này áp dụng với các tổ chức, cá nhân và hộ gia đình trong nước; Tổ chức, cá nhân nước ngoài có hoạt động liên quan đến:

1. Hoạt động thoát nước, xử lý nước thải tại các khu vực đô thị, các khu kinh tế, khu chế xuất, khu công nghệ cao, cụm công nghiệp, khu công nghiệp (sau đây gọi tắt là khu công nghiệp), khu du lịch, khu vui chơi giải trí, khu dân cư nông thôn tập trung.

2. Quản lý, phân loại, thu gom, vận chuyển và xử lý bùn thải từ hầm cầu, bể phốt, bùn thải từ hệ thống thoát nước trên địa bàn ⟦ADMIN_UNIT|thành phố Hải Phòng⟧.

Điều 3. Giải thích từ ngữ

Trong Quy định này, các từ ngữ dưới đây được hiểu như sau:

1. Xử lý nước thải phi tập trung là một trong các giải pháp xử lý nước thải cho các khu vực không có khả năng hoặc chưa thể kết nối với hệ thống thoát nước tập trung. Nước thải sau khi xử lý đảm bảo quy chuẩn kỹ thuật theo quy định trước khi xả ra nguồn tiếp nhận.

a) Xử lý nước thải phi tập trung tại chỗ: thường được áp dụng đối với các hộ thoát nước riêng lẻ với tổng lượng nước thải dưới 50m3/ngày.đêm, thiết bị/trạm xử lý nước thải được đặt ngay tại khuôn viên của hộ thoát nước.

b) Xử lý nước thải phi tập trung theo cụm: thường được áp dụng đối với các hộ thoát nước ở gần nhau với tổng lượng nước thải từ 50m3/ngày.đêm đến 200 m3/ngày.đêm. Tùy thuộc vào điều kiện cụ thể, trạm xử lý nước thải có thể được đặt tại khuôn viên của một hộ thoát nước hoặc ở một vị trí riêng biệt, thuận lợi để thu gom nước thải từ các hộ thoát nước.

c) Xử lý nước thải phi tập trung theo khu vực: thường được áp dụng trong một địa giới hành chính nhất định với tổng lượng nước thải từ 200m3/ngày.đêm đến 1000 m3/ngày.đêm, vị trí của trạm xử lý nước thải theo quy hoạch xây dựng hoặc quy hoạch thoát nước được cấp có thẩm quyền phê duyệt.

2. Nhà máy xử lý nước thải đô thị tập trung là nhà máy có nhiệm vụ xử lý nước thải của một lưu vực, một số lưu vực hay toàn bộ nước thải của đô thị đạt yêu cầu kỹ thuật và môi trường trước khi xả ra nguồn tiếp nhận có quy mô công suất xử lý lớn hơn 10.000 m3/ngày.đêm.

3. Trạm xử lý nước thải đô thị tập trung là trạm có nhiệm vụ xử lý nước thải của một lưu vực, một số lưu vực hay toàn bộ nước thải của đô thị đạt yêu cầu kỹ thuật và môi trường trước khi xả ra nguồn tiếp nhận có quy mô công suất xử lý của nhà máy xử lý nhỏ hơn hoặc bằng 10.000 m3/ngày.đêm.

4. Chủ sở hữu công trình là cá nhân, tổ chức có quyền sở hữu công trình theo quy định của pháp luật.

5. Người quản lý, sử dụng công trình là chủ sở hữu trong trường hợp chủ sở hữu trực tiếp quản lý, sử dụng công trình hoặc là người được chủ sở hữu công trình ủy quyền quản lý, sử dụng công trình trong trường hợp chủ sở hữu không trực tiếp quản lý, sử dụng công trình.

6. Quản lý vận hành hệ thống thoát nước là thực hiện các công việc quản lý, vận hành, bảo trì hệ thống thoát nước.

7. Bảo trì công trình là tập hợp các công việc nhằm bảo đảm và duy trì sự làm việc bình thường, an toàn của công trình theo quy định của thiết kế trong quá trình khai thác sử dụng. Nội dung bảo trì công trình xây dựng có thể bao gồm một, một số hoặc toàn bộ các công việc sau: Kiểm tra, quan trắc, kiểm định chất lượng, bảo dưỡng, duy tu, nạo vét và sửa chữa công trình nhưng không bao gồm các hoạt động làm thay đổi công năng, quy mô công trình.

8. Quy trình bảo trì công trình là tài liệu quy định về trình tự, nội dung và chỉ dẫn thực hiện các công việc bảo trì công trình xây dựng.

9. Bùn thải là bùn hữu cơ hoặc vô cơ được nạo vét, thu gom từ các bể tự hoại, mạng lưới thu gom và chuyển tải, hồ điều hòa, kênh mương, cửa thu, giếng thu nước mưa, trạm bơm nước mưa, nước thải, cửa xả và nhà máy xử lý nước thải. Bùn thải bao gồm các loại sau:

a) Bùn thải thoát nước: là bùn thải phát sinh thường xuyên từ hoạt động khai thác, sử dụng, duy tu, bảo dưỡng, quản lý vận hành hệ thống thoát nước.

b) Bùn sau xử lý nước thải:
là bùn thải phát sinh từ các trạm/nhà máy xử lý nước thải tập trung, từ hệ thống xử lý nước thải cục bộ của các cơ sở sản xuất kinh doanh dịch vụ.


=====RELATIONS=====
