doc: tnt305-tvpl__quyet-dinh-1521-qd-ubnd-bac-ninh-2025
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-1521-qd-ubnd-bac-ninh-2025.txt
span: 42405 47324
=====TEXT=====

Giáo dục nghề nghiệp | ⟦a1:LEGAL_REF|431/QĐ-UBND⟧ ⟦a1d:DATE|ngày 23/3/2025⟧ của Chủ tịch ⟦a1o:ORG|UBND tỉnh Bắc Giang⟧ Công bố thủ tục hành chính mới ban hành trong lĩnh vực giáo dục nghề nghiệp | ⟦a2:LEGAL_REF|Nghị quyết số 13/2025/NQ- HĐND⟧ ⟦a2d:DATE|ngày 19/02/2025⟧ của ⟦a2o:ORG|HĐND tỉnh Bắc Giang⟧ ban hành quy định một số chính sách thu hút, hỗ trợ đào tạo nguồn nhân lực ⟦ADMIN_UNIT|tỉnh Bắc Giang⟧, ⟦DATE|giai đoạn 2025-2030⟧ | Chỉ áp dụng trên địa bàn ⟦ADMIN_UNIT|tỉnh Bắc Giang⟧ (cũ)

62 | Chính sách hỗ trợ chi phí đào tạo, bồi dưỡng nghiệp vụ sư phạm, đánh giá kỹ năng nghề quốc gia cho nhà giáo giáo dục nghề nghiệp

Giáo dục nghề nghiệp | ⟦b1:LEGAL_REF|650/QĐ-UBND⟧ ⟦b1d:DATE|ngày 04/5/2025⟧ của Chủ tịch ⟦b1o:ORG|UBND tỉnh Bắc Giang⟧ công bố thủ tục hành chính được thay thế trong lĩnh vực Giáo dục nghề nghiệp thuộc phạm vi, chức năng quản lý nhà nước của ⟦ORG|Sở Giáo dục và Đào tạo tỉnh Bắc Giang⟧ | - ⟦b2:LEGAL_REF|Nghị quyết số 61/2021/NQ- HĐND⟧ ⟦b2d:DATE|ngày 10/12/2021⟧ của ⟦b2o:ORG|HĐND tỉnh Bắc Giang⟧ về Quy định một số chính sách hỗ trợ giáo dục nghề nghiệp trên địa bàn ⟦ADMIN_UNIT|tỉnh Bắc Giang⟧ ⟦DATE|giai đoạn 2021-2025⟧ - ⟦b3:LEGAL_REF|Nghị quyết số 43/2023/NQ- HĐND⟧ ⟦b3d:DATE|ngày 14/7/2023⟧ của ⟦b3o:ORG|HĐND tỉnh Bắc Giang⟧ về sửa đổi khoản 1, Điều 1 ⟦b4:LEGAL_REF|Nghị quyết số 17/2019/NQ-HĐND⟧ ⟦b4d:DATE|ngày 11 tháng 7 năm 2019⟧ của ⟦b4o:ORG|HĐND tỉnh⟧ quy định chính sách hỗ trợ chi phí hoả táng trên địa bàn ⟦ADMIN_UNIT|tỉnh Bắc Giang⟧; một số điều và Phụ lục của ⟦b5:LEGAL_REF|Nghị quyết số 61/2021/NQ-HĐND⟧ ⟦b5d:DATE|ngày 10 tháng 12 năm 2021⟧ của của ⟦b5o:ORG|HĐND tỉnh⟧ quy định một số chính sách hỗ trợ giáo dục nghề nghiệp trên địa bàn ⟦ADMIN_UNIT|tỉnh Bắc Giang⟧ ⟦DATE|giai đoạn 2021 - 2025⟧ | Chỉ áp dụng trên địa bàn ⟦ADMIN_UNIT|tỉnh Bắc Giang⟧ (cũ)

63 | Chính sách hỗ trợ chi phí học tập cho học sinh, sinh viên học trình độ trung cấp, trình độ cao đẳng tại các cơ sở giáo dục nghề nghiệp trên địa bàn ⟦ADMIN_UNIT|tỉnh Bắc Giang⟧

