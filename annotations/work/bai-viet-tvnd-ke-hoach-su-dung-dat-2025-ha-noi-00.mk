doc: tnt305-tvpl__bai-viet-tvnd-ke-hoach-su-dung-dat-2025-ha-noi
source: ../shared/corpus/raw/tnt305-tvpl__bai-viet-tvnd-ke-hoach-su-dung-dat-2025-ha-noi.txt
span: 0 5538
=====TEXT=====
⟦ADMIN_UNIT|Hà Nội⟧ điều chỉnh bổ sung kế hoạch sử dụng đất tại các quận huyện ra sao?

⟦ORG|UBND Thành phố Hà Nội⟧ điều chỉnh bổ sung kế hoạch sử dụng đất tại các quận huyện sau đây:

(1) ⟦ADMIN_UNIT|Quận Tây Hồ⟧

⟦d1:DATE|Ngày 22/5/2025⟧, Phó Chủ tịch ⟦o1:ORG|UBND Thành phố⟧ ⟦PERSON|Nguyễn Trọng Đông⟧ vừa ký ban hành ⟦q1:LEGAL_REF|Quyết định 2567/QĐ-UBND⟧ về việc điều chỉnh bổ sung Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|quận Tây Hồ⟧.

Theo đó, ⟦ADMIN_UNIT|quận Tây Hồ⟧ sẽ có 17 công trình, dự án được điều chỉnh, bổ sung với tổng diện tích khoảng ⟦AREA|46,84ha⟧.

Bên cạnh đó, điều chỉnh nội dung "Danh mục các công trình, dự án nằm trong kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ bao gồm 89 dự án với tổng diện tích là ⟦AREA|384,92 ha⟧" tại khoản 1 Điều 1 ⟦q2:LEGAL_REF|Quyết định 119/QĐ-UBND⟧ ⟦d2:DATE|ngày 08/01/2025⟧ của ⟦o2:ORG|UBND Thành phố Hà Nội⟧ thành "Danh mục các công trình, dự án trong Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|quận Tây Hồ⟧ bao gồm 98 dự án, với tổng diện tích khoảng ⟦AREA|426,55 ha⟧."

Các nội dung khác của Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|quận Tây Hồ⟧ thực hiện theo ⟦q3:LEGAL_REF|Quyết định 119/QĐ-UBND⟧ ⟦d3:DATE|ngày 08/01/2025⟧ của ⟦o3:ORG|UBND Thành phố Hà Nội⟧.

(2) ⟦ADMIN_UNIT|Quận Long Biên⟧

⟦d4:DATE|Ngày 23/5/2025⟧, Phó Chủ tịch ⟦o4:ORG|UBND Thành phố⟧ ⟦PERSON|Nguyễn Trọng Đông⟧ vừa ký ban hành ⟦q4:LEGAL_REF|Quyết định 2595/QĐ-UBND⟧ về việc điều chỉnh bổ sung Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|quận Long Biên⟧ đã được ⟦o5:ORG|UBND Thành phố⟧ phê duyệt tại ⟦q5:LEGAL_REF|Quyết định 11/QĐ-UBND⟧ ⟦d5:DATE|ngày 03/01/2025⟧.

- Bổ sung 21 công trình, dự án, trong đó là một số các dự án trọng điểm: ⟦PROJECT|Cải tạo nâng cấp sông Cầu Bây⟧; ⟦p1:PROJECT|xây dựng 3 tuyến đường theo quy hoạch⟧ (01 tuyến đường 13,0m nối từ ⟦LOCATION|đê tả Hồng hữu Đuống⟧ đến ⟦LOCATION|đường 40m Ngọc Thụy⟧, 01 tuyến từ ⟦LOCATION|ngõ 66 Ngọc Thụy⟧ đến ⟦LOCATION|đường 40m Ngọc Thụy⟧ và 01 tuyến 13,5m từ ⟦LOCATION|ngõ 140 Ngọc Thụy⟧ đến hết ô A.8/NT2), ⟦u1:ADMIN_UNIT|phường Ngọc Thụy⟧; dự án ⟦PROJECT|TP1.2: GPMB trên địa bàn quận Long Biên⟧; dự án ⟦PROJECT|đầu tư xây dựng cầu Trần Hưng Đạo⟧ với tổng diện tích sử dụng đất khoảng ⟦AREA|218,27ha⟧.

