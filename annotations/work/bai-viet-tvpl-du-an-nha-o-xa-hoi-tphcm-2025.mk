doc: tnt305-tvpl__bai-viet-tvpl-du-an-nha-o-xa-hoi-tphcm-2025
source: ../shared/corpus/raw/tnt305-tvpl__bai-viet-tvpl-du-an-nha-o-xa-hoi-tphcm-2025.txt
span: 0 4312
=====TEXT=====
Danh sách các dự án nhà ở xã hội ở ⟦ADMIN_UNIT|TPHCM⟧ cập nhật ⟦DATE|2025⟧ mới nhất? Giá thuê mua nhà ở xã hội từ ⟦DATE|10/10/2025⟧ ra sao?

Danh sách các dự án nhà ở xã hội ở ⟦ADMIN_UNIT|TPHCM⟧ cập nhật ⟦DATE|2025⟧ mới nhất?

Thông tin tham khảo về danh sách các dự án nhà ở xã hội ở ⟦ADMIN_UNIT|TPHCM⟧ cập nhật ⟦DATE|2025⟧ mới nhất dưới đây:

⟦d1:DATE|Ngày 10/10/2025⟧, ⟦o1:ORG|Chính phủ⟧ đã ban hành ⟦q1:LEGAL_REF|Nghị định 261/2025/NĐ-CP⟧ Sửa đổi, bổ sung một số điều của ⟦q2:LEGAL_REF|Nghị định 100/2024/NĐ-CP⟧ quy định chi tiết một số điều của ⟦q3:LEGAL_REF|Luật Nhà ở⟧ về phát triển và quản lý nhà ở xã hội và ⟦q4:LEGAL_REF|Nghị định 192/2025/NĐ-CP⟧ quy định chi tiết một số điều và biện pháp thi hành ⟦q5:LEGAL_REF|Nghị quyết 201/2025/QH15⟧ thí điểm về một số cơ chế, chính sách đặc thù phát triển nhà ở xã hội.

Danh sách các dự án nhà ở xã hội ở ⟦ADMIN_UNIT|TPHCM⟧ được cập nhật tại website

https://soxaydung.hochiminhcity.gov.vn/web/

Theo đó, tham khảo về danh sách các dự án nhà ở xã hội ở ⟦ADMIN_UNIT|TPHCM⟧ cập nhật ⟦DATE|2025⟧ mới nhất dưới đây:

Danh sách các dự án nhà ở xã hội ở ⟦ADMIN_UNIT|TPHCM⟧ cập nhật ⟦DATE|2025⟧ mới nhất

1 | ⟦r1p:PROJECT|Khu dân cư phía Bắc Rạch Bà Bướm⟧, ⟦r1a:ADMIN_UNIT|phường Phú Thuận⟧, ⟦r1b:ADMIN_UNIT|quận 7⟧ | ⟦ORG|Công ty CP Địa ốc Sài Gòn Thương Tín Sacomreal⟧

2 | ⟦r2p:PROJECT|Dự án 35 Hồ Học Lãm⟧, ⟦r2a:ADMIN_UNIT|Bình Tân⟧ | ⟦ORG|Qũy Phát triển nhà⟧

3 | ⟦r3p:PROJECT|Dự án chung cư nhà ở xã hội Khu nhà ở Nam Phan⟧ tại ⟦r3a:ADMIN_UNIT|P.Phú Hữu⟧, ⟦r3b:ADMIN_UNIT|Q.9⟧ (Block A) | ⟦ORG|Công ty Cổ phần Đầu tư Nam Phan⟧

4 | ⟦r4p:PROJECT|Dự án chung cư nhà ở xã hội Khu nhà ở Nam Phan⟧ tại ⟦r4a:ADMIN_UNIT|P.Phú Hữu⟧, ⟦r4b:ADMIN_UNIT|Q.9⟧ (Block B, C, D) | ⟦ORG|Công ty Cổ phần Đầu tư Nam Phan⟧

5 | ⟦r5p:PROJECT|Dự án Khu nhà ở gia đình cán bộ lực lượng vũ trang Quân khu 7⟧ tại ⟦r5a:ADMIN_UNIT|phường Tân Chánh Hiệp⟧, ⟦r5b:ADMIN_UNIT|quận 12⟧ | ⟦ORG|Công ty TNHH MTV Đông Hải⟧

6 | ⟦PROJECT|Dự án chung cư cho người có thu nhập thấp khu dân cư Hạnh Phúc (Khối 1)⟧ | ⟦ORG|Tổng Công ty Xây dựng số 1⟧

7 | ⟦r7p:PROJECT|Dự án NOXH⟧ tại số 102 ⟦r7l:LOCATION|đường Phan Văn Hớn⟧, ⟦r7a:ADMIN_UNIT|phường Tân Thới Nhất⟧, ⟦r7b:ADMIN_UNIT|quận 12⟧ | ⟦ORG|Công ty Cổ phần Dịch vụ Nông nghiệp và Thương mại Thuận Kiều⟧

