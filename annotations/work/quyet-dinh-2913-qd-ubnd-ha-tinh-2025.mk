doc: tnt305-tvpl__quyet-dinh-2913-qd-ubnd-ha-tinh-2025
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-2913-qd-ubnd-ha-tinh-2025.txt
span: 4905 8595
=====TEXT=====
- Nghị định số 08/2022/NĐ-CP ngày 10/01/2022 của Chính phủ quy định chi tiết một số điều của Luật Bảo vệ môi trường;
- Nghị định số 05/2025/NĐ-CP ngày 06/01/2025 của Chính phủ sửa đổi bổ sung một số điều của Nghị định số 08/2022/NĐ-CP;
- Nghị định 131/2025/NĐ-CP ngày 12/6/2025 của Chính phủ quy định phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Nông nghiệp và Môi trường;
- Quyết định số 11/2025/QĐ-TTg ngày 23/4/2025 của Thủ tướng Chính phủ về ban hành quy chế ứng phó sự cố chất thải;
- Quyết định số 4569/QĐ-BNNMT ngày 31/10/2025 của Bộ trưởng Bộ Nông nghiệp và Môi trường về việc công bố TTHC nội bộ trong hệ thống hành chính nhà nước lĩnh vực môi trường thuộc phạm vi chức năng quản lý của Bộ Nông nghiệp và Môi trường

3 | Ban hành kế hoạch cải tạo, phục hồi môi trường đối với sự cố chất thải theo quy định tại khoản 1 Điều 14 Quyết định số 11/2025/QĐ-TTg | Như trên | UBND cấp xã | - Luật Bảo vệ môi trường năm 2020;
- Nghị định số 08/2022/NĐ-CP ngày 10/01/2022 của Chính phủ quy định chi tiết một số điều của Luật Bảo vệ môi trường;
- Nghị định số 05/2025/NĐ-CP ngày 06/01/2025 của Chính phủ sửa đổi bổ sung một số điều của Nghị định số 08/2022/NĐ-CP;
- Nghị định số 131/2025/NĐ-CP ngày 12/6/2025 của Chính phủ quy định phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Nông nghiệp và Môi trường;
- Quyết định số 11/2025/QĐ-TTg ngày 23/4/2025 của Thủ tướng Chính phủ về ban hành quy chế ứng phó sự cố chất thải;
- Quyết định số 4569/QĐ-BNNMT ngày 31/10/2025 của Bộ trưởng Bộ Nông nghiệp và Môi trường về việc công bố TTHC nội bộ trong hệ thống hành chính nhà nước lĩnh vực môi trường thuộc phạm vi chức năng quản lý của Bộ Nông nghiệp và Môi trường.

4 | Ban hành kế hoạch ứng phó sự cố môi trường theo quy định tại khoản 2 Điều 127 Luật Bảo vệ môi trường. | Như trên | UBND cấp xã | - Luật Bảo vệ môi trường năm 2020;
- Nghị định số 08/2022/NĐ-CP ngày 10/01/2022 của Chính phủ quy định chi tiết một số điều của Luật Bảo vệ môi trường;
- Nghị định số 05/2025/NĐ-CP ngày 06/01/2025 của Chính phủ sửa đổi bổ sung một số điều của Nghị định số 08/2022/NĐ-CP;
- Nghị định số 131/2025/NĐ-CP ngày 12/6/2025 của Chính phủ quy định phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Nông nghiệp và Môi trường;
- Quyết định số 11/2025/QĐ-TTg ngày 23/4/2025 của Thủ tướng Chính phủ về ban hành quy chế ứng phó sự cố chất thải;
- Quyết định số 4569/QĐ-BNNMT ngày 31/10/2025 của Bộ trưởng Bộ Nông nghiệp và Môi trường về việc công bố TTHC nội bộ trong hệ thống hành chính nhà nước lĩnh vực môi trường thuộc phạm vi chức năng quản lý của Bộ Nông nghiệp và Môi trường.

5 | Tiếp nhận đăng ký môi trường đối với các dự án, cơ sở thuộc đối tượng theo quy định tại khoản 4 Điều 41 Luật Bảo vệ môi trường, trừ các trường hợp quy định tại khoản 1 Điều 26 Nghị định này. | Như trên | UBND cấp xã | - Luật Bảo vệ môi trường năm 2020;
- Nghị định số 08/2022/NĐ-CP ngày 10/01/2022 của Chính phủ quy định chi tiết một số điều của Luật Bảo vệ môi trường;
- Nghị định số 05/2025/NĐ-CP ngày 06/01/2025 của Chính phủ sửa đổi bổ sung một số điều của Nghị định số 08/2022/NĐ-CP;
- Nghị định số 131/2025/NĐ-CP ngày 12/6/2025 của Chính phủ quy định phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Nông nghiệp và Môi trường;
- Thông tư số 02/2022/TT-BTNMT ngày 10/01/2022 của Bộ trưởng Bộ Tài nguyên và Môi trường quy định chi tiết thi hành một số điều của Luật Bảo vệ môi trường;
- Thông tư số 07/2025/TT-BTNMT ngày 28/02/2025 của Bộ trưởng Bộ Tài nguyên và Môi trường sửa đổi, bổ sung một số điều của Thông tư số 02/2022/TT-BTNMT;
=====RELATIONS=====