Giáo dục nghề nghiệp | ⟦c1:LEGAL_REF|650/QĐ-UBND⟧ ⟦c1d:DATE|ngày 04/5/2025⟧ của Chủ tịch ⟦c1o:ORG|UBND tỉnh Bắc Giang⟧ công bố thủ tục hành chính được thay thế trong lĩnh vực Giáo dục nghề nghiệp thuộc phạm vi, chức năng quản lý nhà nước của ⟦ORG|Sở Giáo dục và Đào tạo tỉnh Bắc Giang⟧ | - ⟦c2:LEGAL_REF|Nghị quyết số 61/2021/NQ- HĐND⟧ ⟦c2d:DATE|ngày 10/12/2021⟧ của ⟦c2o:ORG|HĐND tỉnh Bắc Giang⟧ về Quy định một số chính sách hỗ trợ giáo dục nghề nghiệp trên địa bàn ⟦ADMIN_UNIT|tỉnh Bắc Giang⟧ ⟦DATE|giai đoạn 2021-2025⟧ - ⟦c3:LEGAL_REF|Nghị quyết số 43/2023/NQ-HĐND⟧ ⟦c3d:DATE|ngày 14/7/2023⟧ của ⟦c3o:ORG|HĐND tỉnh Bắc Giang⟧ về sửa đổi khoản 1, Điều 1 ⟦c4:LEGAL_REF|Nghị quyết số 17/2019/NQ-HĐND⟧ ⟦c4d:DATE|ngày 11 tháng 7 năm 2019⟧ của ⟦c4o:ORG|Hội đồng nhân dân tỉnh⟧ quy định chính sách hỗ trợ chi phí hoả táng trên địa bàn ⟦ADMIN_UNIT|tỉnh Bắc Giang⟧; một số điều và Phụ lục của ⟦c5:LEGAL_REF|Nghị quyết số 61/2021/NQ-HĐND⟧ ⟦c5d:DATE|ngày 10 tháng 12 năm 2021⟧ của của ⟦c5o:ORG|Hội đồng nhân dân tỉnh⟧ quy định một số chính sách hỗ trợ giáo dục nghề nghiệp trên địa bàn ⟦ADMIN_UNIT|tỉnh Bắc Giang⟧ ⟦DATE|giai đoạn 2021 - 2025⟧ | Chỉ áp dụng trên địa bàn ⟦ADMIN_UNIT|tỉnh Bắc Giang⟧ (cũ)

VIII | TTHC thuộc phạm vi, chức năng quản lý của ⟦ORG|Sở Công Thương⟧

64 | Hỗ trợ kinh phí khuyến công

Khuyến công | ⟦d1:LEGAL_REF|Quyết định số 102/QĐ- UBND⟧ ⟦d1d:DATE|ngày 17/01/2020⟧ của Chủ tịch ⟦d1o:ORG|UBND tỉnh Bắc Giang⟧ Công bố Bộ thủ tục hành chính thuộc phạm vi chức năng quản lý của ⟦ORG|Sở Công Thương Bắc Giang⟧ | ⟦d2:LEGAL_REF|Quyết định số 734/2014/QĐ- UBND⟧ ⟦d2d:DATE|ngày 28/10/2014⟧ của ⟦d2o:ORG|UBND tỉnh Bắc Giang⟧ Ban hành Quy định quản lý và sử dụng kinh phí khuyến công ⟦ADMIN_UNIT|tỉnh Bắc Giang⟧. | Chỉ áp dụng trên địa bàn ⟦ADMIN_UNIT|tỉnh Bắc Giang⟧ (cũ)

65 | Cấp Giấy chứng nhận sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh

Khuyến công | ⟦e1:LEGAL_REF|Quyết định số 102/QĐ- UBND⟧ ⟦e1d:DATE|ngày 17/01/2020⟧ của Chủ tịch ⟦e1o:ORG|UBND tỉnh Bắc Giang⟧ Công bố Bộ thủ tục hành chính thuộc phạm vi chức năng quản lý của ⟦ORG|Sở Công Thương Bắc Giang⟧ | ⟦e2:LEGAL_REF|Quyết định số 734/2014/QĐ- UBND⟧ ⟦e2d:DATE|ngày 28/10/2014⟧ của ⟦e2o:ORG|UBND tỉnh Bắc Giang⟧ Ban hành Quy định quản lý và sử dụng kinh phí khuyến công ⟦ADMIN_UNIT|tỉnh Bắc Giang⟧. | Chỉ áp dụng trên địa bàn ⟦ADMIN_UNIT|tỉnh Bắc Giang⟧ (cũ)

