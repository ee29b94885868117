"""DATE -> ISO 8601 as far as the text goes.

    >>> [normalize_date(t)["iso"] for t in ("ngày 25/10/2024", "ngày 16 tháng 6 năm 2025",
    ...     "tháng 3/2025", "năm 2025", "Quý II/2025", "giai đoạn 2021 - 2030", "ngày 08 và 09 tháng 11 năm 2025")]
    ['2024-10-25', '2025-06-16', '2025-03', '2025', '2025-Q2', '2021/2030', '2025-11-08/2025-11-09']

Without a year (ISO 8601 truncated forms): «8/3» and «ngày 15 tháng 6» -> ``--03-08``, ``--06-15``;
«tháng 5» -> ``--05``.
"""

from __future__ import annotations

import re

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_YEAR = r"((?:19|20)\d{2})"
_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"(\d{{1,2}})\s*(?:và|-|đến(?: ngày)?)\s*(\d{{1,2}}) tháng (\d{{1,2}}) năm {_YEAR}", re.I), "days"),
    (re.compile(rf"(\d{{1,2}}) tháng (\d{{1,2}}) năm {_YEAR}", re.I), "dmy"),
    (re.compile(rf"(\d{{1,2}})[/.-](\d{{1,2}})[/.-]{_YEAR}"), "dmy"),
    (re.compile(r"^(?:ngày )?(\d{1,2})/(\d{1,2})$", re.I), "dm"),
    (re.compile(r"^ngày (\d{1,2}) tháng (\d{1,2})$", re.I), "dm"),
    (re.compile(rf"quý (IV|I{{1,3}}|V|[1-4])\s*(?:năm|/|-)\s*{_YEAR}", re.I), "quarter"),
    (re.compile(rf"tháng (\d{{1,2}})\s*(?:năm|/|-)\s*{_YEAR}", re.I), "my"),
    (re.compile(r"^tháng (\d{1,2})$", re.I), "m"),
    (re.compile(rf"{_YEAR}\s*[-–—]\s*{_YEAR}"), "range"),
    (re.compile(_YEAR), "y"),
]


def _valid(y: int, m: int, d: int | None = None) -> bool:
    return 1 <= m <= 12 and (d is None or 1 <= d <= 31)


def normalize_date(text: str) -> dict[str, object] | None:
    for pat, kind in _RULES:
        m = pat.search(text)
        if not m:
            continue
        g = m.groups()
        if kind == "days":
            d1, d2, mo, y = int(g[0]), int(g[1]), int(g[2]), int(g[3])
            if _valid(y, mo, d1) and _valid(y, mo, d2):
                return {"iso": f"{y:04d}-{mo:02d}-{d1:02d}/{y:04d}-{mo:02d}-{d2:02d}"}
        elif kind == "dmy":
            d, mo, y = int(g[0]), int(g[1]), int(g[2])
            if _valid(y, mo, d):
                return {"iso": f"{y:04d}-{mo:02d}-{d:02d}"}
        elif kind == "dm":
            d, mo = int(g[0]), int(g[1])
            if _valid(2000, mo, d):
                return {"iso": f"--{mo:02d}-{d:02d}"}
        elif kind == "quarter":
            return {"iso": f"{int(g[1]):04d}-Q{_ROMAN[g[0].upper()]}"}
        elif kind == "my":
            mo, y = int(g[0]), int(g[1])
            if _valid(y, mo):
                return {"iso": f"{y:04d}-{mo:02d}"}
        elif kind == "m":
            if _valid(2000, int(g[0])):
                return {"iso": f"--{int(g[0]):02d}"}
        elif kind == "range":
            return {"iso": f"{g[0]}/{g[1]}"}
        else:
            return {"iso": g[0]}
    return None
