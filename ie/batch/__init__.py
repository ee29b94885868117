"""Batch extraction (``ie extract``): inputs -> JSONL of Documents and error records, one line per input.

Every input gets exactly one line, a Document or ``{"id", "error": {"code", "message"}}``.
Documents are extracted in this process (``workers=1``), in worker processes that each load
the model once (``workers=N``), or by Ray actors that each load it once (``engine="ray"``).
Only this process writes: whole lines, appended with one ``write`` and made durable with
``fsync`` after every batch of results, under an exclusive lock on the output.

Rerunning the same command resumes: ids already in the output are skipped, a torn last
line (from ``kill -9`` or a power cut) is cut off first. Error records count as done and are
*not* retried, so a rerun is idempotent; to retry failures, delete their lines and rerun.
Output order may differ from input order.

    >>> extract(["van-ban/"], "out.jsonl", workers=4, tables="bang")  # doctest: +SKIP
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ie.batch.engines import Engine, Handle, make_engine
from ie.batch.output import Output
from ie.batch.records import (
    Result,
    Summary,
    _crashed,
    done_ids,
    done_records,
    error_line,
    extract_one,
)
from ie.io.readers import Item, count_items, expand_paths, iter_items

#: documents sent to a worker in one task: at most this many, and no more once they hold BATCH_BYTES
BATCH_SIZE = 4
BATCH_BYTES = 16_000  # a long document goes alone, so no worker ends the run with a pile of them

__all__ = ["Summary", "Result", "done_ids", "done_records", "error_line", "extract", "extract_one", "run"]


def _batches(items: Iterable[Item]) -> Iterator[list[Item]]:
    batch: list[Item] = []
    size = 0
    for item in items:
        batch.append(item)
        if item.text is not None:
            size += len(item.text)  # characters for bytes: near enough
        elif item.path is not None and item.error is None:
            try:
                size += os.path.getsize(item.path)
            except OSError:
                pass
        if len(batch) >= BATCH_SIZE or size >= BATCH_BYTES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def run(engine: Engine, items: Iterable[Item], write: Any, summary: Summary) -> None:
    """Send ``items`` through ``engine`` in batches and ``write`` every result once.

    When a worker dies, the items of every batch lost with it are rerun one at a time with
    nothing beside them; one that kills its worker twice when alone gets an error record.
    """
    source = _batches(items)
    in_flight: dict[Handle, tuple[list[Item], int]] = {}  # -> (batch, solo crashes; -1: not alone)
    suspects: deque[tuple[Item, int]] = deque()
    while True:
        if suspects:
            if not in_flight:
                item, crashes = suspects.popleft()
                in_flight[engine.submit([item])] = ([item], crashes)
        else:
            while len(in_flight) < engine.slots and (batch := next(source, None)) is not None:
                in_flight[engine.submit(batch)] = (batch, -1)
        if not in_flight:
            return
        for handle, results in engine.wait(list(in_flight)):
            batch, crashes = in_flight.pop(handle)
            if results is None and crashes < 1:
                suspects.extend((item, crashes + 1) for item in batch)
                continue
            results = results or [_crashed(batch[0])]
            write([r.line for r in results])
            for r in results:
                if r.error is None:
                    summary.documents += 1
                    summary.entities.update(r.entities)
                    summary.relations.update(r.relations)
                else:
                    summary.failures[r.error] += 1




def extract(inputs: list[str], output: str | None, model: str | None = None, text_field: str = "text",
            id_field: str | None = "id", quiet: bool = False, workers: int = 1, engine: str = "local",
            address: str | None = None, tables: str | None = None, progress: bool = True) -> Summary:
    """``ie extract``: returns the summary; the caller sets the exit code from its failures.

    ``workers`` < 1 means one per CPU. With ``tables``, the entity and relation tables are
    rebuilt from the whole output at the end, so they match it after a resume too.
    """
    from tqdm import tqdm

    from ie.io.tables import write_tables

    start = time.perf_counter()
    workers = workers if workers >= 1 else (os.cpu_count() or 1)
    names = list(expand_paths(inputs))
    path = None if output in (None, "-") else Path(output)
    tee = None
    if tables and path is None:  # the tables need the JSONL: keep a copy of what goes to stdout
        Path(tables).mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(suffix=".jsonl", prefix=".extract-", dir=tables)
        os.close(fd)
        tee = Path(name)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    out = Output(path, tee)
    summary = Summary()
    try:
        done = done_records(path) if path is not None else {}

        def todo() -> Iterator[Item]:
            for item in iter_items(names, text_field=text_field, id_field=id_field, lazy=True):
                if item.id not in done:
                    yield item
                    continue
                summary.skipped += 1
                if done[item.id] is not None:
                    summary.failures[done[item.id]] += 1
                    summary.failed_before += 1
                bar.total -= 1
                bar.refresh()

        def write(lines: list[str]) -> None:
            out.write(lines)
            bar.update(len(lines))

        runner = make_engine(engine, model, workers, address)
        bar = tqdm(total=count_items(names), unit="doc", file=sys.stderr, disable=not progress, smoothing=0.1)
        try:
            run(runner, todo(), write, summary)
        finally:
            runner.close()
            bar.close()
        if tables:
            write_tables(tee or path, tables)  # type: ignore[arg-type]
    finally:
        out.close()
        if tee is not None:
            tee.unlink(missing_ok=True)
    summary.seconds = time.perf_counter() - start
    if not quiet:
        print(summary.render(), file=sys.stderr)
    return summary
