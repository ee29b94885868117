doc: tnt305-tvpl__ke-hoach-165-kh-ubnd-can-tho-2025
source: ../shared/corpus/raw/tnt305-tvpl__ke-hoach-165-kh-ubnd-can-tho-2025.txt
span: 12615 15829
=====TEXT=====
- Sở, ban ngành TP;
- Báo và PTTH CT;
- UBND xã, phường;
- VP UBND TP (3C);
- Cổng TTĐT TP;
- Lưu: VT, MK.

TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Thị Ngọc Điệp

[1] Chương trình số 30-CTr/TU ngày 29/12/2017 của Thành ủy Cần Thơ thực hiện Nghị quyết số 21-NQ/TW; Chương trình số 144-CTr/TU ngày 22/01/2018 của Ban Thường vụ Tỉnh ủy Hậu Giang về thực hiện Nghị quyết số 21-NQ/TW; Chương trình số 27-CTr/TU ngày 12/3/2018 của Ban Chấp hành Đảng bộ tỉnh Sóc Trăng; Chỉ thị số 17-CT/TU ngày 07/03/2022 của Ban Thường vụ Tỉnh ủy Hậu Giang về tăng cường sự lãnh đạo của các cấp ủy đảng về công tác dân số và nâng cao chất lượng dân số trong tình hình mới trên địa bàn tỉnh Hậu Giang đến năm 2030; Kế hoạch số 53/KH-UBND ngày 21/3/2018 của UBND thành phố Cần Thơ về thực hiện Chương trình số 30-CTr/TU ngày 29/12/2017 của Thành ủy Cần Thơ thực hiện Nghị quyết số 21-NQ/TW;
Kế hoạch số 75/KH- UBND ngày 09/7/2018 của UBND tỉnh Sóc Trăng về việc thực hiện Nghị quyết số 137/NQ-CP ngày 31/12/2017 của Chính phủ và Chương trình số 27-CTr/TU ngày 12/3/2018 của Ban Chấp hành Đảng bộ tỉnh thực hiện Nghị quyết số 21-NQ/TW; Kế hoạch số 55/KH-UBND ngày 10/4/2018 của UBND tỉnh Hậu Giang về Thực hiện Chương trình hành động của Chính phủ và Ban Thường vụ Tỉnh ủy về thực hiện Nghị quyết số 21-NQ/TW.

[2] Chỉ thị số 27/CTTg ngày 15/7/2024 của Thủ tướng Chính phủ về tăng cường thực hiện công tác dân số trong tình hình mới; Quyết định số 1679/QĐ-TTg ngày 22/11/2019 của Thủ tướng Chính phủ về việc phê duyệt Chiến lược dân số Việt Nam đến năm 2030; Quyết định số 314/QĐ-TTg ngày 28/02/2020 của Thủ tướng Chính phủ về việc phê duyệt Kế hoạch nâng cao năng lực nghiên cứu về dân số và phát triển đến năm 2030; Quyết định số 537/QĐ-TTg ngày 17/4/2020 của Thủ tướng Chính phủ về việc phê duyệt Chương trình Truyền thông Dân số đến năm 2030; Quyết định số 588/QĐ-TTg ngày 28/4/2020 của Thủ tướng Chính phủ về việc phê duyệt “Chương trình điều chỉnh mức sinh phù hợp các vùng, đối tượng đến năm 2030”; Quyết định số 1579/QĐ-TTg ngày 13/10/2020 của Thủ tướng Chính phủ về việc phê duyệt Chương trình chăm sóc sức khỏe người cao tuổi đến năm 2030; Quyết định số 1999/QĐ-TTg ngày 07/12/2020 của Thủ tướng Chính phủ về phê duyệt “Chương trình mở rộng tầm soát, chẩn đoán, điều trị một số bệnh, tật trước sinh và sơ sinh đến năm 2030”;
Quyết định số 2259/QĐ-TTg ngày 30/12/2020 của Thủ tướng Chính phủ về việc phê duyệt Chương trình Củng cố và phát triển hệ thống thông tin chuyên ngành dân số đến năm 2030; Quyết định số 496/QĐ-TTg ngày 30/3/2021 của Thủ tướng Chính phủ về việc phê duyệt đề án nghiên cứu, xây dựng mô hình tổ chức bộ máy, mạng lưới và cơ chế phối hợp liên ngành làm công tác dân số và phát triển; Quyết định số 520/QĐ-TTg ngày 01/4/2021 của Thủ tướng Chính phủ về việc phê duyệt Đề án đào tạo, bồi dưỡng, nâng cao năng lực đội ngũ cán bộ làm công tác dân số các cấp giai đoạn 2021 - 2030; Quyết định số 1745/QĐ-TTg ngày 15/8/2025 của Thủ tướng Chính phủ về việc ban hành Kế hoạch thực hiện Kết luận số 149-KL/TW ngày 10/4/2025 của Bộ Chính trị về đẩy mạnh thực hiện Nghị quyết số 21-NQ/TW ngày 25/10/2017 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII về công tác dân số trong tình hình mới.
=====RELATIONS=====
