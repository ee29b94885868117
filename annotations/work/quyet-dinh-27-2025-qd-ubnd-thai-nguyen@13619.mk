doc: tnt305-tvpl__quyet-dinh-27-2025-qd-ubnd-thai-nguyen
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-27-2025-qd-ubnd-thai-nguyen.txt
span: 13619 18419
=====TEXT=====

7. Tuyên truyền, phổ biến quy định của pháp luật về an toàn điện, các biện pháp bảo vệ công trình điện lực nhằm nâng cao nhận thức và trách nhiệm của cộng đồng về hành lang bảo vệ an toàn công trình điện lực góp phần phòng ngừa, giảm thiểu các rủi ro do vi phạm hành lang bảo vệ an toàn công trình điện lực trên địa bàn.

Điều 6.
Trách nhiệm của các đơn vị điện lực

1. Có trách nhiệm và chủ động làm việc với ⟦ORG|Sở Công Thương⟧, ⟦ORG|Sở Xây dựng⟧ và các sở, ban, ngành, địa phương có liên quan để được thỏa thuận vị trí hướng tuyến, xác định hành lang an toàn công trình điện lực khi thực hiện đầu tư, cải tạo các công trình điện lực theo quy định pháp luật. Tuân thủ quy định của pháp luật và của tỉnh trong quy hoạch, thiết kế, xây dựng, sửa chữa, lắp đặt, thí nghiệm, kiểm định và bảo trì các thiết bị, công trình phụ trợ của lưới điện nhằm quản lý vận hành lưới điện an toàn.

2. Có trách nhiệm trả lời cơ quan cấp phép đúng thời hạn quy định, cung cấp tài liệu, thông tin, dữ liệu về mặt bằng, vị trí công trình lưới điện áp cao đang quản lý, vận hành trên địa bàn cho Ủy ban nhân dân cấp xã và các cơ quan cấp phép chuyên ngành, cơ quan chuyên môn về xây dựng của tỉnh theo quy định tại khoản 3 Điều 4 ⟦n1:LEGAL_REF|Nghị định số 62/2025/NĐ-CP⟧ ⟦n1d:DATE|ngày 04/3/2025⟧ của ⟦n1o:ORG|Chính phủ⟧.

3. Có trách nhiệm thực hiện đầy đủ các quy định về bảo vệ an toàn công trình điện lực quy định tại Điều 4, Điều 5, Điều 6, Điều 7 ⟦n2:LEGAL_REF|Nghị định số 62/2025/NĐ-CP⟧ ⟦n2d:DATE|ngày 04/3/2025⟧ của ⟦n2o:ORG|Chính phủ⟧; có trách nhiệm phối hợp trong xây dựng, cải tạo, sửa chữa hoặc mở rộng công trình điện lực quy định tại Điều 8 ⟦n3:LEGAL_REF|Nghị định số 62/2025/NĐ-CP⟧ ⟦n3d:DATE|ngày 04/3/2025⟧ của ⟦n3o:ORG|Chính phủ⟧;
có trách nhiệm phối hợp trong sử dụng đất thuộc hành lang bảo vệ an toàn công trình điện lực quy định tại khoản 2, khoản 3 Điều 14 ⟦n4:LEGAL_REF|Nghị định số 62/2025/NĐ-CP⟧ ⟦n4d:DATE|ngày 04/3/2025⟧ của ⟦n4o:ORG|Chính phủ⟧; có trách nhiệm xử lý cây trong và gần hành lang bảo vệ an toàn công trình điện lực quy định tại khoản 5 Điều 15 ⟦n5:LEGAL_REF|Nghị định số 62/2025/NĐ-CP⟧ ⟦n5d:DATE|ngày 04/3/2025⟧ của ⟦n5o:ORG|Chính phủ⟧. Có trách nhiệm công khai các quy trình, biểu mẫu, tài liệu phục vụ việc thỏa thuận đảm bảo an toàn điện để các tổ chức, cá nhân có liên quan phối hợp thực hiện trước khi xây dựng, cải tạo, sửa chữa các công trình có ảnh hưởng đến hành lang bảo vệ an toàn công trình điện lực.

