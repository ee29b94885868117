doc: tnt305-tvpl__bai-viet-tvnd-kkt-ven-bien-phia-nam-hai-phong
source: ../shared/corpus/raw/tnt305-tvpl__bai-viet-tvnd-kkt-ven-bien-phia-nam-hai-phong.txt
span: 0 6804
=====TEXT=====
Các chương trình dự án đang triển khai tại ⟦LOCATION|Khu kinh tế ven biển phía nam Hải Phòng⟧ đến ⟦DATE|năm 2050⟧

⟦ORG|Ban Quản lý Khu kinh tế Hải Phòng⟧ đã công bố hồ sơ Quy hoạch chung ⟦LOCATION|Khu kinh tế ven biển phía Nam Hải Phòng⟧ đến ⟦DATE|năm 2050⟧, tỷ lệ 1/10.000.

Theo Mục 2.9 (trang 58) Quy hoạch chung ⟦LOCATION|Khu kinh tế ven biển phía Nam Hải Phòng⟧ đến ⟦DATE|năm 2050⟧, tỷ lệ 1/10.000, các chương trình dự án đang triển khai tại ⟦LOCATION|Khu kinh tế ven biển phía nam Hải Phòng⟧ đến ⟦DATE|năm 2050⟧ như sau:

Trong phạm vi Khu kinh tế hiện có các quy hoạch phân khu, quy hoạch chi tiết đã được lập như:

- Điều chỉnh Quy hoạch chi tiết tỷ lệ 1/2000 ⟦ADMIN_UNIT|quận Đồ Sơn⟧ (cũ) đến ⟦DATE|năm 2025⟧ đã được ⟦e1:ORG|Thủ tướng Chính phủ⟧ phê duyệt tại ⟦e2:LEGAL_REF|Quyết định 1402/QĐ-UBND⟧ ⟦e3:DATE|năm 2013⟧ (Hiện thành phố đang lập quy hoạch phân khu điều chỉnh);

- Quy hoạch chung ⟦LOCATION|đô thị mới Hùng Thắng⟧ đến ⟦DATE|năm 2035⟧, tầm nhìn đến ⟦DATE|năm 2050⟧ được ⟦e4:ORG|Ủy ban nhân dân thành phố⟧ phê duyệt tại ⟦e5:LEGAL_REF|Quyết định 737/QĐ-UBND⟧ ⟦e6:DATE|năm 2018⟧;

- Quy hoạch chi tiết tỷ lệ 1/2000 ⟦e7:LOCATION|thị tứ Tam Cường⟧, ⟦e8:ADMIN_UNIT|Huyện Vĩnh Bảo⟧ (cũ) đến ⟦DATE|năm 2025⟧ đã được ⟦e9:ORG|Ủy ban nhân dân thành phố⟧ phê duyệt tại ⟦e10:LEGAL_REF|Quyết định 2542/QĐ-UBND⟧ ⟦e11:DATE|năm 2014⟧.

Theo Quy hoạch ⟦ADMIN_UNIT|thành phố Hải Phòng⟧ (⟦e12:LEGAL_REF|Quyết định 1516/QĐ-TTg⟧ ⟦e13:DATE|năm 2023⟧), tại ⟦LOCATION|Khu kinh tế phía Nam⟧ có 6 KCN (tách ⟦PROJECT|KCN Trấn Dương HB⟧ thành Khu A, Khu B; tách ⟦PROJECT|KCN sân bay Tiên Lãng⟧ thành Khu A, Khu B) thì bao gồm 08 KCN.

Các KCN này đều đã có quy hoạch phân khu được phê duyệt (Chi tiết xem phụ lục 06 Quy hoạch chung ⟦LOCATION|Khu kinh tế ven biển phía Nam Hải Phòng⟧ đến ⟦DATE|năm 2050⟧, tỷ lệ 1/10.000).

() Về triển khai thực hiện các dự án đầu tư xây dựng:

- ⟦PROJECT|Dự án tuyến đường ven bộ ven biển⟧ đã được triển khai xây dựng theo hình thức BOT, đồng thời, từ ⟦DATE|năm 2020⟧, ⟦ORG|UBND TP. Hải Phòng⟧ đã phê duyệt dự án ⟦e14:PROJECT|đầu tư mở rộng tuyến đường bộ ven biển⟧ trên địa bàn ⟦e15:ADMIN_UNIT|Hải Phòng⟧ (từ ⟦LOCATION|tỉnh lộ 353⟧ đến ⟦LOCATION|cầu Thái Bình⟧) với tổng mức đầu tư hơn ⟦e16:MONEY|946 tỷ đồng⟧ từ vốn ngân sách do ⟦ORG|Ban Quản lý dự án đầu tư xây dựng các công trình giao thông⟧ làm chủ đầu tư. Dự án tuyến đường mở rộng không phải giải phóng mặt bằng vì dự án BOT đã thực hiện công tác giải phóng mặt bằng. Sau khi cả hai dự án hoàn thành, gần 20 km đường ven biển trên địa phận ⟦ADMIN_UNIT|TP. Hải Phòng⟧ sẽ là tuyến đường đôi mặt cắt hơn 24m.

