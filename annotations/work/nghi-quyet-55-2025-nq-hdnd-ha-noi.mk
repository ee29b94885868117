doc: tnt305-tvpl__nghi-quyet-55-2025-nq-hdnd-ha-noi
source: ../shared/corpus/raw/tnt305-tvpl__nghi-quyet-55-2025-nq-hdnd-ha-noi.txt
span: 54653 57912
=====TEXT=====
50.000.000 đồng/đơn vị/năm

- | Hội Liên hiệp thanh niên trong doanh nghiệp ngoài khu vực nhà nước (tương đương tổ chức Hội cấp xã).

20.000.000 đồng/đơn vị/năm

b | Tổ chức Đoàn Thanh niên - Hội liên hiệp thanh niên trong các doanh nghiệp ngoài khu vực nhà nước trực thuộc Đoàn Thanh niên - Hội Liên hiệp thanh niên xã, phường.

- | Tổ chức Đoàn thanh niên trong doanh nghiệp ngoài khu vực nhà nước (trực thuộc tổ chức Đoàn cấp xã)

10.000.000 đồng/đơn vị/năm

- | Hội liên hiệp thanh niên trong doanh nghiệp ngoài khu vực nhà nước (trực thuộc tổ chức Hội cấp xã).

5.000.000 đồng/đơn vị/năm

3 | Chi hỗ trợ cán bộ làm công tác đoàn thể trong doanh nghiệp ngoài khu vực nhà nước.

a | Đối với tổ chức Đoàn thanh niên trong các doanh nghiệp ngoài khu vực nhà nước tương đương cấp xã trực thuộc Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội.

- | Bí thư Đoàn thanh niên (tương đương cấp xã).

600.000 đồng/người/tháng

- | Phó Bí thư Đoàn thanh niên (tương đương cấp xã).

400.000 đồng/người/tháng

b | Đối với tổ chức Đoàn thanh niên trong các doanh nghiệp ngoài khu vực nhà nước trực thuộc cấp xã.

- | Bí thư Đoàn cơ sở

250.000 đồng/người/tháng

- | Phó Bí thư Đoàn cơ sở

150.000 đồng/người/tháng

c | Đối với tổ chức Công đoàn

Chế độ phụ cấp cán bộ Công đoàn cơ sở tại các doanh nghiệp ngoài khu vực nhà nước thực hiện theo quy định của Tổng Liên đoàn Lao động Việt Nam. Trường hợp tổ chức Công đoàn tại các doanh nghiệp ngoài khu vực Nhà nước gặp khó khăn về kinh phí, không thể chi phụ cấp kiêm nhiệm đối với Chủ tịch, Phó Chủ tịch Công đoàn, thì được ngân sách Thành phố hỗ trợ kinh phí chi phụ cấp kiêm nhiệm cho Chủ tịch, Phó Chủ tịch Công đoàn cơ sở, với mức chi bằng 50% mức phụ cấp theo quy định của Tổng Liên đoàn lao động Việt Nam. | [1] Các văn bản của Văn phòng Trung ương Đảng: Quy định số 09-QĐ/VPTW ngày 22/9/2017 quy định một số chế độ chi tiêu hoạt động của các tỉnh ủy, thành ủy trực thuộc Trung ương ; Văn bản số 14612-CV/VPTW ngày 29/4/2025 về hướng dẫn thực hiện một số chế độ chi phục vụ hoạt động của các đảng ủy mới thành lập ở địa phương; Văn bản số 15316-CV/VPTW ngày 10/6/2025 về việc hướng dẫn bổ sung thực hiện một số chế độ chi phục vụ hoạt động của các đảng ủy mới thành lập ở địa phương; Văn bản số 15779-CV/VPTW ngày 29/6/2025 về việc hướng dẫn việc bảo đảm kinh phí phục vụ hoạt động của các đảng bộ xã, phường, đặc khu thành lập mới; Hướng dẫn số 56-HD/VPTW ngày 27/10/2015 về mức chi tiền thưởng kèm theo các hình thức khen thưởng đối với tổ chức đảng và đảng viên; Văn bản số 919-CV/VPTW/nb ngày 21/11/2016 quy định mức chi tiền thưởng kèm theo Huy hiệu 45 năm, 85 năm và 90 năm tuổi Đảng [1] Các văn bản của Văn phòng Trung ương Đảng: Quy định số 09-QĐ/VPTW ngày 22/9/2017 quy định một số chế độ chi tiêu hoạt động của các tỉnh ủy, thành ủy trực thuộc Trung ương; Văn bản số 14612-CV/VPTW ngày 29/4/2025 về hướng dẫn thực hiện một số chế độ chi phục vụ hoạt động của các đảng ủy mới thành lập ở địa phương; Văn bản số 15316-CV/VPTW ngày 10/6/2025 về việc hướng dẫn bổ sung thực hiện một số chế độ chi phục vụ hoạt động của các đảng ủy mới thành lập ở địa phương; Văn bản số 15779-CV/VPTW ngày 29/6/2025 về việc hướng dẫn việc bảo đảm kinh phí phục vụ hoạt động của các đảng bộ xã, phường, đặc khu thành lập mới.
=====RELATIONS=====