4. Chủ động phối hợp với các cơ quan chức năng của tỉnh và Ủy ban nhân dân cấp xã thực hiện các nội dung tuyên truyền, phổ biến các quy định của Nhà nước về hành lang bảo vệ an toàn công trình điện lực và an toàn điện.

5. Thường xuyên kiểm tra lưới điện thuộc phạm vi quản lý, phối hợp với các cơ quan chức năng, chính quyền địa phương và các đơn vị điện lực khác tổ chức kiểm tra việc thực hiện các quy định về hành lang bảo vệ an toàn công trình điện lực theo quy định để kịp thời phòng ngừa, ngăn chặn, phát hiện, xử lý các vi phạm về hành lang bảo vệ an toàn công trình điện lực; chịu trách nhiệm lập biên bản, hồ sơ vụ việc và chuyển hồ sơ đề nghị xử lý vi phạm hành lang bảo vệ an toàn công trình điện lực gửi đến các cơ quan chức năng có thẩm quyền để xử lý nghiêm theo quy định của pháp luật. Tổng hợp, báo cáo tình hình hành lang bảo vệ an toàn công trình điện lực và kết quả xử lý điểm vi phạm hành lang bảo vệ an toàn công trình điện lực theo đúng quy định.

6. Chịu trách nhiệm lập kế hoạch, bố trí nguồn vốn từng bước hạ ngầm lưới điện trong khu vực phát triển đô thị đảm bảo hành lang bảo vệ an toàn công trình điện lực. Lập phương án đầu tư, cải tạo lưới điện theo quy hoạch nhằm khắc phục tình trạng vi phạm hành lang bảo vệ an toàn công trình điện lực. Quá trình thực hiện đầu tư cải tạo lưới điện phải tuân thủ các quy định của pháp luật về an toàn điện và pháp luật khác liên quan.

7. Đối với công trình điện không còn khai thác, sử dụng quy định tại khoản 3 Điều 67 ⟦LEGAL_REF|Luật Điện lực⟧, phải chịu trách nhiệm tháo dỡ thu hồi các kết cấu của hạng mục, công trình lưới điện theo quy định của pháp luật về xây dựng và pháp luật về bảo vệ môi trường.

8. Thực hiện ngừng, giảm cung cấp điện theo quy định của pháp luật đối với các hành vi vi phạm quy định về hành lang bảo vệ an toàn công trình điện lực và an toàn điện theo quy định;
chịu trách nhiệm thông báo và giám sát các khách hàng sử dụng điện, không được cấp điện cho công trình vi phạm.

Điều 7.
Trách nhiệm của các tổ chức, cá nhân khác

1. Có trách nhiệm thực hiện đầy đủ các quy định chung về bảo vệ công trình điện lực Quy định tại Điều 67 ⟦LEGAL_REF|Luật Điện lực⟧ và Điều 3 ⟦n6:LEGAL_REF|Nghị định số 62/2025/NĐ-CP⟧ ⟦n6d:DATE|ngày 04/3/2025⟧ của ⟦n6o:ORG|Chính phủ⟧.

2. Có trách nhiệm thực hiện đầy đủ các quy định về bảo vệ an toàn công trình điện lực quy định tại Điều 4, Điều 5, Điều 6, Điều 7 ⟦n7:LEGAL_REF|Nghị định số 62/2025/NĐ-CP⟧ ⟦n7d:DATE|ngày 04/3/2025⟧ của ⟦n7o:ORG|Chính phủ⟧; có trách nhiệm phối hợp trong xây dựng, cải tạo, sửa chữa hoặc mở rộng công trình điện lực quy định tại Điều 8 ⟦n8:LEGAL_REF|Nghị định số 62/2025/NĐ-CP⟧ ⟦n8d:DATE|ngày 04/3/2025⟧ của ⟦n8o:ORG|Chính phủ⟧.

=====RELATIONS=====
n1 issued_on n1d
n1 issued_by n1o
n2 issued_on n2d
n2 issued_by n2o
n3 issued_on n3d
n3 issued_by n3o
n4 issued_on n4d
n4 issued_by n4o
n5 issued_on n5d
n5 issued_by n5o
n6 issued_on n6d
n6 issued_by n6o
n7 issued_on n7d
n7 issued_by n7o
n8 issued_on n8d
n8 issued_by n8o
