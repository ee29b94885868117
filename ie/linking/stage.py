"""Pipeline stage ``ie_linker``: resolves ADMIN_UNITs against the registry, expands ORG
abbreviations, and folds each LEGAL_REF's issuing body and date into its value."""

from __future__ import annotations

from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc

from ie import extensions
from ie.linking.admin import link_admin_unit, province_of
from ie.linking.org import expand_org
from ie.schema import Entity, Relation


def document_provinces(entities: list[Entity]) -> list[str]:
    """Provinces the document speaks of, most mentioned first (header body, place line, units)."""
    counts: Counter[str] = Counter()
    for e in entities:
        if e.label in ("ADMIN_UNIT", "ORG"):
            pk = province_of(e.text or "")
            if pk:
                counts[pk] += 1
    return [pk for pk, _ in counts.most_common()]


def link_entities(entities: list[Entity], relations: list[Relation]) -> None:
    """Fill ``normalized`` in place for ADMIN_UNIT, ORG and LEGAL_REF entities."""
    by_id = {e.id: e for e in entities}
    up: dict[str, list[str]] = {}
    for r in relations:
        if r.label == "located_in":
            up.setdefault(r.head, []).append(r.tail)
    doc_provinces = document_provinces(entities)
    for e in entities:
        if e.label == "ADMIN_UNIT":
            chain: list[str] = []
            districts: list[str] = []
            frontier, seen = list(up.get(e.id, [])), {e.id}
            while frontier:
                tid = frontier.pop(0)
                if tid in seen or tid not in by_id:
                    continue
                seen.add(tid)
                pk = province_of(by_id[tid].text or "")
                if pk:
                    chain.append(pk)
                else:
                    districts.append(by_id[tid].text or "")
                frontier += up.get(tid, [])
            e.normalized = link_admin_unit(e.text or "", chain + doc_provinces[:1], districts)
        elif e.label == "ORG":
            e.normalized = {"expanded": expand_org(e.text or "")}
    for r in relations:
        head, tail = by_id.get(r.head), by_id.get(r.tail)
        if head is None or tail is None or head.label != "LEGAL_REF":
            continue
        value = dict(head.normalized or {})
        if r.label == "issued_by":
            value["issued_by"] = (tail.normalized or {}).get("expanded", tail.text)
        elif r.label == "issued_on":
            value["issued_on"] = (tail.normalized or {}).get("iso", tail.text)
        head.normalized = value


class LinkStage:
    def __init__(self) -> None:
        extensions.register()

    def __call__(self, doc: Doc) -> Doc:
        link_entities(doc._.entities or [], doc._.relations or [])
        return doc


@Language.factory("ie_linker", assigns=["doc._.entities"], requires=["doc._.entities", "doc._.relations"])
def make_link_stage(nlp: Language, name: str) -> LinkStage:
    return LinkStage()
