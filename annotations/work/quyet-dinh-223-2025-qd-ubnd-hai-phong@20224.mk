doc: tnt305-tvpl__quyet-dinh-223-2025-qd-ubnd-hai-phong
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-223-2025-qd-ubnd-hai-phong.txt
span: 20224 25020
=====TEXT=====
1. Hồ sơ dự án đầu tư, báo cáo kinh tế kỹ thuật hoặc thiết kế bản vẽ thi công trước khi thực hiện phải có văn bản thỏa thuận của đơn vị thoát nước về điểm đấu nối vào hệ thống thoát nước trên địa bàn thành phố.

2. Thực hiện dự án đầu tư xây dựng mới ngoài việc đảm bảo tiêu thoát nước của dự án và không làm ảnh hưởng đến việc tiêu thoát nước hiện trạng của các khu vực lân cận xung quanh phạm vi thực hiện dự án. Trong trường hợp có dòng chảy hiện trạng qua khu vực thực hiện dự án thì chủ đầu tư của dự án có trách nhiệm duy trì dòng chảy hiện trạng này.

3. Trước khi thi công, chủ đầu tư phải hoàn thiện các thủ tục về đấu nối vào hệ thống thoát nước. Việc thi công điểm đấu nối phải do đơn vị thoát nước thực hiện hoặc do nhà thầu thực hiện dưới sự giám sát của đơn vị thoát nước và các đơn vị có liên quan. Việc thi công đấu nối phải bảo đảm đúng quy định và văn bản thoả thuận đấu nối thoát nước.
Sau khi đấu nối xong phải có biên bản nghiệm thu thi công đấu nối.

4. Trong quá trình thực hiện dự án đầu tư xây dựng, trường hợp có một số tuyến cống ngầm thoát nước hiện trạng, công trình thoát nước hiện trạng nằm trong phạm vi thực hiện dự án thì cho phép chủ đầu tư dự án thực hiện:

a) Đối với cống thoát nước ngầm hiện trạng hoặc dòng chảy tự nhiên hiện trạng trong phạm vi thực hiện dự án: Giữ nguyên tuyến cống thoát nước hiện trạng hoặc dòng chảy tự nhiên hiện trạng để đảm bảo việc tiêu thoát nước ổn định, không bị gián đoạn; có biện pháp gia cường, bảo vệ cũng như hành lang bảo vệ tuyến cống thoát nước hiện trạng hoặc dòng chảy tự nhiên hiện trạng. Trường hợp thay thế tuyến cống hiện trạng hoặc dòng chảy tự nhiên hiện trạng thì hoàn trả bằng tuyến cống thoát nước khác (đường kính tuyến cống hoàn trả tối thiểu bằng hoặc lớn hơn đường kính cống hiện trạng);

b) Đối với công trình thoát nước hiện trạng (không phải là cống ngầm) trong phạm vi thực hiện dự án, căn cứ hồ sơ dự án được cấp có thẩm quyền phê duyệt, cơ quan được phân công, phân cấp thực hiện nhiệm vụ, quyền hạn của chủ sở hữu đối với công trình thoát nước hiện trạng có trách nhiệm: lập phương án bàn giao, xử lý tài sản (xử lý theo hình thức thu hồi, thanh lý phá dỡ hoặc hủy bỏ) trình cấp có thầm quyền phê duyệt; sau khi được cấp có thẩm quyền phê duyệt phương án xử lý tài sản phối hợp với chủ đầu tư thực hiện theo đúng quy định.

5. Sau khi thi công xong hệ thống thoát nước của dự án, căn cứ theo phương án bàn giao quản lý của dự án được chủ đầu tư đề xuất trong hồ sơ đề xuất dự án án đầu tư hoặc báo cáo nghiên cứu tiền khả thi xây dựng được cấp có thẩm quyền phê duyệt, chủ đầu tư có trách nhiệm tự tổ chức thực hiện quản lý, vận hành, khai thác hoặc có thể bàn giao lại hệ thống thoát nước của dự án cho ⟦ORG|Ủy ban nhân dân thành phố⟧ để ⟦ORG|Ủy ban nhân dân thành phố⟧ giao cho cơ quan chuyên môn hoặc Ủy ban nhân dân cấp xã chủ trì tổ chức quản lý.

Điều 12. Quản lý hệ thống thoát nước trên địa bàn thành phố

Thực hiện theo quy định từ Điều 17 đến Điều 26 của ⟦LEGAL_REF|Nghị định số 80/2014/NĐ-CP⟧ và các quy định như sau:

1. Đối với hệ thống thoát nước đang sử dụng: Đơn vị thoát nước có trách nhiệm:

a) Định kỳ kiểm tra độ kín, lắng cặn tại các điểm đấu nối, hố ga và tuyến cống để lập kế hoạch nạo vét, sửa chữa, bảo trì cống và công trình trên mạng lưới;

Kiểm tra, đánh giá chất lượng công trình, đề xuất các biện pháp thay thế, sửa chữa mạng lưới thoát nước và các công trình trên mạng lưới; Thực hiện quan trắc chất lượng nước trong hệ thống phù hợp với pháp luật về bảo vệ môi trường;

b) Thiết lập quy trình quản lý hệ thống thoát nước thải bảo đảm yêu cầu kỹ thuật quản lý, vận hành theo quy định;

c) Đề xuất các phương án phát triển mạng lưới theo lưu vực.

2. Quản lý cao độ hệ thống thoát nước.

a) Đơn vị thoát nước có trách nhiệm xác định và lập quy trình quản lý cao độ mực nước các hồ điều hoà, kênh mương thoát nước nhằm bảo đảm tối đa khả năng tiêu thoát, điều hoà nước mưa, chống ngập úng, bảo vệ môi trường và tạo cảnh quan đô thị.

b) Đơn vị thoát nước có trách nhiệm quản lý cao độ các tuyến cống chính và cống thu gom nước thải, nước mưa.

c) Đơn vị thoát nước có trách nhiệm cung cấp cao độ của hệ thống thoát nước cho các tổ chức, cá nhân có yêu cầu hợp pháp.

d) Các cơ quan, đơn vị được giao quản lý các sông, hồ, kênh, mương, rãnh có liên quan đến việc thoát nước đô thị có trách nhiệm phối hợp với đơn vị thoát nước trong việc đảm bảo yêu cầu về cao độ nhằm thoát nước, chống ngập úng đô thị.

e) Việc điều tiết mực nước của các công trình thoát nước trên địa bàn các xã, phường, đặc khu nhằm mục đích phục vụ thủy lợi do ⟦ORG|Sở Nông nghiệp và Môi trường⟧ hướng dẫn.

g) Đơn vị thoát nước có trách nhiệm vận hành các công trình thoát nước qua đê (cống qua đê, đường ống, trạm bơm) phải tuân theo quy định luật pháp về đê điều và các quy định về khai thác và bảo vệ công trình thủy lợi.


=====RELATIONS=====
