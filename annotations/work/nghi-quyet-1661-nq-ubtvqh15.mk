doc: tnt305-tvpl__nghi-quyet-1661-nq-ubtvqh15
source: ../shared/corpus/raw/tnt305-tvpl__nghi-quyet-1661-nq-ubtvqh15.txt
span: 1388 4632
=====TEXT=====
3. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|xã Huổi Lếch⟧ và ⟦ADMIN_UNIT|xã Mường Toong⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Mường Toong⟧.

4. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|xã Pá Mỳ⟧ và ⟦ADMIN_UNIT|xã Nậm Kè⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Nậm Kè⟧.

5. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|xã Na Cô Sa⟧ và ⟦ADMIN_UNIT|xã Quảng Lâm⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Quảng Lâm⟧.

6. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các ⟦ADMIN_UNIT|xã Nà Khoa⟧, ⟦ADMIN_UNIT|Nậm Nhừ⟧, ⟦ADMIN_UNIT|Nậm Chua⟧ và ⟦ADMIN_UNIT|Nà Hỳ⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Nà Hỳ⟧.

7. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các ⟦ADMIN_UNIT|xã Chà Cang⟧, ⟦ADMIN_UNIT|Chà Nưa⟧, ⟦ADMIN_UNIT|Nậm Tin⟧ và ⟦ADMIN_UNIT|Pa Tần⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Mường Chà⟧.

8. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|xã Vàng Đán⟧ và ⟦ADMIN_UNIT|xã Nà Bủng⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Nà Bủng⟧.

9. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|xã Nậm Khăn⟧ và ⟦ADMIN_UNIT|xã Chà Tở⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Chà Tở⟧.

10. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|xã Phìn Hồ⟧ và ⟦ADMIN_UNIT|xã Si Pa Phìn⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Si Pa Phìn⟧.

11. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|thị trấn Mường Chà⟧ và các ⟦ADMIN_UNIT|xã Ma Thì Hồ⟧, ⟦ADMIN_UNIT|Sa Lông⟧, ⟦ADMIN_UNIT|Na Sang⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Na Sang⟧.

12. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|xã Huổi Lèng⟧ và ⟦ADMIN_UNIT|xã Mường Tùng⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Mường Tùng⟧.

13. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|xã Hừa Ngài⟧ và ⟦ADMIN_UNIT|xã Pa Ham⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Pa Ham⟧.

14. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|xã Huổi Mí⟧ và ⟦ADMIN_UNIT|xã Nậm Nèn⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Nậm Nèn⟧.

15. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|xã Mường Mươn⟧ và ⟦ADMIN_UNIT|xã Mường Pồn⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Mường Pồn⟧.

16. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|thị trấn Tủa Chùa⟧, ⟦ADMIN_UNIT|xã Mường Báng⟧ và ⟦ADMIN_UNIT|xã Nà Tòng⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Tủa Chùa⟧.

17. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các ⟦ADMIN_UNIT|xã Tả Sìn Thàng⟧, ⟦ADMIN_UNIT|Lao Xả Phình⟧ và ⟦ADMIN_UNIT|Sín Chải⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Sín Chải⟧.

18. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các ⟦ADMIN_UNIT|xã Trung Thu⟧,⟦ADMIN_UNIT|Tả Phìn⟧ và ⟦ADMIN_UNIT|Sính Phình⟧thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Sính Phình⟧.

19. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|xã Huổi Só⟧ và ⟦ADMIN_UNIT|xã Tủa Thàng⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Tủa Thàng⟧.

20. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các ⟦ADMIN_UNIT|xã Xá Nhè⟧, ⟦ADMIN_UNIT|Mường Đun⟧ và ⟦ADMIN_UNIT|Phình Sáng⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Sáng Nhè⟧.

21. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|thị trấn Tuần Giáo⟧, ⟦ADMIN_UNIT|xã Quài Cang⟧ và ⟦ADMIN_UNIT|xã Quài Nưa⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Tuần Giáo⟧.

22. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các ⟦ADMIN_UNIT|xã Tỏa Tình⟧, ⟦ADMIN_UNIT|Tênh Phông⟧ và ⟦ADMIN_UNIT|Quài Tở⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Quài Tở⟧.

23. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các ⟦ADMIN_UNIT|xã Mùn Chung⟧, ⟦ADMIN_UNIT|Pú Xi⟧ và ⟦ADMIN_UNIT|Mường Mùn⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Mường Mùn⟧.

24. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các ⟦ADMIN_UNIT|xã Rạng Đông⟧, ⟦ADMIN_UNIT|Ta Ma⟧ và ⟦ADMIN_UNIT|Pú Nhung⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Pú Nhung⟧.

25. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các ⟦ADMIN_UNIT|xã Nà Sáy⟧, ⟦ADMIN_UNIT|Mường Thín⟧, ⟦ADMIN_UNIT|Mường Khong⟧ và ⟦ADMIN_UNIT|Chiềng Sinh⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Chiềng Sinh⟧.

26. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của ⟦ADMIN_UNIT|thị trấn Mường Ảng⟧, ⟦ADMIN_UNIT|xã Ẳng Nưa⟧ và ⟦ADMIN_UNIT|xã Ẳng Cang⟧ thành xã mới có tên gọi là ⟦ADMIN_UNIT|xã Mường Ảng⟧.
=====RELATIONS=====
