"""underthesea's own NER as a baseline, its PER/LOC/ORG mapped to PERSON/LOCATION/ORG with
character offsets (underthesea gives none: its tokens are found again in the text).

    >>> [(e.label, e.text) for e in underthesea_entities("Ông Nguyễn Văn Hạnh làm việc tại Hà Nội.")]  # doctest: +SKIP
    [('PERSON', 'Nguyễn Văn Hạnh'), ('LOCATION', 'Hà Nội')]
"""

from __future__ import annotations

import re

from ie.schema import Entity

LABEL_MAP = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORG"}


def underthesea_entities(text: str) -> list[Entity]:
    from underthesea import ner

    out: list[Entity] = []
    for line in re.finditer(r"[^\n]+", text):
        chunk = line.group(0)
        if not chunk.strip():
            continue
        cursor = 0
        current: list[int] | None = None
        label = ""
        spans: list[tuple[int, int, str]] = []
        for token, _pos, _chunk, tag in ner(chunk):
            idx = chunk.find(token, cursor)
            if idx < 0:
                continue
            cursor = idx + len(token)
            kind = tag[2:] if len(tag) > 2 else ""
            if tag.startswith("B-") or (tag.startswith("I-") and (current is None or kind != label)):
                if current is not None:
                    spans.append((current[0], current[1], label))
                current, label = [idx, cursor], kind
            elif tag.startswith("I-") and current is not None:
                current[1] = cursor
            else:
                if current is not None:
                    spans.append((current[0], current[1], label))
                current = None
        if current is not None:
            spans.append((current[0], current[1], label))
        for s, e, lab in spans:
            if lab in LABEL_MAP:
                a, b = line.start() + s, line.start() + e
                out.append(Entity(id=f"u{len(out)}", start=a, end=b, label=LABEL_MAP[lab], text=text[a:b], source="underthesea"))
    return out
