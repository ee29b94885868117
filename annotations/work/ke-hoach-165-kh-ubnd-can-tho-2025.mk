doc: tnt305-tvpl__ke-hoach-165-kh-ubnd-can-tho-2025
source: ../shared/corpus/raw/tnt305-tvpl__ke-hoach-165-kh-ubnd-can-tho-2025.txt
span: 12615 15829
=====TEXT=====
- Sở, ban ngành TP;
- ⟦ORG|Báo và PTTH CT⟧;
- UBND xã, phường;
- ⟦ORG|VP UBND TP⟧ (3C);
- ⟦ORG|Cổng TTĐT TP⟧;
- Lưu: VT, MK.

TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH ⟦PERSON|Nguyễn Thị Ngọc Điệp⟧

[1] ⟦e1:LEGAL_REF|Chương trình số 30-CTr/TU⟧ ⟦e2:DATE|ngày 29/12/2017⟧ của ⟦e3:ORG|Thành ủy Cần Thơ⟧ thực hiện ⟦e4:LEGAL_REF|Nghị quyết số 21-NQ/TW⟧; ⟦e5:LEGAL_REF|Chương trình số 144-CTr/TU⟧ ⟦e6:DATE|ngày 22/01/2018⟧ của ⟦e7:ORG|Ban Thường vụ Tỉnh ủy Hậu Giang⟧ về thực hiện ⟦e8:LEGAL_REF|Nghị quyết số 21-NQ/TW⟧; ⟦e9:LEGAL_REF|Chương trình số 27-CTr/TU⟧ ⟦e10:DATE|ngày 12/3/2018⟧ của ⟦e11:ORG|Ban Chấp hành Đảng bộ tỉnh Sóc Trăng⟧; ⟦e12:LEGAL_REF|Chỉ thị số 17-CT/TU⟧ ⟦e13:DATE|ngày 07/03/2022⟧ của ⟦e14:ORG|Ban Thường vụ Tỉnh ủy Hậu Giang⟧ về tăng cường sự lãnh đạo của các cấp ủy đảng về công tác dân số và nâng cao chất lượng dân số trong tình hình mới trên địa bàn ⟦ADMIN_UNIT|tỉnh Hậu Giang⟧ đến ⟦DATE|năm 2030⟧; ⟦e15:LEGAL_REF|Kế hoạch số 53/KH-UBND⟧ ⟦e16:DATE|ngày 21/3/2018⟧ của ⟦e17:ORG|UBND thành phố Cần Thơ⟧ về thực hiện ⟦e18:LEGAL_REF|Chương trình số 30-CTr/TU⟧ ⟦e19:DATE|ngày 29/12/2017⟧ của ⟦e20:ORG|Thành ủy Cần Thơ⟧ thực hiện ⟦e21:LEGAL_REF|Nghị quyết số 21-NQ/TW⟧;
⟦e22:LEGAL_REF|Kế hoạch số 75/KH- UBND⟧ ⟦e23:DATE|ngày 09/7/2018⟧ của ⟦e24:ORG|UBND tỉnh Sóc Trăng⟧ về việc thực hiện ⟦e25:LEGAL_REF|Nghị quyết số 137/NQ-CP⟧ ⟦e26:DATE|ngày 31/12/2017⟧ của ⟦e27:ORG|Chính phủ⟧ và ⟦e28:LEGAL_REF|Chương trình số 27-CTr/TU⟧ ⟦e29:DATE|ngày 12/3/2018⟧ của ⟦e30:ORG|Ban Chấp hành Đảng bộ tỉnh⟧ thực hiện ⟦e31:LEGAL_REF|Nghị quyết số 21-NQ/TW⟧; ⟦e32:LEGAL_REF|Kế hoạch số 55/KH-UBND⟧ ⟦e33:DATE|ngày 10/4/2018⟧ của ⟦e34:ORG|UBND tỉnh Hậu Giang⟧ về Thực hiện Chương trình hành động của ⟦ORG|Chính phủ⟧ và ⟦ORG|Ban Thường vụ Tỉnh ủy⟧ về thực hiện ⟦e35:LEGAL_REF|Nghị quyết số 21-NQ/TW⟧.

