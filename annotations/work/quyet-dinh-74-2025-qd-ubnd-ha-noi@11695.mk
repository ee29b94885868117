doc: tnt305-tvpl__quyet-dinh-74-2025-qd-ubnd-ha-noi
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-74-2025-qd-ubnd-ha-noi.txt
span: 11695 16583
=====TEXT=====
Trách nhiệm giám định và giải quyết sự cố công trình xây dựng, giám định xây dựng

1. ⟦ORG|Ban Quản lý các khu công nghệ cao và khu công nghiệp thành phố Hà Nội⟧ chủ trì tổ chức giám định xây dựng công trình, giám định nguyên nhân sự cố, giải quyết sự cố công trình đối với công trình xây dựng thuộc phạm vi quản lý trong các khu công nghiệp, khu công nghệ cao trên địa bàn ⟦ADMIN_UNIT|thành phố Hà Nội⟧.

2. UBND cấp xã chủ trì tổ chức giám định xây dựng đối với công trình cấp II trở xuống trên địa bàn quản lý trừ trường hợp quy định tại điểm b, c khoản 2 Điều 6 ⟦q1:LEGAL_REF|Nghị định số 06/2021/NĐ-CP⟧ ⟦d1:DATE|ngày 26/01/2021⟧ của ⟦o1:ORG|Chính phủ⟧; Chủ trì tổ chức giám định nguyên nhân sự cố, giải quyết sự cố công trình cấp II trở xuống trên địa bàn quản lý (trừ các trường hợp quy định tại Khoản 1, Khoản 3 Điều này).

3. Các Sở quản lý công trình xây dựng chuyên ngành Thành phố tham mưu giúp ⟦ORG|UBND Thành phố⟧ giám định xây dựng công trình cấp I trở lên; Giám định nguyên nhân sự cố, giải quyết sự cố công trình cấp I đối với công trình xây dựng thuộc phạm vi quản lý và đối với công trình xây dựng nằm trên địa bàn hai đơn vị hành chính cấp xã trừ các công trình được quy định tại khoản 1 Điều này.

Điều 7.
Trách nhiệm giải quyết đối với sự cố về máy, thiết bị

1. ⟦ORG|Ban Quản lý các khu công nghệ cao và khu công nghiệp thành phố Hà Nội⟧ chủ trì giải quyết sự cố về máy, thiết bị theo quy định tại khoản 2, 3 Điều 50 ⟦q2:LEGAL_REF|Nghị định số 06/2021/NĐ-CP⟧ ⟦d2:DATE|ngày 26/01/2021⟧ của ⟦o2:ORG|Chính phủ⟧ đối với công trình xây dựng thuộc phạm vi quản lý trong các khu công nghiệp, khu công nghệ cao trên địa bàn ⟦ADMIN_UNIT|thành phố Hà Nội⟧.

2. UBND cấp xã chủ trì giải quyết sự cố về máy, thiết bị tại các công trình xây dựng cấp II trở xuống trên địa bàn quản lý theo quy định tại khoản 4, 5 Điều 49 ⟦q3:LEGAL_REF|Nghị định số 06/2021/NĐ-CP⟧ ⟦d3:DATE|ngày 26/01/2021⟧ của ⟦o3:ORG|Chính phủ⟧ (trừ các trường hợp quy định tại Khoản 1, Khoản 3 Điều này).

3. Các Sở quản lý công trình xây dựng chuyên ngành Thành phố tham mưu giúp ⟦ORG|UBND Thành phố⟧ giải quyết sự cố về máy, thiết bị theo quy định tại khoản 2, 3 Điều 50 ⟦q4:LEGAL_REF|Nghị định số 06/2021/NĐ-CP⟧ ⟦d4:DATE|ngày 26/01/2021⟧ của ⟦o4:ORG|Chính phủ⟧ đối với công trình xây dựng từ cấp I trở lên thuộc phạm vi quản lý, trừ trường hợp quy định tại khoản 1 Điều này.

Điều 8.
Trách nhiệm rà soát các công trình thuộc đối tượng đánh giá an toàn công trình;
tiếp nhận và cho ý kiến về kết quả đánh giá an toàn công trình; xử lý đối với công trình có dấu hiệu nguy hiểm, không đảm bảo an toàn cho khai thác, sử dụng;
xử lý đối với công trình hết thời hạn sử dụng theo thiết kế; công bố, cho ý kiến về công trình xây dựng hết thời hạn sử dụng

