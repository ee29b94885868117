doc: tnt305-tvpl__quyet-dinh-299-qd-tandtc-2025
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-299-qd-tandtc-2025.txt
span: 8050 13045
=====TEXT=====

34 | ⟦r34o:ORG|TAND khu vực 5 - Thanh Hoá⟧ | ⟦r34p:ADMIN_UNIT|Thanh Hoá⟧ | ⟦r34Aa:ADMIN_UNIT|Xã Hậu Lộc⟧, ⟦r34Ab:ADMIN_UNIT|tỉnh Thanh Hoá⟧ | ⟦r34Ba:ADMIN_UNIT|Xã Hậu Lộc⟧, ⟦r34Bb:ADMIN_UNIT|tỉnh Thanh Hoá⟧ | ⟦r34Ca:ADMIN_UNIT|Xã Hậu Lộc⟧, ⟦r34Cb:ADMIN_UNIT|tỉnh Thanh Hoá⟧ | Số 483, ⟦r34Da:LOCATION|đường Bà Triệu⟧, ⟦r34Db:ADMIN_UNIT|thôn Trung Tâm⟧, ⟦r34Dc:ADMIN_UNIT|xã Hậu Lộc⟧, ⟦r34Dd:ADMIN_UNIT|tỉnh Thanh Hóa⟧

35 | ⟦r35o:ORG|TAND khu vực 7 - Thanh Hoá⟧ | ⟦r35p:ADMIN_UNIT|Thanh Hoá⟧ | ⟦r35Aa:ADMIN_UNIT|Xã Vĩnh Lộc⟧, ⟦r35Ab:ADMIN_UNIT|tỉnh Thanh Hoá⟧ | Số 141, ⟦r35Ba:LOCATION|Trịnh Khả⟧, ⟦r35Bb:ADMIN_UNIT|xã Vĩnh lộc⟧, ⟦r35Bc:ADMIN_UNIT|tỉnh Thanh hoá⟧ | ⟦r35Ca:ADMIN_UNIT|Xã Vĩnh Lộc⟧, ⟦r35Cb:ADMIN_UNIT|tỉnh Thanh Hóa⟧ | Số 32, ⟦r35Da:LOCATION|đường Trịnh Khả⟧, ⟦r35Db:ADMIN_UNIT|khu phố Giáng⟧, ⟦r35Dc:ADMIN_UNIT|xã Vĩnh Lộc⟧, ⟦r35Dd:ADMIN_UNIT|tỉnh Thanh Hóa⟧

36 | ⟦r36o:ORG|TAND khu vực 8 - Thanh Hoá⟧ | ⟦r36p:ADMIN_UNIT|Thanh Hóa⟧ | ⟦r36Aa:ADMIN_UNIT|Xã Thọ Xuân⟧ , ⟦r36Ab:ADMIN_UNIT|tỉnh Thanh Hoá⟧ | ⟦r36Ba:ADMIN_UNIT|Xã Thọ Xuân⟧ , ⟦r36Bb:ADMIN_UNIT|tỉnh Thanh Hoá⟧ | ⟦r36Ca:ADMIN_UNIT|Xã Thọ Xuân⟧, ⟦r36Cb:ADMIN_UNIT|tỉnh Thanh Hóa⟧ | Số 152, ⟦r36Da:LOCATION|đường Lê Lợi⟧, ⟦r36Db:ADMIN_UNIT|thôn Xuân Khang⟧, ⟦r36Dc:ADMIN_UNIT|xã Thọ Xuân⟧, ⟦r36Dd:ADMIN_UNIT|tỉnh Thanh Hóa⟧

