doc: tnt305-tvpl__nghi-dinh-09-2025-nd-cp
source: ../shared/corpus/raw/tnt305-tvpl__nghi-dinh-09-2025-nd-cp.txt
span: 3059 6270
=====TEXT=====
Sau gieo trồng từ 01 đến 10 ngày: thiệt hại trên ⟦PERCENT|70%⟧ diện tích, hỗ trợ ⟦MONEY|6.000.000 đồng⟧/ha; thiệt hại từ ⟦PERCENT|30%⟧ đến ⟦PERCENT|70%⟧ diện tích, hỗ trợ ⟦MONEY|3.000.000 đồng⟧/ha;

Sau gieo trồng từ trên 10 ngày đến 45 ngày: thiệt hại trên ⟦PERCENT|70%⟧ diện tích, hỗ trợ ⟦MONEY|8.000.000 đồng⟧/ha; thiệt hại từ ⟦PERCENT|30%⟧ đến ⟦PERCENT|70%⟧ diện tích, hỗ trợ ⟦MONEY|4.000.000 đồng⟧/ha;

Sau gieo trồng trên 45 ngày: thiệt hại trên ⟦PERCENT|70%⟧ diện tích, hỗ trợ ⟦MONEY|10.000.000 đồng⟧/ha; thiệt hại từ ⟦PERCENT|30%⟧ đến ⟦PERCENT|70%⟧ diện tích, hỗ trợ ⟦MONEY|5.000.000 đồng⟧/ha.

b) Diện tích mạ:

Thiệt hại trên ⟦PERCENT|70%⟧ diện tích, hỗ trợ ⟦MONEY|30.000.000 đồng⟧/ha; thiệt hại từ ⟦PERCENT|30%⟧ đến ⟦PERCENT|70%⟧ diện tích, hỗ trợ ⟦MONEY|15.000.000 đồng⟧/ha.

c) Diện tích cây hằng năm khác:

Giai đoạn cây con (gieo trồng đến 1/3 thời gian sinh trưởng): thiệt hại trên ⟦PERCENT|70%⟧ diện tích, hỗ trợ ⟦MONEY|6.000.000 đồng⟧/ha; thiệt hại từ ⟦PERCENT|30%⟧ đến ⟦PERCENT|70%⟧ diện tích, hỗ trợ ⟦MONEY|3.000.000 đồng⟧/ha;

Giai đoạn cây đang phát triển (trên 1/3 đến 2/3 thời gian sinh trưởng): thiệt hại trên ⟦PERCENT|70%⟧ diện tích, hỗ trợ ⟦MONEY|10.000.000 đồng⟧/ha; thiệt hại từ ⟦PERCENT|30%⟧ đến ⟦PERCENT|70%⟧ diện tích, hỗ trợ ⟦MONEY|5.000.000 đồng⟧/ha;

Giai đoạn cận thu hoạch (trên 2/3 thời gian sinh trưởng): thiệt hại trên ⟦PERCENT|70%⟧ diện tích, hỗ trợ ⟦MONEY|15.000.000 đồng⟧/ha; thiệt hại từ ⟦PERCENT|30%⟧ đến ⟦PERCENT|70%⟧ diện tích, hỗ trợ ⟦MONEY|7.500.000 đồng⟧/ha.

d) Diện tích cây trồng lâu năm:

Vườn cây ở thời kỳ kiến thiết cơ bản: thiệt hại trên ⟦PERCENT|70%⟧ diện tích, hỗ trợ ⟦MONEY|12.000.000 đồng⟧/ha; thiệt hại từ ⟦PERCENT|30%⟧ đến ⟦PERCENT|70%⟧ diện tích, hỗ trợ ⟦MONEY|6.000.000 đồng⟧/ha;