- Điều chỉnh nội dung “Danh mục các công trình, dự án nằm trong kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ bao gồm 152 dự án với tổng diện tích là ⟦AREA|651,03ha⟧” tại khoản 1 Điều 1 ⟦q6:LEGAL_REF|Quyết định 11/QĐ-UBND⟧ ⟦d6:DATE|ngày 03/01/2025⟧ của ⟦o6:ORG|UBND TP⟧ thành “Danh mục các công trình, dự án trong Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|quận Long Biên⟧ bao gồm 173 dự án, với tổng diện tích khoảng ⟦AREA|869,30 ha⟧.”.

- Các nội dung khác của Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|quận Long Biên⟧ thực hiện theo ⟦q7:LEGAL_REF|Quyết định 11/QĐ-UBND⟧ ⟦d7:DATE|năm 2025⟧ của ⟦o7:ORG|UBND Thành phố Hà Nội⟧.

(3) ⟦ADMIN_UNIT|Hà Đông⟧

⟦d8:DATE|Ngày 22/5/2025⟧, Phó Chủ tịch ⟦o8:ORG|UBND Thành phố⟧ ⟦PERSON|Nguyễn Trọng Đông⟧ vừa ký ban hành ⟦q8:LEGAL_REF|Quyết định 2571/QĐ-UBND⟧ về việc điều chỉnh, bổ sung Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|quận Hà Đông⟧, cụ thể như sau:

- Bổ sung danh mục 06 dự án với tổng diện tích ⟦AREA|8,07ha⟧ đất.

- Điều chỉnh số dự án và diện tích ghi tại khoản 1 Điều 1 thành 44 dự án với tổng diện tích ⟦AREA|274,79ha⟧ đất.

Các nội dung khác thực hiện theo ⟦q9:LEGAL_REF|Quyết định 123/QĐ-UBND⟧ ⟦d9:DATE|ngày 08/01/2025⟧ của ⟦o9:ORG|UBND Thành phố⟧ và quy định của pháp luật hiện hành.

(4) ⟦ADMIN_UNIT|Huyện Quốc Oai⟧

⟦d10:DATE|Ngày 22/5/2025⟧, Phó Chủ tịch ⟦o10:ORG|UBND Thành phố⟧ ⟦PERSON|Nguyễn Trọng Đông⟧ vừa ký ban hành ⟦q10:LEGAL_REF|Quyết định 2570/QĐ-UBND⟧ về việc điều chỉnh, bổ sung Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|huyện Quốc Oai⟧, cụ thể như sau:

- Điều chỉnh, bổ sung 07 công trình, dự án với tổng diện tích sử dụng đất khoảng ⟦AREA|16,74 ha⟧ (trong đó: điều chỉnh 05 dự án, diện tích ⟦AREA|4,68 ha⟧; bổ sung mới 02 dự án, diện tích ⟦AREA|12,06 ha⟧) trong Danh mục các công trình, dự án thực hiện trong Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|huyện Quốc Oai⟧.

- Điều chỉnh nội dung “Danh mục các công trình, dự án nằm trong kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ bao gồm 126 dự án với tổng diện tích là ⟦AREA|1.068,02ha⟧” tại khoản 1 Điều 1 ⟦q11:LEGAL_REF|Quyết định 177/QĐ-UBND⟧ ⟦d11:DATE|ngày 10/01/2025⟧ của ⟦o11:ORG|UBND Thành phố⟧ thành “Danh mục các công trình, dự án trong Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|huyện Quốc Oai⟧ bao gồm 128 dự án, với tổng diện tích khoảng ⟦AREA|1.080,08ha⟧”.

Các nội dung khác của Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|huyện Quốc Oai⟧ thực hiện theo ⟦q12:LEGAL_REF|Quyết định 177/QĐ-UBND⟧ ⟦d12:DATE|ngày 10/01/2025⟧ của ⟦o12:ORG|UBND Thành phố⟧.

(5) ⟦ADMIN_UNIT|Huyện Phúc Thọ⟧

Phó Chủ tịch ⟦o13:ORG|UBND Thành phố⟧ ⟦PERSON|Nguyễn Trọng Đông⟧ vừa ký ban hành ⟦q13:LEGAL_REF|Quyết định 2573/QĐ-UBND⟧ về việc điều chỉnh, bổ sung Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|huyện Phúc Thọ⟧, cụ thể như sau:

