doc: tnt305-tvpl__nghi-quyet-1655-nq-ubtvqh15
source: ../shared/corpus/raw/tnt305-tvpl__nghi-quyet-1655-nq-ubtvqh15.txt
span: 3673 8632
=====TEXT=====

14. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|xã Tam Giang Tây⟧ và ⟦ADMIN_UNIT|xã Tân Ân Tây⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Tân Ân⟧.

15. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|xã Khánh Bình Đông⟧ và ⟦ADMIN_UNIT|xã Khánh Bình⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Khánh Bình⟧.

16. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦u16a:ADMIN_UNIT|xã Khánh Bình Tây⟧ (bao gồm ⟦l16:LOCATION|Hòn Đá Bạc⟧), ⟦ADMIN_UNIT|xã Khánh Bình Tây Bắc⟧ và một phần diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|xã Trần Hợi⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Đá Bạc⟧.

17. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|xã Khánh Hải⟧ và ⟦ADMIN_UNIT|xã Khánh Hưng⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Khánh Hưng⟧.

18. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦u18a:ADMIN_UNIT|thị trấn Sông Đốc⟧ (bao gồm ⟦l18:LOCATION|cụm đảo Hòn Chuối⟧) và một phần diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|xã Phong Điền⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Sông Đốc⟧.

19. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|thị trấn Trần Văn Thời⟧, ⟦ADMIN_UNIT|xã Khánh Lộc⟧, ⟦ADMIN_UNIT|xã Phong Lạc⟧, một phần diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|xã Lợi An⟧, phần còn lại của ⟦ADMIN_UNIT|xã Trần Hợi⟧ sau khi sắp xếp theo quy định tại khoản 16 Điều này và phần còn lại của ⟦ADMIN_UNIT|xã Phong Điền⟧ sau khi sắp xếp theo quy định tại khoản 18 Điều này thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Trần Văn Thời⟧.

20. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|thị trấn Thới Bình⟧ và ⟦ADMIN_UNIT|xã Thới Bình⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Thới Bình⟧.

21. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các ⟦ADMIN_UNIT|xã Trí Lực⟧, ⟦ADMIN_UNIT|Tân Phú⟧ và ⟦ADMIN_UNIT|Trí Phải⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Trí Phải⟧.

22. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các ⟦ADMIN_UNIT|xã Tân Lộc Bắc⟧, ⟦ADMIN_UNIT|Tân Lộc Đông⟧ và ⟦ADMIN_UNIT|Tân Lộc⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Tân Lộc⟧.

23. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các ⟦ADMIN_UNIT|xã Tân Bằng⟧, ⟦ADMIN_UNIT|Biển Bạch Đông⟧ và ⟦ADMIN_UNIT|Biển Bạch⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Biển Bạch⟧.

24. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|xã Lâm Hải⟧, ⟦ADMIN_UNIT|xã Đất Mới⟧, một phần diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|thị trấn Năm Căn⟧ và ⟦ADMIN_UNIT|xã Hàm Rồng⟧, phần còn lại của ⟦ADMIN_UNIT|xã Viên An⟧ sau khi sắp xếp theo quy định tại khoản 13 Điều này thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Đất Mới⟧.

25. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|xã Hàng Vịnh⟧, phần còn lại của ⟦ADMIN_UNIT|thị trấn Năm Căn⟧ và ⟦ADMIN_UNIT|xã Hàm Rồng⟧ sau khi sắp xếp theo quy định tại khoản 24 Điều này thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Năm Căn⟧.

26. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các ⟦ADMIN_UNIT|xã Hiệp Tùng⟧, ⟦ADMIN_UNIT|Tam Giang Đông⟧ và ⟦ADMIN_UNIT|Tam Giang⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Tam Giang⟧.

27. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|thị trấn Cái Đôi Vàm⟧ và ⟦ADMIN_UNIT|xã Nguyễn Việt Khái⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Cái Đôi Vàm⟧.

28. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các ⟦ADMIN_UNIT|xã Tân Hưng Tây⟧, ⟦ADMIN_UNIT|Rạch Chèo⟧ và ⟦ADMIN_UNIT|Việt Thắng⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Nguyễn Việt Khái⟧.

29. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|xã Tân Hải⟧ và ⟦ADMIN_UNIT|xã Phú Tân⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Phú Tân⟧.

30. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|xã Phú Thuận⟧, ⟦ADMIN_UNIT|xã Phú Mỹ⟧ và một phần diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|xã Hòa Mỹ⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Phú Mỹ⟧.

31. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các ⟦ADMIN_UNIT|xã Thạnh Phú⟧, ⟦ADMIN_UNIT|Phú Hưng⟧, ⟦ADMIN_UNIT|Lương Thế Trân⟧ và một phần diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|xã Lợi An⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Lương Thế Trân⟧.

32. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|xã Tân Hưng⟧ và một phần diện tích tự nhiên, quy mô dân số của các ⟦ADMIN_UNIT|xã Đông Hưng⟧, ⟦ADMIN_UNIT|Đông Thới⟧, ⟦ADMIN_UNIT|Hòa Mỹ⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Tân Hưng⟧.

33. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|xã Hưng Mỹ⟧, một phần diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|xã Tân Hưng Đông⟧ và phần còn lại của ⟦ADMIN_UNIT|xã Hòa Mỹ⟧ sau khi sắp xếp theo quy định tại khoản 30, khoản 32 Điều này thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Hưng Mỹ⟧.

34. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|thị trấn Cái Nước⟧, ⟦ADMIN_UNIT|xã Trần Thới⟧, phần còn lại của xã ⟦ADMIN_UNIT|xã Đông Hưng⟧ và ⟦ADMIN_UNIT|Đông Thới⟧ sau khi sắp xếp theo quy định tại khoản 32 Điều này và phần còn lại của ⟦ADMIN_UNIT|xã Tân Hưng Đông⟧ sau khi sắp xếp theo quy định tại khoản 33 Điều này thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Cái Nước⟧.

35. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các ⟦ADMIN_UNIT|xã Tân Thạnh⟧, ⟦ADMIN_UNIT|Phong Thạnh Tây⟧ và ⟦ADMIN_UNIT|Tân Phong⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Phong Thạnh⟧.

36. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|thị trấn Ngan Dừa⟧, ⟦ADMIN_UNIT|xã Lộc Ninh⟧ và ⟦ADMIN_UNIT|xã Ninh Hòa⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Hồng Dân⟧.

37. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|xã Vĩnh Lộc A⟧ và ⟦ADMIN_UNIT|xã Vĩnh Lộc⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Vĩnh Lộc⟧.

38. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|xã Ninh Thạnh Lợi A⟧ và ⟦ADMIN_UNIT|xã Ninh Thạnh Lợi⟧ thành ⟦ADMIN_UNIT|xã Ninh Thạnh Lợi⟧.

39. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|xã Ninh Quới A⟧ và ⟦ADMIN_UNIT|xã Ninh Quới⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Ninh Quới⟧.

40. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|thị trấn Gành Hào⟧ và ⟦ADMIN_UNIT|xã Long Điền Tây⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Gành Hào⟧.

41. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các ⟦ADMIN_UNIT|xã An Phúc⟧, ⟦ADMIN_UNIT|Định Thành A⟧ và ⟦ADMIN_UNIT|Định Thành⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Định Thành⟧.

=====RELATIONS=====
l16 located_in u16a
l18 located_in u18a
