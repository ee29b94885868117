doc: tnt305-tvpl__nghi-quyet-48-2025-nq-hdnd-ha-noi
source: ../shared/corpus/raw/tnt305-tvpl__nghi-quyet-48-2025-nq-hdnd-ha-noi.txt
span: 18084 22773
=====TEXT=====

f. Các tổ chức xã hội được ngân sách nhà nước hỗ trợ thực hiện các nhiệm vụ được Nhà nước giao theo quy định của ⟦LEGAL_REF|Luật Ngân sách nhà nước⟧. Đối với các tổ chức xã hội được cấp có thẩm quyền giao biên chế, ngân sách nhà nước bảo đảm tiền lương, các chế độ, chính sách khác theo quy định của pháp luật và kinh phí hoạt động gắn với số biên chế được giao và định mức phân bổ như đối với cơ quan hành chính là đơn vị dự toán cấp I.

1.2. Định mức phân bổ dự toán chi hoạt động thường xuyên cho hợp đồng thực hiện công tác hỗ trợ, phục vụ

TT | Nội dung | Đơn vị tính | Định mức

1 | Cơ quan hành chính | Đồng/người/năm | 168.000.000

2 | Các cơ quan điều hành chung (Các cơ quan thuộc ⟦ORG|Thành ủy⟧, ⟦ORG|Văn phòng Đoàn Đại biểu Quốc hội và HĐND Thành phố⟧, ⟦ORG|Văn phòng UBND Thành phố⟧, ⟦ORG|Cơ quan Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội⟧ (bao gồm các tổ chức chính trị - xã hội)) | Đồng/người/năm | 231.000.000

Định mức phân bổ nêu trên đảm bảo chi hoạt động và chi tiền lương, tiền công lao động, các khoản đóng góp theo lương (bảo hiểm xã hội, bảo hiểm y tế, kinh phí công đoàn,...) để thực hiện các công việc hỗ trợ, phục vụ theo quy định tại ⟦n1:LEGAL_REF|Nghị định số 111/2022/NĐ-CP⟧ ⟦n1d:DATE|ngày 30/12/2022⟧ của ⟦n1o:ORG|Chính phủ⟧ về hợp đồng đối với một số loại công việc trong cơ quan hành chính và đơn vị sự nghiệp. Định mức phân bổ theo tiêu chí số lượng đối tượng lao động hợp đồng thực hiện công việc hỗ trợ, phục vụ được cấp có thẩm quyền giao, phê duyệt, là cơ sở để xác định dự toán kinh phí thực hiện chế độ tự chủ, tự chịu trách nhiệm về sử dụng biên chế và kinh phí quản lý hành chính đối với các cơ quan nhà nước theo quy định của pháp luật.

1.3. Định mức phân bổ dự toán chi sử dụng phương tiện phục vụ công tác chung của các cơ quan đơn vị là ⟦MONEY|140.000.000 đồng⟧/năm/xe ô tô.

Định mức phân bổ nêu trên bao gồm các khoản chi phí sử dụng xe phục vụ công tác chung bao gồm: xăng xe; bảo hiểm; sửa chữa, bảo dưỡng; chi phí khác phục vụ công tác sử dụng phương tiện. Định mức phân bổ theo tiêu chí số lượng xe theo tiêu chuẩn, định mức sử dụng xe phục vụ công tác chung được cấp có thẩm quyền phê duyệt (không bao gồm xe phục vụ công tác chung của các cơ quan được giao thực hiện nhiệm vụ đặc thù theo quy định tại khoản 5 Điều 8 ⟦n2:LEGAL_REF|Nghị định số 72/2023/NĐ-CP⟧ ⟦n2d:DATE|ngày 26/9/2023⟧ của ⟦n2o:ORG|Chính phủ⟧ quy định tiêu chuẩn, định mức sử dụng xe ô tô), là cơ sở để xác định dự toán kinh phí thực hiện chế độ tự chủ, tự chịu trách nhiệm về sử dụng biên chế và kinh phí quản lý hành chính đối với các cơ quan nhà nước theo quy định của pháp luật.

