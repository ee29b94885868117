"""Pipeline stage ``ie_relations``: rules first, then the trained classifier over the remaining candidates."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ie import extensions
from ie.relations.features import candidate_features
from ie.relations.model import RelationModel
from ie.relations.rules import rule_relations
from ie.schema import Entity, Relation

MODEL_FILE = "relations.json"


def extract_relations(text: str, entities: list[Entity], model: RelationModel | None) -> list[Relation]:
    """Relations among ``entities`` (character offsets into ``text``): rules, then the classifier."""
    found = {(r.head, r.tail): r for r in rule_relations(text, entities)}
    if model is not None:
        for c, feats in candidate_features(text, entities, set(found)):
            pred = model.predict(feats, c.labels)
            if pred is not None:
                found[(c.head.id, c.tail.id)] = Relation(head=c.head.id, tail=c.tail.id, label=pred[0], score=round(pred[1], 4))
    return sorted(found.values(), key=lambda r: (r.head, r.tail))


class RelationStage:
    def __init__(self) -> None:
        extensions.register()
        self.model: RelationModel | None = None

    def __call__(self, doc: Doc) -> Doc:
        doc._.relations = extract_relations(extensions.doc_text(doc), doc._.entities or [], self.model)
        return doc

    def to_disk(self, path: Path, exclude: object = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        if self.model is not None:
            self.model.to_disk(path / MODEL_FILE)

    def from_disk(self, path: Path, exclude: object = ()) -> "RelationStage":
        file = Path(path) / MODEL_FILE
        self.model = RelationModel.from_disk(file) if file.exists() else None
        return self


@Language.factory("ie_relations", assigns=["doc._.relations"], requires=["doc._.entities"])
def make_relation_stage(nlp: Language, name: str) -> RelationStage:
    return RelationStage()
