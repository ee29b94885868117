doc: tnt305-tvpl__nghi-quyet-55-2025-nq-hdnd-ha-noi
source: ../shared/corpus/raw/tnt305-tvpl__nghi-quyet-55-2025-nq-hdnd-ha-noi.txt
span: 39174 44088
=====TEXT=====

⟦MONEY|2.000.000 đồng⟧/người | Vòng hoa tối đa ⟦MONEY|1.500.000 đồng⟧

i | Ủy viên ⟦ORG|Ban chấp hành Đảng ủy Ủy ban nhân dân Thành phố⟧, ⟦ORG|Đảng ủy các cơ quan Đảng Thành phố⟧, ⟦ORG|Đảng ủy các Trường Đại học, Cao đẳng Hà Nội⟧, Đảng ủy các xã, phường trực thuộc ⟦ORG|Thành ủy Hà Nội⟧ (đương chức và nghỉ hưu). Ủy viên Ban Chấp hành Đảng ủy khối, quận ủy, huyện ủy, thị ủy, ⟦ORG|Đảng ủy các khu công nghiệp và chế xuất Hà Nội⟧ trực thuộc ⟦ORG|Đảng bộ thành phố Hà Nội⟧ nghỉ hưu (chức danh nghỉ hưu trước ⟦DATE|01/7/2025⟧ và kết thúc hoạt động)

- | Ủy viên ⟦ORG|Ban chấp hành Đảng ủy Ủy ban nhân dân Thành phố⟧, ⟦ORG|Đảng ủy các cơ quan Đảng Thành phố⟧; Ủy viên Ban chấp hành Đảng ủy khối trực thuộc ⟦ORG|Thành ủy Hà Nội⟧ (Chức danh nghỉ hưu trước khi kết thúc hoạt động) | ⟦MONEY|2.500.000 đồng⟧/người và 01 vòng hoa

Vòng hoa tối đa ⟦MONEY|800.000 đồng⟧

- | Ủy viên ⟦ORG|Ban chấp hành Đảng ủy các trường Đại học, Cao đẳng Hà Nội⟧, Ủy viên Ban chấp hành Đảng ủy các xã, phường trực thuộc ⟦ORG|Thành ủy Hà Nội⟧; Ủy viên Ban chấp hành quận, huyện, thị ủy và ⟦ORG|Đảng ủy Khu công nghiệp và chế xuất⟧ trực thuộc ⟦ORG|Đảng bộ thành phố Hà Nội⟧ (Chức danh nghỉ hưu trước ⟦DATE|01/7/2025⟧ và kết thúc hoạt động) | Tối đa ⟦MONEY|1.250.000 đồng⟧/người và 01 vòng hoa | Hỗ trợ thêm ⟦MONEY|1 250.000 đồng⟧/người | Vòng hoa tối đa ⟦MONEY|800.000 đồng⟧

k | Cán bộ, công chức, người lao động (kể cả người đã nghỉ hưu) làm việc tại các ⟦ORG|Đảng ủy UBND Thành phố⟧, ⟦ORG|Đảng ủy các cơ quan đảng Thành phố⟧, ⟦ORG|Đảng ủy các Trường Đại học, Cao đẳng Hà Nội⟧, các Đảng ủy xã, phường trực thuộc ⟦ORG|Đảng bộ thành phố Hà Nội⟧. Cán bộ, công chức, người lao động đã nghỉ hưu làm việc tại các Đảng ủy khối, quận ủy, huyện ủy, thị ủy, ⟦ORG|Đảng ủy các khu công nghiệp và chế xuất⟧ trực thuộc ⟦ORG|Đảng bộ thành phố Hà Nội⟧ (Chức danh nghỉ hưu trước ⟦DATE|01/7/2025⟧ và kết thúc hoạt động)

- | Cán bộ, công chức, người lao động (kể cả người đã nghỉ hưu) làm việc tại các ⟦ORG|Đảng ủy UBND Thành phố⟧, ⟦ORG|Đảng ủy các cơ quan đảng Thành phố⟧. Cán bộ, công chức, người lao động đã nghỉ hưu làm việc tại các Đảng ủy khối trực thuộc ⟦ORG|Thành ủy Hà Nội⟧ (Chức danh nghỉ hưu trước khi kết thúc hoạt động) | ⟦MONEY|2.000.000 đồng⟧/người và 01 vòng hoa

Vòng hoa tối đa ⟦MONEY|800.000 đồng⟧

- | Cán bộ, công chức, người lao động (kể cả người đã nghỉ hưu) làm việc tại ⟦ORG|Đảng ủy các Trường Đại học, Cao đẳng Hà Nội⟧; Đảng ủy xã, phường trực thuộc ⟦ORG|Đảng bộ Thành phố Hà Nội⟧; Cán bộ, công chức, người lao động đã nghỉ hưu làm việc tại các quận, huyện, thị ủy, ⟦ORG|Đảng ủy các khu công nghiệp và chế xuất⟧ trực thuộc ⟦ORG|Đảng bộ thành phố Hà Nội⟧. (Chức danh nghỉ hưu trước ⟦DATE|01/7/2025⟧ và kết thúc hoạt động) | ⟦MONEY|1.000.000 đồng⟧/người và 01 vòng hoa | Hỗ trợ thêm ⟦MONEY|1.000.000 đồng⟧/người | Vòng hoa tối đa ⟦MONEY|800.000 đồng⟧

