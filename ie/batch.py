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

import json
import logging
import os
import signal
import sys
import tempfile
import time
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from ie.errors import IEError
from ie.io.readers import Item, count_items, expand_paths, iter_items, load_item
from ie.schema import ErrorInfo, ErrorRecord

#: documents sent to a worker in one task: at most this many, and no more once they hold BATCH_BYTES
BATCH_SIZE = 4
BATCH_BYTES = 16_000  # a long document goes alone, so no worker ends the run with a pile of them
#: batches in flight per worker
WINDOW = 2


# TODO(lead): move these two to ie/errors.py with the other codes
class OutputBusy(IEError):
    code, status = "E_OUTPUT_BUSY", 409


class EngineError(IEError):
    code, status = "E_ENGINE", 500


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


# --- engines: run batches of items somewhere and hand back their results ---------------------------

Handle = Any


class Engine(Protocol):
    slots: int  # batches in flight at most

    def submit(self, batch: list[Item]) -> Handle: ...

    def wait(self, handles: list[Handle]) -> list[tuple[Handle, list[Result] | None]]:
        """Some finished handles with their results; None where the worker died."""
        ...

    def close(self) -> None: ...


class InlineEngine:
    """Extraction in this process, one batch at a time."""

    slots = 1

    def __init__(self, model: str | None):
        import ie

        self.nlp = ie.load(model)

    def submit(self, batch: list[Item]) -> Handle:
        results = [extract_one(self.nlp, item) for item in batch]
        return lambda: results  # a handle is hashable; this one is already done

    def wait(self, handles: list[Handle]) -> list[tuple[Handle, list[Result] | None]]:
        return [(h, h()) for h in handles]

    def close(self) -> None:
        pass


_WORKER_PIPELINE: Any = None  # the one pipeline of a worker process, loaded by _init_worker
_WORKER_ERROR: IEError | None = None


def _init_worker(model: str | None) -> None:
    """Load the model once per worker process; a failure is reported by the first batch."""
    global _WORKER_PIPELINE, _WORKER_ERROR
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    try:
        import ie

        _WORKER_PIPELINE = ie.load(model)
    except IEError as exc:
        _WORKER_ERROR = exc
    except Exception as exc:
        _WORKER_ERROR = EngineError(f"a worker could not load the model: {type(exc).__name__}: {exc}")


def _run_batch(batch: list[Item]) -> list[Result]:
    if _WORKER_PIPELINE is None:
        raise _WORKER_ERROR or EngineError("the worker has no pipeline")
    return [extract_one(_WORKER_PIPELINE, item) for item in batch]


class ProcessEngine:
    """A pool of ``workers`` processes (``forkserver`` where there is one, else ``spawn``)."""

    def __init__(self, model: str | None, workers: int):
        import multiprocessing

        methods = multiprocessing.get_all_start_methods()
        self.context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
        if self.context.get_start_method() == "forkserver":
            self.context.set_forkserver_preload(["ie.pipeline"])  # imported once, not by every worker
        self.model, self.workers, self.slots = model, workers, workers * WINDOW
        self.pool: Any = None

    def submit(self, batch: list[Item]) -> Handle:
        from concurrent.futures import ProcessPoolExecutor

        if self.pool is None:
            self.pool = ProcessPoolExecutor(self.workers, mp_context=self.context, initializer=_init_worker,
                                            initargs=(self.model,))
        return self.pool.submit(_run_batch, batch)

    def wait(self, handles: list[Handle]) -> list[tuple[Handle, list[Result] | None]]:
        from concurrent.futures import FIRST_COMPLETED, wait
        from concurrent.futures.process import BrokenProcessPool

        done, _ = wait(handles, return_when=FIRST_COMPLETED)
        if any(isinstance(f.exception(), BrokenProcessPool) for f in done):
            done, _ = wait(handles)  # a broken pool fails every pending future; restart it on the next submit
            self.pool.shutdown(wait=False)
            self.pool = None
        out = []
        for f in done:
            exc = f.exception()
            if exc is not None and not isinstance(exc, BrokenProcessPool):
                raise exc
            out.append((f, None if exc is not None else f.result()))
        return out

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None


class RayExtractor:
    """A Ray actor holding one loaded pipeline (wrapped with ``ray.remote`` by :class:`RayEngine`)."""

    def __init__(self, model: str | None):
        _init_worker(model)

    def run(self, batch: list[Item]) -> list[Result]:
        return _run_batch(batch)


