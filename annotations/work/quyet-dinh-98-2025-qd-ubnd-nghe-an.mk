doc: tnt305-tvpl__quyet-dinh-98-2025-qd-ubnd-nghe-an
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-98-2025-qd-ubnd-nghe-an.txt
span: 11881 15085
=====TEXT=====
3. Đối với kiến nghị có nội dung liên quan đến nhiều ngành, lĩnh vực, Văn phòng HĐND - UBND cấp xã chủ trì tham mưu cho UBND, Chủ tịch UBND cùng cấp giải quyết hoặc phân công một cơ quan, đơn vị chủ trì, phối hợp với các cơ quan, đơn vị liên quan nghiên cứu, đề xuất biện pháp giải quyết.

4. Đối với kiến nghị thuộc thẩm quyền giải quyết của UBND, Chủ tịch UBND cấp xã đã được giải quyết xong từ trước nhưng cử tri vẫn tiếp tục kiến nghị thì Văn phòng HĐND - UBND cấp xã chủ trì, phối hợp với cơ quan, đơn vị liên quan rà soát, tổng hợp. Trong thời hạn 10 ngày làm việc kể từ ngày nhận được kiến nghị, phải tham mưu cho UBND, Chủ tịch UBND cùng cấp có văn bản thông báo kèm theo văn bản đã thông báo kết quả giải quyết, trả lời trước đó đến cử tri.

Chương III

TRÁCH NHIỆM GIẢI QUYẾT, TRẢ LỜI, THÔNG BÁO CÔNG KHAI, BÁO CÁO KẾT QUẢ GIẢI QUYẾT KIẾN NGHỊ CỬ TRI

Điều 10. Trách nhiệm của ⟦ORG|Văn phòng UBND tỉnh⟧

1. Giúp ⟦ORG|UBND tỉnh⟧, Chủ tịch ⟦ORG|UBND tỉnh⟧ theo dõi, đôn đốc, kiểm tra việc giải quyết kiến nghị cử tri của các sở, ban, ngành và UBND cấp xã trên địa bàn tỉnh; báo cáo kết quả giải quyết kiến nghị cử tri gửi ⟦ORG|Thường trực HĐND tỉnh⟧, ⟦ORG|Ủy ban MTTQ Việt Nam tỉnh⟧ và các cơ quan, đơn vị liên quan.

2. Đối với kiến nghị thuộc thẩm quyền giải quyết của ⟦ORG|UBND tỉnh⟧, Chủ tịch ⟦ORG|UBND tỉnh⟧: ⟦ORG|Văn phòng UBND tỉnh⟧ chủ trì, phối hợp với cơ quan, đơn vị liên quan tham mưu giải quyết, trả lời cử tri hoặc tham mưu Chủ tịch ⟦ORG|UBND tỉnh⟧ phân công cơ quan, đơn vị giải quyết. Cơ quan, đơn vị được phân công phải gửi văn bản về kết quả giải quyết đến ⟦ORG|Văn phòng UBND tỉnh⟧ để tổng hợp, báo cáo ⟦ORG|UBND tỉnh⟧, Chủ tịch ⟦ORG|UBND tỉnh⟧ và các cơ quan, tổ chức có liên quan.

3. Trường hợp phát hiện trong quá trình giải quyết kiến nghị có thông tin, số liệu chưa chính xác thì trong thời hạn 02 ngày làm việc kể từ ngày phát hiện, ⟦ORG|Văn phòng UBND tỉnh⟧ phải có văn bản trao đổi với cơ quan, đơn vị giải quyết để rà soát, chỉnh sửa.

4. Trường hợp nhận được thông tin phản hồi về việc cơ quan, đơn vị giải quyết, trả lời' cử tri không đúng pháp luật hoặc triển khai công việc không đúng cam kết, ⟦ORG|Văn phòng UBND tỉnh⟧ có trách nhiệm kiểm tra thông tin. Trong thời hạn 03 ngày làm việc, kể từ ngày nhận được thông tin, ⟦ORG|Văn phòng UBND tỉnh⟧ có văn bản đôn đốc hoặc báo cáo xin ý kiến chỉ đạo của Chủ tịch ⟦ORG|UBND tỉnh⟧, đồng thời gửi đến cơ quan, tổ chức, cử tri đã cung cấp thông tin để biết. Nếu thông tin phản hồi chưa chính xác, ⟦ORG|Văn phòng UBND tỉnh⟧ có văn bản thông báo cho các cơ quan, tổ chức, cá nhân đã cung cấp thông tin biết.

5. ⟦ORG|Văn phòng UBND tỉnh⟧ có trách nhiệm gửi, công khai kết quả giải quyết kiến nghị của cử tri đầy đủ, kịp thời, cụ thể như sau:

a) Trong thời hạn 02 ngày làm việc kể từ ngày có kết quả giải quyết, ⟦ORG|Văn phòng UBND tỉnh⟧ có trách nhiệm gửi kết quả đến ⟦ORG|Thường trực HĐND tỉnh⟧, Tổ đại biểu ⟦ORG|HĐND tỉnh⟧, ⟦ORG|Ban Thường trực MTTQ Việt Nam tỉnh⟧; đến cơ quan, tổ chức, cá nhân chuyển kiến nghị và UBND cấp xã nơi có cử tri kiến nghị để thông báo cho cử tri biết; đồng thời, đăng tải trên cổng thông tin điện tử của tỉnh trong thời gian 07 ngày liên tục;

b) Niêm yết kết quả giải quyết kiến nghị thuộc thẩm quyền của ⟦ORG|UBND⟧ và Chủ tịch ⟦ORG|UBND tỉnh⟧ trong vòng 30 ngày tại trụ sở tiếp công dân ⟦ORG|UBND tỉnh⟧, kể từ ngày có kết quả giải quyết.
=====RELATIONS=====

