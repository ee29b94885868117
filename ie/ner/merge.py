"""Pipeline stage ``ie_merge``: one flat list of entities from the pattern layer and the statistical NER.

The rule: a pattern match of a regular label (LEGAL_REF, DATE, MONEY, AREA,
PERCENT) wins; an NER entity that overlaps one is dropped. NER entities of
the regular labels that no pattern found are kept (score from the model).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ie import extensions
from ie.schema import Entity


def trim(ent: Entity, text: str) -> Entity | None:
    """A predicted span without edge white space (schema v1 forbids it); None if nothing is left,
    or if the span crosses a table cell boundary (« | »): no entity spans two cells."""
    start, end = ent.start, ent.end
    if "|" in text[start:end]:
        return None
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return None
    if (start, end) == (ent.start, ent.end):
        return ent
    return ent.model_copy(update={"start": start, "end": end, "text": text[start:end]})


def merge_entities(patterns: list[Entity], predicted: list[Entity]) -> list[Entity]:
    """Pattern matches first, then every prediction that overlaps none of them."""
    kept = list(patterns)
    for ent in sorted(predicted, key=lambda e: e.start):
        if any(ent.start < p.end and p.start < ent.end for p in kept):
            continue
        kept.append(ent)
    kept.sort(key=lambda e: (e.start, e.end))
    return [e.model_copy(update={"id": f"e{i}"}) for i, e in enumerate(kept)]


class MergeStage:
    def __init__(self, labels: list[str] | None):
        extensions.register()
        self.keep = set(labels) if labels else None

    def __call__(self, doc: Doc) -> Doc:
        patterns = doc._.pattern_matches or []
        pattern_spans = {(p.start, p.end) for p in patterns}
        predicted = [
            Entity(id="", start=s.start_char, end=s.end_char, label=s.label_, text=s.text, source="ner")
            for s in doc.ents
            if (s.start_char, s.end_char) not in pattern_spans
        ]
        predicted += list(doc._.ner_matches or [])  # the transformers backend, when configured
        text = doc.text  # built from the tokens on every access: read it once
        trimmed = (trim(e, text) for e in predicted)
        merged = merge_entities(patterns, [e for e in trimmed if e is not None])
        if self.keep is not None:
            merged = [e for e in merged if e.label in self.keep]
        doc._.entities = merged
        return doc


@Language.factory("ie_merge", assigns=["doc._.entities"], default_config={"labels": None})
def make_merge_stage(nlp: Language, name: str, labels: list[str] | None) -> MergeStage:
    return MergeStage(labels)
