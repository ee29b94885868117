"""Features of a relation candidate: what lies between and around the two entities.

Every feature is a string conjoined with the candidate's label pair, so the
same cue («của», «ngày», «tại», «thực hiện») is weighed per relation type.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from ie.relations.candidates import Candidate, candidates
from ie.schema import Entity

_WORD = re.compile(r"\w+|[^\w\s]")
_LEVELS = re.compile(r"^(tỉnh|thành phố|tp\.?|huyện|quận|thị xã|thị trấn|xã|phường|thôn|xóm|bản|ấp|tổ dân phố|khối|khu phố|đặc khu)\b", re.I)


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(unicodedata.normalize("NFC", text))]


def _level(text: str) -> str:
    m = _LEVELS.match(unicodedata.normalize("NFC", text))
    return m.group(1).lower() if m else "-"


def _bucket(n: int) -> str:
    return str(n) if n < 4 else "4-6" if n < 7 else "7-12" if n < 13 else "13+"


def features(c: Candidate, text: str, entities_between: int, same_label_between: int) -> list[str]:
    h, t = c.head, c.tail
    forward = h.start < t.start
    left, right = (h, t) if forward else (t, h)
    between = _words(text[left.end : right.start])
    before = _words(text[max(c.sentence[0], left.start - 40) : left.start])[-2:]
    after = _words(text[right.end : min(c.sentence[1], right.end + 40)])[:2]
    pair = f"{h.label}>{t.label}"
    feats = [
        "bias",
        f"dir={forward}",
        f"nwords={_bucket(len(between))}",
        f"nents={_bucket(entities_between)}",
        f"nsame={_bucket(same_label_between)}",
        f"first={between[0] if between else '<adj>'}",
        f"last={between[-1] if between else '<adj>'}",
        f"hlev={_level(h.text or '')}",
        f"tlev={_level(t.text or '')}",
        f"pipe={'|' in between}",
        f"semi={';' in between}",
        f"paren={'(' in between or ')' in between}",
    ]
    feats += [f"bw={w}" for w in between[:12]]
    feats += [f"bb={a}_{b}" for a, b in zip(between[:8], between[1:9])]
    feats += [f"pre={w}" for w in before] + [f"post={w}" for w in after]
    return [f"{pair}|{f}" for f in feats] + [f"dir={forward}|{pair}"]


def candidate_features(text: str, entities: list[Entity], skip: set[tuple[str, str]]) -> Iterator[tuple[Candidate, list[str]]]:
    """Every candidate of ``text`` with its features, except pairs in ``skip`` (either direction)."""
    ents = sorted(entities, key=lambda e: e.start)
    for c in candidates(text, ents):
        if (c.head.id, c.tail.id) in skip or (c.tail.id, c.head.id) in skip:
            continue
        lo, hi = min(c.head.start, c.tail.start), max(c.head.end, c.tail.end)
        inside = [e for e in ents if lo <= e.start and e.end <= hi and e is not c.head and e is not c.tail]
        same = sum(1 for e in inside if e.label == c.tail.label)
        yield c, features(c, text, len(inside), same)
