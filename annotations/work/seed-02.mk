doc: seed-lang-son-2025-03
source: ../shared/seed/bao-cao-lang-son-2025-03.txt
span: 11791 17501
=====TEXT=====

¹¹ Các Trường: ⟦ORG|Mầm non Quảng Lạc⟧, ⟦ORG|Tiểu học Kim Đồng⟧, ⟦ORG|THCS Tam Thanh⟧.

¹² Tuyên truyền 66 năm Ngày truyền thống Bộ đội Biên phòng (⟦DATE|03/3/1959⟧ -⟦DATE|03/3/2025⟧); Ngày Biên phòng toàn dân (⟦DATE|03/3/1989⟧ - ⟦DATE|03/3/2025⟧); Ngày Quốc tế Phụ nữ (⟦DATE|8/3⟧); Ngày Quyền của người tiêu dùng Việt Nam (⟦DATE|15/3⟧); Ngày Quốc tế Hạnh phúc (⟦DATE|20/3⟧); Ngày Thế giới phòng chống Lao (⟦DATE|24/3⟧); Ngày truyền thống ngành Thể dục Thể thao Việt Nam (⟦DATE|27/3⟧)

c) Công tác y tế, các chính sách xã hội

Tiếp tục duy trì tốt công tác chăm sóc sức khoẻ Nhân dân. Tổ chức kiểm tra vệ sinh an toàn thực phẩm được 28 cơ sở (22 cơ sở dịch vụ ăn uống, 06 cơ sở thức ăn đường phố). Thực hiện tuyên truyền các điều kiện đảm bảo VSATTP và phòng chống ngộ độc thực phẩm tại khối phố, thôn bản được được 17 buổi với 775 người dự, phát trên hệ thống loa truyền thanh 29 lượt.

Ban hành 18 quyết định BTXH; tiếp tục triển khai thực hiện chi trả trợ cấp an sinh xã hội không dùng tiền mặt; thực hiện chi trả trợ cấp thường xuyên ⟦DATE|tháng 03/2025⟧ và chi trả truy lĩnh cho 2.342 đối tượng, với số kinh phí là ⟦MONEY|1.959 tỷ đồng⟧.

5. Công tác chuyển đổi số

Chỉ đạo và đẩy mạnh ứng dụng công nghệ thông tin chuyển đổi số trong các cơ quan, ban, ngành từ thành phố đến xã, phường để nâng cao năng lực, hiệu quả công tác. Triển khai và sử dụng tốt phần mềm quản lý văn bản và điều hành VNPT-Ioffice, đảm bảo việc gửi nhận văn bản điện tử từ thành phố đến các phường, xã. Duy trì hệ thống thư điện tử công vụ đảm bảo phục vụ tốt công tác chỉ đạo, điều hành, công tác chuyên môn nghiệp vụ, trao đổi thông tin giữa các cơ quan, đơn vị trên địa bàn thành phố; Duy trì việc ứng dụng chữ ký số trong cơ quan nhà nước được coi là giải pháp hữu hiệu tạo môi trường làm việc hiện đại, tiết kiệm thời gian và chi phí; Hệ thống thư điện tử công vụ được duy trì hoạt động ổn định, ⟦PERCENT|100%⟧ cán bộ, công chức, viên chức, các cơ quan, đơn vị sự nghiệp và UBND các phường, xã đều được cấp thư điện tử công vụ phục vụ trao đổi công việc.

⟦ORG|Trang Thông tin điện tử thành phố Lạng Sơn⟧ đã phát huy tốt vai trò tuyên truyền các hoạt động của ⟦ORG|UBND thành phố⟧, góp phần không nhỏ vào việc công khai hóa thủ tục hành chính, minh bạch thông tin, phục vụ ngày càng hiệu quả cho việc thực hiện nhiệm vụ chính trị và phát triển kinh tế - xã hội của địa phương. Chất lượng tin, bài, hình ảnh đăng tải ngày càng được nâng lên, tương đối đa dạng, phong phú. Trong ⟦DATE|tháng 3/2025⟧ đã cập nhật được hơn 20 tin bài hình ảnh phản ánh về các hoạt động của thành phố với các nội dung tập trung ở các lĩnh vực như: Tin tức hoạt động, chính trị, kinh tế, văn hóa - xã hội... và hơn 143 văn bản chỉ đạo điều hành của ⟦ORG|UBND thành phố⟧ trên ⟦ORG|Trang Thông tin điện tử thành phố Lạng Sơn⟧.

Công tác đảm bảo an toàn thông tin thường xuyên được quan tâm, triển khai kịp thời các văn bản chỉ đạo, hướng dẫn của cấp trên về an toàn thông tin.

