"""Deterministic relations where the structure is unambiguous:
«LEGAL_REF [,] ngày D» -> issued_on, «LEGAL_REF [,] [ngày D] của ORG» -> issued_by.

    >>> from ie.schema import Entity
    >>> text = "Nghị quyết số 188-NQ/TU ngày 25/10/2024 của Ban Thường vụ Tỉnh ủy"
    >>> ents = [Entity(id="e0", start=0, end=23, label="LEGAL_REF"), Entity(id="e1", start=24, end=39, label="DATE"),
    ...         Entity(id="e2", start=44, end=65, label="ORG")]
    >>> [(r.head, r.label, r.tail) for r in rule_relations(text, ents)]
    [('e0', 'issued_on', 'e1'), ('e0', 'issued_by', 'e2')]
"""

from __future__ import annotations

import re

from ie.schema import Entity, Relation

_GAP_DATE = re.compile(r"[\s,]*(?:ban hành |được ban hành )?$")
_GAP_OF = re.compile(r"[\s,]*(?:của|do)\s+$")


def rule_relations(text: str, entities: list[Entity]) -> list[Relation]:
    ents = sorted(entities, key=lambda e: e.start)
    out: list[Relation] = []
    for i, ref in enumerate(ents):
        if ref.label != "LEGAL_REF":
            continue
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        if nxt is None:
            continue
        pos = ref.end
        if nxt.label == "DATE" and _GAP_DATE.match(text[pos : nxt.start]):
            out.append(Relation(head=ref.id, tail=nxt.id, label="issued_on", score=1.0))
            pos = nxt.end
            nxt = ents[i + 2] if i + 2 < len(ents) else None
        if nxt is not None and nxt.label == "ORG" and _GAP_OF.match(text[pos : nxt.start]):
            out.append(Relation(head=ref.id, tail=nxt.id, label="issued_by", score=1.0))
    return out
