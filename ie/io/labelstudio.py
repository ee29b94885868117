"""Label Studio tasks (with predictions) out, Label Studio JSON export in.

Label Studio counts offsets in UTF-16 code units (JavaScript strings); the
conversion to and from Python indices happens here, so text with emoji or
other astral characters keeps exact spans.

Labeling config that matches these tasks::

    <View>
      <Relations><Relation value="issued_by"/><Relation value="issued_on"/><Relation value="located_in"/>
        <Relation value="has_amount"/><Relation value="has_area"/><Relation value="implements"/></Relations>
      <Labels name="label" toName="text"><Label value="LEGAL_REF"/> ... <Label value="DATE"/></Labels>
      <Text name="text" value="$text"/>
    </View>
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ie.schema import Document, Entity, Relation


def _utf16_offsets(text: str) -> list[int]:
    """Python index -> UTF-16 index, for every index 0..len(text)."""
    out = [0]
    for ch in text:
        out.append(out[-1] + (2 if ord(ch) > 0xFFFF else 1))
    return out


def _from_utf16(text: str) -> dict[int, int]:
    return {u: i for i, u in enumerate(_utf16_offsets(text))}


def to_task(doc: Document, model_version: str = "ie") -> dict[str, Any]:
    u16 = _utf16_offsets(doc.text)
    result: list[dict[str, Any]] = []
    for e in doc.entities:
        item: dict[str, Any] = {
            "id": e.id, "from_name": "label", "to_name": "text", "type": "labels",
            "value": {"start": u16[e.start], "end": u16[e.end], "text": e.text, "labels": [e.label]},
        }
        if e.score is not None:
            item["score"] = e.score
        result.append(item)
    for r in doc.relations:
        result.append({"type": "relation", "from_id": r.head, "to_id": r.tail, "direction": "right", "labels": [r.label]})
    return {"data": {"id": doc.id, "text": doc.text}, "predictions": [{"model_version": model_version, "result": result}]}


def write(path: Path, docs: Iterable[Document], model_version: str = "ie") -> None:
    tasks = [to_task(d, model_version) for d in docs]
    Path(path).write_text(json.dumps(tasks, ensure_ascii=False, indent=1), encoding="utf-8")


def from_task(task: dict[str, Any], n: int = 0) -> Document:
    """One exported task -> Document (its first non-cancelled annotation, else its first prediction)."""
    data = task.get("data") or {}
    text = data.get("text")
    if not isinstance(text, str):
        raise ValueError(f"task {n}: data.text is missing")
    doc_id = str(data.get("id", task.get("id", f"task-{n}")))
    annotations = [a for a in task.get("annotations") or [] if not a.get("was_cancelled")]
    source = annotations[0] if annotations else (task.get("predictions") or [{}])[0]
    back = _from_utf16(text)
    entities: list[Entity] = []
    relations: list[Relation] = []
    for k, item in enumerate(source.get("result") or []):
        if item.get("type") == "relation":
            for label in item.get("labels") or []:
                relations.append(Relation(head=str(item["from_id"]), tail=str(item["to_id"]), label=label))
        elif item.get("type") == "labels":
            value = item["value"]
            start, end = back.get(value["start"]), back.get(value["end"])
            if start is None or end is None:
                raise ValueError(f"task {doc_id}: region {item.get('id')} splits a surrogate pair")
            entities.append(Entity(id=str(item.get("id", f"r{k}")), start=start, end=end, label=value["labels"][0],
                                   text=text[start:end]))
    return Document(id=doc_id, text=text, entities=entities, relations=relations)


def read(path: str | Path) -> list[Document]:
    tasks = json.loads(Path(path).read_text(encoding="utf-8"))
    if isinstance(tasks, dict):
        tasks = [tasks]
    return [from_task(t, n) for n, t in enumerate(tasks)]
