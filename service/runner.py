"""Extraction off the event loop: a bounded thread pool with a bounded queue and a deadline.

At most ``max_concurrency`` extractions run at once and at most ``max_queue``
more wait; one more is refused at once (429). A request that waits longer than
``timeout`` gets 503; its work, if already running, finishes in its thread and
keeps counting against the bound until it does, so a burst of slow documents
can never grow the number of threads or the memory they hold.

    >>> runner = Runner(max_concurrency=2, max_queue=8, timeout=30)   # doctest: +SKIP
    >>> doc = await runner.run(nlp.extract, "Quyết định số 12/QĐ-UBND ngày 05/3/2025")  # doctest: +SKIP
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from service.errors import Busy, TimedOut

T = TypeVar("T")


class Runner:
    """Runs blocking functions in a fixed pool; admission is refused when pool and queue are full."""

    def __init__(self, max_concurrency: int, max_queue: int, timeout: float):
        self.max_concurrency = max_concurrency
        self.capacity = max_concurrency + max_queue
        self.timeout = timeout
        self._pool = ThreadPoolExecutor(max_workers=max_concurrency, thread_name_prefix="ie-extract")
        self._lock = threading.Lock()
        self._pending = 0

    @property
    def pending(self) -> int:
        """Extractions running or waiting (abandoned ones included until they finish)."""
        return self._pending

    def _release(self, _: Future[Any]) -> None:
        with self._lock:
            self._pending -= 1

    async def run(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """``fn(*args, **kwargs)`` in the pool; :class:`Busy` when full, :class:`TimedOut` past the deadline."""
        with self._lock:
            if self._pending >= self.capacity:
                raise Busy(f"the service is busy: {self._pending} extractions running or queued; retry later")
            self._pending += 1
        try:
            future = self._pool.submit(fn, *args, **kwargs)
        except BaseException:
            self._release(None)  # type: ignore[arg-type]
            raise
        future.add_done_callback(self._release)
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), self.timeout)
        except asyncio.TimeoutError:
            future.cancel()  # dequeues it if it has not started; a running one finishes on its own
            raise TimedOut(f"the extraction did not finish within {self.timeout:g} s; retry later or send less text") from None

    def close(self) -> None:
        """Drop queued work and stop taking more; running work finishes in its threads."""
        self._pool.shutdown(wait=False, cancel_futures=True)
