doc: tnt305-tvpl__nghi-quyet-48-2025-nq-hdnd-ha-noi
source: ../shared/corpus/raw/tnt305-tvpl__nghi-quyet-48-2025-nq-hdnd-ha-noi.txt
span: 53940 58932
=====TEXT=====

82 | 18

⟦ADMIN_UNIT|Phường Cầu Giấy⟧

96 | 4

⟦ADMIN_UNIT|Phường Cửa Nam⟧

99 | 1

⟦ADMIN_UNIT|Phường Đại Mỗ⟧

81 | 19

⟦ADMIN_UNIT|Phường Đống Đa⟧

96,5 | 3,5

⟦ADMIN_UNIT|Phường Dương Nội⟧

90 | 10

⟦ADMIN_UNIT|Phường Giảng Võ⟧

90 | 10

⟦ADMIN_UNIT|Phường Hà Đông⟧

81 | 19

⟦ADMIN_UNIT|Phường Hai Bà Trưng⟧

95 | 5

⟦ADMIN_UNIT|Phường Hoàn Kiếm⟧

96,5 | 3,5

⟦ADMIN_UNIT|Phường Hoàng Mai⟧

81 | 19

⟦ADMIN_UNIT|Phường Hồng Hà⟧

70 | 30

⟦ADMIN_UNIT|Phường Khương Đình⟧

73 | 27

⟦ADMIN_UNIT|Phường Kim Liên⟧

82 | 18

⟦ADMIN_UNIT|Phường Láng⟧

95 | 5

⟦ADMIN_UNIT|Phường Long Biên⟧

85 | 15

⟦ADMIN_UNIT|Phường Nghĩa Đô⟧

82 | 18

⟦ADMIN_UNIT|Phường Ngọc Hà⟧

94 | 6

⟦ADMIN_UNIT|Phường Ô Chợ Dừa⟧

94,5 | 5,5

⟦ADMIN_UNIT|Phường Phú Thượng⟧

72 | 28

⟦ADMIN_UNIT|Phường Phúc Lợi⟧

98,5 | 1,5

⟦ADMIN_UNIT|Phường Phương Liệt⟧

83 | 17

⟦ADMIN_UNIT|Phường Tây Hồ⟧

83 | 17

⟦ADMIN_UNIT|Phường Tây Mỗ⟧

90 | 10

⟦ADMIN_UNIT|Phường Thanh Xuân⟧

92 | 8

⟦ADMIN_UNIT|Phường Từ Liêm⟧

95,5 | 4,5

⟦ADMIN_UNIT|Phường Tương Mai⟧

69 | 31

⟦ADMIN_UNIT|Phường Việt Hưng⟧

92 | 8

⟦ADMIN_UNIT|Phường Vĩnh Tuy⟧

84 | 16

⟦ADMIN_UNIT|Phường Xuân Đỉnh⟧

94 | 6

⟦ADMIN_UNIT|Phường Xuân Phương⟧

90 | 10

⟦ADMIN_UNIT|Phường Yên Hòa⟧

98 | 2

Thu trên địa bàn các phường còn lại

68 | 32

2 | Thu từ khu vực kinh tế ngoài quốc doanh

2.1 | Thuế giá trị gia tăng (không bao gồm số thuế giá trị gia tăng được hoàn theo quy định của ⟦LEGAL_REF|Luật Thuế giá trị gia tăng⟧; thuế giá trị gia tăng: thu từ hoạt động xổ số, từ hoạt động thăm dò, khai thác dầu khí)

2.1.1 | Địa bàn các phường

⟦ADMIN_UNIT|Phường Ba Đình⟧ | 68 | 21 | 11

⟦ADMIN_UNIT|Phường Bạch Mai⟧ | 68 | 6 | 26

⟦ADMIN_UNIT|Phường Bồ Đề⟧ | 68 | 14 | 18

⟦ADMIN_UNIT|Phường Cầu Giấy⟧ | 68 | 28 | 4

⟦ADMIN_UNIT|Phường Cửa Nam⟧ | 68 | 31 | 1

⟦ADMIN_UNIT|Phường Đại Mỗ⟧ | 68 | 13 | 19

⟦ADMIN_UNIT|Phường Đống Đa⟧ | 68 | 28,5 | 3,5

⟦ADMIN_UNIT|Phường Dương Nội⟧ | 68 | 22 | 10

⟦ADMIN_UNIT|Phường Giảng Võ⟧ | 68 | 22 | 10

⟦ADMIN_UNIT|Phường Hà Đông⟧ | 68 | 13 | 19

⟦ADMIN_UNIT|Phường Hai Bà Trưng⟧ | 68 | 27 | 5

⟦ADMIN_UNIT|Phường Hoàn Kiếm⟧ | 68 | 28,5 | 3,5

⟦ADMIN_UNIT|Phường Hoàng Mai⟧ | 68 | 13 | 19

⟦ADMIN_UNIT|Phường Hồng Hà⟧ | 68 | 2 | 30

