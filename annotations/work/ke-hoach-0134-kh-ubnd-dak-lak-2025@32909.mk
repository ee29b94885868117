doc: tnt305-tvpl__ke-hoach-0134-kh-ubnd-dak-lak-2025
source: ../shared/corpus/raw/tnt305-tvpl__ke-hoach-0134-kh-ubnd-dak-lak-2025.txt
span: 32909 37906
=====TEXT=====

2 | Quan trắc môi trường đột xuất | 53.290.297

2.1 | Vùng nuôi tôm hùm lồng bè (theo đơn giá Đơn giá quan trắc và phân tích chất lượng nước biển của ⟦q1:LEGAL_REF|Quyết định số 66/2018/QĐ-UBND⟧ ⟦q1d:DATE|ngày 28/12/2018⟧) | 24.082.830

- | Nhiệt độ nước (Quan trắc ngoài hiện trường) | 10 đợt/năm

10 | 95.614 | 956.140 | STT 6, PL 6, ⟦LEGAL_REF|QĐ 66⟧

- | Oxy hòa tan (DO) (Quan trắc ngoài hiện trường) | 10 đợt/năm

10 | 109.451 | 1.094.510 | STT 12, PL 6, ⟦LEGAL_REF|QĐ 66⟧

- | pH (Quan trắc ngoài hiện trường) | 10 đợt/năm

10 | 97.211 | 972.110 | STT 11, PL 6, ⟦LEGAL_REF|QĐ 66⟧

- | Độ mặn (Quan trắc ngoài hiện tường) | 10 đợt/năm

10 | 87.652 | 876.520 | SST 7, PL 6, ⟦LEGAL_REF|QĐ 66⟧

