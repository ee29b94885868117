doc: tnt305-tvpl__ke-hoach-7360-kh-ubnd-lai-chau-2025
source: ../shared/corpus/raw/tnt305-tvpl__ke-hoach-7360-kh-ubnd-lai-chau-2025.txt
span: 0 5004
=====TEXT=====
⟦h0:ORG|UỶ BAN NHÂN DÂN TỈNH LAI CHÂU⟧
-------- | ⟦LOCATION|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM⟧
Độc lập - Tự do - Hạnh phúc
---------------

Số:
⟦h1:LEGAL_REF|7360/KH-UBND⟧ | ⟦ADMIN_UNIT|Lai Châu⟧, ⟦h1d:DATE|ngày 19 tháng 11 năm 2025⟧

KẾ HOẠCH

TRIỂN KHAI THI HÀNH ⟦t1:LEGAL_REF|LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT TIÊU CHUẨN VÀ QUY CHUẨN KỸ THUẬT⟧ TRÊN ĐỊA BÀN ⟦ADMIN_UNIT|TỈNH LAI CHÂU⟧

Thực hiện ⟦q1:LEGAL_REF|Quyết định số 2138/QĐ-TTg⟧ ⟦q1d:DATE|ngày 27 tháng 9 năm 2025⟧ của ⟦q1o:ORG|Thủ tướng Chính phủ⟧ ban hành Kế hoạch triển khai thi hành ⟦q1l:LEGAL_REF|Luật sửa đổi, bổ sung một số điều của Luật Tiêu chuẩn và quy chuẩn kỹ thuật⟧. ⟦ORG|Ủy ban nhân dân tỉnh⟧ ban hành Kế hoạch triển khai thi hành ⟦LEGAL_REF|Luật sửa đổi, bổ sung một số điều của Luật Tiêu chuẩn và quy chuẩn kỹ thuật⟧ (sau đây gọi tắt là Kế hoạch) với các nội dung sau:

I. MỤC ĐÍCH, YÊU CẦU

1. Mục đích

- Bảo đảm sự chỉ đạo thống nhất của ⟦ORG|UBND tỉnh⟧, Chủ tịch ⟦ORG|UBND tỉnh⟧; sự phối hợp chặt chẽ, thường xuyên, có hiệu quả giữa các sở, ngành, Ủy ban nhân dân các xã, phường trong triển khai thi hành Luật.

- Xác định cụ thể nội dung công việc, thời hạn, tiến độ hoàn thành và trách nhiệm của các sở, ngành liên quan và Ủy ban nhân dân các xã, phường trong triển khai thi hành Luật, bảo đảm kịp thời, đồng bộ, thống nhất, hiệu lực, hiệu quả.

- Nâng cao nhận thức về Luật và trách nhiệm của các sở, ngành liên quan, Ủy ban nhân dân các xã, phường và Nhân dân trong thi hành Luật. Bảo đảm việc tổ chức triển khai hiệu quả các nội dung mới trong Luật, đặc biệt là xây dựng cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng; hoạt động công bố hợp chuẩn, hợp quy trên môi trường điện tử nhằm nâng cao hiệu quả quản lý nhà nước, phục vụ người dân, doanh nghiệp.

2. Yêu cầu

- Nội dung công việc phải gắn với trách nhiệm, vai trò của cơ quan, đơn vị được phân công chủ trì trong phối hợp với các sở, ngành liên quan và Ủy ban nhân dân các xã, phường trong triển khai thi hành Luật.

- Thường xuyên kiểm tra, đôn đốc, hướng dẫn, kịp thời tháo gỡ những khó khăn, vướng mắc trong quá trình tổ chức triển khai thi hành Luật.

II. NỘI DUNG KẾ HOẠCH

1.
Trên cơ sở tài liệu do Trung ương biên soạn, các cơ quan, đơn vị tổ chức tuyên truyền, phổ biến, giáo dục pháp luật, tập huấn, bồi dưỡng nghiệp vụ về nội dung Luật và các văn bản quy định chi tiết thi hành Luật.

- Cơ quan thực hiện: ⟦ORG|Sở Khoa học và Công nghệ⟧; ⟦ORG|Sở Tư pháp⟧; ⟦ORG|Sở Văn hóa, Thể thao và Du lịch⟧; ⟦ORG|Báo và Phát thanh Truyền hình Lai Châu⟧ và các sở, ngành có liên quan.

