"""Vietnamese number notation: «.» groups thousands, «,» marks decimals.

    >>> parse_number("10.367,700")
    10367.7
    >>> parse_number("6.000.000")
    6000000
"""

from __future__ import annotations

import re

_NUMBER = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?")


def parse_number(text: str) -> int | float | None:
    """The first number written in ``text``, as int where it is whole."""
    m = _NUMBER.search(text)
    if not m:
        return None
    raw = m.group(0)
    if re.fullmatch(r"\d+\.\d{1,2}", raw):  # «1.5» written with a decimal point
        value = float(raw)
    else:
        value = float(raw.replace(".", "").replace(",", "."))
    return int(value) if value.is_integer() else value


def as_int_if_whole(value: float) -> int | float:
    rounded = round(value, 6)
    return int(rounded) if float(rounded).is_integer() else rounded
