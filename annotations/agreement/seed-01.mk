doc: seed-lang-son-2025-03
source: ../shared/seed/bao-cao-lang-son-2025-03.txt
span: 6043 11791
=====TEXT=====

Chỉ đạo kiểm tra, giám sát việc thu gom, xử lý và vận chuyển rác thải sinh hoạt trên địa bàn của ⟦ORG|Công ty TNHH Huy Hoàng⟧ đảm bảo chất lượng không để tồn đọng nguy cơ gây ô nhiễm môi trường; Ban hành Kế hoạch thu gom, vận chuyển và xử lý CTRSH của hộ gia đình, cá nhân trên địa bàn thành phố ⟦DATE|năm 2025⟧.

Hướng dẫn, đôn đốc các xã tiếp tục thực hiện duy trì và nâng cao các tiêu chí trong xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu. Đôn đốc ⟦ADMIN_UNIT|xã Hoàng Đồng⟧ bổ sung hồ sơ minh chứng khu dân cư kiểu mẫu, thôn kiểu mẫu ⟦ADMIN_UNIT|Hoàng Thượng⟧; Đôn đốc ⟦ADMIN_UNIT|xã Quảng Lạc⟧ hoàn thiện hồ sơ công nhận vườn mẫu ⟦DATE|năm 2024⟧.

Chỉ đạo, đôn đốc ⟦ORG|Trung tâm Dịch vụ nông nghiệp thành phố⟧ tăng cường công tác kiểm soát giết mổ, kiểm tra vệ sinh thú y, phòng chống dịch bệnh cây trồng, vật nuôi; Tổ chức triển khai thực hiện tháng vệ sinh, tiêu độc khử trùng môi trường đợt 1 ⟦DATE|năm 2025⟧ trên địa bàn ⟦ADMIN_UNIT|thành phố Lạng Sơn⟧ theo ⟦e1:LEGAL_REF|Kế hoạch 81/KH-UBND⟧ ⟦e2:DATE|ngày 28/02/2025⟧ của ⟦e3:ORG|UBND thành phố⟧; chỉ đạo, đôn đốc UBND các phường xã đẩy mạnh công tác phát triển sản xuất vụ Đông - Xuân đảm bảo đúng thời vụ, xây dựng phương án phòng cháy chữa cháy rừng.

Trong ⟦DATE|tháng 3/2025⟧, đã chỉ đạo ⟦ORG|Trung tâm Phát triển quỹ đất⟧ và các cơ quan liên quan tập trung thực hiện công tác bồi thường, hỗ trợ, tái định cư các dự án, cụ thể như sau:

Tổ chức đo đạc, kiểm đếm đối với **12** hộ gia đình, cá nhân ảnh hưởng bởi dự án ⟦e4:PROJECT|Tuyến Cao tốc cửa khẩu Hữu Nghị - Chi Lăng⟧ và dự án ⟦e5:PROJECT|Nhà văn hóa Khối 6⟧, ⟦e6:ADMIN_UNIT|phường Đông Kinh⟧, với tổng diện tích **⟦e7:AREA|3.871,7 m²⟧**.

Chi trả tiền BT, HT cho **01** trường hợp ảnh hưởng bởi dự án: ⟦e8:PROJECT|Khu đô thị Bến Bắc⟧, với tổng số tiền **⟦e9:MONEY|33.327.000 đồng⟧**.

Chi trả tạm ứng tiền BT, HT cho **12** hộ gia đình ảnh hưởng bởi dự án ⟦e10:PROJECT|Tuyến Cao tốc cửa khẩu Hữu Nghị - Chi Lăng⟧, với tổng số tiền **⟦e11:MONEY|2.172.651.000 đồng⟧**.

Bàn giao mặt bằng diện tích **⟦e12:AREA|26.354,7m²⟧** của **14** trường hợp ảnh hưởng bởi dự án ⟦e13:PROJECT|Tuyến Cao tốc cửa khẩu Hữu Nghị - Chi Lăng⟧ và dự án ⟦e14:PROJECT|Khu Tái định cư Phú Lộc IV- Điểm tái định cư tiếp giáp nút giao thông số 4⟧.

