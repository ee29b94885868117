doc: tnt305-tvpl__quyet-dinh-299-qd-tandtc-2025
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-299-qd-tandtc-2025.txt
span: 4746 8033
=====TEXT=====
18 | ⟦r18o:ORG|TAND khu vực 2 - Nghệ An⟧ | ⟦r18p:ADMIN_UNIT|Nghệ An⟧ | ⟦r18Aa:ADMIN_UNIT|Xã Nghi Lộc⟧, ⟦r18Ab:ADMIN_UNIT|tỉnh Nghệ An⟧ | ⟦r18Ba:LOCATION|Nguyễn Xí⟧, ⟦r18Bb:ADMIN_UNIT|thôn Quán Hành⟧, ⟦r18Bc:ADMIN_UNIT|xã Nghi Lộc⟧, ⟦r18Bd:ADMIN_UNIT|tỉnh Nghệ An⟧ | ⟦r18Ca:ADMIN_UNIT|Xã Nghi Lộc⟧, ⟦r18Cb:ADMIN_UNIT|tỉnh Nghệ An⟧ | ⟦r18Da:ADMIN_UNIT|Tổ dân phố 6⟧, ⟦r18Db:ADMIN_UNIT|xã Nghi Lộc⟧, ⟦r18Dc:ADMIN_UNIT|tỉnh Nghệ An⟧

19 | ⟦r19o:ORG|TAND khu vực 3 - Nghệ An⟧ | ⟦r19p:ADMIN_UNIT|Nghệ An⟧ | ⟦r19Aa:ADMIN_UNIT|Xã Diễn Châu⟧, ⟦r19Ab:ADMIN_UNIT|tỉnh Nghệ An⟧ | ⟦r19Ba:ADMIN_UNIT|Khối 3⟧, ⟦r19Bb:ADMIN_UNIT|xã Diễn Châu⟧, ⟦r19Bc:ADMIN_UNIT|tỉnh Nghệ An⟧ | ⟦r19Ca:ADMIN_UNIT|Xã Diễn Châu⟧, ⟦r19Cb:ADMIN_UNIT|tỉnh Nghệ An⟧ | ⟦r19Da:ADMIN_UNIT|Thôn Tràng Thân⟧, ⟦r19Db:ADMIN_UNIT|xã Diễn Châu⟧, ⟦r19Dc:ADMIN_UNIT|tỉnh Nghệ An⟧

20 | ⟦r20o:ORG|TAND khu vực 6 - Nghệ An⟧ | ⟦r20p:ADMIN_UNIT|Nghệ An⟧ | ⟦r20Aa:ADMIN_UNIT|Xã Yên Thành⟧, ⟦r20Ab:ADMIN_UNIT|tỉnh Nghệ An⟧ | ⟦r20Ba:ADMIN_UNIT|Xã Yên Thành⟧, ⟦r20Bb:ADMIN_UNIT|tỉnh Nghệ An⟧ | ⟦r20Ca:ADMIN_UNIT|Xã Yên Thành⟧, ⟦r20Cb:ADMIN_UNIT|tỉnh Nghệ An⟧ | Số 7, ⟦r20Da:LOCATION|đường Vương Thức⟧, ⟦r20Db:ADMIN_UNIT|xóm Trung Đình⟧, ⟦r20Dc:ADMIN_UNIT|xã Yên Thành⟧, ⟦r20Dd:ADMIN_UNIT|tỉnh Nghệ An⟧

21 | ⟦r21o:ORG|TAND khu vực 9 - Nghệ An⟧ | ⟦r21p:ADMIN_UNIT|Nghệ An⟧ | ⟦r21Aa:ADMIN_UNIT|Xã Anh Sơn⟧, ⟦r21Ab:ADMIN_UNIT|tỉnh Nghệ An⟧ | ⟦r21Ba:ADMIN_UNIT|Tổ dân phố số 2⟧, ⟦r21Bb:ADMIN_UNIT|xã Anh Sơn⟧, ⟦r21Bc:ADMIN_UNIT|tỉnh Nghệ An⟧ | ⟦r21Ca:ADMIN_UNIT|Xã Anh Sơn⟧, ⟦r21Cb:ADMIN_UNIT|tỉnh Nghệ An⟧ | ⟦r21Da:ADMIN_UNIT|Thôn Kim Nhan 2⟧, ⟦r21Db:ADMIN_UNIT|xã Anh Sơn⟧, ⟦r21Dc:ADMIN_UNIT|tỉnh Nghệ An⟧

