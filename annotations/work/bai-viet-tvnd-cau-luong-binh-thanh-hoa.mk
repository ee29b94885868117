doc: tnt305-tvpl__bai-viet-tvnd-cau-luong-binh-thanh-hoa
source: ../shared/corpus/raw/tnt305-tvpl__bai-viet-tvnd-cau-luong-binh-thanh-hoa.txt
span: 0 5566
=====TEXT=====
Thông tin ⟦PROJECT|cầu Lương Bình tỉnh Thanh Hóa⟧

⟦e1:DATE|Ngày 30 tháng 11 năm 2025⟧, ⟦e2:ORG|UBND tỉnh Thanh Hóa⟧ ban hành ⟦e3:LEGAL_REF|Quyết định 3727/QĐ-UBND⟧ về chủ trương đầu tư dự án ⟦e4:PROJECT|Đầu tư xây dựng cầu Lương Bình⟧, ⟦e5:ADMIN_UNIT|phường Trúc Lâm⟧, ⟦e6:ADMIN_UNIT|tỉnh Thanh Hóa⟧.

Tại Điều 1 ⟦e7:LEGAL_REF|Quyết định 3727/QĐ-UBND⟧ ⟦e8:DATE|2025⟧ có nêu một số thông tin ⟦PROJECT|cầu Lương Bình tỉnh Thanh Hóa⟧ như sau:

1. Tên dự án: ⟦e9:PROJECT|Đầu tư xây dựng cầu Lương Bình⟧, ⟦e10:ADMIN_UNIT|phường Trúc Lâm⟧.

2. Chủ đầu tư: ⟦ORG|Ban Quản lý dự án đầu tư xây dựng khu vực Nghi Sơn⟧.

3. Mục tiêu đầu tư: Từng bước hoàn thiện hạ tầng kỹ thuật, mạng lưới giao thông trong ⟦LOCATION|khu kinh tế Nghi Sơn⟧ theo quy hoạch được duyệt, nâng cao năng lực vận tải, lưu thông hàng hóa trên tuyến đường kết nối từ ⟦LOCATION|Quốc lộ 1A⟧ đi ⟦LOCATION|khu công nghiệp số 15⟧, tạo điều kiện phát triển kinh tế - xã hội khu vực phía Nam ⟦LOCATION|khu kinh tế Nghi Sơn⟧, tăng cường khả năng tiêu thoát nước phòng chống lụt bão, hạn chế ngập úng và thiệt hại do mưa lũ gây ra.

4. Quy mô đầu tư: Xây dựng mới 01 đơn nguyên cầu, chiều rộng cầu Bcầu=14,5m, kết cấu bê tông cốt thép và bê tông cốt thép dự ứng lực theo ⟦LEGAL_REF|TCVN 11823:2017⟧, tải trọng thiết kế HL93, người đi bộ 3x10-3 Mpa; xây dựng đường đầu cầu vuốt nối về đường hiện trạng.

5. Nhóm dự án: Nhóm C.

6. Tổng mức đầu tư dự án: Không quá ⟦MONEY|70,0 tỷ đồng⟧.

7. Nguồn vốn và cơ cấu nguồn vốn: Nguồn tăng thu ngân sách Trung ương bổ sung có mục tiêu để đầu tư trở lại cho ⟦ADMIN_UNIT|tỉnh Thanh Hóa⟧ theo quy định của ⟦e11:LEGAL_REF|Nghị quyết 37/2021/QH15⟧ của ⟦e12:ORG|Quốc hội⟧; mức vốn cụ thể: ⟦MONEY|70,0 tỷ đồng⟧.

8. Địa điểm thực hiện dự án: ⟦e13:ADMIN_UNIT|Phường Trúc Lâm⟧, ⟦e14:ADMIN_UNIT|tỉnh Thanh Hóa⟧.

9. Thời gian thực hiện dự án: ⟦DATE|Năm 2025 - 2027⟧.

10. Tiến độ thực hiện dự án: ⟦DATE|Năm 2025⟧ phê duyệt xong dự án đầu tư; ⟦DATE|năm 2026⟧ phê duyệt thiết kế BVTC, chọn nhà thầu thi công, triển khai thi công và hoàn thành giải phóng mặt bằng; ⟦DATE|năm 2027⟧ tiếp tục thi công hoàn thành, nghiệm thu hoàn thành đưa vào sử dụng và thanh quyết toán công trình.

Việc tổ chức thực hiện xây dựng ⟦PROJECT|cầu Lương Bình tỉnh Thanh Hóa⟧ như thế nào?

Căn cứ theo Điều 2 ⟦e15:LEGAL_REF|Quyết định 3727/QĐ-UBND⟧ ⟦e16:DATE|2025⟧ việc tổ chức thực hiện xây dựng ⟦PROJECT|cầu Lương Bình tỉnh Thanh Hóa⟧ được nêu như sau:

1. ⟦ORG|Ban Quản lý dự án đầu tư xây dựng khu vực Nghi Sơn⟧ chịu trách nhiệm:

- Chủ trì, phối hợp với các cơ quan liên quan hoàn thành báo cáo nghiên cứu khả thi của dự án ⟦e17:PROJECT|Đầu tư xây dựng cầu Lương Bình⟧, ⟦e18:ADMIN_UNIT|phường Trúc Lâm⟧ trình cấp có thẩm quyền quyết định phê duyệt đầu tư dự án theo đúng quy định của ⟦LEGAL_REF|Luật Đầu tư công⟧ và pháp luật liên quan.

- Tổ chức triển khai thực hiện dự án đúng trình tự, thủ tục, thẩm quyền theo quy định hiện hành của pháp luật; hoàn thành công trình đảm bảo chất lượng, hiệu quả; giải ngân nguồn vốn được giao đảm bảo tiến độ quy định; quản lý, sử dụng nguồn kinh phí đúng mục đích và thanh quyết toán theo đúng quy định.

2. Các sở: ⟦ORG|Tài chính⟧, ⟦ORG|Xây dựng⟧, ⟦ORG|Nông nghiệp và Môi trường⟧; ⟦ORG|Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp⟧; ⟦ORG|Kho bạc nhà nước khu vực XI⟧; ⟦ORG|UBND phường Trúc Lâm⟧ theo chức năng, nhiệm vụ và quyền hạn được giao, chủ động giải quyết các công việc có liên quan đến ngành, đơn vị mình; đồng thời, có trách nhiệm phối hợp, hướng dẫn, kiểm tra, đôn đốc và tạo điều kiện để chủ đầu tư triển khai thực hiện dự án theo quy định hiện hành của pháp luật.

Các hành vi bị nghiêm cấm trong hoạt động xây dựng là gì?

Căn cứ theo Điều 12 ⟦LEGAL_REF|Luật Xây dựng 2014⟧ (được sửa đổi bởi bởi điểm a khoản 1 Điều 57 ⟦LEGAL_REF|Luật Quy hoạch đô thị và nông thôn 2024⟧ và điểm c khoản 64 Điều 1 ⟦LEGAL_REF|Luật Xây dựng sửa đổi 2020⟧) quy định các hành vi bị nghiêm cấm trong hoạt động xây dựng gồm:

1. Quyết định đầu tư xây dựng không đúng với quy định ⟦LEGAL_REF|Luật Xây dựng 2014⟧.

2. Khởi công xây dựng công trình khi chưa đủ điều kiện khởi công theo quy định ⟦LEGAL_REF|Luật Xây dựng 2014⟧.

3. Xây dựng công trình trong khu vực cấm xây dựng; xây dựng công trình lấn chiếm hành lang bảo vệ công trình quốc phòng, an ninh, giao thông, thủy lợi, đê điều, năng lượng, khu di tích lịch sử - văn hóa và khu vực bảo vệ công trình khác theo quy định của pháp luật; xây dựng công trình ở khu vực đã được cảnh báo về nguy cơ lở đất, lũ quét, lũ ống, trừ công trình xây dựng để khắc phục những hiện tượng này.

4. Xây dựng công trình không đúng quy hoạch đô thị và nông thôn, trừ trường hợp có giấy phép xây dựng có thời hạn; vi phạm chỉ giới xây dựng, cốt xây dựng; xây dựng công trình không đúng với giấy phép xây dựng được cấp.

5. Lập, thẩm định, phê duyệt thiết kế, dự toán của công trình xây dựng sử dụng vốn đầu tư công, vốn nhà nước ngoài đầu tư công trái với quy định ⟦LEGAL_REF|Luật Xây dựng 2014⟧.

6. Nhà thầu tham gia hoạt động xây dựng khi không đủ điều kiện năng lực để thực hiện hoạt động xây dựng.

7. Chủ đầu tư lựa chọn nhà thầu không đủ điều kiện năng lực để thực hiện hoạt động xây dựng.

8. Xây dựng công trình không tuân thủ tiêu chuẩn, quy chuẩn kỹ thuật được lựa chọn áp dụng cho công trình.

9. Sản xuất, sử dụng vật liệu xây dựng gây nguy hại cho sức khỏe cộng đồng, môi trường.

10. Vi phạm quy định về an toàn lao động, tài sản, phòng, chống cháy, nổ, an ninh, trật tự và bảo vệ môi trường trong xây dựng.

11. Sử dụng công trình không đúng với mục đích, công năng sử dụng; xây dựng cơi nới, lấn chiếm diện tích, lấn chiếm không gian đang được quản lý, sử dụng hợp pháp của tổ chức, cá nhân khác và của khu vực công cộng, khu vực sử dụng chung.

12. Đưa, nhận hối lộ trong hoạt động đầu tư xây dựng; lợi dụng pháp nhân khác để tham gia hoạt động xây dựng; dàn xếp, thông đồng làm sai lệch kết quả lập dự án, khảo sát, thiết kế, giám sát thi công xây dựng công trình.

13. Lạm dụng chức vụ, quyền hạn vi phạm pháp luật về xây dựng; bao che, chậm xử lý hành vi vi phạm pháp luật về xây dựng.

14. Cản trở hoạt động đầu tư xây dựng đúng pháp luật.

=====RELATIONS=====
e3 issued_on e1
e3 issued_by e2
e4 located_in e5
e5 located_in e6
e7 issued_on e8
e9 located_in e10
e11 issued_by e12
e13 located_in e14
e15 issued_on e16
e17 located_in e18
