doc: tnt305-tvpl__bai-viet-tvnd-sieu-thi-as-mart-thieu-trung-thanh-hoa
source: ../shared/corpus/raw/tnt305-tvpl__bai-viet-tvnd-sieu-thi-as-mart-thieu-trung-thanh-hoa.txt
span: 0 4099
=====TEXT=====
Điều chỉnh chủ trương đầu tư dự án ⟦e1:PROJECT|Siêu thị A&S Mart⟧ tại ⟦e2:ADMIN_UNIT|xã Thiệu Trung⟧ ⟦e3:ADMIN_UNIT|tỉnh Thanh Hóa⟧

⟦e4:DATE|Ngày 24/11/2025⟧, ⟦e5:ORG|UBND tỉnh Thanh Hóa⟧ đã ban hành ⟦e6:LEGAL_REF|Quyết định 3639/QĐ-UBND⟧ về chấp thuận điều chỉnh chủ trương đầu tư dự án ⟦e7:PROJECT|Siêu thị A&S Mart⟧ tại ⟦e8:ADMIN_UNIT|xã Thiệu Trung⟧ ⟦e9:ADMIN_UNIT|tỉnh Thanh Hóa⟧.

Cụ thể, ⟦ORG|UBND tỉnh Thanh Hóa⟧ chấp thuận điều chỉnh chủ trương đầu tư dự án ⟦e10:PROJECT|Siêu thị A&S Mart⟧ tại ⟦e11:ADMIN_UNIT|xã Thiệu Trung⟧ ⟦e12:ADMIN_UNIT|tỉnh Thanh Hóa⟧ với nội dung điều chỉnh như sau:

[1] Điều chỉnh tên dự án tại ⟦e13:LEGAL_REF|Quyết định 3936/QĐ-UBND⟧ ⟦e14:DATE|ngày 17/10/2017⟧ của Chủ tịch ⟦e15:ORG|UBND tỉnh⟧ thành: “⟦PROJECT|Khu dịch vụ thương mại tổng hợp Vạn Hưng⟧”.

[2] Điều chỉnh mục tiêu đầu tư quy định tại khoản 3 Điều 1 ⟦e16:LEGAL_REF|Quyết định 3936/QĐ-UBND⟧ ⟦e17:DATE|ngày 17/10/2017⟧ của Chủ tịch ⟦e18:ORG|UBND tỉnh⟧ thành:

“Xây dựng khu dịch vụ thương mại nhằm cung cấp các dịch vụ thương mại, nhà hàng, tổ chức sự kiện (thuộc các mã ngành VSIC: 5210, 5610, 5630)”.

[3] Điều chỉnh địa điểm xây dựng quy định tại khoản 4 Điều 1 ⟦e19:LEGAL_REF|Quyết định 3936/QĐ-UBND⟧ ⟦e20:DATE|ngày 17/10/2017⟧ của Chủ tịch ⟦e21:ORG|UBND tỉnh⟧ thành: “⟦e22:ADMIN_UNIT|Xã Thiệu Trung⟧, ⟦e23:ADMIN_UNIT|tỉnh Thanh Hóa⟧”.

[4] Điều chỉnh quy mô dự án quy định tại khoản 5 Điều 1 ⟦e24:LEGAL_REF|Quyết định 3936/QĐ-UBND⟧ ⟦e25:DATE|ngày 17/10/2017⟧ của Chủ tịch ⟦e26:ORG|UBND tỉnh⟧ thành:

“⟦PROJECT|Trung tâm tổ chức sự kiện⟧; ⟦PROJECT|nhà dịch vụ thương mại tổng hợp số 1⟧; ⟦PROJECT|nhà dịch vụ thương mại tổng hợp số 2⟧ và các hạng mục công trình hạ tầng, kỹ thuật, phụ trợ khác (Quy mô các hạng mục công trình xây dựng cụ thể sẽ theo quy hoạch chi tiết xây dựng, giấy phép xây dựng được cấp có thẩm quyền phê duyệt)”.

