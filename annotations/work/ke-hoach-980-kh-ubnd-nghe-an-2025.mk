doc: tnt305-tvpl__ke-hoach-980-kh-ubnd-nghe-an-2025
source: ../shared/corpus/raw/tnt305-tvpl__ke-hoach-980-kh-ubnd-nghe-an-2025.txt
span: 2817 6049
=====TEXT=====
1. Các sở, ban, ngành, tổ chức chính trị - xã hội, Ủy ban nhân dân các xã, phường chịu trách nhiệm thực hiện Kế hoạch này.
2. ⟦ORG|Bộ CHQS tỉnh⟧ có trách nhiệm tham mưu ⟦ORG|Ủy ban nhân dân tỉnh⟧ theo dõi, hướng dẫn, kiểm tra, đôn đốc các sở, ban, ngành, tổ chức chính trị - xã hội, Ủy ban nhân dân các xã, phường triển khai thực hiện; tổng hợp báo cáo ⟦ORG|Ủy ban nhân dân tỉnh⟧ kết quả thực hiện Kế hoạch.
3. Căn cứ nội dung Kế hoạch và tình hình thực tiễn, các sở, ban, ngành, tổ chức chính trị - xã hội, Ủy ban nhân dân các xã, phường xây dựng Kế hoạch triển khai thi hành Nghị định trong phạm vi, lĩnh vực, địa bàn quản lý. Hằng năm báo cáo kết quả thực hiện về ⟦ORG|Ban Chỉ huy Phòng thủ dân sự tỉnh⟧ qua ⟦ORG|Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh⟧ để tổng hợp, báo cáo.
4. ⟦ORG|Sở Tài chính⟧ và Ủy ban nhân dân các xã, phường bố trí ngân sách nhà nước để thực hiện Kế hoạch này theo quy định của pháp luật.
5. Trong quá trình triển khai thực hiện Kế hoạch, nếu có khó khăn, vướng mắc, các sở, ban, ngành, tổ chức chính trị - xã hội, Ủy ban nhân dân các xã, phường kịp thời phản ánh về ⟦ORG|Ban Chỉ huy Phòng thủ dân sự tỉnh⟧ qua ⟦ORG|Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh⟧ để tổng hợp, báo cáo theo quy định.
Yêu cầu các sở, ban, ngành, Ủy ban nhân dân các xã, phường và các đơn vị có liên quan thực hiện nghiêm túc./.

Nơi nhận:
- Chủ tịch ⟦ORG|UBND tỉnh⟧;
- Các PCT ⟦ORG|UBND tỉnh⟧;
- ⟦ORG|Bộ Chỉ huy Quân sự tinh⟧;
- ⟦ORG|Ban CHBĐ Biên phòng⟧;
- ⟦ORG|Văn phòng BCHPTDS tinh⟧;
- Các sở, ban, ngành cấp tỉnh;
- CVP ⟦ORG|UBND tỉnh⟧;
- PCVP (NC) ⟦ORG|UBND tỉnh⟧;
- UBND các xã, phường;
- Lưu: VT, NC (TP, Dũng).

TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH ⟦PERSON|Nguyễn Văn Đệ⟧

PHỤ LỤC

DANH MỤC NHIỆM VỤ TRIỂN KHAI THI HÀNH NGHỊ ĐỊNH QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA ⟦LEGAL_REF|LUẬT PHÒNG THỦ DÂN SỰ⟧
(Kèm theo ⟦k1:LEGAL_REF|Kế hoạch số 980/KH-UBND⟧ ⟦k1d:DATE|ngày 18 tháng 11 năm 2025⟧ của ⟦k1o:ORG|UBND tỉnh Nghệ An⟧) | TT | Nội dung thực hiện | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm dự kiến

I | KIỆN TOÀN VÀ HOÀN THIỆN CƠ CHẾ CHỈ ĐẠO, ĐIỀU HÀNH PHÒNG THỦ DÂN SỰ

1 | Tổ chức lại Ban Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã; ban hành quy chế hoạt động của Ban Chỉ huy phòng thủ dân sự các cấp (Điều 7, 8 Nghị định) | ⟦ORG|Bộ CHQS tỉnh⟧; UBND cấp xã | ⟦ORG|Văn phòng Ban Chỉ huy⟧; các sở, ban, ngành | Trước ⟦DATE|ngày 30/11/2025⟧ | Quyết định của Chủ tịch UBND cấp tỉnh, cấp xã

II | TRIỂN KHAI ĐỒNG BỘ VĂN BẢN QUY PHẠM PHÁP LUẬT, CƠ CHẾ, CHÍNH SÁCH VỀ PHÒNG THỦ DÂN SỰ

1 | Triển khai thực hiện một số nội dung chi, mức chi đặc thù trong nội dung chi ngân sách cho hoạt động phòng thủ dân sự. | ⟦ORG|Sở Tài chính⟧ | Cơ quan, địa phương liên quan | Thường xuyên

2 | Triển khai thực hiện khi có sửa đổi hoặc ban hành mới Quyết định thay thế ⟦q1:LEGAL_REF|Quyết định số 118/2008/QĐ-TTg⟧ ⟦q1d:DATE|ngày 27/8/2008⟧ của ⟦q1o:ORG|Thủ tướng Chính phủ⟧ ban hành Quy chế quản lý tài chính đối với hoạt động tìm kiếm cứu nạn, cứu hộ, ứng phó thiên tai, thảm họa. | ⟦ORG|Sở Tài chính⟧ | Cơ quan, địa phương liên quan | ⟦DATE|2025⟧

3 | Triển khai thực hiện khi có Thông tư mới thay thế ⟦t1:LEGAL_REF|Thông tư số 92/2009/TT- BTC⟧ ⟦t1d:DATE|ngày 12/5/2009⟧ và ⟦t2:LEGAL_REF|Thông tư số 85/2020/TT-BTC⟧ ⟦t2d:DATE|ngày 01/10/2020⟧ của ⟦t2o:ORG|Bộ Tài chính⟧ | ⟦ORG|Sở Tài chính⟧ | Cơ quan, địa phương liên quan | ⟦DATE|2025⟧

4 | Hướng dẫn phương pháp, trình tự thống kê phù hợp với lĩnh vực quản lý các ngành | Sở, ban, ngành, tổ chức chính trị - xã hội | Cơ quan liên quan | ⟦DATE|2025⟧
=====RELATIONS=====
k1 issued_on k1d
k1 issued_by k1o
q1 issued_on q1d
q1 issued_by q1o
t1 issued_on t1d
t1 issued_by t2o
t2 issued_on t2d
t2 issued_by t2o
