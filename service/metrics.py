"""Prometheus metrics, one registry per app (nothing registered at import time).

Served at ``GET /metrics``::

    ie_http_requests_total{method="POST",route="/v1/extract",status="200"} 12.0
    ie_entities_total{label="LEGAL_REF"} 31.0

With several uvicorn workers each process keeps its own counts.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ie.schema import Document

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)


class Metrics:
    """The service's collectors: requests, latency, documents, entities per label, pending extractions."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.requests = Counter(
            "ie_http_requests", "HTTP requests answered", ["method", "route", "status"], registry=self.registry
        )
        self.latency = Histogram(
            "ie_http_request_duration_seconds", "Time to answer an HTTP request", ["method", "route"],
            buckets=LATENCY_BUCKETS, registry=self.registry,
        )
        self.documents = Counter(
            "ie_documents", "Documents extracted (ok) or refused (error)", ["outcome"], registry=self.registry
        )
        self.entities = Counter("ie_entities", "Entities extracted, per label", ["label"], registry=self.registry)
        self.pending = Gauge("ie_extractions_pending", "Extractions running or queued", registry=self.registry)

    def track_pending(self, count: Callable[[], int]) -> None:
        self.pending.set_function(lambda: float(count()))

    def document(self, doc: Document) -> None:
        self.documents.labels("ok").inc()
        for ent in doc.entities:
            self.entities.labels(str(ent.label)).inc()

    def failure(self, n: int = 1) -> None:
        self.documents.labels("error").inc(n)


class MetricsMiddleware:
    """Counts every HTTP request by route template (not raw path) and status, and times it."""

    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        status = 500
        start = time.perf_counter()

        async def send_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_status)
        finally:
            route = getattr(scope.get("route"), "path", None) or "unmatched"
            method = scope.get("method", "")
            self.metrics.requests.labels(method, route, str(status)).inc()
            self.metrics.latency.labels(method, route).observe(time.perf_counter() - start)
