doc: tnt305-tvpl__bai-viet-tvnd-ke-hoach-su-dung-dat-2025-ha-noi
source: ../shared/corpus/raw/tnt305-tvpl__bai-viet-tvnd-ke-hoach-su-dung-dat-2025-ha-noi.txt
span: 17159 20767
=====TEXT=====

Các nội dung khác của Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|huyện Ứng Hòa⟧ thực hiện theo ⟦e1:LEGAL_REF|Quyết định 35/QĐ-UBND⟧ ⟦e2:DATE|ngày 05/01/2025⟧ của ⟦e3:ORG|UBND Thành phố⟧.

(21) ⟦ADMIN_UNIT|Huyện Gia Lâm⟧

⟦e4:DATE|Ngày 26/5/2025⟧, Phó Chủ tịch ⟦e5:ORG|UBND Thành phố Hà Nội⟧ ký ban hành ⟦e6:LEGAL_REF|Quyết định 2637/QĐ-UBND⟧ về việc điều chỉnh, bổ sung Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|huyện Gia Lâm⟧, cụ thể như sau:

- Điều chỉnh, bổ sung 12 công trình, dự án (với tổng diện tích sử dụng đất khoảng ⟦AREA|284,57 ha⟧) trong Danh mục các công trình, dự án thực hiện trong Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|huyện Gia Lâm⟧.

- Điều chỉnh nội dung “Danh mục các công trình, dự án nằm trong kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ bao gồm 131 dự án với tổng diện tích là ⟦AREA|714,33 ha⟧” tại khoản 1 Điều 1 ⟦e7:LEGAL_REF|Quyết định 122/QĐ-UBND⟧ ⟦e8:DATE|ngày 08/01/2025⟧ của ⟦e9:ORG|UBND Thành phố⟧ thành “Danh mục các công trình, dự án nằm trong Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ bao gồm 140 dự án, với tổng diện tích khoảng ⟦AREA|998,9 ha⟧.”.

Các nội dung khác của Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|huyện Gia Lâm⟧ thực hiện theo ⟦e10:LEGAL_REF|Quyết định 122/QĐ-UBND⟧ ⟦e11:DATE|ngày 08/01/2025⟧ của ⟦e12:ORG|UBND Thành phố⟧.

(22) ⟦ADMIN_UNIT|Huyện Thanh Trì⟧

⟦e13:DATE|Ngày 24/5/2025⟧, Phó Chủ tịch ⟦e14:ORG|UBND Thành phố Hà Nội⟧ ký ban hành ⟦e15:LEGAL_REF|Quyết định 2614/QĐ-UBND⟧ về việc điều chỉnh, bổ sung Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ ⟦ADMIN_UNIT|huyện Thanh Trì⟧, cụ thể như sau:

- Điều chỉnh, bổ sung các dự án đã xác định tại ⟦e16:LEGAL_REF|Quyết định 210/QĐUBND⟧ ⟦e17:DATE|ngày 13/01/2025⟧ của ⟦e18:ORG|UBND Thành phố⟧:

+ Điều chỉnh tăng diện tích đất thực hiện dự án tại 01 dự án;

+ Điều chỉnh bổ sung diện tích đất trồng lúa (không thay đổi diện tích đất thực hiện dự án) tại 02 dự án;

- Bổ sung danh mục 27 dự án với tổng diện tích đất ⟦AREA|302,53ha⟧.

- Điều chỉnh số dự án và diện tích ghi tại khoản 1 Điều 1 thành: 145 dự án với tổng diện tích ⟦AREA|679,12ha⟧ đất.

Các nội dung khác thực hiện theo ⟦e19:LEGAL_REF|Quyết định 210/QĐ-UBND⟧ ⟦e20:DATE|ngày 13/01/2025⟧ của ⟦e21:ORG|UBND Thành phố⟧ và quy định của pháp luật hiện hành.

Đang cập nhật...

⟦ADMIN_UNIT|Hà Nội⟧ điều chỉnh bổ sung kế hoạch sử dụng đất tại các quận huyện ảnh hưởng đến thị trường bất động sản như thế nào?

⟦ORG|UBND Thành phố Hà Nội⟧ vừa ban hành các quyết định quan trọng điều chỉnh, bổ sung Kế hoạch sử dụng đất ⟦DATE|năm 2025⟧ tại nhiều quận, huyện trên địa bàn.

Những điều chỉnh này không chỉ mở rộng diện tích quy hoạch mà còn bổ sung thêm nhiều công trình, dự án trọng điểm, góp phần thúc đẩy phát triển kinh tế - xã hội, cải thiện hạ tầng và nâng cao chất lượng cuộc sống cho người dân Thủ đô.

Việc điều chỉnh, bổ sung kế hoạch sử dụng đất tại các quận, huyện của ⟦ADMIN_UNIT|Hà Nội⟧ trong ⟦DATE|năm 2025⟧ cho thấy sự linh hoạt và kịp thời của chính quyền thành phố trong việc điều phối, quản lý tài nguyên đất đai.

Những thay đổi này không chỉ đáp ứng nhu cầu thực tiễn từ cơ sở, mà còn là nền tảng vững chắc để triển khai các chiến lược phát triển đô thị, giao thông, giáo dục và an sinh xã hội.

Đặc biệt, các dự án mới được bổ sung sẽ góp phần thúc đẩy phát triển kinh tế - xã hội, cải thiện hệ thống hạ tầng kỹ thuật và xã hội, đồng thời nâng cao chất lượng cuộc sống cho người dân, phù hợp với tầm nhìn đưa ⟦ADMIN_UNIT|Hà Nội⟧ trở thành đô thị thông minh, hiện đại và đáng sống.

Căn cứ lập kế hoạch sử dụng đất hằng năm cấp huyện

Căn cứ khoản 1 Điều 67 ⟦LEGAL_REF|Luật Đất đai 2024⟧ quy định về căn cứ lập kế hoạch sử dụng đất hằng năm cấp huyện bao gồm:

- Kế hoạch sử dụng đất cấp tỉnh; quy hoạch sử dụng đất cấp huyện; quy hoạch xây dựng; quy hoạch đô thị đối với trường hợp không phải lập quy hoạch sử dụng đất cấp huyện;

- Hiện trạng sử dụng đất; kết quả thực hiện kế hoạch sử dụng đất năm trước;

- Nhu cầu, khả năng sử dụng đất của các ngành, lĩnh vực của các cấp, của các tổ chức; các công trình, dự án đã có chủ trương đầu tư;

- Khả năng đầu tư, huy động nguồn lực để thực hiện kế hoạch sử dụng đất.

=====RELATIONS=====
e1 issued_on e2
e1 issued_by e3
e6 issued_on e4
e6 issued_by e5
e7 issued_on e8
e7 issued_by e9
e10 issued_on e11
e10 issued_by e12
e15 issued_on e13
e15 issued_by e14
e16 issued_on e17
e16 issued_by e18
e19 issued_on e20
e19 issued_by e21
