doc: tnt305-tvpl__thong-bao-655-tb-vpcp-son-la-2025
source: ../shared/corpus/raw/tnt305-tvpl__thong-bao-655-tb-vpcp-son-la-2025.txt
span: 4169 7489
=====TEXT=====
- Tiếp tục quan tâm, ưu tiên nguồn lực đầu tư cơ sở vật chất, trang thiết bị làm việc cho cấp xã. Đặc biệt, xác định chuyển đổi số là nhiệm vụ bắt buộc, mang tính cấp bách và phải được triển khai quyết liệt ở mỗi cấp.

III. VỀ MỘT SỐ KIẾN NGHỊ CỦA TỈNH

1. Về việc triển khai đầu tư nâng cấp quy mô dự án ⟦p1:PROJECT|đầu tư xây dựng tuyến đường bộ cao tốc Hòa Bình - Mộc Châu⟧, đoạn tuyến thuộc địa bàn ⟦u1:ADMIN_UNIT|tỉnh Sơn La⟧ từ 02 làn xe lên 04 làn xe:

⟦ORG|Ủy ban nhân dân tỉnh Sơn La⟧ căn cứ quy định của pháp luật về đầu tư công, Chỉ thị của ⟦ORG|Thủ tướng Chính phủ⟧ về xây dựng vốn đầu tư công trung hạn ⟦DATE|giai đoạn 2026 - 2030⟧ và hướng dẫn của ⟦ORG|Bộ Tài chính⟧ để hoàn thiện thủ tục đầu tư dự án theo quy định, gửi ⟦ORG|Bộ Tài chính⟧ để xem xét, tổng hợp chung, trình cấp có thẩm quyền theo quy định.

2. Về kiến nghị giao ⟦ORG|Ủy ban nhân dân tỉnh Sơn La⟧ là cơ quan có thẩm quyền đầu tư xây dựng dự án ⟦PROJECT|đầu tư xây dựng tuyến đường bộ cao tốc đoạn Mộc Châu - Sơn La⟧:

Giao ⟦ORG|Bộ Xây dựng⟧ chủ trì, phối hợp với các bộ, cơ quan liên quan xem xét, quyết định theo thẩm quyền quy định tại Khoản 1 Điều 7 ⟦n1:LEGAL_REF|Nghị định số 144/2025/NĐ-CP⟧ ⟦n1d:DATE|ngày 12 tháng 6 năm 2025⟧ của ⟦n1o:ORG|Chính phủ⟧ quy định về phân quyền, phân cấp trong lĩnh vực quản lý nhà nước của ⟦ORG|Bộ Xây dựng⟧ và chỉ đạo của Phó Thủ tướng ⟦ORG|Chính phủ⟧ ⟦PERSON|Trần Hồng Hà⟧ tại ⟦n2:LEGAL_REF|Công văn số 7593/VPCP-CN⟧ ⟦n2d:DATE|ngày 14 tháng 8 năm 2025⟧.

3. Về kiến nghị việc điều chỉnh nguồn vốn triển khai các trạm biến áp và đường dây 500kV, 220kV trên địa bàn ⟦ADMIN_UNIT|tỉnh Sơn La⟧ được phê duyệt tại ⟦n3:LEGAL_REF|Quyết định số 1509/QĐ-BCT⟧ ⟦n3d:DATE|ngày 30 tháng 5 năm 2025⟧ của ⟦n3o:ORG|Thủ tướng Chính phủ⟧ từ "xem xét xã hội hoá" sang "Nhà nước đầu tư”:

Giao ⟦ORG|Bộ Công Thương⟧ nghiên cứu, xử lý kiến nghị của tỉnh theo chức năng, nhiệm vụ, thẩm quyền và quy định của pháp luật. Trong đó, lưu ý các nội dung liên quan đang được ⟦ORG|Bộ Công Thương⟧ đề xuất tại dự thảo Nghị quyết của ⟦ORG|Quốc hội⟧ về các cơ chế, chính sách tháo gỡ khó khăn phát triển năng lượng quốc gia ⟦DATE|giai đoạn 2026 - 2030⟧.

4. Về việc sớm trình ⟦ORG|Quốc hội⟧ phê duyệt chủ trương đầu tư các Chương trình mục tiêu quốc gia ⟦DATE|giai đoạn 2026 - 2030⟧:

⟦ORG|Hội đồng thẩm định Nhà nước⟧ thẩm định Báo cáo đề xuất chủ trương đầu tư Chương trình mục tiêu quốc gia xây dựng nông thôn mới và giảm nghèo bền vững và phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi ⟦DATE|giai đoạn 2026 - 2035⟧ khẩn trương hoàn thành thủ tục thẩm định theo đúng quy định của ⟦LEGAL_REF|Luật Đầu tư công⟧. ⟦ORG|Bộ Nông nghiệp và Môi trường⟧ khẩn trương tiếp thu ý kiến thẩm định của ⟦ORG|Hội đồng thẩm định Nhà nước⟧, bảo đảm thời hạn trình ⟦ORG|Chính phủ⟧ xem xét để trình ⟦ORG|Quốc hội⟧ thông qua tại Kỳ họp thứ 10, ⟦ORG|Quốc hội khóa XV⟧.

5. Về việc triển khai các dự án đầu tư xây dựng trường học cho các xã biên giới theo ⟦n4:LEGAL_REF|Thông báo Kết luận số 81-TB/TW⟧ ⟦n4d:DATE|ngày 18 tháng 7 năm 2025⟧ của ⟦n4o:ORG|Bộ Chính trị⟧:

Giao ⟦ORG|Bộ Giáo dục và Đào tạo⟧ chủ trì, phối với ⟦ORG|Bộ Tài chính⟧ và các cơ quan liên quan rà soát, đề xuất phương án xử lý theo đúng quy định của pháp luật, báo cáo ⟦ORG|Thủ tướng Chính phủ⟧ trước ⟦DATE|ngày 31 tháng 12 năm 2025⟧.

⟦ORG|Văn phòng Chính phủ⟧ thông báo để ⟦ORG|Ủy ban nhân dân tỉnh Sơn La⟧ và các Bộ, cơ quan liên quan biết, thực hiện./.

Nơi nhận: - ⟦ORG|TTgCP⟧, các PTTgCP (để b/c); - Các Bộ: ⟦ORG|TC⟧, ⟦ORG|NV⟧, ⟦ORG|NNMT⟧, ⟦ORG|CT⟧, ⟦ORG|GDĐT⟧; - ⟦ORG|Tỉnh ủy⟧, ⟦ORG|HĐND⟧, ⟦ORG|UBND tỉnh Sơn La⟧; - ⟦ORG|VPCP⟧: BTCN, các PCN, ⟦ORG|Cổng TTĐТСР⟧, Trợ lý PTTgCP ⟦PERSON|Bùi Thanh Sơn⟧; các Vụ: ⟦ORG|CN⟧, ⟦ORG|KTTH⟧, ⟦ORG|TCCV⟧, ⟦ORG|KGVX⟧, ⟦ORG|TH⟧; - Lưu: VT, QHĐP (2) VQT | KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM ⟦PERSON|Phạm Mạnh Cường⟧
=====RELATIONS=====
p1 located_in u1
n1 issued_on n1d
n1 issued_by n1o
n2 issued_on n2d
n3 issued_on n3d
n3 issued_by n3o
n4 issued_on n4d
n4 issued_by n4o
