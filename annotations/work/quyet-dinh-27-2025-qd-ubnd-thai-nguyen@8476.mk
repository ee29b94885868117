doc: tnt305-tvpl__quyet-dinh-27-2025-qd-ubnd-thai-nguyen
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-27-2025-qd-ubnd-thai-nguyen.txt
span: 8476 13435
=====TEXT=====
c) Chỉ đạo các đơn vị chuyên môn trực thuộc phối hợp với các sở, ban, ngành của tỉnh, Ủy ban nhân dân cấp xã, các đơn vị điện lực kịp thời kiểm tra, xử lý, giải quyết theo thẩm quyền không để hoạt động xây dựng công trình vi phạm an toàn điện hoặc ảnh hưởng đến vận hành an toàn công trình điện lực.

4. ⟦ORG|Sở Nông nghiệp và Môi trường⟧

a) Tham mưu Chủ tịch ⟦ORG|Ủy ban nhân dân tỉnh⟧ quyết định giao đất, cho thuê đất, cho phép chuyển mục đích sử dụng đất đối với trường hợp thuộc thẩm quyền của Chủ tịch ⟦ORG|Ủy ban nhân dân tỉnh⟧ để xây dựng các công trình điện lực.

b) Hướng dẫn thực hiện chính sách bồi thường, hỗ trợ, tái định cư khi nhà nước thu hồi đất để phục vụ đầu tư, cải tạo các dự án đầu tư công trình lưới điện và các dự án đầu tư xây dựng khác có liên quan đến công trình điện lực trên địa bàn tỉnh; hướng dẫn bồi thường, hỗ trợ thiệt hại đối với đất thuộc hành lang bảo vệ an toàn công trình, khu vực bảo vệ, vành đai an toàn khi xây dựng công trình, khu vực có hành lang bảo vệ an toàn theo quy định tại Điều 106 ⟦LEGAL_REF|Luật Đất đai năm 2024⟧, Điều 18 ⟦g1:LEGAL_REF|Nghị định số 88/2024/NĐ-CP⟧ ⟦g1d:DATE|ngày 15/7/2024⟧ của ⟦g1o:ORG|Chính phủ⟧ quy định về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất và quy định tại ⟦g2:LEGAL_REF|Nghị định số 62/2025/NĐ-CP⟧ ⟦g2d:DATE|ngày 04/3/2025⟧ của ⟦g2o:ORG|Chính phủ⟧.

c) Chỉ đạo, giám sát và xử lý theo thẩm quyền trong hoạt động thẩm định, cấp giấy chứng nhận quyền sử dụng đất, thu hồi đất, giao đất, cho thuê đất trên địa bàn tỉnh đảm bảo nâng cao hiệu quả sử dụng đất và hành lang bảo vệ an toàn công trình điện lực theo quy định pháp luật.

5. ⟦ORG|Sở Văn hóa, Thể thao và Du lịch⟧ và các cơ quan truyền thông

⟦ORG|Sở Văn hóa, Thể thao và Du lịch⟧ quản lý về công tác thông tin tuyên truyền, chủ trì phối hợp với ⟦ORG|Báo và Phát thanh, Truyền hình Thái Nguyên⟧ và các cơ quan thông tin truyền thông của tỉnh, căn cứ chức năng nhiệm vụ có trách nhiệm tham gia, tuyên truyền về tầm quan trọng của công tác bảo vệ an toàn công trình điện lực, đảm bảo an toàn trong cung ứng, sử dụng điện trên địa bàn tỉnh.

6. ⟦ORG|Công an tỉnh⟧

a) Chỉ đạo công tác bảo đảm an ninh, an toàn công trình điện lực trong phạm vi các đơn vị trực thuộc; phối hợp với các sở, ban, ngành của tỉnh, Ủy ban nhân dân cấp xã trong tuyên truyền, phòng ngừa, kiểm tra, xử lý và ngăn chặn kịp thời các vi phạm quy định về bảo vệ an toàn công trình điện lực theo quy định.

b) Chỉ đạo các phòng nghiệp vụ, Công an tại các xã, phường kịp thời phát hiện, ngăn chặn các hành vi vi phạm về bảo vệ an toàn công trình điện lực, trộm cắp trang thiết bị lưới điện, phá hoại lưới điện, trộm cắp điện năng, ngăn chặn các hành vi thả diều, vật thể bay vi phạm khoảng cách quy định tại khoản 6 Điều 3, khoản 6 Điều 4 ⟦g3:LEGAL_REF|Nghị định số 62/2025/NĐ-CP⟧ ⟦g3d:DATE|ngày 04/3/2025⟧ của ⟦g3o:ORG|Chính phủ⟧.

