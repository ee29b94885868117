"""Every error the service answers is JSON ``{"error": {"code", "message"}}`` with the right status.

The service's own conditions (auth, overload, readiness) are :class:`ie.errors.IEError`
subclasses like the library's, so one handler covers both::

    {"error": {"code": "E_BAD_TEXT", "message": "text contains an unpaired surrogate (U+D800) at character 4"}}
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ie.errors import (
    BadJSON,
    BadRequest,
    Busy,
    Forbidden,
    IEError,
    Invalid,
    NotReady,
    TimedOut,
    Unauthorized,
)

__all__ = ["BadJSON", "BadRequest", "Busy", "Forbidden", "Invalid", "NotReady", "TimedOut", "Unauthorized", "install"]

log = logging.getLogger("service")


#: codes of HTTP errors raised by Starlette/FastAPI themselves
HTTP_CODES = {
    400: "E_BAD_REQUEST",
    401: "E_UNAUTHORIZED",
    403: "E_FORBIDDEN",
    404: "E_NOT_FOUND",
    405: "E_METHOD_NOT_ALLOWED",
    413: "E_TOO_LARGE",
    415: "E_UNSUPPORTED_MEDIA_TYPE",
    422: "E_INVALID",
    429: "E_BUSY",
    503: "E_UNAVAILABLE",
}


class ErrorResponse(JSONResponse):
    """A JSON response that never fails to encode: lone surrogates in a message become ``\\udXXX`` escapes."""

    def render(self, content: Any) -> bytes:
        try:
            return json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        except UnicodeEncodeError:
            return json.dumps(content, ensure_ascii=True, separators=(",", ":")).encode("ascii")


def error_body(code: str, message: str) -> dict[str, dict[str, str]]:
    return {"error": {"code": code, "message": message}}


def error_response(status: int, code: str, message: str, headers: Mapping[str, str] | None = None) -> ErrorResponse:
    return ErrorResponse(error_body(code, message), status_code=status, headers=dict(headers or {}))


def describe_validation(errors: Sequence[Any], limit: int = 5) -> str:
    """``body.options.labels.0: Input should be 'LEGAL_REF', ...`` — where and what, never the input itself."""
    parts = []
    for err in errors[:limit]:
        loc = ".".join(str(p) for p in err.get("loc", ()))
        parts.append(f"{loc}: {err.get('msg', 'invalid')}" if loc else str(err.get("msg", "invalid")))
    if len(errors) > limit:
        parts.append(f"... and {len(errors) - limit} more")
    return "; ".join(parts)


async def _validation(request: Request, exc: Exception) -> ErrorResponse:
    assert isinstance(exc, RequestValidationError)
    errors = list(exc.errors())
    bad_json = next((e for e in errors if e.get("type") == "json_invalid"), None)
    if bad_json is not None:
        loc = bad_json.get("loc", ())
        where = f" at character {loc[-1]}" if loc and isinstance(loc[-1], int) else ""
        detail = (bad_json.get("ctx") or {}).get("error", "")
        return error_response(400, BadJSON.code, f"malformed JSON{where}: {detail}".rstrip(": "))
    return error_response(422, Invalid.code, describe_validation(errors))


async def _http(request: Request, exc: Exception) -> ErrorResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = HTTP_CODES.get(exc.status_code, f"E_HTTP_{exc.status_code}")
    message = str(exc.detail)
    if exc.status_code == 404 and message == "Not Found":
        message = f"no endpoint at {request.url.path}; the API is described at /docs"
    elif exc.status_code == 405:
        message = f"{request.method} is not allowed on {request.url.path}"
    return error_response(exc.status_code, code, message, exc.headers)


async def _ie(request: Request, exc: Exception) -> ErrorResponse:
    assert isinstance(exc, IEError)
    if exc.status == 500:
        log.error("%s %s: %s %s", request.method, request.url.path, exc.code, exc.message)
    headers = {"Retry-After": "1"} if exc.status in (429, 503) else None
    return error_response(exc.status, exc.code, exc.message, headers)


async def _last_resort(request: Request, exc: Exception) -> ErrorResponse:
    log.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return error_response(500, "E_INTERNAL", f"internal error ({type(exc).__name__}); it has been logged")


def install(app: FastAPI) -> None:
    """Register the handlers: validation, HTTP, IEError and a last resort for everything else."""
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(StarletteHTTPException, _http)
    app.add_exception_handler(IEError, _ie)
    app.add_exception_handler(Exception, _last_resort)