Ban hành Kế hoạch thực hiện công tác bồi thường, hỗ trợ, tái định cư, thu hồi đất thực hiện các dự án trên địa bàn thành phố ⟦DATE|năm 2025⟧⁸ và các dự án trọng điểm của tỉnh, thành phố; chỉ đạo ⟦ORG|Trung tâm Phát triển quỹ đất⟧ ban hành Kế hoạch thực hiện công tác bồi thường, hỗ trợ, tái định cư, thu hồi đất thực hiện các dự án còn lại⁹.

⁸ Trong ⟦DATE|tháng 3/2025⟧, ⟦ORG|UBND thành phố⟧ đã ban hành kế hoạch thực hiện các dự án: ⟦PROJECT|Khu liên hợp thể thao tỉnh Lạng Sơn (Hạng mục sân vận động trung tâm, nhà thi đấu đa năng)⟧ ⟦DATE|năm 2025⟧; ⟦PROJECT|Khách sạn, sân golf Hoàng Đồng - Lạng Sơn⟧ ⟦DATE|năm 2025⟧; ⟦PROJECT|Nút giao thông ngã tư đường Lý Thường Kiệt với đường Trần Phú (Khu đô thị Phú Lộc IV)⟧ ⟦DATE|năm 2025⟧; ⟦PROJECT|Đường Lý Thái Tổ kéo dài và khu dân cư, tái định cư thành phố Lạng Sơn⟧; ⟦e15:PROJECT|Tuyến cao tốc cửa khẩu Hữu Nghị - Chi Lăng theo hình thức BOT⟧ (địa phận ⟦e16:ADMIN_UNIT|thành phố Lạng Sơn⟧) (Hoàn thành trong ⟦DATE|Quý II/2025⟧).

⁹ Trong ⟦DATE|tháng 3/2025⟧, ⟦ORG|Trung tâm Phát triển quỹ đất⟧ đã ban hành kế hoạch thực hiện các dự án: ⟦PROJECT|Tái định cư Phú Lộc IV - điểm tái định cư tiếp giáp nút giao thông số 4 (hạng mục nút giao thông số 3 - tuyến số 5)⟧; ⟦e17:PROJECT|Tiêu dự án Sửa chữa và nâng cao an toàn đập WB8⟧, ⟦e18:ADMIN_UNIT|tỉnh Lạng Sơn⟧: ⟦PROJECT|Hồ Bó Chuông⟧ (⟦DATE|năm 2025⟧).

4. Văn hoá – Xã hội – Y tế

a) Giáo dục - Đào tạo

Chỉ đạo ⟦ORG|Phòng GD-ĐT thành phố⟧: Tổ chức kiểm tra thực hiện nhiệm vụ học kỳ II tại các cấp học; tham gia và tổ chức các cuộc thi, hội thi của tỉnh, của thành phố¹⁰; tham dự các lớp bồi dưỡng chuyên môn, nghiệp vụ theo kế hoạch; tổ chức Liên hoan văn nghệ ngành Giáo dục và Đào tạo thành phố Chào mừng kỷ niệm 95 năm Ngày thành lập ⟦ORG|Đảng Cộng sản Việt Nam⟧ (⟦DATE|03/02/1930⟧-⟦DATE|03/02/2025⟧); xây dựng kế hoạch hoàn thành xây dựng nông thôn mới kiểu mẫu ⟦ADMIN_UNIT|xã Quảng Lạc⟧ ⟦DATE|năm 2025⟧, tiêu chí “Trường học” và tiêu chí “Giáo dục và đào tạo”; xây dựng kế hoạch tổ chức triển khai thực hiện ⟦e19:LEGAL_REF|Kế hoạch số 238-KH/TU⟧, ⟦e20:DATE|ngày 19/9/2024⟧ của ⟦e21:ORG|Thành ủy thành phố Lạng Sơn⟧ về tổ chức triển khai thực hiện ⟦e22:LEGAL_REF|Nghị quyết số 45-NQ/TW⟧, ⟦e23:DATE|ngày 24/11/2023⟧ của ⟦e24:ORG|Ban Chấp hành Trung ương Đảng khóa XIII⟧ và ⟦e25:LEGAL_REF|Kế hoạch số 175-KH/TU⟧, ⟦e26:DATE|ngày 17/6/2024⟧ của ⟦e27:ORG|Ban Thường vụ Tỉnh ủy⟧ về thực hiện ⟦e28:LEGAL_REF|Nghị quyết số 45-NQ/TW⟧, ⟦e29:DATE|ngày 24/11/2023⟧ của ⟦e30:ORG|Ban Chấp hành Trung ương Đảng khóa XIII⟧ về tiếp tục xây dựng và phát huy vai trò của đội ngũ trí thức đáp ứng yêu cầu phát triển đất nước nhanh và bền vững trong giai đoạn mới.