7. ⟦ORG|Bộ Chỉ huy Quân sự tỉnh⟧

a) Chỉ đạo công tác bảo đảm an ninh, an toàn công trình điện lực trong phạm vi các đơn vị trực thuộc; tuyên truyền, giám sát, xử lý và ngăn chặn kịp thời các vi phạm quy định về bảo vệ an toàn công trình điện lực theo quy định.

b) Tham mưu, phối hợp với các đơn vị thuộc ⟦ORG|Bộ Quốc phòng⟧, các sở, ban, ngành của tỉnh, Ủy ban nhân dân cấp xã trong quản lý, cấp phép, giám sát phương tiện hoạt động bay gần hành lang bảo vệ an toàn công trình điện lực quy định tại khoản 6 Điều 3, khoản 6 Điều 4 ⟦g4:LEGAL_REF|Nghị định số 62/2025/NĐ-CP⟧ ⟦g4d:DATE|ngày 04/3/2025⟧ của ⟦g4o:ORG|Chính phủ⟧.

Điều 5.
Trách nhiệm của Ủy ban nhân dân cấp xã

1. Chỉ đạo, giải quyết, xử lý các vi phạm về bảo vệ công trình điện lực và vi phạm hành lang bảo vệ an toàn công trình điện lực theo quy định của pháp luật được quy định tại khoản 8 Điều 8 ⟦g5:LEGAL_REF|Nghị định số 62/2025/NĐ-CP⟧ ⟦g5d:DATE|ngày 04/3/2025⟧ của ⟦g5o:ORG|Chính phủ⟧. Chủ trì, chủ động kiểm tra, phát hiện, xử lý kịp thời theo thẩm quyền ngay từ đầu đối với các hành vi đầu tư, cải tạo sửa chữa công trình xây dựng vi phạm hành lang bảo vệ an toàn công trình điện lực; chịu trách nhiệm trước ⟦ORG|Ủy ban nhân dân tỉnh⟧ nếu để phát sinh vi phạm mới trên địa bàn.

2. Chủ trì, phối hợp với chủ đầu tư công trình điện lực lập và thực hiện kế hoạch giải phóng mặt bằng, di dân, tái định cư, bồi thường thiệt hại về đất đai, tài sản theo quy định của pháp luật về đất đai; quản lý, bảo vệ diện tích đất dành cho dự án và hành lang an toàn của công trình điện lực được quy định tại khoản 4 Điều 14 ⟦g6:LEGAL_REF|Nghị định số 62/2025/NĐ-CP⟧ ⟦g6d:DATE|ngày 04/3/2025⟧ của ⟦g6o:ORG|Chính phủ⟧.

3. Khi công trình điện áp cao bị vi phạm hành lang bảo vệ an toàn hoặc có nguy cơ bị phá hoại, bị lấn chiếm phải có trách nhiệm khẩn trương phối hợp với các cơ quan chức năng, đơn vị điện lực quản lý vận hành lưới điện áp cao ngăn chặn, khắc phục, xử lý theo quy định.

4. Phối hợp với đơn vị điện lực quản lý vận hành lưới điện áp cao xử lý chặt tỉa phần cây trong và gần hành lang có nguy cơ vi phạm khoảng cách an toàn phóng điện quy định tại Điều 15 ⟦g7:LEGAL_REF|Nghị định số 62/2025/NĐ-CP⟧ ⟦g7d:DATE|ngày 04/3/2025⟧ của ⟦g7o:ORG|Chính phủ⟧;
chủ trì xử lý trường hợp nhà ở, công trình phục vụ sinh hoạt của hộ gia đình, cá nhân không có nhu cầu di dời được quy định tại điểm b khoản 4 Điều 16 ⟦g8:LEGAL_REF|Nghị định số 62/2025/NĐ-CP⟧ ⟦g8d:DATE|ngày 04/3/2025⟧ của ⟦g8o:ORG|Chính phủ⟧.


=====RELATIONS=====
g1 issued_on g1d
g1 issued_by g1o
g2 issued_on g2d
g2 issued_by g2o
g3 issued_on g3d
g3 issued_by g3o
g4 issued_on g4d
g4 issued_by g4o
g5 issued_on g5d
g5 issued_by g5o
g6 issued_on g6d
g6 issued_by g6o
g7 issued_on g7d
g7 issued_by g7o
g8 issued_on g8d
g8 issued_by g8o
