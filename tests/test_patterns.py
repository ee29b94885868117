"""The pattern layer and the normalisers, on real strings from the corpus."""

from __future__ import annotations

import pytest

from ie.normalize import normalize_value
from ie.patterns import find

# (text, label, matched span, normalised value)
CASES = [
    ("thu được 10.595 triệu đồng đạt", "MONEY", "10.595 triệu đồng", {"vnd": 10_595_000_000}),
    # «.» groups thousands (annotation guidelines): 1.959 tỷ is 1 959 tỷ
    ("tổng mức đầu tư 1.959 tỷ đồng", "MONEY", "1.959 tỷ đồng", {"vnd": 1_959_000_000_000}),
    ("dự toán 10.367,700 tỷ đồng", "MONEY", "10.367,700 tỷ đồng", {"vnd": 10_367_700_000_000}),
    ("với tổng số tiền 2.172.651.000 đồng", "MONEY", "2.172.651.000 đồng", {"vnd": 2_172_651_000}),
    ("mức thu 20.000 đồng/người", "MONEY", "20.000 đồng", {"vnd": 20_000}),
    ("chi phí 500 nghìn đồng", "MONEY", "500 nghìn đồng", {"vnd": 500_000}),
    ("khoảng 1,5 nghìn tỷ đồng", "MONEY", "1,5 nghìn tỷ đồng", {"vnd": 1_500_000_000_000}),
    ("phạt 30 triệu VNĐ", "MONEY", "30 triệu VNĐ", {"vnd": 30_000_000}),
    ("giá 15.000đ/kg", "MONEY", "15.000đ", {"vnd": 15_000}),
    ("vốn 8,95 tỷ USD", "MONEY", "8,95 tỷ USD", {"amount": 8_950_000_000, "currency": "USD"}),
    ("diện tích 6.686,4m²; cấp", "AREA", "6.686,4m²", {"m2": 6686.4}),
    ("tổng diện tích 3.871,7 m² đất", "AREA", "3.871,7 m²", {"m2": 3871.7}),
    ("quy mô khoảng 12 ha.", "AREA", "12 ha", {"m2": 120_000}),
    ("rộng 299,45ha", "AREA", "299,45ha", {"m2": 2_994_500}),
    ("diện tích tự nhiên 4,37 km2", "AREA", "4,37 km2", {"m2": 4_370_000}),
    ("đạt 32,2% dự toán", "PERCENT", "32,2%", {"value": 32.2}),
    ("đạt 100 % kế hoạch", "PERCENT", "100 %", {"value": 100}),
    ("theo Nghị quyết số 188-NQ/TU ngày 25/10/2024", "DATE", "ngày 25/10/2024", {"iso": "2024-10-25"}),
    ("Bắc Ninh, ngày 28 tháng 11 năm 2025", "DATE", "ngày 28 tháng 11 năm 2025", {"iso": "2025-11-28"}),
    ("ngày 16 tháng 6 năm 2025", "DATE", "ngày 16 tháng 6 năm 2025", {"iso": "2025-06-16"}),
    ("trong tháng 3/2025, hoạt động", "DATE", "tháng 3/2025", {"iso": "2025-03"}),
    ("Kế hoạch sử dụng đất năm 2025 thành phố", "DATE", "năm 2025", {"iso": "2025"}),
    ("hoàn thành trong Quý II/2025", "DATE", "Quý II/2025", {"iso": "2025-Q2"}),
    ("giai đoạn 2021 - 2030, định hướng", "DATE", "giai đoạn 2021 - 2030", {"iso": "2021/2030"}),
    ("ngày 08 và 09 tháng 11 năm 2025", "DATE", "ngày 08 và 09 tháng 11 năm 2025", {"iso": "2025-11-08/2025-11-09"}),
    ("sinh ngày 03/3/1959", "DATE", "ngày 03/3/1959", {"iso": "1959-03-03"}),
    ("theo Nghị quyết số 06-NQ/TW, ngày", "LEGAL_REF", "Nghị quyết số 06-NQ/TW", {"type": "Nghị quyết", "number": "06", "year": None, "symbol": "NQ/TW"}),
    ("ban hành Quyết định số 66/2024/QĐ-UBND của", "LEGAL_REF", "Quyết định số 66/2024/QĐ-UBND", {"type": "Quyết định", "number": "66", "year": 2024, "symbol": "QĐ-UBND"}),
    ("Nghị định số 272/2025/NĐ-CP quy định", "LEGAL_REF", "Nghị định số 272/2025/NĐ-CP", {"type": "Nghị định", "number": "272", "year": 2025, "symbol": "NĐ-CP"}),
    ("theo Công văn số 331/UBND-KTCN ngày", "LEGAL_REF", "Công văn số 331/UBND-KTCN", {"type": "Công văn", "number": "331", "year": None, "symbol": "UBND-KTCN"}),
    ("căn cứ Luật Đất đai 2024;", "LEGAL_REF", "Luật Đất đai 2024", {"type": "Luật", "number": None, "year": 2024, "symbol": None, "name": "Đất đai"}),
    ("Số: 471/QĐ-UBND\n", "LEGAL_REF", "471/QĐ-UBND", {"type": None, "number": "471", "year": None, "symbol": "QĐ-UBND"}),
    ("Chương trình hành động số 74-CTr/TU, ngày", "LEGAL_REF", "Chương trình hành động số 74-CTr/TU", {"type": "Chương trình hành động", "number": "74", "year": None, "symbol": "CTr/TU"}),
    ("thực hiện Đề án 438/ĐA-UBND ngày", "LEGAL_REF", "Đề án 438/ĐA-UBND", {"type": "Đề án", "number": "438", "year": None, "symbol": "ĐA-UBND"}),
    ("Nghị quyết số 1655/NQ-UBTVQH15 về", "LEGAL_REF", "Nghị quyết số 1655/NQ-UBTVQH15", {"type": "Nghị quyết", "number": "1655", "year": None, "symbol": "NQ-UBTVQH15"}),
    # an amending law's long title runs to its number; listed law titles end the name exactly
    ("Luật Sửa đổi, bổ sung một số điều của Luật Xây dựng số 62/2020/QH14 ngày 17 tháng 6 năm 2020;", "LEGAL_REF",
     "Luật Sửa đổi, bổ sung một số điều của Luật Xây dựng số 62/2020/QH14",
     {"type": "Luật", "number": "62", "year": 2020, "symbol": "QH14", "name": "Sửa đổi, bổ sung một số điều của Luật Xây dựng"}),
    ("bổ sung tại Luật Sửa đổi, bổ sung một số điều của Luật Đấu thầu, Luật Đầu tư, Luật Quản lý, sử dụng tài sản công;", "LEGAL_REF",
     "Luật Sửa đổi, bổ sung một số điều của Luật Đấu thầu, Luật Đầu tư, Luật Quản lý, sử dụng tài sản công",
     {"type": "Luật", "number": None, "year": None, "symbol": None, "name": "Sửa đổi, bổ sung một số điều của Luật Đấu thầu, Luật Đầu tư, Luật Quản lý, sử dụng tài sản công"}),
    ("Căn cứ Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ số 55/2024/QH15;", "LEGAL_REF",
     "Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ số 55/2024/QH15",
     {"type": "Luật", "number": "55", "year": 2024, "symbol": "QH15", "name": "Phòng cháy, chữa cháy và cứu nạn, cứu hộ"}),
    ("tại Điều 12 Luật Đầu tư theo phương thức đối tác công tư 2020 (được", "LEGAL_REF",
     "Luật Đầu tư theo phương thức đối tác công tư 2020", {"type": "Luật", "number": None, "year": 2020, "symbol": None, "name": "Đầu tư theo phương thức đối tác công tư"}),
    ("khoản 2 Điều 9 Luật Thuế giá trị gia tăng ước tăng thu khoảng", "LEGAL_REF", "Luật Thuế giá trị gia tăng", {"type": "Luật", "number": None, "year": None, "symbol": None, "name": "Thuế giá trị gia tăng"}),
    ("khoản 4 Điều 41 Luật Bảo vệ môi trường, trừ các trường hợp", "LEGAL_REF", "Luật Bảo vệ môi trường", {"type": "Luật", "number": None, "year": None, "symbol": None, "name": "Bảo vệ môi trường"}),
    ("đúng quy định của Luật tín ngưỡng, tôn giáo, Hiến chương", "LEGAL_REF", "Luật tín ngưỡng, tôn giáo", {"type": "Luật", "number": None, "year": None, "symbol": None, "name": "tín ngưỡng, tôn giáo"}),
    ("Điều 1 Luật Xây dựng sửa đổi 2020)", "LEGAL_REF", "Luật Xây dựng sửa đổi 2020", {"type": "Luật", "number": None, "year": 2020, "symbol": None, "name": "Xây dựng sửa đổi"}),
    ("Triển khai Kế hoạch hành động số 328-KH/TU ngày", "LEGAL_REF", "Kế hoạch hành động số 328-KH/TU",
     {"type": "Kế hoạch hành động", "number": "328", "year": None, "symbol": "KH/TU"}),
    ("Căn cứ Nghị quyết số 66.2/2025/NQ-CP ngày", "LEGAL_REF", "Nghị quyết số 66.2/2025/NQ-CP", {"type": "Nghị quyết", "number": "66.2", "year": 2025, "symbol": "NQ-CP"}),
    ("tiếp tục triển khai Đề án 06 trên địa bàn", "LEGAL_REF", "Đề án 06", {"type": "Đề án", "number": "06", "year": None, "symbol": None}),
    ("Ngày Quốc tế Phụ nữ (8/3); Ngày", "DATE", "8/3", {"iso": "--03-08"}),
    ("các đợt đấu giá trong tháng 5. Thị xã", "DATE", "tháng 5", {"iso": "--05"}),
    ("khởi công dịp 19 tháng 12 năm 2025, trên", "DATE", "19 tháng 12 năm 2025", {"iso": "2025-12-19"}),
    # «03 năm» is a duration: only the period is the DATE (GUIDELINES); a bare year after a symbol is one
    ("CÁC CHỈ TIÊU 03 NĂM 2026 - 2028, CƠ CẤU", "DATE", "2026 - 2028", {"iso": "2026/2028"}),
    ("Quyết định 3727/QĐ-UBND 2025 có nêu", "DATE", "2025", {"iso": "2025"}),
    # abbreviated type words in tables, qualified type words, the sources' stray spaces and «&»
    ("DA đã có trong QĐ số 270/QĐ-TTg ngày 02/4/2024", "LEGAL_REF", "QĐ số 270/QĐ-TTg",
     {"type": "Quyết định", "number": "270", "year": None, "symbol": "QĐ-TTg"}),
    ("của Chính phủ, Báo cáo thẩm tra số 3526/BC-UBKT15 ngày 11", "LEGAL_REF", "Báo cáo thẩm tra số 3526/BC-UBKT15",
     {"type": "Báo cáo", "number": "3526", "year": None, "symbol": "BC-UBKT15"}),
    ("về thực hiện Nghị quyết số 71/NQ -CP ngày 01/4/2025", "LEGAL_REF", "Nghị quyết số 71/NQ -CP",
     {"type": "Nghị quyết", "number": "71", "year": None, "symbol": "NQ-CP"}),
    ("tại Tờ trình số 4834 /TTr-SXD ngày", "LEGAL_REF", "Tờ trình số 4834 /TTr-SXD",
     {"type": "Tờ trình", "number": "4834", "year": None, "symbol": "TTr-SXD"}),
    ("tại Tờ trình số 596/TTr-SNN&MT ngày 31/10/2025", "LEGAL_REF", "Tờ trình số 596/TTr-SNN&MT",
     {"type": "Tờ trình", "number": "596", "year": None, "symbol": "TTr-SNN&MT"}),
    ("MỘT SỐ ĐIỀU CỦA LUẬT PHÒNG THỦ DÂN SỰ (Kèm theo", "LEGAL_REF", "LUẬT PHÒNG THỦ DÂN SỰ",
     {"type": "Luật", "number": None, "year": None, "symbol": None, "name": "PHÒNG THỦ DÂN SỰ"}),
    ("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;", "LEGAL_REF", "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam",
     {"type": "Hiến pháp", "number": None, "year": None, "symbol": None, "name": "nước Cộng hòa xã hội chủ nghĩa Việt Nam"}),
    ("cốt thép dự ứng lực theo TCVN 11823:2017, tải trọng", "LEGAL_REF", "TCVN 11823:2017",
     {"type": "TCVN", "number": "11823", "year": 2017, "symbol": None}),
    ("thời gian trong tuần ngày 15 đến ngày 31 tháng 12 năm 2025.", "DATE", "ngày 15 đến ngày 31 tháng 12 năm 2025",
     {"iso": "2025-12-15/2025-12-31"}),
    # bare years where the text makes them times: a table cell, «từ», «trước», «… đến»
    ("| Khánh Hòa | 2029-2030 | DA đã có", "DATE", "2029-2030", {"iso": "2029/2030"}),
    ("Thời gian xây dựng: từ 2026 - 2029.", "DATE", "2026 - 2029", {"iso": "2026/2029"}),
    ("đưa vào sử dụng từ 2019 đến 2021, giải quyết", "DATE", "2021", {"iso": "2021"}),
]