8 | ⟦r8p:PROJECT|Dự án chung cư⟧ tại ⟦r8a:ADMIN_UNIT|phường Trường Thọ⟧, ⟦r8b:ADMIN_UNIT|quận Thủ Đức⟧ | ⟦ORG|Công ty cổ phần Chương Dương⟧

9 | ⟦r9p:PROJECT|Dự án NOXH Khu căn hộ CC1⟧, ⟦r9l:LOCATION|đường Nguyễn Văn Dung⟧, ⟦r9a:ADMIN_UNIT|phường 6⟧, ⟦r9b:ADMIN_UNIT|quận Gò Vấp⟧ | ⟦ORG|Tổng Công ty Xây dựng số 1 TNHH Một thành viên⟧

10 | ⟦r10p:PROJECT|Dự án nhà ở xã hội⟧ tại số 34/1A ⟦r10l:LOCATION|Quốc lộ 1A⟧, ⟦r10a:ADMIN_UNIT|phường Thới An⟧, ⟦r10b:ADMIN_UNIT|Quận 12⟧ | ⟦ORG|Công ty TNHH Sợi Hạ Long⟧

11 | ⟦r11p:PROJECT|49/52 (số cũ 72B) Bình Thới⟧ ⟦r11a:ADMIN_UNIT|Phường 14⟧,⟦r11b:ADMIN_UNIT|Quận 11⟧ | ⟦ORG|Công ty Cổ phần Địa ốc 11⟧

12 | ⟦r12p:PROJECT|Dự án Khu nhà ở gia đình cán bộ lực lượng vũ trang Quân khu 7⟧ tại ⟦r12a:ADMIN_UNIT|phường Trung Mỹ Tây⟧, ⟦r12b:ADMIN_UNIT|quận 12⟧ | ⟦ORG|Công ty TNHH MTV Sản xuất Thương mại Xuất nhập khẩu Tây Nam⟧

13 | ⟦PROJECT|Khu dân cư Lê Thành⟧ | ⟦ORG|Công ty TNHH Thương mại Xây dựng Lê Thành⟧

14 | ⟦r14p:PROJECT|Tổ hợp nhà ở - nhà ở xã hội Tân Bình⟧ tại ⟦r14l:LOCATION|đường Hoàng Bật Đạt⟧, ⟦r14a:ADMIN_UNIT|phường 15⟧, ⟦r14b:ADMIN_UNIT|quận Tân Bình⟧ | ⟦ORG|Công ty TNHH Đầu tư Bất động sản Tân Bình⟧

15 | ⟦r15p:PROJECT|Dự án Khu nhà ở xã hội - Khu nhà ở thương mại⟧ tại khu đất ⟦r15l:LOCATION|Chợ Bình Phú cũ⟧, ⟦r15a:ADMIN_UNIT|phường 10⟧, ⟦r15b:ADMIN_UNIT|quận 6⟧ | ⟦ORG|Công ty TNHH Quản lý Bất động sản Hoàng Phúc⟧

16 | Dự án tại ⟦r16a:ADMIN_UNIT|phường An Phú Đông⟧, ⟦r16b:ADMIN_UNIT|quận 12⟧ | ⟦ORG|Công ty Cổ phần Địa ốc Sài Gòn⟧

17 | ⟦r17p:PROJECT|Khu nhà ở Hưng Phát⟧ tại 2225 ⟦r17l:LOCATION|đường Phạm Thế Hiển⟧, ⟦r17a:ADMIN_UNIT|phường 6⟧, ⟦r17b:ADMIN_UNIT|quận 8⟧ | ⟦ORG|Công ty TNHH 276 Ngọc Long⟧

18 | ⟦PROJECT|Khu nhà ở xã hội Bình Trưng Đông⟧ | ⟦ORG|Công ty Cổ phần Tư vấn-Thương mại-Dịch vụ Địa ốc Hoàng Quân⟧

19 | ⟦r19p:PROJECT|Dự án NOXH Phú Thọ DMC⟧ tại số 324 ⟦r19l:LOCATION|Lý Thường Kiệt⟧, ⟦r19a:ADMIN_UNIT|phường 14⟧, ⟦r19b:ADMIN_UNIT|quận 10⟧ | ⟦ORG|Công ty Cổ phần Đức Mạnh⟧

20 | ⟦PROJECT|Khu nhà ở xã hội giai đoạn 2 thuộc khu nhà ở Nguyên Sơn⟧ | ⟦ORG|Công ty cổ phần Bất động sản Nguyên Sơn⟧

21 | ⟦r21p:PROJECT|Dự án khu dân cư⟧ tại ⟦r21a:ADMIN_UNIT|xã Vĩnh Lộc A⟧, ⟦r21b:ADMIN_UNIT|huyện Bình Chánh⟧ | ⟦ORG|Công ty cổ phần địa ốc Sông Đà An Nhân⟧

