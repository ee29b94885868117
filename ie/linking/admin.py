"""ADMIN_UNIT -> level, name, and the unit in the registry after 1 July 2025.

    >>> parse_admin_unit("phường Chi Lăng")
    {'level': 'phường', 'name': 'Chi Lăng'}
    >>> parse_admin_unit("TP. Lạng Sơn")
    {'level': 'thành phố', 'name': 'Lạng Sơn'}
    >>> link_admin_unit("phường Chi Lăng", province_hints=["tinhlangson"])["resolved"]
    'Phường Lương Văn Tri, Tỉnh Lạng Sơn'
    >>> sorted(link_admin_unit("phường Chi Lăng")["candidates"])[:2]
    ['Phường Chi Lăng, Tỉnh An Giang', 'Phường Hội Phú, Tỉnh Gia Lai']
"""

from __future__ import annotations

import re
from typing import Any

from ie.linking.registry import DISTRICT_LEVELS, WARD_LEVELS, Registry, key
from ie.text.normalize import normalize

_LEVEL = re.compile(
    r"^(tỉnh|thành phố|tp\.?|huyện|quận|thị xã|tx\.?|thị trấn|tt\.?|xã|phường|p\.|q\.|đặc khu|thôn|xóm|bản|ấp|"
    r"khối|tổ dân phố|tdp|khu phố|tổ|khu)\s*",
    re.I,
)
_ALIASES = {"tp": "thành phố", "tp.": "thành phố", "tx": "thị xã", "tx.": "thị xã", "tt": "thị trấn", "tt.": "thị trấn",
            "p.": "phường", "q.": "quận", "tdp": "tổ dân phố"}
PROVINCE_LEVEL = {"tỉnh", "thành phố"}


def parse_admin_unit(text: str) -> dict[str, str | None]:
    t = normalize(text).text.strip()
    m = _LEVEL.match(t)
    if not m:
        return {"level": None, "name": t}
    level = m.group(1).lower()
    return {"level": _ALIASES.get(level, level), "name": t[m.end():].strip() or t}


def _ward_label(rec: dict[str, Any]) -> str:
    return f"{rec['new_ward']}, {rec['new_province']}"


def link_admin_unit(text: str, province_hints: list[str] | None = None, district_hints: list[str] | None = None) -> dict[str, Any]:
    """Level and name, and the registry unit where the text and its context make it unique.

    ``province_hints``: registry keys of provinces the document places this unit in (its
    located_in chain first, then the document's own province); ``district_hints``: names of the
    old districts its located_in chain gives («phường 6, quận Gò Vấp»).
    Ambiguous units are left unresolved with their candidates, never guessed; a unit the
    registry only knows in another province than the document's is not resolved either.
    """
    reg = Registry.load()
    value: dict[str, Any] = dict(parse_admin_unit(text))
    level, name = value["level"], value["name"] or ""
    hints = [h for h in (province_hints or []) if h]
    if level in PROVINCE_LEVEL or level is None:
        prov = reg.province(name)
        if prov is not None and (level == "tỉnh" or level is None or not reg.district_provinces("thành phố", name)):
            value.update(province=prov["new"], resolved=prov["new"], status="resolved")
            return value
    if level in WARD_LEVELS or level is None:
        everywhere = reg.wards(level or "", name)
        for hint in hints:
            recs = reg.wards(level or "", name, province_key=hint)
            if recs and district_hints:
                keys = {key(d) for d in district_hints}
                narrowed = [r for r in recs if any(r["old_district_key"].endswith(k) for k in keys)]
                recs = narrowed or recs
            targets = sorted({_ward_label(r) for r in recs})
            if len(targets) == 1:
                rec = recs[0]
                value.update(province=rec["new_province"], old_district=rec["old_district"], resolved=targets[0], status="resolved")
                return value
            if targets:
                value.update(status="ambiguous", candidates=targets)
                return value
        targets = sorted({_ward_label(r) for r in everywhere})
        if targets and hints:
            value.update(status="not_in_registry", candidates=targets[:20],
                         note="the registry has this name only outside the document's province")
            return value
        if len(targets) == 1:
            rec = everywhere[0]
            value.update(province=rec["new_province"], old_district=rec["old_district"], resolved=targets[0], status="resolved")
            return value
        if targets:
            value.update(status="ambiguous", candidates=targets[:20])
            return value
    if level in DISTRICT_LEVELS or level is None:
        provs = reg.district_provinces(level or "", name)
        if hints:
            provs = [p for p in provs if p in hints or reg.provinces[p]["new_key"] in hints] or provs
        if len(provs) == 1:
            prov = reg.provinces[provs[0]]
            value.update(province=prov["new"], status="district_abolished",
                         note="district-level units were abolished on 1 July 2025; the province is given")
            return value
        if provs:
            value.update(status="ambiguous", candidates=sorted(reg.provinces[p]["new"] for p in provs))
            return value
    value.setdefault("status", "not_in_registry")
    return value


def province_of(text: str) -> str | None:
    """Registry key of the province a unit or body name points to («UBND tỉnh Lạng Sơn» -> 'tinhlangson')."""
    reg = Registry.load()
    t = normalize(text).text
    m = re.search(r"(?:tỉnh|TỈNH|[Tt]hành phố|THÀNH PHỐ|TP\.?)\s+(.+)$", t)
    if m:
        return reg.province_key(m.group(1))
    return reg.province_key(t)
