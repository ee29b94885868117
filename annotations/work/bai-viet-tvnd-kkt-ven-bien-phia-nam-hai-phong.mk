doc: tnt305-tvpl__bai-viet-tvnd-kkt-ven-bien-phia-nam-hai-phong
source: ../shared/corpus/raw/tnt305-tvpl__bai-viet-tvnd-kkt-ven-bien-phia-nam-hai-phong.txt
span: 0 6804
=====TEXT=====
Các chương trình dự án đang triển khai tại Khu kinh tế ven biển phía nam Hải Phòng đến năm 2050

Ban Quản lý Khu kinh tế Hải Phòng đã công bố hồ sơ Quy hoạch chung Khu kinh tế ven biển phía Nam Hải Phòng đến năm 2050, tỷ lệ 1/10.000.

Theo Mục 2.9 (trang 58) Quy hoạch chung Khu kinh tế ven biển phía Nam Hải Phòng đến năm 2050, tỷ lệ 1/10.000, các chương trình dự án đang triển khai tại Khu kinh tế ven biển phía nam Hải Phòng đến năm 2050 như sau:

Trong phạm vi Khu kinh tế hiện có các quy hoạch phân khu, quy hoạch chi tiết đã được lập như:

- Điều chỉnh Quy hoạch chi tiết tỷ lệ 1/2000 quận Đồ Sơn (cũ) đến năm 2025 đã được Thủ tướng Chính phủ phê duyệt tại Quyết định 1402/QĐ-UBND năm 2013 (Hiện thành phố đang lập quy hoạch phân khu điều chỉnh);

- Quy hoạch chung đô thị mới Hùng Thắng đến năm 2035, tầm nhìn đến năm 2050 được Ủy ban nhân dân thành phố phê duyệt tại Quyết định 737/QĐ-UBND năm 2018;

- Quy hoạch chi tiết tỷ lệ 1/2000 thị tứ Tam Cường, Huyện Vĩnh Bảo (cũ) đến năm 2025 đã được Ủy ban nhân dân thành phố phê duyệt tại Quyết định 2542/QĐ-UBND năm 2014.

Theo Quy hoạch thành phố Hải Phòng (Quyết định 1516/QĐ-TTg năm 2023), tại Khu kinh tế phía Nam có 6 KCN (tách KCN Trấn Dương HB thành Khu A, Khu B; tách KCN sân bay Tiên Lãng thành Khu A, Khu B) thì bao gồm 08 KCN.

Các KCN này đều đã có quy hoạch phân khu được phê duyệt (Chi tiết xem phụ lục 06 Quy hoạch chung Khu kinh tế ven biển phía Nam Hải Phòng đến năm 2050, tỷ lệ 1/10.000).

() Về triển khai thực hiện các dự án đầu tư xây dựng:

- Dự án tuyến đường ven bộ ven biển đã được triển khai xây dựng theo hình thức BOT, đồng thời, từ năm 2020, UBND TP. Hải Phòng đã phê duyệt dự án đầu tư mở rộng tuyến đường bộ ven biển trên địa bàn Hải Phòng (từ tỉnh lộ 353 đến cầu Thái Bình) với tổng mức đầu tư hơn 946 tỷ đồng từ vốn ngân sách do Ban Quản lý dự án đầu tư xây dựng các công trình giao thông làm chủ đầu tư. Dự án tuyến đường mở rộng không phải giải phóng mặt bằng vì dự án BOT đã thực hiện công tác giải phóng mặt bằng. Sau khi cả hai dự án hoàn thành, gần 20 km đường ven biển trên địa phận TP. Hải Phòng sẽ là tuyến đường đôi mặt cắt hơn 24m.

- Các dự án phát triển công nghiệp: Có 04 KCN đang nghiên cứu đề xuất chủ trương đầu tư gồm KCN Sân bay Tiên Lãng Khu A, KCN Trấn Dương - Hòa Bình Khu B, KCN Tiên Lãng 1, KCN Tiên Lãng 2 (GĐ1). (Chi tiết xem phụ lục 06 Quy hoạch chung Khu kinh tế ven biển phía Nam Hải Phòng đến năm 2050, tỷ lệ 1/10.000).

- Các dự án khu chức năng khác (đang nghiên cứu):

+ Dự án cảng Nam Đồ Sơn, cảng miễn thuế: Quy mô Khu bến cảng: 1.400ha, Khu logistics: Khoảng 2.400-2500ha. Đây là dự án động lực quan trọng đang được tích cực triển khai, Việc xây dựng cảng và các kết nối hạ tầng đi kèm (giao thông, logistics) sẽ thúc đẩy việc thu hút đầu tư vào công nghiệp, kho bãi, logistics tại khu vực Hải Phòng và vùng lân cận.

+ Dự án Khu thương mại, dịch vụ Logistics tại xã Tú Sơn, huyện Kiến Thuỵ (cũ) quy mô 90 ha.

+ Cụm công nghiệp Tân Trào, quy mô 50 ha: Hiện đang đền bù giải phóng mặt bằng; hồ sơ thẩm duyệt PCCC, MT và xây dựng hạ tầng CCN.

+ Dự án đầu tư xây dựng cảng biển và trung tâm logistics Tiên Lãng: đang lập quy hoạch. Quy mô phần diện tích xây dựng cảng biển (ngoài đê) khoảng 23ha/140,5ha khu vực ngoài đê, phần diện tích xây dựng trung tâm logistics (trong đê) khoảng 79ha (trùng với phạm vi nghiên cứu KCN Tiên Lãng 1).

- Các dự án tái định cư:

Hiện nay, đang triển khai một số dự án đô thị, tái định cư trên địa bàn Tiên Lãng, mục tiêu tạo quỹ đất bố trí tái định cư phục vụ công tác đền bù, giải phóng mặt bằng thực hiện các dự án:

+ Dự án đầu tư xây dựng tuyến đường cao tốc Ninh Bình - Hải Phòng đoạn qua thành phố Hải Phòng;

+ Dự án hoàn thiện tuyến đường nối Quốc lộ 5 với Quốc lộ 10; Dự án đầu tư xây dựng tuyến đường sau cảng dọc sông Văn Úc trên địa bàn huyện Tiên Lãng;

+ Dự án đầu tư xây dựng hạ tầng Khu công nghiệp Tiên Lãng 1 và các dự án khác nằm trên và đi qua địa bàn huyện Tiên Lãng.

+ Các khu tái định cư dự kiến:

++ KĐT tại thôn Thái Hoà và vùng phụ cận (H. Tiên Lãng cũ) quy mô 56,8ha;

++ Khu Tái định cư (tại huyện Tiên Lãng cũ) quy mô 65ha;

++ Khu tái định cư, nhà ở công nhân KCN Tiên Lãng 1 quy mô khoảng 50ha;

++ Khu tái định cư, nhà ở công nhân KCN Tiên Lãng 2 quy mô khoảng 45-50ha;

++ Khu tái định cư, nhà ở công nhân KCN sân bay Tiên Lãng khoảng 40ha;

++ khu đô thị Tam Cường 100 ha, khu đô thị Hùng Thắng 50 ha.

Các giải pháp bảo vệ môi trường nước khi thực hiện Quy hoạch chung Khu kinh tế ven biển phía nam Hải Phòng đến năm 2050

Theo Mục 9.3.c (trang 174) Quy hoạch chung Khu kinh tế ven biển phía Nam Hải Phòng đến năm 2050, tỷ lệ 1/10.000, các giải pháp bảo vệ môi trường nước khi thực hiện Quy hoạch chung Khu kinh tế ven biển phía nam Hải Phòng đến năm 2050 như sau:

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