⟦ADMIN_UNIT|Phường Khương Đình⟧ | 68 | 5 | 27

⟦ADMIN_UNIT|Phường Kim Liên⟧ | 68 | 14 | 18

⟦ADMIN_UNIT|Phường Láng⟧ | 68 | 27 | 5

⟦ADMIN_UNIT|Phường Long Biên⟧ | 68 | 17 | 15

⟦ADMIN_UNIT|Phường Nghĩa Đô⟧ | 68 | 14 | 18

⟦ADMIN_UNIT|Phường Ngọc Hà⟧ | 68 | 26 | 6

⟦ADMIN_UNIT|Phường Ô Chợ Dừa⟧ | 68 | 26,5 | 5,5

⟦ADMIN_UNIT|Phường Phú Thượng⟧ | 68 | 4 | 28

⟦ADMIN_UNIT|Phường Phúc Lợi⟧ | 68 | 30,5 | 1,5

⟦ADMIN_UNIT|Phường Phương Liệt⟧ | 68 | 15 | 17

⟦ADMIN_UNIT|Phường Tây Hồ⟧ | 68 | 15 | 17

⟦ADMIN_UNIT|Phường Tây Mỗ⟧ | 68 | 22 | 10

⟦ADMIN_UNIT|Phường Thanh Xuân⟧ | 68 | 24 | 8

⟦ADMIN_UNIT|Phường Từ Liêm⟧ | 68 | 27,5 | 4,5

⟦ADMIN_UNIT|Phường Tương Mai⟧ | 68 | 1 | 31

⟦ADMIN_UNIT|Phường Việt Hưng⟧ | 68 | 24 | 8

⟦ADMIN_UNIT|Phường Vĩnh Tuy⟧ | 68 | 16 | 16

⟦ADMIN_UNIT|Phường Xuân Đỉnh⟧ | 68 | 26 | 6

⟦ADMIN_UNIT|Phường Xuân Phương⟧ | 68 | 22 | 10

⟦ADMIN_UNIT|Phường Yên Hòa⟧ | 68 | 30 | 2

2.1.2 | Địa bàn các xã

⟦ADMIN_UNIT|Xã Đông Anh⟧ | 68 | 1 | 31

⟦ADMIN_UNIT|Xã Gia Lâm⟧ | 68 | 28 | 4

⟦ADMIN_UNIT|Xã Hòa Lạc⟧ | 68 | 18 | 14

⟦ADMIN_UNIT|Xã Sơn Đồng⟧ | 68 | 5 | 27

2.1.3 | Thu trên địa bàn các xã, phường còn lại | 68 | 0 | 32

2.2 | Thuế thu nhập doanh nghiệp (không bao gồm thuế thu nhập doanh nghiệp từ hoạt động xổ số, từ hoạt động thăm dò, khai thác dầu, khí; thuế thu nhập doanh nghiệp bổ sung theo quy định chống xói mòn cơ sở thuế toàn cầu)

2.2.1 | Địa bàn các phường

⟦ADMIN_UNIT|Phường Ba Đình⟧ | 68 | 21 | 11

⟦ADMIN_UNIT|Phường Bạch Mai⟧ | 68 | 6 | 26

⟦ADMIN_UNIT|Phường Bồ Đề⟧ | 68 | 14 | 18

⟦ADMIN_UNIT|Phường Cầu Giấy⟧ | 68 | 28 | 4

⟦ADMIN_UNIT|Phường Cửa Nam⟧ | 68 | 31 | 1

⟦ADMIN_UNIT|Phường Đại Mỗ⟧ | 68 | 13 | 19

⟦ADMIN_UNIT|Phường Đống Đa⟧ | 68 | 28,5 | 3,5

⟦ADMIN_UNIT|Phường Dương Nội⟧ | 68 | 22 | 10

⟦ADMIN_UNIT|Phường Giảng Võ⟧ | 68 | 22 | 10

⟦ADMIN_UNIT|Phường Hà Đông⟧ | 68 | 13 | 19

⟦ADMIN_UNIT|Phường Hai Bà Trưng⟧ | 68 | 27 | 5

⟦ADMIN_UNIT|Phường Hoàn Kiếm⟧ | 68 | 28,5 | 3,5

⟦ADMIN_UNIT|Phường Hoàng Mai⟧ | 68 | 13 | 19

⟦ADMIN_UNIT|Phường Hồng Hà⟧ | 68 | 2 | 30

⟦ADMIN_UNIT|Phường Khương Đình⟧ | 68 | 5 | 27

⟦ADMIN_UNIT|Phường Kim Liên⟧ | 68 | 14 | 18

⟦ADMIN_UNIT|Phường Láng⟧ | 68 | 27 | 5

⟦ADMIN_UNIT|Phường Long Biên⟧ | 68 | 17 | 15

⟦ADMIN_UNIT|Phường Nghĩa Đô⟧ | 68 | 14 | 18

⟦ADMIN_UNIT|Phường Ngọc Hà⟧ | 68 | 26 | 6

