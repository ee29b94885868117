doc: tnt305-tvpl__quyet-dinh-2641-qd-ubnd-da-nang-2025
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-2641-qd-ubnd-da-nang-2025.txt
span: 0 3783
=====TEXT=====
⟦h0:ORG|ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG⟧
-------- | ⟦LOCATION|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM⟧
Độc lập - Tự do - Hạnh phúc
---------------

Số:
⟦h1:LEGAL_REF|2641/QĐ-UBND⟧ | ⟦ADMIN_UNIT|Đà Nẵng⟧, ⟦h1d:DATE|ngày 18 tháng 11năm 2025⟧

QUYẾT ĐỊNH

BAN HÀNH QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ CƠ CẤU TỔ CHỨC CỦA ⟦ORG|TRUNG TÂM BẢO TỒN DI SẢN VĂN HÓA THẾ GIỚI HỘI AN⟧

Căn cứ ⟦l1:LEGAL_REF|Luật Tổ chức chính quyền địa phương⟧ ⟦l1d:DATE|ngày 16 tháng 6 năm 2025⟧;

Căn cứ ⟦l2:LEGAL_REF|Luật Di sản văn hóa⟧ ⟦l2d:DATE|ngày 23 tháng 11 năm 2024⟧;

Căn cứ ⟦n1:LEGAL_REF|Nghị quyết số 202/2025/QH⟧ ⟦n1d:DATE|ngày 12 tháng 6 năm 2025⟧ của ⟦n1o:ORG|Quốc hội⟧ về sắp xếp đơn vị hành chính cấp tỉnh;

Căn cứ ⟦n2:LEGAL_REF|Nghị định số 120/2020/NĐ-CP⟧ ⟦n2d:DATE|ngày 07 tháng 10 năm 2020⟧ của ⟦n2o:ORG|Chính phủ⟧ quy định về thành lập, tổ chức lại, giải thể đơn vị sự nghiệp công lập;

Căn cứ ⟦n3:LEGAL_REF|Nghị định số 150/2025/NĐ-CP⟧ ⟦n3d:DATE|ngày 12 tháng 6 năm 2025⟧ của ⟦n3o:ORG|Chính phủ⟧ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương và Ủy ban nhân dân xã, phường, đặc khu thuộc tỉnh, thành phố thuộc thành phố trực thuộc trung ương;

Căn cứ ⟦n4:LEGAL_REF|Nghị định số 215/2025/NĐ-CP⟧ ⟦n4d:DATE|ngày 04 tháng 8 năm 2025⟧ của ⟦n4o:ORG|Chính phủ⟧ Quy định các biện pháp quản lý, bảo vệ và phát huy giá trị di sản văn hóa và thiên nhiên thế giới, di sản văn hóa dưới nước, di sản văn hóa phi vật thể trong các Danh sách của ⟦ORG|UNESCO⟧ và Danh mục quốc gia về di sản văn hóa phi vật thể và chính sách đối với nghệ nhân, chủ thể di sản văn hóa phi vật thể;

Căn cứ ⟦n5:LEGAL_REF|Thông tư số 10/2025/TT-BVHTTDL⟧ ⟦n5d:DATE|ngày 19 tháng 6 năm 2025⟧ của Bộ trưởng ⟦n5o:ORG|Bộ Văn hóa, Thể thao và Du lịch⟧ hướng dẫn chức năng, nhiệm vụ, quyền hạn của ⟦ORG|Sở Văn hóa, Thể thao và Du lịch⟧, ⟦ORG|Sở Văn hóa và Thể thao⟧, ⟦ORG|Sở Du lịch⟧ thuộc Ủy ban nhân dân cấp tỉnh; chức năng, nhiệm vụ, quyền hạn của ⟦ORG|Phòng Văn hóa - Xã hội⟧ thuộc Ủy ban nhân dân cấp xã trong các lĩnh vực thuộc phạm vi quản lý nhà nước của ⟦ORG|Bộ Văn hóa, Thể thao và Du lịch⟧;

