"""Numbers written in Vietnamese words, as in the amount lines of decisions.

    >>> words_to_number("Sáu nghìn ba trăm ba mươi tám tỷ bốn trăm bảy mươi tám triệu")
    6338478000000
    >>> words_to_number("Hai mươi mốt nghìn, tám trăm sáu mươi tỷ")
    21860000000000
    >>> words_to_number("một trăm linh năm")
    105
"""

from __future__ import annotations

import re

DIGITS = {"không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5,
          "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9}
SCALES = (("tỷ", 10**9), ("tỉ", 10**9), ("triệu", 10**6), ("nghìn", 10**3), ("ngàn", 10**3))
WORDS = frozenset(DIGITS) | {"mười", "mươi", "trăm", "linh", "lẻ"} | {s for s, _ in SCALES}


def _below_thousand(words: list[str]) -> int:
    value = 0
    if "trăm" in words:
        i = words.index("trăm")
        value += (DIGITS.get(words[i - 1], 1) if i > 0 else 1) * 100
        words = words[i + 1 :]
    if "mười" in words:
        value += 10
        words = words[words.index("mười") + 1 :]
    elif "mươi" in words:
        i = words.index("mươi")
        value += (DIGITS.get(words[i - 1], 0) if i > 0 else 0) * 10
        words = words[i + 1 :]
    units = [DIGITS[w] for w in words if w in DIGITS]
    return value + (units[-1] if units else 0)


def _value(words: list[str]) -> int:
    for scale, factor in SCALES:
        if scale in words:
            i = len(words) - 1 - words[::-1].index(scale)  # the last, largest occurrence
            left = _value(words[:i]) if i > 0 else 1
            return left * factor + _value(words[i + 1 :])
    return _below_thousand(words)


def words_to_number(text: str) -> int | None:
    """The number a phrase of Vietnamese number words says, or None if it has none."""
    words = [w for w in re.findall(r"[^\W\d_]+", text.lower()) if w in WORDS]
    if not words or not any(w in DIGITS or w == "mười" for w in words):
        return None
    return _value(words)
