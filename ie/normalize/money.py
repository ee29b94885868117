"""MONEY -> integer VND.

    >>> normalize_money("10.595 triệu đồng")
    {'vnd': 10595000000}
    >>> normalize_money("10.367,700 tỷ đồng")
    {'vnd': 10367700000000}
    >>> normalize_money("Hai tỷ chín trăm hai mươi mốt triệu, năm trăm ba mươi tám nghìn đồng")
    {'vnd': 2921538000}
    >>> normalize_money("20 triệu USD")
    {'amount': 20000000, 'currency': 'USD'}
"""

from __future__ import annotations

import re

from ie.normalize.numbers import as_int_if_whole, parse_number
from ie.normalize.words import words_to_number

_SCALES = (
    (re.compile(r"(?:nghìn|ngàn) tỷ"), 10**12),
    (re.compile(r"triệu tỷ"), 10**15),
    (re.compile(r"t[ỷỉ]"), 10**9),
    (re.compile(r"triệu"), 10**6),
    (re.compile(r"nghìn|ngàn"), 10**3),
)


def normalize_money(text: str) -> dict[str, object] | None:
    """«10.595 triệu đồng», «20.000 đồng», and amounts written in words («Hai tỷ … đồng»)."""
    value = parse_number(text)
    if value is None:
        spelled = words_to_number(text)
        return None if spelled is None else {"vnd": spelled}
    scale = next((factor for pat, factor in _SCALES if pat.search(text)), 1)
    amount = as_int_if_whole(value * scale)
    if "USD" in text:
        return {"amount": amount, "currency": "USD"}
    return {"vnd": int(round(value * scale))}