22 | ⟦r22o:ORG|TAND khu vực 10 - Nghệ An⟧ | ⟦r22p:ADMIN_UNIT|Nghệ An⟧ | ⟦r22Aa:ADMIN_UNIT|Xã Quỳ Châu⟧, ⟦r22Ab:ADMIN_UNIT|tỉnh Nghệ An⟧ | ⟦r22Ba:ADMIN_UNIT|Khối 2⟧, ⟦r22Bb:ADMIN_UNIT|xã Quỳ Châu⟧ , ⟦r22Bc:ADMIN_UNIT|tỉnh Nghệ An⟧ | ⟦r22Ca:ADMIN_UNIT|Xã Quỳ Châu⟧, ⟦r22Cb:ADMIN_UNIT|tỉnh Nghệ An⟧ | ⟦r22Da:ADMIN_UNIT|Bản Minh Tiến⟧, ⟦r22Db:ADMIN_UNIT|xã Quỳ Châu⟧, ⟦r22Dc:ADMIN_UNIT|tỉnh Nghệ An⟧

⟦ADMIN_UNIT|Tỉnh Ninh Bình⟧

23 | ⟦r23o:ORG|TAND khu vực 3 - Ninh Bình⟧ | ⟦r23p:ADMIN_UNIT|Ninh Bình⟧ | ⟦r23Aa:ADMIN_UNIT|Xã Nho Quan⟧, ⟦r23Ab:ADMIN_UNIT|tỉnh Ninh Bình⟧ | Số 12, ⟦r23Ba:LOCATION|Lương Văn Tụy⟧, ⟦r23Bb:ADMIN_UNIT|phố Phong Lạc⟧, ⟦r23Bc:ADMIN_UNIT|xã Nho Quan⟧, ⟦r23Bd:ADMIN_UNIT|tỉnh Ninh Bình⟧ | ⟦r23Ca:ADMIN_UNIT|Xã Nho Quan⟧, ⟦r23Cb:ADMIN_UNIT|tỉnh Ninh Bình⟧ | Số 12, ⟦r23Da:LOCATION|đường Lương Văn Tụy⟧, ⟦r23Db:ADMIN_UNIT|thôn Phong Lạc⟧, ⟦r23Dc:ADMIN_UNIT|xã Nho Quan⟧, ⟦r23Dd:ADMIN_UNIT|tỉnh Ninh Bình⟧

24 | ⟦r24o:ORG|TAND khu vực 5 - Ninh Bình⟧ | ⟦r24p:ADMIN_UNIT|Ninh Bình⟧ | ⟦r24Aa:ADMIN_UNIT|Phường Phủ Lý⟧, ⟦r24Ab:ADMIN_UNIT|tỉnh Ninh Bình⟧ | ⟦r24Ba:LOCATION|Giã Tượng⟧, ⟦r24Bb:ADMIN_UNIT|phường Phủ Lý⟧, ⟦r24Bc:ADMIN_UNIT|tỉnh Ninh Bình⟧ | ⟦r24Ca:ADMIN_UNIT|Phường Phủ Lý⟧, ⟦r24Cb:ADMIN_UNIT|tỉnh Ninh Bình⟧ | Số 161, ⟦r24Da:LOCATION|đường Trường Chinh⟧, ⟦r24Db:ADMIN_UNIT|phường Phủ Lý⟧, ⟦r24Dc:ADMIN_UNIT|tỉnh Ninh Bình⟧

25 | ⟦r25o:ORG|TAND khu vực 7 - Ninh Bình⟧ | ⟦r25p:ADMIN_UNIT|Ninh Bình⟧ | ⟦r25Aa:ADMIN_UNIT|Phường Nam Định⟧, ⟦r25Ab:ADMIN_UNIT|tỉnh Ninh Bình⟧ | Số 66, ⟦r25Ba:LOCATION|Đường Hoàng Sâm⟧, ⟦r25Bb:ADMIN_UNIT|phường Nam Định⟧, ⟦r25Bc:ADMIN_UNIT|tỉnh Ninh Bình⟧ | ⟦r25Ca:ADMIN_UNIT|Phường Đông A⟧, ⟦r25Cb:ADMIN_UNIT|tỉnh Ninh Bình⟧ | Km1, ⟦r25Da:LOCATION|đại lộ Thiên Trường⟧, ⟦r25Db:ADMIN_UNIT|phường Đông A⟧, ⟦r25Dc:ADMIN_UNIT|tỉnh Ninh Bình⟧