22 | ⟦r22p:PROJECT|Dự án nhà ở xã hội⟧ tại ⟦r22a:ADMIN_UNIT|xã Long Thới⟧, ⟦r22b:ADMIN_UNIT|huyện Nhà Bè⟧ | ⟦ORG|Công ty Cổ phần Xây dựng và Kinh doanh Địa ốc Hòa Bình⟧

23 | ⟦r23p:PROJECT|Dự án NOXH dành cho công nhân Khu công nghiệp Tân Bình⟧, tại số ⟦r23a:ADMIN_UNIT|phường Bình Hưng Hòa⟧, ⟦r23b:ADMIN_UNIT|quận Bình Tân⟧ | ⟦ORG|Công ty CP SX KD XNK DV và DT Tân Bình⟧ (⟦ORG|Tanimex⟧)

24 | ⟦r24p:PROJECT|Dự án nhà ở xã hội Nam Lý⟧, tại số 91A ⟦r24l:LOCATION|đường Đỗ Xuân Hợp⟧, ⟦r24a:ADMIN_UNIT|phường Phước Bình⟧, ⟦r24b:ADMIN_UNIT|quận 9⟧ | ⟦ORG|Công ty Cổ phần Địa ốc Thảo Điền⟧

25 | ⟦r25p:PROJECT|Khu căn hộ chung cư cao tầng⟧ (dự án ⟦r25q:PROJECT|Natural Poem⟧) là dự án phát triển nhà ở xã hội độc lập tại số Số 629, ⟦r25l:LOCATION|đường Kinh Dương Vương⟧, ⟦r25a:ADMIN_UNIT|phường An Lạc⟧, ⟦r25b:ADMIN_UNIT|Quận Bình Tân⟧ | ⟦ORG|Công ty TNHH Lee&Co Việt Nam⟧

26 | ⟦r26p:PROJECT|Dự án nhà ở xã hội⟧ tại số 158, ⟦r26l:LOCATION|đường số 17⟧, ⟦r26a:ADMIN_UNIT|phường Linh Trung⟧, ⟦r26b:ADMIN_UNIT|quận Thủ Đức⟧ | ⟦ORG|Công ty TNHH Đầu tư Xây dựng Sáu Hai Tám⟧

27 | ⟦r27p:PROJECT|Dự án nhà ở xã hội⟧ tại ⟦r27a:ADMIN_UNIT|xã An Phú Tây⟧, ⟦r27b:ADMIN_UNIT|huyện Bình Chánh⟧ | ⟦ORG|Công ty Cổ phần Tư vấn-Thương mại-Dịch vụ Địa ốc Hoàng Quân⟧

28 | ⟦r28p:PROJECT|Dự án xây dựng nhà ở xã hội Hoàng Nam⟧ tại ⟦r28l:LOCATION|đường Lê Cơ⟧, ⟦r28a:ADMIN_UNIT|phường An Lạc⟧, ⟦r28b:ADMIN_UNIT|quận Bình Tân⟧ | ⟦ORG|Công ty TNHH Xây dựng - Thương mại Hoàng Nam⟧

29 | ⟦r29p:PROJECT|Nhà ở xã hội thuộc dự án khu dân cư phường Tân Phú⟧, ⟦r29b:ADMIN_UNIT|Quận 9⟧ | ⟦ORG|Công ty Cổ phần Dịch vụ Nông nghiệp và Thương mại Thuận Kiều⟧
=====RELATIONS=====
q1 issued_on d1
q1 issued_by o1
q2 implements q3
q4 implements q5
r1p located_in r1a
r1a located_in r1b
r2p located_in r2a
r3p located_in r3a
r3a located_in r3b
r4p located_in r4a
r4a located_in r4b
r5p located_in r5a
r5a located_in r5b
r7p located_in r7a
r7l located_in r7a
r7a located_in r7b
r8p located_in r8a
r8a located_in r8b
r9p located_in r9a
r9l located_in r9a
r9a located_in r9b
r10p located_in r10a
r10l located_in r10a
r10a located_in r10b
r11p located_in r11a
r11a located_in r11b
r12p located_in r12a
r12a located_in r12b
r14p located_in r14a
r14l located_in r14a
r14a located_in r14b
r15p located_in r15a
r15l located_in r15a
r15a located_in r15b
r16a located_in r16b
r17p located_in r17a
r17l located_in r17a
r17a located_in r17b
r19p located_in r19a
r19l located_in r19a
r19a located_in r19b
r21p located_in r21a
r21a located_in r21b
r22p located_in r22a
r22a located_in r22b
r23p located_in r23a
r23a located_in r23b
r24p located_in r24a
r24l located_in r24a
r24a located_in r24b
r25p located_in r25a
r25q located_in r25a
r25l located_in r25a
r25a located_in r25b
r26p located_in r26a
r26l located_in r26a
r26a located_in r26b
r27p located_in r27a
r27a located_in r27b
r28p located_in r28a
r28l located_in r28a
r28a located_in r28b
r29p located_in r29b
