doc: tnt305-tvpl__ke-hoach-182-kh-ubnd-dong-nai-2025
source: ../shared/corpus/raw/tnt305-tvpl__ke-hoach-182-kh-ubnd-dong-nai-2025.txt
span: 0 3317
=====TEXT=====
⟦h0:ORG|ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI⟧
------- | ⟦LOCATION|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM⟧
Độc lập - Tự do - Hạnh phúc
---------------

Số: ⟦h1:LEGAL_REF|182/KH-UBND⟧ | ⟦ADMIN_UNIT|Đồng Nai⟧, ⟦h1d:DATE|ngày 20 tháng 11 năm 2025⟧

KẾ HOẠCH

TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA PHÒNG, CHỐNG MA TÚY ĐẾN ⟦DATE|NĂM 2030⟧ TRÊN ĐỊA BÀN ⟦ADMIN_UNIT|TỈNH ĐỒNG NAI⟧

Thực hiện ⟦p1:LEGAL_REF|Nghị quyết số 163/2024/QH15⟧ ⟦p1d:DATE|ngày 27/11/2024⟧ của ⟦p1o:ORG|Quốc hội⟧ phê duyệt chủ trương đầu tư Chương trình mục tiêu quốc gia phòng, chống ma túy đến ⟦DATE|năm 2030⟧ (⟦LEGAL_REF|Nghị quyết số 163/2024/QH15⟧), ⟦p2:LEGAL_REF|Nghị quyết số 50/NQ-CP⟧ ⟦p2d:DATE|ngày 13/3/2025⟧ của ⟦p2o:ORG|Chính phủ⟧ về ban hành Kế hoạch triển khai ⟦p3:LEGAL_REF|Nghị quyết số 163/2024/QH15⟧ ⟦p3d:DATE|ngày 27/11/2024⟧ của ⟦p3o:ORG|Quốc hội⟧ phê duyệt chủ trương đầu tư Chương trình mục tiêu quốc gia phòng, chống ma túy đến ⟦DATE|năm 2030⟧ (⟦LEGAL_REF|Nghị quyết số 50/NQ-CP⟧) và ⟦p4:LEGAL_REF|Quyết định số 7619/QĐ-BCA⟧ ⟦p4d:DATE|ngày 08/9/2025⟧ của Bộ trưởng ⟦p4o:ORG|Bộ Công an⟧ phê duyệt Chương trình mục tiêu quốc gia phòng, chống ma túy đến ⟦DATE|năm 2030⟧ (Chương trình MTQG); ⟦ORG|Ủy ban nhân dân tỉnh⟧ ban hành Kế hoạch triển khai thực hiện Chương trình mục tiêu quốc gia phòng, chống ma túy đến ⟦DATE|năm 2030⟧ trên địa bàn ⟦ADMIN_UNIT|tỉnh Đồng Nai⟧, như sau:

I. MỤC ĐÍCH, YÊU CẦU

1. Mục đích

1.1. Quán triệt và triển khai nghiêm túc, đồng bộ và hiệu quả ⟦LEGAL_REF|Nghị quyết số 163/2024/QH15⟧, ⟦LEGAL_REF|Nghị quyết số 50/NQ-CP⟧, Chương trình MTQG nhằm tăng cường, nâng cao hiệu quả công tác phòng, chống ma túy trên địa bàn tỉnh.

1.2. Phát huy sức mạnh tổng hợp của hệ thống chính trị và các tầng lớp nhân dân; tăng cường công tác phối hợp thường xuyên, chặt chẽ và đồng bộ giữa các Sở, ban, ngành và địa phương trong tổ chức thực hiện có hiệu quả Chương trình MTQG.

2. Yêu cầu

2.1. Bám sát quan điểm chỉ đạo của ⟦b1o:ORG|Bộ Chính trị⟧ tại ⟦b1:LEGAL_REF|Kết luận số 132- KL/TW⟧; ⟦b2:LEGAL_REF|Nghị quyết 93/NQ-CP⟧ của ⟦b2o:ORG|Chính phủ⟧, ⟦b3:LEGAL_REF|Kế hoạch số 466-KH/TU⟧ ⟦b3d:DATE|ngày 12/5/2025⟧ của ⟦b3o:ORG|Tỉnh ủy⟧ về thực hiện ⟦b4:LEGAL_REF|Kết luận số 132-KL/TW⟧, xác định cụ thể các nội dung nhiệm vụ, giải pháp chủ yếu và trách nhiệm của địa phương trong tổ chức thực hiện ⟦LEGAL_REF|Kết luận số 132-KL/TW⟧; bảo đảm đến hết ⟦DATE|năm 2030⟧, có ít nhất ⟦PERCENT|50%⟧ đơn vị hành chính cấp xã trên toàn tỉnh “không ma túy” và từng bước đẩy lùi ma túy ra khỏi đời sống xã hội, góp phần bảo đảm an ninh trật tự, an toàn xã hội, phục vụ mục tiêu phát triển bền vững của đất nước.

2.2. Việc triển khai thực hiện Chương trình MTQG và các văn bản chỉ đạo của ⟦ORG|Chính phủ⟧, ⟦ORG|Tỉnh ủy⟧ được tiến hành đồng bộ, toàn diện, kịp thời và hiệu quả, gắn với việc tổ chức thực hiện ⟦LEGAL_REF|Nghị quyết số 163/2024/QH15⟧, ⟦LEGAL_REF|Nghị quyết số 50/NQ-CP⟧; Chiến lược Quốc gia phòng, chống và kiểm soát ma túy ở ⟦LOCATION|Việt Nam⟧ đến ⟦DATE|năm 2020⟧ và định hướng đến ⟦DATE|năm 2030⟧; Chương trình phòng, chống ma túy trong thanh, thiếu niên đến ⟦DATE|năm 2030⟧; Kế hoạch triển khai thực hiện ⟦c1:LEGAL_REF|Chỉ thị số 36-CT/TW⟧ ⟦c1d:DATE|ngày 16/8/2019⟧ của ⟦c1o:ORG|Bộ Chính trị⟧ và các chỉ thị, nghị quyết, chương trình, chiến lược quốc gia của Đảng và ⟦ORG|Chính phủ⟧, các chương trình, kế hoạch phát triển kinh tế - xã hội của địa phương.

2.3. Xác định cụ thể các nội dung công việc, thời hạn, tiến độ hoàn thành và trách nhiệm của các cơ quan, đơn vị, tổ chức có liên quan trong việc tổ chức thực hiện Chương trình MTQG.

2.4. Tăng cường công tác phối hợp giữa các Sở, ban, ngành, các địa phương và các đơn vị liên quan trong tổ chức thực hiện Chương trình MTQG trên phạm vi toàn tỉnh. Xác định nội dung công việc phải gắn với trách nhiệm và phát huy vai trò chủ động, tích cực của đơn vị chủ trì và các đơn vị liên quan thực hiện Chương trình MTQG.
=====RELATIONS=====
h1 issued_by h0
h1 issued_on h1d
p1 issued_on p1d
p1 issued_by p1o
p2 issued_on p2d
p2 issued_by p2o
p2 implements p3
p3 issued_on p3d
p3 issued_by p3o
p4 issued_on p4d
p4 issued_by p4o
h1 implements p1
h1 implements p2
h1 implements p4
b1 issued_by b1o
b2 issued_by b2o
b3 issued_on b3d
b3 issued_by b3o
b3 implements b4
c1 issued_on c1d
c1 issued_by c1o
