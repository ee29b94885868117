doc: tnt305-tvpl__quyet-dinh-74-2025-qd-ubnd-ha-noi
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-74-2025-qd-ubnd-ha-noi.txt
span: 0 4135
=====TEXT=====
⟦h0:ORG|ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI⟧
-------- | ⟦LOCATION|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM⟧
Độc lập - Tự do - Hạnh phúc
---------------

Số: ⟦h1:LEGAL_REF|74/2025/QĐ-UBND⟧ | ⟦ADMIN_UNIT|Hà Nội⟧, ⟦h1d:DATE|ngày 04 tháng 12 năm 2025⟧

QUYẾT ĐỊNH

BAN HÀNH QUY ĐỊNH VỀ PHÂN CẤP MỘT SỐ NỘI DUNG THUỘC LĨNH VỰC XÂY DỰNG, GIAO THÔNG TRÊN ĐỊA BÀN ⟦ADMIN_UNIT|THÀNH PHỐ HÀ NỘI⟧

Căn cứ ⟦LEGAL_REF|Luật Tổ chức chính quyền địa phương số 72/2025/QH15⟧;

Căn cứ ⟦LEGAL_REF|Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15⟧ được sửa đổi, bổ sung bởi ⟦LEGAL_REF|Luật số 87/2025/QH15⟧;

Căn cứ ⟦LEGAL_REF|Luật Thủ đô số 39/2024/QH15⟧;

Căn cứ ⟦LEGAL_REF|Luật Đầu tư công số 58/2025/QH15⟧;

Căn cứ ⟦LEGAL_REF|Luật Xây dựng số 50/2014/QH13⟧ được sửa đổi, bổ sung bởi ⟦LEGAL_REF|Luật số 62/2020/QH14⟧;

Căn cứ ⟦LEGAL_REF|Luật Đường sắt số 95/2025/QH15⟧;

Căn cứ ⟦LEGAL_REF|Luật sửa đổi, bổ sung một số điều của Luật Đấu thầu, Luật Đầu tư theo phương thức đối tác công tư, Luật Hải quan, Luật Thuế giá trị gia tăng, Luật Thuế xuất khẩu, thuế nhập khẩu, Luật Đầu tư, Luật Đầu tư công, Luật Quản lý, sử dụng tài sản công số 90/2025/QH15⟧;

Căn cứ ⟦LEGAL_REF|Luật Đất đai số 31/2024/QH15⟧ được sửa đổi, bổ sung bởi ⟦LEGAL_REF|Luật số 43/2024/QH15⟧;

Căn cứ ⟦LEGAL_REF|Luật Thanh tra số 84/2025/QH15⟧;

Căn cứ ⟦LEGAL_REF|Luật Giao thông đường bộ số 35/2024/QH15⟧;

Căn cứ ⟦LEGAL_REF|Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15⟧;

Căn cứ ⟦LEGAL_REF|Luật Hàng hải số 95/2015/QH13⟧;

Căn cứ ⟦LEGAL_REF|Luật Nhà ở số 27/2023/QH15⟧;

Căn cứ ⟦LEGAL_REF|Luật Giao thông đường thủy nội địa số 23/2004/QH11⟧;

Căn cứ ⟦LEGAL_REF|Nghị định số 140/2025/NĐ-CP⟧ Quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của ⟦ORG|Bộ Xây dựng⟧;

Căn cứ ⟦LEGAL_REF|Nghị định số 06/2021/NĐ-CP⟧ Quy định chi tiết một số nội dung về quản lý chất lượng, thi công xây dựng và bảo trì công trình xây dựng;

Căn cứ ⟦LEGAL_REF|Nghị định số 35/2023/NĐ-CP⟧ Quy định sửa đổi, bổ sung một số điều của các Nghị định thuộc lĩnh vực quản lý nhà nước của ⟦ORG|Bộ Xây dựng⟧;

Căn cứ ⟦n175:LEGAL_REF|Nghị định số 175/2024/NĐ-CP⟧ Quy định chi tiết một số điều và biện pháp thi hành ⟦n175l:LEGAL_REF|Luật Xây dựng⟧ về quản lý hoạt động xây dựng;

Căn cứ ⟦LEGAL_REF|Nghị định số 111/2014/NĐ-CP⟧ Quy định niên hạn sử dụng của phương tiện thủy nội địa và niên hạn sử dụng của phương tiện thủy được phép nhập khẩu;

Căn cứ ⟦n165:LEGAL_REF|Nghị định số 165/2024/NĐ-CP⟧ Quy định chi tiết, hướng dẫn thi hành một số điều của ⟦n165l:LEGAL_REF|Luật Giao thông đường bộ⟧;

