doc: tnt305-tvpl__ke-hoach-0204-kh-ubnd-ca-mau-2025
source: ../shared/corpus/raw/tnt305-tvpl__ke-hoach-0204-kh-ubnd-ca-mau-2025.txt
span: 8752 12037
=====TEXT=====
- Do thay đổi chính sách thuế giá trị gia tăng với hàng hóa áp dụng mức thuế suất 5% quy định tại điểm d khoản 2 Điều 9 Luật Thuế giá trị gia tăng ước tăng thu khoảng 500 tỷ đồng.

- Tỷ lệ tiêu thụ vé số đạt trên 99% nên thu từ hoạt động xổ số ước vượt 19% dự toán năm.

Khó khăn ảnh hưởng giảm thu

Bên cạnh những thuận lợi nêu trên, tình hình quản lý thu ngân sách năm 2025 vẫn còn một số hạn chế, khó khăn sau:

- Thu tiền sử dụng đất ước đạt 560 tỷ đồng [1], bằng 81% dự toán năm do nguồn thu chủ yếu phát sinh từ hộ, cá nhân và trên địa bàn tỉnh chưa phát sinh dự án mới phải nộp tiền sử dụng đất.

- Thực hiện một số chính sách hỗ trợ người nộp thuế ảnh hưởng giảm thu ngân sách [2].

2.2.
Chi ngân sách địa phương (NSĐP)

Tổng chi ngân sách địa phương năm 2025 được Hội đồng nhân dân tỉnh giao là 26.811,096 tỷ đồng. Trong đó: chi cân đối ngân sách 21.049,188 tỷ đồng (trong đó: Chi đầu tư phát triển 5.937,440 tỷ đồng, chi thường xuyên 14.635,050 tỷ đồng[3], chi trả lãi các khoản do chính quyền địa phương vay 11,4 tỷ đồng); chi các chương trình mục tiêu, nhiệm vụ 5.761,908 tỷ đồng.

Ước thực hiện năm 2025 là 27.535 tỷ đồng, đạt 102,70% dự toán, tăng 27,80% so cùng kỳ (21.546 tỷ đồng). Cụ thể một số lĩnh vực chi chủ yếu như sau:

a) Chi đầu tư phát triển: Ước thực hiện cả năm 5.817,196 tỷ đồng/5.937,440 tỷ đồng, đạt 97,97% kế hoạch; cụ thể:

- Chi đầu tư từ nguồn vốn xây dựng cơ bản tập trung phấn đấu đạt 100% kế hoạch.

- Chi đầu tư từ nguồn thu tiền sử dụng đất 560 tỷ đồng/690 tỷ đồng, ước đạt 81,16% kế hoạch. Chi không đạt kế hoạch do nguồn thu tiền sử dụng đất ước không đạt dự toán.

- Chi đầu tư từ nguồn thu xổ số kiến thiết phấn đấu đạt 100% kế hoạch.

- Chi đầu tư từ nguồn vay của ngân sách địa phương 22,656 tỷ đồng [4]/12,9 tỷ đồng, ước đạt 175,63% kế hoạch.

b) Chi thường xuyên: Uớc thực hiện cả năm là 15.942,496 tỷ đồng/14.635,050 tỷ đồng, đạt 108,93% dự toán.
Chi vượt dự toán chủ yếu do chi trả chế độ, chính sách cho cán bộ, công chức, viên chức nghỉ hưu sớm, thôi việc do sắp xếp tổ chức bộ máy theo Nghị định số 178/2024/NĐ-CP, Nghị định số 67/2025/NĐ-CP của Chính phủ. Trong đó:

- Chi sự nghiệp giáo dục, đào tạo và dạy nghề 5.627,152 tỷ đồng ước đạt 92,44% dự toán.

- Chi sự nghiệp khoa học công nghệ 58,813 tỷ đồng, ước đạt 100% dự toán.

c) Chi trả lãi các khoản do chính quyền địa phương vay: 11,4 tỷ đồng, đạt 100% dự toán.

d) Chi thực hiện các chương trình mục tiêu, nhiệm vụ: Phấn đấu hoàn thành 100% nhiệm vụ chi ngân sách trung ương hỗ trợ.

II. DỰ BÁO CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI 03 NĂM 2026 - 2028, CƠ CẤU THU, CHI VÀ KHUNG CÂN ĐỐI NGÂN SÁCH TỔNG THỂ CỦA ĐỊA PHƯƠNG 03 NĂM 2026 - 2028

1. Dự báo các chỉ tiêu kinh tế - xã hội đến năm 2026

- Tổng sản phẩm trong tỉnh (GRDP) tăng khoảng 10%. Quy mô GRDP theo giá hiện hành đạt 660.085 tỷ đồng, GRDP bình quân đầu người đạt khoảng 91 triệu đồng.

- Cơ cấu kinh tế: Ngư, nông, lâm nghiệp chiếm khoảng 27,31%; Công nghiệp, xây dựng chiếm khoảng 27,91%; Dịch vụ chiếm khoảng 40,94%; Thuế sản phẩm trừ trợ cấp sản phẩm chiếm khoảng 3,83%.

- Tổng vốn đầu tư xã hội đạt khoảng 270.000 tỷ đồng.

- Kim ngạch xuất khẩu đạt khoảng 8,95 tỷ USD.

- Tổng số doanh nghiệp đạt khoảng 11.400 doanh nghiệp.

- Giải quyết việc làm cho khoảng 59.000 người.

- Tỷ lệ hộ nghèo giảm hàng năm 1%-1,5%.
=====RELATIONS=====
