doc: tnt305-tvpl__bai-viet-tvnd-kcn-hoa-hoi-gia-lai
source: ../shared/corpus/raw/tnt305-tvpl__bai-viet-tvnd-kcn-hoa-hoi-gia-lai.txt
span: 0 3928
=====TEXT=====
Quy mô lập quy hoạch 1/500 ⟦e1:PROJECT|khu công nghiệp Hòa Hội⟧ tại ⟦e2:ADMIN_UNIT|Gia Lai⟧ (mở rộng giai đoạn 2)

⟦e3:DATE|Ngày 25/11/2025⟧, ⟦e4:ORG|UBND tỉnh Gia Lai⟧ đã ban hành ⟦e5:LEGAL_REF|Quyết định 2750/QĐ-UBND⟧ về việc phê duyệt Nhiệm vụ Quy hoạch chi tiết tỷ lệ 1/500 ⟦PROJECT|Khu công nghiệp Hòa Hội (mở rộng giai đoạn 2)⟧.

Căn cứ theo điểm b khoản 2 Điều 1 ⟦e6:LEGAL_REF|Quyết định 2750/QĐ-UBND⟧ ⟦e7:DATE|năm 2025⟧ có nêu cụ thể về quy mô lập quy hoạch 1/500 ⟦e8:PROJECT|khu công nghiệp Hòa Hội⟧ tại ⟦e9:ADMIN_UNIT|Gia Lai⟧ (mở rộng giai đoạn 2) như sau:

Quy mô diện tích: Tổng diện tích quy hoạch khoảng ⟦AREA|124,97ha⟧ (Khu phía Đông ⟦AREA|69,29 ha⟧, Khu phía Tây ⟦AREA|55,68 ha⟧) (Diện tích chính xác sẽ được xác định trong quy hoạch chi tiết tỷ lệ 1/500 được duyệt).

Chi phí dự toán lập quy hoạch 1/500 ⟦e10:PROJECT|khu công nghiệp Hòa Hội⟧ tại ⟦e11:ADMIN_UNIT|Gia Lai⟧ (mở rộng giai đoạn 2)

Căn cứ theo khoản 5 Điều 1 ⟦e12:LEGAL_REF|Quyết định 2750/QĐ-UBND⟧ ⟦e13:DATE|năm 2025⟧ có nêu cụ thể về chi phí dự toán lập quy hoạch 1/500 ⟦e14:PROJECT|khu công nghiệp Hòa Hội⟧ tại ⟦e15:ADMIN_UNIT|Gia Lai⟧ (mở rộng giai đoạn 2) như sau:

Tổng dự toán chi phí: ⟦MONEY|2.921.538.000 đồng⟧ (⟦MONEY|Hai tỷ chín trăm hai mươi mốt triệu, năm trăm ba mươi tám nghìn đồng⟧), bao gồm:

- Khảo sát địa hình tỷ lệ 1/500: ⟦MONEY|720.452.000 đồng⟧;

- Đưa mốc giới ra thực địa: ⟦MONEY|103.799.000 đồng⟧;

- Lập quy hoạch: ⟦MONEY|2.080.729.000 đồng⟧;

+ Chi phí trực tiếp: ⟦MONEY|1.918.670.000 đồng⟧;

++ Chi phí lập nhiệm vụ quy hoạch: ⟦MONEY|126.352.000 đồng⟧;

++ Chi phí lập quy hoạch: ⟦MONEY|1.629.380.000 đồng⟧;

++ Chi phí lập dữ liệu số địa lý (GIS): ⟦MONEY|162.938.000 đồng⟧;

+ Chi phí lấy ý kiến cộng đồng: ⟦MONEY|30.265.000 đồng⟧;

+ Chi phí thẩm định đồ án quy hoạch: ⟦MONEY|92.744.000 đồng⟧;

+ Chi phí công bố quy hoạch: ⟦MONEY|39.050.000 đồng⟧;

- Chi phí thẩm tra, phê duyệt quyết toán dự án hoàn thành: ⟦MONEY|16.558.000 đồng⟧.

Chính sách ưu đãi đầu tư đối với khu công nghiệp, khu kinh tế

Căn cứ theo Điều 22 ⟦LEGAL_REF|Nghị định 35/2022/NĐ-CP⟧ quy định về các chính sách ưu đãi đầu tư đối với khu công nghiệp, khu kinh tế như sau:

1. Khu công nghiệp là địa bàn ưu đãi đầu tư, được hưởng ưu đãi đầu tư áp dụng đối với địa bàn có điều kiện kinh tế - xã hội khó khăn theo quy định của pháp luật về đầu tư.

Ưu đãi đầu tư đối với địa bàn khu công nghiệp quy định tại pháp luật về đầu tư được áp dụng kể từ thời điểm khu công nghiệp được thành lập.

2. Khu kinh tế là địa bàn ưu đãi đầu tư, được hưởng ưu đãi đầu tư áp dụng đối với địa bàn có điều kiện kinh tế - xã hội đặc biệt khó khăn theo quy định của pháp luật về đầu tư.

Ưu đãi đầu tư đối với địa bàn khu kinh tế quy định tại pháp luật về đầu tư được áp dụng kể từ thời điểm khu kinh tế được thành lập.

3. Mức ưu đãi cụ thể đối với dự án đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu công nghiệp, khu chức năng trong khu kinh tế và dự án đầu tư trong khu công nghiệp, khu kinh tế được áp dụng theo quy định của pháp luật về thuế, pháp luật về đất đai, pháp luật về tín dụng, pháp luật về kế toán và quy định khác của pháp luật có liên quan.

4. Chi phí đầu tư xây dựng, vận hành hoặc mua, thuê mua, thuê nhà ở, công trình dịch vụ, tiện ích công cộng cho người lao động làm việc trong khu công nghiệp, khu kinh tế, công trình hạ tầng kỹ thuật kết nối với khu công nghiệp, khu chức năng của nhà đầu tư thực hiện dự án đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu công nghiệp, khu chức năng trong khu kinh tế, nhà đầu tư thực hiện dự án đầu tư trong khu công nghiệp, khu kinh tế là khoản chi được trừ khi xác định thu nhập chịu thuế theo quy định của pháp luật về thuế thu nhập doanh nghiệp.

5. Dự án đầu tư xây dựng nhà ở, công trình dịch vụ, tiện ích công cộng cho người lao động làm việc trong khu công nghiệp, khu kinh tế được hưởng ưu đãi theo quy định của pháp luật về xây dựng nhà ở xã hội và quy định khác của pháp luật có liên quan.

6. Nhà đầu tư có dự án đầu tư trong khu công nghiệp, khu kinh tế được cơ quan nhà nước có thẩm quyền hỗ trợ thực hiện các thủ tục hành chính về đầu tư, doanh nghiệp, đất đai, xây dựng, môi trường, lao động, thương mại theo cơ chế “một cửa, tại chỗ”, hỗ trợ về tuyển dụng lao động và các vấn đề có liên quan khác trong quá trình triển khai thực hiện dự án.

=====RELATIONS=====
e1 located_in e2
e5 issued_on e3
e5 issued_by e4
e6 issued_on e7
e8 located_in e9
e10 located_in e11
e12 issued_on e13
e14 located_in e15