@pytest.mark.parametrize("text, label, span, value", CASES, ids=[c[2] for c in CASES])
def test_pattern_and_normalised_value(text, label, span, value):
    found = [(m.label, m.text) for m in find(text)]
    assert (label, span) in found
    assert normalize_value(label, span) == value


# strings that must not give these labels
NEGATIVE = [
    ("8,1 triệu lượt khách", "MONEY"),
    ("870 MW điện", "MONEY"),
    ("56 xã, phường", "AREA"),
    ("trong 10 tháng", "DATE"),
    ("05 năm qua", "DATE"),
    ("tỷ lệ 1/500", "DATE"),
    ("1/500", "LEGAL_REF"),
    ("25/10/2024", "LEGAL_REF"),
    ("khoảng 300 hộ dân", "AREA"),
    ("Số: /BC-UBND", "LEGAL_REF"),
    ("tăng 5 lần", "PERCENT"),
    ("quy định của pháp luật đầu tư công, trừ", "LEGAL_REF"),  # the law in general, no title
    ("Dự án nhà ở xã hội tại số 34/1A Quốc lộ 1A", "LEGAL_REF"),  # a house number
    ("đến hết ô A.8/NT2), phường", "LEGAL_REF"),  # a plot code
    ("trong 3 tháng đầu năm", "DATE"),
    ("| NMĐ | 2.000-3.200 | Khánh Hòa", "DATE"),  # a capacity range in a table cell
    ("từ 2.000 tấn", "DATE"),
]


