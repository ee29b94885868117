doc: tnt305-tvpl__nghi-quyet-71-2025-nq-hdnd-ha-noi
source: ../shared/corpus/raw/tnt305-tvpl__nghi-quyet-71-2025-nq-hdnd-ha-noi.txt
span: 438 4842
=====TEXT=====
Căn cứ ⟦LEGAL_REF|Luật Tổ chức chính quyền địa phương số 72/2025/QH15⟧;

Căn cứ ⟦LEGAL_REF|Luật Thủ đô số 39/2024/QH15⟧;

Căn cứ ⟦LEGAL_REF|Nghị quyết số 188/2025/QH15⟧;

Căn cứ ⟦LEGAL_REF|Luật Đường sắt số 95/2025/QH15⟧;

Căn cứ ⟦LEGAL_REF|Luật Quy hoạch đô thị và nông thôn số 47/2024/QH15⟧;

Xét đề nghị của ⟦t3:ORG|Ủy ban nhân dân Thành phố⟧ tại ⟦t1:LEGAL_REF|Tờ trình số 393/TTr-UBND⟧ ⟦t2:DATE|ngày 18 tháng 11 năm 2025⟧ về việc ban hành Nghị quyết quy định chi tiết về việc lập, thẩm định, phê duyệt, điều chỉnh quy hoạch khu vực TOD đối với đường sắt quốc gia, đường sắt địa phương và Phương án tuyến công trình, vị trí công trình, tổng mặt bằng tuyến đối với đường sắt địa phương (thực hiện Điều 31 ⟦LEGAL_REF|Luật Thủ đô 2024⟧; khoản 1 Điều 6 ⟦LEGAL_REF|Nghị quyết 188/2025/QH15⟧ và khoản 1 Điều 25 ⟦LEGAL_REF|Luật Đường sắt 2025⟧); ⟦t4:LEGAL_REF|Báo cáo thẩm tra số 116/BC-BĐT⟧ ⟦t5:DATE|ngày 24 tháng 11 năm 2025⟧ của ⟦t6:ORG|Ban Đô thị Hội đồng nhân dân Thành phố⟧; ⟦t7:LEGAL_REF|Văn bản giải trình số 6260/UBND-ĐT⟧ ⟦t8:DATE|ngày 25 tháng 11 năm 2025⟧ của ⟦t9:ORG|Ủy ban nhân dân Thành phố⟧; ý kiến thảo luận và kết quả biểu quyết của đại biểu ⟦ORG|Hội đồng nhân dân Thành phố⟧ tại kỳ họp;

⟦ORG|Hội đồng nhân dân⟧ ban hành Nghị quyết quy định chi tiết về việc lập, thẩm định, phê duyệt, điều chỉnh quy hoạch khu vực TOD đối với đường sắt quốc gia, đường sắt địa phương và phương án tuyến công trình, vị trí công trình, tổng mặt bằng tuyến đối với đường sắt địa phương.

Chương I

QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Quy định này quy định chi tiết khoản 1 Điều 6 ⟦LEGAL_REF|Nghị quyết số 188/2025/QH15⟧ và khoản 1 Điều 25 ⟦LEGAL_REF|Luật Đường sắt⟧ đối với các nội dung sau:

1. Việc lập, thẩm định, phê duyệt, điều chỉnh Quy hoạch khu vực TOD đối với đường sắt quốc gia, đường sắt địa phương, đường sắt đô thị trên địa bàn Thành phố.

2. Việc lập, thẩm định, phê duyệt, điều chỉnh Phương án tuyến công trình, vị trí công trình, tổng mặt bằng tuyến đối với đường sắt địa phương, đường sắt đô thị trên địa bàn Thành phố.

Điều 2. Đối tượng áp dụng

1. Các cơ quan, tổ chức, cá nhân tham gia việc lập, thẩm định, phê duyệt, điều chỉnh Quy hoạch khu vực TOD đối với đường sắt quốc gia, đường sắt địa phương, đường sắt đô thị trên địa bàn Thành phố và việc lập, thẩm định, phê duyệt, điều chỉnh Phương án tuyến công trình, vị trí công trình, tổng mặt bằng tuyến đối với đường sắt địa phương, đường sắt đô thị trên địa bàn Thành phố.

2. Các tổ chức, cá nhân trong nước, nước ngoài khác có liên quan.

Điều 3. Giải thích từ ngữ

Trong Quy định này, các từ ngữ dưới đây được hiểu như sau:

1. Đường sắt là đường sắt đô thị, đường sắt địa phương, đường sắt quốc gia trên địa bàn ⟦ADMIN_UNIT|thành phố Hà Nội⟧.

2. Phát triển đô thị theo định hướng giao thông công cộng (TOD) là giải pháp quy hoạch, cải tạo, chỉnh trang và phát triển đô thị, lấy nhà ga hoặc đề-pô có ga đường sắt làm điểm tập trung dân cư, kinh doanh dịch vụ thương mại, văn phòng trong khoảng cách đi bộ đến ga nhằm thu hút người dân sử dụng giao thông công cộng và nâng cao hiệu quả sử dụng đất, sức khoẻ cộng đồng, giảm phương tiện giao thông cơ giới cá nhân, giảm phát thải gây ô nhiễm môi trường, kết hợp với bảo tồn và phát huy giá trị văn hóa.

3. Khu vực TOD là khu vực bao gồm nhà ga, đề-pô có ga đường sắt và vùng phụ cận được xác định theo quy hoạch phân khu hoặc quy hoạch chi tiết có liên quan để xây dựng tuyến đường sắt kết hợp cải tạo, chỉnh trang đô thị, đầu tư phát triển đô thị.

4. Quy hoạch khu vực TOD là một loại hình quy hoạch đô thị và nông thôn, được phát triển chuyên biệt theo định hướng ưu tiên đi lại bằng giao thông công cộng cho khu vực bao gồm nhà ga hoặc đề-pô có ga đường sắt và vùng phụ cận để xây dựng tuyến đường sắt kết hợp đầu tư cải tạo, chỉnh trang đô thị, phát triển đô thị.

Quy hoạch khu vực TOD gồm quy hoạch phân khu khu vực TOD và quy hoạch chi tiết khu vực TOD.

5. Quy hoạch phân khu khu vực TOD là quy hoạch được lập ở cấp độ phân khu có tỷ lệ 1:2.000 đối với một tuyến, một đoạn tuyến đường sắt hoặc một nhà ga và vùng phụ cận các vị trí dự kiến đặt ga, đề-pô có ga đường sắt làm cơ sở để lựa chọn phương án tuyến công trình, vị trí công trình đường sắt và chuẩn bị đầu tư các dự án đầu tư phát triển đô thị, dự án đầu tư có sử dụng đất, dự án đầu tư xây dựng nhà ở trong khu vực TOD.

6. Quy hoạch chi tiết khu vực TOD là quy hoạch được lập ở cấp độ chi tiết có tỷ lệ 1:500 đối với từng nhà ga, đề-pô có ga đường sắt, khu đất, lô đất, hạ tầng kỹ thuật, công trình công cộng trong khu vực TOD, phục vụ triển khai dự án đầu tư phát triển đô thị, dự án đầu tư có sử dụng đất, dự án đầu tư xây dựng nhà ở trong khu vực TOD.
=====RELATIONS=====
t1 issued_on t2
t1 issued_by t3
t4 issued_on t5
t4 issued_by t6
t7 issued_on t8
t7 issued_by t9
