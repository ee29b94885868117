from __future__ import annotations

import pytest
from pydantic import ValidationError

from ie.schema import Document, Entity, Relation, document_problems

TEXT = "Nghị quyết số 188-NQ/TU ngày 25/10/2024 của Ban Thường vụ Tỉnh ủy"


def make(**kw):
    base = dict(
        id="d1",
        text=TEXT,
        entities=[
            Entity(id="e0", start=0, end=23, label="LEGAL_REF"),
            Entity(id="e1", start=24, end=39, label="DATE"),
            Entity(id="e2", start=44, end=65, label="ORG"),
        ],
        relations=[Relation(head="e0", tail="e1", label="issued_on"), Relation(head="e0", tail="e2", label="issued_by")],
    )
    base.update(kw)
    return Document(**base)


def test_json_round_trip_keeps_everything():
    doc = make()
    again = Document.model_validate_json(doc.model_dump_json())
    assert again == doc
    assert [e.text for e in again.entities] == ["Nghị quyết số 188-NQ/TU", "ngày 25/10/2024", "Ban Thường vụ Tỉnh ủy"]


@pytest.mark.parametrize(
    "change, message",
    [
        (dict(entities=[Entity(id="e0", start=0, end=99, label="LEGAL_REF")], relations=[]), "out of range"),
        (dict(entities=[Entity(id="e0", start=0, end=10, label="LEGAL_REF", text="Quyết định")], relations=[]), "but text[0:10] is 'Nghị quyết'"),
        (dict(entities=[Entity(id="e0", start=0, end=23, label="LEGAL_REF"), Entity(id="e1", start=14, end=30, label="DATE")], relations=[]), "overlaps entity e0"),
        (dict(relations=[Relation(head="e0", tail="e9", label="issued_on")]), "unknown entity id e9"),
        (dict(relations=[Relation(head="e0", tail="e2", label="issued_on")]), "LEGAL_REF -> ORG does not fit issued_on"),
        (dict(relations=[Relation(head="e0", tail="e1", label="issued_on")] * 2), "duplicate relation"),
        (dict(entities=[Entity(id="e0", start=13, end=23, label="LEGAL_REF")], relations=[]), "white space"),
    ],
)
def test_validation_says_precisely_what_is_wrong(change, message):
    with pytest.raises(ValidationError) as info:
        make(**change)
    assert message in str(info.value)


def test_unknown_label_is_rejected():
    with pytest.raises(ValidationError):
        Entity(id="e0", start=0, end=1, label="MISC")


def test_problems_of_a_valid_document_are_empty():
    assert document_problems(make()) == []
