doc: tnt305-tvpl__quyet-dinh-2816-qd-ubnd-dong-nai-2025
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-2816-qd-ubnd-dong-nai-2025.txt
span: 0 3268
=====TEXT=====
⟦h0:ORG|ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI⟧
------- | ⟦LOCATION|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM⟧
Độc lập - Tự do - Hạnh phúc
---------------

Số: ⟦h1:LEGAL_REF|2816/QĐ-UBND⟧ | ⟦ADMIN_UNIT|Đồng Nai⟧, ⟦h1d:DATE|ngày 20 tháng 11 năm 2025⟧

QUYẾT ĐỊNH

VỀ VIỆC THÔNG QUA PHƯƠNG ÁN ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN QUẢN LÝ VÀ GIẢI QUYẾT CỦA NGÀNH Y TẾ ⟦ADMIN_UNIT|TỈNH ĐỒNG NAI⟧ ⟦DATE|NĂM 2025⟧

CHỦ TỊCH ⟦ORG|ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI⟧

Căn cứ ⟦n1:LEGAL_REF|Luật Tổ chức chính quyền địa phương số 72/2025/QH⟧ ⟦n1d:DATE|ngày 16 tháng 6 năm 2025⟧ của ⟦n1o:ORG|Quốc hội⟧;

Căn cứ ⟦n2:LEGAL_REF|Nghị định số 63/2010/NĐ-CP⟧ ⟦n2d:DATE|ngày 08 tháng 6 năm 2010⟧ của ⟦n2o:ORG|Chính phủ⟧ về kiểm soát thủ tục hành chính và ⟦n3:LEGAL_REF|Nghị định số 92/2017/NĐ-CP⟧ ⟦n3d:DATE|ngày 07 tháng 8 năm 2017⟧ của ⟦n3o:ORG|Chính phủ⟧ sửa đổi, bổ sung một số điều của các Nghị định liên quan đến kiểm soát thủ tục hành chính;

Căn cứ ⟦n4:LEGAL_REF|Nghị định số 118/2025/NĐ-CP⟧ ⟦n4d:DATE|ngày 09 tháng 6 năm 2025⟧ của ⟦n4o:ORG|Chính phủ⟧ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận một cửa và Cổng Dịch vụ công quốc gia;

Căn cứ ⟦n5:LEGAL_REF|Thông tư số 02/2017/TT-VPCP⟧ ⟦n5d:DATE|ngày 31 tháng 10 năm 2017⟧ của Bộ trưởng, Chủ nhiệm ⟦n5o:ORG|Văn phòng Chính phủ⟧ hướng dẫn nghiệp vụ về kiểm soát thủ tục hành chính;

Căn cứ ⟦n6:LEGAL_REF|Kế hoạch số 48/KH-UBND⟧ ⟦n6d:DATE|ngày 11 tháng 02 năm 2025⟧ của ⟦n6o:ORG|UBND tỉnh⟧ về rà soát, đơn giản hóa thủ tục hành chính, thủ tục hành chính nội bộ trong hệ thống hành chính nhà nước ⟦ADMIN_UNIT|tỉnh Đồng Nai⟧ ⟦DATE|năm 2025⟧;

Theo đề nghị của Giám đốc ⟦n7o:ORG|Sở Y tế⟧ tại ⟦n7:LEGAL_REF|Tờ trình số 4620/TTr-SYT⟧ ⟦n7d:DATE|ngày 18 tháng 11 năm 2025⟧.

QUYẾT ĐỊNH:

Điều 1. Thông qua phương án đơn giản hóa 05 thủ tục hành chính thuộc thẩm quyền quản lý và giải quyết của ngành Y tế ⟦ADMIN_UNIT|tỉnh Đồng Nai⟧ ⟦DATE|năm 2025⟧ (Phụ lục danh mục và nội dung đính kèm).

Điều 2. ⟦ORG|Sở Y tế⟧, UBND cấp xã và các cơ quan, đơn vị có liên quan đến các lĩnh vực kiến nghị đơn giản hóa nêu tại Điều 1 của Quyết định này, có trách nhiệm:

1. Đối với các nội dung đề xuất giảm thời gian giải quyết thủ tục hành chính: Giao ⟦ORG|Sở Y tế⟧ chủ động triển khai, đôn đốc thực hiện giảm thời gian xử lý hồ sơ trên thực tế nhằm tạo thuận lợi cho cá nhân, tổ chức trong quá trình xử lý hồ sơ, thủ tục hành chính.

2. Đối với các nội dung đề xuất đơn giản hóa, kiến nghị các Bộ, ngành Trung ương: Thường xuyên theo dõi, phối hợp tham mưu Chủ tịch ⟦ORG|UBND tỉnh⟧ trong việc triển khai thực thi các phương án đơn giản hóa, sáng kiến cải cách thủ tục hành chính theo nội dung kiến nghị sau khi các quy phạm pháp luật tương ứng được điều chỉnh hoặc ban hành mới phù hợp.

3. Đối với các nội dung đề xuất đơn giản hóa thuộc thẩm quyền giải quyết, ⟦ORG|Sở Y tế⟧ phối hợp các cơ quan liên quan tham mưu Chủ tịch ⟦ORG|UBND tỉnh⟧ trong việc triển khai thực thi các phương án đơn giản hóa, sáng kiến cải cách thủ tục hành chính theo nội dung kiến nghị phù hợp với các quy phạm pháp luật hiện hành.

Điều 3. ⟦ORG|Văn phòng UBND tỉnh⟧ có trách nhiệm theo dõi, kiểm tra, đôn đốc việc tổ chức thực thi các phương án đơn giản hóa thủ tục hành chính thuộc thẩm quyền quản lý và giải quyết của ngành Y tế sau khi được cơ quan Nhà nước có thẩm quyền phê duyệt.

Điều 4. Quyết định này có hiệu lực thi hành kể từ ngày ký.

Điều 5. Chánh ⟦ORG|Văn phòng UBND tỉnh⟧; Giám đốc ⟦ORG|Sở Y tế⟧, Thủ trưởng các cơ quan, đơn vị và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 5;
- ⟦ORG|Văn phòng Chính phủ⟧ (⟦ORG|Cục KSTTHC⟧);
- ⟦ORG|Bộ Y tế⟧;
- Chủ tịch, các Phó Chủ tịch ⟦ORG|UBND tỉnh⟧;
- Chánh VP, các Phó CVP ⟦ORG|UBND tỉnh⟧;
=====RELATIONS=====
h1 issued_by h0
h1 issued_on h1d
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
n7 issued_by n7o