⟦ADMIN_UNIT|Phường Ô Chợ Dừa⟧ | 68 | 26,5 | 5,5

⟦ADMIN_UNIT|Phường Phú Thượng⟧ | 68 | 4 | 28

⟦ADMIN_UNIT|Phường Phúc Lợi⟧ | 68 | 30,5 | 1,5

⟦ADMIN_UNIT|Phường Phương Liệt⟧ | 68 | 15 | 17

⟦ADMIN_UNIT|Phường Tây Hồ⟧ | 68 | 15 | 17

⟦ADMIN_UNIT|Phường Tây Mỗ⟧ | 68 | 22 | 10

⟦ADMIN_UNIT|Phường Thanh Xuân⟧ | 68 | 24 | 8

⟦ADMIN_UNIT|Phường Từ Liêm⟧ | 68 | 27,5 | 4,5

⟦ADMIN_UNIT|Phường Tương Mai⟧ | 68 | 1 | 31

⟦ADMIN_UNIT|Phường Việt Hưng⟧ | 68 | 24 | 8

⟦ADMIN_UNIT|Phường Vĩnh Tuy⟧ | 68 | 16 | 16

⟦ADMIN_UNIT|Phường Xuân Đỉnh⟧ | 68 | 26 | 6

⟦ADMIN_UNIT|Phường Xuân Phương⟧ | 68 | 22 | 10

⟦ADMIN_UNIT|Phường Yên Hòa⟧ | 68 | 30 | 2

2.2.2 | Địa bàn các xã

⟦ADMIN_UNIT|Xã Đông Anh⟧ | 68 | 1 | 31

⟦ADMIN_UNIT|Xã Gia Lâm⟧ | 68 | 28 | 4

⟦ADMIN_UNIT|Xã Hòa Lạc⟧ | 68 | 18 | 14

⟦ADMIN_UNIT|Xã Sơn Đồng⟧ | 68 | 5 | 27

2.2.3 | Thu trên địa bàn các xã, phường còn lại | 68 | 0 | 32

2.3 | Thuế tiêu thụ đặc biệt (không bao gồm thuế tiêu thụ đặc biệt hàng hóa nhập khẩu, thuế tiêu thụ đặc biệt từ hoạt động xổ số; khoản hoàn thuế tiêu thụ đặc biệt (nếu có));

2.3.1 | Địa bàn các phường

⟦ADMIN_UNIT|Phường Ba Đình⟧ | 68 | 21 | 11

⟦ADMIN_UNIT|Phường Bạch Mai⟧ | 68 | 6 | 26

⟦ADMIN_UNIT|Phường Bồ Đề⟧ | 68 | 14 | 18

⟦ADMIN_UNIT|Phường Cầu Giấy⟧ | 68 | 28 | 4

⟦ADMIN_UNIT|Phường Cửa Nam⟧ | 68 | 31 | 1

⟦ADMIN_UNIT|Phường Đại Mỗ⟧ | 68 | 13 | 19

⟦ADMIN_UNIT|Phường Đống Đa⟧ | 68 | 28,5 | 3,5

⟦ADMIN_UNIT|Phường Dương Nội⟧ | 68 | 22 | 10

⟦ADMIN_UNIT|Phường Giảng Võ⟧ | 68 | 22 | 10

⟦ADMIN_UNIT|Phường Hà Đông⟧ | 68 | 13 | 19

⟦ADMIN_UNIT|Phường Hai Bà Trưng⟧ | 68 | 27 | 5

⟦ADMIN_UNIT|Phường Hoàn Kiếm⟧ | 68 | 28,5 | 3,5

⟦ADMIN_UNIT|Phường Hoàng Mai⟧ | 68 | 13 | 19

⟦ADMIN_UNIT|Phường Hồng Hà⟧ | 68 | 2 | 30

⟦ADMIN_UNIT|Phường Khương Đình⟧ | 68 | 5 | 27

⟦ADMIN_UNIT|Phường Kim Liên⟧ | 68 | 14 | 18

⟦ADMIN_UNIT|Phường Láng⟧ | 68 | 27 | 5

⟦ADMIN_UNIT|Phường Long Biên⟧ | 68 | 17 | 15

⟦ADMIN_UNIT|Phường Nghĩa Đô⟧ | 68 | 14 | 18

⟦ADMIN_UNIT|Phường Ngọc Hà⟧ | 68 | 26 | 6

⟦ADMIN_UNIT|Phường Ô Chợ Dừa⟧ | 68 | 26,5 | 5,5

⟦ADMIN_UNIT|Phường Phú Thượng⟧ | 68 | 4 | 28

⟦ADMIN_UNIT|Phường Phúc Lợi⟧ | 68 | 30,5 | 1,5

⟦ADMIN_UNIT|Phường Phương Liệt⟧ | 68 | 15 | 17

⟦ADMIN_UNIT|Phường Tây Hồ⟧ | 68 | 15 | 17

=====RELATIONS=====
