doc: tnt305-tvpl__quyet-dinh-2913-qd-ubnd-ha-tinh-2025
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-2913-qd-ubnd-ha-tinh-2025.txt
span: 4905 8595
=====TEXT=====
- ⟦r1:LEGAL_REF|Nghị định số 08/2022/NĐ-CP⟧ ⟦d2:DATE|ngày 10/01/2022⟧ của ⟦o3:ORG|Chính phủ⟧ quy định chi tiết một số điều của ⟦l4:LEGAL_REF|Luật Bảo vệ môi trường⟧;
- ⟦r5:LEGAL_REF|Nghị định số 05/2025/NĐ-CP⟧ ⟦d6:DATE|ngày 06/01/2025⟧ của ⟦o7:ORG|Chính phủ⟧ sửa đổi bổ sung một số điều của ⟦LEGAL_REF|Nghị định số 08/2022/NĐ-CP⟧;
- ⟦r8:LEGAL_REF|Nghị định 131/2025/NĐ-CP⟧ ⟦d9:DATE|ngày 12/6/2025⟧ của ⟦o10:ORG|Chính phủ⟧ quy định phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của ⟦ORG|Bộ Nông nghiệp và Môi trường⟧;
- ⟦r11:LEGAL_REF|Quyết định số 11/2025/QĐ-TTg⟧ ⟦d12:DATE|ngày 23/4/2025⟧ của ⟦o13:ORG|Thủ tướng Chính phủ⟧ về ban hành quy chế ứng phó sự cố chất thải;
- ⟦r14:LEGAL_REF|Quyết định số 4569/QĐ-BNNMT⟧ ⟦d15:DATE|ngày 31/10/2025⟧ của Bộ trưởng ⟦o16:ORG|Bộ Nông nghiệp và Môi trường⟧ về việc công bố TTHC nội bộ trong hệ thống hành chính nhà nước lĩnh vực môi trường thuộc phạm vi chức năng quản lý của ⟦ORG|Bộ Nông nghiệp và Môi trường⟧

3 | Ban hành kế hoạch cải tạo, phục hồi môi trường đối với sự cố chất thải theo quy định tại khoản 1 Điều 14 ⟦LEGAL_REF|Quyết định số 11/2025/QĐ-TTg⟧ | Như trên | UBND cấp xã | - ⟦LEGAL_REF|Luật Bảo vệ môi trường năm 2020⟧;
- ⟦r17:LEGAL_REF|Nghị định số 08/2022/NĐ-CP⟧ ⟦d18:DATE|ngày 10/01/2022⟧ của ⟦o19:ORG|Chính phủ⟧ quy định chi tiết một số điều của ⟦l20:LEGAL_REF|Luật Bảo vệ môi trường⟧;
- ⟦r21:LEGAL_REF|Nghị định số 05/2025/NĐ-CP⟧ ⟦d22:DATE|ngày 06/01/2025⟧ của ⟦o23:ORG|Chính phủ⟧ sửa đổi bổ sung một số điều của ⟦LEGAL_REF|Nghị định số 08/2022/NĐ-CP⟧;
- ⟦r24:LEGAL_REF|Nghị định số 131/2025/NĐ-CP⟧ ⟦d25:DATE|ngày 12/6/2025⟧ của ⟦o26:ORG|Chính phủ⟧ quy định phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của ⟦ORG|Bộ Nông nghiệp và Môi trường⟧;
- ⟦r27:LEGAL_REF|Quyết định số 11/2025/QĐ-TTg⟧ ⟦d28:DATE|ngày 23/4/2025⟧ của ⟦o29:ORG|Thủ tướng Chính phủ⟧ về ban hành quy chế ứng phó sự cố chất thải;
- ⟦r30:LEGAL_REF|Quyết định số 4569/QĐ-BNNMT⟧ ⟦d31:DATE|ngày 31/10/2025⟧ của Bộ trưởng ⟦o32:ORG|Bộ Nông nghiệp và Môi trường⟧ về việc công bố TTHC nội bộ trong hệ thống hành chính nhà nước lĩnh vực môi trường thuộc phạm vi chức năng quản lý của ⟦ORG|Bộ Nông nghiệp và Môi trường⟧.