37 | ⟦r37o:ORG|TAND khu vực 9 - Thanh Hoá⟧ | ⟦r37p:ADMIN_UNIT|Thanh Hoá⟧ | ⟦r37Aa:ADMIN_UNIT|Phường Tĩnh Gia⟧, ⟦r37Ab:ADMIN_UNIT|tỉnh Thanh Hoá⟧ | ⟦r37Ba:LOCATION|Lê Thế Sơn⟧, ⟦r37Bb:ADMIN_UNIT|tiểu khu 5⟧, ⟦r37Bc:ADMIN_UNIT|phường Tĩnh Gia⟧, ⟦r37Bd:ADMIN_UNIT|tỉnh Thanh Hoá⟧ | ⟦r37Ca:ADMIN_UNIT|Phường Tĩnh Gia⟧, ⟦r37Cb:ADMIN_UNIT|tỉnh Thanh Hoá⟧ | ⟦r37Da:LOCATION|Đường Trịnh Tuệ⟧, ⟦r37Db:ADMIN_UNIT|TDP Đông Tiến⟧, ⟦r37Dc:ADMIN_UNIT|phường Tĩnh Gia⟧, ⟦r37Dd:ADMIN_UNIT|tỉnh Thanh Hóa⟧

38 | ⟦r38o:ORG|TAND khu vực 10 - Thanh Hóa⟧ | ⟦r38p:ADMIN_UNIT|Thanh Hoá⟧ | ⟦r38Aa:ADMIN_UNIT|Xã Thường Xuân⟧, ⟦r38Ab:ADMIN_UNIT|tỉnh Thanh Hoá⟧ | Số 233, ⟦r38Ba:LOCATION|Lê Lợi⟧, ⟦r38Bb:ADMIN_UNIT|xã Thường Xuân⟧, ⟦r38Bc:ADMIN_UNIT|tỉnh Thanh Hoá⟧ | ⟦r38Ca:ADMIN_UNIT|Xã Thường Xuân⟧, ⟦r38Cb:ADMIN_UNIT|tỉnh Thanh Hóa⟧ | ⟦r38Da:ADMIN_UNIT|Thôn Thống Nhất 2⟧, ⟦r38Db:ADMIN_UNIT|xã Thường Xuân⟧, ⟦r38Dc:ADMIN_UNIT|tỉnh Thanh Hóa⟧

39 | ⟦r39o:ORG|TAND khu vực 11 - Thanh Hoá⟧ | ⟦r39p:ADMIN_UNIT|Thanh Hoá⟧ | ⟦r39Aa:ADMIN_UNIT|Xã Quan Sơn⟧, ⟦r39Ab:ADMIN_UNIT|tỉnh Thanh Hoá⟧ | Số 01, ⟦r39Ba:LOCATION|ngõ 193⟧, ⟦r39Bb:LOCATION|Lê Thái Tố⟧, ⟦r39Bc:ADMIN_UNIT|xã Quan Sơn⟧, ⟦r39Bd:ADMIN_UNIT|Thanh Hoá⟧ | ⟦r39Ca:ADMIN_UNIT|Xã Linh Sơn⟧, ⟦r39Cb:ADMIN_UNIT|tỉnh Thanh Hóa⟧ | ⟦r39Da:ADMIN_UNIT|Thôn Nguyễn Trãi⟧, ⟦r39Db:ADMIN_UNIT|xã Linh Sơn⟧, ⟦r39Dc:ADMIN_UNIT|tỉnh Thanh Hóa⟧

⟦ADMIN_UNIT|Tỉnh Cần Thơ⟧

40 | ⟦r40o:ORG|TAND Khu vực 6 - Cần Thơ⟧ | ⟦r40p:ADMIN_UNIT|Cần Thơ⟧ | ⟦r40Aa:ADMIN_UNIT|Xã Phú Tân⟧, ⟦r40Ab:ADMIN_UNIT|thành phố Cần Thơ⟧ | ⟦r40Ba:ADMIN_UNIT|Ấp Trà Quýt A⟧, ⟦r40Bb:ADMIN_UNIT|xã Phú Tân⟧, ⟦r40Bc:ADMIN_UNIT|TP. Cần Thơ⟧ | ⟦r40Ca:ADMIN_UNIT|Xã Phú Tâm⟧, ⟦r40Cb:ADMIN_UNIT|thành phố Cần Thơ⟧ | ⟦r40Da:ADMIN_UNIT|Ấp Trà Quýt A⟧, ⟦r40Db:ADMIN_UNIT|xã Phú Tâm⟧, ⟦r40Dc:ADMIN_UNIT|TP. Cần Thơ⟧

