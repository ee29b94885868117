"""LEGAL_REF -> {type, number, year, symbol} (and name, for laws).

    >>> parse_legal_ref("Nghị quyết số 188-NQ/TU")
    {'type': 'Nghị quyết', 'number': '188', 'year': None, 'symbol': 'NQ/TU'}
    >>> parse_legal_ref("Quyết định số 66/2024/QĐ-UBND")
    {'type': 'Quyết định', 'number': '66', 'year': 2024, 'symbol': 'QĐ-UBND'}
    >>> parse_legal_ref("Kế hoạch số 119- KH/TU")["symbol"]
    'KH/TU'
    >>> parse_legal_ref("Luật Đất đai 2024")
    {'type': 'Luật', 'number': None, 'year': 2024, 'symbol': None, 'name': 'Đất đai'}
    >>> parse_legal_ref("Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ số 55/2024/QH15")["name"]
    'Phòng cháy, chữa cháy và cứu nạn, cứu hộ'
    >>> parse_legal_ref("QĐ số 270/QĐ- TTg")["type"], parse_legal_ref("Nghị quyết số 71/NQ -CP")["symbol"]
    ('Quyết định', 'NQ-CP')
    >>> parse_legal_ref("Đề án 06")
    {'type': 'Đề án', 'number': '06', 'year': None, 'symbol': None}
"""

from __future__ import annotations

import re

_TYPES = (
    "Nghị quyết liên tịch", "Thông tư liên tịch", "Chương trình hành động", "Kế hoạch hành động", "Thông báo kết luận",
    "Nghị quyết", "Quyết định", "Nghị định", "Thông tư", "Kế hoạch", "Công văn", "Chỉ thị", "Kết luận",
    "Thông báo", "Công điện", "Đề án", "Chương trình", "Hướng dẫn", "Tờ trình", "Báo cáo", "Pháp lệnh",
    "Quy định", "Quy chế", "Văn bản", "Giấy phép", "Lệnh", "Bộ luật", "Luật", "Hiến pháp", "Công thư",
)
_SYMBOL = re.compile(r"(\d+(?:\.\d+)?[a-zđ]?)(?:/((?:19|20)\d{2}))?[/-]([A-Za-zĐđ0-9][A-Za-zĐđ0-9/.\-&]*)")
_ABBREVIATIONS = {"QĐ": "Quyết định", "NQ": "Nghị quyết", "NĐ": "Nghị định", "TT": "Thông tư", "KH": "Kế hoạch",
                  "TB": "Thông báo", "BC": "Báo cáo", "CV": "Công văn"}  # «QĐ số 270/QĐ-TTg» in tables
_STANDARD = re.compile(r"^TCVN (\d+)(?:[:-]((?:19|20)\d{2}))?$")  # a national standard, «TCVN 11823:2017»
_YEAR = re.compile(r"(?:năm )?((?:19|20)\d{2})\s*$")
_BARE_NUMBER = re.compile(r"\s(\d{1,4})\s*$")  # «Đề án 06»
_LAWS = ("Luật", "Bộ luật", "Hiến pháp", "Pháp lệnh")


def _doc_type(text: str) -> str | None:
    head = text.split(" ", 1)[0]
    if head in _ABBREVIATIONS:
        return _ABBREVIATIONS[head]
    low = text.lower()
    for t in _TYPES:
        if low.startswith(t.lower()):
            return t
    return None


_STRAY_SPACE = re.compile(r"(?<=\d)\s+(?=/)|(?<=[-/])\s+(?=[A-ZĐ])|(?<=[A-Za-zĐđ])\s+(?=-[A-ZĐ])")


def parse_legal_ref(text: str) -> dict[str, object]:
    """Type, number, year and symbol; stray spaces inside a symbol («119- KH/TU») are dropped."""
    text = _STRAY_SPACE.sub("", text)
    if (std := _STANDARD.match(text)) is not None:
        return {"type": "TCVN", "number": std.group(1), "year": int(std.group(2)) if std.group(2) else None, "symbol": None}
    kind = _doc_type(text)
    out: dict[str, object] = {"type": kind, "number": None, "year": None, "symbol": None}
    m = _SYMBOL.search(text)
    if m:
        out["number"] = m.group(1)
        out["year"] = int(m.group(2)) if m.group(2) else None
        out["symbol"] = m.group(3)
        if kind in _LAWS:
            name = re.sub(r"\s*\bsố\s*$", "", text[len(kind) : m.start()]).strip()
            if name:
                out["name"] = name  # «Luật Phòng cháy, … số 55/2024/QH15»; «Luật số 87/2025/QH15» has none
        return out
    if kind in _LAWS:
        rest = text[len(kind) :].strip()
        y = _YEAR.search(rest)
        if y:
            out["year"] = int(y.group(1))
            rest = rest[: y.start()].strip()
        out["name"] = rest or None
    elif (n := _BARE_NUMBER.search(text)) is not None:
        out["number"] = n.group(1)
    return out
