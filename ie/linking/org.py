"""ORG -> the name with its abbreviations written out (table: ``ie/patterns/org_abbreviations.tsv``).

    >>> expand_org("UBND tỉnh")
    'Ủy ban nhân dân tỉnh'
    >>> expand_org("Phòng GD-ĐT thành phố")
    'Phòng Giáo dục và Đào tạo thành phố'
    >>> expand_org("BTV Tỉnh ủy")
    'Ban Thường vụ Tỉnh ủy'
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

TABLE = Path(__file__).resolve().parent.parent / "patterns" / "org_abbreviations.tsv"


@lru_cache(maxsize=1)
def _table() -> tuple[re.Pattern[str], dict[str, str]]:
    rows: dict[str, str] = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            abbr, expansion = line.split("\t")
            rows[abbr] = expansion
    alternatives = "|".join(re.escape(a) for a in sorted(rows, key=len, reverse=True))
    return re.compile(rf"(?<![\w&-])(?:{alternatives})(?![\w&])"), rows


def expand_org(name: str) -> str:
    pattern, rows = _table()
    return re.sub(r"\s+", " ", pattern.sub(lambda m: rows[m.group(0)], name)).strip()
