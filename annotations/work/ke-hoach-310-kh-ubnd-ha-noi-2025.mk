doc: tnt305-tvpl__ke-hoach-310-kh-ubnd-ha-noi-2025
source: ../shared/corpus/raw/tnt305-tvpl__ke-hoach-310-kh-ubnd-ha-noi-2025.txt
span: 0 3527
=====TEXT=====
⟦h0:ORG|ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI⟧
-------- | ⟦LOCATION|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM⟧
Độc lập - Tự do - Hạnh phúc
---------------

Số: ⟦h1:LEGAL_REF|310/KH-UBND⟧ | ⟦ADMIN_UNIT|Hà Nội⟧, ⟦h1d:DATE|ngày 24 tháng 11 năm 2025⟧

KẾ HOẠCH

PHÁT TRIỂN HẠ TẦNG 5G, IOT TRONG CÁC KHU CÔNG NGHỆ CAO, KHU CÔNG NGHIỆP, CỤM CÔNG NGHIỆP TRÊN ĐỊA BÀN ⟦ADMIN_UNIT|THÀNH PHỐ HÀ NỘI⟧ ĐẾN ⟦DATE|NĂM 2030⟧

Triển khai thực hiện ⟦p1:LEGAL_REF|Nghị quyết số 57-NQ/TW⟧ ⟦p1d:DATE|ngày 22/12/2024⟧ của ⟦p1o:ORG|Bộ Chính trị⟧ về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; ⟦p2:LEGAL_REF|Nghị quyết số 03/NQ-CP⟧ ⟦p2d:DATE|ngày 09/01/2025⟧ của ⟦p2o:ORG|Chính phủ⟧ về ban hành Chương trình hành động của ⟦ORG|Chính phủ⟧ thực hiện ⟦p3:LEGAL_REF|Nghị quyết số 57-NQ/TW⟧ ⟦p3d:DATE|ngày 22/12/2024⟧ của ⟦p3o:ORG|Bộ Chính trị⟧ về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; ⟦p4:LEGAL_REF|Quyết định số 1132/QĐ-TTg⟧ ⟦p4d:DATE|ngày 09/10/2024⟧ của ⟦p4o:ORG|Thủ tướng Chính phủ⟧ về việc phê duyệt Chiến lược hạ tầng số đến ⟦DATE|năm 2025⟧ và định hướng đến ⟦DATE|năm 2030⟧; ⟦p5:LEGAL_REF|Quyết định số 1569/QĐ-TTg⟧ ⟦p5d:DATE|ngày 12/12/2024⟧ của ⟦p5o:ORG|Thủ tướng Chính phủ⟧ về việc phê duyệt Quy hoạch ⟦ADMIN_UNIT|Thủ đô Hà Nội⟧ ⟦DATE|thời kỳ 2021-2030⟧, tầm nhìn đến ⟦DATE|năm 2050⟧; ⟦p6:LEGAL_REF|Quyết định số 912/QĐ-BKHCN⟧ ⟦p6d:DATE|ngày 18/5/2025⟧ của ⟦p6o:ORG|Bộ Khoa học và Công nghệ⟧ về việc ban hành Kế hoạch phát triển hạ tầng số ⟦DATE|thời kỳ 2025-2030⟧; ⟦p7:LEGAL_REF|Kế hoạch số 139/KH-UBND⟧ ⟦p7d:DATE|ngày 16/5/2025⟧ của ⟦p7o:ORG|UBND Thành phố⟧ về thực hiện ⟦p8:LEGAL_REF|Nghị quyết số 71/NQ -CP⟧ ⟦p8d:DATE|ngày 01/4/2025⟧ của ⟦p8o:ORG|Chính phủ⟧ và Kế hoạch hành động của ⟦ORG|Ban Thường vụ Thành ủy Hà Nội⟧ về triển khai ⟦p9:LEGAL_REF|Nghị quyết số 57-NQ/TW⟧ ⟦p9d:DATE|ngày 22/12/2024⟧ của ⟦p9o:ORG|Bộ Chính trị⟧ về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia. ⟦ORG|UBND thành phố Hà Nội⟧ ban hành Kế hoạch phát triển hạ tầng 5G, IoT trong các khu công nghệ cao, khu công nghiệp, cụm công nghiệp đến ⟦DATE|năm 2030⟧ với những nội dung cụ thể như sau:

I. MỤC ĐÍCH, YÊU CẦU

