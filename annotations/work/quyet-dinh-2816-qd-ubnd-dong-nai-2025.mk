doc: tnt305-tvpl__quyet-dinh-2816-qd-ubnd-dong-nai-2025
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-2816-qd-ubnd-dong-nai-2025.txt
span: 0 3268
=====TEXT=====
ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI
------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 2816/QĐ-UBND | Đồng Nai, ngày 20 tháng 11 năm 2025

QUYẾT ĐỊNH

VỀ VIỆC THÔNG QUA PHƯƠNG ÁN ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN QUẢN LÝ VÀ GIẢI QUYẾT CỦA NGÀNH Y TẾ TỈNH ĐỒNG NAI NĂM 2025

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI

Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH ngày 16 tháng 6 năm 2025 của Quốc hội;

Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ tục hành chính và Nghị định số 92/2017/NĐ-CP ngày 07 tháng 8 năm 2017 của Chính phủ sửa đổi, bổ sung một số điều của các Nghị định liên quan đến kiểm soát thủ tục hành chính;

Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận một cửa và Cổng Dịch vụ công quốc gia;

Căn cứ Thông tư số 02/2017/TT-VPCP ngày 31 tháng 10 năm 2017 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ hướng dẫn nghiệp vụ về kiểm soát thủ tục hành chính;

Căn cứ Kế hoạch số 48/KH-UBND ngày 11 tháng 02 năm 2025 của UBND tỉnh về rà soát, đơn giản hóa thủ tục hành chính, thủ tục hành chính nội bộ trong hệ thống hành chính nhà nước tỉnh Đồng Nai năm 2025;

Theo đề nghị của Giám đốc Sở Y tế tại Tờ trình số 4620/TTr-SYT ngày 18 tháng 11 năm 2025.

QUYẾT ĐỊNH:

Điều 1. Thông qua phương án đơn giản hóa 05 thủ tục hành chính thuộc thẩm quyền quản lý và giải quyết của ngành Y tế tỉnh Đồng Nai năm 2025 (Phụ lục danh mục và nội dung đính kèm).

Điều 2. Sở Y tế, UBND cấp xã và các cơ quan, đơn vị có liên quan đến các lĩnh vực kiến nghị đơn giản hóa nêu tại Điều 1 của Quyết định này, có trách nhiệm:

1. Đối với các nội dung đề xuất giảm thời gian giải quyết thủ tục hành chính: Giao Sở Y tế chủ động triển khai, đôn đốc thực hiện giảm thời gian xử lý hồ sơ trên thực tế nhằm tạo thuận lợi cho cá nhân, tổ chức trong quá trình xử lý hồ sơ, thủ tục hành chính.

2. Đối với các nội dung đề xuất đơn giản hóa, kiến nghị các Bộ, ngành Trung ương: Thường xuyên theo dõi, phối hợp tham mưu Chủ tịch UBND tỉnh trong việc triển khai thực thi các phương án đơn giản hóa, sáng kiến cải cách thủ tục hành chính theo nội dung kiến nghị sau khi các quy phạm pháp luật tương ứng được điều chỉnh hoặc ban hành mới phù hợp.

3. Đối với các nội dung đề xuất đơn giản hóa thuộc thẩm quyền giải quyết, Sở Y tế phối hợp các cơ quan liên quan tham mưu Chủ tịch UBND tỉnh trong việc triển khai thực thi các phương án đơn giản hóa, sáng kiến cải cách thủ tục hành chính theo nội dung kiến nghị phù hợp với các quy phạm pháp luật hiện hành.

Điều 3. Văn phòng UBND tỉnh có trách nhiệm theo dõi, kiểm tra, đôn đốc việc tổ chức thực thi các phương án đơn giản hóa thủ tục hành chính thuộc thẩm quyền quản lý và giải quyết của ngành Y tế sau khi được cơ quan Nhà nước có thẩm quyền phê duyệt.

Điều 4. Quyết định này có hiệu lực thi hành kể từ ngày ký.

Điều 5. Chánh Văn phòng UBND tỉnh; Giám đốc Sở Y tế, Thủ trưởng các cơ quan, đơn vị và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 5;
- Văn phòng Chính phủ (Cục KSTTHC);
- Bộ Y tế;
- Chủ tịch, các Phó Chủ tịch UBND tỉnh;
- Chánh VP, các Phó CVP UBND tỉnh;
=====RELATIONS=====
