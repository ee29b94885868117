doc: tnt305-tvpl__nghi-quyet-70-2025-nq-hdnd-ha-noi
source: ../shared/corpus/raw/tnt305-tvpl__nghi-quyet-70-2025-nq-hdnd-ha-noi.txt
span: 856 5609
=====TEXT=====
Căn cứ ⟦LEGAL_REF|Luật Nhà ở số 27/2023/QH15⟧ được sửa đổi, bổ sung một số điều bởi ⟦LEGAL_REF|Luật số 43/2024/QH15⟧;

Căn cứ ⟦LEGAL_REF|Luật Quy hoạch đô thị và nông thôn số 47/2024/QH15⟧;

Căn cứ ⟦LEGAL_REF|Luật Ngân sách nhà nước số 83/2015/QH13⟧ đã được sửa đổi, bổ sung một số điều theo ⟦LEGAL_REF|Luật số 59/2020/QH14⟧ và ⟦LEGAL_REF|Luật số 56/2024/QH15⟧;

Xét ⟦t1:LEGAL_REF|Tờ trình số 434/TTr-UBND⟧ ⟦t2:DATE|ngày 21 tháng 11 năm 2025⟧ của ⟦t3:ORG|Ủy ban nhân dân Thành phố⟧ về việc ban hành Nghị quyết của ⟦ORG|Hội đồng nhân dân Thành phố⟧ quy định một số nội dung về sử dụng ngân sách để đầu tư xây dựng công trình hạ tầng kỹ thuật khung, hạ tầng xã hội thiết yếu trong dự án đầu tư xây dựng nhà ở xã hội độc lập trên địa bàn ⟦ADMIN_UNIT|thành phố Hà Nội⟧; ⟦t4:LEGAL_REF|Báo cáo thẩm tra số 114/BC-BĐT⟧ ⟦t5:DATE|ngày 24 tháng 11 năm 2025⟧ của ⟦t6:ORG|Ban Đô thị Hội đồng nhân dân Thành phố⟧; ⟦t7:LEGAL_REF|Báo cáo số 498/BC-UBND⟧ ⟦t8:DATE|ngày 25 tháng 11 năm 2025⟧ của ⟦t9:ORG|Ủy ban nhân dân Thành phố⟧ về việc tiếp thu, giải trình Báo cáo thẩm tra của ⟦ORG|Ban Đô thị Hội đồng nhân dân Thành phố⟧ về Tờ trình, dự thảo Nghị quyết quy định một số nội dung về sử dụng ngân sách để đầu tư xây dựng công trình hạ tầng kỹ thuật khung, hạ tầng xã hội thiết yếu trong dự án đầu tư xây dựng nhà ở xã hội độc lập trên địa bàn ⟦ADMIN_UNIT|thành phố Hà Nội⟧; Ý kiến thảo luận của đại biểu ⟦ORG|Hội đồng nhân dân⟧ tại kỳ họp;

⟦ORG|Hội đồng nhân dân⟧ ban hành Nghị quyết quy định một số nội dung về sử dụng ngân sách để đầu tư xây dựng công trình hạ tầng kỹ thuật khung, hạ tầng xã hội thiết yếu trong dự án đầu tư xây dựng nhà ở xã hội độc lập trên địa bàn ⟦ADMIN_UNIT|thành phố Hà Nội⟧ (thực hiện điểm b khoản 2 Điều 29 ⟦LEGAL_REF|Luật Thủ đô số 39/2024/QH15⟧).

Chương I

QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Nghị quyết này quy định về sử dụng ngân sách để đầu tư xây dựng một số công trình hạ tầng kỹ thuật khung, hạ tầng xã hội thiết yếu trong dự án đầu tư xây dựng nhà ở xã hội độc lập trên địa bàn ⟦ADMIN_UNIT|thành phố Hà Nội⟧ (thực hiện điểm b khoản 2 Điều 29 ⟦LEGAL_REF|Luật Thủ đô số 39/2024/QH15⟧) (sau đây gọi là ⟦LEGAL_REF|Luật Thủ đô⟧).

Điều 2. Đối tượng áp dụng

