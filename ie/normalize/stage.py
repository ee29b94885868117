"""Pipeline stage ``ie_normalizer``: fills ``Entity.normalized`` for every entity that has a normaliser."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ie import extensions
from ie.normalize import normalize_value
from ie.text.normalize import normalize


class NormalizeStage:
    def __init__(self) -> None:
        extensions.register()

    def __call__(self, doc: Doc) -> Doc:
        for ent in doc._.entities or []:
            value = normalize_value(ent.label, normalize(ent.text or doc.text[ent.start : ent.end]).text)
            if value is not None:
                ent.normalized = value
        return doc


@Language.factory("ie_normalizer", assigns=["doc._.entities"], requires=["doc._.entities"])
def make_normalize_stage(nlp: Language, name: str) -> NormalizeStage:
    return NormalizeStage()
