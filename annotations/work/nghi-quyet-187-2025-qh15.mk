doc: tnt305-tvpl__nghi-quyet-187-2025-qh15
source: ../shared/corpus/raw/tnt305-tvpl__nghi-quyet-187-2025-qh15.txt
span: 12 3285
=====TEXT=====
Về chủ trương đầu tư ⟦PROJECT|Dự án đầu tư xây dựng tuyến đường sắt Lào Cai - Hà Nội - Hải Phòng⟧

⟦ORG|QUỐC HỘI⟧

Căn cứ ⟦LEGAL_REF|Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam⟧;

Căn cứ ⟦LEGAL_REF|Luật Đường sắt số 06/2017/QH14⟧ đã được sửa đổi, bổ sung một số điều theo ⟦LEGAL_REF|Luật số 35/2018/QH14⟧ và ⟦LEGAL_REF|Luật số 16/2023/QH15⟧;

Căn cứ ⟦LEGAL_REF|Luật Đầu tư công số 58/2024/QH15⟧;

Căn cứ ⟦n1:LEGAL_REF|Nghị quyết số 158/2024/QH15⟧ ⟦n1d:DATE|ngày 12 tháng 11 năm 2024⟧ của ⟦n1o:ORG|Quốc hội⟧ về Kế hoạch phát triển kinh tế - xã hội ⟦DATE|năm 2025⟧;

Sau khi xem xét ⟦t1:LEGAL_REF|Tờ trình số 69/TTr-CP⟧ ⟦t1d:DATE|ngày 08 tháng 02 năm 2025⟧ của ⟦t1o:ORG|Chính phủ⟧, ⟦b1:LEGAL_REF|Báo cáo thẩm tra số 3526/BC-UBKT15⟧ ⟦b1d:DATE|ngày 11 tháng 02 năm 2025⟧ của ⟦b1o:ORG|Ủy ban Kinh tế của Quốc hội⟧, ⟦b2:LEGAL_REF|Báo cáo số 1193/BC-UBTVQH15⟧ ⟦b2d:DATE|ngày 18 tháng 02 năm 2025⟧ của ⟦b2o:ORG|Ủy ban Thường vụ Quốc hội⟧ tiếp thu, chỉnh lý và giải trình về chủ trương đầu tư ⟦PROJECT|Dự án đầu tư xây dựng tuyến đường sắt Lào Cai - Hà Nội - Hải Phòng⟧, tài liệu liên quan và ý kiến của đại biểu ⟦ORG|Quốc hội⟧;

QUYẾT NGHỊ:

Điều 1

Quyết định chủ trương đầu tư ⟦PROJECT|Dự án đầu tư xây dựng tuyến đường sắt Lào Cai - Hà Nội - Hải Phòng⟧ (sau đây gọi là Dự án).

Điều 2

1. Mục tiêu:

Xây dựng tuyến đường sắt mới hiện đại, đồng bộ nhằm đáp ứng nhu cầu vận tải nội địa, liên vận quốc tế giữa ⟦LOCATION|Việt Nam⟧ và ⟦LOCATION|Trung Quốc⟧; tạo động lực quan trọng cho phát triển kinh tế - xã hội nhanh và bền vững, phát huy lợi thế trên ⟦LOCATION|hành lang kinh tế Lào Cai - Hà Nội - Hải Phòng⟧, bảo đảm kết nối hiệu quả các mạng lưới đường sắt trong nước và quốc tế, gắn với bảo đảm quốc phòng, an ninh và hội nhập quốc tế, bảo vệ môi trường, ứng phó với biến đổi khí hậu; thúc đẩy tiến trình công nghiệp hoá, hiện đại hoá đất nước; góp phần hiện thực hóa mục tiêu, nhiệm vụ theo Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII và các Nghị quyết của Đảng.

2. Phạm vi, quy mô, hình thức đầu tư:

a) Phạm vi: điểm đầu tại vị trí nối ray qua biên giới (⟦ADMIN_UNIT|tỉnh Lào Cai⟧), điểm cuối tại ⟦g1:LOCATION|ga Lạch Huyện⟧ (⟦g1a:ADMIN_UNIT|thành phố Hải Phòng⟧); chiều dài tuyến chính khoảng 390,9 km; chiều dài các tuyến nhánh khoảng 27,9 km; đi qua địa phận 09 tỉnh, thành phố trực thuộc trung ương gồm: ⟦ADMIN_UNIT|Lào Cai⟧, ⟦ADMIN_UNIT|Yên Bái⟧, ⟦ADMIN_UNIT|Phú Thọ⟧, ⟦ADMIN_UNIT|Vĩnh Phúc⟧, ⟦ADMIN_UNIT|Hà Nội⟧, ⟦ADMIN_UNIT|Bắc Ninh⟧, ⟦ADMIN_UNIT|Hưng Yên⟧, ⟦ADMIN_UNIT|Hải Dương⟧ và ⟦ADMIN_UNIT|Hải Phòng⟧;

b) Quy mô: đầu tư mới toàn tuyến đường đơn, khổ 1.435 mm; vận chuyển chung hành khách, hàng hóa; tốc độ thiết kế 160 km/h đối với tuyến chính đoạn từ ⟦LOCATION|ga Lào Cai mới⟧ đến ⟦LOCATION|ga Nam Hải Phòng⟧, tốc độ thiết kế 120 km/h đối với đoạn qua khu vực đầu mối ⟦ADMIN_UNIT|thành phố Hà Nội⟧, tốc độ thiết kế 80 km/h đối với các đoạn tuyến còn lại;

c) Hình thức đầu tư: đầu tư công.

3. Công nghệ: áp dụng công nghệ đường sắt chạy trên ray, điện khí hóa; bảo đảm hiện đại, đồng bộ, an toàn và hiệu quả.

4. Phạm vi thu hồi đất, sơ bộ tổng nhu cầu sử dụng đất và số dân tái định cư:

a) Phạm vi thu hồi đất: thực hiện thu hồi đất theo quy mô quy hoạch (đường đôi đối với tuyến chính đoạn từ ⟦LOCATION|ga Lào Cai mới⟧ đến ⟦LOCATION|ga Nam Hải Phòng⟧ và đường đơn đối với các đoạn tuyến còn lại).

Sơ bộ tổng nhu cầu sử dụng đất khoảng ⟦AREA|2.632 ha⟧, gồm: đất trồng lúa khoảng ⟦AREA|716 ha⟧ (trong đó đất trồng lúa nước từ hai vụ trở lên khoảng ⟦AREA|709 ha⟧), đất lâm nghiệp khoảng ⟦AREA|878 ha⟧, các loại đất khác theo quy định của pháp luật về đất đai khoảng ⟦AREA|1.038 ha⟧;

b) Sơ bộ số dân tái định cư khoảng 19.136 người.

5. Sơ bộ tổng mức đầu tư và nguồn vốn:

a) Sơ bộ tổng mức đầu tư của Dự án là ⟦MONEY|203.231 tỷ đồng⟧ (⟦MONEY|hai trăm linh ba nghìn, hai trăm ba mươi mốt tỷ đồng⟧);
=====RELATIONS=====
n1 issued_on n1d
n1 issued_by n1o
t1 issued_on t1d
t1 issued_by t1o
b1 issued_on b1d
b1 issued_by b1o
b2 issued_on b2d
b2 issued_by b2o
g1 located_in g1a
