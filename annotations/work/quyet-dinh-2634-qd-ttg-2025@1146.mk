doc: tnt305-tvpl__quyet-dinh-2634-qd-ttg-2025
source: ../shared/corpus/raw/tnt305-tvpl__quyet-dinh-2634-qd-ttg-2025.txt
span: 1146 4668
=====TEXT=====
Căn cứ ⟦n1:LEGAL_REF|Quyết định số 2433/QĐ-TTg⟧ ⟦n1d:DATE|ngày 04 tháng 11 năm 2025⟧ của ⟦n1o:ORG|Thủ tướng Chính phủ⟧ về việc thành lập ⟦ORG|Ban Chỉ đạo Nhà nước các chương trình, công trình, dự án quan trọng quốc gia, trọng điểm ngành năng lượng⟧;
Theo đề nghị của Bộ trưởng ⟦ORG|Bộ Công Thương⟧.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Danh mục các công trình, dự án quan trọng quốc gia, trọng điểm ngành năng lượng thuộc phạm vi chỉ đạo của ⟦ORG|Ban Chỉ đạo Nhà nước các chương trình, công trình, dự án quan trọng quốc gia, trọng điểm ngành năng lượng⟧.
Điều 2. Trong quá trình thực hiện, nếu cần sửa đổi, bổ sung, ⟦ORG|Bộ Công Thương⟧ rà soát, tổng hợp ý kiến, đề xuất điều chỉnh, bổ sung danh mục phù hợp yêu cầu thực tế, trình ⟦ORG|Thủ tướng Chính phủ⟧ xem xét, quyết định.
Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành và thay thế ⟦n2:LEGAL_REF|Quyết định số 270/QĐ-TTg⟧ ⟦n2d:DATE|ngày 02 tháng 4 năm 2024⟧ của ⟦n2o:ORG|Thủ tướng Chính phủ⟧ phê duyệt Danh mục các chương trình, công trình, dự án quan trọng quốc gia, trọng điểm ngành năng lượng.
Điều 4. Trưởng ⟦ORG|Ban Chỉ đạo Nhà nước các chương trình, công trình, dự án quan trọng quốc gia, trọng điểm ngành năng lượng⟧, các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, Thủ trưởng cơ quan thuộc ⟦ORG|Chính phủ⟧, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương, các thành viên ⟦ORG|Ban Chỉ đạo⟧ và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành quyết định này./.

Nơi nhận:
- Như Điều 4;
- Thủ tướng, các Phó Thủ tướng ⟦ORG|Chính phủ⟧;
- Các Bộ, cơ quan ngang Bộ, cơ quan thuộc ⟦ORG|Chính phủ⟧;
- UBND các tỉnh, thành phố trực thuộc TƯ;
- ⟦ORG|Văn phòng Quốc hội⟧;
- ⟦ORG|Tòa án nhân dân tối cao⟧;
- ⟦ORG|Viện Kiểm sát nhân dân tối cao⟧;
- ⟦ORG|Kiểm toán Nhà nước⟧;
- ⟦ORG|Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam⟧;
- Các Tập đoàn: ⟦ORG|EVN⟧, ⟦ORG|PVN⟧, ⟦ORG|TKV⟧;
- ⟦ORG|VPCP⟧: BTCN, các PCN, Trợ lý, Thư ký Thủ tướng và các Phó Thủ tướng, các Vụ, Cục, đơn vị trực thuộc, TGĐ ⟦ORG|Cổng TTĐT⟧, ⟦ORG|Công báo⟧;
- Lưu: VT, CN.

KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG ⟦PERSON|Bùi Thanh Sơn⟧ | DANH MỤC CÁC CÔNG TRÌNH, DỰ ÁN QUAN TRỌNG QUỐC GIA, TRỌNG ĐIỂM NGÀNH NĂNG LƯỢNG
(Kèm theo ⟦n3:LEGAL_REF|Quyết định số 2634/QĐ-TTg⟧ ⟦n3d:DATE|ngày 02 tháng 12 năm 2025⟧ của ⟦n3o:ORG|Thủ tướng Chính phủ⟧) Bảng I. Các dự án nguồn điện
1. Các dự án nhà máy nhiệt điện | TT | Dự án | Công suất (MW) | Địa điểm | Dự kiến thời gian vận hành | Ghi chú

1 | ⟦p1:PROJECT|NMNĐ LNG Quảng Ninh⟧ | 1500 | ⟦p1u:ADMIN_UNIT|Quảng Ninh⟧ | ⟦DATE|2028-2029⟧ | DA đã có trong ⟦q1:LEGAL_REF|QĐ số 270/QĐ-TTg⟧ ⟦q1d:DATE|ngày 02/4/2024⟧

2 | ⟦p2:PROJECT|NMNĐ LNG Hải Phòng giai đoạn I⟧ | 1.600 | ⟦p2u:ADMIN_UNIT|Hải Phòng⟧ | ⟦DATE|2030⟧

