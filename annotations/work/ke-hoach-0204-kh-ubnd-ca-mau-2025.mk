doc: tnt305-tvpl__ke-hoach-0204-kh-ubnd-ca-mau-2025
source: ../shared/corpus/raw/tnt305-tvpl__ke-hoach-0204-kh-ubnd-ca-mau-2025.txt
span: 8752 12037
=====TEXT=====
- Do thay đổi chính sách thuế giá trị gia tăng với hàng hóa áp dụng mức thuế suất ⟦PERCENT|5%⟧ quy định tại điểm d khoản 2 Điều 9 ⟦LEGAL_REF|Luật Thuế giá trị gia tăng⟧ ước tăng thu khoảng ⟦MONEY|500 tỷ đồng⟧.

- Tỷ lệ tiêu thụ vé số đạt trên ⟦PERCENT|99%⟧ nên thu từ hoạt động xổ số ước vượt ⟦PERCENT|19%⟧ dự toán năm.

Khó khăn ảnh hưởng giảm thu

Bên cạnh những thuận lợi nêu trên, tình hình quản lý thu ngân sách ⟦DATE|năm 2025⟧ vẫn còn một số hạn chế, khó khăn sau:

- Thu tiền sử dụng đất ước đạt ⟦MONEY|560 tỷ đồng⟧ [1], bằng ⟦PERCENT|81%⟧ dự toán năm do nguồn thu chủ yếu phát sinh từ hộ, cá nhân và trên địa bàn tỉnh chưa phát sinh dự án mới phải nộp tiền sử dụng đất.

- Thực hiện một số chính sách hỗ trợ người nộp thuế ảnh hưởng giảm thu ngân sách [2].

2.2.
Chi ngân sách địa phương (NSĐP)

Tổng chi ngân sách địa phương ⟦DATE|năm 2025⟧ được ⟦ORG|Hội đồng nhân dân tỉnh⟧ giao là ⟦MONEY|26.811,096 tỷ đồng⟧. Trong đó: chi cân đối ngân sách ⟦MONEY|21.049,188 tỷ đồng⟧ (trong đó: Chi đầu tư phát triển ⟦MONEY|5.937,440 tỷ đồng⟧, chi thường xuyên ⟦MONEY|14.635,050 tỷ đồng⟧[3], chi trả lãi các khoản do chính quyền địa phương vay ⟦MONEY|11,4 tỷ đồng⟧); chi các chương trình mục tiêu, nhiệm vụ ⟦MONEY|5.761,908 tỷ đồng⟧.

Ước thực hiện ⟦DATE|năm 2025⟧ là ⟦MONEY|27.535 tỷ đồng⟧, đạt ⟦PERCENT|102,70%⟧ dự toán, tăng ⟦PERCENT|27,80%⟧ so cùng kỳ (⟦MONEY|21.546 tỷ đồng⟧). Cụ thể một số lĩnh vực chi chủ yếu như sau:

a) Chi đầu tư phát triển: Ước thực hiện cả năm ⟦MONEY|5.817,196 tỷ đồng⟧/⟦MONEY|5.937,440 tỷ đồng⟧, đạt ⟦PERCENT|97,97%⟧ kế hoạch; cụ thể:

- Chi đầu tư từ nguồn vốn xây dựng cơ bản tập trung phấn đấu đạt ⟦PERCENT|100%⟧ kế hoạch.

- Chi đầu tư từ nguồn thu tiền sử dụng đất ⟦MONEY|560 tỷ đồng⟧/⟦MONEY|690 tỷ đồng⟧, ước đạt ⟦PERCENT|81,16%⟧ kế hoạch. Chi không đạt kế hoạch do nguồn thu tiền sử dụng đất ước không đạt dự toán.

- Chi đầu tư từ nguồn thu xổ số kiến thiết phấn đấu đạt ⟦PERCENT|100%⟧ kế hoạch.

- Chi đầu tư từ nguồn vay của ngân sách địa phương ⟦MONEY|22,656 tỷ đồng⟧ [4]/⟦MONEY|12,9 tỷ đồng⟧, ước đạt ⟦PERCENT|175,63%⟧ kế hoạch.

b) Chi thường xuyên: Uớc thực hiện cả năm là ⟦MONEY|15.942,496 tỷ đồng⟧/⟦MONEY|14.635,050 tỷ đồng⟧, đạt ⟦PERCENT|108,93%⟧ dự toán.
Chi vượt dự toán chủ yếu do chi trả chế độ, chính sách cho cán bộ, công chức, viên chức nghỉ hưu sớm, thôi việc do sắp xếp tổ chức bộ máy theo ⟦e1:LEGAL_REF|Nghị định số 178/2024/NĐ-CP⟧, ⟦e2:LEGAL_REF|Nghị định số 67/2025/NĐ-CP⟧ của ⟦e3:ORG|Chính phủ⟧. Trong đó:

- Chi sự nghiệp giáo dục, đào tạo và dạy nghề ⟦MONEY|5.627,152 tỷ đồng⟧ ước đạt ⟦PERCENT|92,44%⟧ dự toán.

- Chi sự nghiệp khoa học công nghệ ⟦MONEY|58,813 tỷ đồng⟧, ước đạt ⟦PERCENT|100%⟧ dự toán.

c) Chi trả lãi các khoản do chính quyền địa phương vay: ⟦MONEY|11,4 tỷ đồng⟧, đạt ⟦PERCENT|100%⟧ dự toán.

d) Chi thực hiện các chương trình mục tiêu, nhiệm vụ: Phấn đấu hoàn thành ⟦PERCENT|100%⟧ nhiệm vụ chi ngân sách trung ương hỗ trợ.

II. DỰ BÁO CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI 03 NĂM ⟦DATE|2026 - 2028⟧, CƠ CẤU THU, CHI VÀ KHUNG CÂN ĐỐI NGÂN SÁCH TỔNG THỂ CỦA ĐỊA PHƯƠNG 03 NĂM ⟦DATE|2026 - 2028⟧

1. Dự báo các chỉ tiêu kinh tế - xã hội đến ⟦DATE|năm 2026⟧

- Tổng sản phẩm trong tỉnh (GRDP) tăng khoảng ⟦PERCENT|10%⟧. Quy mô GRDP theo giá hiện hành đạt ⟦MONEY|660.085 tỷ đồng⟧, GRDP bình quân đầu người đạt khoảng ⟦MONEY|91 triệu đồng⟧.

- Cơ cấu kinh tế: Ngư, nông, lâm nghiệp chiếm khoảng ⟦PERCENT|27,31%⟧; Công nghiệp, xây dựng chiếm khoảng ⟦PERCENT|27,91%⟧; Dịch vụ chiếm khoảng ⟦PERCENT|40,94%⟧; Thuế sản phẩm trừ trợ cấp sản phẩm chiếm khoảng ⟦PERCENT|3,83%⟧.

- Tổng vốn đầu tư xã hội đạt khoảng ⟦MONEY|270.000 tỷ đồng⟧.

- Kim ngạch xuất khẩu đạt khoảng ⟦MONEY|8,95 tỷ USD⟧.

- Tổng số doanh nghiệp đạt khoảng 11.400 doanh nghiệp.

- Giải quyết việc làm cho khoảng 59.000 người.

- Tỷ lệ hộ nghèo giảm hàng năm ⟦PERCENT|1%⟧-⟦PERCENT|1,5%⟧.
=====RELATIONS=====
e1 issued_by e3
e2 issued_by e3
