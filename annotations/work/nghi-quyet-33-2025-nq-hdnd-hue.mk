doc: tnt305-tvpl__nghi-quyet-33-2025-nq-hdnd-hue
source: ../shared/corpus/raw/tnt305-tvpl__nghi-quyet-33-2025-nq-hdnd-hue.txt
span: 4182 7395
=====TEXT=====
1 | ⟦ADMIN_UNIT|Xã A Lưới 1⟧ | 80 | 20 | Áp dụng trên địa bàn các xã theo ⟦LEGAL_REF|Nghị quyết số 1314/NQ- UBTVQH15⟧ về việc sắp xếp đơn vị hành chính cấp huyện, cấp xã của ⟦ADMIN_UNIT|thành phố Huế⟧ ⟦DATE|giai đoạn 2023 - 2025⟧: ⟦ADMIN_UNIT|xã Hồng Thủy⟧, ⟦ADMIN_UNIT|xã Hồng Vân⟧, ⟦ADMIN_UNIT|xã Trung Sơn⟧, ⟦ADMIN_UNIT|xã Hồng Kim⟧.

2 | ⟦ADMIN_UNIT|Xã A Lưới 2⟧ | 80 | 20 | Áp dụng trên địa bàn các xã, thị trấn theo ⟦LEGAL_REF|Nghị quyết số 1314/NQ-UBTVQH15⟧ về việc sắp xếp đơn vị hành chính cấp huyện, cấp xã của ⟦ADMIN_UNIT|thành phố Huế⟧ ⟦DATE|giai đoạn 2023 - 2025⟧: ⟦ADMIN_UNIT|xã Hồng Bắc⟧, ⟦ADMIN_UNIT|thị trấn A Lưới⟧, ⟦ADMIN_UNIT|xã Quảng Nhâm⟧, ⟦ADMIN_UNIT|xã A Ngo⟧.

3 | ⟦ADMIN_UNIT|Xã A Lưới 3⟧ | 80 | 20 | Áp dụng trên địa bàn các xã theo ⟦LEGAL_REF|Nghị quyết số 1314/NQ- UBTVQH15⟧ về việc sắp xếp đơn vị hành chính cấp huyện, cấp xã của ⟦ADMIN_UNIT|thành phố Huế⟧ ⟦DATE|giai đoạn 2023 - 2025⟧: ⟦ADMIN_UNIT|xã Sơn Thủy⟧, ⟦ADMIN_UNIT|xã Hồng Thượng⟧, ⟦ADMIN_UNIT|xã Phú Vinh⟧, ⟦ADMIN_UNIT|xã Hồng Thái⟧.

4 | ⟦ADMIN_UNIT|Xã A Lưới 4⟧ | 80 | 20 | Áp dụng trên địa bàn các xã theo ⟦LEGAL_REF|Nghị quyết số 1314/NQ- UBTVQH15⟧ về việc sắp xếp đơn vị hành chính cấp huyện, cấp xã của ⟦ADMIN_UNIT|thành phố Huế⟧ ⟦DATE|giai đoạn 2023 - 2025⟧: ⟦ADMIN_UNIT|xã Hương Phong⟧, ⟦ADMIN_UNIT|xã A Roàng⟧, ⟦ADMIN_UNIT|xã Đông Sơn⟧, ⟦ADMIN_UNIT|xã Lâm Đớt⟧.

5 | ⟦ADMIN_UNIT|Xã A Lưới 5⟧ | 80 | 20 | Áp dụng trên địa bàn các xã theo ⟦LEGAL_REF|Nghị quyết số 1314/NQ- UBTVQH15⟧ về việc sắp xếp đơn vị hành chính cấp huyện, cấp xã của ⟦ADMIN_UNIT|thành phố Huế⟧ ⟦DATE|giai đoạn 2023 - 2025⟧: ⟦ADMIN_UNIT|xã Hương Nguyên⟧, ⟦ADMIN_UNIT|xã Hồng Hạ⟧.

6 | ⟦ADMIN_UNIT|Phường Phong Dinh⟧ | 30 | 70 | Áp dụng trên địa bàn xã theo ⟦LEGAL_REF|Nghị quyết số 1314/NQ- UBTVQH15⟧ về việc sắp xếp đơn vị hành chính cấp huyện, cấp xã của ⟦ADMIN_UNIT|thành phố Huế⟧ ⟦DATE|giai đoạn 2023 - 2025⟧: ⟦ADMIN_UNIT|xã Phong Chương⟧.

