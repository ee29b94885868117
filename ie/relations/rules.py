"""Deterministic relations where the structure is unambiguous (cues in ``ie/patterns/patterns.yaml``):

- «LEGAL_REF [,] ngày D» -> issued_on;
- «LEGAL_REF [,] [ngày D] của ORG» -> issued_by;
- «LEGAL_REF X … thực hiện / triển khai / quy định chi tiết … LEGAL_REF Y» in one sentence, with no
  «;», «Căn cứ», «sửa đổi» or «thay thế» between and no other reference between -> X implements Y;
- footnotes: «… 02 dự án⁵ với tổng mức đầu tư 12 tỷ đồng» where footnote ⁵ lists the projects ->
  each PROJECT of the footnote line has_amount (has_area for an AREA) the sentence's only amount.

    >>> from ie.schema import Entity
    >>> text = "Nghị quyết số 188-NQ/TU ngày 25/10/2024 của Ban Thường vụ Tỉnh ủy"
    >>> ents = [Entity(id="e0", start=0, end=23, label="LEGAL_REF"), Entity(id="e1", start=24, end=39, label="DATE"),
    ...         Entity(id="e2", start=44, end=65, label="ORG")]
    >>> [(r.head, r.label, r.tail) for r in rule_relations(text, ents)]
    [('e0', 'issued_on', 'e1'), ('e0', 'issued_by', 'e2')]
"""

from __future__ import annotations

from ie.patterns import cues
from ie.schema import Entity, Relation
from ie.text.sentences import split_sentences

IMPLEMENTS_WINDOW = 70


def _issued(text: str, ents: list[Entity]) -> list[Relation]:
    cue = cues()
    out: list[Relation] = []
    for i, ref in enumerate(ents):
        if ref.label != "LEGAL_REF" or i + 1 >= len(ents):
            continue
        nxt: Entity | None = ents[i + 1]
        pos = ref.end
        if nxt is not None and nxt.label == "DATE" and cue["issued_on_gap"].match(text[pos : nxt.start]):
            out.append(Relation(head=ref.id, tail=nxt.id, label="issued_on", score=1.0))
            pos = nxt.end
            nxt = ents[i + 2] if i + 2 < len(ents) else None
        if nxt is not None and nxt.label == "ORG" and cue["issued_by_gap"].match(text[pos : nxt.start]):
            out.append(Relation(head=ref.id, tail=nxt.id, label="issued_by", score=1.0))
    return out


def _implements(text: str, ents: list[Entity], sentences: list[tuple[int, int]]) -> list[Relation]:
    cue = cues()
    out: list[Relation] = []
    for a, b in sentences:
        refs = [e for e in ents if a <= e.start < b and e.label == "LEGAL_REF"]
        for x, y in zip(refs, refs[1:]):
            between = text[x.end : y.start]
            if (cue["implements_trigger"].search(between[-IMPLEMENTS_WINDOW:]) and not cue["implements_block"].search(between)
                    and x.text != y.text):
                out.append(Relation(head=x.id, tail=y.id, label="implements", score=1.0))
    return out


_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def _footnotes(text: str, ents: list[Entity], sentences: list[tuple[int, int]]) -> list[Relation]:
    cue = cues()
    lines = {m.group(1).translate(_SUPERSCRIPT): (m.start(), m.end()) for m in cue["footnote_line"].finditer(text)}
    out: list[Relation] = []
    for ref in cue["footnote_ref"].finditer(text):
        span = lines.get(ref.group(1).translate(_SUPERSCRIPT))
        sentence = next(((a, b) for a, b in sentences if a <= ref.start() < b), None)
        if span is None or sentence is None:
            continue
        amounts = [e for e in ents if sentence[0] <= e.start < sentence[1] and e.label in ("MONEY", "AREA")]
        if len(amounts) != 1:
            continue
        label = "has_amount" if amounts[0].label == "MONEY" else "has_area"
        for project in (e for e in ents if span[0] <= e.start < span[1] and e.label == "PROJECT"):
            out.append(Relation(head=project.id, tail=amounts[0].id, label=label, score=0.9))
    return out


def rule_relations(text: str, entities: list[Entity], sentences: list[tuple[int, int]] | None = None) -> list[Relation]:
    ents = sorted(entities, key=lambda e: e.start)
    sentences = split_sentences(text) if sentences is None else sentences
    return _issued(text, ents) + _implements(text, ents, sentences) + _footnotes(text, ents, sentences)
