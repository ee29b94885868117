"""Engines: run batches of items in this process, in worker processes, or on Ray actors.

Each worker or actor loads the model once."""

from __future__ import annotations

import logging
import os
import signal
import sys
from pathlib import Path
from typing import Any, Protocol

from ie.batch.records import Result, extract_one
from ie.errors import EngineError, IEError
from ie.io.readers import Item, load_item

#: batches in flight per worker
WINDOW = 2


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



def make_engine(engine: str, model: str | None, workers: int, address: str | None) -> Engine:
    if address and engine != "ray":
        raise EngineError("--address names a Ray cluster: use it with --engine ray")
    if engine == "ray":
        return RayEngine(model, workers, address)
    if engine != "local":
        raise EngineError(f"unknown engine {engine!r}: use local or ray")
    return ProcessEngine(model, workers) if workers > 1 else InlineEngine(model)
