"""Operations: ``/healthz`` (alive), ``/readyz`` (model loaded), ``/v1/models``, ``/metrics`` (Prometheus)."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from service.deps import ApiKey, MetricsDep, PipelineDep
from service.schemas import Health, ModelCard, ModelsResponse, Ready, error_responses

router = APIRouter(tags=["ops"])


@router.get("/healthz", response_model=Health)
async def healthz() -> Health:
    """The process answers (it may still be loading its model)."""
    return Health(status="ok")


@router.get("/readyz", response_model=Ready, responses=error_responses(503))
async def readyz(pipeline: PipelineDep) -> Ready:
    """Ready once the model has loaded; 503 before that and while shutting down."""
    return Ready(status="ready", model=f"{pipeline.info.name} {pipeline.info.version}")


@router.get("/v1/models", response_model=ModelsResponse, dependencies=[ApiKey],
            responses=error_responses(401, 403, 503))
async def models(pipeline: PipelineDep) -> ModelsResponse:
    """The served model: name, version, labels and the metrics from its ``meta.json`` (when it has them)."""
    metrics = pipeline.meta.get("metrics")
    card = ModelCard(
        name=pipeline.info.name,
        version=pipeline.info.version,
        labels=list(pipeline.labels),
        metrics=metrics if isinstance(metrics, dict) else None,
    )
    return ModelsResponse(models=[card])


@router.get("/metrics", response_class=Response, responses={200: {"content": {CONTENT_TYPE_LATEST: {}}}})
async def prometheus(metrics: MetricsDep) -> Response:
    """Prometheus text format: requests, latency, documents, entities per label, pending extractions."""
    return Response(generate_latest(metrics.registry), media_type=CONTENT_TYPE_LATEST)