41 | ⟦r41o:ORG|TAND Khu vực 7 - Cần Thơ⟧ | ⟦r41p:ADMIN_UNIT|Cần Thơ⟧ | ⟦r41Aa:ADMIN_UNIT|Phường Ngã Năm⟧, ⟦r41Ab:ADMIN_UNIT|thành phố Cần Thơ⟧ | ⟦r41Ba:ADMIN_UNIT|Phường Ngã Năm⟧, ⟦r41Bb:ADMIN_UNIT|TP. Cần Thơ⟧ | ⟦r41Ca:ADMIN_UNIT|Phường Ngã Năm⟧, ⟦r41Cb:ADMIN_UNIT|thành phố Cần Thơ⟧ | Số 08, ⟦r41Da:LOCATION|đường Phạm Văn Đồng⟧, ⟦r41Db:ADMIN_UNIT|khóm 3⟧, ⟦r41Dc:ADMIN_UNIT|phường Ngã Năm⟧, ⟦r41Dd:ADMIN_UNIT|TP. Cần Thơ⟧

42 | ⟦r42o:ORG|TAND Khu vực 11 - Cần Thơ⟧ | ⟦r42p:ADMIN_UNIT|Cần Thơ⟧ | ⟦r42Aa:ADMIN_UNIT|Phường Vị Thanh⟧, ⟦r42Ab:ADMIN_UNIT|thành phố Cần Thơ⟧ | Số 151, ⟦r42Ba:LOCATION|Trần Ngọc Quế⟧, ⟦r42Bb:ADMIN_UNIT|phường Vị Thanh⟧, ⟦r42Bc:ADMIN_UNIT|TP. Cần Thơ⟧ | ⟦r42Ca:ADMIN_UNIT|Phường Vị Tân⟧, ⟦r42Cb:ADMIN_UNIT|thành phố Cần Thơ⟧ | Số 11A, ⟦r42Da:LOCATION|đường Võ Văn Kiệt⟧, ⟦r42Db:ADMIN_UNIT|phường Vị Tân⟧, ⟦r42Dc:ADMIN_UNIT|TP Cần Thơ⟧

⟦ADMIN_UNIT|Thành phố Hải Phòng⟧

43 | ⟦r43o:ORG|TAND khu vực 6 - Hải Phòng⟧ | ⟦r43p:ADMIN_UNIT|Hải Phòng⟧ | ⟦r43Aa:ADMIN_UNIT|Xã Kiến Thụy⟧, ⟦r43Ab:ADMIN_UNIT|thành phố Hải Phòng⟧ | ⟦r43Ba:ADMIN_UNIT|Khu Thọ Xuân⟧, ⟦r43Bb:ADMIN_UNIT|xã Kiến Thụy⟧, ⟦r43Bc:ADMIN_UNIT|TP. Hải Phòng⟧ | ⟦r43Ca:ADMIN_UNIT|Phường Trần Hưng Đạo⟧, ⟦r43Cb:ADMIN_UNIT|TP. Hải Phòng⟧ | ⟦r43Da:LOCATION|Đường Mạc Đăng Doanh⟧, ⟦r43Db:ADMIN_UNIT|phường Trần Hưng Đạo⟧, ⟦r43Dc:ADMIN_UNIT|TP. Hải Phòng⟧

⟦ADMIN_UNIT|Thành phố Hồ Chí Minh⟧

