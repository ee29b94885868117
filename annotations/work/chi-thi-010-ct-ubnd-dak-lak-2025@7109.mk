doc: tnt305-tvpl__chi-thi-010-ct-ubnd-dak-lak-2025
source: ../shared/corpus/raw/tnt305-tvpl__chi-thi-010-ct-ubnd-dak-lak-2025.txt
span: 7109 12028
=====TEXT=====
- Đánh giá khả năng đáp ứng điều kiện giao đất, cho thuê đất đối với trường hợp giao đất, cho thuê đất không thông qua đấu giá quyền sử dụng đất, đấu thầu lựa chọn nhà đầu tư; khả năng đáp ứng điều kiện chuyển mục đích sử dụng đất đối với dự án có yêu cầu chuyển mục đích sử dụng đất;

- Đánh giá hiện trạng sử dụng đất; nguồn gốc đất, đối tượng sử dụng đất, khả năng bồi thường GPMB (nếu có); cơ cấu sử dụng đất tại khu vực đầu tư dự án; xác định hình thức giao đất, cho thuê đất để thực hiện dự án (thông qua đấu giá, đấu thầu hoặc không thông qua đấu giá, đấu thầu); nội dung nhận chuyển nhượng, thuê quyền sử dụng đất, nhận góp vốn bằng quyền sử dụng đất để thực hiện dự án được cấp có thẩm quyền chấp thuận (nếu có);

- Đánh giá sự phù hợp của dự án đầu tư với mật độ chăn nuôi, cơ cấu vật nuôi, định hướng phát triển chăn nuôi trên địa bàn tỉnh và khoảng cách an toàn trong chăn nuôi đối với các dự án chăn nuôi;

- Xem xét nội dung đánh giá sơ bộ tác động môi trường (nếu có), có ý kiến về nhóm dự án đầu tư có nguy cơ tác động xấu đến môi trường và hướng dẫn các thủ tục môi trường theo quy định của pháp luật về bảo vệ môi trường; các nội dung khác liên quan đến lĩnh vực ngành quản lý.

b) ⟦ORG|Sở Xây dựng⟧

- Đánh giá sự phù hợp của dự án đầu tư với quy hoạch xây dựng, đô thị và các quy hoạch, kế hoạch ngành có liên quan.

Khi đánh giá sự phù hợp của dự án đầu tư với quy hoạch đô thị, nội dung thẩm định phải có đánh giá về sự phù hợp của dự án đầu tư với quy hoạch phân khu trường hợp dự án được đề xuất tại khu vực không phải lập quy hoạch phân khu theo quy định của pháp luật về quy hoạch đô thị hoặc quy hoạch phân khu phải điều chỉnh và chưa được cấp có thẩm quyền phê duyệt thì đánh giá sự phù hợp của dự án đầu tư với quy hoạch chung;

- Đánh giá nhu cầu sử dụng đất phù hợp với mục tiêu, quy mô, địa điểm, yêu cầu hoạt động của dự án; tổng vốn đầu tư, tiến độ thực hiện dự án;

- Đánh giá về sự phù hợp của dự án đầu tư với mục tiêu, định hướng phát triển đô thị, chương trình, kế hoạch phát triển nhà ở; sơ bộ phương án phân kỳ đầu tư bảo đảm yêu cầu đồng bộ;
sơ bộ cơ cấu sản phẩm nhà ở và việc dành quỹ đất phát triển nhà ở xã hội; các nội dung phải có ý kiến thẩm định theo quy định của pháp luật về xây dựng, nhà ở, phát triển đô thị, kinh doanh bất động sản;

- Đánh giá việc đáp ứng điều kiện theo quy định của pháp luật về xây dựng, nhà ở, phát triển đô thị, kinh doanh bất động sản (đối với dự án đầu tư xây dựng nhà ở, khu đô thị, kinh doanh bất động sản);

- Đánh giá về khả năng đấu nối giao thông của dự án và các nội dung khác liên quan đến lĩnh vực ngành quản lý.

c) ⟦ORG|Sở Khoa học và Công nghệ⟧

- Đánh giá về công nghệ sử dụng trong dự án đầu tư đối với dự án thuộc diện thẩm định hoặc lấy ý kiến về công nghệ theo quy định của pháp luật về chuyển giao công nghệ và các nội dung khác liên quan đến lĩnh vực ngành quản lý;

- Trường hợp cần cơ quan chuyên môn khác phối hợp xác định các nội dung liên quan thì chủ động có văn bản để phối hợp thực hiện, đảm bảo thời gian được lấy ý kiến theo đề nghị của Cơ quan đăng ký đầu tư.

d) ⟦ORG|Sở Văn hóa, Thể thao và Du lịch⟧

- Đánh giá về sự phù hợp của dự án đầu tư với yêu cầu bảo vệ, phát huy giá trị của di sản văn hóa;

- Đánh giá việc đáp ứng các điều kiện theo quy định của pháp luật về di sản văn hóa và các nội dung khác liên quan đến lĩnh vực ngành quản lý.

đ) ⟦ORG|Công an tỉnh⟧, ⟦ORG|Bộ Chỉ huy Quân sự tỉnh⟧

- Đánh giá sự phù hợp của dự án đầu tư với lĩnh vực an ninh, quốc phòng, biên giới, hải đảo;

- Đánh giá việc đáp ứng các điều kiện và các nội dung khác thuộc lĩnh vực quản lý.

e) ⟦ORG|Thuế tỉnh Đắk Lắk⟧

- Đánh giá về ưu đãi đầu tư và điều kiện hưởng ưu đãi đầu tư;

- Tình hình thực hiện nghĩa vụ thuế; xác định thông tin về vốn chủ sở hữu so với Báo cáo tài chính nộp tại cơ quan thuế của nhà đầu tư.

g) UBND các xã, phường

- Đánh giá sự phù hợp của dự án đầu tư với quy hoạch sử dụng đất, quy hoạch lâm nghiệp, quy hoạch xây dựng, đô thị, nông thôn và các quy hoạch, kế hoạch ngành, lĩnh vực có liên quan;

- Đánh giá nhu cầu sử dụng đất phù hợp với mục tiêu, quy mô, địa điểm, yêu cầu hoạt động của dự án;

- Đánh giá hiện trạng sử dụng đất; nguồn gốc đất, đối tượng sử dụng đất, khả năng bồi thường giải phóng mặt bằng (nếu có); cơ cấu sử dụng đất tại khu vực đầu tư dự án; việc chấp hành pháp luật về đất đai, môi trường, xây dựng của Nhà đầu tư tại địa phương (nếu có); nội dung nhận chuyển nhượng, thuê quyền sử dụng đất, nhận góp vốn bằng quyền sử dụng đất để thực hiện dự án được cấp có thẩm quyền chấp thuận (nếu có);

- Xem xét nội dung đánh giá sơ bộ tác động môi trường (nếu có); việc đấu nối giao thông của dự án; việc tuân thủ các quy định về khoảng cách và mức độ an toàn từ dự án đến các đối tượng, công trình, khu dân cư và các nội dung khác liên quan đến lĩnh vực quản lý của địa phương.

h) Các đơn vị khác

Cơ quan đăng ký đầu tư có trách nhiệm lấy ý kiến cụ thể nội dung liên quan đến lĩnh vực đầu tư của dự án.

II.

=====RELATIONS=====
