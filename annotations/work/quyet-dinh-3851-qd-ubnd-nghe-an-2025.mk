doc: tnt305-tvpl__quyet-dinh-3851-qd-ubnd-nghe-an-2025
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-3851-qd-ubnd-nghe-an-2025.txt
span: 5363 10179
=====TEXT=====
- ⟦ORG|TT Tỉnh ủy⟧, ⟦ORG|TT HĐND tỉnh⟧;
- Chủ tịch ⟦ORG|UBND tỉnh⟧;
- Phó Chủ tịch TTr ⟦ORG|UBND tỉnh⟧;
- Phó CVP ⟦ORG|UBND tỉnh⟧ (đ/c ⟦PERSON|Thiền⟧);
- ⟦ORG|Trung tâm Phục vụ HCC tỉnh⟧;
- ⟦ORG|Cổng TTĐT tỉnh⟧;
- UBND các xã, phường;
- Lưu: VT, KSTT(N).

KT. CHỦ TỊCH PHÓ CHỦ TỊCH ⟦PERSON|Bùi Thanh An⟧ | DANH MỤC THỦ TỤC HÀNH CHÍNH THỰC HIỆN KHÔNG PHỤ THUỘC VÀO ĐỊA GIỚI HÀNH CHÍNH TRONG PHẠM VI CẤP TỈNH THUỘC PHẠM VI CHỨC NĂNG QUẢN LÝ CỦA ⟦ORG|SỞ TÀI CHÍNH⟧ TRÊN ĐỊA BÀN ⟦ADMIN_UNIT|TỈNH NGHỆ AN⟧
(Kèm theo ⟦r1:LEGAL_REF|Quyết định số 3851/QĐ-UBND⟧ ⟦d1:DATE|ngày 26 tháng 11 năm 2025⟧ của Chủ tịch ⟦o1:ORG|UBND tỉnh Nghệ An⟧) | TT | Mã số TTHC | Tên thủ tục hành chính | Cách thức, địa điểm thực hiện

A | THỦ TỤC HÀNH CHÍNh CẤP TỈNH

I | Lĩnh vực Đầu tư tại ⟦LOCATION|Việt Nam⟧ (12 TTHC)

1 | 1.009642 | Thủ tục chấp thuận nhà đầu tư thuộc thẩm quyền của UBND cấp tỉnh. | - Nộp hồ sơ trực tiếp hoặc qua dịch vụ bưu chính công ích đến ⟦c1:ORG|Trung tâm Phục vụ hành chính công tỉnh Nghệ An⟧ (số 16, ⟦s1:LOCATION|đường Trường Thi⟧, ⟦w1:ADMIN_UNIT|phường Trường Vinh⟧, ⟦t1:ADMIN_UNIT|tỉnh Nghệ An⟧);
- Nộp hồ sơ trực tiếp hoặc qua dịch vụ bưu chính công ích đến Trung tâm Phục vụ Hành chính công các xã, phường trên địa bàn ⟦ADMIN_UNIT|tỉnh Nghệ An⟧;
- Nộp hồ sơ trực tuyến toàn trình qua Cổng Dịch vụ công Quốc gia: https://dichvucong.gov.vn

2 | 1.009644 | Thủ tục điều chỉnh văn bản chấp thuận nhà đầu tư thuộc thẩm quyền của UBND cấp tỉnh | - Nộp hồ sơ trực tiếp hoặc qua dịch vụ bưu chính công ích đến ⟦c2:ORG|Trung tâm Phục vụ hành chính công tỉnh Nghệ An⟧ (số 16, ⟦s2:LOCATION|đường Trường Thi⟧, ⟦w2:ADMIN_UNIT|phường Trường Vinh⟧, ⟦t2:ADMIN_UNIT|tỉnh Nghệ An⟧);
- Nộp hồ sơ trực tiếp hoặc qua dịch vụ bưu chính công ích đến Trung tâm Phục vụ Hành chính công các xã, phường trên địa bàn ⟦ADMIN_UNIT|tỉnh Nghệ An⟧;
- Nộp hồ sơ trực tuyến toàn trình qua Cổng Dịch vụ công Quốc gia: https://dichvucong.gov.vn

3 | 1.009645 | Thủ tục chấp thuận chủ trương đầu tư thuộc thẩm quyền của UBND cấp tỉnh | - Nộp hồ sơ trực tiếp hoặc qua dịch vụ bưu chính công ích đến ⟦c3:ORG|Trung tâm Phục vụ hành chính công tỉnh Nghệ An⟧ (số 16, ⟦s3:LOCATION|đường Trường Thi⟧, ⟦w3:ADMIN_UNIT|phường Trường Vinh⟧, ⟦t3:ADMIN_UNIT|tỉnh Nghệ An⟧);
- Nộp hồ sơ trực tiếp hoặc qua dịch vụ bưu chính công ích đến Trung tâm Phục vụ Hành chính công các xã, phường trên địa bàn ⟦ADMIN_UNIT|tỉnh Nghệ An⟧;
- Nộp hồ sơ trực tuyến toàn trình qua Cổng Dịch vụ công Quốc gia: https://dichvucong.gov.vn

