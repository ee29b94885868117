doc: tnt305-tvpl__cong-van-11414-vpcp-cn-2025
source: ../shared/corpus/raw/tnt305-tvpl__cong-van-11414-vpcp-cn-2025.txt
span: 0 2622
=====TEXT=====
⟦h0:ORG|VĂN PHÒNG CHÍNH PHỦ⟧
------- | ⟦LOCATION|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM⟧
Độc lập - Tự do - Hạnh phúc
---------------

Số: ⟦h1:LEGAL_REF|11414/VPCP-CN⟧
V/v đẩy nhanh tiến độ ⟦PROJECT|Dự án đường cao tốc Bến Lức - Long Thành⟧ và ⟦PROJECT|Dự án đường cao tốc Biên Hòa - Vũng Tàu giai đoạn 1⟧ thuộc nhiệm vụ của ⟦ORG|Đoàn kiểm tra số 06⟧ | ⟦ADMIN_UNIT|Hà Nội⟧, ⟦h1d:DATE|ngày 20 tháng 11 năm 2025⟧

Kính gửi: | - Bộ trưởng ⟦ORG|Bộ Xây dựng⟧;
- Chủ tịch ⟦ORG|Ủy ban nhân dân Thành phố Hồ Chí Minh⟧;
- Chủ tịch ⟦ORG|Ủy ban nhân dân tỉnh Đồng Nai⟧. | Xét đề nghị của ⟦v1o:ORG|Bộ Xây dựng⟧ tại ⟦v1:LEGAL_REF|văn bản số 308/BC-BXD⟧ ⟦v1d:DATE|ngày 13 tháng 11 năm 2025⟧ về kết quả tháo gỡ các khó khăn, vướng mắc tại ⟦PROJECT|Dự án đường cao tốc Bến Lức - Long Thành⟧ và ⟦PROJECT|Dự án đường cao tốc Biên Hòa - Vũng Tàu giai đoạn 1⟧ của ⟦ORG|Đoàn kiểm tra số 06⟧, Phó Thủ tướng ⟦ORG|Chính phủ⟧ ⟦PERSON|Hồ Đức Phớc⟧ có ý kiến như sau:
1. ⟦ORG|Ủy ban nhân dân tỉnh Đồng Nai⟧:
- Về công tác giải phóng mặt bằng, di dời hạ tầng kỹ thuật: chỉ đạo các đơn vị liên quan đẩy nhanh tiến độ bàn giao mặt bằng (0,3km của dự án ⟦PROJECT|cao tốc Bến Lức - Long Thành⟧; phạm vi cầu vượt ngang trên ⟦LOCATION|đường ĐT.770B⟧ của ⟦PROJECT|Dự án thành phần 2 thuộc Dự án cao tốc Biên Hòa - Vũng Tàu⟧) trước ⟦DATE|ngày 30 tháng 11 năm 2025⟧.
- Về nguồn vật liệu đá: tiếp tục hỗ trợ các chủ đầu tư, các nhà thầu trong việc bổ sung, điều chỉnh phân khai khối lượng đá tại các mỏ để đáp ứng yêu cầu tiến độ của các dự án.
- Về thi công: chỉ đạo Ban Quản lý dự án, các nhà thầu tập trung nguồn lực tài chính, huy động thêm nhân lực, thiết bị, tăng mũi thi công, áp dụng các giải pháp kỹ thuật rút ngắn thời gian thi công để có thể hoàn thành ⟦PROJECT|Dự án thành phần 1 thuộc Dự án cao tốc Biên Hòa - Vũng Tàu⟧ trong ⟦DATE|năm 2025⟧, bảo đảm chất lượng, hiệu quả, an toàn công trình.
2. ⟦ORG|Ủy ban nhân dân thành phố Hồ Chí Minh⟧: chỉ đạo chủ đầu tư, các nhà thầu đẩy nhanh tiến độ thi công hoàn thiện ⟦PROJECT|Dự án thành phần 3 thuộc Dự án cao tốc Biên Hòa - Vũng Tàu⟧, để sớm hoàn thành dự án theo đúng kế hoạch đề ra.
3. ⟦ORG|Bộ Xây dựng⟧: chỉ đạo Ban Quản lý dự án, các nhà thầu tăng cường nhân lực, máy móc thiết bị thi công, nguồn lực tài chính, đẩy nhanh tiến độ thi công để đảm bảo thông xe tuyến chính (⟦PROJECT|Dự án thành phần 2 thuộc Dự án cao tốc Biên Hòa - Vũng Tàu⟧) trong ⟦DATE|năm 2025⟧, thi công đảm bảo chất lượng trong điều kiện thời tiết không thuận lợi, hiệu quả, an toàn công trình.
⟦ORG|Văn phòng Chính phủ⟧ xin thông báo để ⟦ORG|Bộ Xây dựng⟧ và các cơ quan liên quan biết, thực hiện./.

Nơi nhận:
- Như trên;
- Thủ tướng, các Phó Thủ tướng ⟦ORG|CP⟧ (để b/c);
- ⟦ORG|Bộ Xây dựng⟧;
- ⟦ORG|UBND Thành phố Hồ Chí Minh⟧;
- UBND các tỉnh ⟦ADMIN_UNIT|Đồng Nai⟧.
- ⟦ORG|VPCP⟧: BTCN, PCN ⟦PERSON|Nguyễn Sỹ Hiệp⟧, PCN ⟦PERSON|Phạm Mạnh Cường⟧, Trợ lý TTg, TGĐ ⟦ORG|Cổng TTĐT⟧;
các Vụ: ⟦ORG|KTTH⟧, ⟦ORG|QHĐP⟧, ⟦ORG|TH⟧;
- Lưu: VT, CN (2). Ha

KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM ⟦PERSON|Phạm Mạnh Cường⟧

=====RELATIONS=====
h1 issued_by h0
h1 issued_on h1d
v1 issued_by v1o
v1 issued_on v1d
