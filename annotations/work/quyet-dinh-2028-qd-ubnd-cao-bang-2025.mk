doc: tnt305-tvpl__quyet-dinh-2028-qd-ubnd-cao-bang-2025
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-2028-qd-ubnd-cao-bang-2025.txt
span: 19861 23106
=====TEXT=====
- Bộ phận tiếp nhận và trả kết quả của ⟦ORG|Sở Nội vụ⟧ tại ⟦ORG|TTPVHCC tỉnh⟧;
- TTPVHCC các xã, phường. | 10 ngày làm việc

Tổng thời gian giải quyết | 60 ngày làm việc | III.
LĨNH VỰC LAO ĐỘNG: 01 QUY TRÌNH.
Quy trình số 01
1. Quy trình nội bộ giải quyết TTHC: Tuyển chọn kiến trúc sư trưởng cấp tỉnh, dự án (Mã TTHC: 1.014319)
1.1. Đối với trường hợp tuyển chọn Kiến trúc sư trưởng cấp tỉnh | Bước thực hiện | Nội dung công việc | Đơn vị thực hiện | Thời gian thực hiện

Bước 1 | - Công bố, công khai danh mục dự án, nhiệm vụ và nhu cầu tuyển chọn.
- Cập nhật vào Hệ thống thông tin giải quyết TTHC của tỉnh và chuyển ngay đến cơ quan có thẩm quyền giải quyết theo quy định (hoặc chuyển vào đầu giờ ngày làm việc tiếp theo đối với trường hợp tiếp nhận sau 15 giờ hàng ngày); chuyển hồ sơ giấy đến cơ quan có thẩm quyền để giải quyết trong không quá 01 ngày làm việc kể từ khi tiếp nhận hồ sơ. | - Bộ phận tiếp nhận và trả kết quả của ⟦ORG|Sở Nội vụ⟧ tại ⟦ORG|TTPVHCC tỉnh Cao Bằng⟧;
- TTPVHCC các xã, phường; | Không quy định

Bước 2 | Tiếp nhận hồ sơ | - Bộ phận tiếp nhận và trả kết quả của ⟦ORG|Sở Nội vụ⟧ tại ⟦ORG|TTPVHCC tỉnh Cao Bằng⟧;
- TTPVHCC các xã, phường; | Không quy định

Bước 3 | Kiểm tra, tổng hợp và mời ứng tuyển | - ⟦ORG|Phòng Tổ chức bộ máy và Công chức, viên chức Sở Nội vụ⟧.
- Các cá nhân, cơ quan, đơn vị liên quan | Không quy định

Bước 4 | Quyết định lựa chọn | ⟦ORG|Ủy ban nhân dân tỉnh⟧ | Không quy định

Bước 5 | Ký hợp đồng lao động | - ⟦ORG|Ủy ban nhân dân tỉnh⟧;
- Các sở, ban, ngành tỉnh;
- Hội đồng tư vấn (trong trường hợp thành lập Hội đồng tư vấn);
- Các cá nhân, cơ quan, đơn vị liên quan. | Không quy định

Bước 6 | Thông báo cho cá nhân, tổ chức đến nhận kết quả | - Bộ phận tiếp nhận và trả kết quả của ⟦ORG|Sở Nội vụ⟧ tại ⟦ORG|TTPVHCC tỉnh Cao Bằng⟧;
- TTPVHCC các xã, phường. | Không quy định

Tổng thời gian giải quyết TTHC

Không quy định | 1.2. Đối với trường hợp tuyển chọn Kiến trúc sư trưởng cấp Dự án | Bước thực hiện | Nội dung công việc | Đơn vị thực hiện | Thời gian thực hiện

Bước 1 | - Công bố, công khai danh mục dự án, nhiệm vụ và nhu cầu tuyển chọn - Cập nhật vào Hệ thống thông tin giải quyết TTHC của tỉnh và chuyển ngay đến cơ quan có thẩm quyền giải quyết theo quy định (hoặc chuyển vào đầu giờ ngày làm việc tiếp theo đối với trường hợp tiếp nhận sau 15 giờ hàng ngày); chuyển hồ sơ giấy đến cơ quan có thẩm quyền để giải quyết trong không quá 01 ngày làm việc kể từ khi tiếp nhận hồ sơ. | - Bộ phận tiếp nhận và trả kết quả của ⟦ORG|Sở Nội vụ⟧ tại ⟦ORG|TTPVHCC tỉnh Cao Bằng⟧;
- TTPVHCC các xã, phường;
- Ban quản lý dự án. | Không quy định

Bước 2 | Tiếp nhận hồ sơ | - Bộ phận tiếp nhận và trả kết quả của ⟦ORG|Sở Nội vụ⟧ tại ⟦ORG|TTPVHCC tỉnh⟧;
- TTPVHCC các xã, phường;
- Ban quản lý dự án.
- ⟦ORG|Phòng Tổ chức bộ máy và Công chức, viên chức Sở Nội vụ⟧. | Không quy định

Bước 3 | Kiểm tra, tổng hợp và mời ứng tuyển | - Ban quản lý dự án;
- Các cá nhân, cơ quan, đơn vị liên quan. | Không quy định

Bước 4 | Quyết định lựa chọn | Ban quản lý dự án | Không quy định

Bước 5 | Ký hợp đồng lao động | - Ban quản lý dự án;
- Các cá nhân, cơ quan, đơn vị liên quan. | Không quy định

Bước 6 | Thông báo cho cá nhân, tổ chức đến nhận kết quả | - Bộ phận tiếp nhận và trả kết quả của ⟦ORG|Sở Nội vụ⟧ tại ⟦ORG|TTPVHCC tỉnh⟧;
- TTPVHCC các xã, phường;
- Ban quản lý dự án. | Không quy định
=====RELATIONS=====
