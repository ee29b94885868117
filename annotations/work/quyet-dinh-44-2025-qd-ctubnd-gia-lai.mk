doc: tnt305-tvpl__quyet-dinh-44-2025-qd-ctubnd-gia-lai
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-44-2025-qd-ctubnd-gia-lai.txt
span: 0 3366
=====TEXT=====
CHỦ TỊCH ⟦e1:ORG|ỦY BAN NHÂN DÂN TỈNH GIA LAI⟧
------- | ⟦LOCATION|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM⟧
Độc lập - Tự do - Hạnh phúc
---------------

Số:
⟦e2:LEGAL_REF|44/2025/QĐ-CTUBND⟧ | ⟦ADMIN_UNIT|Gia Lai⟧, ⟦e3:DATE|ngày 20 tháng 11 năm 2025⟧

QUYẾT ĐỊNH

PHÂN CẤP THẨM QUYỀN QUYẾT ĐỊNH TRONG QUẢN LÝ, SỬ DỤNG TÀI SẢN CÔNG TẠI CÁC CƠ QUAN, TỔ CHỨC, ĐƠN VỊ THUỘC PHẠM VI QUẢN LÝ CỦA ⟦ADMIN_UNIT|TỈNH GIA LAI⟧

Căn cứ ⟦LEGAL_REF|Luật Tổ chức chính quyền địa phương số 72/2025/QH15⟧;

Căn cứ ⟦LEGAL_REF|Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15⟧ được sửa đổi, bổ sung bởi ⟦LEGAL_REF|Luật số 87/2025/QH15⟧;

Căn cứ ⟦LEGAL_REF|Luật Quản lý, sử dụng tài sản công số 15/2017/QH14⟧ được sửa đổi, bổ sung bởi ⟦LEGAL_REF|Luật số 56/2024/QH15⟧;

Căn cứ ⟦e4:LEGAL_REF|Nghị định số 186/2025/NĐ-CP⟧ của ⟦e5:ORG|Chính phủ⟧ quy định chi tiết một số điều của ⟦e6:LEGAL_REF|Luật Quản lý, sử dụng tài sản công⟧;

Căn cứ ⟦e7:LEGAL_REF|Kết luận số 100-KL/ĐU⟧ ⟦e8:DATE|ngày 17/11/2025⟧ của ⟦e9:ORG|Đảng ủy UBND tỉnh⟧ về kết luận của ⟦ORG|Ban Thường vụ Đảng ủy UBND tỉnh⟧, ⟦DATE|nhiệm kỳ 2025 - 2030⟧ tại Hội nghị lần thứ 10 về nội dung kinh tế - xã hội;

Theo đề nghị của ⟦e10:ORG|Sở Tài chính⟧ tại Tờ trình số:
⟦e11:LEGAL_REF|421/TTr-STC⟧ ⟦e12:DATE|ngày 29/10/2025⟧, ⟦e13:LEGAL_REF|501/TTr-STC⟧ ⟦e14:DATE|ngày 20/11/2025⟧ và ý kiến thẩm định của ⟦e15:ORG|Sở Tư pháp⟧ tại ⟦e16:LEGAL_REF|Báo cáo số 22/BC-STP⟧ ⟦e17:DATE|ngày 24/10/2025⟧;

Chủ tịch ⟦ORG|Ủy ban nhân dân⟧ ban hành Quyết định phản cấp thẩm quyền quyết định trong quản lý, sử dụng tài sản công tại các cơ quan, tổ chức, đơn vị thuộc phạm vi quản lý của ⟦ADMIN_UNIT|tỉnh Gia Lai⟧.

Chương I

QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Quyết định này phân cấp thẩm quyền quyết định trong quản lý, sử dụng tài sản công tại các cơ quan, tổ chức, đơn vị thuộc phạm vi quản lý của ⟦ADMIN_UNIT|tỉnh Gia Lai⟧ theo quy định tại ⟦e18:LEGAL_REF|Nghị định số 186/2025/NĐ-CP⟧ ⟦e19:DATE|ngày 01/7/2025⟧ của ⟦e20:ORG|Chính phủ⟧ (viết tắt là ⟦LEGAL_REF|Nghị định số 186/2025/NĐ-CP⟧) quy định chi tiết một số điều của ⟦e21:LEGAL_REF|Luật Quản lý, sử dụng tài sản công⟧, gồm:

1. Giao tài sản bằng hiện vật theo quy định tại điểm b khoản 4 Điều 6, Điều 44 ⟦LEGAL_REF|Nghị định số 186/2025/NĐ-CP⟧.

2. Khai thác tài sản công theo quy định tại điểm b khoản 6 Điều 14, điểm b khoản 6 Điều 50 ⟦LEGAL_REF|Nghị định số 186/2025/NĐ-CP⟧.

3. Thu hồi tài sản công theo quy định tại khoản 3 Điều 17, khoản 2 Điều 56 ⟦LEGAL_REF|Nghị định số 186/2025/NĐ-CP⟧.

5. Bán tài sản công theo quy định tại điểm b khoản 2 Điều 22, điểm b khoản 2 Điều 58 ⟦LEGAL_REF|Nghị định số 186/2025/NĐ-CP⟧ (hình thức bán không được áp dụng đối với tài sản công là đất, tài sản gắn liền với đất theo quy định tại khoản 3 Điều 40 ⟦LEGAL_REF|Luật Quản lý, sử dụng tài sản công số 15/2017/QH14⟧ được sửa đổi, bổ sung bởi điểm b khoản 3 Điều 5 ⟦LEGAL_REF|Luật số 56/2024/QH15⟧).

6. Thanh lý tài sản công theo quy định tại khoản 2 Điều 28, điểm b khoản 2 Điều 59 ⟦LEGAL_REF|Nghị định số 186/2025/NĐ-CP⟧.

7. Tiêu hủy tài sản công theo quy định tại khoản 2 Điều 32, khoản 1 Điều 60 ⟦LEGAL_REF|Nghị định số 186/2025/NĐ-CP⟧.

8. Xử lý tài sản công trong trường hợp bị mất, bị hủy hoại theo quy định tại khoản 2 Điều 34, khoản 2 Điều 61 ⟦LEGAL_REF|Nghị định số 186/2025/NĐ-CP⟧.

9. Sử dụng tài sản công tại đơn vị sự nghiệp công lập để tham gia dự án đầu tư theo phương thức đối tác công tư theo quy định tại điểm b khoản 2 Điều 46 ⟦LEGAL_REF|Nghị định số 186/2025/NĐ-CP⟧.

10. Phê duyệt Đề án sử dụng tài sản công tại đơn vị sự nghiệp công lập vào mục đích kinh doanh, cho thuê, liên doanh, liên kết theo quy định tại điểm b khoản 1 Điều 52 ⟦LEGAL_REF|Nghị định số 186/2025/NĐ-CP⟧;

11. Phê duyệt phương án xử lý tài sản phục vụ hoạt động của dự án sử dụng vốn nhà nước theo quy định tại khoản 2 Điều 91 ⟦LEGAL_REF|Nghị định số 186/2025/NĐ-CP⟧, trừ trường hợp quy định tại khoản 3, khoản 4 Điều 91 ⟦LEGAL_REF|Nghị định số 186/2025/NĐ-CP⟧.
=====RELATIONS=====
e2 issued_by e1
e2 issued_on e3
e4 issued_by e5
e4 implements e6
e7 issued_on e8
e7 issued_by e9
e11 issued_by e10
e11 issued_on e12
e13 issued_by e10
e13 issued_on e14
e16 issued_by e15
e16 issued_on e17
e18 issued_on e19
e18 issued_by e20
e18 implements e21