44 | ⟦r44o:ORG|TAND khu vực 1 - TP Hồ Chí Minh⟧ | ⟦r44p:ADMIN_UNIT|TP Hồ Chí Minh⟧ | ⟦r44Aa:ADMIN_UNIT|Phường Sài Gòn⟧, ⟦r44Ab:ADMIN_UNIT|Thành phố Hồ Chí Minh⟧ | Số 6, ⟦r44Ba:LOCATION|Lý Tự Trọng⟧, ⟦r44Bb:ADMIN_UNIT|Phường Sài Gòn⟧, ⟦r44Bc:ADMIN_UNIT|TP. Hồ Chí Minh⟧ | ⟦r44Ca:ADMIN_UNIT|Phường Sài Gòn⟧, ⟦r44Cb:ADMIN_UNIT|Thành phố Hồ Chí Minh⟧ | Số 4-6, ⟦r44Da:LOCATION|Lý Tự Trọng⟧, ⟦r44Db:ADMIN_UNIT|Phường Sài Gòn⟧, ⟦r44Dc:ADMIN_UNIT|TP. Hồ Chí Minh⟧

45 | ⟦r45o:ORG|TAND khu vực 2 - TP Hồ Chí Minh⟧ | ⟦r45p:ADMIN_UNIT|TP Hồ Chí Minh⟧ | ⟦r45Aa:ADMIN_UNIT|Phường Thủ Đức⟧, ⟦r45Ab:ADMIN_UNIT|Thành phố Hồ Chí Minh⟧ | Số 1400, ⟦r45Ba:LOCATION|Đồng Văn Cống⟧, ⟦r45Bb:ADMIN_UNIT|phường Thủ Đức⟧, ⟦r45Bc:ADMIN_UNIT|TP. Hồ Chí Minh⟧ | ⟦r45Ca:ADMIN_UNIT|Phường Cát Lái⟧, ⟦r45Cb:ADMIN_UNIT|Thành phố Hồ Chí Minh⟧ | Số 1400, ⟦r45Da:LOCATION|Đồng Văn Cống⟧, ⟦r45Db:ADMIN_UNIT|phường Cát Lái⟧, ⟦r45Dc:ADMIN_UNIT|TP. Hồ Chí Minh⟧

46 | ⟦r46o:ORG|TAND khu vực 6 - TP Hồ Chí Minh⟧ | ⟦r46p:ADMIN_UNIT|TP Hồ Chí Minh⟧ | ⟦r46Aa:ADMIN_UNIT|Xã Nhà Bè⟧, ⟦r46Ab:ADMIN_UNIT|Thành phố Hồ Chí Minh⟧ | Số 424A, ⟦r46Ba:LOCATION|Nguyễn Bình⟧, ⟦r46Bb:ADMIN_UNIT|ấp 3⟧, ⟦r46Bc:ADMIN_UNIT|xã Nhà Bè⟧, ⟦r46Bd:ADMIN_UNIT|TP. Hồ Chí Minh⟧ | ⟦r46Ca:ADMIN_UNIT|Xã Nhà Bè⟧, ⟦r46Cb:ADMIN_UNIT|Thành phố Hồ Chí Minh⟧ | Số 424A, ⟦r46Da:LOCATION|Nguyễn Bình⟧, ⟦r46Db:ADMIN_UNIT|ấp 46⟧, ⟦r46Dc:ADMIN_UNIT|xã Nhà Bè⟧, ⟦r46Dd:ADMIN_UNIT|TP. Hồ Chí Minh⟧

47 | ⟦r47o:ORG|TAND khu vực 13 - TP Hồ Chí Minh⟧ | ⟦r47p:ADMIN_UNIT|TP Hồ Chí Minh⟧ | ⟦r47Aa:ADMIN_UNIT|Xã Long Điền⟧, ⟦r47Ab:ADMIN_UNIT|Thành phố Hồ Chí Minh⟧ | ⟦r47Ba:LOCATION|Quốc lộ 55⟧, ⟦r47Bb:ADMIN_UNIT|khu phố Long Sơn⟧, ⟦r47Bc:ADMIN_UNIT|xã Long Điền⟧, ⟦r47Bd:ADMIN_UNIT|TP. Hồ Chí Minh⟧ | ⟦r47Ca:ADMIN_UNIT|Xã Long Điền⟧, ⟦r47Cb:ADMIN_UNIT|Thành phố Hồ Chí Minh⟧ | Số 1944, ⟦r47Da:LOCATION|Quốc lộ 55⟧, ⟦r47Db:ADMIN_UNIT|xã Long Điền⟧, ⟦r47Dc:ADMIN_UNIT|TP. Hồ Chí Minh⟧

