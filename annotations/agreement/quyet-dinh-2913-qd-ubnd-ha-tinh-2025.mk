doc: tnt305-tvpl__quyet-dinh-2913-qd-ubnd-ha-tinh-2025
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-2913-qd-ubnd-ha-tinh-2025.txt
span: 4905 8595
=====TEXT=====
- ⟦e1:LEGAL_REF|Nghị định số 08/2022/NĐ-CP⟧ ⟦e2:DATE|ngày 10/01/2022⟧ của ⟦e3:ORG|Chính phủ⟧ quy định chi tiết một số điều của ⟦e4:LEGAL_REF|Luật Bảo vệ môi trường⟧;
- ⟦e5:LEGAL_REF|Nghị định số 05/2025/NĐ-CP⟧ ⟦e6:DATE|ngày 06/01/2025⟧ của ⟦e7:ORG|Chính phủ⟧ sửa đổi bổ sung một số điều của ⟦LEGAL_REF|Nghị định số 08/2022/NĐ-CP⟧;
- ⟦e8:LEGAL_REF|Nghị định 131/2025/NĐ-CP⟧ ⟦e9:DATE|ngày 12/6/2025⟧ của ⟦e10:ORG|Chính phủ⟧ quy định phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của ⟦ORG|Bộ Nông nghiệp và Môi trường⟧;
- ⟦e11:LEGAL_REF|Quyết định số 11/2025/QĐ-TTg⟧ ⟦e12:DATE|ngày 23/4/2025⟧ của ⟦e13:ORG|Thủ tướng Chính phủ⟧ về ban hành quy chế ứng phó sự cố chất thải;
- ⟦e14:LEGAL_REF|Quyết định số 4569/QĐ-BNNMT⟧ ⟦e15:DATE|ngày 31/10/2025⟧ của Bộ trưởng ⟦e16:ORG|Bộ Nông nghiệp và Môi trường⟧ về việc công bố TTHC nội bộ trong hệ thống hành chính nhà nước lĩnh vực môi trường thuộc phạm vi chức năng quản lý của ⟦ORG|Bộ Nông nghiệp và Môi trường⟧

3 | Ban hành kế hoạch cải tạo, phục hồi môi trường đối với sự cố chất thải theo quy định tại khoản 1 Điều 14 ⟦LEGAL_REF|Quyết định số 11/2025/QĐ-TTg⟧ | Như trên | UBND cấp xã | - ⟦LEGAL_REF|Luật Bảo vệ môi trường năm 2020⟧;
- ⟦e17:LEGAL_REF|Nghị định số 08/2022/NĐ-CP⟧ ⟦e18:DATE|ngày 10/01/2022⟧ của ⟦e19:ORG|Chính phủ⟧ quy định chi tiết một số điều của ⟦e20:LEGAL_REF|Luật Bảo vệ môi trường⟧;
- ⟦e21:LEGAL_REF|Nghị định số 05/2025/NĐ-CP⟧ ⟦e22:DATE|ngày 06/01/2025⟧ của ⟦e23:ORG|Chính phủ⟧ sửa đổi bổ sung một số điều của ⟦LEGAL_REF|Nghị định số 08/2022/NĐ-CP⟧;
- ⟦e24:LEGAL_REF|Nghị định số 131/2025/NĐ-CP⟧ ⟦e25:DATE|ngày 12/6/2025⟧ của ⟦e26:ORG|Chính phủ⟧ quy định phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của ⟦ORG|Bộ Nông nghiệp và Môi trường⟧;
- ⟦e27:LEGAL_REF|Quyết định số 11/2025/QĐ-TTg⟧ ⟦e28:DATE|ngày 23/4/2025⟧ của ⟦e29:ORG|Thủ tướng Chính phủ⟧ về ban hành quy chế ứng phó sự cố chất thải;
- ⟦e30:LEGAL_REF|Quyết định số 4569/QĐ-BNNMT⟧ ⟦e31:DATE|ngày 31/10/2025⟧ của Bộ trưởng ⟦e32:ORG|Bộ Nông nghiệp và Môi trường⟧ về việc công bố TTHC nội bộ trong hệ thống hành chính nhà nước lĩnh vực môi trường thuộc phạm vi chức năng quản lý của ⟦ORG|Bộ Nông nghiệp và Môi trường⟧.