26 | ⟦r26o:ORG|TAND khu vực 8 - Ninh Bình⟧ | ⟦r26p:ADMIN_UNIT|Ninh Bình⟧ | ⟦r26Aa:ADMIN_UNIT|Xã Ý Yên⟧, ⟦r26Ab:ADMIN_UNIT|tỉnh Ninh Bình⟧ | ⟦r26Ba:LOCATION|Đường 57B⟧, ⟦r26Bb:ADMIN_UNIT|xã Ý Yên⟧, ⟦r26Bc:ADMIN_UNIT|tỉnh Ninh Bình⟧ | ⟦r26Ca:ADMIN_UNIT|Xã Ý Yên⟧, ⟦r26Cb:ADMIN_UNIT|tỉnh Ninh Bình⟧ | ⟦r26Da:LOCATION|Đường Tống Văn Trân⟧, ⟦r26Db:ADMIN_UNIT|xã Ý Yên⟧, ⟦r26Dc:ADMIN_UNIT|tỉnh Ninh Bình⟧

27 | ⟦r27o:ORG|TAND khu vực 10 - Ninh Bình⟧ | ⟦r27p:ADMIN_UNIT|Ninh Bình⟧ | ⟦r27Aa:ADMIN_UNIT|Xã Xuân Trường⟧, ⟦r27Ab:ADMIN_UNIT|tỉnh Ninh Bình⟧ | ⟦r27Ba:LOCATION|Trường Chinh⟧, ⟦r27Bb:ADMIN_UNIT|xã Xuân Trường⟧, ⟦r27Bc:ADMIN_UNIT|tỉnh Ninh Bình⟧ | ⟦r27Ca:ADMIN_UNIT|Xã Giao Thuỷ⟧, ⟦r27Cb:ADMIN_UNIT|tỉnh Ninh Bình⟧ | Số 245, ⟦r27Da:LOCATION|Trần Nhân Tông⟧, ⟦r27Db:ADMIN_UNIT|xã Giao Thuỷ⟧, ⟦r27Dc:ADMIN_UNIT|tỉnh Ninh Bình⟧

28 | ⟦r28o:ORG|TAND khu vực 11 - Ninh Bình⟧ | ⟦r28p:ADMIN_UNIT|Ninh Bình⟧ | ⟦r28Aa:ADMIN_UNIT|Xã Hải Hậu⟧, ⟦r28Ab:ADMIN_UNIT|tỉnh Ninh Bình⟧ | ⟦r28Ba:LOCATION|Quốc lộ 37B⟧, ⟦r28Bb:ADMIN_UNIT|xã Hải Hậu⟧, ⟦r28Bc:ADMIN_UNIT|tỉnh Ninh Bình⟧ | ⟦r28Ca:ADMIN_UNIT|Xã Hải Hậu⟧, ⟦r28Cb:ADMIN_UNIT|tỉnh Ninh Bình⟧ | ⟦r28Da:ADMIN_UNIT|Tổ dân phố số 5⟧, ⟦r28Db:ADMIN_UNIT|xã Hải Hậu⟧, ⟦r28Dc:ADMIN_UNIT|tỉnh Ninh Bình⟧

⟦ADMIN_UNIT|Tỉnh Phú Thọ⟧

29 | ⟦r29o:ORG|TAND khu vực 8 - Phú Thọ⟧ | ⟦r29p:ADMIN_UNIT|Phú Thọ⟧ | ⟦r29Aa:ADMIN_UNIT|Phường Phúc Yên⟧, ⟦r29Ab:ADMIN_UNIT|Tỉnh Phú Thọ⟧ | ⟦r29Ba:LOCATION|Bạch Đằng⟧, ⟦r29Bb:ADMIN_UNIT|tổ 7⟧, ⟦r29Bc:ADMIN_UNIT|phường Phúc Yên⟧, ⟦r29Bd:ADMIN_UNIT|tỉnh Phúc Thọ⟧ | ⟦r29Ca:ADMIN_UNIT|Phường Phúc Yên⟧, ⟦r29Cb:ADMIN_UNIT|Tỉnh Phú Thọ⟧ | Số 6, ⟦r29Da:LOCATION|đường Bạch Đằng⟧, ⟦r29Db:ADMIN_UNIT|phường Phúc Yên⟧, ⟦r29Dc:ADMIN_UNIT|tỉnh Phú Thọ⟧