1. ⟦ORG|Ban Quản lý các khu công nghệ cao và khu công nghiệp thành phố Hà Nội⟧ tổ chức thực hiện việc rà soát các công trình thuộc đối tượng đánh giá an toàn công trình thuộc địa bàn quản lý; Xử lý đối với công trình có dấu hiệu nguy hiểm, không đảm bảo an toàn cho khai thác, sử dụng; Công bố, cho ý kiến về công trình xây dựng hết thời hạn sử dụng theo thiết kế được quy định tại Điều 38, Điều 39, Điều 40, Điều 41 ⟦q5:LEGAL_REF|Nghị định số 06/2021/NĐ-CP⟧ ⟦d5:DATE|ngày 26/01/2025⟧ của ⟦o5:ORG|Chính phủ⟧ trong các khu công nghiệp, khu công nghệ cao trên địa bàn ⟦ADMIN_UNIT|thành phố Hà Nội⟧.

2. UBND cấp xã tổ chức thực hiện việc rà soát các công trình thuộc đối tượng đánh giá an toàn công trình thuộc địa bàn quản lý, bao gồm: Tổ chức xử lý đối với công trình xây dựng cấp II trở xuống có dấu hiệu nguy hiểm, không đảm bảo an toàn cho khai thác, sử dụng thuộc địa bàn quản lý theo quy định tại Điều 40 ⟦q6:LEGAL_REF|Nghị định số 06/2021/NĐ-CP⟧ ⟦d6:DATE|ngày 26/01/2021⟧ của ⟦o6:ORG|Chính phủ⟧; Tổ chức công bố, cho ý kiến về công trình xây dựng hết thời hạn sử dụng theo thiết kế đối với các công trình xây dựng cấp II trở xuống trên địa bàn quản lý được quy định tại Điều 41 ⟦q7:LEGAL_REF|Nghị định số 06/2021/NĐ-CP⟧ ⟦d7:DATE|ngày 26/01/2021⟧ của ⟦o7:ORG|Chính phủ⟧ (trừ các công trình quy định tại Khoản 1, Khoản 3 Điều này).

3. Các Sở quản lý công trình xây dựng chuyên ngành Thành phố tham mưu giúp ⟦ORG|UBND Thành phố⟧: tiếp nhận và cho ý kiến về kết quả đánh giá an toàn công trình; xử lý đối với công trình từ cấp I trở lên, công trình nằm trên địa bàn hai đơn vị hành chính cấp xã trở lên có dấu hiệu nguy hiểm, không đảm bảo an toàn cho khai thác, sử dụng; Công bố, cho ý kiến về công trình xây dựng từ cấp I trở lên và đối với công trình nằm trên địa bàn hai đơn vị hành chính cấp xã trở lên hết thời hạn sử dụng theo thiết kế được quy định tại Điều 38, Điều 39, Điều 40, Điều 41 ⟦q8:LEGAL_REF|Nghị định số 06/2021/NĐ-CP⟧ ⟦d8:DATE|ngày 26/01/2021⟧ của ⟦o8:ORG|Chính phủ⟧.

Điều 9.
Trách nhiệm quản lý trật tự xây dựng

1. ⟦ORG|Ban Quản lý các khu công nghệ cao và khu công nghiệp thành phố Hà Nội⟧ chịu trách nhiệm quản lý trật tự xây dựng các công trình xây dựng tại các khu công nghiệp, khu công nghệ cao trên địa bàn ⟦ADMIN_UNIT|thành phố Hà Nội⟧ (trừ công trình bí mật nhà nước).

2. UBND cấp xã chịu trách nhiệm quản lý trật tự xây dựng các công trình xây dựng trên địa bàn (trừ công trình bí mật nhà nước, công trình tại khoản 1 Điều này).

Điều 10. Trách nhiệm quản lý kiến trúc mặt ngoài của nhà ở


=====RELATIONS=====
q1 issued_on d1
q1 issued_by o1
q2 issued_on d2
q2 issued_by o2
q3 issued_on d3
q3 issued_by o3
q4 issued_on d4
q4 issued_by o4
q5 issued_on d5
q5 issued_by o5
q6 issued_on d6
q6 issued_by o6
q7 issued_on d7
q7 issued_by o7
q8 issued_on d8
q8 issued_by o8
