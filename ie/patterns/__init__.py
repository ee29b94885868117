"""The pattern source of the regular labels (``patterns.yaml``), compiled on first use.

    >>> [(m.label, m.text) for m in find("Nghị quyết số 188-NQ/TU ngày 25/10/2024 thu 10.595 triệu đồng")]
    [('LEGAL_REF', 'Nghị quyết số 188-NQ/TU'), ('DATE', 'ngày 25/10/2024'), ('MONEY', '10.595 triệu đồng')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

PATTERN_FILE = Path(__file__).with_name("patterns.yaml")
LAW_NAMES_FILE = PATTERN_FILE.with_name("law_names.txt")
PATTERN_LABELS = ("LEGAL_REF", "DATE", "MONEY", "AREA", "PERCENT")


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    label: str
    text: str


def _alternation(path: Path) -> str:
    """One line of ``path`` a name (``#`` starts a comment): a regex alternation, longest first
    (``re.escape`` escapes spaces too, so it reads the same under re.VERBOSE)."""
    names = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    names = sorted({n for n in names if n and not n.startswith("#")}, key=lambda n: (-len(n), n))
    return "|".join(re.escape(n) for n in names)


@lru_cache(maxsize=1)
def compiled() -> dict[str, re.Pattern[str]]:
    """label -> compiled pattern, built from ``patterns.yaml``."""
    spec = _spec()
    return {label: re.compile(_expand(spec[label], spec["fragments"]), re.VERBOSE) for label in PATTERN_LABELS}


@lru_cache(maxsize=1)
def cues() -> dict[str, re.Pattern[str]]:
    """The named cues of the relation rules and the gazetteer (``cues`` in ``patterns.yaml``)."""
    spec = _spec()
    return {name: re.compile(_expand(source, spec["fragments"])) for name, source in spec["cues"].items()}


def _spec() -> dict:
    spec = yaml.safe_load(PATTERN_FILE.read_text(encoding="utf-8"))
    spec["fragments"]["law_name"] = _alternation(LAW_NAMES_FILE)
    return spec


def _expand(source: str, fragments: dict[str, str]) -> str:
    """``{name}`` -> the fragment of that name, as a group (fragments may use fragments)."""
    return re.sub(r"\{([a-z_]+)\}", lambda m: f"(?:{_expand(fragments[m.group(1)], fragments)})", source)


def find(text: str, labels: tuple[str, ...] = PATTERN_LABELS) -> list[Match]:
    """All non-overlapping matches in ``text``; on overlap the longer one wins,
    on a tie the label listed first in ``PATTERN_LABELS``."""
    pats = compiled()
    found: list[Match] = []
    for rank, label in enumerate(PATTERN_LABELS):
        if label not in labels:
            continue
        for m in pats[label].finditer(text):
            if m.end() > m.start():
                found.append(Match(m.start(), m.end(), label, m.group(0)))
    order = {label: i for i, label in enumerate(PATTERN_LABELS)}
    found.sort(key=lambda m: (-(m.end - m.start), order[m.label], m.start))
    taken: list[Match] = []
    for m in found:
        if all(m.end <= t.start or m.start >= t.end for t in taken):
            taken.append(m)
    return sorted(taken, key=lambda m: m.start)
