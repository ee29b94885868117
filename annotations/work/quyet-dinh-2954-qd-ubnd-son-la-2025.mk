doc: tnt305-tvpl__quyet-dinh-2954-qd-ubnd-son-la-2025
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-2954-qd-ubnd-son-la-2025.txt
span: 0 3287
=====TEXT=====
ỦY BAN NHÂN DÂN TỈNH SƠN LA
------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 2954/QĐ-UBND | Sơn La, ngày 20 tháng 11 năm 2025

QUYẾT ĐỊNH

VỀ VIỆC BAN HÀNH KẾ HOẠCH XUẤT KHẨU SẢN PHẨM HÀNG HÓA TỈNH SƠN LA GIAI ĐOẠN 2026 - 2030

ỦY BAN NHÂN DÂN TỈNH SƠN LA

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

Căn cứ Quyết định số 493/QĐ-TTg ngày 19 tháng 4 năm 2022 của Thủ tướng Chính phủ phê duyệt Chiến lược xuất nhập khẩu hàng hóa đến năm 2030.

Theo đề nghị của Sở Công Thương tại Tờ trình số 298/TTr-SCT ngày 23/10/2025 và Công văn số 2679/SCT-QLTM ngày 07/11/2025.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch xuất khẩu sản phẩm hàng hóa tỉnh Sơn La giai đoạn 2026 - 2030.

Điều 2. Giao Sở Công Thương chủ trì, phối hợp với các Sở, ban, ngành của tỉnh; Ủy ban nhân dân các xã, phường; các cơ quan, đơn vị và các doanh nghiệp, hợp tác xã có liên quan triển khai thực hiện Kế hoạch này.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký ban hành.

Chánh Văn phòng UBND tỉnh; Giám đốc Sở Công Thương; Thủ trưởng các Sở, ngành, cơ quan thuộc tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường và các tổ chức, cá nhân liên quan chịu trách nhiệm thi hành quyết định này./.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT. Tỉnh uỷ (b/c);
- TT. HĐND tỉnh (b/c);
- Chủ tịch UBND tỉnh (b/c);
- Các Phó Chủ tịch UBND tỉnh;
- Như Điều 3;
- Lãnh đạo Văn phòng UBND tỉnh;
- Cổng Thông tin điện tử tỉnh;
- Lưu: VT, Biên KT.

TM. UỶ BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH
Nguyễn Thành Công

KẾ HOẠCH

XUẤT KHẨU SẢN PHẨM HÀNG HÓA TỈNH SƠN LA GIAI ĐOẠN 2026 - 2030

Triển khai thực hiện các mục tiêu kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030 và khai thác tối đa lợi thế xuất khẩu, góp phần phát triển kinh tế - xã hội của tỉnh theo hướng tăng trưởng xanh, phát triển nhanh, bền vững, nâng cao năng suất, hiệu quả và sức cạnh tranh của các ngành, lĩnh vực và chủ động hội nhập kinh tế thế giới, Uỷ ban nhân dân tỉnh Sơn La ban hành Kế hoạch xuất khẩu sản phẩm hàng hóa tỉnh Sơn La giai đoạn 2026 - 2030 như sau:

I. MỤC TIÊU

1. Duy trì tốc độ tăng trưởng xuất khẩu ổn định, khai thác tối đa lợi thế xuất khẩu và tập trung đẩy mạnh xuất khẩu trực tiếp các sản phẩm chủ lực, các sản phẩm có lợi thế của tỉnh:
xoài, nhãn, cà phê, chè, sản phẩm nông sản chế biến... nhằm góp phần chuyển dịch cơ cấu kinh tế, sản xuất chế biến phát triển và mở rộng xuất khẩu các mặt hàng chế biến sâu phù hợp với nhu cầu của thị trường, thúc đẩy sự phát triển kinh tế - xã hội của tỉnh theo hướng tăng trưởng xanh, phát triển nhanh, bền vững, nâng cao năng suất, hiệu quả và sức cạnh tranh của các ngành, lĩnh vực và chủ động hội nhập kinh tế thế giới.

2. Tập trung đẩy mạnh hoạt động sản xuất, xuất khẩu các sản phẩm chủ lực của tỉnh góp phần phát triển kinh tế xã hội, giải quyết việc làm cho lao động trên địa bàn tỉnh. Đồng thời, đẩy mạnh công tác chuyển giao công nghệ hiện đại trong sản xuất để tiết kiệm chi phí, hạ giá thành sản phẩm và đáp ứng nhu cầu xuất khẩu; nâng cao giá trị xuất khẩu các sản phẩm chế biến sâu, tăng số lượng xuất khẩu chính ngạch, giảm dần xuất khẩu tiểu ngạch và tăng giá trị gia tăng sản phẩm chế biến trong chuỗi giá trị hàng nông sản; nâng cao chất lượng sản phẩm xuất khẩu và phát triển thương hiệu.
=====RELATIONS=====
