"""Relation candidates: entity pairs in one sentence (list item, table row, footnote line)
whose labels fit the relation table of schema v1.

    >>> from ie.schema import Entity
    >>> text = "Nghị quyết số 188-NQ/TU ngày 25/10/2024 của Ban Thường vụ Tỉnh ủy."
    >>> ents = [Entity(id="e0", start=0, end=23, label="LEGAL_REF"), Entity(id="e1", start=24, end=39, label="DATE"),
    ...         Entity(id="e2", start=44, end=65, label="ORG")]
    >>> [(c.head.id, c.tail.id, c.labels) for c in candidates(text, ents)]
    [('e0', 'e1', ('issued_on',)), ('e0', 'e2', ('issued_by',))]
"""

from __future__ import annotations

from dataclasses import dataclass

from ie.schema import RELATION_LABELS, Entity, relation_fits
from ie.text.sentences import split_sentences


@dataclass(frozen=True)
class Candidate:
    head: Entity
    tail: Entity
    labels: tuple[str, ...]
    sentence: tuple[int, int]


def fitting_labels(head_label: str, tail_label: str) -> tuple[str, ...]:
    return tuple(r for r in RELATION_LABELS if relation_fits(r, head_label, tail_label))


def candidates(text: str, entities: list[Entity], sentences: list[tuple[int, int]] | None = None) -> list[Candidate]:
    """Every ordered pair of distinct entities of one sentence with at least one fitting label."""
    sentences = split_sentences(text) if sentences is None else sentences
    ents = sorted(entities, key=lambda e: e.start)
    out: list[Candidate] = []
    k = 0
    for a, b in sentences:
        while k < len(ents) and ents[k].start < a:
            k += 1
        group = []
        j = k
        while j < len(ents) and ents[j].start < b:
            group.append(ents[j])
            j += 1
        for h in group:
            for t in group:
                if h is t:
                    continue
                labels = fitting_labels(h.label, t.label)
                if labels:
                    out.append(Candidate(h, t, labels, (a, b)))
    return out
