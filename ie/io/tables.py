"""Flat entity and relation tables (Parquet and CSV) built from a JSONL file of Documents.

One row per entity and one per relation, for pandas or a spreadsheet::

    doc_id      entity_id  label      text                     start  end  normalized         score  source
    qd-435.txt  e0         LEGAL_REF  Quyết định 435/QĐ-UBND   0      22   {"number": "435"}  1.0    patterns

Error records in the JSONL have no rows. The CSV files start with a UTF-8 byte order
mark so that spreadsheets read the Vietnamese text right; pandas reads them as they are.
Each file is written beside its final name and renamed into place, so a table is
always whole.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq

from ie.schema import Document

ENTITY_SCHEMA = pa.schema([
    ("doc_id", pa.string()),
    ("entity_id", pa.string()),
    ("label", pa.string()),
    ("text", pa.string()),
    ("start", pa.int64()),
    ("end", pa.int64()),
    ("normalized", pa.string()),  # the normalised value as a JSON string, or null
    ("score", pa.float64()),
    ("source", pa.string()),
])
RELATION_SCHEMA = pa.schema([
    ("doc_id", pa.string()),
    ("head_id", pa.string()),
    ("head_text", pa.string()),
    ("head_label", pa.string()),
    ("tail_id", pa.string()),
    ("tail_text", pa.string()),
    ("tail_label", pa.string()),
    ("label", pa.string()),
    ("score", pa.float64()),
])
CHUNK_ROWS = 20_000


@dataclass
class TableCounts:
    documents: int = 0
    errors: int = 0
    unreadable: int = 0  # lines that are neither a Document nor an error record
    entities: int = 0
    relations: int = 0


def entity_rows(doc: Document) -> Iterator[dict[str, Any]]:
    for e in doc.entities:
        normalized = None if e.normalized is None else json.dumps(e.normalized, ensure_ascii=False, sort_keys=True)
        yield {"doc_id": doc.id, "entity_id": e.id, "label": e.label, "text": e.text, "start": e.start,
               "end": e.end, "normalized": normalized, "score": e.score, "source": e.source}


def relation_rows(doc: Document) -> Iterator[dict[str, Any]]:
    by_id = {e.id: e for e in doc.entities}
    for r in doc.relations:
        head, tail = by_id[r.head], by_id[r.tail]
        yield {"doc_id": doc.id, "head_id": r.head, "head_text": head.text, "head_label": head.label,
               "tail_id": r.tail, "tail_text": tail.text, "tail_label": tail.label, "label": r.label,
               "score": r.score}


class _TableWriter:
    """``<name>.parquet`` and ``<name>.csv`` in ``folder``, written in chunks, renamed into place on close."""

    def __init__(self, folder: Path, name: str, schema: pa.Schema):
        self.schema = schema
        self.final = [folder / f"{name}.parquet", folder / f"{name}.csv"]
        self.tmp = [p.with_name(f".{p.name}.tmp") for p in self.final]
        self.rows: list[dict[str, Any]] = []
        self.parquet = pq.ParquetWriter(self.tmp[0], schema)
        self.csv_file = open(self.tmp[1], "wb")
        self.csv_file.write(b"\xef\xbb\xbf")
        self.csv = pa_csv.CSVWriter(self.csv_file, schema)

    def add(self, rows: Iterator[dict[str, Any]]) -> int:
        before = len(self.rows)
        self.rows.extend(rows)
        added = len(self.rows) - before
        if len(self.rows) >= CHUNK_ROWS:
            self.flush()
        return added

    def flush(self) -> None:
        table = pa.Table.from_pylist(self.rows, schema=self.schema)
        self.parquet.write_table(table)
        self.csv.write_table(table)
        self.rows = []

    def close(self) -> None:
        self.flush()
        self.parquet.close()
        self.csv.close()
        self.csv_file.close()
        for tmp, final in zip(self.tmp, self.final):
            os.replace(tmp, final)

    def abort(self) -> None:
        for closer in (self.parquet.close, self.csv_file.close):
            try:
                closer()
            except Exception:  # already failing; keep the first error
                pass
        for tmp in self.tmp:
            tmp.unlink(missing_ok=True)


def write_tables(jsonl: str | os.PathLike[str], folder: str | os.PathLike[str]) -> TableCounts:
    """(Re)build ``entities.{parquet,csv}`` and ``relations.{parquet,csv}`` in ``folder`` from ``jsonl``."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    counts = TableCounts()
    writers = [_TableWriter(out, "entities", ENTITY_SCHEMA), _TableWriter(out, "relations", RELATION_SCHEMA)]
    try:
        with open(jsonl, "rb") as fh:
            for raw in fh:
                if not raw.endswith(b"\n") or not raw.strip():
                    continue  # a torn last line is not a record
                try:
                    record = json.loads(raw)
                    if "error" in record and "text" not in record:
                        counts.errors += 1
                        continue
                    doc = Document.model_validate(record)
                except (ValueError, TypeError):
                    counts.unreadable += 1
                    continue
                counts.documents += 1
                counts.entities += writers[0].add(entity_rows(doc))
                counts.relations += writers[1].add(relation_rows(doc))
    except BaseException:
        for w in writers:
            w.abort()
        raise
    for w in writers:
        w.close()
    return counts
