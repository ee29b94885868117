"""All error codes and their messages, in one place.

Every error the library, the CLI and the service report has a stable code
(``E_...``) and a message that says what was wrong and what to do.
"""

from __future__ import annotations


class IEError(Exception):
    """An input or configuration problem, reported with a stable code."""

    code = "E_INTERNAL"
    status = 500

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


class EmptyInput(IEError):
    code, status = "E_EMPTY", 422


class TooLarge(IEError):
    code, status = "E_TOO_LARGE", 413


class BadEncoding(IEError):
    code, status = "E_ENCODING", 422


class BadText(IEError):
    code, status = "E_BAD_TEXT", 422


class UnsupportedFile(IEError):
    code, status = "E_UNSUPPORTED_FILE", 415


class BrokenFile(IEError):
    code, status = "E_BROKEN_FILE", 415


class NotFound(IEError):
    code, status = "E_NOT_FOUND", 404


class ModelError(IEError):
    code, status = "E_MODEL", 500


class OutputBusy(IEError):
    code, status = "E_OUTPUT_BUSY", 409


class EngineError(IEError):
    code, status = "E_ENGINE", 500


# conditions of the HTTP service (service/errors.py answers them as JSON)


class BadJSON(IEError):
    code, status = "E_BAD_JSON", 400


class BadRequest(IEError):
    code, status = "E_BAD_REQUEST", 400


class Invalid(IEError):
    code, status = "E_INVALID", 422


class Unauthorized(IEError):
    code, status = "E_UNAUTHORIZED", 401


class Forbidden(IEError):
    code, status = "E_FORBIDDEN", 403


class Busy(IEError):
    code, status = "E_BUSY", 429


class TimedOut(IEError):
    code, status = "E_TIMEOUT", 503


class NotReady(IEError):
    code, status = "E_NOT_READY", 503


def check_text(text: object, max_chars: int | None = None) -> str:
    """Reject what no extraction can use; return the text unchanged otherwise.

    Empty text is allowed (it gives an empty Document); text with lone
    surrogates or NUL-heavy binary content is not.
    """
    if not isinstance(text, str):
        raise BadText(f"text must be a string, got {type(text).__name__}")
    if max_chars is not None and len(text) > max_chars:
        raise TooLarge(f"text has {len(text)} characters; the limit is {max_chars}")
    for i, ch in enumerate(text):
        if "\ud800" <= ch <= "\udfff":
            raise BadText(f"text contains an unpaired surrogate (U+{ord(ch):04X}) at character {i}")
    if text:
        controls = sum(1 for ch in text[:4096] if ch < " " and ch not in "\t\n\r\f\v")
        if controls > max(8, len(text[:4096]) // 20):
            raise BadText("text looks like binary data (many control characters); send UTF-8 text")
    return text
