"""The extraction pipeline: a spaCy ``Language`` plus the conversion to :class:`ie.schema.Document`.

    >>> nlp = load()                                           # doctest: +SKIP
    >>> doc = nlp.extract("Thu 10.595 triệu đồng, đạt 32,2% dự toán")  # doctest: +SKIP
    >>> [(e.label, e.text, e.normalized) for e in doc.entities]  # doctest: +SKIP
    [('MONEY', '10.595 triệu đồng', {'vnd': 10595000000}), ('PERCENT', '32,2%', {'value': 32.2})]
"""

from __future__ import annotations

import itertools
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ie import extensions
from ie.errors import ModelError, check_text
from ie.schema import LABELS, Document, Entity, ModelInfo, Relation

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_MODEL = REPO_ROOT / "models" / "default"
#: the stages after tokenisation, in order; each is a registered spaCy factory
STAGES = ("ie_patterns", "ner", "ie_gazetteer", "ie_merge", "ie_normalizer", "ie_relations", "ie_linker")


def _register_factories() -> None:
    """Import the modules that declare the pipeline's factories (no models are loaded)."""
    import ie.linking.stage  # noqa: F401
    import ie.ner.gazetteer  # noqa: F401
    import ie.ner.merge  # noqa: F401
    import ie.ner.patterns  # noqa: F401
    import ie.ner.transformer  # noqa: F401
    import ie.normalize.stage  # noqa: F401
    import ie.relations.stage  # noqa: F401
    import ie.text.sentences  # noqa: F401
    import ie.text.tokenizer  # noqa: F401

    extensions.register()


def build_rules_pipeline() -> Language:
    """The pipeline without a trained NER: tokenizer, sentences, patterns and rules."""
    from ie.text.tokenizer import blank

    _register_factories()
    nlp = blank()
    for stage in STAGES:
        if stage != "ner":
            nlp.add_pipe(stage)
    return nlp


class Pipeline:
    """A loaded pipeline: ``extract`` one text, ``pipe`` many; ``nlp`` is the spaCy ``Language``."""

    def __init__(self, nlp: Language, info: ModelInfo, meta: dict[str, Any] | None = None):
        self.nlp = nlp
        self.info = info
        self.meta = meta or {}

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(self.meta.get("labels", LABELS))

    def extract(self, text: str, id: str = "doc", labels: Iterable[str] | None = None, relations: bool = True) -> Document:
        """Extract entities and relations from one text; offsets index ``text`` as given."""
        check_text(text)
        return self.to_document(self.nlp(text), id, labels, relations)

    def pipe(
        self,
        texts: Iterable[str],
        ids: Iterable[str] | None = None,
        batch_size: int = 8,
        labels: Iterable[str] | None = None,
        relations: bool = True,
    ) -> Iterator[Document]:
        """Extract from many texts, in order."""
        id_iter = iter(ids) if ids is not None else (f"doc-{i}" for i in itertools.count())
        checked = (check_text(t) for t in texts)
        for doc in self.nlp.pipe(checked, batch_size=batch_size):
            yield self.to_document(doc, next(id_iter), labels, relations)

    def to_document(self, doc: Doc, id: str, labels: Iterable[str] | None = None, relations: bool = True) -> Document:
        """Convert a processed spaCy ``Doc`` into a schema-v1 Document."""
        entities: list[Entity] = list(doc._.entities or [])
        rels: list[Relation] = list(doc._.relations or []) if relations else []
        if labels is not None:
            wanted = set(labels)
            entities = [e for e in entities if e.label in wanted]
            keep = {e.id for e in entities}
            rels = [r for r in rels if r.head in keep and r.tail in keep]
        return Document(id=id, text=extensions.doc_text(doc), entities=entities, relations=rels, model=self.info)


def load(path: str | os.PathLike[str] | None = None, **overrides: Any) -> Pipeline:
    """Load a model directory (``meta.json`` + ``pipeline/``); the shipped default when ``path`` is None.

    Falls back to the rules-only pipeline when no default model has been trained.
    """
    import spacy

    _register_factories()
    if path is None:
        path = os.environ.get("IE_MODEL") or DEFAULT_MODEL
    model_dir = Path(path)
    if not (model_dir / "meta.json").exists():
        if path == DEFAULT_MODEL:
            return Pipeline(build_rules_pipeline(), ModelInfo(name="rules", version="0"), {"labels": list(LABELS)})
        raise ModelError(f"{model_dir} is not a model directory: it has no meta.json")
    meta = json.loads((model_dir / "meta.json").read_text(encoding="utf-8"))
    try:
        nlp = spacy.load(model_dir / "pipeline", **overrides)
    except Exception as exc:  # a broken model directory must say which and why
        raise ModelError(f"cannot load the pipeline in {model_dir}: {exc}") from exc
    return Pipeline(nlp, ModelInfo(name=meta["name"], version=meta["version"]), meta)
