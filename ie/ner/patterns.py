"""Pipeline stage ``ie_patterns``: the regular labels (LEGAL_REF, DATE, MONEY, AREA, PERCENT) from
:mod:`ie.patterns`, matched on the normalised text and mapped back to the caller's offsets.

Matches that fall on token boundaries are also set as ``doc.ents`` so that a
statistical ``ner`` after this stage keeps them and predicts around them.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ie import extensions
from ie.patterns import PATTERN_LABELS, find
from ie.schema import Entity
from ie.text.normalize import normalize


class PatternStage:
    def __init__(self, labels: list[str]):
        extensions.register()
        self.labels = tuple(labels)

    def __call__(self, doc: Doc) -> Doc:
        text = extensions.doc_text(doc)
        norm = doc._.normalized = normalize(text)  # the gazetteer stage reads it too
        found: list[Entity] = []
        spans: list[Span] = []
        for m in find(norm.text, self.labels):
            start, end = norm.to_original(m.start, m.end)
            found.append(Entity(id="", start=start, end=end, label=m.label, text=text[start:end], score=1.0, source="pattern"))
            span = doc.char_span(start, end, label=m.label)
            if span is not None:
                spans.append(span)
        doc._.pattern_matches = found
        doc.set_ents(spans, default="unmodified")
        return doc


@Language.factory("ie_patterns", assigns=["doc.ents", "doc._.pattern_matches", "doc._.normalized"], default_config={"labels": list(PATTERN_LABELS)})
def make_pattern_stage(nlp: Language, name: str, labels: list[str]) -> PatternStage:
    return PatternStage(labels)