3 | ⟦p3:PROJECT|NMNĐ LNG Hải Phòng giai đoạn II⟧ | 3.200 | ⟦p3u:ADMIN_UNIT|Hải Phòng⟧ | ⟦DATE|2031-2035⟧

4 | ⟦p4:PROJECT|NMNĐ LNG Thái Bình⟧ | 1500 | ⟦p4u:ADMIN_UNIT|Hưng Yên⟧ | ⟦DATE|2028-2029⟧ | DA đã có trong ⟦q4:LEGAL_REF|QĐ số 270/QĐ-TTg⟧ ⟦q4d:DATE|ngày 02/4/2024⟧

5 | ⟦p5:PROJECT|NMNĐ LNG Nghi Sơn⟧ | 1.500 | ⟦p5u:ADMIN_UNIT|Thanh Hóa⟧ | Trước ⟦DATE|2030⟧ | Tên tại ⟦LEGAL_REF|QĐ số 270/QĐ- TTg⟧ là ⟦PROJECT|NM điện LNG Quỳnh Lập/Nghi Sơn⟧

6 | ⟦p6:PROJECT|NMNĐ LNG Công Thanh⟧ | 1.500 | ⟦p6u:ADMIN_UNIT|Thanh Hóa⟧ | ⟦DATE|2031-2035⟧

7 | ⟦p7:PROJECT|NMNĐ LNG Quỳnh Lập⟧ | 1.500 | ⟦p7u:ADMIN_UNIT|Nghệ An⟧ | Trước ⟦DATE|2030⟧ | Tên tại ⟦LEGAL_REF|QĐ số 270/QĐ- TTg⟧ là ⟦PROJECT|NM điện LNG Quỳnh Lập/Nghi Sơn⟧

8 | ⟦p8:PROJECT|NMNĐ LNG Vũng Áng III⟧ | 1.500 | ⟦p8u:ADMIN_UNIT|Hà Tĩnh⟧ | ⟦DATE|2031-2032⟧

9 | ⟦p9:PROJECT|NMNĐ LNG Quảng Trạch II⟧ | 1.500 | ⟦p9u:ADMIN_UNIT|Quảng Trị⟧ | ⟦DATE|2028⟧ | DA đã có trong ⟦q9:LEGAL_REF|QĐ số 270/QĐ-TTg⟧ ⟦q9d:DATE|ngày 02/4/2024⟧

10 | ⟦p10:PROJECT|NMNĐ LNG Quảng Trạch III⟧ | 1.500 | ⟦p10u:ADMIN_UNIT|Quảng Trị⟧ | ⟦DATE|2031-2035⟧

11 | ⟦p11:PROJECT|NMNĐLNG Hải Lăng giai đoạn 1⟧ | 1500 | ⟦p11u:ADMIN_UNIT|Quảng Trị⟧ | ⟦DATE|2028-2029⟧ | DA đã có trong ⟦q11:LEGAL_REF|QĐ số 270/QĐ-TTg⟧ ⟦q11d:DATE|ngày 02/4/2024⟧

12 | ⟦p12:PROJECT|NMNĐLNG Cà Ná⟧ | 1500 | ⟦p12u:ADMIN_UNIT|Khánh Hòa⟧ | Trước ⟦DATE|2030⟧ | DA đã có trong ⟦q12:LEGAL_REF|QĐ số 270/QĐ-TTg⟧ ⟦q12d:DATE|ngày 02/4/2024⟧

13 | ⟦p13:PROJECT|NMNĐ LNG Hiệp Phước giai đoạn 1⟧ | 1200 | ⟦p13u:ADMIN_UNIT|TP. Hồ Chí Minh⟧ | ⟦DATE|2028⟧ | DA đã có trong ⟦q13:LEGAL_REF|QĐ số 270/QĐ-TTg⟧ ⟦q13d:DATE|ngày 02/4/2024⟧

14 | ⟦p14:PROJECT|NMNĐ LNG Hiệp Phước giai đoạn II⟧ | 1.500 | ⟦p14u:ADMIN_UNIT|TP. HCM⟧ | ⟦DATE|2029-2030⟧

15 | ⟦p15:PROJECT|NMNĐ LNG Long Sơn⟧ | 1.500 | ⟦p15u:ADMIN_UNIT|TP. HCM⟧ | ⟦DATE|2031-2035⟧


=====RELATIONS=====
n1 issued_on n1d
n1 issued_by n1o
n2 issued_on n2d
n2 issued_by n2o
n3 issued_on n3d
n3 issued_by n3o
p1 located_in p1u
q1 issued_on q1d
p2 located_in p2u
p3 located_in p3u
p4 located_in p4u
q4 issued_on q4d
p5 located_in p5u
p6 located_in p6u
p7 located_in p7u
p8 located_in p8u
p9 located_in p9u
q9 issued_on q9d
p10 located_in p10u
p11 located_in p11u
q11 issued_on q11d
p12 located_in p12u
q12 issued_on q12d
p13 located_in p13u
q13 issued_on q13d
p14 located_in p14u
p15 located_in p15u
