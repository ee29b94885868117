from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ie.text.normalize import fix_tone_placement, normalize
from ie.text.sentences import split_sentences
from ie.text.tokenizer import blank


@pytest.fixture(scope="module")
def tok():
    return blank()


HOSTILE = [
    "",
    " ",
    "\r\n\r\n",
    "\t\tUBND tỉnh\t",
    "a😀b 🇻🇳 Việt Nam",
    unicodedata.normalize("NFD", "Ủy ban nhân dân thành phố Lạng Sơn"),
    "Thanh Hoá\u00a0\u00a0và  Thuỷ\u200b Nguyên",
    "đô thị¹. Kế hoạch²³",
    "Hello world, Latin text only; 100% ASCII.",
    "x" * 100_000,
    ("Nghị quyết số 188-NQ/TU ngày 25/10/2024 " * 2500).strip(),
    "\x00\x01 a \x7f",
    "e\u0301\u0301\u0301",
    "| a | b |\n|---|---|",
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_tokens_rebuild_the_text_exactly(tok, text):
    doc = tok(text)
    assert doc.text_with_ws == text
    assert "".join(t.text_with_ws for t in doc) == text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_round_trip_on_any_text(tok, text):
    doc = tok(text)
    assert doc.text == text
    for t in doc:
        assert text[t.idx : t.idx + len(t.text)] == t.text


VIET = st.text(alphabet="aăâeêioôơuưyđAĂÂĐáàảãạấầẩẫậốồổỗộớờởỡợúùủũụứừửữựíìỉĩịéèẻẽẹếềểễệýỳỷỹỵ \u00a0\n\t.,;:/-0123456789¹²", max_size=200)


@settings(max_examples=80, deadline=None)
@given(VIET)
def test_normalisation_maps_offsets_back(text):
    for form in ("NFC", "NFD"):
        raw = unicodedata.normalize(form, text)
        n = normalize(raw)
        assert len(n.starts) == len(n.text)
        a, b = n.to_original(0, len(n.text))
        assert raw[:a].strip() == "" or a == 0
        assert all(0 <= s <= e <= len(raw) for s, e in zip(n.starts, n.ends))
        assert n.starts == sorted(n.starts)
        assert normalize(n.text).text == n.text  # idempotent


@pytest.mark.parametrize(
    "old, new",
    [("Luật", "Luật"), ("thuận", "thuận"), ("Huệ", "Huệ"), ("thuế", "thuế"), ("hoạt", "hoạt"), ("hoá", "hóa"), ("Thanh Hoá", "Thanh Hóa"), ("thuỷ", "thủy"), ("Uỷ ban", "Ủy ban"), ("khoẻ", "khỏe"), ("quý", "quý"), ("hoán", "hoán"), ("tuỳ", "tùy")],
)
def test_tone_marks_take_the_new_placement(old, new):
    assert normalize(old).text == new if " " not in old else normalize(old).text == new
    assert fix_tone_placement(old.split()[-1]) == new.split()[-1]


def test_square_metres_are_not_footnote_markers():
    assert normalize("6.686,4m² và 12 km²¹").text == "6.686,4m² và 12 km² ¹"


def test_nfd_input_is_normalised_and_offsets_index_the_input(tok):
    raw = unicodedata.normalize("NFD", "phường Chi Lăng")
    n = normalize(raw)
    assert n.text == "phường Chi Lăng"
    s, e = n.to_original(7, 15)
    assert unicodedata.normalize("NFC", raw[s:e]) == "Chi Lăng"


@pytest.mark.parametrize(
    "text, sentences",
    [
        ("TP. Lạng Sơn thu 1.959 tỷ đồng. ThS. Nguyễn Văn A báo cáo.", ["TP. Lạng Sơn thu 1.959 tỷ đồng.", "ThS. Nguyễn Văn A báo cáo."]),
        ("Số: 2003/QĐ-UBND\nCao Bằng, ngày 10 tháng 11 năm 2025", ["Số: 2003/QĐ-UBND", "Cao Bằng, ngày 10 tháng 11 năm 2025"]),
        ("a) Dự án A; b) Dự án B.\n- Mục 2", ["a) Dự án A; b) Dự án B.", "- Mục 2"]),
        ("1 | Đường Tô Sơn | 12 ha\n2 | Chợ Mai Pha | 3 ha", ["1 | Đường Tô Sơn | 12 ha", "2 | Chợ Mai Pha | 3 ha"]),
        ("đô thị¹. Thực hiện tốt công tác.\n¹ Nghị quyết số 40-NQ/TU.", ["đô thị¹.", "Thực hiện tốt công tác.", "¹ Nghị quyết số 40-NQ/TU."]),
        ("Đạt 32,2% dự toán. Tăng 5.000 triệu đồng.", ["Đạt 32,2% dự toán.", "Tăng 5.000 triệu đồng."]),
    ],
)
def test_sentence_splitting(text, sentences):
    assert [text[a:b] for a, b in split_sentences(text)] == sentences


def test_seed_report_round_trips(tok, seed_text):
    doc = tok(seed_text)
    assert doc.text == seed_text
    assert len(doc) > 5000
