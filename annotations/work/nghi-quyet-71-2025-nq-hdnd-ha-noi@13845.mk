doc: tnt305-tvpl__nghi-quyet-71-2025-nq-hdnd-ha-noi
source: ../shared/corpus/raw/tnt305-tvpl__nghi-quyet-71-2025-nq-hdnd-ha-noi.txt
span: 13845 18550
=====TEXT=====
d) Xác định các công trình điểm nhấn tầng cao xây dựng công trình cho từng lô đất và cho toàn khu vực; khoảng lùi của công trình trên từng đường phố và nút giao nhau; công viên, cây xanh, mặt nước, không gian mở;

đ) Bố trí công trình hạ tầng kỹ thuật trong đó bao gồm hạ tầng giao thông, tiện ích kết nối đi và đến các nhà ga và tích hợp đa phương thức; hạ tầng dành cho người đi bộ, đi xe đạp, người khuyết tật nhằm tạo điều kiện tiếp cận an toàn, thuận tiện và tăng cường kết nối chặng đầu - chặng cuối; công trình hạ tầng xã hội, nhà ở, nhà ở xã hội;

e) Bố trí công trình công cộng ngầm, công trình giao thông ngầm;

g) Quy định chức năng, chỉ tiêu sử dụng đất quy hoạch đối với từng lô đất;

h) Giải pháp về bảo vệ môi trường.

2. Trình tự tổ chức lập, thẩm định, phê duyệt, điều chỉnh quy hoạch chi tiết khu vực TOD:

a) Lập, phê duyệt đề cương nhiệm vụ, dự toán chi phí lập quy hoạch để tuyển chọn tư vấn; không phải lập, thẩm định, phê duyệt nhiệm vụ quy hoạch;

b) Lựa chọn tư vấn lập quy hoạch;

c) Lập quy hoạch và tổ chức lấy ý kiến;

d) Thẩm định quy hoạch;

đ) Phê duyệt quy hoạch;

e) Công bố, công khai đồ án quy hoạch;

g) Lưu trữ đồ án quy hoạch.

3. Quy hoạch chi tiết khu vực TOD có thể được lập đồng thời hoặc trước quy hoạch phân khu khu vực TOD và có thể có các nội dung cập nhật khác nhau nhằm đảm bảo đáp ứng chính xác nhu cầu phát triển đô thị và các tiêu chí về phát triển đô thị theo định hướng giao thông công cộng. Trong trường hợp lập quy hoạch chi tiết khu vực TOD khi chưa có quy hoạch phân khu khu vực TOD thì phải xác định yêu cầu hạ tầng xã hội, hạ tầng kỹ thuật đáp ứng với quy mô, cơ cấu dân số được bố trí theo quy hoạch.

4. Cơ quan, đơn vị tổ chức lập quy hoạch khu vực TOD có trách nhiệm lấy ý kiến góp ý của ⟦ORG|Sở Quy hoạch - Kiến trúc⟧ về đề cương nhiệm vụ để tuyển chọn tư vấn lập quy hoạch khu vực TOD trước khi phê duyệt. ⟦ORG|Sở Quy hoạch - Kiến trúc⟧ có trách nhiệm gửi ý kiến góp ý trong vòng 07 ngày kể từ ngày nhận được đề nghị.

5. Trường hợp quy hoạch chi tiết khu vực TOD có xác định vị trí, ranh giới, diện tích đất thu hồi trong vùng phụ cận đường sắt để thực hiện cải tạo, chỉnh trang đô thị, tái định cư tại chỗ, phát triển nhà ở, thương mại, dịch vụ, ⟦ORG|Ủy ban nhân dân Thành phố⟧ có trách nhiệm báo cáo ⟦ORG|Hội đồng nhân dân Thành phố⟧ xem xét, quyết định vị trí, ranh giới, diện tích đất thu hồi trước khi phê duyệt quy hoạch chi tiết.

6. Trách nhiệm tổ chức lập, thẩm định, phê duyệt, điều chỉnh quy hoạch chi tiết khu vực TOD:

a) Cơ quan tổ chức lập quy hoạch: Cơ quan, tổ chức được ⟦ORG|Ủy ban nhân dân thành phố Hà Nội⟧ giao hoặc nhà đầu tư được lựa chọn để thực hiện dự án đầu tư;

b) Cơ quan thẩm định: ⟦ORG|Sở Quy hoạch - Kiến trúc Hà Nội⟧;

c) Cơ quan phê duyệt: ⟦ORG|Ủy ban nhân dân thành phố Hà Nội⟧ hoặc cơ quan được ⟦ORG|Ủy ban nhân dân thành phố⟧ ủy quyền.

Chương III

LẬP, THẨM ĐỊNH, PHÊ DUYỆT, ĐIỀU CHỈNH PHƯƠNG ÁN TUYẾN CÔNG TRÌNH, VỊ TRÍ CÔNG TRÌNH, TỔNG MẶT BẰNG TUYẾN

Điều 8. Nội dung phương án tuyến công trình, vị trí công trình, tổng mặt bằng tuyến đường sắt đối với đường sắt địa phương

1. Bản đồ địa hình tỷ lệ 1/500 theo hệ tọa độ chuẩn quốc gia VN2000;

2. Bình đồ tuyến, ga, đề-pô tỷ lệ 1/500 thể hiện đầy đủ tim tuyến bao gồm:

a) Tọa độ, vị trí công trình theo tuyến;

b) Chỉ giới đường đỏ công trình đường bộ có liên quan;

c) Mặt cắt ngang thể hiện vị trí công trình đường sắt;

d) Ranh giới phạm vi bảo vệ công trình theo phương ngang, ranh giới hành lang an toàn đường sắt. Trong đó bao gồm đất dành cho kết cấu công trình đường sắt, đất phục vụ thi công xây dựng và kết nối, giao diện giữa các hạng mục công trình và hệ thống thiết bị của dự án, kết nối giữa hệ thống đường sắt với các khu vực lân cận, làm cơ sở xác định ranh giới thu hồi đất và quyết định giao đất thực hiện xây dựng công trình đường sắt.

3. Kết quả tham vấn cộng đồng dân cư.

Điều 9. Thẩm quyền lập, thẩm định, phê duyệt, điều chỉnh phương án tuyến công trình, vị trí công trình, tổng mặt bằng tuyến đường sắt

1. Cơ quan lập: Cơ quan, tổ chức được giao nhiệm vụ hoặc chủ đầu tư dự án đường sắt, dự án đường sắt theo mô hình TOD.

2. Cơ quan thẩm định: ⟦ORG|Sở Quy hoạch - Kiến trúc Hà Nội⟧.

3. Cơ quan phê duyệt: ⟦ORG|Ủy ban nhân dân thành phố Hà Nội⟧.

4. Trình tự, thủ tục lập, thẩm định, phê duyệt, điều chỉnh phương án tuyến công trình, vị trí công trình, tổng mặt bằng tuyến đường sắt được thực hiện theo quy định của pháp luật về quy hoạch đô thị và nông thôn, pháp luật về đường sắt và pháp luật khác có liên quan.

Chương IV

ĐIỀU KHOẢN THI HÀNH

Điều 10. Trách nhiệm tổ chức thực hiện

1. ⟦ORG|Ủy ban nhân dân Thành phố⟧ có trách nhiệm sau đây:

a) Tổ chức thực hiện Nghị quyết; ban hành các quy định cần thiết theo thẩm quyền để triển khai thực hiện các quy định của Nghị quyết;


=====RELATIONS=====
