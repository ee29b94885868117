doc: seed-lang-son-2025-03
source: ../shared/seed/bao-cao-lang-son-2025-03.txt
span: 28814 33319
=====TEXT=====

Tiếp tục thực hiện tuyên truyền các ngày lễ kỷ niệm lớn trong tháng. Đẩy mạnh phong trào thể thao quần chúng; tiến hành kiểm tra các hoạt động văn hóa, dịch vụ văn hóa, các cơ sở kinh doanh hoạt động du lịch, thể thao, thông tin, truyền thông; tổ chức kiểm tra về các điều kiện hoạt động kinh doanh, giá cả, vệ sinh môi trường, vệ sinh an toàn thực phẩm, an ninh trật tự, phòng chống cháy nổ đối với các cơ sở kinh doanh dịch vụ du lịch trên địa bàn thành phố.

Tiếp tục giải quyết chế độ trợ cấp xã hội cho các đối tượng Bảo trợ xã hội trên địa bàn; Tiếp tục triển khai kế hoạch thực hiện công tác giảm nghèo bền vững ⟦DATE|năm 2025⟧; Tiếp tục thực hiện các chương trình, kế hoạch triển khai nhiệm vụ trong công tác trẻ em, Bình đẳng giới, Vì sự tiến bộ của phụ nữ.

5. Công tác chuyển đổi số

²⁶ ⟦e1:PROJECT|Tuyến cao tốc cửa khẩu Hữu Nghị - Chi Lăng⟧ theo hình thức BOT, đoạn qua địa phận ⟦e2:ADMIN_UNIT|thành phố Lạng Sơn⟧; ⟦e3:PROJECT|Khu đô thị Green Garden⟧ tại ⟦e4:ADMIN_UNIT|xã Mai Pha⟧ ⟦e5:ADMIN_UNIT|thành phố Lạng Sơn⟧, ⟦e6:ADMIN_UNIT|xã Yên Trạch⟧, ⟦e7:ADMIN_UNIT|huyện Cao Lộc⟧, ⟦e8:ADMIN_UNIT|tỉnh Lạng Sơn⟧ (địa phận ⟦e9:ADMIN_UNIT|thành phố Lạng Sơn⟧); ⟦e10:PROJECT|Nhà văn hóa khối 6⟧, ⟦e11:ADMIN_UNIT|phường Đông Kinh⟧; ⟦PROJECT|Khu đô thị mới Đông Kinh⟧; ⟦e12:PROJECT|Hạ tầng khu dân cư khối 9⟧, ⟦e13:ADMIN_UNIT|phường Vĩnh Trại⟧ (⟦e14:LOCATION|khu Ao Cạn – Bãi Than⟧); ⟦PROJECT|Khu đô thị Phú Lộc III⟧.

²⁷ Kỳ thi chọn học sinh giỏi các môn văn hoá lớp 8 cấp thành phố; ngày hội giao lưu Tiếng Anh dành cho trẻ mẫu giáo cấp thành phố ⟦DATE|năm học 2024-2025⟧

Chỉ đạo đảm bảo hệ thống mạng tin học nội bộ Văn phòng điện tử iOffice thông suốt, đáp ứng nhu cầu thông tin liên lạc trong nội bộ cơ quan; duy trì tốt hoạt động của Trang thông tin điện tử thành phố. Công tác đảm bảo an toàn thông tin tiếp tục được quan tâm, triển khai kịp thời các văn bản chỉ đạo, hướng dẫn của cấp trên về an toàn thông tin. Phân công và duy trì cơ bản ổn định đội ngũ công chức phụ trách CNTT tại các cơ quan, đơn vị.

