doc: tnt305-tvpl__ke-hoach-617-kh-ubnd-dong-thap-2025
source: ../shared/corpus/raw/tnt305-tvpl__ke-hoach-617-kh-ubnd-dong-thap-2025.txt
span: 8868 12084
=====TEXT=====
Trong quá trình thực hiện nếu có khó khăn, vướng mắc đề nghị các cơ quan, đơn vị, địa phương phản ánh về ⟦ORG|Sở Khoa học và Công nghệ⟧ để phối hợp giải quyết; trường hợp vượt thẩm quyền, ⟦ORG|Sở Khoa học và Công nghệ⟧ tổng hợp báo cáo và đề xuất, trình ⟦ORG|Ủy ban nhân dân Tỉnh⟧ xem xét, quyết định./.

Nơi nhận:
- ⟦ORG|Bộ Khoa học và Công nghệ⟧;
- CT, các PCT ⟦ORG|UBND Tỉnh⟧;
- Mục IV;
- ⟦ORG|VPUB⟧: CVP, các PCVP;
- Lưu: VT, KGVX. Thg.

TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH
⟦PERSON|Huỳnh Minh Tuấn⟧

PHỤ LỤC

DANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM

(Kèm theo ⟦k1:LEGAL_REF|Kế hoạch số 617/KH-UBND⟧ ⟦k1d:DATE|ngày 01/12/2025⟧ của ⟦k1o:ORG|Ủy ban nhân dân tỉnh⟧)

STT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành

I.
NÂNG CAO NHẬN THỨC VÀ ĐỔI MỚI TƯ DUY

1 | Triển khai nền tảng đào tạo trực tuyến mở đại trà, cung cấp kiến thức, kỹ năng số, công nghệ số cơ bản cho người dân, doanh nghiệp. | ⟦ORG|Sở KH&CN⟧ | Các sở, ban, ngành tỉnh; UBND các xã, phường | Thường xuyên

2 | Triển khai đánh giá mức độ chuyển đổi số trong các doanh nghiệp trên địa bàn Tỉnh. | ⟦ORG|Sở KH&CN⟧ | Các sở, ban, ngành tỉnh; UBND các xã, phường | Thường xuyên

3 | Biểu dương, tôn vinh, khen thưởng, khích lệ, động viên kịp thời bằng nhiều hình thức đa dạng cho các doanh nghiệp, tổ chức, cá nhân có thành tích trong chuyển đổi số. | ⟦ORG|Sở Nội vụ⟧ | ⟦ORG|Sở KH&CN⟧; các cơ quan, đơn vị liên quan | Thường xuyên, hằng năm

II. HOÀN THIỆN CƠ CHẾ, CHÍNH SÁCH HỖ TRỢ CHUYỂN ĐỔI SỐ DOANH NGHIỆP

4 | Xây dựng Bộ tiêu chí đánh giá mức độ chuyển đổi số doanh nghiệp. | ⟦ORG|Sở KH&CN⟧ | Các sở, ban, ngành tỉnh | ⟦DATE|Quí IV-2025⟧

5 | Hỗ trợ cho các doanh nghiệp, nhất là doanh nghiệp nhỏ và vừa, hợp tác xã, hộ kinh doanh phát triển, kinh doanh trên môi trường số. | ⟦ORG|Sở Công Thương⟧ | UBND các xã, phường | ⟦DATE|Quí IV-2025⟧

6 | Xây dựng Kế hoạch hỗ trợ doanh nghiệp tham gia phát triển các ứng dụng, dịch vụ số mới theo hình thức hợp tác công tư (PPP) | ⟦ORG|Sở KH&CN⟧ | Các sở, ban, ngành tỉnh; các đơn vị liên quan; UBND các xã, phường | ⟦DATE|Quí IV-2025⟧

7 | Hỗ trợ doanh nghiệp nhỏ và vừa theo ⟦n1:LEGAL_REF|Nghị định số 80/2021/NĐ-CP⟧ ⟦n1d:DATE|ngày 26/8/2021⟧ của ⟦n1o:ORG|Chính phủ⟧ (lĩnh vực khoa học và công nghệ) trên địa bàn Tỉnh. | ⟦ORG|Sở KH&CN⟧ | Các sở, ban, ngành tỉnh; các đơn vị liên quan; UBND các xã, phường | Hằng năm

III.
PHÁT TRIỂN HẠ TẦNG SỐ VÀ THÚC ĐẨY ỨNG DỤNG TRONG SẢN XUẤT KINH DOANH

8 | Xây dựng kế hoạch và triển khai hạ tầng 5G, IoT trong các khu công nghiệp, cụm công nghiệp. | ⟦ORG|Sở KH&CN⟧ | ⟦ORG|Ban Quản lý Khu kinh tế⟧, ⟦ORG|Sở Công Thương⟧, các doanh nghiệp viễn thông;
các cơ quan, đơn vị liên quan | ⟦DATE|Quí IV-2025⟧

IV.
HỢP TÁC VÀ THU HÚT ĐẦU TƯ

9 | Tổ chức học tập kinh nghiệm các tỉnh, thành phố có các mô hình, chuyển đổi số trong các doanh nghiệp trên địa bàn Tỉnh. | ⟦ORG|Sở KH&CN⟧ | Các sở, ban, ngành tỉnh; UBND các xã, phường | Thường xuyên

10 | Tổ chức xúc tiến đầu tư, thu hút, mời gọi các nhà đầu tư trong và ngoài nước có tiềm lực, thương hiệu mạnh trong các lĩnh vực công nghệ cao, công nghệ thông tin, chuyển đổi số. | ⟦ORG|Sở KH&CN⟧ | Các sở, ban, ngành tỉnh; UBND các xã, phường | Thường xuyên

11 | Đẩy mạnh hợp tác với doanh nghiệp, viện, trường trong và ngoài nước về chuyển đổi số trong các doanh nghiệp trên địa bàn tỉnh phù hợp với đặc thù, tiềm năng, thế mạnh của địa phương. | ⟦ORG|Sở KH&CN⟧ | Các sở, ban, ngành tỉnh; UBND các xã, phường | ⟦DATE|Quí IV-2025⟧
=====RELATIONS=====
k1 issued_on k1d
k1 issued_by k1o
n1 issued_on n1d
n1 issued_by n1o