48 | ⟦r48o:ORG|TAND khu vực 14 - TP Hồ Chí Minh⟧ | ⟦r48p:ADMIN_UNIT|TP Hồ Chí Minh⟧ | ⟦r48Aa:ADMIN_UNIT|Xã Ngãi Giao⟧, ⟦r48Ab:ADMIN_UNIT|Thành phố Hồ Chí Minh⟧ | Số 367, ⟦r48Ba:LOCATION|Hùng Vương⟧, ⟦r48Bb:ADMIN_UNIT|xã Ngãi Giao⟧, ⟦r48Bc:ADMIN_UNIT|TP. Hồ Chí Minh⟧ | ⟦r48Ca:ADMIN_UNIT|Xã Ngãi Giao⟧, ⟦r48Cb:ADMIN_UNIT|Thành phố Hồ Chí Minh⟧ | ⟦r48Da:ADMIN_UNIT|Xã Ngãi Giao⟧, ⟦r48Db:ADMIN_UNIT|TP. Hồ Chí Minh⟧

49 | ⟦r49o:ORG|TAND khu vực 17 - TP Hồ Chí Minh⟧ | ⟦r49p:ADMIN_UNIT|TP Hồ Chí Minh⟧ | ⟦r49Aa:ADMIN_UNIT|Phường Tân Uyên⟧, ⟦r49Ab:ADMIN_UNIT|Thành phố Hồ Chí Minh⟧ | ⟦r49Ba:LOCATION|Đường ĐT 747⟧, ⟦r49Bb:ADMIN_UNIT|phường Tân Uyên⟧, ⟦r49Bc:ADMIN_UNIT|TP. Hồ Chí Minh⟧ | ⟦r49Ca:ADMIN_UNIT|Phường Tân Uyên⟧, ⟦r49Cb:ADMIN_UNIT|Thành phố Hồ Chí Minh⟧ | ⟦r49Da:LOCATION|Đường ĐT 747⟧, ⟦r49Db:ADMIN_UNIT|Khu phố Uyên Hưng 1⟧, ⟦r49Dc:ADMIN_UNIT|phường Tân Uyên⟧, ⟦r49Dd:ADMIN_UNIT|TP. Hồ Chí Minh⟧

50 | ⟦r50o:ORG|TAND khu vực 19 - TP Hồ Chí Minh⟧ | ⟦r50p:ADMIN_UNIT|TP Hồ Chí Minh⟧ | ⟦r50Aa:ADMIN_UNIT|Xã Bàu Bàng⟧, ⟦r50Ab:ADMIN_UNIT|Thành phố Hồ Chí Minh⟧ | ⟦r50Ba:LOCATION|Đường N5⟧, ⟦r50Bb:ADMIN_UNIT|xã Bàu Bàng⟧, ⟦r50Bc:ADMIN_UNIT|TP. Hồ Chí Minh⟧. | ⟦r50Ca:ADMIN_UNIT|Xã Bàu Bàng⟧, ⟦r50Cb:ADMIN_UNIT|Thành phố Hồ Chí Minh⟧ | ⟦r50Da:LOCATION|Đường D5-5A⟧, ⟦r50Db:ADMIN_UNIT|ấp Đồng Sổ⟧, ⟦r50Dc:ADMIN_UNIT|xã Bàu Bàng⟧, ⟦r50Dd:ADMIN_UNIT|TP. Hồ Chí Minh⟧.

⟦ADMIN_UNIT|Thành phố Hà Nội⟧

