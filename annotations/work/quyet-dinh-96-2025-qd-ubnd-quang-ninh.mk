doc: tnt305-tvpl__quyet-dinh-96-2025-qd-ubnd-quang-ninh
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-96-2025-qd-ubnd-quang-ninh.txt
span: 0 3837
=====TEXT=====
⟦ho:ORG|ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH⟧
-------- | ⟦LOCATION|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM⟧
Độc lập - Tự do - Hạnh phúc
---------------

Số:
⟦hq:LEGAL_REF|96/2025/QĐ-UBND⟧ | ⟦ADMIN_UNIT|Quảng Ninh⟧, ⟦hd:DATE|ngày 19 tháng 11 năm 2025⟧

QUYẾT ĐỊNH

QUY ĐỊNH VỀ PHÒNG CHÁY, CHỮA CHÁY RỪNG TRÊN ĐỊA BÀN ⟦ADMIN_UNIT|TỈNH QUẢNG NINH⟧

Căn cứ ⟦LEGAL_REF|Luật Tổ chức chính quyền địa phương số 72/2025/QH15⟧;

Căn cứ ⟦LEGAL_REF|Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15⟧ được sửa đổi, bổ sung bởi ⟦LEGAL_REF|Luật số 87/2025/QH15⟧;

Căn cứ ⟦LEGAL_REF|Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ số 55/2024/QH15⟧;

Căn cứ ⟦LEGAL_REF|Luật Lâm nghiệp số 16/2017/QH14⟧;

Căn cứ ⟦q1:LEGAL_REF|Nghị định số 78/2025/NĐ-CP⟧ ⟦d1:DATE|ngày 01 tháng 4 năm 2025⟧ Quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành ⟦l1:LEGAL_REF|Luật ban hành văn bản quy phạm pháp luật⟧ được sửa đổi, bổ sung bởi ⟦LEGAL_REF|Nghị định số 187/2025/NĐ-CP⟧;

Căn cứ ⟦q2:LEGAL_REF|Nghị định số 156/2018/NĐ-CP⟧ ⟦d2:DATE|ngày 16 tháng 11 năm 2018⟧ Quy định chi tiết thi hành một số điều của ⟦l2:LEGAL_REF|Luật Lâm nghiệp⟧ được sửa đổi, bổ sung bởi ⟦LEGAL_REF|Nghị định số 27/2024/NĐ-CP⟧, ⟦LEGAL_REF|Nghị định số 91/2024/NĐ-CP⟧, ⟦LEGAL_REF|Nghị định số 183/2025/NĐ-CP⟧, ⟦LEGAL_REF|Nghị định số 227/2025/NĐ-CP⟧;

Căn cứ ⟦q3:LEGAL_REF|Nghị định số 58/2024/NĐ-CP⟧ ⟦d3:DATE|ngày 24 tháng 5 năm 2024⟧ về một số chính sách đầu tư trong lâm nghiệp;

Căn cứ ⟦q4:LEGAL_REF|Nghị định số 131/2025/NĐ-CP⟧ ⟦d4:DATE|ngày 12/6/2025⟧ quy định phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của ⟦ORG|Bộ Nông nghiệp và Môi trường⟧;

Căn cứ ⟦q5:LEGAL_REF|Thông tư số 16/2025/TT-BNNMT⟧ ⟦d5:DATE|ngày 19 tháng 6 năm 2025⟧ quy định về phân quyền, phân cấp, phân định thẩm quyền quản lý nhà nước và một số nội dung trong lĩnh vực lâm nghiệp và kiểm lâm;

Theo đề nghị của Giám đốc ⟦o6:ORG|Sở Nông nghiệp và Môi trường⟧ tại ⟦q6:LEGAL_REF|Tờ trình số 551/TTr-SNNMT⟧ ⟦d6:DATE|ngày 20 tháng 10 năm 2025⟧; ⟦q7:LEGAL_REF|văn bản số 11268/SNNMT-KL⟧ ⟦d7:DATE|ngày 11 tháng 11 năm 2025⟧;
báo cáo thẩm định của ⟦o8:ORG|Sở Tư pháp⟧ ⟦q8:LEGAL_REF|số 316/BC-STP⟧ ⟦d8:DATE|ngày 25 tháng 9 năm 2025⟧;

⟦ORG|Ủy ban nhân dân⟧ ban hành Quyết định quy định về phòng cháy, chữa cháy rừng trên địa bàn ⟦ADMIN_UNIT|tỉnh Quảng Ninh⟧.

