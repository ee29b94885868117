doc: tnt305-tvpl__quyet-dinh-44-2025-qd-ctubnd-gia-lai
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-44-2025-qd-ctubnd-gia-lai.txt
span: 0 3366
=====TEXT=====
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH GIA LAI
------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số:
44/2025/QĐ-CTUBND | Gia Lai, ngày 20 tháng 11 năm 2025

QUYẾT ĐỊNH

PHÂN CẤP THẨM QUYỀN QUYẾT ĐỊNH TRONG QUẢN LÝ, SỬ DỤNG TÀI SẢN CÔNG TẠI CÁC CƠ QUAN, TỔ CHỨC, ĐƠN VỊ THUỘC PHẠM VI QUẢN LÝ CỦA TỈNH GIA LAI

Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;

Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật số 87/2025/QH15;

Căn cứ Luật Quản lý, sử dụng tài sản công số 15/2017/QH14 được sửa đổi, bổ sung bởi Luật số 56/2024/QH15;

Căn cứ Nghị định số 186/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Quản lý, sử dụng tài sản công;

Căn cứ Kết luận số 100-KL/ĐU ngày 17/11/2025 của Đảng ủy UBND tỉnh về kết luận của Ban Thường vụ Đảng ủy UBND tỉnh, nhiệm kỳ 2025 - 2030 tại Hội nghị lần thứ 10 về nội dung kinh tế - xã hội;

Theo đề nghị của Sở Tài chính tại Tờ trình số:
421/TTr-STC ngày 29/10/2025, 501/TTr-STC ngày 20/11/2025 và ý kiến thẩm định của Sở Tư pháp tại Báo cáo số 22/BC-STP ngày 24/10/2025;

Chủ tịch Ủy ban nhân dân ban hành Quyết định phản cấp thẩm quyền quyết định trong quản lý, sử dụng tài sản công tại các cơ quan, tổ chức, đơn vị thuộc phạm vi quản lý của tỉnh Gia Lai.

Chương I

QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Quyết định này phân cấp thẩm quyền quyết định trong quản lý, sử dụng tài sản công tại các cơ quan, tổ chức, đơn vị thuộc phạm vi quản lý của tỉnh Gia Lai theo quy định tại Nghị định số 186/2025/NĐ-CP ngày 01/7/2025 của Chính phủ (viết tắt là Nghị định số 186/2025/NĐ-CP) quy định chi tiết một số điều của Luật Quản lý, sử dụng tài sản công, gồm:

1. Giao tài sản bằng hiện vật theo quy định tại điểm b khoản 4 Điều 6, Điều 44 Nghị định số 186/2025/NĐ-CP.

2. Khai thác tài sản công theo quy định tại điểm b khoản 6 Điều 14, điểm b khoản 6 Điều 50 Nghị định số 186/2025/NĐ-CP.

3. Thu hồi tài sản công theo quy định tại khoản 3 Điều 17, khoản 2 Điều 56 Nghị định số 186/2025/NĐ-CP.

5. Bán tài sản công theo quy định tại điểm b khoản 2 Điều 22, điểm b khoản 2 Điều 58 Nghị định số 186/2025/NĐ-CP (hình thức bán không được áp dụng đối với tài sản công là đất, tài sản gắn liền với đất theo quy định tại khoản 3 Điều 40 Luật Quản lý, sử dụng tài sản công số 15/2017/QH14 được sửa đổi, bổ sung bởi điểm b khoản 3 Điều 5 Luật số 56/2024/QH15).

6. Thanh lý tài sản công theo quy định tại khoản 2 Điều 28, điểm b khoản 2 Điều 59 Nghị định số 186/2025/NĐ-CP.

7. Tiêu hủy tài sản công theo quy định tại khoản 2 Điều 32, khoản 1 Điều 60 Nghị định số 186/2025/NĐ-CP.

8. Xử lý tài sản công trong trường hợp bị mất, bị hủy hoại theo quy định tại khoản 2 Điều 34, khoản 2 Điều 61 Nghị định số 186/2025/NĐ-CP.

9. Sử dụng tài sản công tại đơn vị sự nghiệp công lập để tham gia dự án đầu tư theo phương thức đối tác công tư theo quy định tại điểm b khoản 2 Điều 46 Nghị định số 186/2025/NĐ-CP.

10. Phê duyệt Đề án sử dụng tài sản công tại đơn vị sự nghiệp công lập vào mục đích kinh doanh, cho thuê, liên doanh, liên kết theo quy định tại điểm b khoản 1 Điều 52 Nghị định số 186/2025/NĐ-CP;

11. Phê duyệt phương án xử lý tài sản phục vụ hoạt động của dự án sử dụng vốn nhà nước theo quy định tại khoản 2 Điều 91 Nghị định số 186/2025/NĐ-CP, trừ trường hợp quy định tại khoản 3, khoản 4 Điều 91 Nghị định số 186/2025/NĐ-CP.
=====RELATIONS=====
