doc: tnt305-tvpl__quyet-dinh-97-2025-qd-ubnd-quang-ninh
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-97-2025-qd-ubnd-quang-ninh.txt
span: 0 3544
=====TEXT=====
⟦h0:ORG|ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH⟧
------- | ⟦LOCATION|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM⟧
Độc lập - Tự do - Hạnh phúc
---------------

Số:
⟦h1:LEGAL_REF|97/2025/QĐ-UBND⟧ | ⟦ADMIN_UNIT|Quảng Ninh⟧, ⟦h1d:DATE|ngày 20 tháng 11 năm 2025⟧

QUYẾT ĐỊNH

SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY ĐỊNH VỀ BỒI THƯỜNG, HỖ TRỢ VÀ TÁI ĐỊNH CƯ KHI NHÀ NƯỚC THU HỒI ĐẤT TRÊN ĐỊA BÀN ⟦ADMIN_UNIT|TỈNH QUẢNG NINH⟧ BAN HÀNH KÈM THEO ⟦t1:LEGAL_REF|QUYẾT ĐỊNH SỐ 40/2024/QĐ-UBND⟧ ⟦t1d:DATE|NGÀY 04/10/2024⟧ CỦA ⟦t1o:ORG|ỦY BAN NHÂN DÂN TỈNH⟧
Căn cứ ⟦LEGAL_REF|Luật Tổ chức chính quyền địa phương số 72/2025/QH15⟧;
Căn cứ ⟦LEGAL_REF|Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15⟧ được sửa đổi, bổ sung bởi ⟦LEGAL_REF|Luật số 87/2025/QH15⟧;
Căn cứ ⟦LEGAL_REF|Luật Đất đai số 31/2024/QH15⟧ được sửa đổi, bổ sung bởi ⟦LEGAL_REF|Luật số 43/2024/QH1⟧;
Căn cứ ⟦n1:LEGAL_REF|Nghị quyết số 190/2025/QH15⟧ ⟦n1d:DATE|ngày 19/02/2025⟧ của ⟦n1o:ORG|Quốc hội⟧ quy định về xử lý một số vấn đề liên quan đến sắp xếp tổ chức bộ máy nhà nước;
Căn cứ các Nghị định của ⟦cp:ORG|Chính phủ⟧: ⟦d1:LEGAL_REF|Nghị định số 88/2024/NĐ-CP⟧ quy định về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất được sửa đổi, bổ sung bởi ⟦LEGAL_REF|Nghị định số 226/2025/NĐ-CP⟧; ⟦d2:LEGAL_REF|Nghị định số 102/2024/NĐ-CP⟧ quy định chi tiết thi hành một số điều của ⟦d2l:LEGAL_REF|Luật Đất đai⟧ được sửa đổi, bổ sung bởi ⟦LEGAL_REF|Nghị định số 226/2025/NĐ-CP⟧; ⟦d3:LEGAL_REF|Nghị định số 78/2025/NĐ-CP⟧ quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành ⟦d3l:LEGAL_REF|Luật ban Ban hành văn bản quy phạm pháp luật⟧ được sửa đổi, bổ sung bởi ⟦LEGAL_REF|Nghị định số 187/2025/NĐ-CP⟧; ⟦d4:LEGAL_REF|Nghị định số 151/2025/NĐ-CP⟧ ⟦d4d:DATE|ngày 12/6/2025⟧ quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp, phân quyền, phân cấp trong lĩnh vực đất đai; ⟦d5:LEGAL_REF|Nghị định số 62/2025/NĐ-CP⟧ quy định chi tiết thi hành ⟦d5l:LEGAL_REF|Luật Điện lực⟧ về bảo vệ công trình điện lực và an toàn trong lĩnh vực điện lực;
Theo đề nghị của ⟦o6:ORG|Sở Nông nghiệp và Môi trường⟧ tại ⟦q6:LEGAL_REF|Tờ trình số 596/TTr-SNN&MT⟧ ⟦q6d:DATE|ngày 31/10/2025⟧; ý kiến thẩm định của ⟦o7:ORG|Sở Tư pháp⟧ tại ⟦q7:LEGAL_REF|Báo cáo số 358/BC-STP⟧ ⟦q7d:DATE|ngày 24/10/2025⟧;
⟦ORG|Ủy ban nhân dân tỉnh Quảng Ninh⟧ ban hành Quyết định sửa đổi, bổ sung một số điều của Quy định về bồi thường, hỗ trợ và tái định cư khi Nhà nước thu hồi đất trên địa bàn ⟦ADMIN_UNIT|tỉnh Quảng Ninh⟧ ban hành kèm theo ⟦q8:LEGAL_REF|Quyết định số 40/2024/QĐ-UBND⟧ ⟦q8d:DATE|ngày 04/10/2024⟧ của ⟦q8o:ORG|UBND tỉnh⟧.
Điều 1. Sửa đổi, bổ sung một số điều của Quy định về bồi thường, hỗ trợ và tái định cư khi Nhà nước thu hồi đất trên địa bàn ⟦ADMIN_UNIT|tỉnh Quảng Ninh⟧ ban hành kèm theo ⟦q9:LEGAL_REF|Quyết định số 40/2024/QĐ-UBND⟧ ⟦q9d:DATE|ngày 04/10/2024⟧ của ⟦q9o:ORG|UBND tỉnh⟧ 1. Bổ sung Điều 6a vào sau Điều 6 như sau:
“Điều 6a. Bồi thường thiệt hại đối với nhà, công trình do hạn chế khả năng sử dụng trong hành lang bảo vệ an toàn đường dây dẫn điện trên không (theo quy định tại khoản 3 Điều 16 ⟦q10:LEGAL_REF|Nghị định số 62/2025/NĐ-CP⟧ ⟦q10d:DATE|ngày 4/3/2025⟧ của ⟦q10o:ORG|Chính phủ⟧) Nhà ở, công trình phục vụ sinh hoạt của hộ gia đình, cá nhân không phải di dời khỏi hành lang an toàn bảo vệ đường dây dẫn điện áp cao trên không điện áp đến 220kV theo quy định tại khoản 1 Điều 16 ⟦q11:LEGAL_REF|Nghị định số 62/2025/NĐ-CP⟧ ⟦q11d:DATE|ngày 4/3/2025⟧ của ⟦q11o:ORG|Chính phủ⟧ thì chủ sở hữu nhà ở, công trình phục vụ sinh hoạt được bồi thường, hỗ trợ do làm hạn chế khả năng sử dụng và ảnh hưởng trong sinh hoạt. Việc bồi thường, hỗ trợ được thực hiện 01 lần như sau:
1. Nhà ở, công trình phục vụ sinh hoạt có một phần hoặc toàn bộ diện tích nằm trong hành lang bảo vệ an toàn đường dây dẫn điện áp cao trên không, được xây dựng trên đất đủ điều kiện bồi thường về đất theo quy định của pháp luật về đất đai trước ngày có thông báo thu hồi đất của cơ quan nhà nước có thẩm quyền thì chủ sở hữu nhà ở, công trình phục vụ sinh hoạt được bồi thường, hỗ trợ phần diện tích trong hành lang bảo vệ an toàn đường dây dẫn điện áp cao trên không. Mức bồi thường bằng ⟦PERCENT|50%⟧ giá trị xây dựng mới của nhà ở, công trình;
=====RELATIONS=====
h1 issued_by h0
h1 issued_on h1d
t1 issued_on t1d
t1 issued_by t1o
n1 issued_on n1d
n1 issued_by n1o
d1 issued_by cp
d2 issued_by cp
d2 implements d2l
d3 issued_by cp
d3 implements d3l
d4 issued_by cp
d4 issued_on d4d
d5 issued_by cp
d5 implements d5l
q6 issued_by o6
q6 issued_on q6d
q7 issued_by o7
q7 issued_on q7d
q8 issued_on q8d
q8 issued_by q8o
q9 issued_on q9d
q9 issued_by q9o
q10 issued_on q10d
q10 issued_by q10o
q11 issued_on q11d
q11 issued_by q11o