Căn cứ ⟦n6:LEGAL_REF|Quyết định số 15/2025/QĐ-UBND⟧ ⟦n6d:DATE|ngày 01 tháng 7 năm 2025⟧ của ⟦n6o:ORG|Ủy ban nhân dân thành phố Đà Nẵng⟧ ban hành quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của ⟦ORG|Sở Văn hóa, Thể thao và Du lịch thành phố Đà Nẵng⟧;

Căn cứ ⟦n7:LEGAL_REF|Quyết định số 126/QĐ-UBND⟧ ⟦n7d:DATE|ngày 01 tháng 7 năm 2025⟧ về việc tiếp nhận nguyên trạng các đơn vị sau hợp nhất ⟦ORG|Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Nam⟧ và ⟦ORG|Sở Văn hóa, Thể thao và Du lịch thành phố Đà Nẵng⟧;

Theo đề nghị của Giám đốc ⟦n8o:ORG|Sở Văn hóa, Thể thao và Du lịch thành phố Đà Nẵng⟧ tại ⟦n8:LEGAL_REF|Tờ trình số 409 /TTr-SVHTTDL⟧ ⟦n8d:DATE|ngày 22 tháng 10 năm 2025⟧.

QUYẾT ĐỊNH:

Điều 1.
Vị trí và chức năng

1. ⟦ORG|Trung tâm Bảo tồn Di sản Văn hóa thế giới Hội An⟧ (Trung tâm) là đơn vị sự nghiệp công lập thuộc ⟦ORG|Sở Văn hóa, Thể thao và Du lịch thành phố Đà Nẵng⟧; chịu sự chỉ đạo, hướng dẫn, kiểm tra của ⟦ORG|Sở Văn hóa, Thể thao và Du lịch thành phố Đà Nẵng⟧, ⟦ORG|Bộ Văn hóa, Thể thao và Du lịch⟧; chịu sự hướng dẫn, kiểm tra về công tác quản lý Di sản thế giới đã được ⟦ORG|UNESCO⟧ công nhận thông qua ⟦ORG|Ủy ban Quốc gia UNESCO Việt Nam⟧. Trung tâm có tư cách pháp nhân, có con dấu và tài khoản riêng để giao dịch.

2. Trung tâm có chức năng tham mưu thực hiện nhiệm vụ quản lý, bảo tồn và phát huy giá trị Di sản văn hóa thế giới ⟦LOCATION|Đô thị cổ Hội An⟧, bao gồm các lĩnh vực: quản lý và bảo vệ các giá trị của Di sản văn hóa thế giới ⟦LOCATION|Đô thị cổ Hội An⟧; xây dựng cơ sở dữ liệu di sản;
nghiên cứu khoa học về lịch sử - văn hoá; sưu tầm, kiểm kê, nhận diện, nghiên cứu và đề xuất giải pháp bảo tồn và phát huy các loại hình di sản văn hoá vật thể, phi vật thể, tư liệu; lập hồ sơ quản lý và trình cấp thẩm quyền xem xét xếp hạng, công nhận các cấp về di tích, hiện vật, di sản văn hoá phi vật thể và di sản tư liệu; tu bổ, tôn tạo, phục hồi di tích và quản lý dự án tu bổ di tích; sưu tầm, quản lý, bảo quản, trưng bày hiện vật ⟦ORG|Bảo tàng Di sản Đô thị cổ Hội An⟧; biên soạn và xuất bản ấn phẩm; tuyên truyền, truyền thông quảng bá, giáo dục di sản và pháp luật về di sản; phục hồi và truyền dạy các loại hình nghệ thuật trình diễn;
=====RELATIONS=====
h1 issued_by h0
h1 issued_on h1d
l1 issued_on l1d
l2 issued_on l2d
n1 issued_on n1d
n1 issued_by n1o
n2 issued_on n2d
n2 issued_by n2o
n3 issued_on n3d
n3 issued_by n3o
n4 issued_on n4d
n4 issued_by n4o
n5 issued_on n5d
n5 issued_by n5o
n6 issued_on n6d
n6 issued_by n6o
n7 issued_on n7d
n8 issued_on n8d
n8 issued_by n8o