- Cơ quan phối hợp: Các sở, ngành; Ủy ban nhân dân các xã, phường.

- Thời gian thực hiện: ⟦DATE|Quý IV năm 2025⟧ và các năm tiếp theo.

2.
Rà soát văn bản quy phạm pháp luật

- Nội dung: Rà soát các văn bản quy phạm pháp luật có liên quan đến Luật thuộc thẩm quyền quản lý nhà nước được phân công; thực hiện theo thẩm quyền hoặc kiến nghị cấp có thẩm quyền kịp thời sửa đổi, bổ sung, thay thế, bãi bỏ hoặc ban hành mới các văn bản quy phạm pháp luật đảm bảo phù hợp với quy định của Luật.

- Cơ quan thực hiện: ⟦ORG|Sở Khoa học và Công nghệ⟧ tiến hành rà soát các văn bản quy phạm pháp luật có liên quan đến Luật thuộc thẩm quyền quản lý nhà nước của mình; các sở, ngành liên quan và Ủy ban nhân dân các xã, phường rà soát văn bản quy phạm pháp luật do cơ quan mình tham mưu ban hành có liên quan đến Luật thuộc phạm vi, lĩnh vực, địa bàn quản lý nhà nước được phân công và gửi kết quả rà soát kèm theo đề xuất sửa đổi, bổ sung, thay thế, bãi bỏ cụ thể từng văn bản và đánh giá sơ bộ tính tương thích với ⟦LEGAL_REF|Luật sửa đổi, bổ sung một số điều của Luật Tiêu chuẩn và quy chuẩn kỹ thuật⟧ về ⟦ORG|Sở Khoa học và Công nghệ⟧ để tổng hợp báo cáo Chủ tịch ⟦ORG|UBND tỉnh⟧. Đồng thời, các sở, ngành liên quan và Ủy ban nhân dân các xã, phường tiếp tục rà soát cập nhật định kỳ trong quá trình triển khai thi hành Luật và các văn bản hướng dẫn, bảo đảm kịp thời bổ sung, điều chỉnh các văn bản liên quan cho phù hợp.

3.
Tham gia góp ý kiến vào dự thảo các văn bản quy định chi tiết, hướng dẫn thi hành Luật và Tổ chức triển khai các văn bản hướng dẫn thi hành Luật

3.1. Tham gia góp ý kiến vào dự thảo các văn bản quy định chi tiết, hướng dẫn thi hành Luật

a) Nghị định quy định chi tiết thi hành một số điều của ⟦LEGAL_REF|Luật Tiêu chuẩn và quy chuẩn kỹ thuật⟧ và ⟦LEGAL_REF|Luật sửa đổi, bổ sung một số điều của Luật Tiêu chuẩn và quy chuẩn kỹ thuật⟧.

- Cơ quan chủ trì: ⟦ORG|Sở Khoa học và Công nghệ⟧.

- Cơ quan phối hợp: Các sở, ngành có liên quan và UBND các xã, phường.

- Thời gian thực hiện: Theo tiến độ xây dựng dự thảo văn bản của cơ quan chủ trì soạn thảo.

b) Nghị định quy định về điều kiện kinh doanh dịch vụ và đánh giá sự phù hợp.

- Cơ quan chủ trì: ⟦ORG|Sở Khoa học và Công nghệ⟧.

- Cơ quan phối hợp: Các sở, ngành có liên quan và UBND các xã, phường.

- Thời gian thực hiện: Theo tiến độ xây dựng dự thảo văn bản của cơ quan chủ trì soạn thảo.

3.2. Tổ chức triển khai các văn bản hướng dẫn thi hành Luật

a) Nghị định quy định chi tiết thi hành một số điều của ⟦LEGAL_REF|Luật Tiêu chuẩn và quy chuẩn kỹ thuật⟧ và ⟦LEGAL_REF|Luật sửa đổi, bổ sung một số điều của Luật Tiêu chuẩn và quy chuẩn kỹ thuật⟧.

- Cơ quan chủ trì: ⟦ORG|Sở Khoa học và Công nghệ⟧.

- Cơ quan phối hợp: Các sở, ngành có liên quan và UBND các xã, phường.
=====RELATIONS=====
h1 issued_by h0
h1 issued_on h1d
h1 implements t1
q1 issued_on q1d
q1 issued_by q1o
q1 implements q1l
h1 implements q1
