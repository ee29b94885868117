doc: tnt305-tvpl__nghi-quyet-76-2025-nq-hdnd-ha-noi
source: ../shared/corpus/raw/tnt305-tvpl__nghi-quyet-76-2025-nq-hdnd-ha-noi.txt
span: 0 3364
=====TEXT=====
⟦h1:ORG|HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI⟧
------- | ⟦LOCATION|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM⟧
Độc lập - Tự do - Hạnh phúc
---------------

Số: ⟦h2:LEGAL_REF|76/2025/NQ-HĐND⟧ | ⟦ADMIN_UNIT|Hà Nội⟧, ⟦h3:DATE|ngày 27 tháng 11 năm 2025⟧

NGHỊ QUYẾT

QUY ĐỊNH MỨC TIỀN PHẠT ĐỐI VỚI MỘT SỐ HÀNH VI VI PHẠM HÀNH CHÍNH TRONG LĨNH VỰC PHÒNG CHÁY, CHỮA CHÁY TRÊN ĐỊA BÀN ⟦ADMIN_UNIT|THÀNH PHỐ HÀ NỘI⟧

(thực hiện khoản 1 Điều 33 ⟦h4:LEGAL_REF|Luật Thủ đô⟧)

Căn cứ ⟦LEGAL_REF|Luật Tổ chức chính quyền địa phương số 72/2025/QH15⟧;

Căn cứ ⟦LEGAL_REF|Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15⟧ được sửa đổi, bổ sung bởi ⟦LEGAL_REF|Luật số 87/2025/QH15⟧;

Căn cứ ⟦LEGAL_REF|Luật Thủ đô số 39/2024/QH15⟧;

Căn cứ ⟦LEGAL_REF|Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ số 55/2024/QH15⟧;

Căn cứ ⟦LEGAL_REF|Luật Xử lý vi phạm hành chính số 15/2021/QH13⟧, được sửa đổi, bổ sung bởi ⟦LEGAL_REF|Luật số 67/2020/QH14⟧ và ⟦LEGAL_REF|Luật số 88/2025/QH15⟧;

Căn cứ ⟦n1:LEGAL_REF|Nghị định số 106/2025/NĐ-CP⟧ của ⟦n2:ORG|Chính phủ⟧ quy định xử phạt vi phạm hành chính trong lĩnh vực phòng cháy, chữa cháy và cứu nạn, cứu hộ;

Căn cứ ⟦n3:LEGAL_REF|Nghị định số 189/2025/NĐ-CP⟧ của ⟦n4:ORG|Chính phủ⟧ quy định chi tiết ⟦n5:LEGAL_REF|Luật Xử lý vi phạm hành chính⟧ về thẩm quyền xử phạt vi phạm hành chính;

Xét ⟦t1:LEGAL_REF|Tờ trình số 424/TTr-UBND⟧ ⟦t2:DATE|ngày 21 tháng 11 năm 2025⟧ của ⟦t3:ORG|Ủy ban nhân dân Thành phố⟧ về việc đề nghị ban hành Nghị quyết quy định mức tiền phạt đối với một số hành vi vi phạm hành chính trong lĩnh vực phòng cháy, chữa cháy; ⟦t4:LEGAL_REF|Báo cáo thẩm tra số 112/BC-BPC⟧ ⟦t5:DATE|ngày 22 tháng 11 năm 2025⟧ của ⟦t6:ORG|Ban Pháp chế Hội đồng nhân dân Thành phố⟧; ⟦t7:LEGAL_REF|Báo cáo giải trình, tiếp thu số 479/BC-UBND⟧ ⟦t8:DATE|ngày 25 tháng 11 năm 2025⟧ của ⟦t9:ORG|Ủy ban nhân dân thành phố Hà Nội⟧; ý kiến thảo luận của đại biểu ⟦ORG|Hội đồng nhân dân⟧ tại kỳ họp;

⟦ORG|Hội đồng nhân dân⟧ ban hành Nghị quyết quy định mức tiền phạt đối với một số hành vi vi phạm hành chính trong lĩnh vực phòng cháy, chữa cháy trên địa bàn ⟦ADMIN_UNIT|thành phố Hà Nội⟧.

Điều 1. Phạm vi điều chỉnh

1. Nghị quyết này quy định mức tiền phạt áp dụng đối với một số hành vi vi phạm hành chính trong lĩnh vực phòng cháy, chữa cháy trên địa bàn ⟦ADMIN_UNIT|thành phố Hà Nội⟧ được quy định tại ⟦n6:LEGAL_REF|Nghị định số 106/2025/NĐ-CP⟧ của ⟦n7:ORG|Chính phủ⟧ quy định xử phạt vi phạm hành chính trong lĩnh vực phòng cháy, chữa cháy và cứu nạn, cứu hộ (sau đây viết tắt là ⟦LEGAL_REF|Nghị định số 106/2025/NĐ-CP⟧).

2. Những hành vi vi phạm hành chính trong lĩnh vực phòng cháy, chữa cháy không quy định tại Nghị quyết này thì áp dụng theo quy định của ⟦LEGAL_REF|Nghị định số 106/2025/NĐ-CP⟧.

3. Hình thức xử phạt bổ sung, biện pháp khắc phục hậu quả đối với các hành vi vi phạm hành chính quy định tại Nghị quyết này được áp dụng theo quy định của ⟦LEGAL_REF|Nghị định số 106/2025/NĐ-CP⟧.

Điều 2. Đối tượng áp dụng

1. Tổ chức, cá nhân trong nước và tổ chức, cá nhân nước ngoài có hành vi vi phạm hành chính trong lĩnh vực phòng cháy, chữa cháy quy định tại Điều 5 Nghị quyết này, xảy ra trên địa bàn ⟦ADMIN_UNIT|thành phố Hà Nội⟧, trừ trường hợp điều ước quốc tế mà ⟦LOCATION|Việt Nam⟧ là thành viên có quy định khác.

2. Cơ quan, người có thẩm quyền xử phạt vi phạm hành chính trong lĩnh vực phòng cháy, chữa cháy theo quy định của pháp luật.

3. Cơ quan, tổ chức, cá nhân khác có liên quan đến việc xử phạt vi phạm hành chính quy định tại Nghị quyết này.

Điều 3. Mức tiền phạt

1. Mức tiền phạt đối với các hành vi vi phạm hành chính quy định tại Nghị quyết này từ 1,2 lần đến 2 lần mức tiền phạt đối với hành vi vi phạm tương ứng quy định tại ⟦LEGAL_REF|Nghị định số 106/2025/NĐ-CP⟧ trên địa bàn ⟦ADMIN_UNIT|thành phố Hà Nội⟧ nhưng không vượt quá mức tiền phạt quy định tại Điều 24 của ⟦LEGAL_REF|Luật Xử lý vi phạm hành chính⟧ hiện hành.
=====RELATIONS=====
h2 issued_by h1
h2 issued_on h3
h2 implements h4
n1 issued_by n2
n3 issued_by n4
n3 implements n5
t1 issued_on t2
t1 issued_by t3
t4 issued_on t5
t4 issued_by t6
t7 issued_on t8
t7 issued_by t9
n6 issued_by n7
