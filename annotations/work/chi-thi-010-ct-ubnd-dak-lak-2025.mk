doc: tnt305-tvpl__chi-thi-010-ct-ubnd-dak-lak-2025
source: ../shared/corpus/raw/tnt305-tvpl__chi-thi-010-ct-ubnd-dak-lak-2025.txt
span: 12028 17010
=====TEXT=====
Trách nhiệm phối hợp giải quyết thủ tục đầu tư và quản lý dự án

1. ⟦ORG|Sở Tài chính⟧, ⟦ORG|Sở Xây dựng⟧, ⟦ORG|Sở Nông nghiệp và Môi trường⟧, ⟦ORG|Ban quản lý Khu Kinh tế Phú Yên⟧, ⟦ORG|Ban quản lý Khu Nông nghiệp ứng dụng Công nghệ cao Phú Yên⟧, ⟦ORG|Ban Quản lý các Khu công nghiệp tỉnh⟧, UBND cấp xã và các Sở, ban, ngành quản lý quy hoạch theo chức năng, nhiệm vụ được giao có trách nhiệm phối hợp công bố đầy đủ, công khai thông tin về quy hoạch, danh mục dự án thu hút đầu tư, danh mục dự án đầu tư có sử dụng đất theo quy định của pháp luật.

2. Các Sở, ban, ngành, UBND cấp xã theo chức năng quản lý của mình, có trách nhiệm phối hợp cung cấp thông tin thuộc thẩm quyền quản lý theo đề nghị của nhà đầu tư hoặc cơ quan nhà nước có thẩm quyền, cơ quan đăng ký đầu tư; gửi các nội dung, thông tin về quy hoạch sử dụng đất, kế hoạch sử dụng đất, quy hoạch theo pháp luật về quy hoạch đô thị và nông thôn và các quy hoạch khác có tính chất kỹ thuật, chuyên ngành theo quy định tại ⟦LEGAL_REF|Luật Quy hoạch⟧ cho các cơ quan đăng ký đầu tư để cung cấp thông tin cho nhà đầu tư; đồng thời, phối hợp chặt chẽ với ⟦ORG|Sở Tài chính⟧ trong việc xây dựng cơ sở dữ liệu phục vụ cho hoạt động xúc tiến đầu tư, xây dựng danh mục dự án thu hút đầu tư, danh mục dự án đầu tư có sử dụng đất.

3. Cơ quan chủ trì giải quyết thủ tục đầu tư dự án

a) Hướng dẫn và tạo điều kiện giải quyết nhanh các thủ tục đầu tư thuộc thẩm quyền:

b) Chủ động phối hợp với các cơ quan, đơn vị, địa phương liên quan khác để giải quyết trong thời hạn quy định theo đúng chức năng, nhiệm vụ, quyền hạn và phạm vi quản lý; không được đùn đẩy, né tránh trách nhiệm; tuyệt đối tránh tình trạng chờ nhà đầu tư liên hệ rồi mới xem xét, giải quyết; không chuyển công việc thuộc chức năng, thẩm quyền của mình lên ⟦ORG|UBND tỉnh⟧, Chủ tịch ⟦ORG|UBND tỉnh⟧ hoặc cho các cơ quan, đơn vị khác.

c) Chủ trì tham mưu giải quyết các khó khăn, vướng mắc, kiến nghị của nhà đầu tư liên quan đến ngành, lĩnh vực, địa bàn quản lý, báo cáo cấp có thẩm quyền xem xét, giải quyết.

d) Trường hợp các đơn vị được phối hợp giải quyết thủ tục đầu tư có ý kiến khác nhau, cơ quan chủ trì có trách nhiệm phối hợp với các đơn vị liên quan để xem xét, làm rõ nội dung; nếu các đơn vị phối hợp vẫn chưa có ý kiến rõ ràng đối với các nội dung được lấy ý kiến thì cơ quan chủ trì có quyền yêu cầu làm rõ trước khi tham mưu cấp có thẩm quyền xem xét, quyết định.

