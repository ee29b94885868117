doc: tnt305-tvpl__quyet-dinh-36-2025-qd-ctubnd-can-tho
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-36-2025-qd-ctubnd-can-tho.txt
span: 10909 15512
=====TEXT=====
l) Xử lý tài sản công trong trường hợp bị mất, bị hủy hoại (trừ nhà làm việc, công trình sự nghiệp, xe ô tô các loại) đối với tài sản công là tài sản cố định có nguyên giá theo sổ sách kế toán dưới ⟦MONEY|01 tỷ đồng⟧/01 đơn vị tài sản tại cơ quan, tổ chức, đơn vị thuộc phạm vi quản lý (trừ đơn vị sự nghiệp công lập tự bảo đảm chi thường xuyên và chi đầu tư).

m) Phê duyệt phương án xử lý tài sản phục vụ hoạt động của dự án theo quy định tại khoản 2 Điều 91 ⟦LEGAL_REF|Nghị định số 186/2025/NĐ-CP⟧ đối với dự án do Ủy ban nhân dân phường, xã làm chủ đầu tư hoặc dự án do cơ quan, tổ chức, đơn vị trực thuộc Ủy ban nhân dân phường, xã làm chủ đầu tư.

4. Đơn vị sự nghiệp công lập thuộc ⟦ORG|Ủy ban nhân dân thành phố⟧

a) Giao tài sản bằng hiện vật (trừ trụ sở làm việc, cơ sở hoạt động sự nghiệp; xe ô tô các loại), tài sản khác có nguyên giá dưới ⟦MONEY|01 tỷ đồng⟧/01 đơn vị tài sản cho đơn vị thuộc phạm vi quản lý.

b) Quyết định mức khoán kinh phí nhà ở công vụ cụ thể áp dụng đối với đối tượng có tiêu chuẩn sử dụng nhà ở công vụ mà Nhà nước không có nhà ở công vụ để bố trí thuộc phạm vi quản lý; đối tượng, mức khoán kinh phí sử dụng máy móc thiết bị cho đối tượng thuộc phạm vi quản lý; việc khoán kinh phí sử dụng tài sản công khác theo quy định tại Điều 11 ⟦LEGAL_REF|Nghị định số 186/2025/NĐ-CP⟧ tại đơn vị của mình và các đơn vị thuộc phạm vi quản lý.

c) Xử lý vật tư, vật liệu thu hồi được trong quá trình bảo dưỡng, sửa chữa tài sản công theo quy định tại khoản 3 Điều 13 ⟦LEGAL_REF|Nghị định số 186/2025/NĐ-CP⟧ cho đơn vị mình và đơn vị thuộc phạm vi quản lý.

d) Khai thác tài sản công theo quy định tại điểm a, điểm b, điểm c, điểm d, điểm đ, điểm e và điểm g khoản 1 Điều 50 ⟦LEGAL_REF|Nghị định số 186/2025/NĐ-CP⟧ tại đơn vị mình và đơn vị thuộc phạm vi quản lý; (trừ đơn vị sự nghiệp công lập tự đảm bảo chi thường xuyên và chi đầu tư, đơn vị sự nghiệp công lập tự đảm bảo chi thường xuyên).

đ) Thu hồi tài sản công (trừ trụ sở làm việc, cơ sở hoạt động sự nghiệp; xe ô tô các loại; tài sản công khác có nguyên giá từ ⟦MONEY|01 tỷ đồng⟧ trở lên/01 đơn vị tài sản) tại đơn vị thuộc phạm vi quản lý.

e) Điều chuyển tài sản công (trừ trụ sở làm việc, cơ sở hoạt động sự nghiệp; xe ô tô các loại) giũa đơn vị mình và các đơn vị thuộc phạm vi quản lý.