7 | ⟦ADMIN_UNIT|Phường Phong Phú⟧ | 30 | 70 | Áp dụng trên địa bàn xã theo ⟦LEGAL_REF|Nghị quyết số 1314/NQ- UBTVQH15⟧ về việc sắp xếp đơn vị hành chính cấp huyện, cấp xã của ⟦ADMIN_UNIT|thành phố Huế⟧ ⟦DATE|giai đoạn 2023 - 2025⟧: ⟦ADMIN_UNIT|xã Phong Thạnh⟧.

8 | ⟦ADMIN_UNIT|Xã Phú Vinh⟧ | 35 | 65 | Áp dụng trên địa bàn xã theo ⟦LEGAL_REF|Nghị quyết số 1314/NQ- UBTVQH15⟧ về việc sắp xếp đơn vị hành chính cấp huyện, cấp xã của ⟦ADMIN_UNIT|thành phố Huế⟧ ⟦DATE|giai đoạn 2023 - 2025⟧: ⟦ADMIN_UNIT|xã Phú Diên⟧.

9 | ⟦ADMIN_UNIT|Xã Phú Vang⟧ | 35 | 65 | Áp dụng trên địa bàn xã theo ⟦LEGAL_REF|Nghị quyết số 1314/NQ- UBTVQH15⟧ về việc sắp xếp đơn vị hành chính cấp huyện, cấp xã của ⟦ADMIN_UNIT|thành phố Huế⟧ ⟦DATE|giai đoạn 2023 - 2025⟧: ⟦ADMIN_UNIT|xã Phú Gia⟧.

10 | ⟦ADMIN_UNIT|Xã Vinh Lộc⟧ | 35 | 65 | Áp dụng trên địa bàn xã theo ⟦LEGAL_REF|Nghị quyết số 1314/NQ- UBTVQH15⟧ về việc sắp xếp đơn vị hành chính cấp huyện, cấp xã của ⟦ADMIN_UNIT|thành phố Huế⟧ ⟦DATE|giai đoạn 2023 - 2025⟧: ⟦ADMIN_UNIT|xã Giang Hải⟧.

11 | ⟦ADMIN_UNIT|Xã Phú Lộc⟧ | 35 | 65 | Áp dụng trên địa bàn xã theo ⟦LEGAL_REF|Nghị quyết số 1314/NQ- UBTVQH15⟧ về việc sắp xếp đơn vị hành chính cấp huyện, cấp xã của ⟦ADMIN_UNIT|thành phố Huế⟧ ⟦DATE|giai đoạn 2023 - 2025⟧: ⟦ADMIN_UNIT|xã Lộc Bình⟧.

12 | ⟦ADMIN_UNIT|Xã Chân Mây - Lăng Cô⟧ | 35 | 65 | Áp dụng trên địa bàn xã theo ⟦LEGAL_REF|Nghị quyết số 1314/NQ- UBTVQH15⟧ về việc sắp xếp đơn vị hành chính cấp huyện, cấp xã của ⟦ADMIN_UNIT|thành phố Huế⟧ ⟦DATE|giai đoạn 2023 - 2025⟧: ⟦ADMIN_UNIT|xã Lộc Vĩnh⟧.

b) Đối với các công trình của Ủy ban nhân dân cấp huyện do Ban quản lý dự án đầu tư xây dựng hoặc công trình do sở, ban, ngành thành phố làm chủ đầu tư trước khi thực hiện sắp xếp bộ máy theo mô hình chính quyền địa phương 02 cấp thì ngân sách thành phố chịu trách nhiệm đối ứng.

c) Đối với các công trình do Ủy ban nhân dân cấp xã làm chủ đầu tư nhưng UBND cấp huyện chưa bố trí đủ phần đối ứng của ngân sách cấp huyện trước khi thực hiện sắp xếp bộ máy theo mô hình chính quyền địa phương 02 cấp, ⟦ORG|Ủy ban nhân dân thành phố⟧ xem xét, hỗ trợ bổ sung có mục tiêu cho ngân sách cấp xã không đảm bảo nguồn kinh phí đối ứng.
=====RELATIONS=====
