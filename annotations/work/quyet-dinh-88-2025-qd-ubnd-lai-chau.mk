doc: tnt305-tvpl__quyet-dinh-88-2025-qd-ubnd-lai-chau
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-88-2025-qd-ubnd-lai-chau.txt
span: 13688 17967
=====TEXT=====
Trách nhiệm của Ủy ban nhân dân cấp xã, Chủ tịch Ủy ban nhân dân cấp xã

1. Trách nhiệm của Ủy ban nhân dân cấp xã

a) Bố trí nơi tiếp nhận và trả kết quả hồ sơ thủ tục hành chính của ⟦ORG|Chi nhánh Văn phòng đăng ký đất đai⟧ tại Trung tâm Phục vụ hành chính công của xã, phường nơi Chi nhánh đặt trụ sở, bảo đảm đầy đủ điều kiện về cơ sở vật chất, hạ tầng kỹ thuật và kết nối các cơ sở dữ liệu theo quy định, đảm bảo hoạt động đồng bộ; chỉ đạo Trung tâm Phục vụ hành chính công thuộc Ủy ban nhân dân cấp xã, phối hợp, theo dõi, đôn đốc việc giải quyết thủ tục hành chính của ⟦ORG|Văn phòng đăng ký đất đai⟧, ⟦ORG|Chi nhánh Văn phòng đăng ký đất đai⟧.

b) Thực hiện niêm yết công khai việc cấp Giấy chứng nhận, việc mất Giấy chứng nhận đã cấp theo quy định đối với hồ sơ do ⟦ORG|Văn phòng đăng ký đất đai⟧, ⟦ORG|Chi nhánh Văn phòng đăng ký đất đai⟧ chuyển đến; lập biên bản kết thúc niêm yết và gửi ⟦ORG|Văn phòng đăng ký đất đai⟧, ⟦ORG|Chi nhánh Văn phòng đăng ký đất đai⟧ đảm bảo đúng thời hạn theo quy định. Trường hợp quá thời hạn quy định, Ủy ban nhân dân cấp xã phải có văn bản nêu lý do gửi đến người yêu cầu đăng ký, biên bản kết thúc niêm yết đến ⟦ORG|Văn phòng đăng ký đất đai⟧, ⟦ORG|Chi nhánh Văn phòng đăng ký đất đai⟧ để thông báo cho người đề nghị đăng ký biết.

c) Thực hiện xác nhận hiện trạng sử dụng đất, tình trạng tranh chấp đất đai do ⟦ORG|Chi nhánh Văn phòng đăng ký đất đai⟧ gửi đến khi thực hiện thủ tục quy định tại tiểu mục XIII, Mục C, Phần V của Phục lục I ban hành kèm theo ⟦n1:LEGAL_REF|Nghị định số 151/2025/NĐ-CP⟧ ⟦n1d:DATE|ngày 12 tháng 6 năm 2025⟧ của ⟦n1o:ORG|Chính phủ⟧ quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp, phân quyền, phân cấp trong lĩnh vực đất đai.

d) Tiếp nhận và trả lời bằng văn bản các nội dung liên quan thuộc chức năng, nhiệm vụ quản lý của đơn vị trong thời hạn không quá 05 ngày làm việc cho ⟦ORG|Văn phòng đăng ký đất đai⟧, ⟦ORG|Chi nhánh Văn phòng đăng ký đất đai⟧ về nội dung: Xác nhận đủ điều kiện tồn tại theo quy định của pháp luật về xây dựng đối với nhà ở (xây dựng trước ⟦DATE|ngày 01 tháng 7 năm 2006⟧) hoặc đối với công trình xây dựng (xây dựng trước ⟦DATE|ngày 01 tháng 7 năm 2004⟧) thuộc đối tượng phải xin phép xây dựng mà không xin phép.

đ) Tiếp tục rà soát, bàn giao các hồ sơ, tài liệu thuộc thẩm quyền giải quyết của Ủy ban nhân dân cấp huyện nhưng chưa bàn giao; các hồ sơ giải quyết theo thẩm quyền cho ⟦ORG|Chi nhánh Văn phòng đăng ký đất đai⟧ theo quy định.

2. Trách nhiệm của Chủ tịch Ủy ban nhân dân cấp xã

a) Ký, xác nhận nội dung đính chính sai sót lần đầu trên Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu theo đúng thẩm quyền.

b) Chỉ đạo cơ quan có chức năng quản lý đất đai cấp xã kiểm tra, xác định những nội dung theo quy định đối với hồ sơ cấp Giấy chứng nhận thuộc thẩm quyền giải quyết do ⟦ORG|Văn phòng đăng ký đất đai⟧, ⟦ORG|Chi nhánh Văn phòng đăng ký đất đai⟧ chuyển đến; lập kế hoạch sử dụng phôi Giấy chứng nhận hằng năm gửi về ⟦ORG|Văn phòng đăng ký đất đai⟧ để cấp phát theo quy định. Tại thời điểm nhận phôi Giấy chứng nhận mới, phải bàn giao phôi hư hỏng của ký nhận phôi trước đó cho ⟦ORG|Văn phòng đăng ký đất đai⟧; việc bàn giao phôi hư hỏng được lập thành biên bản.

c) Chỉ đạo cơ quan chức năng quản lý đất đai cấp xã phối hợp với ⟦ORG|Văn phòng đăng ký đất đai⟧, ⟦ORG|Chi nhánh Văn phòng đăng ký đất đai⟧ trong công tác trích đo địa chính, trích đo chỉnh lý bản đồ địa chính, đo đạc nhà ở, công trình xây dựng trên đất phục vụ công tác kê khai đăng ký đất đai, cấp Giấy chứng nhận công trình xây dựng khác; cập nhật, chỉnh lý tài liệu đo đạc địa chính, hồ sơ địa chính; cung cấp thông tin về cơ sở dữ liệu đất đai theo quy định.

d) Chỉ đạo cơ quan quản lý đất đai cấp xã tiếp tục rà soát, bàn giao các hồ sơ, tài liệu thuộc thẩm quyền giải quyết của Ủy ban nhân dân cấp huyện nhưng chưa kịp bàn giao cho ⟦ORG|Văn phòng đăng ký đất đai⟧, ⟦ORG|Chi nhánh Văn phòng đăng ký đất đai⟧ theo quy định.

đ) Chỉ đạo phối hợp trong công tác tuyên truyền, phổ biến pháp luật về đất đai cho người dân tại địa phương;
chủ trì giải quyết các vướng mắc liên quan đến cấp Giấy chứng nhận, ý kiến không thống nhất giữa cơ quan chức năng quản lý đất đai cấp xã, ⟦ORG|Chi nhánh Văn phòng đăng ký đất đai⟧, cơ quan thuế và các đơn vị có liên quan trong việc giải quyết thủ tục hành chính về đất đai thuộc thẩm quyền của Ủy ban nhân dân cấp xã.

Điều 7.
Trách nhiệm của Cơ quan có chức năng quản lý đất đai cấp xã
=====RELATIONS=====
n1 issued_on n1d
n1 issued_by n1o
