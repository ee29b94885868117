"""JSONL of schema-v1 Documents: one per line."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from ie.schema import Document


def read_documents(path: str | os.PathLike[str]) -> Iterator[Document]:
    """Documents of a JSONL file; a bad line raises ValueError naming its line number."""
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    yield Document.model_validate_json(line)
                except ValueError as exc:
                    raise ValueError(f"{path}:{n}: {exc}") from None


def read_splits(path: str | os.PathLike[str]) -> dict[str, str]:
    """``splits.json`` ({"train": [ids], "dev": [...], "test": [...]}) as document id -> split;
    empty when the file does not exist."""
    import json

    p = Path(path)
    if not p.exists():
        return {}
    data = json.loads(p.read_text(encoding="utf-8"))
    return {doc_id: split for split, ids in data.items() for doc_id in ids}


def write_documents(path: str | os.PathLike[str], docs: Iterable[Document]) -> None:
    """Write atomically: a temporary file renamed into place."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(doc.model_dump_json(exclude_none=True) + "\n")
    os.replace(tmp, path)
