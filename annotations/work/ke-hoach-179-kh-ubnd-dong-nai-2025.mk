doc: tnt305-tvpl__ke-hoach-179-kh-ubnd-dong-nai-2025
source: ../shared/corpus/raw/tnt305-tvpl__ke-hoach-179-kh-ubnd-dong-nai-2025.txt
span: 58563 63716
=====TEXT=====

4. Tuyên truyền, phổ biến, nâng cao nhận thức

a) Tổ chức các hội nghị, hội thảo, các sự kiện về phát triển kinh tế số, xã hội số và kết quả thực hiện các nội dung của Kế hoạch.
Lồng ghép nội dung về kinh tế số, xã hội số trong các sự kiện, triển lãm về phát triển kinh tế - xã hội;

b) Tổ chức tuyên truyền, phổ biến, tập huấn rộng khắp về các nền tảng số quốc gia, các mô hình kinh tế số, xã hội số điển hình trên hệ thống truyền thông từ tỉnh đến cơ sở. Triển khai các kênh tư vấn, hỏi đáp, trợ lý ảo về kinh tế số, xã hội số, hỗ trợ người dân nâng cao kỹ năng số, sử dụng nền tảng số, dịch vụ số và công nghệ số;

c) Tổ chức các chiến dịch truyền thông, các cuộc thi, trò chơi truyền hình xoay quanh chủ đề kinh tế số, xã hội số nhằm tuyên truyền, phổ biến, thu hút sự tham gia rộng rãi của người dân. Tổ chức các cuộc thi tìm kiếm mô hình kinh doanh số, kinh tế số tiêu biểu, các giải pháp dùng công nghệ số để giải quyết các vấn đề kinh tế - xã hội. Sản xuất các tin, bài, phóng sự, câu chuyện, phim tài liệu về kinh tế số, xã hội số trên 04 loại hình báo chí; tìm kiếm, phổ biến kinh nghiệm, câu chuyện thành công về phát triển kinh tế số và xã hội số; mở các chuyên trang, chuyên mục tuyên truyền về kinh tế số và xã hội số;

d) Thiết lập cổng thông tin kinh tế số và xã hội số ⟦ADMIN_UNIT|Đồng Nai⟧ để cung cấp thông tin triển khai Kế hoạch phát triển kinh tế số và xã hội số của tỉnh, là nơi đăng tải các chủ trương, chính sách, thông tin liên quan và diễn tiến thực hiện Kế hoạch, là nơi tích hợp các dữ liệu về phát triển kinh tế số và xã hội số ⟦ADMIN_UNIT|Đồng Nai⟧. Xây dựng cơ sở dữ liệu thông tin về phát triển kinh tế số, xã hội số quốc gia, với thông tin, dữ liệu được tập hợp từ nhiều nguồn khác nhau được phân loại theo chủ đề, danh mục phục vụ lưu trữ, truy xuất và cập nhật thông tin, cho phép người dùng tìm kiếm, chia sẻ thông tin. Xây dựng diễn đàn kết nối chuyên gia, nhà khoa học với cá nhân, tổ chức nhằm gắn kết sức mạnh tri thức để thúc đẩy phát triển kinh tế số và xã hội số;

đ) Tổ chức các cuộc thi để khuyến khích các ngành, địa phương, cơ quan, tổ chức, doanh nghiệp đưa ra các bài toán thực tế cần giải quyết bằng công nghệ số, nền tảng số và các giải pháp số, nền tảng số giải quyết xuất sắc bài toán đặt ra;

e) Công bố danh mục các bài toán lớn về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số của tỉnh để các doanh nghiệp công nghệ số ⟦LOCATION|Việt Nam⟧ tham gia giải quyết.

5. Đo lường, giám sát triển khai

a) Định kỳ cập nhật các chỉ tiêu kinh tế số, xã hội số phù hợp thực tế phát triển, đảm bảo hệ thống chỉ tiêu thống kê đo lường kinh tế số, xã hội số thống nhất, bao gồm các chỉ tiêu cấp quốc gia, cấp ngành và địa phương. Định kỳ đo lường, công bố công khai kết quả; đánh giá mức độ hoàn thành nhiệm vụ dựa trên kết quả phát triển kinh tế số, xã hội số;

b) Ban hành bộ tiêu chí đo lường về xã hội số, trong đó có nội dung đo lường về mức độ tham gia của người dân vào các hoạt động chính trị, xã hội trong xã hội số, có phân loại chi tiết theo giới tính, vùng miền;
định kỳ hàng năm thực hiện điều tra, thu thập, công bố kết quả thống kê, đo lường về xã hội số ở cấp độ quốc gia và cấp độ địa phương;

c) Xây dựng Hệ thống thông tin báo cáo chỉ tiêu và tình hình triển khai các nhiệm vụ phát triển kinh tế số và xã hội số của các ngành; tổng hợp tình hình thực hiện Kế hoạch chung của tỉnh. Các số liệu báo cáo hướng tới sinh ra từ hệ thống, theo thời gian thực, phục vụ chỉ đạo điều hành và hỗ trợ ra quyết định của tỉnh và Chính quyền số.

6. Bảo đảm kinh phí

a) Kinh phí thực hiện Kế hoạch này bao gồm: Ngân sách nhà nước; nguồn đầu tư của doanh nghiệp, khu vực tư nhân, cộng đồng và các nguồn kinh phí hợp pháp khác.

b) Ưu tiên kinh phí từ ngân sách để thực hiện nhiệm vụ, giải pháp thuộc Kế hoạch này do cơ quan nhà nước chủ trì thực hiện.

- Nguồn kinh phí đầu tư chi để thực hiện các nhiệm vụ, dự án: Đầu tư xây dựng các hệ thống thông tin, nền tảng số, mua sắm phần cứng, phần mềm, công nghệ, trang thiết bị và xây dựng các cơ sở vật chất, hạ tầng phục vụ phát triển kinh tế số, xã hội số.

- Nguồn kinh phí thường xuyên chi để thực hiện kế hoạch, nhiệm vụ: Nghiên cứu, xây dựng thể chế, chính sách thúc đẩy chuyển đổi số, phát triển kinh tế số, xã hội số. Điều tra, khảo sát, thống kê, đo lường, đánh giá chỉ số phát triển, ảnh hưởng tác động. Thuê, mua sử dụng, thúc đẩy phát triển các nền tảng số; tạo lập, cập nhật, lưu trữ và chia sẻ, sử dụng dữ liệu số; đảm bảo an toàn thông tin mạng; đào tạo, bồi dưỡng, phát triển nhân lực số, kỹ năng số, công dân số, văn hóa số; hỗ trợ, tư vấn chuyển đổi số doanh nghiệp; thông tin, tuyên truyền; duy trì, vận hành các hệ thống thông tin, nền tảng số; các nhiệm vụ khác thuộc Kế hoạch có tính chất chi thường xuyên. Khuyến khích, ưu tiên sử dụng nguồn chi thường xuyên thuê, mua sử dụng các nền tảng số, dịch vụ số, hệ thống thông tin thay vì đầu tư xây dựng.

c) Các doanh nghiệp, tổ chức kinh tế, cơ sở giáo dục, đào tạo bố trí kinh phí từ ngân sách tự chủ của mình để thực hiện các nhiệm vụ, giải pháp được giao thuộc Kế hoạch. Các đơn vị có nguồn kinh phí được để lại theo quy định ưu tiên sử dụng nguồn kinh phí này để thực hiện Kế hoạch phù hợp quy định của pháp luật.
=====RELATIONS=====