51 | ⟦r51o:ORG|TAND Thành phố Hà Nội⟧ | ⟦r51p:ADMIN_UNIT|TP Hà Nội⟧ | ⟦r51Aa:ADMIN_UNIT|Phường Hoàng Liệt⟧, ⟦r51Ab:ADMIN_UNIT|thành phố Hà Nội⟧ | Số 1, ⟦r51Ba:LOCATION|Phạm Tu⟧, ⟦r51Bb:ADMIN_UNIT|phường Hoàng Liệt⟧, ⟦r51Bc:ADMIN_UNIT|TP. Hà Nội⟧ | ⟦r51Ca:ADMIN_UNIT|Phường Định Công⟧, ⟦r51Cb:ADMIN_UNIT|Thành phố Hà Nội⟧ | số 1, ⟦r51Da:LOCATION|Phạm Tu⟧, ⟦r51Db:ADMIN_UNIT|phường Định Công⟧, ⟦r51Dc:ADMIN_UNIT|TP. Hà Nội⟧

⟦ADMIN_UNIT|Tỉnh Vĩnh Long⟧

52 | ⟦r52o:ORG|TAND khu vực 1 - Vĩnh Long⟧ | ⟦r52p:ADMIN_UNIT|Vĩnh Long⟧ | ⟦r52Aa:ADMIN_UNIT|Phường Thanh Đức⟧, ⟦r52Ab:ADMIN_UNIT|tỉnh Vĩnh Long⟧ | ⟦r52Ba:ADMIN_UNIT|Phường Thanh Đức⟧, ⟦r52Bb:ADMIN_UNIT|tỉnh Vĩnh Long⟧ | ⟦r52Ca:ADMIN_UNIT|Phường Thanh Đức⟧, ⟦r52Cb:ADMIN_UNIT|tỉnh Vĩnh Long⟧ | Số 268B ⟦r52Da:LOCATION|đường 14/9⟧, ⟦r52Db:ADMIN_UNIT|phường Thanh Đức⟧, ⟦r52Dc:ADMIN_UNIT|tỉnh Vĩnh Long⟧

53 | ⟦r53o:ORG|TAND khu vực 2 - Vĩnh Long⟧ | ⟦r53p:ADMIN_UNIT|Vĩnh Long⟧ | ⟦r53Aa:ADMIN_UNIT|Xã Tam Bình⟧, ⟦r53Ab:ADMIN_UNIT|tỉnh Vĩnh Long⟧. | ⟦r53Ba:LOCATION|Đường Phan Văn Đáng⟧, ⟦r53Bb:ADMIN_UNIT|khóm 1⟧, ⟦r53Bc:ADMIN_UNIT|xã Tam Bình⟧, ⟦r53Bd:ADMIN_UNIT|tỉnh Vĩnh Long⟧ | ⟦r53Ca:ADMIN_UNIT|Xã Tam Bình⟧, ⟦r53Cb:ADMIN_UNIT|tỉnh Vĩnh Long⟧ | ⟦r53Da:ADMIN_UNIT|Ấp 1⟧, ⟦r53Db:ADMIN_UNIT|xã Tam Bình⟧, ⟦r53Dc:ADMIN_UNIT|tỉnh Vĩnh Long⟧

54 | ⟦r54o:ORG|TAND khu vực 3 - Vĩnh Long⟧ | ⟦r54p:ADMIN_UNIT|Vĩnh Long⟧ | ⟦r54Aa:ADMIN_UNIT|Phường Bình Minh⟧, ⟦r54Ab:ADMIN_UNIT|tỉnh Vĩnh Long⟧ | ⟦r54Ba:LOCATION|Đường Nguyễn Văn Thảnh⟧, ⟦r54Bb:ADMIN_UNIT|khóm 5⟧, ⟦r54Bc:ADMIN_UNIT|phường Bình Minh⟧, ⟦r54Bd:ADMIN_UNIT|tỉnh Vĩnh Long⟧ | ⟦r54Ca:ADMIN_UNIT|Phường Bình Minh⟧, ⟦r54Cb:ADMIN_UNIT|tỉnh Vĩnh Long⟧ | ⟦r54Da:ADMIN_UNIT|Tổ 10⟧, ⟦r54Db:ADMIN_UNIT|khóm 1⟧, ⟦r54Dc:ADMIN_UNIT|phường Bình Minh⟧, ⟦r54Dd:ADMIN_UNIT|tỉnh Vĩnh Long⟧