30 | ⟦r30o:ORG|TAND khu vực 11 - Phú Thọ⟧ | ⟦r30p:ADMIN_UNIT|Phú Thọ⟧ | ⟦r30Aa:ADMIN_UNIT|Xã Lập Thạch⟧, ⟦r30Ab:ADMIN_UNIT|tỉnh Phú Thọ⟧ | ⟦r30Ba:ADMIN_UNIT|Tổ dân phố Vĩnh Thịnh⟧, ⟦r30Bb:ADMIN_UNIT|xã Lập Thạch⟧, ⟦r30Bc:ADMIN_UNIT|tỉnh Phú Thọ⟧ | ⟦r30Ca:ADMIN_UNIT|Xã Tam Sơn⟧, ⟦r30Cb:ADMIN_UNIT|tỉnh Phú Thọ⟧ | ⟦r30Da:LOCATION|Đường 307⟧, ⟦r30Db:ADMIN_UNIT|thôn Hưng Đạo⟧, ⟦r30Dc:ADMIN_UNIT|xã Tam Sơn⟧, ⟦r30Dd:ADMIN_UNIT|tỉnh Phú Thọ⟧

⟦ADMIN_UNIT|Tỉnh Quảng Trị⟧

31 | ⟦r31o:ORG|TAND khu vực 2 - Quảng Trị⟧ | ⟦r31p:ADMIN_UNIT|Quảng Trị⟧ | ⟦r31Aa:ADMIN_UNIT|Xã Tuyên Hóa⟧, ⟦r31Ab:ADMIN_UNIT|tỉnh Quảng Trị⟧ | Số 39, ⟦r31Ba:LOCATION|Lý Thường Kiệt⟧, ⟦r31Bb:ADMIN_UNIT|xã Tuyên Hóa⟧, ⟦r31Bc:ADMIN_UNIT|tỉnh Quảng Trị⟧ | ⟦r31Ca:ADMIN_UNIT|Xã Đồng Lê⟧, ⟦r31Cb:ADMIN_UNIT|tỉnh Quảng Trị⟧ | Số 31, ⟦r31Da:LOCATION|Lý Thường Kiệt⟧, ⟦r31Db:ADMIN_UNIT|xã Đồng Lê⟧, ⟦r31Dc:ADMIN_UNIT|tỉnh Quảng Trị⟧

32 | ⟦r32o:ORG|TAND khu vực 3 - Quảng Trị⟧ | ⟦r32p:ADMIN_UNIT|Quảng Trị⟧ | ⟦r32Aa:ADMIN_UNIT|Xã Quảng Trạch⟧, ⟦r32Ab:ADMIN_UNIT|tỉnh Quảng Trị⟧ | ⟦r32Ba:ADMIN_UNIT|Thôn Pháp Kệ⟧, ⟦r32Bb:ADMIN_UNIT|xã Quảng Trạch⟧, ⟦r32Bc:ADMIN_UNIT|tỉnh Quảng Trị⟧ | ⟦r32Ca:ADMIN_UNIT|Xã Quảng Trạch⟧, ⟦r32Cb:ADMIN_UNIT|tỉnh Quảng Trị⟧ | ⟦r32Da:ADMIN_UNIT|Thôn Pháp Kệ⟧, ⟦r32Db:ADMIN_UNIT|xã Quảng Trạch⟧, ⟦r32Dc:ADMIN_UNIT|tỉnh Quảng Trị⟧

