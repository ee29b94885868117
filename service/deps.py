"""Request dependencies as ``Annotated`` aliases: settings, the loaded pipeline, the runner, metrics, API key.

Everything comes from ``request.app.state``, filled by :func:`service.app.create_app`
and its lifespan; tests swap any of them with ``app.dependency_overrides[get_pipeline] = ...``.
"""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, Request, Security
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from ie.pipeline import Pipeline
from service.errors import Forbidden, NotReady, Unauthorized
from service.metrics import Metrics
from service.runner import Runner
from service.settings import Settings


def get_settings(request: Request) -> Settings:
    return request.app.state.settings  # type: ignore[no-any-return]


def get_pipeline(request: Request) -> Pipeline:
    pipeline = getattr(request.app.state, "pipeline", None)
    if pipeline is None:
        raise NotReady("the model is not loaded yet (or the service is shutting down); see /readyz")
    return pipeline  # type: ignore[no-any-return]


def get_runner(request: Request) -> Runner:
    runner = getattr(request.app.state, "runner", None)
    if runner is None:
        raise NotReady("the service is not started yet (or is shutting down); see /readyz")
    return runner  # type: ignore[no-any-return]


def get_metrics(request: Request) -> Metrics:
    return request.app.state.metrics  # type: ignore[no-any-return]


SettingsDep = Annotated[Settings, Depends(get_settings)]
PipelineDep = Annotated[Pipeline, Depends(get_pipeline)]
RunnerDep = Annotated[Runner, Depends(get_runner)]
MetricsDep = Annotated[Metrics, Depends(get_metrics)]

_api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="one of IE_API_KEYS")
_bearer = HTTPBearer(auto_error=False, description="Authorization: Bearer <one of IE_API_KEYS>")


def check_api_key(
    settings: SettingsDep,
    api_key: Annotated[str | None, Security(_api_key_header)],
    bearer: Annotated[HTTPAuthorizationCredentials | None, Security(_bearer)],
) -> None:
    """With ``IE_API_KEYS`` set: no key -> 401, a wrong key -> 403; without it every request passes."""
    if not settings.api_keys:
        return
    given = api_key or (bearer.credentials if bearer else None)
    if not given:
        raise Unauthorized("an API key is required: send it as X-API-Key or Authorization: Bearer")
    presented = given.encode("utf-8", "surrogatepass")
    if not any(hmac.compare_digest(presented, key.encode("utf-8")) for key in settings.api_keys):
        raise Forbidden("the API key is not valid")


ApiKey = Depends(check_api_key)
