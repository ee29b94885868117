"""``/v1/extract``, ``/v1/extract/batch``, ``/v1/extract/file`` and ``/v1/render``.

Every extraction runs in the bounded pool (:class:`service.runner.Runner`), never on
the event loop. Answers are the bytes ``ie extract`` writes: ``doc.model_dump_json(exclude_none=True)``.
"""

from __future__ import annotations

import logging
from pathlib import PurePath
from typing import Annotated

from fastapi import APIRouter, File, Form, UploadFile
from fastapi.responses import HTMLResponse, Response

from ie.errors import IEError, TooLarge, check_text
from ie.io.readers import file_text
from ie.pipeline import Pipeline
from ie.schema import Document, ErrorInfo, ErrorRecord
from service.deps import ApiKey, MetricsDep, PipelineDep, RunnerDep, SettingsDep
from service.render import render_html
from service.schemas import (
    BatchRequest,
    BatchResponse,
    DocId,
    ExtractRequest,
    Options,
    error_responses,
)
from service.settings import Settings

log = logging.getLogger("service")
router = APIRouter(prefix="/v1", tags=["extract"], dependencies=[ApiKey])
COMMON_ERRORS = (400, 401, 403, 413, 422, 429, 503)


def _check_size(text: str, max_chars: int, what: str = "text") -> None:
    if len(text) > max_chars:
        raise TooLarge(f"{what} has {len(text)} characters; the limit is {max_chars} (IE_MAX_CHARS)")


def extract_one(pipeline: Pipeline, text: str, id: str, options: Options, max_chars: int) -> Document:
    """Check and extract one text (runs in a pool thread)."""
    check_text(text, max_chars)
    labels = [label.value for label in options.labels] if options.labels is not None else None
    return pipeline.extract(text, id=id, labels=labels, relations=options.relations)


def extract_many(pipeline: Pipeline, requests: list[ExtractRequest], max_chars: int) -> list[Document | ErrorRecord]:
    """Each document on its own: a failure becomes an ErrorRecord in its place and never stops the rest."""
    results: list[Document | ErrorRecord] = []
    for i, req in enumerate(requests):
        doc_id = req.id or f"doc-{i}"
        try:
            results.append(extract_one(pipeline, req.text, doc_id, req.options, max_chars))
        except IEError as exc:
            results.append(ErrorRecord(id=doc_id, error=ErrorInfo(**exc.to_dict())))
        except Exception as exc:  # a pipeline bug on one document must not lose the others
            log.exception("batch document %r failed", doc_id)
            info = ErrorInfo(code="E_INTERNAL", message=f"internal error ({type(exc).__name__}); it has been logged")
            results.append(ErrorRecord(id=doc_id, error=info))
    return results


def extract_upload(pipeline: Pipeline, name: str, data: bytes, doc_id: str, settings: Settings) -> Document:
    """Read an uploaded .txt/.docx/.pdf and extract from its text (runs in a pool thread)."""
    text = file_text(name, data, max_bytes=settings.max_upload_bytes)
    _check_size(text, settings.max_chars, f"{name}'s text")
    return pipeline.extract(text, id=doc_id)


def document_response(doc: Document) -> Response:
    return Response(doc.model_dump_json(exclude_none=True), media_type="application/json")


@router.post("/extract", response_model=Document, response_model_exclude_none=True,
             responses=error_responses(*COMMON_ERRORS))
async def extract(body: ExtractRequest, pipeline: PipelineDep, runner: RunnerDep, settings: SettingsDep,
                  metrics: MetricsDep) -> Response:
    """Entities and relations of one text; offsets index the text as sent."""
    _check_size(body.text, settings.max_chars)
    try:
        doc = await runner.run(extract_one, pipeline, body.text, body.id or "doc", body.options, settings.max_chars)
    except IEError:
        metrics.failure()
        raise
    metrics.document(doc)
    return document_response(doc)


@router.post("/extract/batch", response_model=BatchResponse, response_model_exclude_none=True,
             responses=error_responses(*COMMON_ERRORS))
async def extract_batch(body: BatchRequest, pipeline: PipelineDep, runner: RunnerDep, settings: SettingsDep,
                        metrics: MetricsDep) -> Response:
    """Up to ``IE_MAX_BATCH`` documents; each answer is a Document or ``{"id", "error"}`` in request order."""
    if len(body.documents) > settings.max_batch:
        raise TooLarge(f"{len(body.documents)} documents; the limit per batch is {settings.max_batch} (IE_MAX_BATCH)")
    results = await runner.run(extract_many, pipeline, body.documents, settings.max_chars)
    parts = []
    for result in results:
        if isinstance(result, Document):
            metrics.document(result)
            parts.append(result.model_dump_json(exclude_none=True))
        else:
            metrics.failure()
            parts.append(result.model_dump_json())
    return Response('{"documents":[' + ",".join(parts) + "]}", media_type="application/json")


@router.post("/extract/file", response_model=Document, response_model_exclude_none=True,
             responses=error_responses(*COMMON_ERRORS, 415))
async def extract_file(
    file: Annotated[UploadFile, File(description="a .txt (UTF-8), .docx or .pdf with a text layer")],
    pipeline: PipelineDep,
    runner: RunnerDep,
    settings: SettingsDep,
    metrics: MetricsDep,
    id: Annotated[DocId | None, Form(description="document id (default: the file name)")] = None,
) -> Response:
    """Entities and relations of an uploaded file's text; offsets index that extracted text."""
    name = PurePath(file.filename or "upload.txt").name or "upload.txt"
    data = await file.read(settings.max_upload_bytes + 1)
    try:
        doc = await runner.run(extract_upload, pipeline, name, data, id or name, settings)
    except IEError:
        metrics.failure()
        raise
    metrics.document(doc)
    return document_response(doc)


def _render(pipeline: Pipeline, body: ExtractRequest, max_chars: int) -> str:
    return render_html(extract_one(pipeline, body.text, body.id or "doc", body.options, max_chars))


@router.post("/render", response_class=HTMLResponse, responses=error_responses(*COMMON_ERRORS))
async def render(body: ExtractRequest, pipeline: PipelineDep, runner: RunnerDep, settings: SettingsDep) -> HTMLResponse:
    """The same extraction as an HTML page: entities highlighted by label, relations listed."""
    _check_size(body.text, settings.max_chars)
    return HTMLResponse(await runner.run(_render, pipeline, body, settings.max_chars))