- | EC (Quan trắc ngoài hiện trường | 10 đợt/năm

10 | 98.521 | 985.210 | STT 13, PL 6, ⟦LEGAL_REF|QĐ 66⟧

- | N-NH4+ (Phân tích trong phòng PKN) | 10 đợt/năm

10 | 268.255 | 2.682.550 | STT 16, PL 6, ⟦LEGAL_REF|QĐ 66⟧

- | N-NO2- (Phân tích trong phòng PKN) | 10 đợt/năm

10 | 217.896 | 2.178.960 | STT 17PL 6, ⟦LEGAL_REF|QĐ 66⟧

- | N-NO3-(Phân tích trong phòng PKN) | 10 đợt/năm

10 | 215.016 | 2.150.160 | STT 18PL 6, ⟦LEGAL_REF|QĐ 66⟧

- | P-PO43- (Phân tích trong phòng PKN) | 10 đợt/năm

10 | 201.757 | 2.017.570 | STT 20PL 6, ⟦LEGAL_REF|QĐ 66⟧

- | H2S (Phân tích trong phòng PKN) | 10 đợt/năm

10 | 199.868 | 1.998.680 | STT 26PL 6, ⟦LEGAL_REF|QĐ 66⟧

- | TSS (Phân tích trong phòng PKN) | 10 đợt/năm

10 | 115.787 | 1.157.870 | STT 29PL 6, ⟦LEGAL_REF|QĐ 66⟧

- | COD (Phân tích trong phòng PKN) | 10 đợt/năm

10 | 162.269 | 1.622.690 | STT 27PL 6, ⟦LEGAL_REF|QĐ 66⟧

- | Coliform (Phân tích trong phòng PKN) | 10 đợt/năm

10 | 538.986 | 5.389.860 | STT31 PL6,⟦LEGAL_REF|QĐ 66⟧

2.2 | Vùng nuôi tôm nước lợ (theo đơn giá đơn giá quan trắc và phân tích chất lượng nước biển của ⟦q2:LEGAL_REF|Quyết định số 66/2018/QĐ-UBND⟧ ⟦q2d:DATE|ngày 28/12/2018⟧) | 23.405.140

1 | Nhiệt độ nước (Quan trắc ngoài hiện trường) | 10 đợt/năm

10 | 95.614 | 956.140 | STT 6, PL 6, ⟦LEGAL_REF|QĐ 66⟧

2 | Oxy hòa tan (DO) (Quan trắc ngoài hiện trường) | 10 đợt/năm

10 | 109.451 | 1.094.510 | STT 12, PL 6, ⟦LEGAL_REF|QĐ 66⟧

3 | pH (Quan trắc ngoài hiện trường) | 10 đợt/năm

10 | 97.211 | 972.110 | STT 11, PL 6, ⟦LEGAL_REF|QĐ 66⟧

4 | Độ mặn (Quan trắc ngoài hiện tường) | 10 đợt/năm

10 | 87.652 | 876.520 | SST 7, PL 6, ⟦LEGAL_REF|QĐ 66⟧

5 | EC (Quan trắc ngoài hiện trường | 10 đợt/năm

10 | 98.521 | 985.210 | STT 13, PL 6, ⟦LEGAL_REF|QĐ 66⟧

6 | N-NH4+ (Phân tích trong phòng PKN) | 10 đợt/năm

10 | 268.255 | 2.682.550 | STT 16, PL 6, ⟦LEGAL_REF|QĐ 66⟧

7 | N-NO2- (Phân tích trong phòng PKN) | 10 đợt/năm

10 | 217.896 | 2.178.960 | STT 17PL 6, ⟦LEGAL_REF|QĐ 66⟧

8 | N-NO3-(Phân tích trong phòng PKN) | 10 đợt/năm

10 | 215.016 | 2.150.160 | STT 18PL 6, ⟦LEGAL_REF|QĐ 66⟧

9 | P-PO43- (Phân tích trong phòng PKN) | 10 đợt/năm

10 | 201.757 | 2.017.570 | STT 20PL 6, ⟦LEGAL_REF|QĐ 66⟧

10 | H2S (Phân tích trong phòng PKN) | 10 đợt/năm

10 | 199.868 | 1.998.680 | STT 26PL 6, ⟦LEGAL_REF|QĐ 66⟧

11 | TSS(Phân tích trong phòng PKN) | 10 đợt/năm

10 | 115.787 | 1.157.870 | STT 29PL 6, ⟦LEGAL_REF|QĐ 66⟧

12 | Độ kiềm (Phân tích trong phòng PKN) | 10 đợt/năm

10 | 94.500 | 945.000 | Giá tham khảo

13 | Coliform(Phân tích trong phòng PKN) | 10 đợt/năm

10 | 538.986 | 5.389.860 | STT31 PL6; ⟦LEGAL_REF|QĐ 66⟧

2.3 | Vùng nuôi trồng thủy sản nước ngọt (theo đơn giá quan trắc và phân tích môi trường nước mặt lục địa của ⟦q3:LEGAL_REF|Quyết định số 66/2018/QĐ-UBND⟧ ⟦q3d:DATE|ngày 28/12/2018⟧) | 5.802.327

1 | Nhiệt độ nước (Quan trắc ngoài hiện trường) | 3 đợt/năm

3 | 47.172 | 141.516 | STT 1, PL 2, ⟦LEGAL_REF|QĐ 66⟧

2 | Oxy hòa tan (DO) (Quan trắc ngoài hiện trường) | 3 đợt/năm

3 | 48.440 | 145.320 | STT 4, PL 2, ⟦LEGAL_REF|QĐ 66⟧

3 | pH (Quan trắc ngoài hiện trường) | 3 đợt/năm

3 | 50.679 | 152.037 | STT 2, PL 2, ⟦LEGAL_REF|QĐ 66⟧

4 | N-NH4+ (Phân tích trong phòng PKN) | 3 đợt/năm

3 | 150.161 | 450.483 | STT 12, PL 2, ⟦LEGAL_REF|QĐ 66⟧

5 | N-NO2- (Phân tích trong phòng PKN) | 3 đợt/năm

3 | 159.593 | 478.779 | STT 13,PL 2, ⟦LEGAL_REF|QĐ 66⟧

6 | N-NO3-(Phân tích trong phòng PKN) | 3 đợt/năm

3 | 176.989 | 530.967 | STT 14PL 2, ⟦LEGAL_REF|QĐ 66⟧

7 | P-PO43- (Phân tích trong phòng PKN) | 3 đợt/năm

3 | 180.169 | 540.507 | STT 18PL 2, ⟦LEGAL_REF|QĐ 66⟧

8 | Sulfur tổng số (Phân tích trong phòng PKN) | 3 đợt/năm

3 | 179.362 | 538.086 | STT 17PL 2, ⟦LEGAL_REF|QĐ 66⟧

9 | TSS (Phân tích trong phòng PKN) | 3 đợt/năm

3 | 95.020 | 285.060 | STT 9PL 2, ⟦LEGAL_REF|QĐ 66⟧

10 | COD (Phân tích trong phòng PKN) | 3 đợt/năm

3 | 175.162 | 525.486 | STT 11PL 2, ⟦LEGAL_REF|QĐ 66⟧

11 | Coliform (Phân tích trong phòng PKN) | 3 đợt/năm

3 | 497.090 | 1.491.270 | STT33 PL2; ⟦LEGAL_REF|QĐ 66⟧

12 | Tảo độc (mật độ, thành phần) (Phân tích trong phòng PKN) | 3 đợt/năm

3 | 174.272 | 522.816 | STT72 PL2; ⟦LEGAL_REF|QĐ 66⟧

II | Hội nghị, phổ biến tuyên truyền | 21.720.000

1 | Thuê, trang trí hội trường | Ngày

2 | 500.000 | 1.000.000

2 | Bồi dưỡng báo cáo viên | Buổi

4 | 300.000 | 1.200.000

3 | Phô tô tài liệu và văn phòng phẩm (50 bộ/lớp x 02 lớp) | Bộ

100 | 25.000 | 2.500.000

4 | Giải khát giữa giờ đại biểu, báo cáo viên, cán bộ (50 người/lớp x 02 lớp) | Người

100 | 30.000 | 3.000.000

5 | Hỗ trợ tiền ăn cho đại biểu tham dự không hưởng lương (50 người/lớp x 02 lớp) | Người

100 | 100.000 | 10.000.000

6 | Xăng, xe | Lít

120 | 21.000 | 2.520.000

7 | Công tác phí CB tổ chức, báo cáo viên, lái xe (Lãnh đạo: 01, CBTC: 01, BCV: 02, lái xe: 01, định mức ⟦MONEY|150.000 đồng⟧/người/ngày) | Ngày

=====RELATIONS=====
q1 issued_on q1d
q2 issued_on q2d
q3 issued_on q3d
