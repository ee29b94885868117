doc: seed-lang-son-2025-03
source: ../shared/seed/bao-cao-lang-son-2025-03.txt
span: 17501 23189
=====TEXT=====

¹³ ⟦e1:LEGAL_REF|Đề án 438/ĐA-UBND⟧ ngày ⟦e2:DATE|ngày 14/02/2025⟧ của ⟦e3:ORG|UBND thành phố⟧.

¹⁴ Chấm dứt hoạt động của ⟦ORG|Hội Đông y thành phố⟧; sáp nhập ⟦ORG|Hội Cựu giáo chức⟧ vào ⟦ORG|Hội Khuyến học thành phố⟧; sáp nhập ⟦ORG|Hội nạn nhân chất độc da cam Dioxin⟧ và ⟦ORG|Hội Người khuyết tật thành phố⟧ vào ⟦ORG|Hội Chữ thập đỏ thành phố⟧; sáp nhập Hội Cựu giáo chức cấp xã vào Hội Khuyến học cấp xã; sáp nhập Hội nạn nhân chất độc da cam Dioxin cấp xã vào Hội Chữ thập đỏ cấp xã.

¹⁵ Trong đó đất đai: 10 lượt; GPMB: 03 lượt; khác: 02 lượt.

¹⁶ Ban hành Quyết định đình chỉ giải quyết khiếu nại 01 vụ việc (bà ⟦PERSON|Đinh Thị Dung⟧).

giải quyết trước hạn $202/470 = ⟦PERCENT|42,98\%⟧$; đúng hạn là $257/470 = ⟦PERCENT|54,68\%⟧$, quá hạn 11/470 chiếm ⟦PERCENT|2,34%⟧; số hồ sơ đang trong hạn giải quyết: 116 hồ sơ; hồ sơ hủy: 01; Hồ sơ không đủ điều kiện: 45; Hồ sơ tạm dừng: 0

Công tác đăng ký, quản lý hộ tịch, chứng thực, theo dõi thi hành pháp luật và xử lý vi phạm hành chính được duy trì thực hiện thường xuyên theo đúng quy định¹⁷; chỉ đạo, đôn đốc, hướng dẫn các cơ quan, đơn vị trực thuộc nâng cao chất lượng, hiệu quả công tác tổ chức thi hành và theo dõi thi hành pháp luật trên địa bàn thành phố; triển khai công tác phổ biến GDPL.

8. Công tác Dân tộc – Tôn giáo

Chỉ đạo theo dõi tình hình công tác dân tộc; triển khai thực hiện các văn bản về thực hiện chính sách dân tộc. Thực hiện tốt chính sách đối với người có công, đối tượng bảo trợ xã hội và các chính sách an sinh xã hội đối với đồng bào dân tộc thiểu số trên địa bàn. Trong tháng có 07 trường hợp xác định lại dân tộc.

Chỉ đạo các cơ quan, đơn vị liên quan chủ động nắm tình hình về công tác tín ngưỡng, tôn giáo trên địa bàn. Trong tháng tình hình tôn giáo trên địa bàn duy trì ổn định, không có phát sinh nổi cộm.

II. ĐÁNH GIÁ CHUNG

1. Ưu điểm:

Trong ⟦DATE|tháng 3/2025⟧, ⟦ORG|UBND thành phố⟧ đã tập trung chỉ đạo quyết liệt, đồng bộ, toàn diện trên các lĩnh vực phát triển kinh tế - xã hội. Các hoạt động sản xuất nông nghiệp ổn định; Thực hiện tốt các hoạt động văn hóa, du lịch trên địa bàn; an sinh xã hội và phúc lợi xã hội được đảm bảo, công tác cải cách hành chính, chuyển đổi số, thanh tra, kiểm tra tiếp tục được đẩy mạnh. Tình hình an ninh, chính trị; trật tự, an toàn xã hội trên địa bàn được giữ vững, ổn định; nắm chắc tình hình, hoạt động dân tộc, tôn giáo, nông thôn... không phát sinh vấn đề phức tạp về ANTT trong tháng. Các vụ việc khiếu nại, tố cáo được giải quyết theo đúng trình tự thủ tục quy định. Công tác bồi thường, hỗ trợ và tái định cư các dự án đã được thực hiện nghiêm túc. Tổ chức triển khai kịp thời các hoạt động văn hóa, xã hội, thông tin, tuyên truyền thực hiện các nhiệm vụ chính trị, kinh tế, xã hội của thành phố.

2. Hạn chế: Công tác giải phóng mặt bằng, kể cả một số dự án trọng điểm còn chậm. Tình trạng lấn chiếm lòng đường, vỉa hè làm nơi kinh doanh bán hàng ở một số tuyến đường vẫn còn xảy ra. Tiến độ thực hiện nhiệm vụ giải quyết đơn chậm do một số vụ việc có tính chất phức tạp, vướng mắc trong quá trình triển khai thực hiện dự án. Công tác cấp GCNQSD đất lần đầu còn chậm.