- Điều chỉnh, bổ sung diện tích (diện tích thu hồi, đăng ký chuyển mục đíchđất trồng lúa để làm thủ tục xin giao đất): 47 dự án

- Bổ sung đăng ký mới danh mục 05 dự án với diện tích ⟦AREA|20,69ha⟧

- Điều chỉnh nội dung tại khoản 2 Điều 1 ⟦q14:LEGAL_REF|Quyết định 364/QĐ-UBND⟧ ⟦d14:DATE|ngày 17/01/2025⟧ của ⟦o14:ORG|UBND Thành phố⟧ thành: 156 dự án, tổng diện tích ⟦AREA|561,22ha⟧.

Các nội dung khác của Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|huyện Phúc Thọ⟧ thực hiện theo ⟦q15:LEGAL_REF|Quyết định 32/QĐ-UBND⟧ ⟦d15:DATE|ngày 05/01/2025⟧ và ⟦q16:LEGAL_REF|Quyết định 364/QĐ-UBND⟧ ⟦d16:DATE|ngày 17/01/2025⟧ của ⟦o16:ORG|UBND Thành phố⟧.

(6) ⟦ADMIN_UNIT|Quận Ba Đình⟧

⟦d17:DATE|Ngày 20/5/2025⟧, ⟦o17:ORG|UBND Thành phố Hà Nội⟧ đã ban hành ⟦q17:LEGAL_REF|Quyết định 2515/QĐ-UBND⟧ ⟦y17:DATE|năm 2025⟧ về việc điều chỉnh, bổ sung Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|quận Ba Đình⟧, cụ thể như sau:

- Điều chỉnh, bổ sung 02 công trình, dự án (với tổng diện tích sử dụng đất khoảng ⟦AREA|0,2087ha⟧) trong Danh mục các công trình, dự án thực hiện trong Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|quận Ba Đình⟧.

- Điều chỉnh nội dung “Danh mục các công trình, dự án nằm trong kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ bao gồm 55 dự án với tổng diện tích là ⟦AREA|30,583 ha⟧” tại khoản 1 Điều 1 ⟦q18:LEGAL_REF|Quyết định 21/QĐ-UBND⟧ ⟦d18:DATE|năm 2025⟧ của ⟦o18:ORG|UBND Thành phố⟧ thành “Danh mục các công trình, dự án nằm trong kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ bao gồm 57 dự án, với tổng diện tích khoảng ⟦AREA|30,7917ha⟧.

Các nội dung khác của Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|quận Ba Đình⟧ thực hiện theo ⟦q19:LEGAL_REF|Quyết định 21/QĐ-UBND⟧ ⟦d19:DATE|ngày 03/01/2025⟧ của ⟦o19:ORG|UBND Thành phố⟧.

(7) ⟦ADMIN_UNIT|Quận Hai Bà Trưng⟧

⟦d20:DATE|Ngày 20/05/2025⟧, ⟦o20:ORG|UBND Thành phố Hà Nội⟧ ban hành ⟦q20:LEGAL_REF|Quyết định 2509/QĐ-UBND⟧ ⟦y20:DATE|năm 2025⟧ về việc điều chỉnh, bổ sung Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|quận Hai Bà Trưng⟧, cụ thể như sau:

=====RELATIONS=====
q1 issued_on d1
q1 issued_by o1
q2 issued_on d2
q2 issued_by o2
q3 issued_on d3
q3 issued_by o3
q4 issued_on d4
q4 issued_by o4
q5 issued_by o5
q5 issued_on d5
p1 located_in u1
q6 issued_on d6
q6 issued_by o6
q7 issued_on d7
q7 issued_by o7
q8 issued_on d8
q8 issued_by o8
q9 issued_on d9
q9 issued_by o9
q10 issued_on d10
q10 issued_by o10
q11 issued_on d11
q11 issued_by o11
q12 issued_on d12
q12 issued_by o12
q13 issued_by o13
q14 issued_on d14
q14 issued_by o14
q15 issued_on d15
q15 issued_by o16
q16 issued_on d16
q16 issued_by o16
q17 issued_on d17
q17 issued_on y17
q17 issued_by o17
q18 issued_on d18
q18 issued_by o18
q19 issued_on d19
q19 issued_by o19
q20 issued_on d20
q20 issued_on y20
q20 issued_by o20
