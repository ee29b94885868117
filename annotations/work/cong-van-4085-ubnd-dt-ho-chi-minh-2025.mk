doc: tnt305-tvpl__cong-van-4085-ubnd-dt-ho-chi-minh-2025
source: ../shared/corpus/raw/tnt305-tvpl__cong-van-4085-ubnd-dt-ho-chi-minh-2025.txt
span: 0 4081
=====TEXT=====
⟦e1:ORG|ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH⟧
-------- | ⟦LOCATION|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM⟧
Độc lập - Tự do - Hạnh phúc
---------------

Số: ⟦e2:LEGAL_REF|4085/UBND-ĐT⟧
V/v rà soát và chuẩn hóa dữ liệu số nhà sau sắp xếp, gắn liền với dữ liệu đất đai, tọa độ thửa đất, tuyến đường, mã bưu chính | ⟦ADMIN_UNIT|Thành phố Hồ Chí Minh⟧, ⟦e3:DATE|ngày 25 tháng 11 năm 2025⟧

Kính gửi: | - ⟦ORG|Công an Thành phố⟧;
- ⟦ORG|Sở Xây dựng⟧;
- ⟦ORG|Sở Nông nghiệp và Môi trường⟧;
- ⟦ORG|Trung tâm Chuyển đổi số Thành phố⟧;
- Ủy ban nhân dân các phường, xã, đặc khu. | Xét báo cáo, đề xuất của ⟦e4:ORG|Sở Xây dựng⟧ tại ⟦e5:LEGAL_REF|Công văn số 15972/SXD-QLN& TTBĐS⟧ ⟦e6:DATE|ngày 14 tháng 11 năm 2025⟧ về rà soát và chuẩn hóa dữ liệu số nhà sau sắp xếp, gắn liền với dữ liệu đất đai, tọa độ thửa đất, tuyến đường, mã bưu chính;
Chủ tịch ⟦ORG|Ủy ban nhân dân Thành phố⟧ có ý kiến chỉ đạo như sau:
1. Về việc rà soát, làm sạch dữ liệu số nhà đã cấp 1.1. Giao ⟦ORG|Sở Nông nghiệp và Môi trường⟧ Khẩn trương chia sẻ toàn bộ cơ sở dữ liệu đất đai đã được cập nhật, cùng các tờ bản đồ địa chính có thông tin địa chỉ (số nhà) của ⟦ADMIN_UNIT|Thành phố Hồ Chí Minh⟧ (sau sáp nhập) đến Ủy ban nhân dân các phường, xã, đặc khu để tiếp tục rà soát, đối chiếu, cập nhật, làm sạch dữ liệu số nhà và đến ⟦ORG|Sở Xây dựng⟧ để quản lý, theo dõi, đôn đốc quá trình cập nhật thông tin số nhà vào cơ sở dữ liệu đất đai của Ủy ban nhân dân các phường, xã, đặc khu. Thời gian thực hiện hoàn thành xong trước ⟦DATE|ngày 05 tháng 12 năm 2025⟧.
1.2. Giao ⟦ORG|Công an Thành phố⟧ Chỉ đạo Công an các phường, xã, đặc khu phối hợp và hướng dẫn Ủy ban nhân dân các phường, xã, đặc khu trong công tác rà soát, chuẩn hóa dữ liệu số nhà sau sắp xếp; bảo đảm việc cập nhật dữ liệu gắn liền với thông tin đất đai, tọa độ thửa đất, tuyến đường và mã bưu chính.
1.3. Giao Ủy ban nhân dân các phường, xã, đặc khu - Phối hợp thực hiện công tác rà soát dữ liệu số nhà trên cơ sở ⟦e7:LEGAL_REF|Kế hoạch số 515/KH-BCA-BNN&MT⟧ ⟦e8:DATE|ngày 31 tháng 8 năm 2025⟧ của ⟦e9:ORG|Bộ Công an⟧ và ⟦e10:ORG|Bộ Nông nghiệp và Môi trường⟧, cùng ⟦e11:LEGAL_REF|Kế hoạch số 94/KH-UBND⟧ ⟦e12:DATE|ngày 19 tháng 9 năm 2025⟧ của ⟦e13:ORG|Ủy ban nhân dân Thành phố⟧.
- Trên cơ sở dữ liệu đất đai và bản đồ địa chính có cập nhật địa chỉ (số nhà) do ⟦ORG|Sở Nông nghiệp và Môi trường⟧ cung cấp, Ủy ban nhân dân các phường, xã, đặc khu tổ chức rà soát, cập nhật và làm sạch dữ liệu số nhà đã cấp, bao gồm cả số nhà cũ và số nhà đã điều chỉnh nhưng chưa được cập nhật vào giấy chứng nhận; đồng thời, phối hợp với Công an phường, xã, đặc khu rà soát, đối chiếu, cập nhật và làm sạch dữ liệu hoàn chỉnh về số nhà đã cấp trên địa bàn; bảo đảm thống nhất, đồng bộ và chính xác.
Thời gian hoàn thành trước ⟦DATE|ngày 31 tháng 12 năm 2025⟧.
1.4. Giao ⟦ORG|Sở Xây dựng⟧ Theo dõi, đôn đốc Ủy ban nhân dân các phường, xã, đặc khu thực hiện cập nhật thông tin số nhà vào cơ sở dữ liệu đất đai; đảm bảo thống nhất, đồng bộ, chính xác trên toàn địa bàn Thành phố.
2. Về công tác triển khai ứng dụng phần mềm thống nhất trong đánh số và gắn biển số nhà - Giao ⟦ORG|Sở Xây dựng⟧ chủ trì, phối hợp với ⟦ORG|Trung tâm Chuyển đổi số Thành phố⟧, ⟦ORG|Công an Thành phố⟧, ⟦ORG|Sở Nông nghiệp và Môi trường⟧, Ủy ban nhân dân các phường, xã, đặc khu cùng các đơn vị có liên quan, tổ chức khảo sát, đánh giá hiện trạng sử dụng phần mềm phục vụ công tác đánh số và gắn biển số nhà tại các phường, xã, đặc khu đang thực hiện.
- Trên cơ sở kết quả khảo sát, ⟦ORG|Sở Xây dựng⟧ chủ trì, phối hợp ⟦ORG|Trung tâm Chuyển đổi số Thành phố⟧ xây dựng, đề xuất trình ⟦ORG|Ủy ban nhân dân Thành phố⟧ phương án xây dựng hoặc lựa chọn phần mềm dùng chung thống nhất trên toàn địa bàn Thành phố, bảo đảm phù hợp với quy định tại ⟦e14:LEGAL_REF|Thông tư số 08/2024/TT-BXD⟧ và ⟦e15:LEGAL_REF|Thông tư số 09/2025/TT-BXD⟧ của ⟦e16:ORG|Bộ Xây dựng⟧. Thời gian hoàn thành trong ⟦DATE|tháng 12 năm 2025⟧.
Chủ tịch ⟦ORG|Ủy ban nhân dân Thành phố⟧ đề nghị các cơ quan, đơn vị khẩn trương, nghiêm túc triển khai thực hiện đầy đủ các nội dung chỉ đạo nêu trên theo thẩm quyền và quy định pháp luât. Trường hợp có khó khăn, vướng mắc trong quá trình thực hiện, đề nghị các cơ quan, đơn vị có văn bản báo cáo gửi ⟦ORG|Sở Xây dựng⟧ để tổng hợp, tham mưu, đề xuất trình ⟦ORG|Ủy ban nhân dân Thành phố⟧ xem xét./.

Nơi nhận:
- Như trên;
- ⟦ORG|TTUB⟧: CT, các PCT;
- ⟦ORG|VPUB⟧: CVP, các PVP;
- ⟦ORG|Phòng Đô thị⟧, ⟦ORG|TTHCC⟧;
- Lưu: VT, (ĐT/VMN).

KT. CHỦ TỊCH PHÓ CHỦ TỊCH
⟦PERSON|Bùi Xuân Cường⟧

=====RELATIONS=====
e2 issued_by e1
e2 issued_on e3
e5 issued_by e4
e5 issued_on e6
e7 issued_on e8
e7 issued_by e9
e7 issued_by e10
e11 issued_on e12
e11 issued_by e13
e14 issued_by e16
e15 issued_by e16