Vườn cây ở thời kỳ kinh doanh thiệt hại đến năng suất thu hoạch nhưng cây không chết: thiệt hại trên ⟦PERCENT|70%⟧ diện tích, hỗ trợ ⟦MONEY|20.000.000 đồng⟧/ha; thiệt hại từ ⟦PERCENT|30%⟧ đến ⟦PERCENT|70%⟧ diện tích, hỗ trợ ⟦MONEY|10.000.000 đồng⟧/ha;

Vườn cây ở thời kỳ kinh doanh thiệt hại làm cây chết hoặc được đánh giá là cây không còn khả năng phục hồi trở lại trạng thái bình thường; vườn cây đầu dòng ở giai đoạn được khai thác vật liệu nhân giống: thiệt hại trên ⟦PERCENT|70%⟧ diện tích, hỗ trợ ⟦MONEY|30.000.000 đồng⟧/ha; thiệt hại từ ⟦PERCENT|30%⟧ đến ⟦PERCENT|70%⟧ diện tích, hỗ trợ ⟦MONEY|15.000.000 đồng⟧/ha;

Cây giống trong giai đoạn vườn ươm được nhân giống từ nguồn vật liệu khai thác từ cây đầu dòng, vườn cây đầu dòng: thiệt hại trên ⟦PERCENT|70%⟧ diện tích, hỗ trợ ⟦MONEY|60.000.000 đồng⟧/ha; thiệt hại từ ⟦PERCENT|30%⟧ đến ⟦PERCENT|70%⟧ diện tích, hỗ trợ ⟦MONEY|30.000.000 đồng⟧/ha.

2. Mức hỗ trợ đối với lâm nghiệp bị thiệt hại do thiên tai, dịch hại thực vật

a) Diện tích cây rừng, cây lâm sản ngoài gỗ trồng trên đất lâm nghiệp mới trồng đến 1/2 chu kỳ khai thác: thiệt hại trên ⟦PERCENT|70%⟧, hỗ trợ ⟦MONEY|8.000.000 đồng⟧/ha; thiệt hại từ ⟦PERCENT|30%⟧ đến ⟦PERCENT|70%⟧, hỗ trợ ⟦MONEY|4.000.000 đồng⟧/ha.

b) Diện tích cây rừng, cây lâm sản ngoài gỗ trồng trên đất lâm nghiệp trên 1/2 chu kỳ khai thác, diện tích rừng trồng gỗ lớn trên 03 năm tuổi: thiệt hại trên ⟦PERCENT|70%⟧, hỗ trợ ⟦MONEY|15.000.000 đồng⟧/ha; thiệt hại từ ⟦PERCENT|30%⟧ đến ⟦PERCENT|70%⟧, hỗ trợ ⟦MONEY|7.500.000 đồng⟧/ha.

c) Diện tích vườn giống, rừng giống: thiệt hại trên ⟦PERCENT|70%⟧, hỗ trợ ⟦MONEY|20.000.000 đồng⟧/ha; thiệt hại từ ⟦PERCENT|30%⟧ đến ⟦PERCENT|70%⟧, hỗ trợ ⟦MONEY|10.000.000 đồng⟧/ha.

d) Diện tích cây giống được ươm trong giai đoạn vườn ươm:

Nhóm cây sinh trưởng nhanh, có thời gian gieo ươm dưới 12 tháng tuổi: thiệt hại trên ⟦PERCENT|70%⟧, hỗ trợ ⟦MONEY|40.000.000 đồng⟧/ha, thiệt hại từ ⟦PERCENT|30%⟧ đến ⟦PERCENT|70%⟧, hỗ trợ ⟦MONEY|20.000.000 đồng⟧/ha.

Nhóm cây sinh trưởng chậm, có thời gian gieo ươm dưới 12 tháng tuổi: thiệt hại trên ⟦PERCENT|70%⟧, hỗ trợ ⟦MONEY|60.000.000 đồng⟧/ha, thiệt hại từ ⟦PERCENT|30%⟧ đến ⟦PERCENT|70%⟧, hỗ trợ ⟦MONEY|30.000.000 đồng⟧/ha.
=====RELATIONS=====