- Các dự án phát triển công nghiệp: Có 04 KCN đang nghiên cứu đề xuất chủ trương đầu tư gồm ⟦PROJECT|KCN Sân bay Tiên Lãng Khu A⟧, ⟦PROJECT|KCN Trấn Dương - Hòa Bình Khu B⟧, ⟦PROJECT|KCN Tiên Lãng 1⟧, ⟦PROJECT|KCN Tiên Lãng 2 (GĐ1)⟧. (Chi tiết xem phụ lục 06 Quy hoạch chung ⟦LOCATION|Khu kinh tế ven biển phía Nam Hải Phòng⟧ đến ⟦DATE|năm 2050⟧, tỷ lệ 1/10.000).

- Các dự án khu chức năng khác (đang nghiên cứu):

+ ⟦e17:PROJECT|Dự án cảng Nam Đồ Sơn⟧, cảng miễn thuế: Quy mô Khu bến cảng: ⟦e18:AREA|1.400ha⟧, Khu logistics: Khoảng ⟦e19:AREA|2.400-2500ha⟧. Đây là dự án động lực quan trọng đang được tích cực triển khai, Việc xây dựng cảng và các kết nối hạ tầng đi kèm (giao thông, logistics) sẽ thúc đẩy việc thu hút đầu tư vào công nghiệp, kho bãi, logistics tại khu vực ⟦ADMIN_UNIT|Hải Phòng⟧ và vùng lân cận.

+ ⟦e20:PROJECT|Dự án Khu thương mại, dịch vụ Logistics⟧ tại ⟦e21:ADMIN_UNIT|xã Tú Sơn⟧, ⟦e22:ADMIN_UNIT|huyện Kiến Thuỵ⟧ (cũ) quy mô ⟦e23:AREA|90 ha⟧.

+ ⟦e24:PROJECT|Cụm công nghiệp Tân Trào⟧, quy mô ⟦e25:AREA|50 ha⟧: Hiện đang đền bù giải phóng mặt bằng; hồ sơ thẩm duyệt PCCC, MT và xây dựng hạ tầng CCN.

+ ⟦e26:PROJECT|Dự án đầu tư xây dựng cảng biển và trung tâm logistics Tiên Lãng⟧: đang lập quy hoạch. Quy mô phần diện tích xây dựng cảng biển (ngoài đê) khoảng ⟦e27:AREA|23ha⟧/⟦AREA|140,5ha⟧ khu vực ngoài đê, phần diện tích xây dựng trung tâm logistics (trong đê) khoảng ⟦e28:AREA|79ha⟧ (trùng với phạm vi nghiên cứu ⟦PROJECT|KCN Tiên Lãng 1⟧).

- Các dự án tái định cư:

Hiện nay, đang triển khai một số dự án đô thị, tái định cư trên địa bàn ⟦ADMIN_UNIT|Tiên Lãng⟧, mục tiêu tạo quỹ đất bố trí tái định cư phục vụ công tác đền bù, giải phóng mặt bằng thực hiện các dự án:

+ ⟦PROJECT|Dự án đầu tư xây dựng tuyến đường cao tốc Ninh Bình - Hải Phòng đoạn qua thành phố Hải Phòng⟧;

+ ⟦PROJECT|Dự án hoàn thiện tuyến đường nối Quốc lộ 5 với Quốc lộ 10⟧; ⟦e29:PROJECT|Dự án đầu tư xây dựng tuyến đường sau cảng dọc sông Văn Úc⟧ trên địa bàn ⟦e30:ADMIN_UNIT|huyện Tiên Lãng⟧;

+ ⟦e31:PROJECT|Dự án đầu tư xây dựng hạ tầng Khu công nghiệp Tiên Lãng 1⟧ và các dự án khác nằm trên và đi qua địa bàn ⟦e32:ADMIN_UNIT|huyện Tiên Lãng⟧.

+ Các khu tái định cư dự kiến:

++ ⟦e33:PROJECT|KĐT tại thôn Thái Hoà và vùng phụ cận⟧ (⟦e34:ADMIN_UNIT|H. Tiên Lãng⟧ cũ) quy mô ⟦e35:AREA|56,8ha⟧;

++ ⟦e36:PROJECT|Khu Tái định cư⟧ (tại ⟦e37:ADMIN_UNIT|huyện Tiên Lãng⟧ cũ) quy mô ⟦e38:AREA|65ha⟧;

++ ⟦e39:PROJECT|Khu tái định cư, nhà ở công nhân KCN Tiên Lãng 1⟧ quy mô khoảng ⟦e40:AREA|50ha⟧;

