doc: tnt305-tvpl__quyet-dinh-27-2025-qd-ubnd-thai-nguyen
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-27-2025-qd-ubnd-thai-nguyen.txt
span: 3451 8194
=====TEXT=====
1. Hành lang bảo vệ an toàn công trình điện lực là vùng xung quanh công trình điện lực cần có biện pháp bảo vệ để bảo đảm an toàn cho con người và công trình điện lực, được xác định trên không, trên mặt đất, dưới lòng đất, trên mặt nước, dưới mặt nước tùy thuộc từng loại công trình điện lực.

2. Hoạt động khác có liên quan đến điện lực là các công tác của cơ quan quản lý nhà nước liên quan đến quản lý, lập, triển khai thực hiện quy hoạch sử dụng đất, thu hồi đất, giao đất, cho thuê đất, công tác đầu tư các dự án, công trình xây dựng khác, công tác đền bù, giải phóng mặt bằng, xử lý cây, nhà ở, công trình xây dựng, đảm bảo an toàn phòng cháy, chữa cháy trong quản lý sử dụng điện và hoạt động của cá nhân, tổ chức khác có ảnh hưởng đến công trình lưới điện và an toàn sử dụng điện.

Điều 3. Quy định chung

Các sở, ban, ngành thuộc tỉnh, Ủy ban nhân dân cấp xã, các tổ chức, cá nhân hoạt động điện lực, sử dụng điện trên địa bàn ⟦ADMIN_UNIT|tỉnh Thái Nguyên⟧ có trách nhiệm thực hiện đầy đủ các quy định của pháp luật về bảo vệ công trình điện lực và an toàn trong sử dụng điện, quy định tại ⟦LEGAL_REF|Luật Điện lực⟧, ⟦n1:LEGAL_REF|Nghị định số 62/2025/NĐ-CP⟧ ⟦n1d:DATE|ngày 04/3/2025⟧ của ⟦n1o:ORG|Chính phủ⟧ quy định chi tiết thi hành ⟦n1l:LEGAL_REF|Luật Điện lực⟧ về bảo vệ công trình điện lực và an toàn trong lĩnh vực điện lực, ⟦t1:LEGAL_REF|Thông tư số 02/2025/TT-BCT⟧ ⟦t1d:DATE|ngày 01/02/2025⟧ của Bộ trưởng ⟦t1o:ORG|Bộ Công Thương⟧ quy định về bảo vệ công trình điện lực và an toàn trong lĩnh vực điện lực, đảm bảo các nguyên tắc:

1. Là trách nhiệm chung của tất cả các cơ quan, tổ chức, cá nhân; đề cao sự chủ động trong phát hiện và phối hợp ngăn ngừa vi phạm với mục tiêu không còn vi phạm hành lang bảo vệ an toàn công trình điện lực và mất an toàn trong sử dụng điện trên địa bàn.

2. Các công trình điện lực xây dựng mới phải có hành lang bảo vệ an toàn công trình điện lực được xác định rõ ràng, không chồng lấn xâm phạm các công trình, nhà ở, dự án hợp pháp khác.
Trong trường hợp cần thiết, có xảy ra chồng lấn hoặc ảnh hưởng đến các dự án, công trình xây dựng khác, làm giảm chức năng sử dụng của dự án, công trình hiện hữu phải có phương án đền bù theo quy định pháp luật. Nghiêm cấm việc nghiệm thu, đưa vào sử dụng các công trình điện lực chưa đảm bảo về hành lang bảo vệ an toàn công trình điện lực.

3. Đảm bảo không vi phạm hành lang bảo vệ an toàn công trình điện lực hiện có trong quá trình đầu tư, cải tạo các dự án, công trình xây dựng.

4. Tuân thủ quy định của pháp luật, các tiêu chuẩn, quy phạm hiện hành trong đầu tư xây dựng, thẩm định, nghiệm thu, giám sát, kiểm tra các hệ thống có sử dụng điện; thực hiện đầy đủ các quy định về an toàn trong cung ứng, sử dụng điện trên địa bàn tỉnh, đảm bảo không xảy ra vi phạm an toàn trong sử dụng điện.

5. Mọi hành vi vi phạm về hành lang bảo vệ an toàn công trình điện lực và an toàn trong sử dụng điện trên địa bàn tỉnh phải được xử lý nghiêm, triệt để, kịp thời.

Chương II

QUY ĐỊNH QUẢN LÝ, BẢO VỆ AN TOÀN CÔNG TRÌNH ĐIỆN LỰC

Điều 4.
Trách nhiệm của các sở, ban, ngành thuộc tỉnh

1. ⟦ORG|Sở Công Thương⟧

a) Tổ chức triển khai các nhiệm vụ quản lý, bảo vệ an toàn công trình điện lực và an toàn điện trên địa bàn tỉnh theo quy định của pháp luật.

b) Hướng dẫn, giám sát Ủy ban nhân dân cấp xã, đơn vị điện lực quản lý, vận hành lưới điện trên địa bàn rà soát, tổng hợp các trường hợp công trình không đủ điều kiện tồn tại trong phạm vi hành lang bảo vệ an toàn lưới điện, đề xuất phương án xử lý, báo cáo ⟦ORG|Ủy ban nhân dân tỉnh⟧ quyết định.

c) Tổ chức tuyên truyền, tập huấn phổ biến các quy định của pháp luật về bảo vệ công trình điện lực; hướng dẫn, giám sát, kiểm tra, đôn đốc Ủy ban nhân dân cấp xã, các đơn vị điện lực và các tổ chức, cá nhân có liên quan nhằm ngăn ngừa, xử lý các vi phạm quy định về bảo vệ an toàn công trình điện lực trên địa bàn đúng quy định.

d) Giải quyết các khiếu nại, tố cáo và các vấn đề liên quan đến bảo vệ an toàn công trình điện lực trên địa bàn theo thẩm quyền.

2. ⟦ORG|Sở Tài chính⟧

a) Phối hợp các sở, ban, ngành của tỉnh theo chức năng, lĩnh vực quản lý chuyên ngành trong quá trình thực hiện các nhiệm vụ bảo vệ, xử lý vi phạm hành lang bảo vệ an toàn công trình điện lực theo quy định.

b) Phối hợp cung cấp thông tin về quy hoạch (khi nhận được đề nghị của cơ quan, đơn vị có liên quan) để phục vụ công tác lập hồ sơ đầu tư xây dựng, bảo vệ, xử lý vi phạm hành lang bảo vệ an toàn công trình điện lực theo quy định.

3. ⟦ORG|Sở Xây dựng⟧

a) Thực hiện trách nhiệm của cơ quan cấp phép xây dựng, cơ quan chuyên môn về xây dựng thẩm định báo cáo nghiên cứu khả thi, thiết kế xây dựng các dự án, công trình theo phân cấp; chấp thuận xây dựng công trình thiết yếu trong phạm vi bảo vệ kết cấu hạ tầng giao thông đường bộ và cấp phép thi công các công trình điện lực trong phạm vi bảo vệ kết cấu hạ tầng giao thông đường bộ theo quy định.


=====RELATIONS=====
n1 issued_on n1d
n1 issued_by n1o
n1 implements n1l
t1 issued_on t1d
t1 issued_by t1o
