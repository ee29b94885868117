doc: tnt305-tvpl__quyet-dinh-2830-qd-ubnd-dong-nai-2025
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-2830-qd-ubnd-dong-nai-2025.txt
span: 5481 8850
=====TEXT=====
16. ⟦q16:LEGAL_REF|Quyết định số 52/2002/QĐ-UB⟧ ⟦q16d:DATE|ngày 27 tháng 9 năm 2002⟧ của ⟦q16o:ORG|Ủy ban nhân dân tỉnh Bình Phước⟧ Thành lập ⟦ORG|trạm y tế xã Đồng Tiến⟧ trực thuộc ⟦q16c:ORG|Trung tâm y tế huyện Đồng Phú⟧ - ⟦q16u:ADMIN_UNIT|tỉnh Bình Phước⟧.

17. ⟦q17:LEGAL_REF|Quyết định số 53/2002/QĐ-UB⟧ ⟦q17d:DATE|ngày 27 tháng 9 năm 2002⟧ của ⟦q17o:ORG|Ủy ban nhân dân tỉnh Bình Phước⟧ Thành lập ⟦ORG|trạm y tế xã Tân Tiến⟧ trực thuộc ⟦q17c:ORG|Trung tâm y tế huyện Đồng Phú⟧ - ⟦q17u:ADMIN_UNIT|tỉnh Bình Phước⟧.

18. ⟦q18:LEGAL_REF|Quyết định số 54/2002/QĐ-UB⟧ ⟦q18d:DATE|ngày 27 tháng 9 năm 2002⟧ của ⟦q18o:ORG|Ủy ban nhân dân tỉnh Bình Phước⟧ Thành lập ⟦ORG|trạm y tế phường Tân Phú⟧ trực thuộc ⟦q18c:ORG|Trung tâm y tế thị xã Đồng Xoài⟧ - ⟦q18u:ADMIN_UNIT|tỉnh Bình Phước⟧.

19. ⟦q19:LEGAL_REF|Quyết định số 55/2002/QĐ-UB⟧ ⟦q19d:DATE|ngày 27 tháng 9 năm 2002⟧ của ⟦q19o:ORG|Ủy ban nhân dân tỉnh Bình Phước⟧ Thành lập ⟦ORG|trạm y tế xã Thuận Phú⟧ trực thuộc ⟦q19c:ORG|Trung tâm y tế huyện Đồng Phú⟧ - ⟦q19u:ADMIN_UNIT|tỉnh Bình Phước⟧.

20. ⟦q20:LEGAL_REF|Quyết định số 56/2002/QĐ-UB⟧ ⟦q20d:DATE|ngày 27 tháng 9 năm 2002⟧ của ⟦q20o:ORG|Ủy ban nhân dân tỉnh Bình Phước⟧ Thành lập ⟦ORG|trạm y tế xã Phước Sơn⟧ trực thuộc ⟦q20c:ORG|Trung tâm y tế huyện Bù Đăng⟧ - ⟦q20u:ADMIN_UNIT|tỉnh Bình Phước⟧.

21. ⟦q21:LEGAL_REF|Quyết định số 57/2002/QĐ-UB⟧ ⟦q21d:DATE|ngày 27 tháng 9 năm 2002⟧ của ⟦q21o:ORG|Ủy ban nhân dân tỉnh Bình Phước⟧ Thành lập ⟦ORG|trạm y tế quân dân y Tà Thiết tỉnh Bình Phước⟧.

22. ⟦q22:LEGAL_REF|Quyết định số 58/2002/QĐ-UB⟧ ⟦q22d:DATE|ngày 27 tháng 9 năm 2002⟧ của ⟦q22o:ORG|Ủy ban nhân dân tỉnh Bình Phước⟧ Thành lập ⟦ORG|trạm y tế xã Phú Nghĩa⟧ trực thuộc ⟦q22c:ORG|Trung tâm y tế huyện Phước Long⟧ - ⟦q22u:ADMIN_UNIT|tỉnh Bình Phước⟧.

23. ⟦q23:LEGAL_REF|Quyết định số 60/2002/QĐ-UB⟧ ⟦q23d:DATE|ngày 27 tháng 9 năm 2002⟧ của ⟦q23o:ORG|Ủy ban nhân dân tỉnh Bình Phước⟧ Thành lập ⟦ORG|trạm y tế xã Minh Thắng⟧ trực thuộc ⟦q23c:ORG|Trung tâm y tế huyện Bình Long⟧ - ⟦q23u:ADMIN_UNIT|tỉnh Bình Phước⟧.

24. ⟦q24:LEGAL_REF|Quyết định số 63/2002/QĐ-UB⟧ ⟦q24d:DATE|ngày 16 tháng 10 năm 2002⟧ của ⟦q24o:ORG|Ủy ban nhân dân tỉnh Bình Phước⟧ Tách ⟦ORG|phòng tổ chức - Hành chính⟧ thuộc ⟦ORG|Sở Y tế⟧ thành 02 phòng: ⟦ORG|Phòng Tổ chức - Cán bộ⟧ và ⟦ORG|Phòng Hành chính - Quản trị⟧.

25. ⟦q25:LEGAL_REF|Quyết định số 64/2002/QĐ-UB⟧ ⟦q25d:DATE|ngày 22 tháng 10 năm 2002⟧ của ⟦q25o:ORG|Ủy ban nhân dân tỉnh Bình Phước⟧ Thành lập ⟦ORG|Phòng khám đa khoa khu vực thị trấn Phước Bình⟧ trực thuộc ⟦q25c:ORG|trung tâm Y tế huyện Phước Long⟧, ⟦q25u:ADMIN_UNIT|tỉnh Bình Phước⟧.

