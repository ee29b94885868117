doc: tnt305-tvpl__nghi-quyet-79-2025-nq-hdnd-ha-noi
source: ../shared/corpus/raw/tnt305-tvpl__nghi-quyet-79-2025-nq-hdnd-ha-noi.txt
span: 18752 23695
=====TEXT=====
b) Đối với công trình công nghiệp:
- Đối với công trình công nghiệp được phân hạng nguy hiểm cháy nổ hạng A, B cao từ 02 tầng trở lên sử dụng kết cấu khung thép mái tôn cho phép bổ sung các biện pháp bọc, phủ các lớp bảo vệ bằng vật liệu không cháy lên kết cấu thép, có giới hạn chịu lửa không dưới 45 phút đối với tất cả các tầng, trừ kết cấu mái.
- Đối với công trình công nghiệp được phân hạng nguy hiểm cháy nổ hạng A, B (cao không quá 01 tầng), hạng nguy hiểm cháy nổ hạng C (không phụ thuộc vào số tầng) được trang bị hệ thống chữa cháy tự động (trường hợp không trang bị hệ thống chữa cháy tự động, có thể thay thế bằng việc trang bị các hệ thống, phương tiện về PCCC gồm: hệ thống báo cháy tự động, hệ thống cấp nước chữa cháy trong nhà và bình chữa cháy xách tay) và công trình công nghiệp được phân hạng nguy hiểm cháy nổ D, E (không phụ thuộc vào số tầng) cho phép sử dụng kết cấu khung thép mái tôn.

2 | Đường giao thông phục vụ chữa cháy | Căn cứ quy mô, tính chất hoạt động, đặc điểm nguy hiểm cháy nổ của từng công trình cụ thể, lựa chọn một trong các giải pháp bổ sung, tăng cường sau:
- Lắp đặt bổ sung đường ống cố định, họng tiếp nước tại vị trí xe chữa cháy có thể tiếp cận hoặc trang bị các cuộn vòi di động để truyền nước vào hệ thống cấp nước chữa cháy của công trình;
- Hoặc xem xét đến khả năng tiếp cận của xe chữa cháy thông qua đường giao thông nội bộ của công trình liền kề theo hướng tiếp giáp với công trình;
- Hoặc trường hợp đường nội bộ có kích thước nhỏ hơn 3,5 m lực lượng chữa cháy có thể tiếp cận được dọc theo đường nội bộ này, phải mở thêm các cửa ra thoát nạn để tiếp cận từ bên ngoài, tại các vị trí cửa này phía ngoài nhà phải bố trí tối thiểu 01 họng nước chữa cháy (họng khô) ngoài nhà của công trình được kết nối với đường ống cấp nước có bố trí họng nhận nước tại vị trí xe chữa cháy, máy bơm chữa cháy có thể tiếp cận được;
- Hoặc lắp đặt bổ sung hệ thống lăng giá phun nước được điều khiển bằng tay trong nhà dọc theo chiều dài phía xe chữa cháy không tiếp cận được và kết nối với hệ thống chữa cháy bằng nước của công trình, họng nhận nước từ xe chữa cháy tại vị trí xe chữa cháy, máy bơm chữa cháy có thể tiếp cận được;
- Hoặc xem xét việc tiếp cận từ trên mái của các cơ sở liền kề mà các cơ sở này xe chữa cháy có thể tiếp cận được; đồng thời tại các tầng của công trình trang bị bổ sung thang sắt đứng loại P1 (thang sắt có lồng bảo vệ) hoặc thang dây, ống tụt tại vị trí ban công, lô gia và các gian phòng phía mặt ngoài nhà.
Ngoài các giải pháp bổ sung, tăng cường nêu trên, đồng thời bổ sung giải pháp: Trang bị mặt nạ lọc độc tương ứng với số người trên mỗi tầng để phục vụ trong quá trình thoát nạn và 02 mặt nạ lọc độc đặt tại phòng bảo vệ luôn có người thường trực 24/24 giờ.

3 | Khoảng cách an toàn PCCC giữa nhà và công trình | a) Đối với công trình dân dụng và công trình công nghiệp:
- Tại các vị trí không thể bố trí các tường, vách ngăn cháy theo quy định về khoảng cách an toàn về PCCC, cho phép được trang bị các đầu phun sprinkler của thiết bị chữa cháy tự động (các đầu phun được đặt cách nhau không quá 2 m từ phía các gian phòng (hành lang) liền kề tường ngoài và cách mặt trong của tường ngoài không quá 0,5 m) hoặc thiết bị tạo màn nước drencher (bố trí thành 02 dải cách nhau 0,5 m với cường độ phun không nhỏ hơn 0,5 l/s cho mỗi mét chiều dài màn nước (tính chung cho cả 2 dải), thời gian duy trì màn nước tối thiểu 01 giờ).
- Hoặc tăng giới hạn chịu lửa các cấu kiện xây dựng chính để tăng bậc chịu lửa của công trình;
- Hoặc xây bổ sung tường, vách ngăn cháy, tấm bê tông nhẹ lắp ghép, tấm bê tông chưng áp có giới hạn chịu lửa tối thiểu E45 ở mặt tiếp giáp với công trình xung quanh, đường ranh giới khu đất hoặc ốp tấm, vật liệu chống cháy có giới hạn chịu lửa tối thiểu E45 bên trong các cửa sổ, lỗ cửa;
- Hoặc bổ sung giải pháp phân vùng ngăn cháy, bố trí các chất cháy cách xa tường ngoài phía tiếp giáp với công trình xung quanh tối thiểu 6 m, giảm tải trọng chất cháy bố trí trong công trình.
b) Đối với công trình cửa hàng xăng dầu: Trang bị bổ sung thiết bị chữa cháy tự động kích hoạt tại các khu vực cột bơm, bể chứa ngầm thì khoảng cách từ bể chứa, cột bơm đến nơi tập trung đông người được giảm xuống còn 17 m.

4 | Bố trí mặt bằng, công năng sử dụng. | a) Đối với trường hợp bố trí mặt bằng, công năng sử dụng của công trình:
- Điều chỉnh công năng sử dụng phù hợp với quy định tại Phụ lục H ⟦LEGAL_REF|QCVN 06:2022/BXD⟧ và ⟦LEGAL_REF|Sửa đổi 1:2023 QCVN 06:2022/BXD⟧;
- Quá trình vận hành, hoạt động hạn chế số người đối với các công năng bố trí ở các tầng cao hoặc các tầng hầm của công trình để bảo đảm thoát nạn nhanh chóng không bị ùn tắc khi tổ chức thoát nạn;
- Hoặc bổ sung thêm các khu vực lánh nạn tạm thời là các vùng an toàn phù hợp với quy định tại Điều A.3.2.2 ⟦LEGAL_REF|QCVN 06:2022/BXD⟧ và ⟦LEGAL_REF|Sửa đổi 1:2023 QCVN 06:2022/BXD⟧.
b) Đối với trường hợp bố trí phòng máy bơm chữa cháy tại tầng phía dưới của tầng hầm thứ nhất:
- Trang bị camera giám sát trạng thái phòng bơm;

=====RELATIONS=====
