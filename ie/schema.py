"""The one data model: Document, Entity, Relation (schema v1).

Offsets are half-open Python ``str`` indices into ``Document.text`` exactly as
the caller gave it.  Example::

    >>> doc = Document(id="d", text="Nghị quyết số 188-NQ/TU ngày 25/10/2024",
    ...     entities=[Entity(id="e0", start=0, end=23, label="LEGAL_REF"),
    ...               Entity(id="e1", start=24, end=39, label="DATE")],
    ...     relations=[Relation(head="e0", tail="e1", label="issued_on")])
    >>> doc.entities[0].text
    'Nghị quyết số 188-NQ/TU'
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = "1"


class Label(str, Enum):
    LEGAL_REF = "LEGAL_REF"
    ORG = "ORG"
    ADMIN_UNIT = "ADMIN_UNIT"
    LOCATION = "LOCATION"
    PROJECT = "PROJECT"
    PERSON = "PERSON"
    MONEY = "MONEY"
    AREA = "AREA"
    PERCENT = "PERCENT"
    DATE = "DATE"


class RelationLabel(str, Enum):
    issued_by = "issued_by"
    issued_on = "issued_on"
    located_in = "located_in"
    has_amount = "has_amount"
    has_area = "has_area"
    implements = "implements"


LABELS: tuple[str, ...] = tuple(label.value for label in Label)
RELATION_LABELS: tuple[str, ...] = tuple(label.value for label in RelationLabel)

#: relation label -> (allowed head labels, allowed tail labels)
RELATION_TYPES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "issued_by": (frozenset({"LEGAL_REF"}), frozenset({"ORG"})),
    "issued_on": (frozenset({"LEGAL_REF"}), frozenset({"DATE"})),
    "located_in": (frozenset({"PROJECT", "LOCATION", "ORG", "ADMIN_UNIT"}), frozenset({"ADMIN_UNIT"})),
    "has_amount": (frozenset({"PROJECT"}), frozenset({"MONEY"})),
    "has_area": (frozenset({"PROJECT"}), frozenset({"AREA"})),
    "implements": (frozenset({"LEGAL_REF"}), frozenset({"LEGAL_REF"})),
}


def relation_fits(label: str, head_label: str, tail_label: str) -> bool:
    """Whether a relation label accepts these head and tail entity labels."""
    heads, tails = RELATION_TYPES[label]
    return head_label in heads and tail_label in tails


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=True)


class Entity(_Model):
    id: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    label: Label
    text: str | None = None
    score: float | None = None
    normalized: dict[str, Any] | None = None
    source: str | None = None


class Relation(_Model):
    head: str
    tail: str
    label: RelationLabel
    score: float | None = None


class ModelInfo(_Model):
    name: str
    version: str


class Document(_Model):
    id: str
    text: str
    entities: list[Entity] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)
    meta: dict[str, Any] = Field(default_factory=dict)
    model: ModelInfo | None = None

    @model_validator(mode="after")
    def _check(self) -> Document:
        for ent in self.entities:
            if ent.text is None and 0 <= ent.start <= ent.end <= len(self.text):
                ent.text = self.text[ent.start : ent.end]
        problems = document_problems(self)
        if problems:
            raise ValueError("; ".join(problems))
        return self

    def entity(self, entity_id: str) -> Entity:
        for ent in self.entities:
            if ent.id == entity_id:
                return ent
        raise KeyError(entity_id)


def document_problems(doc: Document) -> list[str]:
    """Every way ``doc`` breaks schema v1, one precise message each."""
    problems: list[str] = []
    n = len(doc.text)
    by_id: dict[str, Entity] = {}
    for ent in doc.entities:
        where = f"entity {ent.id} [{ent.start}:{ent.end}] {ent.label}"
        if ent.id in by_id:
            problems.append(f"{where}: duplicate entity id")
        by_id[ent.id] = ent
        if not (0 <= ent.start < ent.end <= n):
            problems.append(f"{where}: offsets out of range for a text of {n} characters (need 0 <= start < end <= {n})")
            continue
        actual = doc.text[ent.start : ent.end]
        if ent.text is not None and ent.text != actual:
            problems.append(f"{where}: text {ent.text!r} but text[{ent.start}:{ent.end}] is {actual!r}")
        if actual != actual.strip():
            problems.append(f"{where}: span {actual!r} begins or ends with white space")
    spans = sorted((e for e in doc.entities if 0 <= e.start < e.end <= n), key=lambda e: (e.start, e.end))
    for prev, cur in zip(spans, spans[1:]):
        if cur.start < prev.end:
            problems.append(
                f"entity {cur.id} [{cur.start}:{cur.end}] overlaps entity {prev.id} [{prev.start}:{prev.end}]"
            )
    seen: set[tuple[str, str, str]] = set()
    for rel in doc.relations:
        where = f"relation {rel.head} -{rel.label}-> {rel.tail}"
        head, tail = by_id.get(rel.head), by_id.get(rel.tail)
        if head is None or tail is None:
            missing = [x for x, e in ((rel.head, head), (rel.tail, tail)) if e is None]
            problems.append(f"{where}: unknown entity id {', '.join(missing)}")
            continue
        if rel.head == rel.tail:
            problems.append(f"{where}: head and tail are the same entity")
        if not relation_fits(rel.label, head.label, tail.label):
            heads, tails = RELATION_TYPES[rel.label]
            problems.append(
                f"{where}: {head.label} -> {tail.label} does not fit {rel.label} "
                f"({'/'.join(sorted(heads))} -> {'/'.join(sorted(tails))})"
            )
        key = (rel.head, rel.label, rel.tail)
        if key in seen:
            problems.append(f"{where}: duplicate relation")
        seen.add(key)
    return problems


class ErrorInfo(_Model):
    code: str
    message: str


class ErrorRecord(_Model):
    """What a batch writes in place of a document it could not process."""

    id: str
    error: ErrorInfo
