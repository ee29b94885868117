"""AREA -> square metres; PERCENT -> number.

    >>> normalize_area("6.686,4m²")
    {'m2': 6686.4}
    >>> normalize_area("12 ha")
    {'m2': 120000}
    >>> normalize_percent("32,2%")
    {'value': 32.2}
"""

from __future__ import annotations

import re

from ie.normalize.numbers import as_int_if_whole, parse_number

_AREA_UNITS = (
    (re.compile(r"km²|km2|km vuông"), 10**6),
    (re.compile(r"(?<![^\W\d_])ha(?![^\W\d_])|héc ?ta|hecta"), 10**4),
    (re.compile(r"m²|m2|m 2|mét vuông"), 1),
)


def normalize_area(text: str) -> dict[str, object] | None:
    value = parse_number(text)
    if value is None:
        return None
    factor = next((f for pat, f in _AREA_UNITS if pat.search(text)), None)
    if factor is None:
        return None
    return {"m2": as_int_if_whole(value * factor)}


def normalize_percent(text: str) -> dict[str, object] | None:
    value = parse_number(text)
    return None if value is None else {"value": value}