Căn cứ ⟦LEGAL_REF|Nghị định số 170/2016/NĐ-CP⟧ Về điều kiện cung cấp dịch vụ bảo đảm an toàn hàng hải;

Căn cứ ⟦LEGAL_REF|Nghị định số 06/2024/NĐ-CP⟧ Về sửa đổi, bổ sung một số điều của ⟦LEGAL_REF|Nghị định số 08/2021/NĐ-CP⟧ Quy định về quản lý hoạt động đường thuỷ nội địa;

Căn cứ ⟦n58:LEGAL_REF|Nghị định số 58/2017/NĐ-CP⟧ Quy định chi tiết một số điều của ⟦n58l:LEGAL_REF|Bộ luật hàng hải Việt Nam⟧ về quản lý hoạt động hàng hải;

Căn cứ ⟦LEGAL_REF|Nghị định số 34/2025/NĐ-CP⟧ Về sửa đổi, bổ sung một số điều của các Nghị định trong lĩnh vực hàng hải;

Căn cứ ⟦LEGAL_REF|Nghị định số 38/2017/NĐ-CP⟧ về Đầu tư xây dựng, quản lý khai thác cảng cạn; Căn cứ ⟦LEGAL_REF|Nghị định số 111/2016/NĐ-CP⟧ về Quy định điều kiện kinh doanh dịch vụ đóng mới, hoán cải, sửa chữa tàu biển;

Theo đề nghị của ⟦sxd:ORG|Sở Xây dựng⟧ tại các Tờ trình: ⟦t1:LEGAL_REF|số 441/TTr-SXD⟧ ⟦t1d:DATE|ngày 07/11/2025⟧ và ⟦t2:LEGAL_REF|số 464/TTr-SXD⟧ ⟦t2d:DATE|ngày 20/11/2025⟧ và ⟦t3:LEGAL_REF|Văn bản số 16947/SXD-TCĐT⟧ ⟦t3d:DATE|ngày 03/12/2025⟧ về ban hành quy định về phân cấp một số nội dung thuộc lĩnh vực xây dựng, giao thông trên địa bàn ⟦ADMIN_UNIT|Thành phố Hà Nội⟧;

⟦ORG|Ủy ban nhân dân thành phố Hà Nội⟧ ban hành Quyết định quy định về phân cấp một số nội dung thuộc lĩnh vực xây dựng, giao thông trên địa bàn ⟦ADMIN_UNIT|Thành phố Hà Nội⟧.

QUYẾT ĐỊNH:

Điều 1.
Ban hành kèm theo Quyết định này Quy định về phân cấp một số nội dung thuộc lĩnh vực xây dựng, giao thông trên địa bàn ⟦ADMIN_UNIT|thành phố Hà Nội⟧.

Điều 2.
Quyết định này có hiệu lực từ ⟦DATE|ngày 04/12/2025⟧ và thay thế:
Điều 14, 18 ⟦q1:LEGAL_REF|Quyết định số 15/2022/QĐ-UBND⟧ ⟦q1d:DATE|ngày 30/3/2022⟧ của ⟦q1o:ORG|UBND thành phố Hà Nội⟧ ban hành Quy định một số nội dung về quản lý đầu tư các chương trình, dự án đầu tư công của ⟦ADMIN_UNIT|thành phố Hà Nội⟧; Điều 3 ⟦q2:LEGAL_REF|Quyết định số 07/2022/QĐ- UBND⟧ ⟦q2d:DATE|ngày 13/01/2022⟧ của ⟦q2o:ORG|Ủy ban nhân dân thành phố Hà Nội⟧ ban hành Quy định chi tiết một số nội dung về cấp giấy phép xây dựng trên địa bàn ⟦ADMIN_UNIT|thành phố Hà Nội⟧; Điều 8, 11, 13, 25, 26, 27, 28 ⟦q3:LEGAL_REF|Quyết định số 33/2021/QĐ-UBND⟧ ⟦q3d:DATE|ngày 31/12/2021⟧ của ⟦q3o:ORG|UBND Ủy ban nhân dân thành phố Hà Nội⟧ ban hành Quy định trách nhiệm về quản lý chất lượng, thi công xây dựng và bảo trì công trình xây dựng trên địa bàn ⟦ADMIN_UNIT|thành phố Hà Nội⟧.
=====RELATIONS=====
h1 issued_by h0
h1 issued_on h1d
n175 implements n175l
n165 implements n165l
n58 implements n58l
t1 issued_by sxd
t1 issued_on t1d
t2 issued_by sxd
t2 issued_on t2d
t3 issued_by sxd
t3 issued_on t3d
q1 issued_on q1d
q1 issued_by q1o
q2 issued_on q2d
q2 issued_by q2o
q3 issued_on q3d
q3 issued_by q3o
