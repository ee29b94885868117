"""The extraction service: :func:`create_app` builds the FastAPI app, :func:`serve` runs it (``ie serve``).

    $ ie serve --port 8080
    $ curl -s localhost:8080/v1/extract -H 'content-type: application/json' \\
        -d '{"text": "Quyết định số 12/QĐ-UBND ngày 05/3/2025 của UBND tỉnh Lạng Sơn"}'

Nothing is loaded at import: the model loads once, in the lifespan, from
``Settings.model`` (``IE_MODEL``; default: what :func:`ie.load` loads).
"""

from __future__ import annotations

import copy
import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio.to_thread
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

import ie
from ie.pipeline import Pipeline
from service import errors
from service.limits import BodyLimitMiddleware
from service.metrics import Metrics, MetricsMiddleware
from service.routes import extract, ops
from service.runner import Runner
from service.settings import Settings

log = logging.getLogger("service")
WARM_UP = "Quyết định số 12/QĐ-UBND ngày 05/3/2025 của UBND tỉnh Lạng Sơn"

DESCRIPTION = """Entities, relations and normalised values from Vietnamese administrative text,
with character offsets into the text exactly as sent. Every error is
`{"error": {"code", "message"}}`."""


def load_pipeline(settings: Settings) -> Pipeline:
    """The model named by the settings, or the :func:`ie.load` default, warmed up by one extraction."""
    start = time.perf_counter()
    pipeline = ie.load(settings.model)
    pipeline.extract(WARM_UP)  # the first call of a trained model pays lazy set-up; not the first user's
    log.info("model %s %s loaded in %.1f s", pipeline.info.name, pipeline.info.version, time.perf_counter() - start)
    return pipeline


def create_app(settings: Settings | None = None) -> FastAPI:
    """A new app for these settings (read from ``IE_*`` when None); the model loads when it starts."""
    settings = settings or Settings()
    metrics = Metrics()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        pipeline = await anyio.to_thread.run_sync(load_pipeline, settings)  # a failure here stops start-up
        runner = Runner(settings.max_concurrency, settings.max_queue, settings.request_timeout)
        metrics.track_pending(lambda: runner.pending)
        app.state.runner, app.state.pipeline = runner, pipeline
        try:
            yield
        finally:
            app.state.pipeline = app.state.runner = None  # /readyz turns 503 while draining
            runner.close()

    app = FastAPI(title="vn-admin-ie", version=ie.__version__, description=DESCRIPTION, lifespan=lifespan)
    app.state.settings, app.state.metrics = settings, metrics
    app.state.pipeline = app.state.runner = None
    errors.install(app)
    app.include_router(extract.router)
    app.include_router(ops.router)
    # the last added is the outermost: metrics see every answer, 413s included; CORS headers go on all of them
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.add_middleware(MetricsMiddleware, metrics=metrics)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(settings.cors_origins),
            allow_methods=["GET", "POST"],
            allow_headers=["Content-Type", "Authorization", "X-API-Key"],
        )
    return app


def serve(host: str | None = None, port: int | None = None, workers: int | None = None) -> None:
    """Run the service with uvicorn; arguments left out come from the settings (``IE_HOST``, ...)."""
    import uvicorn
    from uvicorn.config import LOGGING_CONFIG

    settings = Settings()
    log_config = copy.deepcopy(LOGGING_CONFIG)  # the service's own log lines, in every worker process
    log_config["loggers"]["service"] = {"handlers": ["default"], "level": "INFO", "propagate": False}
    uvicorn.run(
        "service.app:create_app",
        factory=True,
        host=host or settings.host,
        port=settings.port if port is None else port,
        workers=workers or settings.workers,
        access_log=settings.access_log,
        log_config=log_config,
        timeout_graceful_shutdown=10,
    )