Các chủ đầu tư dự án đầu tư xây dựng nhà ở xã hội độc lập (sau đây viết tắt là dự án nhà ở xã hội độc lập) trên địa bàn ⟦ADMIN_UNIT|thành phố Hà Nội⟧ được đầu tư bằng nguồn tài chính công đoàn, nguồn vốn ngoài đầu tư công và các cơ quan, tổ chức, cá nhân có liên quan đến hoạt động đầu tư xây dựng nhà ở xã hội trên địa bàn ⟦ADMIN_UNIT|thành phố Hà Nội⟧.

Điều 3. Nguyên tắc đầu tư xây dựng các công trình hạ tầng sử dụng ngân sách của Thành phố

1. ⟦ORG|Hội đồng nhân dân Thành phố⟧ thống nhất giao ⟦ORG|Ủy ban nhân dân Thành phố⟧ bố trí nguồn vốn từ ngân sách của Thành phố để thực hiện đầu tư công hoặc ủy thác qua ⟦ORG|Quỹ Đầu tư phát triển Thành phố⟧ để thực hiện đầu tư xây dựng các công trình hạ tầng theo Nghị quyết này.

2. Trường hợp sử dụng nguồn vốn đầu tư công, Thành phố ưu tiên bố trí nguồn vốn đầu tư công để đầu tư xây dựng hạ tầng theo Nghị quyết này, bảo đảm tiến độ hoàn thành các dự án đầu tư xây dựng hạ tầng đồng bộ với xây dựng nhà ở xã hội trước khi được nghiệm thu đưa vào khai thác sử dụng theo quy định.

3. Kinh phí đầu tư xây dựng các công trình hạ tầng bằng nguồn vốn ngân sách theo quy định tại Nghị quyết này không tính vào giá nhà ở xã hội và chi phí đầu tư xây dựng dự án đầu tư xây dựng nhà ở xã hội.

4. Việc sử dụng ngân sách Thành phố theo quy định tại Nghị quyết này phải bảo đảm công khai, minh bạch và chịu sự kiểm tra, giám sát của cơ quan nhà nước có thẩm quyền, giám sát của cộng đồng và tuân thủ trình tự quy định về sử dụng ngân sách theo quy định.

5. Bảo đảm các nguyên tắc khác liên quan sử dụng ngân sách theo quy định.

Điều 4. Các nguồn vốn để thực hiện đầu tư xây dựng công trình hạ tầng kỹ thuật khung, hạ tầng xã hội thiết yếu

1. Vốn đầu tư công theo quy định của pháp luật về đầu tư công.

2. Vốn vay từ ⟦ORG|Quỹ Đầu tư phát triển Thành phố⟧.

3. Ngân sách của Thành phố ủy thác qua ⟦ORG|Quỹ Đầu tư phát triển Thành phố⟧ để thực hiện đầu tư xây dựng một số công trình hạ tầng kỹ thuật khung, hạ tầng xã hội thiết yếu trong dự án đầu tư xây dựng nhà ở xã hội độc lập trên địa bàn ⟦ADMIN_UNIT|thành phố Hà Nội⟧, gồm:

a) Vốn từ ngân sách của Thành phố. Hàng năm ưu tiên dành từ nguồn vốn ngân sách đầu tư phát triển của Thành phố;

b) Vốn từ nguồn tiền thu được tương đương giá trị quỹ đất ở dành để xây dựng nhà ở xã hội tại các dự án đầu tư xây dựng nhà ở thương mại, khu đô thị theo quy định của pháp luật về nhà ở và quy định của ⟦ADMIN_UNIT|thành phố Hà Nội⟧ mà chủ đầu tư đã nộp vào ngân sách của Thành phố;

c) Vốn từ nguồn tiền thu được thông qua việc đấu giá quyền sử dụng đất đối với các quỹ ⟦PERCENT|20%⟧ đất ở tại các dự án đầu tư xây dựng nhà ở thương mại, khu đô thị mà chủ đầu tư phải bàn giao cho Thành phố theo quy định;

Quỹ ⟦PERCENT|20%⟧ đất ở theo quy định tại Điểm này là quỹ đất ở đã đầu tư xây dựng hệ thống hạ tầng kỹ thuật trong phạm vi dự án đầu tư xây dựng nhà ở thương mại, khu đô thị mà chủ đầu tư phải bàn giao cho Thành phố theo quy định của Trung ương, của Thành phố;
=====RELATIONS=====
t1 issued_on t2
t1 issued_by t3
t4 issued_on t5
t4 issued_by t6
t7 issued_on t8
t7 issued_by t9