g) Bán tài sản công (trừ xe ô tô các loại) có nguyên giá theo sổ sách kế toán từ ⟦MONEY|250 triệu đồng⟧ đến dưới ⟦MONEY|01 tỷ đồng⟧/01 đơn vị tài sản, tài sản có giá trị đánh giá lại từ ⟦MONEY|50 triệu đồng⟧ đến dưới ⟦MONEY|200 triệu đồng⟧/01 đơn vị tài sản trong trường hợp tài sản chưa được theo dõi trên sổ kế toán tại đơn vị mình và đơn vị thuộc phạm vi quản lý (trừ đơn vị sự nghiệp công lập tự bảo đảm chi thường xuyên và chi đầu tư).

h) Thanh lý tài sản công (trừ xe ô tô) có nguyên giá theo sổ sách kế toán từ ⟦MONEY|500 triệu đồng⟧ đến dưới ⟦MONEY|01 tỷ đồng⟧/01 đơn vị tài sản, tài sản có giá trị đánh giá lại từ ⟦MONEY|50 triệu đồng⟧ đến dưới ⟦MONEY|100 triệu đồng⟧/01 đơn vị tài sản trong trường hợp tài sản chưa được theo dõi trên sổ kế toán tại đơn vị mình và đơn vị thuộc phạm vi quản lý (trừ đơn vị sự nghiệp công lập tự bảo đảm chi thường xuyên và chi đầu tư).

i) Tiêu hủy tài sản công là tài sản cố định có nguyên giá theo sổ sách kế toán dưới ⟦MONEY|01 tỷ đồng⟧/01 đơn vị tài sản tại đơn vị mình và đơn vị thuộc phạm vi quản lý (trừ đơn vị sự nghiệp công lập tự bảo đảm chi thường xuyên và chi đầu tư).

k) Xử lý tài sản công trong trường hợp bị mất, bị hủy hoại (trừ nhà làm việc, công trình sự nghiệp, xe ô tô các loại) đối với tài sản công là tài sản cố định có nguyên giá theo sổ sách kế toán dưới ⟦MONEY|01 tỷ đồng⟧/01 đơn vị tài sản tại đơn vị mình và đơn vị thuộc phạm vi quản lý (trừ đơn vị sự nghiệp công lập tự bảo đảm chi thường xuyên và chi đầu tư).

l) Phê duyệt phương án xử lý tài sản phục vụ hoạt động của dự án (trừ trụ sở làm việc, cơ sở hoạt động sự nghiệp phục vụ hoạt động của dự án, xe ô tô các loại) theo quy định tại khoản 2 Điều 91 ⟦LEGAL_REF|Nghị định số 186/2025/NĐ-CP⟧ đối với các dự án được giao làm chủ đầu tư; tài sản phục vụ hoạt động của dự án đối với các dự án do đơn vị trực thuộc làm chủ đầu tư.

Điều 3. Hiệu lực thi hành.

Quyết định này có hiệu lực thi hành kể từ ⟦DATE|ngày 28 tháng 11 năm 2025⟧.

Điều 4. Tổ chức thực hiện

Chánh ⟦ORG|Văn phòng Ủy ban nhân dân thành phố⟧; Giám đốc sở, Thủ trưởng cơ quan, ban, ngành thành phố; Chủ tịch Ủy ban nhân dân xã, phường;
Thủ trưởng các đơn vị sự nghiệp công lập và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- ⟦ORG|Bộ Tài chính⟧;
- ⟦ORG|TT Thành ủy⟧; ⟦ORG|TT. HĐND TP⟧, - CT, các PCT ⟦ORG|UBND TP⟧;
- Sở, ban, ngành thành phố;
- Các đơn vị sự nghiệp công lập;
- UBND xã, phường;
- ⟦ORG|Công báo thành phố⟧;
- ⟦ORG|Cổng Thông tin điện tử thành phố⟧;
- Lưu: VT, PKT. | CHỦ TỊCH
⟦PERSON|Trương Cảnh Tuyên⟧

=====RELATIONS=====
