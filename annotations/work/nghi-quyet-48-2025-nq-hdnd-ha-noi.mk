doc: tnt305-tvpl__nghi-quyet-48-2025-nq-hdnd-ha-noi
source: ../shared/corpus/raw/tnt305-tvpl__nghi-quyet-48-2025-nq-hdnd-ha-noi.txt
span: 5909 9123
=====TEXT=====
2.1. Thu nội địa (Dự kiến kế hoạch Thành phố giao năm 2026):

- Dự kiến cả nước năm 2026: 2.000.000 tỷ đồng - Đến 5.000 tỷ đồng được 4 điểm - Trên 5.000 tỷ đồng đến 40.000 tỷ đồng thêm 3 điểm - Trên 40.000 tỷ đồng đến 80.000 tỷ đồng thêm 2 điểm - Trên 80.000 tỷ đồng đến 100.000 tỷ đồng thêm 1 điểm - Trên 100.000 tỷ đồng thêm 0,5 điểm | - Thành phố Hà Nội 209.929 tỷ đồng - Số thu nội địa khởi đầu tính điểm sẽ là: D = (209.929 x 5.000)/712.200 = 524,8 tỷ đồng (lấy tròn 525 tỷ đồng). Tức là:
- Đến 525 tỷ đồng được 4 điểm - Trên 525 tỷ đến 4.200 tỷ đồng thêm 3 điểm - Trên 4.200 tỷ đồng đến 8.400 tỷ đồng thêm 2 điểm - Trên 8.400 tỷ đồng đến 10.500 tỷ đồng thêm 1 điểm - Trên 10.500 tỷ đồng thêm 0,5 điểm Số liệu tính điểm để tính định mức là số dự kiến kế hoạch Thành phố giao năm 2026 trên cơ Sở thông tin báo cáo của Thuế thành phố Hà Nội.

3. Tiêu chí diện tích

3.1. Diện tích đất tự nhiên

- Cả nước 331.338 km2 | - Hà Nội 3.359 km2.
- Diện tích khởi đầu tính điểm sẽ là:
F = (3.359 x 2.000)/331.338 = 20 km2. Tức là:

- Đến 2.000 km2 được 8 điểm - Trên 2.000 km2 đến 5.000 km2, cứ 1.000 km2 tăng thêm được tính thêm 4 điểm - Trên 5.000 km2 đến 10.000 km2, cứ 1.000 km2 tăng thêm được tính thêm 2 điểm - Trên 10.000 km2, cứ 1.000 km2 tăng thêm được tính thêm 0,5 điểm | - Đến 20 km2 được 8 điểm - Trên 20 km2 đến 50 km2, từ 0 đến 20 km2 được tính 8 điểm, còn lại cứ 10 km2 tăng thêm được tính thêm 4 điểm -Trên 50 km2 đến 100 km2, từ 0 đến 50 km2 được tính 20 điểm, còn lại cứ 10 km2 tăng thêm được tính thêm 2 điểm - Trên 100 km2, từ 0 đến 100 km2 được tính 30 điểm, còn lại cứ 10 km2 tăng thêm được tính thêm 0,5 điểm Số liệu tính điểm để tính định mức là số liệu của Thống kê Thành phố cung cấp.

3.2. Tỷ lệ rừng của các địa phương

- Đến 10% tính là 0,5 điểm - Từ trên 10% đến 50%, được tính 1 điểm - Trên 50% trở lên được tính 2 điểm | Tính theo trung ương - Đến 10% tính là 0,5 điểm - Từ trên 10% đến 50% được tính 1 điểm - Trên 50% trở lên được tính 2 điểm Số liệu tính điểm để tính định mức là số liệu báo cáo của Sở Nông nghiệp và Môi trường cung cấp.

II. Tiêu chí bổ sung

(1) Mật độ dân số trên địa bàn: Nguồn số liệu trên cơ sở số liệu dân số và diện tích tự nhiên do Thống kê thành phố Hà Nội cung cấp.

(2) Số trường công lập do cấp xã quản lý chưa đạt chuẩn quốc gia: Nguồn số liệu do Sở Giáo dục và đào tạo cung cấp.

(3) Số di tích do cấp xã quản lý: Nguồn số liệu do Sở Văn hóa và Thể thao cung cấp.

(4) Hệ thống các công trình đê điều, thủy lợi do cấp xã quản lý: Nguồn số liệu do Sở Nông nghiệp và Môi trường cung cấp.

(5) Số km đường giao thông do cấp xã quản lý: Nguồn số liệu do Sở Xây dựng cung cấp và báo cáo của các xã, phường.

(6) Khu vực chịu tác động của công trình quốc phòng và khu vực quân sự nhóm đặc biệt: Nguồn số liệu do Bộ Tư lệnh Thủ đô cung cấp.

(7) Vùng chịu tác động lớn của thiên tai, biến đổi khí hậu: Nguồn số liệu do Sở Nông nghiệp và Môi trường cung cấp và báo cáo của các xã, phường.

III. Cách tính điểm và phân bổ vốn đầu tư phân cấp cho các xã, phường

- Đối với tiêu chí chính: Việc tính toán sẽ áp dụng theo cách tính được quy định tại Quyết định số 26/2020/QĐ-TTg ngày 14/9/2020 của Thủ tướng Chính phủ và quy đổi theo số liệu của thành phố Hà Nội.
=====RELATIONS=====