Tổ chức họp thông qua phương án tuyển sinh đầu cấp ⟦DATE|năm học 2025-2026⟧; kiểm tra, đánh giá hiện trạng công trình cũ và xin ý kiến phương án thiết kế sơ bộ dự án ⟦PROJECT|Cải tạo, nâng cấp trường Mầm non Liên Cơ⟧; kiểm tra công tác dạy và học tại một số trường học trên địa bàn thành phố¹¹.

b) Hoạt động văn hoá - thông tin và thể thao

Thực hiện tốt công tác tuyên truyền nhân dịp kỷ niệm các ngày Lễ, sự kiện của đất nước, địa phương và các hoạt động văn hoá, thể thao, du lịch¹².

Chỉ đạo tăng cường công tác quản lý Nhà nước đối với hoạt động kinh doanh dịch vụ lưu trú du lịch trên địa bàn ⟦ADMIN_UNIT|thành phố Lạng Sơn⟧. Tổ chức thành công Hội nghị tổng kết các hoạt động mừng Đảng, mừng Xuân và Lễ hội truyền thống Xuân Ất Tỵ ⟦DATE|năm 2025⟧. Tích cực đăng tải các bài viết quảng bá các hoạt động của Trung ương, của tỉnh, của thành phố trên Fanpage ⟦ADMIN_UNIT|Thành phố Lạng Sơn⟧ - "Thành phố Hoa Đào" tuyên truyền về các nhiệm vụ chính trị, kinh tế, văn hóa - xã hội; sự kiện, lễ hội, du lịch, ẩm thực ⟦ADMIN_UNIT|thành phố Lạng Sơn⟧.

Tổ chức khai mạc, thi đấu và trao giải giải Bóng đá Thiếu niên, Nhi đồng ⟦ADMIN_UNIT|thành phố Lạng Sơn⟧ ⟦DATE|năm 2025⟧. Thành lập đoàn Vận động viên lãnh đạo thành phố tham gia giải Thể thao lãnh đạo quản lý ⟦ADMIN_UNIT|tỉnh Lạng Sơn⟧ ⟦DATE|năm 2025⟧...

¹⁰ Công tác chuẩn bị cho Ngày hội STEM cấp thành phố ⟦DATE|năm học 2024-2025⟧, tham gia Hội thi giáo viên dạy giỏi các môn khoa học tự nhiên cấp tỉnh ⟦DATE|năm học 2024-2025⟧. Kết quả: 14/17 đạt loại Giỏi, trong đó có 02 giáo viên đạt loại Xuất sắc; tổ chức thi học sinh giỏi các môn văn hóa lớp 8 cấp thành phố;

=====RELATIONS=====
e1 issued_on e2
e1 issued_by e3
e5 located_in e6
e4 has_area e7
e5 has_area e7
e8 has_amount e9
e10 has_amount e11
e13 has_area e12
e14 has_area e12
e15 located_in e16
e17 located_in e18
e19 issued_on e20
e19 issued_by e21
e19 implements e22
e22 issued_on e23
e22 issued_by e24
e25 issued_on e26
e25 issued_by e27
e25 implements e28
e28 issued_on e29
e28 issued_by e30
