doc: tnt305-tvpl__bai-viet-tvpl-du-an-nha-o-xa-hoi-tphcm-2025
source: ../shared/corpus/raw/tnt305-tvpl__bai-viet-tvpl-du-an-nha-o-xa-hoi-tphcm-2025.txt
span: 0 4312
=====TEXT=====
Danh sách các dự án nhà ở xã hội ở TPHCM cập nhật 2025 mới nhất? Giá thuê mua nhà ở xã hội từ 10/10/2025 ra sao?

Danh sách các dự án nhà ở xã hội ở TPHCM cập nhật 2025 mới nhất?

Thông tin tham khảo về danh sách các dự án nhà ở xã hội ở TPHCM cập nhật 2025 mới nhất dưới đây:

Ngày 10/10/2025, Chính phủ đã ban hành Nghị định 261/2025/NĐ-CP Sửa đổi, bổ sung một số điều của Nghị định 100/2024/NĐ-CP quy định chi tiết một số điều của Luật Nhà ở về phát triển và quản lý nhà ở xã hội và Nghị định 192/2025/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Nghị quyết 201/2025/QH15 thí điểm về một số cơ chế, chính sách đặc thù phát triển nhà ở xã hội.

Danh sách các dự án nhà ở xã hội ở TPHCM được cập nhật tại website

https://soxaydung.hochiminhcity.gov.vn/web/

Theo đó, tham khảo về danh sách các dự án nhà ở xã hội ở TPHCM cập nhật 2025 mới nhất dưới đây:

Danh sách các dự án nhà ở xã hội ở TPHCM cập nhật 2025 mới nhất

1 | Khu dân cư phía Bắc Rạch Bà Bướm, phường Phú Thuận, quận 7 | Công ty CP Địa ốc Sài Gòn Thương Tín Sacomreal

2 | Dự án 35 Hồ Học Lãm, Bình Tân | Qũy Phát triển nhà

3 | Dự án chung cư nhà ở xã hội Khu nhà ở Nam Phan tại P.Phú Hữu, Q.9 (Block A) | Công ty Cổ phần Đầu tư Nam Phan

4 | Dự án chung cư nhà ở xã hội Khu nhà ở Nam Phan tại P.Phú Hữu, Q.9 (Block B, C, D) | Công ty Cổ phần Đầu tư Nam Phan

5 | Dự án Khu nhà ở gia đình cán bộ lực lượng vũ trang Quân khu 7 tại phường Tân Chánh Hiệp, quận 12 | Công ty TNHH MTV Đông Hải

6 | Dự án chung cư cho người có thu nhập thấp khu dân cư Hạnh Phúc (Khối 1) | Tổng Công ty Xây dựng số 1

7 | Dự án NOXH tại số 102 đường Phan Văn Hớn, phường Tân Thới Nhất, quận 12 | Công ty Cổ phần Dịch vụ Nông nghiệp và Thương mại Thuận Kiều

8 | Dự án chung cư tại phường Trường Thọ, quận Thủ Đức | Công ty cổ phần Chương Dương

9 | Dự án NOXH Khu căn hộ CC1, đường Nguyễn Văn Dung, phường 6, quận Gò Vấp | Tổng Công ty Xây dựng số 1 TNHH Một thành viên

10 | Dự án nhà ở xã hội tại số 34/1A Quốc lộ 1A, phường Thới An, Quận 12 | Công ty TNHH Sợi Hạ Long

11 | 49/52 (số cũ 72B) Bình Thới Phường 14,Quận 11 | Công ty Cổ phần Địa ốc 11

12 | Dự án Khu nhà ở gia đình cán bộ lực lượng vũ trang Quân khu 7 tại phường Trung Mỹ Tây, quận 12 | Công ty TNHH MTV Sản xuất Thương mại Xuất nhập khẩu Tây Nam

13 | Khu dân cư Lê Thành | Công ty TNHH Thương mại Xây dựng Lê Thành

14 | Tổ hợp nhà ở - nhà ở xã hội Tân Bình tại đường Hoàng Bật Đạt, phường 15, quận Tân Bình | Công ty TNHH Đầu tư Bất động sản Tân Bình

15 | Dự án Khu nhà ở xã hội - Khu nhà ở thương mại tại khu đất Chợ Bình Phú cũ, phường 10, quận 6 | Công ty TNHH Quản lý Bất động sản Hoàng Phúc

16 | Dự án tại phường An Phú Đông, quận 12 | Công ty Cổ phần Địa ốc Sài Gòn

17 | Khu nhà ở Hưng Phát tại 2225 đường Phạm Thế Hiển, phường 6, quận 8 | Công ty TNHH 276 Ngọc Long

18 | Khu nhà ở xã hội Bình Trưng Đông | Công ty Cổ phần Tư vấn-Thương mại-Dịch vụ Địa ốc Hoàng Quân

19 | Dự án NOXH Phú Thọ DMC tại số 324 Lý Thường Kiệt, phường 14, quận 10 | Công ty Cổ phần Đức Mạnh

20 | Khu nhà ở xã hội giai đoạn 2 thuộc khu nhà ở Nguyên Sơn | Công ty cổ phần Bất động sản Nguyên Sơn

21 | Dự án khu dân cư tại xã Vĩnh Lộc A, huyện Bình Chánh | Công ty cổ phần địa ốc Sông Đà An Nhân

22 | Dự án nhà ở xã hội tại xã Long Thới, huyện Nhà Bè | Công ty Cổ phần Xây dựng và Kinh doanh Địa ốc Hòa Bình

23 | Dự án NOXH dành cho công nhân Khu công nghiệp Tân Bình, tại số phường Bình Hưng Hòa, quận Bình Tân | Công ty CP SX KD XNK DV và DT Tân Bình (Tanimex)

24 | Dự án nhà ở xã hội Nam Lý, tại số 91A đường Đỗ Xuân Hợp, phường Phước Bình, quận 9 | Công ty Cổ phần Địa ốc Thảo Điền

25 | Khu căn hộ chung cư cao tầng (dự án Natural Poem) là dự án phát triển nhà ở xã hội độc lập tại số Số 629, đường Kinh Dương Vương, phường An Lạc, Quận Bình Tân | Công ty TNHH Lee&Co Việt Nam

26 | Dự án nhà ở xã hội tại số 158, đường số 17, phường Linh Trung, quận Thủ Đức | Công ty TNHH Đầu tư Xây dựng Sáu Hai Tám

27 | Dự án nhà ở xã hội tại xã An Phú Tây, huyện Bình Chánh | Công ty Cổ phần Tư vấn-Thương mại-Dịch vụ Địa ốc Hoàng Quân

28 | Dự án xây dựng nhà ở xã hội Hoàng Nam tại đường Lê Cơ, phường An Lạc, quận Bình Tân | Công ty TNHH Xây dựng - Thương mại Hoàng Nam

29 | Nhà ở xã hội thuộc dự án khu dân cư phường Tân Phú, Quận 9 | Công ty Cổ phần Dịch vụ Nông nghiệp và Thương mại Thuận Kiều
=====RELATIONS=====