26. ⟦q26:LEGAL_REF|Quyết định số 67/2002/QĐ-UB⟧ ⟦q26d:DATE|ngày 24 tháng 10 năm 2002⟧ của ⟦q26o:ORG|Ủy ban nhân dân tỉnh Bình Phước⟧ Thành lập ⟦ORG|Phòng khám đa khoa khu vực thị trấn Chơn Thành⟧ trực thuộc ⟦q26c:ORG|trung tâm Y tế huyện Bình Long⟧, ⟦q26u:ADMIN_UNIT|tỉnh Bình Phước⟧.

27. ⟦q27:LEGAL_REF|Quyết định số 69/2002/QĐ-UB⟧ ⟦q27d:DATE|ngày 24 tháng 10 năm 2002⟧ của ⟦q27o:ORG|Ủy ban nhân dân tỉnh Bình Phước⟧ Thành lập ⟦ORG|Phòng khám đa khoa khu vực Thanh Hoà⟧ trực thuộc ⟦q27c:ORG|trung tâm Y tế huyện Lộc Ninh⟧, ⟦q27u:ADMIN_UNIT|tỉnh Bình Phước⟧.

28. ⟦q28:LEGAL_REF|Quyết định số 43/2003/QĐ-UB⟧ ⟦q28d:DATE|ngày 08 tháng 5 năm 2003⟧ của ⟦q28o:ORG|Ủy ban nhân dân tỉnh Bình Phước⟧ Thành lập ⟦q28c:ORG|Trung tâm Y tế huyện Bù Đốp⟧, ⟦q28u:ADMIN_UNIT|tỉnh Bình Phước⟧.

29. ⟦q29:LEGAL_REF|Quyết định số 44/2003/QĐ-UB⟧ ⟦q29d:DATE|ngày 08 tháng 5 năm 2003⟧ của ⟦q29o:ORG|Ủy ban nhân dân tỉnh Bình Phước⟧ Thành lập ⟦q29c:ORG|Trung tâm Y tế huyện Chơn Thành⟧, ⟦q29u:ADMIN_UNIT|tỉnh Bình Phước⟧.

30. ⟦q30:LEGAL_REF|Quyết định số 74/2003/QĐ-UB⟧ ⟦q30d:DATE|ngày 11 tháng 8 năm 2003⟧ của ⟦q30o:ORG|Ủy ban nhân dân tỉnh Bình Phước⟧ Cho phép thành lập ⟦ORG|Hội Đông y huyện Bù Đốp tỉnh Bình Phước⟧.

31. ⟦q31:LEGAL_REF|Quyết định số 83/2003/QĐ-UB⟧ ⟦q31d:DATE|ngày 17 tháng 9 năm 2003⟧ của ⟦q31o:ORG|Ủy ban nhân dân tỉnh Bình Phước⟧ Cho phép thành lập ⟦ORG|Hội Đông y huyện Chơn Thành tỉnh Bình Phước⟧.

32. ⟦q32:LEGAL_REF|Quyết định số 67/2005/QĐ-UB⟧ ⟦q32d:DATE|ngày 20 tháng 7 năm 2005⟧ của ⟦q32o:ORG|Ủy ban nhân dân tỉnh Bình Phước⟧ Ban hành Quy định thực hiện khám, chữa bệnh cho trẻ em dưới 6 tuổi không phải trả tiền tại cơ sở y tế công lập.

33. ⟦q33:LEGAL_REF|Quyết định số 112/2005/QĐ-UB⟧ ⟦q33d:DATE|ngày 29 tháng 9 năm 2005⟧ của ⟦q33o:ORG|Ủy ban nhân dân tỉnh Bình Phước⟧ Ban hành Chương trình hành động thực hiện ⟦r33:LEGAL_REF|Nghị quyết số 46-NQ/TW⟧ của ⟦r33o:ORG|Bộ chính trị⟧ về công tác bảo vệ, chăm sóc sức khỏe nhân dân trong tình hình mới.
=====RELATIONS=====
q16 issued_on q16d
q16 issued_by q16o
q17 issued_on q17d
q17 issued_by q17o
q18 issued_on q18d
q18 issued_by q18o
q19 issued_on q19d
q19 issued_by q19o
q20 issued_on q20d
q20 issued_by q20o
q21 issued_on q21d
q21 issued_by q21o
q22 issued_on q22d
q22 issued_by q22o
q23 issued_on q23d
q23 issued_by q23o
q24 issued_on q24d
q24 issued_by q24o
q25 issued_on q25d
q25 issued_by q25o
q26 issued_on q26d
q26 issued_by q26o
q27 issued_on q27d
q27 issued_by q27o
q28 issued_on q28d
q28 issued_by q28o
q29 issued_on q29d
q29 issued_by q29o
q30 issued_on q30d
q30 issued_by q30o
q31 issued_on q31d
q31 issued_by q31o
q32 issued_on q32d
q32 issued_by q32o
q33 issued_on q33d
q33 issued_by q33o
q16c located_in q16u
q17c located_in q17u
q18c located_in q18u
q19c located_in q19u
q20c located_in q20u
q22c located_in q22u
q23c located_in q23u
q25c located_in q25u
q26c located_in q26u
q27c located_in q27u
q28c located_in q28u
q29c located_in q29u
r33 issued_by r33o
q33 implements r33