Triển khai, đôn đốc việc thực hiện số hóa hồ sơ, giấy tờ, kết quả giải quyết TTHC còn hiệu lực lên Kho dữ liệu số hóa của tỉnh đối với các cơ quan chuyên môn, UBND các phường xã. Trong ⟦DATE|tháng 3⟧ đã số hoá lên Kho dữ liệu của tỉnh là 1.197 hồ sơ TTHC.

Duy trì tốt Hệ thống hội nghị truyền hình trực tuyến đã được triển khai đến cấp xã với 09 điểm cầu (gồm 01 điểm cầu tại ⟦ORG|UBND thành phố⟧ và 08/08 phường, xã).

- Duy trì tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử đạt ⟦PERCENT|100%⟧.
- Duy trì triển khai học bạ số đối với học sinh đạt tỷ lệ ⟦PERCENT|100%⟧.
- ⟦PERCENT|100%⟧ cơ sở khám chữa bệnh tuyến thành phố kết nối với bệnh viện tuyến trên phục vụ khám chữa bệnh qua nền tảng công nghệ số. ⟦PERCENT|100%⟧ các cơ sở khám chữa bệnh tuyến thành phố triển khai thanh toán điện tử không dùng tiền mặt. Phần đầu đạt trên ⟦PERCENT|95%⟧ người dân thành phố có hồ sơ sức khỏe điện tử.

6. Công tác an ninh, quốc phòng, đối ngoại

Thực hiện tốt các nhiệm vụ quốc phòng quân sự địa phương. Ban hành Kế hoạch Triển khai thực hiện Đề án "Phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia ⟦DATE|giai đoạn 2022 - 2025⟧, tầm nhìn đến ⟦DATE|năm 2030⟧" trên địa bàn thành phố ⟦DATE|năm 2025⟧. Duy trì ổn định tình hình an ninh chính trị, trật tự ATXH trên địa bàn. Thực hiện tốt công tác phòng chống tội phạm, quản lý hộ khẩu, rà soát dữ liệu dân cư để thực hiện chương trình nắm địa bàn, nắm hộ; thường xuyên tổ chức tuần tra, kiểm tra tạm trú trên địa bàn. Trong tuần cấp mới 342 CCCD; cấp 368 tài khoản định danh điện tử. Cấp mới 79 biển số xe gắn máy, tiếp nhận 121 trường hợp tạm trú và 282 thường trú, xác nhận thông tin cư trú của 479 trường hợp.

7. Công tác Nội vụ, Thanh tra, Tư pháp

Hoàn thành việc sắp xếp tổ chức bộ máy (thành lập và tổ chức lại) các cơ quan chuyên môn thuộc ⟦ORG|UBND thành phố⟧¹³ và sắp xếp các tổ chức hội trên địa bàn thành phố¹⁴. Hoàn thành việc sắp xếp, bố trí đội ngũ lãnh đạo, công chức các cơ quan chuyên môn mới được thành lập, tổ chức lại để đảm bảo đi vào hoạt động từ ⟦DATE|01/3/2025⟧.

Thực hiện đầy đủ, kịp thời, đúng quy định các chế độ, chính sách đối với cán bộ, công chức, viên chức; cán bộ, công chức cấp xã. Tổ chức phát động các phong trào thi đua thường xuyên, thi đua theo đợt, theo chuyên đề, phong trào thi đua đặc biệt; động viên, khen thưởng kịp thời các tập thể, cá nhân đạt thành tích tiêu biểu, xuất sắc trong các phong trào thi đua.

Trong ⟦DATE|tháng 3/2025⟧, ⟦ORG|UBND thành phố⟧ tổ chức Tiếp công dân được 02 kỳ (⟦DATE|ngày 21/02/2025⟧ và ⟦DATE|ngày 03/3/2025⟧), tiếp được 15 lượt/18 công dân¹⁵; đơn thư của công dân đã được thụ lý và kiểm tra, xác minh, giải quyết đảm bảo trình tự, thủ tục theo quy định¹⁶.

Công khai thủ tục hành chính, thực hiện nghiêm túc công tác cải cách thủ tục hành chính theo quy định. Tăng cường thực hiện một số thủ tục hành chính theo dịch vụ công trực tuyến một phần và toàn trình. Tổng số hồ sơ tiếp nhận tại ⟦ORG|Bộ phận "Tiếp nhận và trả kết quả" thành phố⟧ là 586 hồ sơ, trong đó số hồ sơ đã

=====RELATIONS=====
