doc: tnt305-tvpl__quyet-dinh-1521-qd-ubnd-bac-ninh-2025
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-1521-qd-ubnd-bac-ninh-2025.txt
span: 69275 73884
=====TEXT=====
Căn cứ hồ sơ thiết kế … (ghi tên công trình nút giao đấu nối) kèm theo tài liệu quy định tại điểm b khoản 1 Điều 4 của Quy định, do (3)…. (ghi tên tổ chức tư vấn lập, trường hợp thiết kế đã được thẩm định và phê duyệt thì ghi rõ số quyết định duyệt, cơ quan đã phê duyệt);
(2)… (ghi cơ quan đề nghị) đề nghị chấp thuận thiết kế của nút giao đấu nối vào … ( ghi bên trái/hoặc bên phải tuyến Km … (ghi lý trình) của tuyến đường ….… ( ghi tên, số hiệu đường bộ) … do tổ chức tư vấn …. lập (trường hợp thiết kế đã được thẩm định và phê duyệt thì ghi rõ số quyết định duyệt, cơ quan đã phê duyệt) và được gửi kèm theo văn bản đề nghị này.
(2)... (ghi tên đơn vị ký đơn) cam kết thực hiện đúng văn bản chấp thuận thiết kế nút giao đấu nối, sửa đổi, bổ sung đầy đủ báo hiệu đường bộ và công trình an toàn giao thông tại nút giao đấu nối; thực hiện các thủ tục cấp giấy phép thi công nút giao đấu nối trước khi tổ chức thi công nút giao đấu nối, thực hiện các biện pháp bảo đảm an toàn giao thông, an toàn xây dựng khi thi công nút giao đấu nối, bảo vệ môi trường; hoàn trả đúng yêu cầu kỹ thuật đối với các hạng mục kết cấu hạ tầng đường bộ bị ảnh hưởng do thi công nút giao đấu nối; tự di chuyển hoặc cải tạo công trình và không đòi bồi thường khi cơ quan quản lý đường bộ có thẩm quyền yêu cầu di chuyển hoặc cải tạo; khắc phục các tồn tại nếu quá trình khai thác sử dụng nút giao xuất hiện điểm hay xảy ra tai nạn giao thông, điểm tiềm ẩn tai nạn giao thông và đóng vị trí nút giao đấu nối theo quy định của pháp luật khi có yêu cầu của cơ quan có thẩm quyền.
Địa chỉ liên hệ: ………..
Số điện thoại: ………….

Nơi nhận:
- Như trên;
-..……………;
- Lưu VT. | (……2)
QUYỀN HẠN, CHỨC VỤ CỦA NGƯỜI KÝ
(Ký, ghi rõ họ tên và đóng dấu) | Hướng dẫn nội dung ghi (1) Tên tổ chức hoặc cơ quan cấp trên của tổ chức đề nghị (nếu có);
(2) Tên đơn vị hoặc tổ chức đề nghị chấp thuận thiết kế và phương án tổ chức giao thông của nút giao đấu nối vào đường địa phương (đường tỉnh, đường đô thị, đường huyện, đường xã, đường thôn) đang khai thác (do chủ đầu tư đứng đơn);
(3) Tên tổ chức tư vấn.
Mẫu số 02. Văn bản chấp thuận thiết kế nút giao đấu nối vào đường địa phương đang khai thác | (1) (2)
------- | ⟦LOCATION|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM⟧
Độc lập - Tự do - Hạnh phúc
---------------

Số: ……/…… Về việc chấp thuận thiết kế nút giao đấu nối vào … (ghi bên trái/hoặc bên phải tuyến Km … (ghi lý trình) của tuyến đường …. (ghi tên, số hiệu đường bộ) | ……, ngày …… tháng …… năm 20…

Kính gửi: | - …… (ghi tên đơn vị đề nghị chấp thuận nút giao đấu nối);
- …. (ghi tên cơ quan cấp phép thi công nút giao đấu nối trong trường hợp cơ quan cấp phép nút giao đấu nối khác cơ quan chấp thuận thiết kế nút giao đấu nối). | Căn cứ ⟦LEGAL_REF|Luật Đường bộ năm 2024⟧;
Căn cứ Quyết định số /2025/QĐ-UBND ngày tháng ⟦DATE|năm 2025⟧ của ⟦ORG|Ủy ban nhân dân tỉnh Bắc Ninh⟧ ban hành Quy định trình tự, thủ tục chấp thuận thiết kế và trình tự, thủ tục cấp phép thi công nút giao đối với đường địa phương đang khai thác trên địa bàn ⟦ADMIN_UNIT|tỉnh Bắc Ninh⟧;
Căn cứ … (ghi các văn bản/quyết định phê duyệt vị trí nút giao đấu nối; dự án đầu tư xây dựng có nút giao đấu nối;
văn bản giao chủ đầu tư xây dựng nút giao đấu nối);
Sau khi xem xét thiết kế của nút giao đấu nối vào … (ghi bên trái/hoặc bên phải tuyến Km … (ghi lý trình) của tuyến đường …. … (ghi tên, số hiệu đường bộ)…. ….. (ghi cơ quan chấp thuận) chấp thuận nút giao đấu nối với các nội dung sau:
1. Chấp thuận thiết kế nút giao đấu nối vào … (ghi bên trái/hoặc bên phải tuyến Km … (ghi lý trình) của đường …. … (ghi tên, số hiệu đường bộ) kèm theo các yêu cầu khác tại các mục a), b), c)… văn bản này;
2. Các yêu cầu khác đối với tổ chức, cá nhân được chấp thuận thiết kế nút giao đấu nối tại mục 1 văn bản này như sau:
a) ..
b) … c) … (Phần ghi các yêu cầu: sửa đổi bổ sung thiết kế nút giao đấu nối, sửa đổi, bổ sung đầy đủ báo hiệu đường bộ và công trình an toàn giao thông tại nút giao đấu nối; thực hiện các thủ tục cấp giấy phép thi công nút giao đấu nối trước khi tổ chức thi công nút giao đấu nối, thực hiện các biện pháp bảo đảm an toàn giao thông, an toàn xây dựng khi thi công nút giao đấu nối, bảo vệ môi trường; hoàn trả đúng yêu cầu kỹ thuật đối với các hạng mục kết cấu hạ tầng đường bộ bị ảnh hưởng do thi công nút giao đấu nối;
tự di chuyển hoặc cải tạo công trình và không được bồi thường khi cơ quan quản lý đường bộ có thẩm quyền yêu cầu di chuyển hoặc cải tạo; khắc phục các tồn tại nếu quá trình khai thác sử dụng nút giao xuất hiện điểm hay xảy ra tai nạn giao thông, điểm tiềm ẩn tai nạn giao thông và đóng vị trí nút giao đấu nối theo quy định của pháp luật khi có yêu cầu của cơ quan có thẩm quyền).

=====RELATIONS=====