33 | ⟦r33o:ORG|TAND khu vực 8 - Quảng Trị⟧ | ⟦r33p:ADMIN_UNIT|Quảng Trị⟧ | ⟦r33Aa:ADMIN_UNIT|Xã Vĩnh Linh⟧, ⟦r33Ab:ADMIN_UNIT|tỉnh Quảng Trị⟧ | ⟦r33Ba:LOCATION|Trần Hưng Đạo⟧, ⟦r33Bb:ADMIN_UNIT|xã Vĩnh Linh⟧, ⟦r33Bc:ADMIN_UNIT|tỉnh Quảng Trị⟧ | ⟦r33Ca:ADMIN_UNIT|Xã Vĩnh Linh⟧, ⟦r33Cb:ADMIN_UNIT|tỉnh Quảng Trị⟧ | Số 65, ⟦r33Da:LOCATION|Trần Hưng Đạo⟧, ⟦r33Db:ADMIN_UNIT|xã Vĩnh Linh⟧, ⟦r33Dc:ADMIN_UNIT|tỉnh Quảng Trị⟧
=====RELATIONS=====
r18o located_in r18p
r18Aa located_in r18Ab
r18o located_in r18Aa
r18Ba located_in r18Bb
r18Bb located_in r18Bc
r18Bc located_in r18Bd
r18Ca located_in r18Cb
r18o located_in r18Ca
r18Da located_in r18Db
r18Db located_in r18Dc
r19o located_in r19p
r19Aa located_in r19Ab
r19o located_in r19Aa
r19Ba located_in r19Bb
r19Bb located_in r19Bc
r19Ca located_in r19Cb
r19o located_in r19Ca
r19Da located_in r19Db
r19Db located_in r19Dc
r20o located_in r20p
r20Aa located_in r20Ab
r20o located_in r20Aa
r20Ba located_in r20Bb
r20Ca located_in r20Cb
r20o located_in r20Ca
r20Da located_in r20Db
r20Db located_in r20Dc
r20Dc located_in r20Dd
r21o located_in r21p
r21Aa located_in r21Ab
r21o located_in r21Aa
r21Ba located_in r21Bb
r21Bb located_in r21Bc
r21Ca located_in r21Cb
r21o located_in r21Ca
r21Da located_in r21Db
r21Db located_in r21Dc
r22o located_in r22p
r22Aa located_in r22Ab
r22o located_in r22Aa
r22Ba located_in r22Bb
r22Bb located_in r22Bc
r22Ca located_in r22Cb
r22o located_in r22Ca
r22Da located_in r22Db
r22Db located_in r22Dc
r23o located_in r23p
r23Aa located_in r23Ab
r23o located_in r23Aa
r23Ba located_in r23Bb
r23Bb located_in r23Bc
r23Bc located_in r23Bd
r23Ca located_in r23Cb
r23o located_in r23Ca
r23Da located_in r23Db
r23Db located_in r23Dc
r23Dc located_in r23Dd
r24o located_in r24p
r24Aa located_in r24Ab
r24o located_in r24Aa
r24Ba located_in r24Bb
r24Bb located_in r24Bc
r24Ca located_in r24Cb
r24o located_in r24Ca
r24Da located_in r24Db
r24Db located_in r24Dc
r25o located_in r25p
r25Aa located_in r25Ab
r25o located_in r25Aa
r25Ba located_in r25Bb
r25Bb located_in r25Bc
r25Ca located_in r25Cb
r25o located_in r25Ca
r25Da located_in r25Db
r25Db located_in r25Dc
r26o located_in r26p
r26Aa located_in r26Ab
r26o located_in r26Aa
r26Ba located_in r26Bb
r26Bb located_in r26Bc
r26Ca located_in r26Cb
r26o located_in r26Ca
r26Da located_in r26Db
r26Db located_in r26Dc
r27o located_in r27p
r27Aa located_in r27Ab
r27o located_in r27Aa
r27Ba located_in r27Bb
r27Bb located_in r27Bc
r27Ca located_in r27Cb
r27o located_in r27Ca
r27Da located_in r27Db
r27Db located_in r27Dc
r28o located_in r28p
r28Aa located_in r28Ab
r28o located_in r28Aa
r28Ba located_in r28Bb
r28Bb located_in r28Bc
r28Ca located_in r28Cb
r28o located_in r28Ca
r28Da located_in r28Db
r28Db located_in r28Dc
r29o located_in r29p
r29Aa located_in r29Ab
r29o located_in r29Aa
r29Ba located_in r29Bb
r29Bb located_in r29Bc
r29Bc located_in r29Bd
r29Ca located_in r29Cb
r29o located_in r29Ca
r29Da located_in r29Db
r29Db located_in r29Dc
r30o located_in r30p
r30Aa located_in r30Ab
r30o located_in r30Aa
r30Ba located_in r30Bb
r30Bb located_in r30Bc
r30Ca located_in r30Cb
r30o located_in r30Ca
r30Da located_in r30Db
r30Db located_in r30Dc
r30Dc located_in r30Dd
r31o located_in r31p
r31Aa located_in r31Ab
r31o located_in r31Aa
r31Ba located_in r31Bb
r31Bb located_in r31Bc
r31Ca located_in r31Cb
r31o located_in r31Ca
r31Da located_in r31Db
r31Db located_in r31Dc
r32o located_in r32p
r32Aa located_in r32Ab
r32o located_in r32Aa
r32Ba located_in r32Bb
r32Bb located_in r32Bc
r32Ca located_in r32Cb
r32o located_in r32Ca
r32Da located_in r32Db
r32Db located_in r32Dc
r33o located_in r33p
r33Aa located_in r33Ab
r33o located_in r33Aa
r33Ba located_in r33Bb
r33Bb located_in r33Bc
r33Ca located_in r33Cb
r33o located_in r33Ca
r33Da located_in r33Db
r33Db located_in r33Dc