4 | Ban hành kế hoạch ứng phó sự cố môi trường theo quy định tại khoản 2 Điều 127 ⟦LEGAL_REF|Luật Bảo vệ môi trường⟧. | Như trên | UBND cấp xã | - ⟦LEGAL_REF|Luật Bảo vệ môi trường năm 2020⟧;
- ⟦e33:LEGAL_REF|Nghị định số 08/2022/NĐ-CP⟧ ⟦e34:DATE|ngày 10/01/2022⟧ của ⟦e35:ORG|Chính phủ⟧ quy định chi tiết một số điều của ⟦e36:LEGAL_REF|Luật Bảo vệ môi trường⟧;
- ⟦e37:LEGAL_REF|Nghị định số 05/2025/NĐ-CP⟧ ⟦e38:DATE|ngày 06/01/2025⟧ của ⟦e39:ORG|Chính phủ⟧ sửa đổi bổ sung một số điều của ⟦LEGAL_REF|Nghị định số 08/2022/NĐ-CP⟧;
- ⟦e40:LEGAL_REF|Nghị định số 131/2025/NĐ-CP⟧ ⟦e41:DATE|ngày 12/6/2025⟧ của ⟦e42:ORG|Chính phủ⟧ quy định phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của ⟦ORG|Bộ Nông nghiệp và Môi trường⟧;
- ⟦e43:LEGAL_REF|Quyết định số 11/2025/QĐ-TTg⟧ ⟦e44:DATE|ngày 23/4/2025⟧ của ⟦e45:ORG|Thủ tướng Chính phủ⟧ về ban hành quy chế ứng phó sự cố chất thải;
- ⟦e46:LEGAL_REF|Quyết định số 4569/QĐ-BNNMT⟧ ⟦e47:DATE|ngày 31/10/2025⟧ của Bộ trưởng ⟦e48:ORG|Bộ Nông nghiệp và Môi trường⟧ về việc công bố TTHC nội bộ trong hệ thống hành chính nhà nước lĩnh vực môi trường thuộc phạm vi chức năng quản lý của ⟦ORG|Bộ Nông nghiệp và Môi trường⟧.

5 | Tiếp nhận đăng ký môi trường đối với các dự án, cơ sở thuộc đối tượng theo quy định tại khoản 4 Điều 41 ⟦LEGAL_REF|Luật Bảo vệ môi trường⟧, trừ các trường hợp quy định tại khoản 1 Điều 26 Nghị định này. | Như trên | UBND cấp xã | - ⟦LEGAL_REF|Luật Bảo vệ môi trường năm 2020⟧;
- ⟦e49:LEGAL_REF|Nghị định số 08/2022/NĐ-CP⟧ ⟦e50:DATE|ngày 10/01/2022⟧ của ⟦e51:ORG|Chính phủ⟧ quy định chi tiết một số điều của ⟦e52:LEGAL_REF|Luật Bảo vệ môi trường⟧;
- ⟦e53:LEGAL_REF|Nghị định số 05/2025/NĐ-CP⟧ ⟦e54:DATE|ngày 06/01/2025⟧ của ⟦e55:ORG|Chính phủ⟧ sửa đổi bổ sung một số điều của ⟦LEGAL_REF|Nghị định số 08/2022/NĐ-CP⟧;
- ⟦e56:LEGAL_REF|Nghị định số 131/2025/NĐ-CP⟧ ⟦e57:DATE|ngày 12/6/2025⟧ của ⟦e58:ORG|Chính phủ⟧ quy định phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của ⟦ORG|Bộ Nông nghiệp và Môi trường⟧;
- ⟦e59:LEGAL_REF|Thông tư số 02/2022/TT-BTNMT⟧ ⟦e60:DATE|ngày 10/01/2022⟧ của Bộ trưởng ⟦e61:ORG|Bộ Tài nguyên và Môi trường⟧ quy định chi tiết thi hành một số điều của ⟦e62:LEGAL_REF|Luật Bảo vệ môi trường⟧;
- ⟦e63:LEGAL_REF|Thông tư số 07/2025/TT-BTNMT⟧ ⟦e64:DATE|ngày 28/02/2025⟧ của Bộ trưởng ⟦e65:ORG|Bộ Tài nguyên và Môi trường⟧ sửa đổi, bổ sung một số điều của ⟦LEGAL_REF|Thông tư số 02/2022/TT-BTNMT⟧;
=====RELATIONS=====
e1 issued_on e2
e1 issued_by e3
e1 implements e4
e5 issued_on e6
e5 issued_by e7
e8 issued_on e9
e8 issued_by e10
e11 issued_on e12
e11 issued_by e13
e14 issued_on e15
e14 issued_by e16
e17 issued_on e18
e17 issued_by e19
e17 implements e20
e21 issued_on e22
e21 issued_by e23
e24 issued_on e25
e24 issued_by e26
e27 issued_on e28
e27 issued_by e29
e30 issued_on e31
e30 issued_by e32
e33 issued_on e34
e33 issued_by e35
e33 implements e36
e37 issued_on e38
e37 issued_by e39
e40 issued_on e41
e40 issued_by e42
e43 issued_on e44
e43 issued_by e45
e46 issued_on e47
e46 issued_by e48
e49 issued_on e50
e49 issued_by e51
e49 implements e52
e53 issued_on e54
e53 issued_by e55
e56 issued_on e57
e56 issued_by e58
e59 issued_on e60
e59 issued_by e61
e59 implements e62
e63 issued_on e64
e63 issued_by e65