2. Định mức phân bổ dự toán chi các lĩnh vực sự nghiệp

Thực hiện phân bổ chi thường xuyên ngân sách nhà nước hằng năm cho các lĩnh vực sự nghiệp căn cứ chức năng, nhiệm vụ được giao, nhiệm vụ chi của ngân sách cấp Thành phố theo phân cấp, các chương trình, đề án, kế hoạch được cấp có thẩm quyền phê duyệt, trên cơ sở định hướng đổi mới đơn vị sự nghiệp công lập theo ⟦n3:LEGAL_REF|Nghị quyết số 19-NQ/TW⟧ ⟦n3d:DATE|ngày 25/10/2017⟧ của ⟦n3o:ORG|Ban Chấp hành Trung ương Đảng khóa XII⟧ về việc tiếp tục đổi mới hệ thống tổ chức và quản lý, nâng cao chất lượng và hiệu quả hoạt động của các đơn vị sự nghiệp công lập; ⟦k1:LEGAL_REF|Kế hoạch số 130/KH-BCĐTKNQ18⟧ ⟦k1d:DATE|ngày 21/09/2025⟧ của ⟦k1o:ORG|Ban Chỉ đạo⟧ về tổng kết thực hiện ⟦n4:LEGAL_REF|Nghị quyết số 18-NQ/TW⟧ của ⟦n4o:ORG|Chính phủ⟧ về sắp xếp đơn vị sự nghiệp công lập, doanh nghiệp nhà nước, tổ chức bên trong hệ thống hành chính nhà nước và các văn bản hướng dẫn về cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập và các quy định của pháp luật về việc giao nhiệm vụ, đặt hàng, đấu thầu cung cấp sản phẩm dịch vụ sự nghiệp công.

- Đơn vị sự nghiệp công lập do ngân sách Nhà nước bảo đảm chi thường xuyên: Được vận dụng nguyên tắc, tiêu chí, định mức phân bổ như đối với đơn vị dự toán trực thuộc đơn vị dự toán cấp I (cơ quan hành chính) lĩnh vực chi quản lý nhà nước, Đảng, đoàn thể.

- Chi mua sắm, sửa chữa, cải tạo, nâng cấp tài sản, trang máy móc, thiết bị phục vụ hoạt động chung và máy móc, thiết bị chuyên dùng: Dự toán được xác định trên cơ sở tiêu chuẩn định mức, chế độ quản lý, sử dụng tài sản công hiện hành, nhu cầu thực tế của đơn vị và khả năng cân đối ngân sách.

- Chi bảo dưỡng, sửa chữa và sửa chữa, cải tạo, nâng cấp, mở rộng, xây dựng mới hạng mục công trình trong các dự án đã đầu tư xây dựng: Phân bổ theo quy định của pháp luật về lập dự toán, quản lý, sử dụng kinh phí bảo dưỡng, sửa chữa tài sản công và quản lý, sử dụng kinh phí sửa chữa, cải tạo, nâng cấp, mở rộng, xây dựng mới hạng mục công trình trong các dự án đã đầu tư xây dựng và khả năng cân đối của ngân sách.

3. Chi quốc phòng

Hàng năm, căn cứ vào nhiệm vụ quốc phòng của Thành phố, chế độ, chính sách chi và khả năng cân đối ngân sách, ⟦ORG|UBND Thành phố⟧ xác định mức phân bổ hợp lý phù hợp, trình ⟦ORG|HĐND Thành phố⟧ quyết định.

=====RELATIONS=====
n1 issued_on n1d
n1 issued_by n1o
n2 issued_on n2d
n2 issued_by n2o
n3 issued_on n3d
n3 issued_by n3o
k1 issued_on k1d
k1 issued_by k1o
n4 issued_by n4o