Điều 1. Ban hành kèm theo Quyết định này “Quy định về phòng cháy, chữa cháy rừng trên địa bàn ⟦ADMIN_UNIT|tỉnh Quảng Ninh⟧”.

Điều 2. Hiệu lực thi hành

1.
⟦ORG|Sở Nông nghiệp và Môi trường⟧ có trách nhiệm hướng dẫn, tổ chức triển khai, kiểm tra việc thực hiện Quyết định này. Trường hợp các quy định của pháp luật được viện dẫn trong Quyết định này được sửa đổi, bổ sung hoặc thay thế thì áp dụng theo quy định tại văn bản sửa đổi, bổ sung hoặc thay thế đó.

2.
Quyết định này có hiệu lực thi hành kể từ ⟦DATE|ngày 30 tháng 11 năm 2025⟧.

3.
Quyết định này thay thế ⟦q9:LEGAL_REF|Quyết định số 29/2020/QĐ-UBND⟧ ⟦d9:DATE|ngày 18 tháng 8 năm 2020⟧ của ⟦o9:ORG|Ủy ban nhân dân tỉnh⟧.

Điều 3. Chánh ⟦ORG|Văn phòng Ủy ban nhân dân tỉnh⟧; Giám đốc các sở, ban, ngành; Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu; Thủ trưởng các sở, ban, ngành thuộc tỉnh; các cơ quan, đơn vị, tổ chức, cộng đồng dân cư, hộ gia đình, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.

TM.
ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH
⟦PERSON|Nguyễn Văn Công⟧

QUY ĐỊNH

VỀ PHÒNG CHÁY, CHỮA CHÁY RỪNG TRÊN ĐỊA BÀN ⟦ADMIN_UNIT|TỈNH QUẢNG NINH⟧

(Ban hành kèm theo ⟦q10:LEGAL_REF|Quyết định số: 96/2025/QĐ-UBND⟧ ⟦d10:DATE|ngày 19/11/2025⟧)

Chương I

QUY ĐỊNH

CHUNG

Điều 1. Phạm vi điều chỉnh, đối tượng áp dụng

1.
Phạm vi điều chỉnh

a) Quy định này quy định một số nội dung liên quan đến công tác phòng cháy, chữa cháy rừng trên địa bàn ⟦ADMIN_UNIT|tỉnh Quảng Ninh⟧.

b) Các nội dung khác có liên quan đến phòng cháy, chữa cháy rừng không quy định trong văn bản này thì áp dụng theo các quy định tại các Nghị định của ⟦o11:ORG|Chính phủ⟧: ⟦q11:LEGAL_REF|số 156/2018/NĐ-CP⟧ ⟦d11:DATE|ngày 16/11/2018⟧ Quy định chi tiết thi hành một số điều của ⟦l11:LEGAL_REF|Luật Lâm nghiệp⟧ được sửa đổi, bổ sung bởi ⟦LEGAL_REF|Nghị định số 27/2024/NĐ-CP⟧, ⟦LEGAL_REF|Nghị định số 91/2024/NĐ-CP⟧, ⟦LEGAL_REF|Nghị định số 183/2025/NĐ-CP⟧, ⟦LEGAL_REF|Nghị định số 227/2025/NĐ-CP⟧; ⟦q12:LEGAL_REF|số 58/2024/NĐ-CP⟧ ⟦d12:DATE|ngày 24/5/2024⟧ về một số chính sách đầu tư trong lâm nghiệp; ⟦q13:LEGAL_REF|số 131/2025/NĐ-CP⟧ ⟦d13:DATE|ngày 12/6/2025⟧ Quy định phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của ⟦ORG|Bộ Nông nghiệp và Môi trường⟧;
=====RELATIONS=====
hq issued_by ho
hq issued_on hd
q1 issued_on d1
q1 implements l1
q2 issued_on d2
q2 implements l2
q3 issued_on d3
q4 issued_on d4
q5 issued_on d5
q6 issued_by o6
q6 issued_on d6
q7 issued_by o6
q7 issued_on d7
q8 issued_by o8
q8 issued_on d8
q9 issued_on d9
q9 issued_by o9
q10 issued_on d10
q11 issued_by o11
q11 issued_on d11
q11 implements l11
q12 issued_by o11
q12 issued_on d12
q13 issued_by o11
q13 issued_on d13