¹⁷ Trong ⟦DATE|tháng 3/2025⟧, giải quyết 19 hồ sơ xin thay đổi, cải chính hộ tịch, xác định lại dân tộc (trong đó 11 hồ sơ thay đổi, cải chính và 08 hồ sơ xác định lại dân tộc); 01 hồ sơ cấp bản sao trích lục hộ tịch; Thực hiện Chứng thực chữ ký người dịch 361 lượt/441 bản; 12 lượt/12 bản chứng thực chữ ký cá nhân; 133 lượt/362 bản sao từ bản chính; chứng thực bản sao điện tử trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh được 31 việc/133 = ⟦PERCENT|23,30%⟧, lũy kế từ đầu năm được 36 việc/532 = ⟦PERCENT|6,76%⟧

Xử lý vi phạm hành chính 14 hồ sơ (trong đó: 03 hồ sơ xử phạt vi phạm hành chính lĩnh vực giao thông đường bộ; 09 hồ sơ xử phạt trong lĩnh vực đất đai; 01 hồ sơ xử phạt trong lĩnh vực Hóa chất, thương mại; 01 hồ sơ xử phạt vi phạm hành chính trong lĩnh vực ANTT);

*** Thực hiện các văn bản chỉ đạo và Thông báo kết luận của tỉnh, ⟦ORG|Thành ủy⟧ và ⟦ORG|UBND thành phố⟧**

- **Các đơn vị còn có nội dung chậm tham mưu giải quyết:** ⟦ORG|Phòng Văn hóa, Khoa học và Thông tin thành phố⟧; ⟦ORG|phòng Kinh tế, Hạ tầng và Đô thị⟧; ⟦ORG|phòng Nông nghiệp và Môi trường thành phố⟧; ⟦ORG|Trung tâm Phát triển quỹ đất thành phố⟧.

- **Các đơn vị còn có nội dung chưa tham mưu giải quyết:** ⟦ORG|Phòng Văn hóa, Khoa học và Thông tin thành phố⟧; ⟦ORG|phòng Kinh tế, Hạ tầng và Đô thị⟧; ⟦ORG|phòng Nông nghiệp và Môi trường thành phố⟧; ⟦ORG|Ban Quản lý dự án ĐTXD thành phố⟧; ⟦ORG|Trung tâm Phát triển quỹ đất thành phố⟧.

(Có biểu chi tiết kèm theo Báo cáo)

III. NHIỆM VỤ TRỌNG TÂM CÔNG TÁC ⟦DATE|THÁNG 4/2025⟧

1. Kinh tế, hạ tầng và đô thị

Tiếp tục triển khai quyết liệt các đề án chống thất thu ngân sách, tăng cường rà soát các nguồn lực có khả năng thu, đặc biệt là thuế XDCB không qua cấp phép. Tập trung chỉ đạo thực hiện tốt các biện pháp đôn đốc, cưỡng chế nợ thuế theo quy định.

Chỉ đạo tăng cường kiểm tra, kiểm soát thị trường, kịp thời phát hiện, ngăn chặn và xử lý nghiêm các đối tượng buôn lậu, vận chuyển hàng cấm, hàng nhập lậu, sản xuất, kinh doanh hàng giả, hàng kém chất lượng, không rõ nguồn gốc, vi phạm quy định về vệ sinh an toàn thực phẩm.

Tiếp tục chỉ đạo hoàn thiện dự thảo kế hoạch thực hiện Đề án kinh tế đêm trên ⟦DATE|giai đoạn 2025 - 2030⟧. Chỉ đạo nghiên cứu phương án mô hình quản lý hoạt động ⟦LOCATION|chợ Mai Pha⟧ sau khi được đầu tư xây dựng. Tiếp tục thực hiện có hiệu quả, kịp thời trong việc quản lý nhà ở và công sở theo phân cấp. Phối hợp sử dụng hệ thống thông tin về nhà ở và thị trường bất động sản theo quy định tại ⟦e4:LEGAL_REF|Quyết định số 66/2024/QĐ-UBND⟧ ⟦e5:DATE|ngày 23/12/2024⟧ của ⟦e6:ORG|UBND tỉnh⟧. Tiếp tục triển khai thực hiện Chương trình xóa nhà tạm, nhà dột nát trên địa bàn thành phố theo ⟦e7:LEGAL_REF|Nghị quyết số 188-NQ/TU⟧, ⟦e8:DATE|ngày 25/10/2024⟧ của ⟦e9:ORG|Ban Thường vụ Tỉnh ủy⟧, Kế hoạch của ⟦ORG|UBND tỉnh⟧ về xóa nhà tạm nhà dột nát ⟦DATE|2025⟧ và các văn bản hướng dẫn của ⟦ORG|Sở Xây dựng⟧.

=====RELATIONS=====
e1 issued_on e2
e1 issued_by e3
e4 issued_on e5
e4 issued_by e6
e7 issued_on e8
e7 issued_by e9