@pytest.mark.parametrize("text, label", NEGATIVE)
def test_strings_that_must_not_match(text, label):
    assert label not in [m.label for m in find(text)]


def test_pair_of_amounts_gives_two_spans():
    found = [m.text for m in find("đạt 43.406 triệu đồng/323.927 triệu đồng, tỷ lệ")]
    assert found == ["43.406 triệu đồng", "323.927 triệu đồng"]


def test_from_one_billion_takes_only_the_amount():
    assert [m.text for m in find("từ 01 tỷ đồng trở lên")] == ["01 tỷ đồng"]


def test_matches_do_not_overlap():
    found = find("Quyết định số 12/2025/QĐ-UBND ngày 05/01/2025 năm 2025 với 12 ha và 5 tỷ đồng")
    for a, b in zip(found, found[1:]):
        assert a.end <= b.start


@pytest.mark.parametrize(
    "text, name",
    [
        ("c) Giao Phó Thủ tướng Chính phủ Trần Hồng Hà trước ngày 15 tháng 11", "Trần Hồng Hà"),
        ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nNguyễn Văn Hạnh", "Nguyễn Văn Hạnh"),
        ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH**\n\nLê Ngọc Châu", "Lê Ngọc Châu"),
        ("giải quyết khiếu nại 01 vụ việc (bà Đinh Thị Dung)", "Đinh Thị Dung"),
        ("- VPCP: BTCN, PCN Nguyễn Sỹ Hiệp, PCN Phạm Mạnh Cường", "Nguyễn Sỹ Hiệp"),
        ("PHÓ CHỦ TỊCH Nguyễn Hữu Tháp CHƯƠNG TRÌNH HÀNH ĐỘNG", "Nguyễn Hữu Tháp"),
        # not a person: a place after the title's body, a name in capitals, no family name
        ("Phó Chủ tịch UBND Thành phố Hà Nội ký ban hành", None),
        ("Ý KIẾN CHỈ ĐẠO CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ BÙI THANH SƠN TẠI CÁC BUỔI", None),
        ("tỉnh Bà Rịa - Vũng Tàu", None),
        ("Chủ tịch Ủy ban nhân dân tỉnh chỉ đạo", None),
    ],
)
def test_a_person_after_a_title(text, name):
    from ie.patterns import cues

    found = cues()["person_title"].search(text)
    assert (found.group(1) if found else None) == name


@pytest.mark.parametrize(
    "text, routes",
    [
        ("triển khai ngay các dự án Dầu Giây - Tân Phú, Thành phố Hồ Chí Minh - Long Thành, Cà Mau - Cái Nước, tuyến",
         ["Dầu Giây - Tân Phú", "Thành phố Hồ Chí Minh - Long Thành", "Cà Mau - Cái Nước"]),
        ("dự án đường nối sân bay Gia Bình, dự án Quy Nhơn - Pleiku, hoàn thành", ["Quy Nhơn - Pleiku"]),
        ("Dự án Ninh Bình - Hải Phòng", []),  # a capital «Dự án» begins the name: left to the NER
        ("dự án cao tốc Bến Lức - Long Thành", []),  # not right after «dự án»
        ("tỉnh Bà Rịa - Vũng Tàu", []),
    ],
)
def test_routes_listed_after_du_an_are_projects(text, routes):
    from ie.ner.patterns import field_matches

    assert [text[a:b] for a, b, label in field_matches(text) if label == "PROJECT"] == routes
