doc: tnt305-tvpl__ke-hoach-556-kh-ubnd-dong-thap-2025
source: ../shared/corpus/raw/tnt305-tvpl__ke-hoach-556-kh-ubnd-dong-thap-2025.txt
span: 31421 34654
=====TEXT=====
1. Kinh phí bảo đảm thực hiện Kế hoạch này được bố trí từ nguồn ngân sách nhà nước theo phân cấp quản lý ngân sách hiện hành; nguồn tài trợ, viện trợ, nguồn xã hội hóa; vốn lồng ghép vào các chương trình, đề án, kế hoạch có liên quan đến nhiệm vụ của Kế hoạch và các nguồn vốn hợp pháp khác (nếu có).

2. Các sở, ngành, địa phương có liên quan có trách nhiệm chủ động cân đối trong nguồn ngân sách nhà nước được bố trí trong năm để triển khai thực hiện nhiệm vụ được giao trong Kế hoạch này.

VI. TỔ CHỨC THỰC HIỆN

1. Căn cứ Kế hoạch này, các sở, ban, ngành cấp tỉnh, Ủy ban nhân dân các xã, phường nghiên cứu triển khai thực hiện, đảm bảo phù hợp với chức năng, nhiệm vụ của ngành, cơ quan, đơn vị mình.

2. Các sở, ban, ngành tỉnh có liên quan tới việc thực hiện Kế hoạch này có trách nhiệm thường xuyên phối hợp cùng các cơ quan chuyên môn thuộc các bộ, ngành Trung ương trong việc hỗ trợ vốn, khoa học và công nghệ, đào tạo phát triển nguồn nhân lực để sớm hoàn thành các công trình, dự án phát triển kinh tế biển trên địa bàn tỉnh.

3. Đề nghị ⟦ORG|Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh⟧ và các Đoàn thể tỉnh bằng nhiều hình thức và phương pháp thích hợp, tổ chức tuyên truyền và vận động đoàn viên, hội viên và Nhân dân tích cực tham gia thực hiện Kế hoạch này; Mỗi đoàn viên, hội viên phải đi đầu trong công tác tuyên truyền và thực hiện các nhiệm vụ, giải pháp khai thác, sử dụng bền vững tài nguyên, bảo vệ môi trường biển và hải đảo góp phần phát triển bền vững kinh tế biển của tỉnh.

4. Các đơn vị, địa phương tăng cường kiểm tra, đôn đốc triển khai, thực hiện Kế hoạch này, định kỳ hàng năm báo cáo kết quả thực hiện về ⟦ORG|Sở Nông nghiệp và Môi trường⟧ chậm nhất ⟦DATE|ngày 17 tháng 12⟧. Thời gian báo cáo định kỳ hàng năm tính từ ⟦DATE|ngày 15 tháng 12⟧ năm trước kỳ báo cáo đến ⟦DATE|ngày 14 tháng 12⟧ của kỳ báo cáo.

5. Giao ⟦ORG|Sở Nông nghiệp và Môi trường⟧ chủ trì phối hợp với các sở, ban, ngành tỉnh và Ủy ban nhân dân các xã, phường tổ chức triển khai thực hiện Kế hoạch này; Đồng thời theo dõi kiểm tra, đôn đốc các sở, ban, ngành tỉnh có liên quan và Ủy ban nhân dân các xã, phường trong việc thực hiện kế hoạch; Tổ chức sơ, tổng kết, báo cáo kịp thời về ⟦ORG|Bộ Nông nghiệp và Môi trường⟧, ⟦ORG|Ủy ban nhân dân tỉnh⟧.

Trong quá trình triển khai thực hiện, nếu có phát sinh khó khăn, vướng mắc cần phải điều chỉnh, đề nghị các sở, ban, ngành, đơn vị chức năng có liên quan và Ủy ban nhân dân các xã, phường kịp thời báo cáo về ⟦ORG|Sở Nông nghiệp và Môi trường⟧ để tổng hợp, tham mưu đề xuất, trình ⟦ORG|Ủy ban nhân dân tỉnh⟧ xem xét, điều chỉnh cho phù hợp.

Kế hoạch này thay thế ⟦e1:LEGAL_REF|Kế hoạch số 371/KH-UBND⟧ ⟦e2:DATE|ngày 31/7/2023⟧ của ⟦e3:ORG|Ủy ban nhân dân tỉnh Tiền Giang⟧ (nay là ⟦ADMIN_UNIT|tỉnh Đồng Tháp⟧) về thực hiện ⟦e4:LEGAL_REF|Nghị Quyết số 48/NQ-CP⟧ ⟦e5:DATE|ngày 03/4/2023⟧ của ⟦e6:ORG|Chính phủ⟧ về việc phê duyệt Chiến lược khai thác, sử dụng bền vững tài nguyên, bảo vệ môi trường biển và hải đảo đến ⟦DATE|năm 2030⟧, tầm nhìn đến ⟦DATE|năm 2050⟧./.

Nơi nhận:
- ⟦ORG|Văn phòng chính phủ⟧;
- ⟦ORG|TT Tỉnh ủy⟧, ⟦ORG|HĐND tỉnh⟧;
- ⟦ORG|Đoàn Đại biểu Quốc hội tỉnh⟧;
- CT, các PCT ⟦ORG|UBND tỉnh⟧;
- ⟦ORG|Ủy ban MTTQ Việt Nam tỉnh⟧;
- Các sở, ban, ngành, đoàn thể tỉnh;
- UBND các xã, phường;
- ⟦ORG|VPUB⟧: CVP, các PCVP, các Phòng: ⟦ORG|ĐTQH⟧, ⟦ORG|TH⟧, ⟦ORG|KGVX⟧, ⟦ORG|NgV⟧;
- ⟦ORG|Cổng Thông tin Điện tử tỉnh⟧;
- Lưu: VT, P.KT (Tú.NN).

TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH ⟦PERSON|Nguyễn Thành Diệu⟧
=====RELATIONS=====
e1 issued_on e2
e1 issued_by e3
e1 implements e4
e4 issued_on e5
e4 issued_by e6