55 | ⟦r55o:ORG|TAND khu vực 4 - Vĩnh Long⟧ | ⟦r55p:ADMIN_UNIT|Vĩnh Long⟧ | ⟦r55Aa:ADMIN_UNIT|Xã Trung Thành⟧, ⟦r55Ab:ADMIN_UNIT|tỉnh Vĩnh Long⟧ | Số 154, ⟦r55Ba:LOCATION|Nam Kỳ Khởi Nghĩa⟧, ⟦r55Bb:ADMIN_UNIT|khóm 2⟧, ⟦r55Bc:ADMIN_UNIT|xã Trung Thành⟧, ⟦r55Bd:ADMIN_UNIT|tỉnh Vĩnh Long⟧ | ⟦r55Ca:ADMIN_UNIT|Xã Trung Thành⟧, ⟦r55Cb:ADMIN_UNIT|tỉnh Vĩnh Long⟧ | Số 154, ⟦r55Da:LOCATION|Nam Kỳ Khởi Nghĩa⟧, ⟦r55Db:ADMIN_UNIT|ấp 2⟧, ⟦r55Dc:ADMIN_UNIT|xã Trung Thành⟧, ⟦r55Dd:ADMIN_UNIT|tỉnh Vĩnh Long⟧

=====RELATIONS=====
r34o located_in r34p
r34Aa located_in r34Ab
r34o located_in r34Aa
r34Ba located_in r34Bb
r34Ca located_in r34Cb
r34o located_in r34Ca
r34Da located_in r34Db
r34Db located_in r34Dc
r34Dc located_in r34Dd
r35o located_in r35p
r35Aa located_in r35Ab
r35o located_in r35Aa
r35Ba located_in r35Bb
r35Bb located_in r35Bc
r35Ca located_in r35Cb
r35o located_in r35Ca
r35Da located_in r35Db
r35Db located_in r35Dc
r35Dc located_in r35Dd
r36o located_in r36p
r36Aa located_in r36Ab
r36o located_in r36Aa
r36Ba located_in r36Bb
r36Ca located_in r36Cb
r36o located_in r36Ca
r36Da located_in r36Db
r36Db located_in r36Dc
r36Dc located_in r36Dd
r37o located_in r37p
r37Aa located_in r37Ab
r37o located_in r37Aa
r37Ba located_in r37Bb
r37Bb located_in r37Bc
r37Bc located_in r37Bd
r37Ca located_in r37Cb
r37o located_in r37Ca
r37Da located_in r37Db
r37Db located_in r37Dc
r37Dc located_in r37Dd
r38o located_in r38p
r38Aa located_in r38Ab
r38o located_in r38Aa
r38Ba located_in r38Bb
r38Bb located_in r38Bc
r38Ca located_in r38Cb
r38o located_in r38Ca
r38Da located_in r38Db
r38Db located_in r38Dc
r39o located_in r39p
r39Aa located_in r39Ab
r39o located_in r39Aa
r39Ba located_in r39Bc
r39Bb located_in r39Bc
r39Bc located_in r39Bd
r39Ca located_in r39Cb
r39o located_in r39Ca
r39Da located_in r39Db
r39Db located_in r39Dc
r40o located_in r40p
r40Aa located_in r40Ab
r40o located_in r40Aa
r40Ba located_in r40Bb
r40Bb located_in r40Bc
r40Ca located_in r40Cb
r40o located_in r40Ca
r40Da located_in r40Db
r40Db located_in r40Dc
r41o located_in r41p
r41Aa located_in r41Ab
r41o located_in r41Aa
r41Ba located_in r41Bb
r41Ca located_in r41Cb
r41o located_in r41Ca
r41Da located_in r41Db
r41Db located_in r41Dc
r41Dc located_in r41Dd
r42o located_in r42p
r42Aa located_in r42Ab
r42o located_in r42Aa
r42Ba located_in r42Bb
r42Bb located_in r42Bc
r42Ca located_in r42Cb
r42o located_in r42Ca
r42Da located_in r42Db
r42Db located_in r42Dc
r43o located_in r43p
r43Aa located_in r43Ab
r43o located_in r43Aa
r43Ba located_in r43Bb
r43Bb located_in r43Bc
r43Ca located_in r43Cb
r43o located_in r43Ca
r43Da located_in r43Db
r43Db located_in r43Dc
r44o located_in r44p
r44Aa located_in r44Ab
r44o located_in r44Aa
r44Ba located_in r44Bb
r44Bb located_in r44Bc
r44Ca located_in r44Cb
r44o located_in r44Ca
r44Da located_in r44Db
r44Db located_in r44Dc
r45o located_in r45p
r45Aa located_in r45Ab
r45o located_in r45Aa
r45Ba located_in r45Bb
r45Bb located_in r45Bc
r45Ca located_in r45Cb
r45o located_in r45Ca
r45Da located_in r45Db
r45Db located_in r45Dc
r46o located_in r46p
r46Aa located_in r46Ab
r46o located_in r46Aa
r46Ba located_in r46Bb
r46Bb located_in r46Bc
r46Bc located_in r46Bd
r46Ca located_in r46Cb
r46o located_in r46Ca
r46Da located_in r46Db
r46Db located_in r46Dc
r46Dc located_in r46Dd
r47o located_in r47p
r47Aa located_in r47Ab
r47o located_in r47Aa
r47Ba located_in r47Bb
r47Bb located_in r47Bc
r47Bc located_in r47Bd
r47Ca located_in r47Cb
r47o located_in r47Ca
r47Da located_in r47Db
r47Db located_in r47Dc
r48o located_in r48p
r48Aa located_in r48Ab
r48o located_in r48Aa
r48Ba located_in r48Bb
r48Bb located_in r48Bc
r48Ca located_in r48Cb
r48o located_in r48Ca
r48Da located_in r48Db
r49o located_in r49p
r49Aa located_in r49Ab
r49o located_in r49Aa
r49Ba located_in r49Bb
r49Bb located_in r49Bc
r49Ca located_in r49Cb
r49o located_in r49Ca
r49Da located_in r49Db
r49Db located_in r49Dc
r49Dc located_in r49Dd
r50o located_in r50p
r50Aa located_in r50Ab
r50o located_in r50Aa
r50Ba located_in r50Bb
r50Bb located_in r50Bc
r50Ca located_in r50Cb
r50o located_in r50Ca
r50Da located_in r50Db
r50Db located_in r50Dc
r50Dc located_in r50Dd
r51o located_in r51p
r51Aa located_in r51Ab
r51o located_in r51Aa
r51Ba located_in r51Bb
r51Bb located_in r51Bc
r51Ca located_in r51Cb
r51o located_in r51Ca
r51Da located_in r51Db
r51Db located_in r51Dc
r52o located_in r52p
r52Aa located_in r52Ab
r52o located_in r52Aa
r52Ba located_in r52Bb
r52Ca located_in r52Cb
r52o located_in r52Ca
r52Da located_in r52Db
r52Db located_in r52Dc
r53o located_in r53p
r53Aa located_in r53Ab
r53o located_in r53Aa
r53Ba located_in r53Bb
r53Bb located_in r53Bc
r53Bc located_in r53Bd
r53Ca located_in r53Cb
r53o located_in r53Ca
r53Da located_in r53Db
r53Db located_in r53Dc
r54o located_in r54p
r54Aa located_in r54Ab
r54o located_in r54Aa
r54Ba located_in r54Bb
r54Bb located_in r54Bc
r54Bc located_in r54Bd
r54Ca located_in r54Cb
r54o located_in r54Ca
r54Da located_in r54Db
r54Db located_in r54Dc
r54Dc located_in r54Dd
r55o located_in r55p
r55Aa located_in r55Ab
r55o located_in r55Aa
r55Ba located_in r55Bb
r55Bb located_in r55Bc
r55Bc located_in r55Bd
r55Ca located_in r55Cb
r55o located_in r55Ca
r55Da located_in r55Db
r55Db located_in r55Dc
r55Dc located_in r55Dd
