"""Request bodies over ``max_body_bytes`` get 413 before anything parses them.

A declared ``Content-Length`` over the limit is refused without reading the
body; a chunked body is read until it passes the limit, then refused.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ie.errors import TooLarge
from service.errors import BadRequest, error_response


class BodyLimitMiddleware:
    """Buffers the request body up to ``max_bytes`` and hands it on; 413 beyond."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def _refuse(self, scope: Scope, receive: Receive, send: Send, exc: TooLarge | BadRequest) -> None:
        response = error_response(exc.status, exc.code, exc.message, {"Connection": "close"})
        await response(scope, receive, send)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or ()).get(b"content-length")
        if declared is not None:
            try:
                length = int(declared)
            except ValueError:
                await self._refuse(scope, receive, send, BadRequest("invalid Content-Length header"))
                return
            if length > self.max_bytes:
                await self._refuse(scope, receive, send, self._too_large(length))
                return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":  # the client went away
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await self._refuse(scope, receive, send, self._too_large(size, exact=False))
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body: Message | None = {"type": "http.request", "body": b"".join(chunks), "more_body": False}

        async def replay() -> Message:
            nonlocal body
            if body is not None:
                message, body = body, None
                return message
            return await receive()

        await self.app(scope, replay, send)

    def _too_large(self, size: int, exact: bool = True) -> TooLarge:
        amount = f"{size} bytes" if exact else f"more than {self.max_bytes} bytes"
        return TooLarge(f"the request body is {amount}; the limit is {self.max_bytes} (IE_MAX_BODY_BYTES)")
