"""A small typed client for the extraction service (``ie serve``).

    >>> from ie.client import Client
    >>> with Client("http://127.0.0.1:8000") as client:                       # doctest: +SKIP
    ...     doc = client.extract("Quyết định số 12/QĐ-UBND ngày 05/3/2025", labels=["LEGAL_REF"])
    >>> [(e.label, e.text) for e in doc.entities]                              # doctest: +SKIP
    [('LEGAL_REF', 'Quyết định số 12/QĐ-UBND')]

Answers are :class:`ie.schema.Document` (or :class:`ie.schema.ErrorRecord` for a
batch document that failed); an error answer raises :class:`ServiceError`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import TracebackType
from typing import Any

import httpx

from ie.schema import Document, ErrorRecord

#: a batch item: a text, an (id, text) pair, or a request object {"text", "id"?, "options"?}
BatchItem = str | tuple[str, str] | Mapping[str, Any]


class ServiceError(Exception):
    """An error answer (``status`` is its HTTP status) or no answer at all (``status`` None, code ``E_CONNECTION``)."""

    def __init__(self, code: str, message: str, status: int | None = None):
        super().__init__(f"{code}: {message}" + (f" (HTTP {status})" if status is not None else ""))
        self.code = code
        self.message = message
        self.status = status


class Client:
    """``Client(base_url, api_key=None, timeout=60.0)``; use it as a context manager or call :meth:`close`."""

    def __init__(self, base_url: str, api_key: str | None = None, timeout: float = 60.0,
                 transport: httpx.BaseTransport | None = None):
        headers = {"X-API-Key": api_key} if api_key else {}
        self._http = httpx.Client(base_url=base_url.rstrip("/"), headers=headers, timeout=timeout, transport=transport)

    def __enter__(self) -> Client:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def _request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        try:
            response = self._http.request(method, path, **kwargs)
        except httpx.TransportError as exc:
            raise ServiceError("E_CONNECTION", f"{method} {path}: {type(exc).__name__}: {exc}") from exc
        if response.is_success:
            return response
        try:
            error = response.json()["error"]
            code, message = str(error["code"]), str(error["message"])
        except (ValueError, KeyError, TypeError):
            code, message = f"E_HTTP_{response.status_code}", response.text[:500]
        raise ServiceError(code, message, response.status_code)

    def _post_json(self, path: str, body: Any) -> httpx.Response:
        """UTF-8 JSON; a string that UTF-8 cannot carry (a lone surrogate) travels as a \\u escape for the service to judge."""
        try:
            content = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        except UnicodeEncodeError:
            content = json.dumps(body, ensure_ascii=True, separators=(",", ":")).encode("ascii")
        return self._request("POST", path, content=content, headers={"Content-Type": "application/json"})

    @staticmethod
    def _options(labels: Iterable[str] | None, relations: bool) -> dict[str, Any]:
        options: dict[str, Any] = {"relations": relations}
        if labels is not None:
            options["labels"] = list(labels)
        return options

    def extract(self, text: str, id: str | None = None, labels: Iterable[str] | None = None,
                relations: bool = True) -> Document:
        """Entities and relations of one text; offsets index ``text`` as given."""
        body: dict[str, Any] = {"text": text, "options": self._options(labels, relations)}
        if id is not None:
            body["id"] = id
        return Document.model_validate_json(self._post_json("/v1/extract", body).content)

    def extract_batch(self, documents: Iterable[BatchItem], labels: Iterable[str] | None = None,
                      relations: bool = True) -> list[Document | ErrorRecord]:
        """Many texts in one request, answers in order; a document that failed is an ``ErrorRecord``."""
        options = self._options(labels, relations)
        items: list[dict[str, Any]] = []
        for doc in documents:
            if isinstance(doc, str):
                items.append({"text": doc, "options": options})
            elif isinstance(doc, tuple):
                items.append({"id": doc[0], "text": doc[1], "options": options})
            else:
                items.append({"options": options, **doc})
        answer = self._post_json("/v1/extract/batch", {"documents": items}).json()
        return [
            ErrorRecord.model_validate(d) if "error" in d else Document.model_validate(d) for d in answer["documents"]
        ]

    def extract_file(self, path: str | os.PathLike[str], id: str | None = None) -> Document:
        """Upload a .txt, .docx or .pdf; offsets index the text the service extracted from it."""
        path = Path(path)
        data = {"id": id} if id is not None else None
        with path.open("rb") as fh:
            response = self._request("POST", "/v1/extract/file", files={"file": (path.name, fh)}, data=data)
        return Document.model_validate_json(response.content)

    def render(self, text: str, id: str | None = None, labels: Iterable[str] | None = None) -> str:
        """The HTML page with the entities highlighted."""
        body: dict[str, Any] = {"text": text, "options": self._options(labels, True)}
        if id is not None:
            body["id"] = id
        return self._post_json("/v1/render", body).text

    def models(self) -> list[dict[str, Any]]:
        """The served models: ``name``, ``version``, ``labels``, ``metrics``."""
        return list(self._request("GET", "/v1/models").json()["models"])

    def health(self) -> dict[str, Any]:
        """``{"status": "ok"}`` while the process answers."""
        return dict(self._request("GET", "/healthz").json())

    def ready(self) -> bool:
        """Whether the model has loaded (``/readyz`` answers 200)."""
        try:
            self._request("GET", "/readyz")
        except ServiceError as exc:
            if exc.status == 503:
                return False
            raise
        return True
