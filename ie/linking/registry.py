"""The official registry of administrative units after the 1 July 2025 reorganisation.

Read from the mapping that underthesea ships (``underthesea/address/data/mapping.json``,
source: vietnamadminunits, effective 2025-07-01) on first use, indexed by
accent-free keys.

    >>> reg = Registry.load()
    >>> reg.province("Lạng Sơn")["new"]
    'Tỉnh Lạng Sơn'
    >>> [r["new_ward"] for r in reg.wards("phường", "Chi Lăng", province_key="tinhlangson")]
    ['Phường Lương Văn Tri']
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

WARD_LEVELS = {"phường": "phuong", "xã": "xa", "thị trấn": "thitran", "đặc khu": "dackhu"}
DISTRICT_LEVELS = {"huyện": "huyen", "quận": "quan", "thị xã": "thixa", "thành phố": "thanhpho"}
PROVINCE_ALIASES = {"tphcm": "thanhphohochiminh", "hcm": "thanhphohochiminh", "saigon": "thanhphohochiminh",
                    "hue": "thanhphohue", "thuathienhue": "thanhphohue"}


def key(text: str) -> str:
    """Accent-free lower-case key: «Phường Chi Lăng» -> 'phuongchilang'."""
    nfd = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return re.sub(r"[^a-z0-9]", "", "".join(c for c in nfd if not unicodedata.combining(c)).lower())


def _mapping_path() -> Path:
    import underthesea.address as address  # the data file only; none of its code runs

    return Path(address.__file__).parent / "data" / "mapping.json"


@dataclass
class Registry:
    provinces: dict[str, dict[str, Any]]
    province_names: dict[str, str]
    by_ward: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    by_new_ward: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    by_district: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> "Registry":
        data = json.loads(_mapping_path().read_text(encoding="utf-8"))
        provinces: dict[str, dict[str, Any]] = {}
        names: dict[str, str] = {}
        for old_key, new_key in data["province_mapping"].items():
            old = data["old_province_names"][old_key]
            new = data["province_names"][new_key]
            provinces[old_key] = {"old": old["name"], "new": new["name"], "new_key": new_key, "code": new["code"]}
            for alias in (old["name"], old["short"]):
                names[key(alias)] = old_key
        for new_key, new in data["province_names"].items():
            provinces.setdefault(new_key, {"old": None, "new": new["name"], "new_key": new_key, "code": new["code"]})
            for alias in (new["name"], new["short"]):
                names.setdefault(key(alias), new_key)
        for alias, target in PROVINCE_ALIASES.items():
            names[alias] = target
        reg = cls(provinces, names)
        for rec in data["ward_mapping"]:
            reg.by_ward.setdefault(rec["old_ward_key"], []).append(rec)
            reg.by_new_ward.setdefault(rec["new_ward_key"], []).append(rec)
            reg.by_district.setdefault(rec["old_district_key"], [])
            if rec["old_province_key"] not in reg.by_district[rec["old_district_key"]]:
                reg.by_district[rec["old_district_key"]].append(rec["old_province_key"])
        return reg

    def province_key(self, name: str) -> str | None:
        k = key(name)
        for prefix in ("tinh", "thanhpho", "tp"):
            if k.startswith(prefix) and k[len(prefix):] in self.province_names:
                return self.province_names[k[len(prefix):]]
        return self.province_names.get(k)

    def province(self, name: str) -> dict[str, Any] | None:
        pk = self.province_key(name)
        return None if pk is None else {"key": pk, **self.provinces[pk]}

    def wards(self, level: str, name: str, province_key: str | None = None) -> list[dict[str, Any]]:
        """Registry records for a ward-level unit (old name, or a new name that stayed)."""
        prefixes = [WARD_LEVELS[level]] if level in WARD_LEVELS else list(WARD_LEVELS.values())
        found: list[dict[str, Any]] = []
        for p in prefixes:
            k = p + key(name)
            found += self.by_ward.get(k, [])
            found += [r for r in self.by_new_ward.get(k, []) if r not in found]
        if province_key is not None:
            allowed = {province_key, self.provinces.get(province_key, {}).get("new_key")}
            found = [r for r in found if r["old_province_key"] in allowed or r["new_province_key"] in allowed]
        return found

    def district_provinces(self, level: str, name: str) -> list[str]:
        prefixes = [DISTRICT_LEVELS[level]] if level in DISTRICT_LEVELS else list(DISTRICT_LEVELS.values())
        out: list[str] = []
        for p in prefixes:
            out += [pk for pk in self.by_district.get(p + key(name), []) if pk not in out]
        return out