l | Bố, mẹ đẻ; bố, mẹ vợ (chồng); vợ (chồng); con của cán bộ giữ các chức danh nêu tại điểm i, trong đó:

- | Cán bộ giữ các chức danh nêu tại điểm i là: Ủy viên ⟦ORG|Ban Chấp hành Đảng ủy UBND Thành phố⟧, ⟦ORG|Đảng ủy các cơ quan đảng Thành phố⟧.
Ủy viên Ban chấp hành Đảng ủy khối trực thuộc ⟦ORG|Thành ủy Hà Nội⟧ (chức danh nghỉ hưu trước khi kết thúc hoạt động); | ⟦MONEY|1.500.000 đồng⟧/người và 01 vòng hoa

Vòng hoa tối đa ⟦MONEY|800.000 đồng⟧

- | Cán bộ giữ các chức danh nêu tại điểm i là: Ủy viên ⟦ORG|Ban Chấp hành Đảng ủy các trường Đại học, Cao đẳng Hà Nội⟧ ; Ủy viên Ban chấp hành xã, phường trực thuộc ⟦ORG|Đảng bộ Thành phố Hà Nội⟧; Ủy viên Ban chấp hành quận, huyện, thị ủy; ⟦ORG|Đảng ủy khu công nghiệp và chế xuất⟧ trực thuộc ⟦ORG|Đảng bộ thành phố Hà Nội⟧; (chức danh nghỉ hưu trước ⟦DATE|01/7/2025⟧ và kết thúc hoạt động); | Tối đa ⟦MONEY|750.000 đồng⟧/người và 01 vòng hoa | Hỗ trợ thêm ⟦MONEY|750.000 đồng⟧/người | Vòng hoa tối đa ⟦MONEY|800.000 đồng⟧

m | Bố, mẹ đẻ; bố, mẹ vợ (chồng); vợ (chồng); con của cán bộ giữ các chức danh nêu tại điểm k, trong đó:

- | Cán bộ giữ các chức danh nêu tại điểm k là Cán bộ, công chức, người lao động công tác tại ⟦ORG|Đảng ủy UBND Thành phố⟧, ⟦ORG|Đảng ủy các cơ quan Đảng Thành phố⟧; các Đảng ủy khối trực thuộc ⟦ORG|Thành ủy Hà Nội⟧ (chức danh nghỉ hưu trước khi kết thúc hoạt động); | ⟦MONEY|1.000.000 đồng⟧/người và 01 vòng hoa

Vòng hoa tối đa ⟦MONEY|800.000 đồng⟧

- | Cán bộ giữ các chức danh nêu tại điểm k là Cán bộ, công chức, người lao động công tác tại ⟦ORG|Đảng ủy các trường Đại học, Cao đẳng Hà Nội⟧; các Đảng ủy xã, phường trực thuộc ⟦ORG|Đảng bộ Thành phố Hà Nội⟧; các quận, huyện, thị ủy; ⟦ORG|Đảng ủy khu công nghiệp và chế xuất⟧ trực thuộc ⟦ORG|Đảng bộ thành phố Hà Nội⟧ (chức danh nghỉ hưu trước ⟦DATE|01/7/2025⟧ và kết thúc hoạt động); | Tối đa ⟦MONEY|500.000 đông⟧/người và 01 vòng hoa | Hỗ trợ thêm ⟦MONEY|500.000 đồng⟧/người | Vòng hoa tối đa ⟦MONEY|800.000 đồng⟧

II | Quy định chế độ tiền thưởng kèm theo Huy hiệu từ 70 năm tuổi Đảng trở lên (Mức chi tiền thường kèm theo Huy hiệu Đảng sau khi nhân với hệ số mức tiền lương cơ sở được làm tròn lên số hàng trăm nghìn đồng)

1 | Huy hiệu 70 năm tuổi Đảng | 8,0 lần mức lương cơ sở | Hỗ trợ thêm 1,5 lần mức lương cơ sở

2 | Huy hiệu 75 năm tuổi Đảng | 10 lần mức lương cơ sở | Hỗ trợ thêm 4,0 lần mức lương cơ sở

3 | Huy hiệu 80 năm tuổi Đảng | 15 lần mức lương cơ sở | Hỗ trợ thêm 4,0 lần mức lương cơ sở

4 | Huy hiệu 85 năm tuổi Đảng | 20 lần mức lương cơ sở | Hỗ trợ thêm 3,5 lần mức lương cơ sở

=====RELATIONS=====
