doc: tnt305-tvpl__nghi-quyet-1655-nq-ubtvqh15
source: ../shared/corpus/raw/tnt305-tvpl__nghi-quyet-1655-nq-ubtvqh15.txt
span: 8633 12453
=====TEXT=====
42. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|xã An Trạch A⟧ và ⟦ADMIN_UNIT|xã An Trạch⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã An Trạch⟧.

43. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|xã Điền Hải⟧ và ⟦ADMIN_UNIT|xã Long Điền⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Long Điền⟧.

44. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|xã Long Điền Đông⟧ và ⟦ADMIN_UNIT|xã Long Điền Đông A⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Đông Hải⟧.

45. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|thị trấn Hòa Bình⟧, ⟦ADMIN_UNIT|xã Vĩnh Mỹ A⟧ và ⟦ADMIN_UNIT|xã Long Thạnh⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Hoà Bình⟧.

46. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các ⟦ADMIN_UNIT|xã Minh Diệu⟧, ⟦ADMIN_UNIT|Vĩnh Bình⟧ và ⟦ADMIN_UNIT|Vĩnh Mỹ B⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Vĩnh Mỹ⟧.

47. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các ⟦ADMIN_UNIT|xã Vĩnh Thịnh⟧, ⟦ADMIN_UNIT|Vĩnh Hậu A⟧ và ⟦ADMIN_UNIT|Vĩnh Hậu⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Vĩnh Hậu⟧.

48. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|thị trấn Phước Long⟧ và ⟦ADMIN_UNIT|xã Vĩnh Phú Đông⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Phước Long⟧.

49. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|xã Phước Long⟧ và ⟦ADMIN_UNIT|xã Vĩnh Phú Tây⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Vĩnh Phước⟧.

50. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|xã Phong Thạnh Tây A⟧ và ⟦ADMIN_UNIT|xã Phong Thạnh Tây B⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Phong Hiệp⟧.

51. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|xã Hưng Phú⟧ và ⟦ADMIN_UNIT|xã Vĩnh Thanh⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Vĩnh Thanh⟧.

52. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|thị trấn Châu Hưng⟧ và ⟦ADMIN_UNIT|xã Châu Hưng A⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Vĩnh Lợi⟧.

53. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|xã Hưng Thành⟧ và ⟦ADMIN_UNIT|xã Hưng Hội⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Hưng Hội⟧.

54. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các ⟦ADMIN_UNIT|xã Vĩnh Hưng⟧, ⟦ADMIN_UNIT|Vĩnh Hưng A⟧ và ⟦ADMIN_UNIT|Châu Thới⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Châu Thới⟧.

55. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦u55a:ADMIN_UNIT|Phường 1⟧, ⟦u55b:ADMIN_UNIT|Phường 2⟧, ⟦u55c:ADMIN_UNIT|Phường 7⟧ và ⟦u55d:ADMIN_UNIT|Phường 8⟧ (⟦u55t:ADMIN_UNIT|thành phố Bạc Liêu⟧), ⟦ADMIN_UNIT|Phường 3⟧ thành phường mới có tên gọi là ⟦ADMIN_UNIT|phường Bạc Liêu⟧.

56. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦u56a:ADMIN_UNIT|Phường 5⟧ (⟦u56t:ADMIN_UNIT|thành phố Bạc Liêu⟧) và ⟦ADMIN_UNIT|xã Vĩnh Trạch⟧ thành phường mới có tên gọi là ⟦ADMIN_UNIT|phường Vĩnh Trạch⟧.

57. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|phường Nhà Mát⟧, ⟦ADMIN_UNIT|xã Vĩnh Trạch Đông⟧ và ⟦ADMIN_UNIT|xã Hiệp Thành⟧ thành phường mới có tên gọi là ⟦ADMIN_UNIT|phường Hiệp Thành⟧.

58. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦u58a:ADMIN_UNIT|Phường 1⟧ (⟦u58t:ADMIN_UNIT|thị xã Giá Rai⟧), ⟦ADMIN_UNIT|phường Hộ Phòng⟧, ⟦ADMIN_UNIT|xã Phong Thạnh⟧ và ⟦ADMIN_UNIT|xã Phong Thạnh A⟧ thành phường mới có tên gọi là ⟦ADMIN_UNIT|phường Giá Rai⟧.

59. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|phường Láng Tròn⟧, ⟦ADMIN_UNIT|xã Phong Tân⟧ và ⟦ADMIN_UNIT|xã Phong Thạnh Đông⟧ thành phường mới có tên gọi là ⟦ADMIN_UNIT|phường Láng Tròn⟧.

60. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦u60a:ADMIN_UNIT|Phường 1⟧ và ⟦u60b:ADMIN_UNIT|Phường 2⟧ (⟦u60t:ADMIN_UNIT|thành phố Cà Mau⟧), ⟦ADMIN_UNIT|Phường 9⟧, ⟦ADMIN_UNIT|phường Tân Xuyên⟧, ⟦ADMIN_UNIT|xã An Xuyên⟧ thành phường mới có tên gọi là ⟦ADMIN_UNIT|phường An Xuyên⟧.

61. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦u61a:ADMIN_UNIT|Phường 8⟧ (⟦u61t:ADMIN_UNIT|thành phố Cà Mau⟧), ⟦ADMIN_UNIT|xã Lý Văn Lâm⟧ và phần còn lại của ⟦ADMIN_UNIT|xã Lợi An⟧ sau khi sắp xếp theo quy định tại khoản 19, khoản 31 Điều này thành phường mới có tên gọi là ⟦ADMIN_UNIT|phường Lý Văn Lâm⟧.

62. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦u62a:ADMIN_UNIT|Phường 5⟧ (⟦u62t:ADMIN_UNIT|thành phố Cà Mau⟧), ⟦ADMIN_UNIT|phường Tân Thành⟧, ⟦ADMIN_UNIT|xã Tân Thành⟧, một phần diện tích tự nhiên, quy mô dân số của ⟦u62b:ADMIN_UNIT|Phường 7⟧ (⟦u62s:ADMIN_UNIT|thành phố Cà Mau⟧), ⟦ADMIN_UNIT|Phường 6⟧, ⟦ADMIN_UNIT|xã Định Bình⟧ và ⟦ADMIN_UNIT|xã Tắc Vân⟧ thành phường mới có tên gọi là ⟦ADMIN_UNIT|phường Tân Thành⟧.

63. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|xã Hòa Tân⟧, ⟦ADMIN_UNIT|xã Hòa Thành⟧, phần còn lại của ⟦u63a:ADMIN_UNIT|Phường 7⟧ (⟦u63t:ADMIN_UNIT|thành phố Cà Mau⟧), ⟦ADMIN_UNIT|Phường 6⟧, ⟦ADMIN_UNIT|xã Định Bình⟧ và ⟦ADMIN_UNIT|xã Tắc Vân⟧ sau khi sắp xếp theo quy định tại khoản 62 Điều này thành phường mới có tên gọi là ⟦ADMIN_UNIT|phường Hoà Thành⟧.

64. Sau khi sắp xếp, ⟦u64t:ADMIN_UNIT|tỉnh Cà Mau⟧ có 64 đơn vị hành chính cấp xã, gồm 55 xã và 09 phường; trong đó có 54 xã, 09 phường hình thành sau sắp xếp quy định tại Điều này và 01 xã không thực hiện sắp xếp là ⟦u64a:ADMIN_UNIT|xã Hồ Thị Kỷ⟧.
=====RELATIONS=====
u55a located_in u55t
u55b located_in u55t
u55c located_in u55t
u55d located_in u55t
u56a located_in u56t
u58a located_in u58t
u60a located_in u60t
u60b located_in u60t
u61a located_in u61t
u62a located_in u62t
u62b located_in u62s
u63a located_in u63t
u64a located_in u64t
