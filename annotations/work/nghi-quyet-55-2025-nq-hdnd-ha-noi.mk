doc: tnt305-tvpl__nghi-quyet-55-2025-nq-hdnd-ha-noi
source: ../shared/corpus/raw/tnt305-tvpl__nghi-quyet-55-2025-nq-hdnd-ha-noi.txt
span: 54653 57912
=====TEXT=====
⟦MONEY|50.000.000 đồng⟧/đơn vị/năm

- | Hội Liên hiệp thanh niên trong doanh nghiệp ngoài khu vực nhà nước (tương đương tổ chức Hội cấp xã).

⟦MONEY|20.000.000 đồng⟧/đơn vị/năm

b | Tổ chức Đoàn Thanh niên - Hội liên hiệp thanh niên trong các doanh nghiệp ngoài khu vực nhà nước trực thuộc Đoàn Thanh niên - Hội Liên hiệp thanh niên xã, phường.

- | Tổ chức Đoàn thanh niên trong doanh nghiệp ngoài khu vực nhà nước (trực thuộc tổ chức Đoàn cấp xã)

⟦MONEY|10.000.000 đồng⟧/đơn vị/năm

- | Hội liên hiệp thanh niên trong doanh nghiệp ngoài khu vực nhà nước (trực thuộc tổ chức Hội cấp xã).

⟦MONEY|5.000.000 đồng⟧/đơn vị/năm

3 | Chi hỗ trợ cán bộ làm công tác đoàn thể trong doanh nghiệp ngoài khu vực nhà nước.

a | Đối với tổ chức Đoàn thanh niên trong các doanh nghiệp ngoài khu vực nhà nước tương đương cấp xã trực thuộc ⟦ORG|Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội⟧.

- | Bí thư Đoàn thanh niên (tương đương cấp xã).

⟦MONEY|600.000 đồng⟧/người/tháng

- | Phó Bí thư Đoàn thanh niên (tương đương cấp xã).

⟦MONEY|400.000 đồng⟧/người/tháng

b | Đối với tổ chức Đoàn thanh niên trong các doanh nghiệp ngoài khu vực nhà nước trực thuộc cấp xã.

- | Bí thư Đoàn cơ sở

⟦MONEY|250.000 đồng⟧/người/tháng

- | Phó Bí thư Đoàn cơ sở

⟦MONEY|150.000 đồng⟧/người/tháng

c | Đối với tổ chức Công đoàn

Chế độ phụ cấp cán bộ Công đoàn cơ sở tại các doanh nghiệp ngoài khu vực nhà nước thực hiện theo quy định của ⟦ORG|Tổng Liên đoàn Lao động Việt Nam⟧. Trường hợp tổ chức Công đoàn tại các doanh nghiệp ngoài khu vực Nhà nước gặp khó khăn về kinh phí, không thể chi phụ cấp kiêm nhiệm đối với Chủ tịch, Phó Chủ tịch Công đoàn, thì được ngân sách Thành phố hỗ trợ kinh phí chi phụ cấp kiêm nhiệm cho Chủ tịch, Phó Chủ tịch Công đoàn cơ sở, với mức chi bằng ⟦PERCENT|50%⟧ mức phụ cấp theo quy định của ⟦ORG|Tổng Liên đoàn lao động Việt Nam⟧. | [1] Các văn bản của ⟦e1:ORG|Văn phòng Trung ương Đảng⟧: ⟦e2:LEGAL_REF|Quy định số 09-QĐ/VPTW⟧ ⟦e3:DATE|ngày 22/9/2017⟧ quy định một số chế độ chi tiêu hoạt động của các tỉnh ủy, thành ủy trực thuộc Trung ương ; ⟦e4:LEGAL_REF|Văn bản số 14612-CV/VPTW⟧ ⟦e5:DATE|ngày 29/4/2025⟧ về hướng dẫn thực hiện một số chế độ chi phục vụ hoạt động của các đảng ủy mới thành lập ở địa phương; ⟦e6:LEGAL_REF|Văn bản số 15316-CV/VPTW⟧ ⟦e7:DATE|ngày 10/6/2025⟧ về việc hướng dẫn bổ sung thực hiện một số chế độ chi phục vụ hoạt động của các đảng ủy mới thành lập ở địa phương; ⟦e8:LEGAL_REF|Văn bản số 15779-CV/VPTW⟧ ⟦e9:DATE|ngày 29/6/2025⟧ về việc hướng dẫn việc bảo đảm kinh phí phục vụ hoạt động của các đảng bộ xã, phường, đặc khu thành lập mới; ⟦e10:LEGAL_REF|Hướng dẫn số 56-HD/VPTW⟧ ⟦e11:DATE|ngày 27/10/2015⟧ về mức chi tiền thưởng kèm theo các hình thức khen thưởng đối với tổ chức đảng và đảng viên; ⟦e12:LEGAL_REF|Văn bản số 919-CV/VPTW/nb⟧ ⟦e13:DATE|ngày 21/11/2016⟧ quy định mức chi tiền thưởng kèm theo Huy hiệu 45 năm, 85 năm và 90 năm tuổi Đảng [1] Các văn bản của ⟦e14:ORG|Văn phòng Trung ương Đảng⟧: ⟦e15:LEGAL_REF|Quy định số 09-QĐ/VPTW⟧ ⟦e16:DATE|ngày 22/9/2017⟧ quy định một số chế độ chi tiêu hoạt động của các tỉnh ủy, thành ủy trực thuộc Trung ương; ⟦e17:LEGAL_REF|Văn bản số 14612-CV/VPTW⟧ ⟦e18:DATE|ngày 29/4/2025⟧ về hướng dẫn thực hiện một số chế độ chi phục vụ hoạt động của các đảng ủy mới thành lập ở địa phương; ⟦e19:LEGAL_REF|Văn bản số 15316-CV/VPTW⟧ ⟦e20:DATE|ngày 10/6/2025⟧ về việc hướng dẫn bổ sung thực hiện một số chế độ chi phục vụ hoạt động của các đảng ủy mới thành lập ở địa phương; ⟦e21:LEGAL_REF|Văn bản số 15779-CV/VPTW⟧ ⟦e22:DATE|ngày 29/6/2025⟧ về việc hướng dẫn việc bảo đảm kinh phí phục vụ hoạt động của các đảng bộ xã, phường, đặc khu thành lập mới.
=====RELATIONS=====
e2 issued_on e3
e2 issued_by e1
e4 issued_on e5
e4 issued_by e1
e6 issued_on e7
e6 issued_by e1
e8 issued_on e9
e8 issued_by e1
e10 issued_on e11
e10 issued_by e1
e12 issued_on e13
e12 issued_by e1
e15 issued_on e16
e15 issued_by e14
e17 issued_on e18
e17 issued_by e14
e19 issued_on e20
e19 issued_by e14
e21 issued_on e22
e21 issued_by e14
