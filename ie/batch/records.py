"""What a batch run produces per input: a Document line or an error record, and the run's summary."""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ie.errors import IEError
from ie.io.readers import Item, load_item
from ie.schema import ErrorInfo, ErrorRecord


@dataclass
class Summary:
    documents: int = 0
    skipped: int = 0
    #: failures by error code, including error records kept from an earlier run (``failed_before``)
    failures: Counter[str] = field(default_factory=Counter)
    failed_before: int = 0
    entities: Counter[str] = field(default_factory=Counter)
    relations: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    def render(self) -> str:
        failed = sum(self.failures.values())
        before = f" ({self.failed_before} in an earlier run)" if self.failed_before else ""
        rate = self.documents / self.seconds if self.seconds else 0.0
        lines = [
            f"documents: {self.documents} written, {self.skipped} already done, {failed} failed{before}",
            f"elapsed: {self.seconds:.1f}s ({rate:.1f} documents/s)",
        ]
        if self.failures:
            lines.append("failures: " + ", ".join(f"{k} {v}" for k, v in self.failures.most_common()))
        lines.append("entities: " + (", ".join(f"{k} {v}" for k, v in sorted(self.entities.items())) or "none"))
        lines.append("relations: " + (", ".join(f"{k} {v}" for k, v in sorted(self.relations.items())) or "none"))
        return "\n".join(lines)


@dataclass
class Result:
    """What a worker sends back for one item: its output line and what the summary needs."""

    id: str
    line: str
    error: str | None = None
    entities: list[str] = field(default_factory=list)
    relations: list[str] = field(default_factory=list)


def done_records(path: Path) -> dict[str, str | None]:
    """Ids already written to ``path`` -> their error code (None for a Document).

    A torn last line (no newline) is cut off the file; lines that are not JSON are ignored.
    """
    done: dict[str, str | None] = {}
    if not path.exists():
        return done
    with open(path, "r+b") as fh:
        offset = 0
        for line in fh:
            if not line.endswith(b"\n"):  # torn: written in part when the run was killed
                fh.truncate(offset)
                os.fsync(fh.fileno())
                break
            offset += len(line)
            try:
                record = json.loads(line)
                error = record.get("error")
                done[record["id"]] = error.get("code", "E_INTERNAL") if isinstance(error, dict) else None
            except (ValueError, KeyError, TypeError, AttributeError):
                continue
    return done


def done_ids(path: Path) -> set[str]:
    """Ids already written to ``path``; a torn last line (no newline) is cut off."""
    return set(done_records(path))


def error_line(item_id: str, error: IEError) -> str:
    return ErrorRecord(id=item_id, error=ErrorInfo(**error.to_dict())).model_dump_json()


def extract_one(nlp: Any, item: Item) -> Result:
    """Read (if lazy) and extract one item; any failure becomes an error record, never an exception."""
    try:
        item = load_item(item)
        if item.error is None:
            doc = nlp.extract(item.text or "", id=item.id)
            return Result(item.id, doc.model_dump_json(exclude_none=True),
                          entities=[e.label for e in doc.entities], relations=[r.label for r in doc.relations])
    except IEError as exc:
        item.error = exc
    except Exception as exc:  # a bug met on one input must not stop the batch
        item.error = IEError(f"extraction failed: {type(exc).__name__}: {exc}")
    assert item.error is not None
    return Result(item.id, error_line(item.id, item.error), error=item.error.code)


def _crashed(item: Item) -> Result:
    error = IEError("the worker died while extracting this document (out of memory? a crash?); not retried")
    return Result(item.id, error_line(item.id, error), error=error.code)
