doc: tnt305-tvpl__quyet-dinh-2954-qd-ubnd-son-la-2025
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-2954-qd-ubnd-son-la-2025.txt
span: 0 3287
=====TEXT=====
⟦e1:ORG|ỦY BAN NHÂN DÂN TỈNH SƠN LA⟧
------- | ⟦LOCATION|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM⟧
Độc lập - Tự do - Hạnh phúc
---------------

Số: ⟦e2:LEGAL_REF|2954/QĐ-UBND⟧ | ⟦ADMIN_UNIT|Sơn La⟧, ⟦e3:DATE|ngày 20 tháng 11 năm 2025⟧

QUYẾT ĐỊNH

VỀ VIỆC BAN HÀNH KẾ HOẠCH XUẤT KHẨU SẢN PHẨM HÀNG HÓA ⟦ADMIN_UNIT|TỈNH SƠN LA⟧ ⟦DATE|GIAI ĐOẠN 2026 - 2030⟧

⟦ORG|ỦY BAN NHÂN DÂN TỈNH SƠN LA⟧

Căn cứ ⟦e4:LEGAL_REF|Luật Tổ chức chính quyền địa phương⟧ ⟦e5:DATE|ngày 16 tháng 6 năm 2025⟧;

Căn cứ ⟦e6:LEGAL_REF|Quyết định số 493/QĐ-TTg⟧ ⟦e7:DATE|ngày 19 tháng 4 năm 2022⟧ của ⟦e8:ORG|Thủ tướng Chính phủ⟧ phê duyệt Chiến lược xuất nhập khẩu hàng hóa đến ⟦DATE|năm 2030⟧.

Theo đề nghị của ⟦e9:ORG|Sở Công Thương⟧ tại ⟦e10:LEGAL_REF|Tờ trình số 298/TTr-SCT⟧ ⟦e11:DATE|ngày 23/10/2025⟧ và ⟦e12:LEGAL_REF|Công văn số 2679/SCT-QLTM⟧ ⟦e13:DATE|ngày 07/11/2025⟧.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch xuất khẩu sản phẩm hàng hóa ⟦ADMIN_UNIT|tỉnh Sơn La⟧ ⟦DATE|giai đoạn 2026 - 2030⟧.

Điều 2. Giao ⟦ORG|Sở Công Thương⟧ chủ trì, phối hợp với các Sở, ban, ngành của tỉnh; Ủy ban nhân dân các xã, phường; các cơ quan, đơn vị và các doanh nghiệp, hợp tác xã có liên quan triển khai thực hiện Kế hoạch này.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký ban hành.

Chánh ⟦ORG|Văn phòng UBND tỉnh⟧; Giám đốc ⟦ORG|Sở Công Thương⟧; Thủ trưởng các Sở, ngành, cơ quan thuộc tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường và các tổ chức, cá nhân liên quan chịu trách nhiệm thi hành quyết định này./.

Nơi nhận:
- ⟦ORG|Bộ Công Thương⟧ (b/c);
- ⟦ORG|TT. Tỉnh uỷ⟧ (b/c);
- ⟦ORG|TT. HĐND tỉnh⟧ (b/c);
- Chủ tịch ⟦ORG|UBND tỉnh⟧ (b/c);
- Các Phó Chủ tịch ⟦ORG|UBND tỉnh⟧;
- Như Điều 3;
- Lãnh đạo ⟦ORG|Văn phòng UBND tỉnh⟧;
- ⟦ORG|Cổng Thông tin điện tử tỉnh⟧;
- Lưu: VT, Biên KT.

TM. UỶ BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH
⟦PERSON|Nguyễn Thành Công⟧

KẾ HOẠCH

XUẤT KHẨU SẢN PHẨM HÀNG HÓA ⟦ADMIN_UNIT|TỈNH SƠN LA⟧ ⟦DATE|GIAI ĐOẠN 2026 - 2030⟧

Triển khai thực hiện các mục tiêu kế hoạch phát triển kinh tế - xã hội 5 năm ⟦DATE|2026 - 2030⟧ và khai thác tối đa lợi thế xuất khẩu, góp phần phát triển kinh tế - xã hội của tỉnh theo hướng tăng trưởng xanh, phát triển nhanh, bền vững, nâng cao năng suất, hiệu quả và sức cạnh tranh của các ngành, lĩnh vực và chủ động hội nhập kinh tế thế giới, ⟦ORG|Uỷ ban nhân dân tỉnh Sơn La⟧ ban hành Kế hoạch xuất khẩu sản phẩm hàng hóa ⟦ADMIN_UNIT|tỉnh Sơn La⟧ ⟦DATE|giai đoạn 2026 - 2030⟧ như sau:

I. MỤC TIÊU

1. Duy trì tốc độ tăng trưởng xuất khẩu ổn định, khai thác tối đa lợi thế xuất khẩu và tập trung đẩy mạnh xuất khẩu trực tiếp các sản phẩm chủ lực, các sản phẩm có lợi thế của tỉnh:
xoài, nhãn, cà phê, chè, sản phẩm nông sản chế biến... nhằm góp phần chuyển dịch cơ cấu kinh tế, sản xuất chế biến phát triển và mở rộng xuất khẩu các mặt hàng chế biến sâu phù hợp với nhu cầu của thị trường, thúc đẩy sự phát triển kinh tế - xã hội của tỉnh theo hướng tăng trưởng xanh, phát triển nhanh, bền vững, nâng cao năng suất, hiệu quả và sức cạnh tranh của các ngành, lĩnh vực và chủ động hội nhập kinh tế thế giới.

2. Tập trung đẩy mạnh hoạt động sản xuất, xuất khẩu các sản phẩm chủ lực của tỉnh góp phần phát triển kinh tế xã hội, giải quyết việc làm cho lao động trên địa bàn tỉnh. Đồng thời, đẩy mạnh công tác chuyển giao công nghệ hiện đại trong sản xuất để tiết kiệm chi phí, hạ giá thành sản phẩm và đáp ứng nhu cầu xuất khẩu; nâng cao giá trị xuất khẩu các sản phẩm chế biến sâu, tăng số lượng xuất khẩu chính ngạch, giảm dần xuất khẩu tiểu ngạch và tăng giá trị gia tăng sản phẩm chế biến trong chuỗi giá trị hàng nông sản; nâng cao chất lượng sản phẩm xuất khẩu và phát triển thương hiệu.
=====RELATIONS=====
e2 issued_by e1
e2 issued_on e3
e4 issued_on e5
e6 issued_on e7
e6 issued_by e8
e10 issued_by e9
e10 issued_on e11
e12 issued_by e9
e12 issued_on e13