4. Cơ quan phối hợp có trách nhiệm trả lời bằng văn bản, nêu rõ quan điểm và đúng thời gian quy định khi được cơ quan chủ trì lấy ý kiến;
làm rõ nội dung khi được cơ quan chủ trì yêu cầu bổ sung. Nếu quá thời hạn quy định, cơ quan phối hợp phải báo cáo nêu rõ lý do, người đứng đầu đơn vị hoàn toàn chịu trách nhiệm về những vấn đề liên quan thuộc chức năng quản lý của đơn vị mình.

5. Để nâng cao hiệu lực, hiệu quả quản lý nhà nước về đầu tư, tăng cường công tác đánh giá, kiểm tra và giám sát các dự án đầu tư, các Sở, ngành, UBND cấp xã và các đơn vị có liên quan theo chức năng, nhiệm vụ, thẩm quyền quy định triển khai thực hiện những nội dung sau:

a) Thực hiện đầy đủ, nghiêm túc các quy định của pháp luật về đầu tư, doanh nghiệp, đất đai, môi trường, nhà ở, xây dựng, thuế,... trong quá trình thẩm định và quản lý các dự án đầu tư, trong đó có dự án đầu tư nước ngoài, tránh phát sinh khiếu kiện, tranh chấp trong nước và quốc tế.

b) Định kỳ đánh giá tình hình hoạt động của các dự án đầu tư theo lĩnh vực, địa bàn được giao, kịp thời phát hiện, xử lý các trường hợp lợi dụng quy định của pháp luật để thực hiện các hoạt động đầu tư, kinh doanh không lành mạnh.

c) Tham gia kiểm tra, khảo sát vị trí đầu tư xây dựng; tham gia công tác giám sát, đánh giá đầu tư hoặc kiểm tra định kỳ hay đột xuất dự án đầu tư theo quy định.

d) Tăng cường công tác đối thoại, hướng dẫn, giải quyết các khó khăn, vướng mắc phát sinh trong quá trình hoạt động đầu tư, kinh doanh của nhà đầu tư; đối với những nội dung vượt thẩm quyền thì kịp thời báo cáo cơ quan có thẩm quyền xem xét giải quyết theo quy định, đồng thời gửi về ⟦ORG|Sở Tài chính⟧ để tổng hợp, tham mưu ⟦ORG|UBND⟧ giải quyết theo quy định.

III. Tổ chức thực hiện

1. Thủ trưởng các Sở, ban, ngành; Chủ tịch UBND cấp xã căn cứ chức năng, nhiệm vụ được giao, có trách nhiệm triển khai thực hiện và tăng cường phối hợp đảm bảo thực hiện đồng bộ, hiệu quả; trong quá trình thực hiện, nếu có khó khăn, vướng mắc, kịp thời báo cáo ⟦ORG|UBND tỉnh⟧, Chủ tịch ⟦ORG|UBND tỉnh⟧ (thông qua ⟦ORG|Sở Tài chính⟧) để xem xét, giải quyết, điều chỉnh cho phù hợp.

2. Giao ⟦ORG|Sở Tài chính⟧ chủ trì theo dõi, tổng hợp các khó khăn, vướng mắc, kịp thời báo cáo ⟦ORG|UBND tỉnh⟧, Chủ tịch ⟦ORG|UBND tỉnh⟧ xem xét, giải quyết.

Trên đây là Chỉ thị về nâng cao trách nhiệm, tăng cường phối hợp thẩm định giải quyết thủ tục đầu tư và quản lý dự án sử dụng vốn của nhà đầu tư trên địa bàn ⟦ADMIN_UNIT|tỉnh Đắk Lắk⟧, yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các xã, phường nghiêm túc triển khai thực hiện./.

Nơi nhận:
- CT, các PCT. ⟦ORG|UBND tỉnh⟧;
- Các sở, ban, ngành tỉnh;
- UBND các xã, phường;
- CVP, các PCVP.⟦ORG|UBND tỉnh⟧;
- ⟦ORG|TT. Công nghệ và Cổng TTĐT tỉnh⟧;
=====RELATIONS=====
