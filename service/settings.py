"""The service's settings: one pydantic-settings class, read from ``IE_*`` environment variables.

    $ IE_MODEL=models/default IE_API_KEYS=khoa-1,khoa-2 IE_MAX_CONCURRENCY=4 ie serve --port 8080

``IE_MODEL`` is the same variable :func:`ie.load` reads, so the service and
``ie extract`` serve the same model; point it at a better model directory and
restart — no code changes.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

MiB = 1024 * 1024


class Settings(BaseSettings):
    """Everything an operator can tune; each field is ``IE_<NAME>`` in the environment."""

    model_config = SettingsConfigDict(env_prefix="IE_", extra="ignore", frozen=True)

    #: model directory (``meta.json`` + ``pipeline/``); None = the :func:`ie.load` default
    model: str | None = None

    host: str = "127.0.0.1"
    port: int = Field(8000, ge=0, le=65535)
    #: uvicorn worker processes, each loading the model once
    workers: int = Field(1, ge=1)
    access_log: bool = True

    #: characters per text (``/v1/extract``, each batch document, an uploaded file's text)
    max_chars: int = Field(100_000, gt=0)
    #: bytes per uploaded file
    max_upload_bytes: int = Field(10 * MiB, gt=0)
    #: bytes per request body of any kind; larger bodies get 413 before they are parsed
    max_body_bytes: int = Field(16 * MiB, gt=0)
    #: documents per ``/v1/extract/batch`` request
    max_batch: int = Field(64, gt=0)

    #: seconds a request may wait for its extraction (queue + work) before 503
    request_timeout: float = Field(30.0, gt=0)
    #: extractions running at once (threads of the bounded pool)
    max_concurrency: int = Field(2, ge=1)
    #: extractions allowed to wait for a thread; one more gets 429
    max_queue: int = Field(32, ge=0)

    #: accepted API keys, comma-separated; empty = no authentication
    api_keys: Annotated[tuple[str, ...], NoDecode] = ()
    #: origins allowed by CORS, comma-separated; empty = no CORS headers
    cors_origins: Annotated[tuple[str, ...], NoDecode] = ()

    @field_validator("api_keys", "cors_origins", mode="before")
    @classmethod
    def _comma_separated(cls, value: object) -> object:
        if isinstance(value, str):
            return tuple(part.strip() for part in value.split(",") if part.strip())
        return value
