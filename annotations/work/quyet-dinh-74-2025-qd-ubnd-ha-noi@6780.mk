doc: tnt305-tvpl__quyet-dinh-74-2025-qd-ubnd-ha-noi
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-74-2025-qd-ubnd-ha-noi.txt
span: 6780 11686
=====TEXT=====

1. Đối với dự án sử dụng vốn ngân sách nhà nước

a) Phòng Kinh tế, Hạ tầng và Đô thị (hoặc phòng Kinh tế) cấp xã chủ trì thẩm định, thẩm định điều chỉnh báo cáo nghiên cứu khả thi dự án đầu tư xây dựng, báo cáo kinh tế - kỹ thuật đầu tư xây dựng/thiết kế triển khai sau thiết kế cơ sở đối với các loại dự án sau:

- Dự án do Chủ tịch UBND cấp xã quyết định đầu tư theo thẩm quyền không phân biệt nhóm dự án, cấp công trình.

- Dự án đầu tư được Chủ tịch ⟦ORG|UBND Thành phố⟧ ủy quyền cho Chủ tịch UBND cấp xã quyết định đầu tư và giao UBND cấp xã làm chủ đầu tư có quy mô: đối với công trình giao thông có quy mô thuộc dự án nhóm B có cấp công trình từ cấp III trở xuống, dự án nhóm C; đối với các công trình khác có quy mô thuộc dự án nhóm B có cấp công trình từ cấp II trở xuống, dự án nhóm C.

b) Các Sở quản lý công trình xây dựng chuyên ngành Thành phố chủ trì thẩm định, thẩm định điều chỉnh báo cáo nghiên cứu khả thi đầu tư xây dựng, báo cáo kinh tế - kỹ thuật đầu tư xây dựng/thiết kế triển khai sau thiết kế cơ sở thuộc chuyên ngành quản lý do Chủ tịch ⟦ORG|UBND Thành phố⟧ quyết định đầu tư hoặc ủy quyền quyết định đầu tư trừ các dự án quy định tại điểm a khoản này.

2. ⟦ORG|Ban Quản lý các khu công nghệ cao và khu công nghiệp thành phố Hà Nội⟧ chủ trì thẩm định, thẩm định điều chỉnh báo cáo nghiên cứu khả thi đầu tư xây dựng, báo cáo kinh tế - kỹ thuật đầu tư xây dựng/thiết kế triển khai sau thiết kế cơ sở các dự án (không phân biệt nguồn vốn, nhóm và cấp công trình) trong các khu công nghiệp, khu công nghệ cao trên địa bàn ⟦ADMIN_UNIT|thành phố Hà Nội⟧.

3. ⟦ORG|Sở Văn hóa và Thể thao⟧ chủ trì thẩm định, thẩm định điều chỉnh báo cáo nghiên cứu khả thi đầu tư xây dựng, báo cáo kinh tế - kỹ thuật đầu tư xây dựng/thiết kế xây dựng triển khai sau thiết kế cơ sở dự án bảo quản, tu bổ, phục hồi di tích theo phân cấp của pháp luật của pháp luật về Di sản Văn hóa.

4. Tổ chức thẩm định của người quyết định đầu tư

⟦ORG|UBND Thành phố⟧ giao cơ quan chuyên môn về xây dựng, ⟦ORG|Ban Quản lý các khu công nghệ cao và khu công nghiệp thành phố Hà Nội⟧, ⟦ORG|Sở Văn hóa và Thể thao⟧ chủ trì tổ chức thẩm định nội dung thẩm định của người quyết định đầu tư đối với báo cáo nghiên cứu khả thi đầu tư xây dựng, báo cáo kinh tế - kỹ thuật đầu tư xây dựng thuộc chuyên ngành quản lý và theo phân cấp được quy định tại khoản 1, 2, 3 Điều này.

Điều 4.
Cấp phép xây dựng