4 | 1.009646 | Thủ tục điều chỉnh dự án đầu tư thuộc thẩm quyền chấp thuận chủ trương đầu tư của UBND cấp tỉnh | - Nộp hồ sơ trực tiếp hoặc qua dịch vụ bưu chính công ích đến ⟦c4:ORG|Trung tâm Phục vụ hành chính công tỉnh Nghệ An⟧ (số 16, ⟦s4:LOCATION|đường Trường Thi⟧, ⟦w4:ADMIN_UNIT|phường Trường Vinh⟧, ⟦t4:ADMIN_UNIT|tỉnh Nghệ An⟧);
- Nộp hồ sơ trực tiếp hoặc qua dịch vụ bưu chính công ích đến Trung tâm Phục vụ Hành chính công các xã, phường trên địa bàn ⟦ADMIN_UNIT|tỉnh Nghệ An⟧;
- Nộp hồ sơ trực tuyến toàn trình qua Cổng Dịch vụ công Quốc gia: https://dichvucong.gov.vn

5 | 1.009647 | Thủ tục điều chỉnh dự án đầu tư đã được cấp Giấy chứng nhận đăng ký đầu tư và không thuộc diện chấp thuận điều chỉnh chủ trương đầu tư. | - Nộp hồ sơ trực tiếp hoặc qua dịch vụ bưu chính công ích đến ⟦c5:ORG|Trung tâm Phục vụ hành chính công tỉnh Nghệ An⟧ (số 16, ⟦s5:LOCATION|đường Trường Thi⟧, ⟦w5:ADMIN_UNIT|phường Trường Vinh⟧, ⟦t5:ADMIN_UNIT|tỉnh Nghệ An⟧);
- Nộp hồ sơ trực tiếp hoặc qua dịch vụ bưu chính công ích đến Trung tâm Phục vụ Hành chính công các xã, phường trên địa bàn ⟦ADMIN_UNIT|tỉnh Nghệ An⟧;
- Nộp hồ sơ trực tuyến toàn trình qua Cổng Dịch vụ công Quốc gia: https://dichvucong.gov.vn

6 | 1.009659 | Thủ tục gia hạn thời hạn hoạt động của dự án đầu tư thuộc thẩm quyền của UBND cấp tỉnh. | - Nộp hồ sơ trực tiếp hoặc qua dịch vụ bưu chính công ích đến ⟦c6:ORG|Trung tâm Phục vụ hành chính công tỉnh Nghệ An⟧ (số 16, ⟦s6:LOCATION|đường Trường Thi⟧, ⟦w6:ADMIN_UNIT|phường Trường Vinh⟧, ⟦t6:ADMIN_UNIT|tỉnh Nghệ An⟧);
- Nộp hồ sơ trực tiếp hoặc qua dịch vụ bưu chính công ích đến Trung tâm Phục vụ I lành chính công các xã, phường trên địa bàn ⟦ADMIN_UNIT|tỉnh Nghệ An⟧;
- Nộp hồ sơ trực tuyến toàn trình qua Cổng Dịch vụ công Quốc gia: https://dichvucong.gov.vn

7 | 1.009661 | Thủ tục ngừng hoạt động của dự án đầu tư thuộc thẩm quyền chấp thuận chủ trương đầu tư của ⟦ORG|UBND tỉnh⟧ cấp tỉnh hoặc ⟦ORG|Sở Tài chính⟧ cấp Giấy chứng nhận đăng ký đầu tư. | - Nộp hồ sơ trực tiếp hoặc qua dịch vụ bưu chính công ích đến ⟦c7:ORG|Trung tâm Phục vụ hành chính công tỉnh Nghệ An⟧ (số 16, ⟦s7:LOCATION|đường Trường Thi⟧, ⟦w7:ADMIN_UNIT|phường Trường Vinh⟧, ⟦t7:ADMIN_UNIT|tỉnh Nghệ An⟧);
- Nộp hồ sơ trực tiếp hoặc qua dịch vụ bưu chính công ích đến Trung tâm Phục vụ Hành chính công các xã, phường trên địa bàn ⟦ADMIN_UNIT|tỉnh Nghệ An⟧;
- Nộp hồ sơ trực tuyến toàn trình qua Cổng Dịch vụ công Quốc gia: https://dichvucong.gov.vn

8 | 1.009662 | Thủ tục chấm dứt hoạt động của dự án đầu tư đối với dự án đầu tư thuộc thẩm quyền chấp thuận chủ trương đầu tư của ⟦ORG|UBND tỉnh⟧ cấp tỉnh hoặc ⟦ORG|Sở Tài chính⟧ cấp Giấy chứng nhận đăng ký đầu tư. | - Nộp hồ sơ trực tiếp hoặc qua dịch vụ bưu chính công ích đến ⟦c8:ORG|Trung tâm Phục vụ hành chính công tỉnh Nghệ An⟧ (số 16, ⟦s8:LOCATION|đường Trường Thi⟧, ⟦w8:ADMIN_UNIT|phường Trường Vinh⟧, ⟦t8:ADMIN_UNIT|tỉnh Nghệ An⟧);
- Nộp hồ sơ trực tiếp hoặc qua dịch vụ bưu chính công ích đến Trung tâm Phục vụ Hành chính công các xã, phường trên địa bàn ⟦ADMIN_UNIT|tỉnh Nghệ An⟧;
=====RELATIONS=====
r1 issued_on d1
r1 issued_by o1
c1 located_in w1
s1 located_in w1
w1 located_in t1
c2 located_in w2
s2 located_in w2
w2 located_in t2
c3 located_in w3
s3 located_in w3
w3 located_in t3
c4 located_in w4
s4 located_in w4
w4 located_in t4
c5 located_in w5
s5 located_in w5
w5 located_in t5
c6 located_in w6
s6 located_in w6
w6 located_in t6
c7 located_in w7
s7 located_in w7
w7 located_in t7
c8 located_in w8
s8 located_in w8
w8 located_in t8