class RayEngine:
    """``workers`` Ray actors on the cluster at ``address`` (default: a local Ray instance, or the one
    this process already started). The driver reads the inputs and writes the output; the cluster's
    workers need vn-admin-ie and the model (the shipped one, or ``model`` at the same path).
    """

    def __init__(self, model: str | None, workers: int, address: str | None):
        try:
            import ray
        except ImportError:
            raise EngineError("--engine ray needs Ray: pip install 'vn-admin-ie[ray]'") from None
        self.ray = ray
        self.started = not ray.is_initialized()
        if self.started:
            try:
                if address:
                    ray.init(address=address, logging_level=logging.WARNING)
                else:
                    ray.init(num_cpus=max(workers, os.cpu_count() or 1), include_dashboard=False,
                             logging_level=logging.WARNING)
            except Exception as exc:  # no cluster there, a version mismatch, ...
                raise EngineError(f"cannot start Ray{f' at {address}' if address else ''}: {exc}") from exc
        cpus = int(ray.cluster_resources().get("CPU", 1))
        if workers > cpus:
            print(f"ie: the Ray cluster has {cpus} CPUs; using {cpus} actors, not {workers}", file=sys.stderr)
        actor = ray.remote(num_cpus=1, max_restarts=-1, max_task_retries=0)(RayExtractor)
        self.actors = [actor.remote(model) for _ in range(max(1, min(workers, cpus)))]
        self.load: dict[Any, int] = {a: 0 for a in self.actors}
        self.owner: dict[Handle, Any] = {}
        self.slots = len(self.actors) * WINDOW

    def submit(self, batch: list[Item]) -> Handle:
        for item in batch:  # the driver reads the files, so actors on other machines need no shared disk
            if item.path is not None and item.data is None and item.text is None and item.error is None:
                try:
                    item.data = Path(item.path).read_bytes()
                except OSError:
                    load_item(item)  # becomes the error record
        actor = min(self.actors, key=self.load.__getitem__)
        self.load[actor] += 1
        ref = actor.run.remote(batch)
        self.owner[ref] = actor
        return ref

    def wait(self, handles: list[Handle]) -> list[tuple[Handle, list[Result] | None]]:
        from ray.exceptions import RayActorError, RayTaskError

        ready, _ = self.ray.wait(handles, num_returns=1)
        out = []
        for ref in ready:
            self.load[self.owner.pop(ref)] -= 1
            try:
                out.append((ref, self.ray.get(ref)))
            except RayActorError:
                out.append((ref, None))
            except RayTaskError as exc:
                raise exc.cause if isinstance(exc.cause, IEError) else exc
        return out

    def close(self) -> None:
        for actor in self.actors:
            self.ray.kill(actor)
        if self.started:
            self.ray.shutdown()


# --- the driver ---------------------------------------------------------------------------------------


class Output:
    """The one writer of the output: whole lines, one ``write`` and one ``fsync`` per batch.

    ``path`` None is stdout; ``tee`` gets a copy of every line.
    """

    def __init__(self, path: Path | None, tee: Path | None = None):
        self.fds: list[int] = []
        if path is not None:
            fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            try:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except ImportError:  # not POSIX: no lock
                pass
            except BlockingIOError:
                os.close(fd)
                raise OutputBusy(f"{path}: another 'ie extract' is writing to this file") from None
            self.fds.append(fd)
        if tee is not None:
            self.fds.append(os.open(tee, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644))
        self.stdout = path is None

    def write(self, lines: list[str]) -> None:
        data = "".join(line + "\n" for line in lines).encode("utf-8")
        for fd in self.fds:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        if self.stdout:
            stream = getattr(sys.stdout, "buffer", None)
            if stream is None:
                sys.stdout.write(data.decode("utf-8"))
            else:
                stream.write(data)
            sys.stdout.flush()

    def close(self) -> None:
        for fd in self.fds:
            os.close(fd)
        self.fds = []


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


def make_engine(engine: str, model: str | None, workers: int, address: str | None) -> Engine:
    if address and engine != "ray":
        raise EngineError("--address names a Ray cluster: use it with --engine ray")
    if engine == "ray":
        return RayEngine(model, workers, address)
    if engine != "local":
        raise EngineError(f"unknown engine {engine!r}: use local or ray")
    return ProcessEngine(model, workers) if workers > 1 else InlineEngine(model)


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