66 | Quy trình hỗ trợ xây dựng và phát triển thương hiệu trên địa bàn ⟦ADMIN_UNIT|tỉnh Bắc Ninh⟧ | 1.011996 | Lĩnh vực khác | ⟦f1:LEGAL_REF|Quyết định số 2154/QĐ- UBND⟧ ⟦f1d:DATE|ngày 06/11/2023⟧ của Chủ tịch ⟦f1o:ORG|UBND tỉnh Bắc Ninh⟧ về việc công bố danh mục và nội dung thủ tục hành chính mới; bãi bỏ hỗ trợ xây dựng và phát triển thương hiệu cho doanh nghiệp trên địa bàn ⟦ADMIN_UNIT|tỉnh Bắc Ninh⟧ | - ⟦f2:LEGAL_REF|Nghị quyết số 14/2023/NQ- HĐND⟧ ⟦f2d:DATE|ngày 05/10/2023⟧ của ⟦f2o:ORG|HĐND tỉnh Bắc Ninh⟧ ban hành Quy định hỗ trợ xây dựng và phát triển thương hiệu cho các doanh nghiệp trên địa bàn ⟦ADMIN_UNIT|tỉnh Bắc Ninh⟧ đến ⟦DATE|năm 2030⟧ - ⟦f3:LEGAL_REF|Nghị quyết số 28/NQ-HĐND⟧ ⟦f3d:DATE|ngày 11/8/2025⟧ của ⟦f3o:ORG|HĐND tỉnh Bắc Ninh⟧ về việc áp dụng các Nghị quyết QPPL thuộc lĩnh vực công thương trên địa bàn ⟦ADMIN_UNIT|tỉnh Bắc Ninh⟧

67 | Quy trình hỗ trợ Doanh nghiệp đăng ký bảo hộ sáng chế, kiểu dáng công nghiệp, nhãn hiệu và công nhận giống cây trồng mới | 1.011997 | Lĩnh vực khác | ⟦g1:LEGAL_REF|Quyết định số 2154/QĐ- UBND⟧ ⟦g1d:DATE|ngày 06/11/2023⟧ của Chủ tịch ⟦g1o:ORG|UBND tỉnh Bắc Ninh⟧ về việc công bố danh mục và nội dung thủ tục hành chính mới; bãi bỏ hỗ trợ xây dựng và phát triển thương hiệu cho doanh nghiệp trên địa bàn ⟦ADMIN_UNIT|tỉnh Bắc Ninh⟧ | - ⟦g2:LEGAL_REF|Nghị quyết số 14/2023/NQ- HĐND⟧ ⟦g2d:DATE|ngày 05/10/2023⟧ của ⟦g2o:ORG|HĐND tỉnh Bắc Ninh⟧ ban hành Quy định hỗ trợ xây dựng và phát triển thương hiệu cho các doanh nghiệp trên địa bàn ⟦ADMIN_UNIT|tỉnh Bắc Ninh⟧ đến ⟦DATE|năm 2030⟧ - ⟦g3:LEGAL_REF|Nghị quyết số 28/NQ-HĐND⟧ ⟦g3d:DATE|ngày 11/8/2025⟧ của ⟦g3o:ORG|HĐND tỉnh Bắc Ninh⟧ về việc áp dụng các Nghị quyết QPPL thuộc lĩnh vực công thương trên địa bàn ⟦ADMIN_UNIT|tỉnh Bắc Ninh⟧

=====RELATIONS=====
a1 issued_on a1d
a1 issued_by a1o
a2 issued_on a2d
a2 issued_by a2o
b1 issued_on b1d
b1 issued_by b1o
b2 issued_on b2d
b2 issued_by b2o
b3 issued_on b3d
b3 issued_by b3o
b4 issued_on b4d
b4 issued_by b4o
b5 issued_on b5d
b5 issued_by b5o
c1 issued_on c1d
c1 issued_by c1o
c2 issued_on c2d
c2 issued_by c2o
c3 issued_on c3d
c3 issued_by c3o
c4 issued_on c4d
c4 issued_by c4o
c5 issued_on c5d
c5 issued_by c5o
d1 issued_on d1d
d1 issued_by d1o
d2 issued_on d2d
d2 issued_by d2o
e1 issued_on e1d
e1 issued_by e1o
e2 issued_on e2d
e2 issued_by e2o
f1 issued_on f1d
f1 issued_by f1o
f2 issued_on f2d
f2 issued_by f2o
f3 issued_on f3d
f3 issued_by f3o
g1 issued_on g1d
g1 issued_by g1o
g2 issued_on g2d
g2 issued_by g2o
g3 issued_on g3d
g3 issued_by g3o
