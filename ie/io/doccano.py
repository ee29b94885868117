"""doccano JSONL (sequence labeling with relations) out and in.

Written: ``{"id", "text", "entities": [{"id", "label", "start_offset", "end_offset"}],
"relations": [{"id", "from_id", "to_id", "type"}]}``. Read: that, or the older
``"label": [[start, end, "LABEL"], ...]`` export. Offsets are code points.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ie.schema import Document, Entity, Relation


def to_record(doc: Document) -> dict[str, Any]:
    ids = {e.id: i + 1 for i, e in enumerate(doc.entities)}
    return {
        "id": doc.id,
        "text": doc.text,
        "entities": [{"id": ids[e.id], "label": e.label, "start_offset": e.start, "end_offset": e.end} for e in doc.entities],
        "relations": [{"id": i + 1, "from_id": ids[r.head], "to_id": ids[r.tail], "type": r.label} for i, r in enumerate(doc.relations)],
    }


def write(path: Path, docs: Iterable[Document]) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(to_record(doc), ensure_ascii=False) + "\n")


def from_record(rec: dict[str, Any], n: int = 0) -> Document:
    text = rec.get("text")
    if not isinstance(text, str):
        raise ValueError(f"record {n}: text is missing")
    doc_id = str(rec.get("id", f"doccano-{n}"))
    entities: list[Entity] = []
    if "entities" in rec:
        for e in rec["entities"]:
            entities.append(Entity(id=f"e{e['id']}", start=e["start_offset"], end=e["end_offset"], label=e["label"]))
    else:
        for k, (start, end, label) in enumerate(rec.get("label") or []):
            entities.append(Entity(id=f"e{k + 1}", start=start, end=end, label=label))
    relations = [Relation(head=f"e{r['from_id']}", tail=f"e{r['to_id']}", label=r["type"]) for r in rec.get("relations") or []]
    return Document(id=doc_id, text=text, entities=entities, relations=relations)


def read(path: str | Path) -> list[Document]:
    docs = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            docs.append(from_record(json.loads(line), n))
    return docs