[5] Điều chỉnh diện tích đất dự kiến sử dụng quy định tại khoản 6 Điều 1 ⟦e27:LEGAL_REF|Quyết định 3936/QĐ-UBND⟧ ⟦e28:DATE|ngày 17/10/2017⟧ của Chủ tịch ⟦e29:ORG|UBND tỉnh⟧ thành: “Khoảng ⟦AREA|12.089,5 m2⟧”.

[6] Điều chỉnh phạm vi, ranh giới, quy mô đất đai tại khoản 1 Điều 1 ⟦e30:LEGAL_REF|Quyết định 3996/QĐ-UBND⟧ ⟦e31:DATE|ngày 02/10/2019⟧ của Chủ tịch ⟦e32:ORG|UBND tỉnh⟧ thành:

“Vị trí, ranh giới khu đất được xác định tại ⟦e33:LEGAL_REF|Trích lục bản đồ địa chính khu đất số 979/TLBĐ⟧, tỷ lệ 1/1000 do ⟦e34:ORG|Văn phòng Đăng ký đất đai Thanh Hóa⟧ lập ⟦e35:DATE|ngày 15/10/2025⟧.

[7] Điều chỉnh tổng vốn đầu tư của dự án quy định tại khoản 9 Điều 1 ⟦e36:LEGAL_REF|Quyết định 3936/QĐ-UBND⟧ ⟦e37:DATE|ngày 17/10/2017⟧ của Chủ tịch ⟦e38:ORG|UBND tỉnh⟧ thành:

“Khoảng ⟦MONEY|80 tỷ đồng⟧, trong đó: Vốn góp của nhà đầu tư ⟦MONEY|20 tỷ đồng⟧ (chiếm ⟦PERCENT|20%⟧), vốn vay ngân hàng ⟦MONEY|60 tỷ đồng⟧ (chiếm ⟦PERCENT|80%⟧)”.

[8] Điều chỉnh thời gian hoạt động của dự án quy định tại khoản 11 Điều 1 ⟦e39:LEGAL_REF|Quyết định 3936/QĐ-UBND⟧ ⟦e40:DATE|ngày 17/10/2017⟧ của Chủ tịch ⟦e41:ORG|UBND tỉnh⟧ thành: “Đến ⟦DATE|ngày 16/10/2069⟧”.

[9] Điều chỉnh tiến độ thực hiện dự án quy định tại khoản 2 Điều 1 ⟦e42:LEGAL_REF|Quyết định 3996/QĐ-UBND⟧ ⟦e43:DATE|ngày 02/10/2019⟧ của Chủ tịch ⟦e44:ORG|UBND tỉnh⟧ thành:

“Hoàn thành đầu tư xây dựng, đưa dự án vào hoạt động chậm nhất trong thời gian 24 tháng, kể từ ngày được Nhà nước bàn giao toàn bộ khu đất”.

[10] Bổ sung khoản 13 vào Điều 1 ⟦e45:LEGAL_REF|Quyết định 3936/QĐ-UBND⟧ ⟦e46:DATE|ngày 17/10/2017⟧ của Chủ tịch ⟦e47:ORG|UBND tỉnh⟧ như sau:

“Các điều kiện khác để thực hiện dự án đầu tư: Trong thời hạn 12 tháng, nếu nhà đầu tư không hoàn thành thủ tục, hồ sơ để được thuê đất toàn bộ khu đất thực hiện dự án theo quy định thì Quyết định này không còn giá trị pháp lý, ⟦ORG|Công ty cổ phần siêu thị A&S⟧ không được bồi thường, hỗ trợ bất kỳ các khoản kinh phí đã đầu tư, chi phí liên quan đến dự án”.

