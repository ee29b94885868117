doc: tnt305-tvpl__nghi-quyet-35-2025-nq-hdnd-hue
source: ../shared/corpus/raw/tnt305-tvpl__nghi-quyet-35-2025-nq-hdnd-hue.txt
span: 4713 9432
=====TEXT=====

2. Sửa đổi, bổ sung Điều 7 như sau:

“Điều 7. Dự án 2: Quy hoạch, sắp xếp, bố trí, ổn định dân cư ở những nơi cần thiết

1. Đối tượng hỗ trợ

Theo điểm b khoản 1 phần II Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi ⟦DATE|giai đoạn 2021 - 2030⟧, giai đoạn I: Từ ⟦DATE|năm 2021⟧ đến ⟦DATE|năm 2025⟧ ban hành kèm theo ⟦LEGAL_REF|Quyết định số 920/QĐ-TTg⟧.

2. Nội dung hỗ trợ

Theo điểm c khoản 1 phần II Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi ⟦DATE|giai đoạn 2021 - 2030⟧, giai đoạn I: Từ ⟦DATE|năm 2021⟧ đến ⟦DATE|năm 2025⟧ ban hành kèm theo ⟦LEGAL_REF|Quyết định số 920/QĐ-TTg⟧.

3. Cách tính điểm cho các địa phương làm cơ sở phân bổ vốn ngân sách trung ương theo Phụ lục II kèm theo Nghị quyết này.”.

3. Sửa đổi, bổ sung Điều 8 như sau:

“Điều 8. Dự án 3: Phát triển sản xuất nông, lâm nghiệp bền vững, phát huy tiềm năng, thế mạnh của các vùng miền để sản xuất hàng hóa theo chuỗi giá trị

1. Tiểu dự án 1: Phát triển kinh tế nông, lâm nghiệp bền vững gắn với bảo vệ rừng và nâng cao thu nhập cho người dân

a) Đối tượng và nội dung hỗ trợ

Theo điểm a khoản 2 phần II Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi ⟦DATE|giai đoạn 2021 - 2030⟧, giai đoạn I: Từ ⟦DATE|năm 2021⟧ đến ⟦DATE|năm 2025⟧ ban hành kèm theo ⟦LEGAL_REF|Quyết định số 920/QĐ-TTg⟧.

b) Cách tính điểm cho các xã, phường làm cơ sở phân bổ vốn ngân sách trung ương theo Phụ lục III kèm theo Nghị quyết này.

2. Tiểu dự án 2: Hỗ trợ phát triển sản xuất theo chuỗi giá trị, vùng trồng dược liệu quý, thúc đẩy khởi sự kinh doanh, khởi nghiệp và thu hút đầu tư vùng đồng bào dân tộc thiểu số và miền núi

a) Đối tượng và nội dung hỗ trợ

Theo điểm b khoản 2 phần II Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi ⟦DATE|giai đoạn 2021 - 2030⟧, giai đoạn I: Từ ⟦DATE|năm 2021⟧ đến ⟦DATE|năm 2025⟧ ban hành kèm theo ⟦LEGAL_REF|Quyết định số 920/QĐ-TTg⟧.

b) Định mức phân bổ vốn ngân sách trung ương hỗ trợ cho các Sở, ban, ngành thành phố và tính điểm cho các địa phương làm cơ sở phân bổ vốn ngân sách trung ương theo Phụ lục III kèm theo Nghị quyết này.”.

4. Sửa đổi, bổ sung Điều 9 như sau:

“Điều 9. Dự án 4: Đầu tư cơ sở hạ tầng thiết yếu, phục vụ sản xuất, đời sống trong vùng đồng bào dân tộc thiểu số và miền núi và các đơn vị sự nghiệp công lập của lĩnh vực dân tộc - Tiểu dự án 1: Đầu tư cơ sở hạ tầng thiết yếu, phục vụ sản xuất, đời sống trong vùng đồng bào dân tộc thiểu số và miền núi

1. Phạm vi và nội dung hỗ trợ

Theo điểm a khoản 3 phần II Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi ⟦DATE|giai đoạn 2021 - 2030⟧, giai đoạn I: Từ ⟦DATE|năm 2021⟧ đến ⟦DATE|năm 2025⟧ ban hành kèm theo ⟦LEGAL_REF|Quyết định số 920/QĐ-TTg⟧.

2. Cách tính điểm cho các địa phương làm cơ sở phân bổ vốn ngân sách trung ương theo Phụ lục IV kèm theo Nghị quyết này.”.

5. Sửa đổi, bổ sung Điều 10 như sau:

“Điều 10. Dự án 5: Phát triển giáo dục đào tạo nâng cao chất lượng nguồn nhân lực

1. Tiểu dự án 1: Đổi mới hoạt động, củng cố phát triển các trường phổ thông dân tộc nội trú, trường phổ thông dân tộc bán trú, trường phổ thông có học sinh ở bán trú và xóa mù chữ cho người dân vùng đồng bào dân tộc thiểu số

a) Đối tượng và nội dung hỗ trợ

Theo điểm a khoản 4 phần II Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi ⟦DATE|giai đoạn 2021 - 2030⟧, giai đoạn I: Từ ⟦DATE|năm 2021⟧ đến ⟦DATE|năm 2025⟧ ban hành kèm theo ⟦LEGAL_REF|Quyết định số 920/QĐ-TTg⟧.

b) Định mức phân bổ vốn ngân sách trung ương hỗ trợ cho các Sở, ban, ngành thành phố, các xã và tính điểm cho các xã làm cơ sở phân bổ vốn ngân sách trung ương theo khoản 1 Phụ lục V kèm theo Nghị quyết này.

2. Tiểu dự án 2: Bồi dưỡng kiến thức dân tộc; đào tạo dự bị đại học, đại học và sau đại học đáp ứng nhu cầu nhân lực cho vùng đồng bào dân tộc thiểu số và miền núi

a) Đối tượng và nội dung hỗ trợ

Theo điểm b khoản 4 phần II Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi ⟦DATE|giai đoạn 2021 - 2030⟧, giai đoạn I: Từ ⟦DATE|năm 2021⟧ đến ⟦DATE|năm 2025⟧ ban hành kèm theo ⟦LEGAL_REF|Quyết định số 920/QĐ-TTg⟧.

b) Định mức phân bổ vốn ngân sách trung ương hỗ trợ cho các Sở, ban, ngành thành phố và tính điểm cho các xã làm cơ sở phân bổ vốn ngân sách trung ương theo khoản 2 Phụ lục V kèm theo Nghị quyết này.

3. Tiểu dự án 3: Dự án phát triển giáo dục nghề nghiệp và giải quyết việc làm cho người lao động vùng dân tộc thiểu số và miền núi

a) Đối tượng và nội dung hỗ trợ

Theo điểm c khoản 4 phần II Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi ⟦DATE|giai đoạn 2021 - 2030⟧, giai đoạn I: Từ ⟦DATE|năm 2021⟧ đến ⟦DATE|năm 2025⟧ ban hành kèm theo ⟦LEGAL_REF|Quyết định số 920/QĐ-TTg⟧.

=====RELATIONS=====