4 | Ban hành kế hoạch ứng phó sự cố môi trường theo quy định tại khoản 2 Điều 127 ⟦LEGAL_REF|Luật Bảo vệ môi trường⟧. | Như trên | UBND cấp xã | - ⟦LEGAL_REF|Luật Bảo vệ môi trường năm 2020⟧;
- ⟦r33:LEGAL_REF|Nghị định số 08/2022/NĐ-CP⟧ ⟦d34:DATE|ngày 10/01/2022⟧ của ⟦o35:ORG|Chính phủ⟧ quy định chi tiết một số điều của ⟦l36:LEGAL_REF|Luật Bảo vệ môi trường⟧;
- ⟦r37:LEGAL_REF|Nghị định số 05/2025/NĐ-CP⟧ ⟦d38:DATE|ngày 06/01/2025⟧ của ⟦o39:ORG|Chính phủ⟧ sửa đổi bổ sung một số điều của ⟦LEGAL_REF|Nghị định số 08/2022/NĐ-CP⟧;
- ⟦r40:LEGAL_REF|Nghị định số 131/2025/NĐ-CP⟧ ⟦d41:DATE|ngày 12/6/2025⟧ của ⟦o42:ORG|Chính phủ⟧ quy định phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của ⟦ORG|Bộ Nông nghiệp và Môi trường⟧;
- ⟦r43:LEGAL_REF|Quyết định số 11/2025/QĐ-TTg⟧ ⟦d44:DATE|ngày 23/4/2025⟧ của ⟦o45:ORG|Thủ tướng Chính phủ⟧ về ban hành quy chế ứng phó sự cố chất thải;
- ⟦r46:LEGAL_REF|Quyết định số 4569/QĐ-BNNMT⟧ ⟦d47:DATE|ngày 31/10/2025⟧ của Bộ trưởng ⟦o48:ORG|Bộ Nông nghiệp và Môi trường⟧ về việc công bố TTHC nội bộ trong hệ thống hành chính nhà nước lĩnh vực môi trường thuộc phạm vi chức năng quản lý của ⟦ORG|Bộ Nông nghiệp và Môi trường⟧.

5 | Tiếp nhận đăng ký môi trường đối với các dự án, cơ sở thuộc đối tượng theo quy định tại khoản 4 Điều 41 ⟦LEGAL_REF|Luật Bảo vệ môi trường⟧, trừ các trường hợp quy định tại khoản 1 Điều 26 Nghị định này. | Như trên | UBND cấp xã | - ⟦LEGAL_REF|Luật Bảo vệ môi trường năm 2020⟧;
- ⟦r49:LEGAL_REF|Nghị định số 08/2022/NĐ-CP⟧ ⟦d50:DATE|ngày 10/01/2022⟧ của ⟦o51:ORG|Chính phủ⟧ quy định chi tiết một số điều của ⟦l52:LEGAL_REF|Luật Bảo vệ môi trường⟧;
- ⟦r53:LEGAL_REF|Nghị định số 05/2025/NĐ-CP⟧ ⟦d54:DATE|ngày 06/01/2025⟧ của ⟦o55:ORG|Chính phủ⟧ sửa đổi bổ sung một số điều của ⟦LEGAL_REF|Nghị định số 08/2022/NĐ-CP⟧;
- ⟦r56:LEGAL_REF|Nghị định số 131/2025/NĐ-CP⟧ ⟦d57:DATE|ngày 12/6/2025⟧ của ⟦o58:ORG|Chính phủ⟧ quy định phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của ⟦ORG|Bộ Nông nghiệp và Môi trường⟧;
- ⟦r59:LEGAL_REF|Thông tư số 02/2022/TT-BTNMT⟧ ⟦d60:DATE|ngày 10/01/2022⟧ của Bộ trưởng ⟦o61:ORG|Bộ Tài nguyên và Môi trường⟧ quy định chi tiết thi hành một số điều của ⟦l62:LEGAL_REF|Luật Bảo vệ môi trường⟧;
- ⟦r63:LEGAL_REF|Thông tư số 07/2025/TT-BTNMT⟧ ⟦d64:DATE|ngày 28/02/2025⟧ của Bộ trưởng ⟦o65:ORG|Bộ Tài nguyên và Môi trường⟧ sửa đổi, bổ sung một số điều của ⟦LEGAL_REF|Thông tư số 02/2022/TT-BTNMT⟧;
=====RELATIONS=====
r1 issued_on d2
r1 issued_by o3
r1 implements l4
r5 issued_on d6
r5 issued_by o7
r8 issued_on d9
r8 issued_by o10
r11 issued_on d12
r11 issued_by o13
r14 issued_on d15
r14 issued_by o16
r17 issued_on d18
r17 issued_by o19
r17 implements l20
r21 issued_on d22
r21 issued_by o23
r24 issued_on d25
r24 issued_by o26
r27 issued_on d28
r27 issued_by o29
r30 issued_on d31
r30 issued_by o32
r33 issued_on d34
r33 issued_by o35
r33 implements l36
r37 issued_on d38
r37 issued_by o39
r40 issued_on d41
r40 issued_by o42
r43 issued_on d44
r43 issued_by o45
r46 issued_on d47
r46 issued_by o48
r49 issued_on d50
r49 issued_by o51
r49 implements l52
r53 issued_on d54
r53 issued_by o55
r56 issued_on d57
r56 issued_by o58
r59 issued_on d60
r59 issued_by o61
r59 implements l62
r63 issued_on d64
r63 issued_by o65
