doc: tnt305-tvpl__nghi-quyet-48-2025-nq-hdnd-ha-noi
source: ../shared/corpus/raw/tnt305-tvpl__nghi-quyet-48-2025-nq-hdnd-ha-noi.txt
span: 5909 9123
=====TEXT=====
2.1. Thu nội địa (Dự kiến kế hoạch Thành phố giao ⟦DATE|năm 2026⟧):

- Dự kiến cả nước ⟦DATE|năm 2026⟧: ⟦MONEY|2.000.000 tỷ đồng⟧ - Đến ⟦MONEY|5.000 tỷ đồng⟧ được 4 điểm - Trên ⟦MONEY|5.000 tỷ đồng⟧ đến ⟦MONEY|40.000 tỷ đồng⟧ thêm 3 điểm - Trên ⟦MONEY|40.000 tỷ đồng⟧ đến ⟦MONEY|80.000 tỷ đồng⟧ thêm 2 điểm - Trên ⟦MONEY|80.000 tỷ đồng⟧ đến ⟦MONEY|100.000 tỷ đồng⟧ thêm 1 điểm - Trên ⟦MONEY|100.000 tỷ đồng⟧ thêm 0,5 điểm | - ⟦ADMIN_UNIT|Thành phố Hà Nội⟧ ⟦MONEY|209.929 tỷ đồng⟧ - Số thu nội địa khởi đầu tính điểm sẽ là: D = (209.929 x 5.000)/712.200 = ⟦MONEY|524,8 tỷ đồng⟧ (lấy tròn ⟦MONEY|525 tỷ đồng⟧). Tức là:
- Đến ⟦MONEY|525 tỷ đồng⟧ được 4 điểm - Trên ⟦MONEY|525 tỷ⟧ đến ⟦MONEY|4.200 tỷ đồng⟧ thêm 3 điểm - Trên ⟦MONEY|4.200 tỷ đồng⟧ đến ⟦MONEY|8.400 tỷ đồng⟧ thêm 2 điểm - Trên ⟦MONEY|8.400 tỷ đồng⟧ đến ⟦MONEY|10.500 tỷ đồng⟧ thêm 1 điểm - Trên ⟦MONEY|10.500 tỷ đồng⟧ thêm 0,5 điểm Số liệu tính điểm để tính định mức là số dự kiến kế hoạch Thành phố giao ⟦DATE|năm 2026⟧ trên cơ Sở thông tin báo cáo của ⟦ORG|Thuế thành phố Hà Nội⟧.

3. Tiêu chí diện tích

3.1. Diện tích đất tự nhiên

- Cả nước ⟦AREA|331.338 km2⟧ | - ⟦ADMIN_UNIT|Hà Nội⟧ ⟦AREA|3.359 km2⟧.
- Diện tích khởi đầu tính điểm sẽ là:
F = (3.359 x 2.000)/331.338 = ⟦AREA|20 km2⟧. Tức là:

- Đến ⟦AREA|2.000 km2⟧ được 8 điểm - Trên ⟦AREA|2.000 km2⟧ đến ⟦AREA|5.000 km2⟧, cứ ⟦AREA|1.000 km2⟧ tăng thêm được tính thêm 4 điểm - Trên ⟦AREA|5.000 km2⟧ đến ⟦AREA|10.000 km2⟧, cứ ⟦AREA|1.000 km2⟧ tăng thêm được tính thêm 2 điểm - Trên ⟦AREA|10.000 km2⟧, cứ ⟦AREA|1.000 km2⟧ tăng thêm được tính thêm 0,5 điểm | - Đến ⟦AREA|20 km2⟧ được 8 điểm - Trên ⟦AREA|20 km2⟧ đến ⟦AREA|50 km2⟧, từ 0 đến ⟦AREA|20 km2⟧ được tính 8 điểm, còn lại cứ ⟦AREA|10 km2⟧ tăng thêm được tính thêm 4 điểm -Trên ⟦AREA|50 km2⟧ đến ⟦AREA|100 km2⟧, từ 0 đến ⟦AREA|50 km2⟧ được tính 20 điểm, còn lại cứ ⟦AREA|10 km2⟧ tăng thêm được tính thêm 2 điểm - Trên ⟦AREA|100 km2⟧, từ 0 đến ⟦AREA|100 km2⟧ được tính 30 điểm, còn lại cứ ⟦AREA|10 km2⟧ tăng thêm được tính thêm 0,5 điểm Số liệu tính điểm để tính định mức là số liệu của ⟦ORG|Thống kê Thành phố⟧ cung cấp.

3.2. Tỷ lệ rừng của các địa phương

- Đến ⟦PERCENT|10%⟧ tính là 0,5 điểm - Từ trên ⟦PERCENT|10%⟧ đến ⟦PERCENT|50%⟧, được tính 1 điểm - Trên ⟦PERCENT|50%⟧ trở lên được tính 2 điểm | Tính theo trung ương - Đến ⟦PERCENT|10%⟧ tính là 0,5 điểm - Từ trên ⟦PERCENT|10%⟧ đến ⟦PERCENT|50%⟧ được tính 1 điểm - Trên ⟦PERCENT|50%⟧ trở lên được tính 2 điểm Số liệu tính điểm để tính định mức là số liệu báo cáo của ⟦ORG|Sở Nông nghiệp và Môi trường⟧ cung cấp.

II. Tiêu chí bổ sung

(1) Mật độ dân số trên địa bàn: Nguồn số liệu trên cơ sở số liệu dân số và diện tích tự nhiên do ⟦ORG|Thống kê thành phố Hà Nội⟧ cung cấp.

(2) Số trường công lập do cấp xã quản lý chưa đạt chuẩn quốc gia: Nguồn số liệu do ⟦ORG|Sở Giáo dục và đào tạo⟧ cung cấp.

(3) Số di tích do cấp xã quản lý: Nguồn số liệu do ⟦ORG|Sở Văn hóa và Thể thao⟧ cung cấp.

(4) Hệ thống các công trình đê điều, thủy lợi do cấp xã quản lý: Nguồn số liệu do ⟦ORG|Sở Nông nghiệp và Môi trường⟧ cung cấp.

(5) Số km đường giao thông do cấp xã quản lý: Nguồn số liệu do ⟦ORG|Sở Xây dựng⟧ cung cấp và báo cáo của các xã, phường.

(6) Khu vực chịu tác động của công trình quốc phòng và khu vực quân sự nhóm đặc biệt: Nguồn số liệu do ⟦ORG|Bộ Tư lệnh Thủ đô⟧ cung cấp.

(7) Vùng chịu tác động lớn của thiên tai, biến đổi khí hậu: Nguồn số liệu do ⟦ORG|Sở Nông nghiệp và Môi trường⟧ cung cấp và báo cáo của các xã, phường.

III. Cách tính điểm và phân bổ vốn đầu tư phân cấp cho các xã, phường

- Đối với tiêu chí chính: Việc tính toán sẽ áp dụng theo cách tính được quy định tại ⟦r1:LEGAL_REF|Quyết định số 26/2020/QĐ-TTg⟧ ⟦d1:DATE|ngày 14/9/2020⟧ của ⟦o1:ORG|Thủ tướng Chính phủ⟧ và quy đổi theo số liệu của ⟦ADMIN_UNIT|thành phố Hà Nội⟧.
=====RELATIONS=====
r1 issued_on d1
r1 issued_by o1
