doc: tnt305-tvpl__quyet-dinh-223-2025-qd-ubnd-hai-phong
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-223-2025-qd-ubnd-hai-phong.txt
span: 769 4159
=====TEXT=====
Căn cứ Luật Xây dựng số 50/2014/QH13 ngày 18 tháng 6 năm 2014; Luật Sửa đổi, bổ sung một số điều của Luật Xây dựng số 62/2020/QH14 ngày 17 tháng 6 năm 2020;

Căn cứ Luật Quy hoạch số 21/2017/QH12 ngày 24 tháng 11 năm 2017;

Căn cứ Luật Quy hoạch đô thị và nông thôn số 47/2024/QH15 ngày 26 tháng 11 năm 2024;

Căn cứ Luật Bảo vệ môi trường số 72/2022/QH14 ngày 17 tháng 11 năm 2020;

Căn cứ Luật Tài nguyên nước số 28/2023/QH15 ngày 27 tháng 11 năm 2023;

Căn cứ Nghị định số 140/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Xây dựng;

Căn cứ Nghị định số 80/2014/NĐ-CP ngày 06 tháng 8 năm 2014 của Chính phủ về thoát nước và xử lý nước thải;

Căn cứ Nghị định số 98/2019/NĐ-CP ngày 27 tháng 12 năm 2019 của Chính phủ sửa đổi, bổ sung một số điều của các Nghị định thuộc lĩnh vực hạ tầng kỹ thuật;

Căn cứ Nghị định số 08/2022/NĐ-CP ngày 10 tháng 01 năm 2022 của Chính phủ quy định chi tiết một số điều của Luật Bảo vệ môi trường;

Căn cứ Nghị định số 05/2025/NĐ-CP ngày 06 tháng 01 năm 2025 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 08/2022/NĐ-CP ngày 10 tháng 01 năm 2022 của Chính phủ quy định chi tiết một số điều của Luật Bảo vệ môi trường;

Căn cứ Thông tư số 04/2015/TT-BXD ngày 03/4/2015 của Bộ trưởng Bộ Xây dựng về hướng dẫn thi hành một số điều của Nghị định số 80/2014/NĐ-CP ngày 06/8/2014 của Chính phủ về thoát nước và xử lý nước thải;

Căn cứ Thông tư số 13/2018/TT-BXD ngày 27/12/2018 của Bộ trưởng Bộ Xây dựng về hướng dẫn phương pháp định giá dịch vụ thoát nước;

Căn cứ Thông tư số 15/2021/TT-BXD ngày 15/12/2021 của Bộ trưởng Bộ Xây dựng về hướng dẫn về công trình hạ tầng kỹ thuật thu gom, thoát nước thải đô thị, khu dân cư tập trung;

Theo đề nghị của Giám đốc Sở Xây dựng tại Tờ trình số 356/TTr-SXD ngày 18 tháng 11 năm 2025;

Ủy ban nhân dân thành phố ban hành Quyết định ban hành Quy định quản lý hoạt động thoát nước và xử lý nước thải đô thị, khu dân cư nông thôn tập trung và khu công nghiệp; quản lý, phân loại, thu gom, vận chuyển và xử lý bùn thải từ hầm cầu, bể phốt, bùn thải từ hệ thống thoát nước trên địa bàn thành phố Hải Phòng.

Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý hoạt động thoát nước và xử lý nước thải đô thị, khu dân cư nông thôn tập trung và khu công nghiệp; quản lý, phân loại, thu gom, vận chuyển và xử lý bùn thải từ hầm cầu, bể phốt, bùn thải từ hệ thống thoát nước trên địa bàn thành phố Hải Phòng.

Điều 2. Hiệu lực thi hành

1. Quyết định này có hiệu lực kể từ ngày 12 tháng 12 năm 2025 và thay thế các Quyết định: số 23/2016/QĐ-UBND ngày 05/8/2016 của Ủy ban nhân dân tỉnh Hải Dương ban hành Quy định về Quản lý hoạt động thoát nước và xử lý nước thải trên địa bàn tỉnh Hải Dương; số 21/2023/QĐ-UBND ngày 23/6/2023 của Ủy ban nhân dân tỉnh Hải Dương sửa đổi, bổ sung một số điều của quy định quản lý hoạt động thoát nước và xử lý nước thải trên địa bàn tỉnh Hải Dương ban hành kèm theo Quyết định số 23/2016/QĐ-UBND ngày 05 tháng 8 năm 2016; số 48/2023/QĐ-UBND ngày 08/12/2023 của Ủy ban nhân dân thành phố Hải Phòng ban hành quy định quản lý hoạt động thoát nước và xử lý nước thải đô thị, khu dân cư nông thôn tập trung và khu công nghiệp; quản lý, phân loại, thu gom, vận chuyển và xử lý bùn thải từ hầm cầu, bể phốt, bùn thải từ hệ thống thoát nước trên địa bàn thành phố Hải Phòng.
=====RELATIONS=====