Tiếp tục triển khai các nội dung ⟦e15:LEGAL_REF|Kế hoạch số 438/KH-UBND⟧ ⟦e16:DATE|ngày 4/12/2024⟧ của ⟦e17:ORG|UBND thành phố⟧ về chuyển đổi số trên địa bàn ⟦ADMIN_UNIT|thành phố Lạng Sơn⟧ ⟦DATE|năm 2025⟧ và các văn bản chỉ đạo cấp trên về chuyển đổi số thực hiện ⟦DATE|năm 2025⟧; Tiếp tục thực hiện giải quyết thủ tục hành chính qua dịch vụ công trực tuyến một phần, toàn trình trong giải quyết công việc của người dân và doanh nghiệp đảm bảo nhanh chóng, kịp thời, thuận tiện, hiệu quả, công khai, minh bạch. Tiếp tục quán triệt, đôn đốc, hướng dẫn các cơ quan, đơn vị, UBND các phường xã đẩy mạnh thực hiện công tác số hóa hồ sơ, kết quả giải quyết TTHC còn hiệu lực lên Kho dữ liệu số hóa đảm bảo đúng quy định; các cơ quan, đơn vị liên quan tiếp tục triển khai ⟦LEGAL_REF|Đề án 06⟧ trên địa bàn thành phố.

6. Công tác an ninh, quốc phòng, đối ngoại

Tiếp tục thực hiện tốt các nhiệm vụ quốc phòng quân sự địa phương ⟦DATE|năm 2025⟧. Chỉ đạo Công an các phường, xã đảm bảo ANTT- TTATGT các sự kiện chính trị, kinh tế, văn hóa, xã hội diễn ra trên địa bàn; Tập trung đấu tranh quyết liệt với các loại tội phạm và tệ nạn xã hội; đặc biệt là tội phạm trộm cắp tài sản, lừa đảo chiếm đoạt tài sản; triệt xóa các điểm bán lẻ trái phép chất ma túy; xử lý nghiêm các vi phạm trong lĩnh vực kinh tế và môi trường. Tăng cường tuần tra kiểm soát, phát hiện xử lý nghiêm các hành vi vi phạm TTATGT.

7. Công tác Nội vụ, Thanh tra, Tư pháp

Thực hiện công tác bổ nhiệm, bổ nhiệm lại; kiện toàn đội ngũ lãnh đạo, công chức, viên chức các cơ quan, đơn vị; UBND các phường, xã theo yêu cầu nhiệm vụ. Tiếp tục thực hiện các chế độ, chính sách đối với đội ngũ cán bộ, công chức, viên chức, người lao động các cơ quan, đơn vị.

Xử lý đơn, thư tiếp nhận trong thời hạn, đúng thẩm quyền theo quy định của pháp luật. Giải quyết kịp thời các kiến nghị của công dân; Đối thoại giải quyết đơn khiếu nại. Nâng cao chất lượng công tác tiếp công dân, gắn tiếp công dân với việc xử lý, giải quyết đề nghị, kiến nghị, phản ánh của công dân, nắm chắc tình hình khiếu kiện trên địa bàn, giải quyết kịp thời, không để phát sinh điểm nóng.

8. Công tác Dân tộc – Tôn giáo

Theo dõi nắm tình hình tâm tư nguyện vọng của đồng bào dân tộc, tôn giáo, các hoạt động tín ngưỡng tôn giáo; hoạt động của một số đối tượng tham gia các tà đạo, đạo lạ trái pháp luật trên địa bàn.

Quan tâm tạo điều kiện cho tổ chức, chức sắc, tín đồ tôn giáo sinh hoạt đúng quy định của ⟦LEGAL_REF|Luật tín ngưỡng, tôn giáo⟧, Hiến chương, điều lệ của các tổ chức tôn giáo đã được Nhà nước công nhận.

Nơi nhận:

- ⟦ORG|UBND tỉnh⟧ (b/c);
- ⟦ORG|Sở Kế hoạch và Đầu tư⟧ (b/c);
- ⟦ORG|Cục Thống kê tỉnh⟧ (b/c);
- ⟦ORG|TT Thành ủy⟧ (b/c);
- ⟦ORG|TT HĐND TP⟧;
- CT, PCT ⟦ORG|UBND TP⟧;
- Các phòng ban, đơn vị, Đảng, đoàn thể TP;
- CPVP, CVVP;
- ⟦ORG|Trang TTĐT TP⟧;
- Lưu: VT.

**TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH**

⟦PERSON|Nguyễn Văn Hạnh⟧
=====RELATIONS=====
e1 located_in e2
e3 located_in e4
e4 located_in e5
e3 located_in e6
e6 located_in e7
e7 located_in e8
e3 located_in e9
e10 located_in e11
e12 located_in e13
e14 located_in e13
e15 issued_on e16
e15 issued_by e17