++ ⟦e41:PROJECT|Khu tái định cư, nhà ở công nhân KCN Tiên Lãng 2⟧ quy mô khoảng ⟦e42:AREA|45-50ha⟧;

++ ⟦e43:PROJECT|Khu tái định cư, nhà ở công nhân KCN sân bay Tiên Lãng⟧ khoảng ⟦e44:AREA|40ha⟧;

++ ⟦e45:PROJECT|khu đô thị Tam Cường⟧ ⟦e46:AREA|100 ha⟧, ⟦e47:PROJECT|khu đô thị Hùng Thắng⟧ ⟦e48:AREA|50 ha⟧.

Các giải pháp bảo vệ môi trường nước khi thực hiện Quy hoạch chung ⟦LOCATION|Khu kinh tế ven biển phía nam Hải Phòng⟧ đến ⟦DATE|năm 2050⟧

Theo Mục 9.3.c (trang 174) Quy hoạch chung ⟦LOCATION|Khu kinh tế ven biển phía Nam Hải Phòng⟧ đến ⟦DATE|năm 2050⟧, tỷ lệ 1/10.000, các giải pháp bảo vệ môi trường nước khi thực hiện Quy hoạch chung ⟦LOCATION|Khu kinh tế ven biển phía nam Hải Phòng⟧ đến ⟦DATE|năm 2050⟧ như sau:

- Quản lý chặt chẽ hoạt động thu gom, xử lý nước thải, chất thải trên địa bàn; Đặc biệt chú ý công tác xử lý ô nhiễm, bảo vệ môi trường tại các cơ sở y tế, công nghiệp, tiểu thủ công nghiệp, dịch vụ du lịch và khu dân cư tập trung; Nước thải trước khi xả vào nguồn tiếp nhận, phải đảm bảo đạt Quy chuẩn kỹ thuật quốc gia về môi trường;

Thu gom hiệu quả, tăng cường công tác phân loại rác tại nguồn, vận chuyển chất thải rắn về khu xử lý chất thải của khu vực theo như quy hoạch đã đề xuất. Đặc biệt, đối với chất thải nguy hại việc lưu chứa, vận chuyển, xử lý phải tuân thủ nghiêm ngặt theo các quy định kỹ thuật về an toàn và vệ sinh môi trường;

- Có kế hoạch khai thác, sử dụng hiệu quả tài nguyên nước; Khoanh vùng bảo vệ nguồn nước, tuân thủ nghiêm ngặt các quy định vệ sinh môi trường trong khu vực bảo vệ.

- Thường xuyên kiểm tra, bảo dưỡng các công trình đê, kè, các công trình thủy lợi và phòng chống thiên tai trên địa bàn.

- Bảo vệ môi trường nước biển ven bờ, các khu vực phát triển kinh tế biển trong khu vực;

Các phương tiện tầu thuyền cần thường xuyên kiểm tra, bảo dưỡng, hạn chế tối đa tình trạng rò rỉ dầu gây ảnh hưởng đến môi trường, hệ sinh thái biển; Kiểm soát hoạt động phát triển dịch vụ và bảo vệ môi trường tại các khu vực cảng biển.

Nước thải phát sinh từ hoạt động phát triển dân cư, dịch vụ, du lịch, công nghiệp, cảng biển... phải được xử lý đảm bảo đạt Quy chuẩn kỹ thuật quốc gia theo quy định trước khi xả vào nguồn tiếp nhận, hạn chế tối đa các tác động tiêu cực đến môi trường nước biển, hệ sinh thái trong và quanh khu vực;

Trong các hoạt động xây dựng, cải tạo, nạo vét cảng biển cần thực hiện đánh giá tác động môi trường, lên kế hoạch ứng phó với sự cố môi trường. Dự báo và kiểm soát chặt chẽ việc xả thải và xử lý nước dẫn tàu.

- Tăng cường công tác giám sát, quản lý và bảo vệ chất lượng môi trường nước trên địa bàn; Thực hiện tốt công tác quan trắc môi trường hàng năm, thêm các điểm quan trắc môi trường tại các khu vực nhậy cảm, các khu vực có nguy cơ ô nhiễm, hoặc cần được bảo vệ, quản lý.

=====RELATIONS=====
e2 issued_by e1
e2 issued_on e3
e5 issued_by e4
e5 issued_on e6
e7 located_in e8
e10 issued_by e9
e10 issued_on e11
e12 issued_on e13
e14 located_in e15
e14 has_amount e16
e17 has_area e18
e17 has_area e19
e20 located_in e21
e21 located_in e22
e20 has_area e23
e24 has_area e25
e26 has_area e27
e26 has_area e28
e29 located_in e30
e31 located_in e32
e33 located_in e34
e33 has_area e35
e36 located_in e37
e36 has_area e38
e39 has_area e40
e41 has_area e42
e43 has_area e44
e45 has_area e46
e47 has_area e48