1. Mục đích

- Cụ thể hóa nhiệm vụ, giải pháp chủ yếu đề ra tại ⟦b1:LEGAL_REF|Nghị quyết số 57-NQ/TW⟧ ⟦b1d:DATE|ngày 22/12/2024⟧ của ⟦b1o:ORG|Bộ Chính trị⟧ về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; ⟦b2:LEGAL_REF|Quyết định số 1132/QĐ-TTg⟧ ⟦b2d:DATE|ngày 09/10/2024⟧ của ⟦b2o:ORG|Thủ tướng Chính phủ⟧ phê duyệt Chiến lược hạ tầng số đến ⟦DATE|năm 2025⟧ và định hướng đến ⟦DATE|năm 2030⟧ (sau đây gọi là ⟦LEGAL_REF|Quyết định số 1132/QĐ-TTg⟧); ⟦b3:LEGAL_REF|Quyết định số 1569/QĐ-TTg⟧ ⟦b3d:DATE|ngày 12/12/2024⟧ của ⟦b3o:ORG|Thủ tướng Chính phủ⟧ về việc phê duyệt Quy hoạch ⟦ADMIN_UNIT|Thủ đô Hà Nội⟧ ⟦DATE|thời kỳ 2021-2030⟧, tầm nhìn đến ⟦DATE|năm 2050⟧ và ⟦b4:LEGAL_REF|Nghị quyết số 18-NQ/TU⟧ ⟦b4d:DATE|ngày 30/12/2022⟧ của ⟦b4o:ORG|Thành ủy Hà Nội⟧ về chuyển đổi số, xây dựng ⟦ADMIN_UNIT|thành phố Hà Nội⟧ thông minh đến ⟦DATE|năm 2025⟧, định hướng đến ⟦DATE|năm 2030⟧.

- Phát triển hạ tầng 5G, IoT bao gồm: Xây dựng hạ tầng mạng 5G; Phát triển các nền tảng IoT: Xây dựng các nền tảng cung cấp các công nghệ số như IoT, trí tuệ nhân tạo (AI), dữ liệu lớn (Big data),... để ứng dụng trong sản xuất công nghiệp, xây dựng nhà máy thông minh, đô thị thông minh, quản lý chuỗi cung ứng và kho bãi, phát triển công nghệ cao trong lĩnh vực sinh học.

- Là cơ sở để các cơ quan, đơn vị, địa phương và các doanh nghiệp liên quan tổ chức thực hiện; tăng cường công tác quản lý, phối hợp chặt chẽ triển khai phát triển hạ tầng 5G, IoT đồng bộ, hiệu quả, hoàn thành các mục tiêu đề ra.

2. Yêu cầu

- Phát triển hạ tầng số, mạng viễn thông 5G băng rộng bảo đảm dung lượng lớn, tốc độ cao, công nghệ hiện đại;
hạ tầng điện toán đám mây; hạ tầng Internet vạn vật (IoT) được tích hợp rộng rãi bảo đảm phát triển hài hòa phục vụ tốt chuyển đổi số, xây dựng chính phủ số, xã hội số, công dân số, kinh tế số…; Phát triển hạ tầng 5G, IoT trên nền tảng công nghệ đồng bộ, hiện đại và hệ thống cơ sở dữ liệu lớn, bảo đảm an toàn, an ninh thông tin trong các khu công nghệ cao và khu công nghiệp, cụm công nghiệp.
=====RELATIONS=====
h1 issued_by h0
h1 issued_on h1d
p1 issued_on p1d
p1 issued_by p1o
p2 issued_on p2d
p2 issued_by p2o
p3 issued_on p3d
p3 issued_by p3o
p4 issued_on p4d
p4 issued_by p4o
p5 issued_on p5d
p5 issued_by p5o
p6 issued_on p6d
p6 issued_by p6o
p7 issued_on p7d
p7 issued_by p7o
p8 issued_on p8d
p8 issued_by p8o
p9 issued_on p9d
p9 issued_by p9o
b1 issued_on b1d
b1 issued_by b1o
b2 issued_on b2d
b2 issued_by b2o
b3 issued_on b3d
b3 issued_by b3o
b4 issued_on b4d
b4 issued_by b4o
p2 implements p3
p7 implements p8
h1 implements p1
h1 implements p2
h1 implements p4
h1 implements p5
h1 implements p6
h1 implements p7
