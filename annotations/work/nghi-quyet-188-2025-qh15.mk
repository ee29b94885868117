doc: tnt305-tvpl__nghi-quyet-188-2025-qh15
source: ../shared/corpus/raw/tnt305-tvpl__nghi-quyet-188-2025-qh15.txt
span: 4615 7953
=====TEXT=====
a) Nhiệm vụ chi của chủ đầu tư, đơn vị quản lý dự án; đào tạo nguồn nhân lực của cơ quan nhà nước, đơn vị quản lý dự án, đơn vị vận hành khai thác, cơ sở đào tạo, cơ sở nghiên cứu;

b) Chi trả dịch vụ tư vấn;

c) Chi trả cho hoạt động quy hoạch liên quan đến phương án tuyến công trình, vị trí công trình trên tuyến đường sắt đô thị và quy hoạch khu vực TOD;

d) Thực hiện bồi thường, hỗ trợ, tái định cư;

đ) Thực hiện công tác truyền thông và công việc khác phục vụ chuẩn bị đầu tư dự án.

5. Để thực hiện các dự án đường sắt đô thị, dự án đường sắt đô thị theo mô hình TOD, ⟦ORG|Ủy ban nhân dân Thành phố⟧ được quyết định:

a) Sử dụng dự phòng ngân sách địa phương hằng năm;

b) Ứng trước dự toán ngân sách địa phương năm sau bảo đảm không quá ⟦PERCENT|50%⟧ dự toán chi đầu tư xây dựng cơ bản năm thực hiện của các công trình xây dựng cơ bản thuộc kế hoạch đầu tư công trung hạn vốn ngân sách địa phương đã được phê duyệt.

Điều 5. Về trình tự, thủ tục đầu tư dự án đường sắt đô thị, dự án đường sắt đô thị theo mô hình TOD

1. Dự án đường sắt đô thị, dự án đường sắt đô thị theo mô hình TOD được thực hiện ngay việc lập, thẩm định, quyết định đầu tư dự án mà không phải thực hiện thủ tục lập, thẩm định, quyết định chủ trương đầu tư và các thủ tục khác có liên quan đến quyết định chủ trương đầu tư theo quy định của pháp luật có liên quan.

2. ⟦ORG|Ủy ban nhân dân Thành phố⟧ có thẩm quyền sau đây:

a) Tổ chức lập, thẩm định, quyết định đầu tư và quyết định điều chỉnh dự án đường sắt đô thị, dự án đường sắt đô thị theo mô hình TOD theo trình tự, thủ tục tương tự như dự án nhóm A do địa phương quản lý theo quy định của pháp luật có liên quan;

b) Quyết định việc phân chia dự án đường sắt đô thị, dự án đường sắt đô thị theo mô hình TOD thành các dự án thành phần, tiểu dự án khi quyết định đầu tư. Việc phân chia dự án thành phần, tiểu dự án không phải áp dụng theo quy định của pháp luật về xây dựng;

c) Quyết định gia hạn thời gian thực hiện dự án đường sắt đô thị, dự án đường sắt đô thị theo mô hình TOD trong trường hợp không làm tăng tổng mức đầu tư thì không phải thực hiện thủ tục điều chỉnh dự án;

d) Quyết định các công trình đường sắt đô thị (nhà ga, nút giao, cầu, các hạng mục công trình liên quan thuộc dự án đường sắt đô thị) không phải thi tuyển phương án kiến trúc;

đ) Được quyết định việc áp dụng các hình thức chỉ định thầu đối với việc lựa chọn nhà thầu tư vấn, phi tư vấn, thi công; nhà thầu EPC, chìa khóa trao tay; nhà đầu tư các dự án đường sắt đô thị, dự án đường sắt đô thị theo mô hình TOD; trình tự, thủ tục thực hiện theo quy định của pháp luật về đấu thầu;

e) Tách công tác bồi thường, hỗ trợ, tái định cư thành dự án độc lập trên cơ sở phương án tuyến công trình, vị trí công trình trên tuyến đường sắt đô thị đã được cơ quan có thẩm quyền chấp thuận hoặc quy hoạch khu vực TOD đã được cơ quan có thẩm quyền phê duyệt. Việc lập, thẩm định, quyết định đầu tư dự án bồi thường, hỗ trợ, tái định cư theo quy định của pháp luật về đầu tư công.

3. Dự án đường sắt đô thị, công trình đường sắt đô thị thuộc dự án đường sắt đô thị theo mô hình TOD được lập thiết kế kỹ thuật tổng thể (FEED) thay thế cho thiết kế cơ sở trong Báo cáo nghiên cứu khả thi; việc lựa chọn nhà thầu EPC được thực hiện trên cơ sở dự án đầu tư được phê duyệt; chủ đầu tư được quyết định việc phê duyệt đối với các bước thiết kế sau thiết kế FEED.
=====RELATIONS=====
