"""Batch extraction: inputs -> JSONL of Documents (and error records), one line per input.

Each output line is written whole and flushed, so a crash leaves whole lines
only; a rerun with the same output skips the ids already there.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from ie.io.readers import Item, iter_items
from ie.schema import ErrorInfo, ErrorRecord


@dataclass
class Summary:
    documents: int = 0
    skipped: int = 0
    failures: Counter[str] = field(default_factory=Counter)
    entities: Counter[str] = field(default_factory=Counter)
    relations: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    def render(self) -> str:
        lines = [
            f"documents: {self.documents} written, {self.skipped} already done, {sum(self.failures.values())} failed",
            f"elapsed: {self.seconds:.1f}s",
        ]
        if self.failures:
            lines.append("failures: " + ", ".join(f"{k} {v}" for k, v in self.failures.most_common()))
        lines.append("entities: " + (", ".join(f"{k} {v}" for k, v in sorted(self.entities.items())) or "none"))
        lines.append("relations: " + (", ".join(f"{k} {v}" for k, v in sorted(self.relations.items())) or "none"))
        return "\n".join(lines)


def done_ids(path: Path) -> set[str]:
    """Ids already written to ``path``; a torn last line (no newline) is cut off."""
    if not path.exists():
        return set()
    data = path.read_bytes()
    if data and not data.endswith(b"\n"):
        cut = data.rfind(b"\n") + 1
        with open(path, "r+b") as fh:
            fh.truncate(cut)
        data = data[:cut]
    ids = set()
    for line in data.decode("utf-8", errors="replace").splitlines():
        try:
            ids.add(json.loads(line)["id"])
        except (json.JSONDecodeError, KeyError, TypeError):
            continue
    return ids


def error_line(item: Item) -> str:
    assert item.error is not None
    record = ErrorRecord(id=item.id, error=ErrorInfo(**item.error.to_dict()))
    return record.model_dump_json()


def process(items: Iterator[Item], nlp: object, out: IO[str], skip: set[str], summary: Summary) -> None:
    """Extract every item not in ``skip`` and write one line for each."""
    from ie.errors import IEError

    for item in items:
        if item.id in skip:
            summary.skipped += 1
            continue
        if item.error is None:
            try:
                doc = nlp.extract(item.text or "", id=item.id)  # type: ignore[attr-defined]
            except IEError as exc:
                item.error = exc
            else:
                out.write(doc.model_dump_json(exclude_none=True) + "\n")
                out.flush()
                summary.documents += 1
                summary.entities.update(e.label for e in doc.entities)
                summary.relations.update(r.label for r in doc.relations)
                continue
        out.write(error_line(item) + "\n")
        out.flush()
        summary.failures[item.error.code] += 1


def extract(inputs: list[str], output: str | None, model: str | None = None, text_field: str = "text",
            id_field: str | None = "id", quiet: bool = False) -> Summary:
    """``ie extract``: returns the summary; the caller sets the exit code from its failures."""
    import ie

    nlp = ie.load(model)
    summary = Summary()
    start = time.perf_counter()
    items = iter_items(inputs, text_field=text_field, id_field=id_field)
    if output in (None, "-"):
        process(items, nlp, sys.stdout, set(), summary)
    else:
        path = Path(output)
        skip = done_ids(path)
        with open(path, "a", encoding="utf-8") as out:
            process(items, nlp, out, skip, summary)
    summary.seconds = time.perf_counter() - start
    if not quiet:
        print(summary.render(), file=sys.stderr)
    return summary