[2] ⟦e36:LEGAL_REF|Chỉ thị số 27/CTTg⟧ ⟦e37:DATE|ngày 15/7/2024⟧ của ⟦e38:ORG|Thủ tướng Chính phủ⟧ về tăng cường thực hiện công tác dân số trong tình hình mới; ⟦e39:LEGAL_REF|Quyết định số 1679/QĐ-TTg⟧ ⟦e40:DATE|ngày 22/11/2019⟧ của ⟦e41:ORG|Thủ tướng Chính phủ⟧ về việc phê duyệt Chiến lược dân số ⟦LOCATION|Việt Nam⟧ đến ⟦DATE|năm 2030⟧; ⟦e42:LEGAL_REF|Quyết định số 314/QĐ-TTg⟧ ⟦e43:DATE|ngày 28/02/2020⟧ của ⟦e44:ORG|Thủ tướng Chính phủ⟧ về việc phê duyệt Kế hoạch nâng cao năng lực nghiên cứu về dân số và phát triển đến ⟦DATE|năm 2030⟧; ⟦e45:LEGAL_REF|Quyết định số 537/QĐ-TTg⟧ ⟦e46:DATE|ngày 17/4/2020⟧ của ⟦e47:ORG|Thủ tướng Chính phủ⟧ về việc phê duyệt Chương trình Truyền thông Dân số đến ⟦DATE|năm 2030⟧; ⟦e48:LEGAL_REF|Quyết định số 588/QĐ-TTg⟧ ⟦e49:DATE|ngày 28/4/2020⟧ của ⟦e50:ORG|Thủ tướng Chính phủ⟧ về việc phê duyệt “Chương trình điều chỉnh mức sinh phù hợp các vùng, đối tượng đến ⟦DATE|năm 2030⟧”; ⟦e51:LEGAL_REF|Quyết định số 1579/QĐ-TTg⟧ ⟦e52:DATE|ngày 13/10/2020⟧ của ⟦e53:ORG|Thủ tướng Chính phủ⟧ về việc phê duyệt Chương trình chăm sóc sức khỏe người cao tuổi đến ⟦DATE|năm 2030⟧; ⟦e54:LEGAL_REF|Quyết định số 1999/QĐ-TTg⟧ ⟦e55:DATE|ngày 07/12/2020⟧ của ⟦e56:ORG|Thủ tướng Chính phủ⟧ về phê duyệt “Chương trình mở rộng tầm soát, chẩn đoán, điều trị một số bệnh, tật trước sinh và sơ sinh đến ⟦DATE|năm 2030⟧”;
⟦e57:LEGAL_REF|Quyết định số 2259/QĐ-TTg⟧ ⟦e58:DATE|ngày 30/12/2020⟧ của ⟦e59:ORG|Thủ tướng Chính phủ⟧ về việc phê duyệt Chương trình Củng cố và phát triển hệ thống thông tin chuyên ngành dân số đến ⟦DATE|năm 2030⟧; ⟦e60:LEGAL_REF|Quyết định số 496/QĐ-TTg⟧ ⟦e61:DATE|ngày 30/3/2021⟧ của ⟦e62:ORG|Thủ tướng Chính phủ⟧ về việc phê duyệt đề án nghiên cứu, xây dựng mô hình tổ chức bộ máy, mạng lưới và cơ chế phối hợp liên ngành làm công tác dân số và phát triển; ⟦e63:LEGAL_REF|Quyết định số 520/QĐ-TTg⟧ ⟦e64:DATE|ngày 01/4/2021⟧ của ⟦e65:ORG|Thủ tướng Chính phủ⟧ về việc phê duyệt Đề án đào tạo, bồi dưỡng, nâng cao năng lực đội ngũ cán bộ làm công tác dân số các cấp ⟦DATE|giai đoạn 2021 - 2030⟧; ⟦e66:LEGAL_REF|Quyết định số 1745/QĐ-TTg⟧ ⟦e67:DATE|ngày 15/8/2025⟧ của ⟦e68:ORG|Thủ tướng Chính phủ⟧ về việc ban hành Kế hoạch thực hiện ⟦e69:LEGAL_REF|Kết luận số 149-KL/TW⟧ ⟦e70:DATE|ngày 10/4/2025⟧ của ⟦e71:ORG|Bộ Chính trị⟧ về đẩy mạnh thực hiện ⟦e72:LEGAL_REF|Nghị quyết số 21-NQ/TW⟧ ⟦e73:DATE|ngày 25/10/2017⟧ của Hội nghị lần thứ sáu ⟦e74:ORG|Ban Chấp hành Trung ương Đảng⟧ khóa XII về công tác dân số trong tình hình mới.
=====RELATIONS=====
e1 issued_on e2
e1 issued_by e3
e1 implements e4
e5 issued_on e6
e5 issued_by e7
e5 implements e8
e9 issued_on e10
e9 issued_by e11
e12 issued_on e13
e12 issued_by e14
e15 issued_on e16
e15 issued_by e17
e18 issued_on e19
e18 issued_by e20
e15 implements e18
e18 implements e21
e22 issued_on e23
e22 issued_by e24
e25 issued_on e26
e25 issued_by e27
e28 issued_on e29
e28 issued_by e30
e22 implements e25
e22 implements e28
e28 implements e31
e32 issued_on e33
e32 issued_by e34
e36 issued_on e37
e36 issued_by e38
e39 issued_on e40
e39 issued_by e41
e42 issued_on e43
e42 issued_by e44
e45 issued_on e46
e45 issued_by e47
e48 issued_on e49
e48 issued_by e50
e51 issued_on e52
e51 issued_by e53
e54 issued_on e55
e54 issued_by e56
e57 issued_on e58
e57 issued_by e59
e60 issued_on e61
e60 issued_by e62
e63 issued_on e64
e63 issued_by e65
e66 issued_on e67
e66 issued_by e68
e69 issued_on e70
e69 issued_by e71
e72 issued_on e73
e72 issued_by e74
e66 implements e69
e69 implements e72