Điều khoản thi hành ⟦e48:LEGAL_REF|Quyết định 3639/QĐ-UBND⟧ về chấp thuận điều chỉnh chủ trương đầu tư dự án ⟦e49:PROJECT|Siêu thị A&S Mart⟧ tại ⟦e50:ADMIN_UNIT|xã Thiệu Trung⟧ ⟦e51:ADMIN_UNIT|tỉnh Thanh Hóa⟧

Tại Điều 3 ⟦e52:LEGAL_REF|Quyết định 3639/QĐ-UBND⟧ ⟦e53:DATE|năm 2025⟧ đã nêu ra nội dung điều khoản thi hành ⟦e54:LEGAL_REF|Quyết định 3639/QĐ-UBND⟧ về chấp thuận điều chỉnh chủ trương đầu tư dự án ⟦e55:PROJECT|Siêu thị A&S Mart⟧ tại ⟦e56:ADMIN_UNIT|xã Thiệu Trung⟧ ⟦e57:ADMIN_UNIT|tỉnh Thanh Hóa⟧ như sau:

- ⟦e58:LEGAL_REF|Quyết định 3639/QĐ-UBND⟧ ⟦e59:DATE|năm 2025⟧ có hiệu lực kể từ ⟦DATE|ngày 24/11/2025⟧ và là một bộ phận không tách rời của các Quyết định: ⟦e60:LEGAL_REF|Số 3936/QĐ-UBND⟧ ⟦e61:DATE|ngày 17/10/2017⟧, ⟦e62:LEGAL_REF|số 3996/QĐUBND⟧ ⟦e63:DATE|ngày 02/10/2019⟧ của Chủ tịch ⟦e64:ORG|UBND tỉnh⟧.

- Chánh ⟦ORG|Văn phòng UBND tỉnh⟧; Giám đốc các sở: ⟦ORG|Tài chính⟧, ⟦ORG|Xây dựng⟧, ⟦ORG|Nông nghiệp và Môi trường⟧, ⟦ORG|Công Thương⟧; Chủ tịch ⟦ORG|UBND xã Thiệu Trung⟧; ⟦ORG|Công ty cổ phần siêu thị A&S⟧ và các cơ quan, đơn vị, cá nhân có liên quan chịu trách nhiệm thi hành ⟦e65:LEGAL_REF|Quyết định 3639/QĐ-UBND⟧ ⟦e66:DATE|năm 2025⟧.

- ⟦e67:LEGAL_REF|Quyết định 3639/QĐ-UBND⟧ ⟦e68:DATE|năm 2025⟧ được cấp một bản cho ⟦ORG|Công ty cổ phần siêu thị A&S⟧, một bản gửi ⟦ORG|Sở Tài chính tỉnh Thanh Hóa⟧ và một bản được lưu tại ⟦ORG|UBND tỉnh Thanh Hóa⟧.

=====RELATIONS=====
e1 located_in e2
e2 located_in e3
e6 issued_on e4
e6 issued_by e5
e7 located_in e8
e8 located_in e9
e10 located_in e11
e11 located_in e12
e13 issued_on e14
e13 issued_by e15
e16 issued_on e17
e16 issued_by e18
e19 issued_on e20
e19 issued_by e21
e22 located_in e23
e24 issued_on e25
e24 issued_by e26
e27 issued_on e28
e27 issued_by e29
e30 issued_on e31
e30 issued_by e32
e33 issued_by e34
e33 issued_on e35
e36 issued_on e37
e36 issued_by e38
e39 issued_on e40
e39 issued_by e41
e42 issued_on e43
e42 issued_by e44
e45 issued_on e46
e45 issued_by e47
e49 located_in e50
e50 located_in e51
e52 issued_on e53
e55 located_in e56
e56 located_in e57
e58 issued_on e59
e60 issued_on e61
e62 issued_on e63
e60 issued_by e64
e62 issued_by e64
e65 issued_on e66
e67 issued_on e68
