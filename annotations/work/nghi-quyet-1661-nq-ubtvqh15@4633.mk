doc: tnt305-tvpl__nghi-quyet-1661-nq-ubtvqh15
source: ../shared/corpus/raw/tnt305-tvpl__nghi-quyet-1661-nq-ubtvqh15.txt
span: 4633 9428
=====TEXT=====

27. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các ⟦ADMIN_UNIT|xã Mường Đăng⟧, ⟦ADMIN_UNIT|Ngối Cáy⟧ và ⟦ADMIN_UNIT|Nà Tấu⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Nà Tấu⟧.

28. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các ⟦ADMIN_UNIT|xã Ẳng Tở⟧, ⟦ADMIN_UNIT|Chiềng Đông⟧ và ⟦ADMIN_UNIT|Búng Lao⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Búng Lao⟧.

29. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các ⟦ADMIN_UNIT|xã Nặm Lịch⟧, ⟦ADMIN_UNIT|Xuân Lao⟧ và ⟦ADMIN_UNIT|Mường Lạn⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Mường Lạn⟧.

30. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các ⟦ADMIN_UNIT|xã Nà Nhạn⟧, ⟦ADMIN_UNIT|Pá Khoang⟧ và ⟦ADMIN_UNIT|Mường Phăng⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Mường Phăng⟧.

31. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các ⟦ADMIN_UNIT|xã Hua Thanh⟧, ⟦ADMIN_UNIT|Thanh Luông⟧, ⟦ADMIN_UNIT|Thanh Hưng⟧, ⟦ADMIN_UNIT|Thanh Chăn⟧ và ⟦ADMIN_UNIT|Thanh Nưa⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Thanh Nưa⟧.

32. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các ⟦ADMIN_UNIT|xã Noong Hẹt⟧, ⟦ADMIN_UNIT|Sam Mứn⟧ và ⟦ADMIN_UNIT|Thanh An⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Thanh An⟧.

33. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các ⟦ADMIN_UNIT|xã Noong Luống⟧, ⟦ADMIN_UNIT|Pa Thơm⟧ và ⟦ADMIN_UNIT|Thanh Yên⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Thanh Yên⟧.

34. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|xã Pom Lót⟧ và ⟦ADMIN_UNIT|xã Na Ư⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Sam Mứn⟧.

35. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các ⟦ADMIN_UNIT|xã Hẹ Muông⟧, ⟦ADMIN_UNIT|Na Tông⟧ và ⟦ADMIN_UNIT|Núa Ngam⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Núa Ngam⟧.

36. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các ⟦ADMIN_UNIT|xã Mường Lói⟧, ⟦ADMIN_UNIT|Phu Luông⟧ và ⟦ADMIN_UNIT|Mường Nhà⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Mường Nhà⟧.

37. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|thị trấn Điện Biên Đông⟧, ⟦ADMIN_UNIT|xã Keo Lôm⟧ và ⟦ADMIN_UNIT|xã Na Son⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Na Son⟧.

38. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|xã Phì Nhừ⟧ và ⟦ADMIN_UNIT|xã Xa Dung⟧thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Xa Dung⟧.

39. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|xã Nong U⟧ và ⟦ADMIN_UNIT|xã Pu Nhi⟧thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Pu Nhi⟧.

40. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các ⟦ADMIN_UNIT|xã Chiềng Sơ⟧, ⟦ADMIN_UNIT|Luân Giói⟧ và ⟦ADMIN_UNIT|Mường Luân⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Mường Luân⟧.

41. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|xã Háng Lìa⟧ và ⟦ADMIN_UNIT|xã Tìa Dình⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Tìa Dình⟧.

42. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|xã Pú Hồng⟧ và ⟦ADMIN_UNIT|xã Phình Giàng⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Phình Giàng⟧.

43. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|phường Sông Đà⟧, ⟦ADMIN_UNIT|phường Na Lay⟧, ⟦ADMIN_UNIT|xã Lay Nưa⟧ và ⟦ADMIN_UNIT|xã Sá Tổng⟧thành phường mới có tên gọi là ⟦ADMIN_UNIT|phường Mường Lay⟧.

44. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các ⟦ADMIN_UNIT|phường Him Lam⟧, ⟦ADMIN_UNIT|Tân Thanh⟧, ⟦ADMIN_UNIT|Mường Thanh⟧, ⟦ADMIN_UNIT|Thanh Bình⟧, ⟦ADMIN_UNIT|Thanh Trường⟧ và ⟦ADMIN_UNIT|xã Thanh Minh⟧ thành phường mới có tên gọi là ⟦ADMIN_UNIT|phường Điện Biên Phủ⟧.

45. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|phường Noong Bua⟧, ⟦ADMIN_UNIT|phường Nam Thanh⟧ và ⟦ADMIN_UNIT|xã Thanh Xương⟧ thành phường mới có tên gọi là ⟦ADMIN_UNIT|phường Mường Thanh⟧.

46. Sau khi sắp xếp, ⟦ADMIN_UNIT|tỉnh Điện Biên⟧ có 45 đơn vị hành chính cấp xã, gồm 42 xã và 03 phường.

Điều 2. Hiệu lực thi hành

1. Nghị quyết này có hiệu lực thi hành từ ngày được thông qua.

2. Các cơ quan theo thẩm quyền khẩn trương thực hiện các công tác chuẩn bị cần thiết, bảo đảm để chính quyền địa phương ở các đơn vị hành chính cấp xã hình thành sau sắp xếp quy định tại Điều 1 của Nghị quyết này chính thức hoạt động từ ⟦DATE|ngày 01 tháng 7 năm 2025⟧.

3. Chính quyền địa phương ở đơn vị hành chính cấp xã trước sắp xếp tiếp tục hoạt động cho đến khi chính quyền địa phương ở đơn vị hành chính cấp xã hìnhthành sau sắp xếp chính thức hoạt động.

Điều 3. Tổ chức thực hiện

1. ⟦ORG|Chính phủ⟧, ⟦ORG|Hội đồng nhân dân⟧, ⟦ORG|Ủy ban nhân dân tỉnh Điện Biên⟧,chính quyền địa phương các đơn vị hành chính liên quan đến việc thực hiện sắp xếp và các cơ quan, tổ chức khác có liên quan có trách nhiệm tổ chức thi hành Nghị quyết này; sắp xếp, ổn định bộ máy các cơ quan, tổ chức ở địa phương; ổn định đời sống của Nhân dân địa phương, bảo đảm yêu cầu phát triển kinh tế - xã hội, quốc phòng và an ninh trên địa bàn.

2. Giao ⟦ORG|Chính phủ⟧, căn cứ vào Nghị quyết này và ⟦r1:LEGAL_REF|Đề án số 348/ĐA-CP⟧ ⟦d1:DATE|ngày 09 tháng 5 năm 2025⟧ của ⟦o1:ORG|Chính phủ⟧, tổ chức việc xác định chính xác diện tích tự nhiên của các đơn vị hành chính cấp xã và công bố công khai trước ⟦DATE|ngày 30 tháng 9 năm 2025⟧; đồng thời, khẩn trương triển khai công tác đo đạc, xác định phạm vi ranh giới của các đơn vị hành chính trên thực địa để lập hồ sơ về địa giới đơn vị hành chính theo quy định.

3. ⟦ORG|Hội đồng Dân tộc⟧, các Ủy ban của ⟦ORG|Quốc hội⟧, ⟦o2:ORG|Đoàn đại biểu Quốc hội⟧ và đại biểu ⟦ORG|Quốc hội⟧ ⟦a2:ADMIN_UNIT|tỉnh Điện Biên⟧, trong phạm vi nhiệm vụ, quyền hạn của mình, giám sát việc thực hiện Nghị quyết này.

Nghị quyết này được ⟦ORG|Ủy ban Thường vụ Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV⟧thông qua ⟦DATE|ngày 16 tháng 6 năm 2025⟧.

- ⟦ORG|Chính phủ⟧; - ⟦ORG|Ban Tổ chức Trung ương⟧; - ⟦ORG|Ủy ban TW Mặt trận Tổ quốc Việt Nam⟧; - ⟦ORG|Kiểm toán nhà nước⟧; - Các Bộ, cơ quan ngang Bộ, cơ quan thuộc ⟦ORG|CP⟧; - ⟦ORG|Cục Thống kê⟧, ⟦ORG|Bộ Tài chính⟧; - ⟦ORG|Tỉnh ủy⟧, ⟦ORG|HĐND⟧, ⟦ORG|UBND⟧, ⟦ORG|Đoàn ĐBQH⟧, ⟦ORG|Ủy ban MTTQVN tỉnh Điện Biên⟧; - Lưu: HC, PLTP.

=====RELATIONS=====
r1 issued_on d1
r1 issued_by o1
o2 located_in a2