1. ⟦ORG|Ban Quản lý các khu công nghệ cao và khu công nghiệp thành phố Hà Nội⟧ cấp giấy phép xây dựng đối với việc xây dựng mới, sửa chữa, cải tạo, di dời các công trình thuộc địa bàn quản lý.

2. UBND cấp xã cấp giấy phép xây dựng đối với công trình cấp III trở xuống và nhà ở riêng lẻ với mọi quy mô trên địa bàn quản lý theo quy định tại khoản 1 Điều 4 ⟦a1:LEGAL_REF|Nghị định số 140/2025/NĐ-CP⟧ ⟦a1d:DATE|ngày 12/6/2025⟧ của ⟦a1o:ORG|Chính phủ⟧. Trường hợp nhà ở riêng lẻ nằm trên địa bàn hai đơn vị hành chính cấp xã trở lên thì thẩm quyền cấp giấy phép xây dựng được xác định theo địa chỉ lối vào chính của công trình.

3. ⟦ORG|Sở Xây dựng⟧ cấp Giấy phép xây dựng đối với công trình cấp đặc biệt, cấp I, cấp II; công trình thuộc dự án đầu tư xây dựng nằm trên địa bàn hai đơn vị hành chính cấp xã trở lên.

4. Cơ quan có thẩm quyền cấp giấy phép xây dựng là cơ quan có thẩm quyền điều chỉnh, gia hạn, cấp lại và thu hồi giấy phép xây dựng do mình cấp.

Điều 5.
Quản lý nhà nước về chất lượng công trình xây dựng, kiểm tra công tác nghiệm thu công trình xây dựng

1. ⟦ORG|Ban Quản lý các khu công nghệ cao và khu công nghiệp thành phố Hà Nội⟧ tổ chức thực hiện đầy đủ chức năng quản lý nhà nước về chất lượng công trình xây dựng đối với các công trình xây dựng thuộc phạm vi quản lý; Kiểm tra công tác nghiệm thu xây dựng công trình đối với các công trình thuộc đối tượng phải thực hiện kiểm tra công tác nghiệm thu của cơ quan chuyên môn về xây dựng trong phạm vi các khu công nghiệp, khu công nghệ cao trên địa bàn ⟦ADMIN_UNIT|thành phố Hà Nội⟧.

2. UBND cấp xã tổ chức thực hiện chức năng quản lý nhà nước về chất lượng công trình xây dựng đối với các công trình cấp II trở xuống trên địa bàn quản lý. Kiểm tra công tác nghiệm thu công trình xây dựng đối với các công trình từ cấp II trở xuống sử dụng vốn đầu tư công do Chủ tịch UBND cấp xã quyết định đầu tư hoặc được ủy quyền quyết định đầu tư theo quy định của pháp luật (trừ: công trình xử lý chất thải rắn theo khoản 3 Mục III Phụ lục I Phân loại công trình theo công năng sử dụng, ban hành kèm theo ⟦b1:LEGAL_REF|Nghị định số 06/2021/NĐ-CP⟧ ⟦b1d:DATE|ngày 26/01/2021⟧ của ⟦b1o:ORG|Chính phủ⟧ và công trình năng lượng (đường dây và trạm biến áp) cấp II có cấp điện áp 110kv).

3. Các Sở quản lý công trình xây dựng chuyên ngành Thành phố tham mưu giúp ⟦ORG|UBND Thành phố⟧ tổ chức thực hiện các chức năng quản lý nhà nước về chất lượng công trình đối với các công trình cấp I trở lên và các công trình xây dựng nằm trên địa bàn hai đơn vị hành chính cấp xã thuộc phạm vi quản lý trên địa bàn; Kiểm tra công tác nghiệm thu công trình xây dựng chuyên ngành thuộc phạm vi quản lý trừ các công trình thuộc khoản 1, 2 Điều này.

=====RELATIONS=====
a1 issued_on a1d
a1 issued_by a1o
b1 issued_on b1d
b1 issued_by b1o
