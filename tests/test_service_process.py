"""A real ``ie serve`` process on a free loopback port, driven over HTTP and through :class:`ie.client.Client`."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from ie.client import Client, ServiceError
from ie.pipeline import Pipeline

REPO = Path(__file__).resolve().parent.parent
REPORT = (REPO / "examples" / "bao-cao-lang-son-2025-03.txt").read_text(encoding="utf-8")
PARAGRAPH = next(line for line in REPORT.splitlines() if line.startswith("Công tác thu NSNN"))


@dataclass
class Server:
    base_url: str
    process: subprocess.Popen[bytes]
    log: Path
    output: str = ""  # the server's log, read after it stopped


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def ie_command() -> list[str]:
    script = Path(sys.executable).parent / "ie"
    return [str(script)] if script.exists() else [sys.executable, "-m", "ie.cli"]


@contextmanager
def running_server(env: dict[str, str] | None = None, args: tuple[str, ...] = (), timeout: float = 90) -> Iterator[Server]:
    """``ie serve`` on 127.0.0.1 and a free port; yields once ``/readyz`` answers 200; SIGTERM afterwards."""
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="ie-serve-") as tmp:
        log = Path(tmp) / "server.log"
        full_env = {**os.environ, "IE_ACCESS_LOG": "false", **(env or {})}
        with log.open("wb") as out:
            proc = subprocess.Popen(
                [*ie_command(), "serve", "--host", "127.0.0.1", "--port", str(port), *args],
                cwd=REPO, env=full_env, stdout=out, stderr=subprocess.STDOUT,
            )
        server = Server(f"http://127.0.0.1:{port}", proc, log)
        try:
            deadline = time.monotonic() + timeout
            while True:
                if proc.poll() is not None:
                    pytest.fail(f"ie serve exited with {proc.returncode}:\n{log.read_text(errors='replace')}")
                try:
                    if httpx.get(server.base_url + "/readyz", timeout=1).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if time.monotonic() > deadline:
                    pytest.fail(f"ie serve was not ready after {timeout} s:\n{log.read_text(errors='replace')}")
                time.sleep(0.1)
            yield server
        finally:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
            server.output = log.read_text(errors="replace")


def assert_clean_shutdown(srv: Server) -> None:
    """SIGTERM drains and stops the app; uvicorn then exits 0 (several workers) or re-raises the signal (one)."""
    assert srv.process.returncode in (0, -signal.SIGTERM), srv.output
    assert "Application shutdown complete" in srv.output, srv.output


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    env = {"IE_MAX_BODY_BYTES": "50000", "IE_MAX_CHARS": "40000", "IE_MAX_CONCURRENCY": "1"}
    with running_server(env) as srv:
        yield srv
    assert_clean_shutdown(srv)


@pytest.fixture(scope="module")
def client(server: Server) -> Iterator[Client]:
    with Client(server.base_url) as c:
        yield c


def test_health_ready_models(client: Client, nlp: Pipeline) -> None:
    assert client.health() == {"status": "ok"}
    assert client.ready() is True
    [model] = client.models()
    assert (model["name"], model["version"]) == (nlp.info.name, nlp.info.version)  # what ie.load() loads


def test_extract_is_the_library_answer(client: Client, nlp: Pipeline) -> None:
    assert client.extract(PARAGRAPH, id="p") == nlp.extract(PARAGRAPH, id="p")
    doc = client.extract(PARAGRAPH, labels=["MONEY", "PERCENT"], relations=False)
    assert {e.label for e in doc.entities} == {"MONEY", "PERCENT"}
    for ent in doc.entities:
        assert PARAGRAPH[ent.start : ent.end] == ent.text


def test_a_long_document_never_blocks_health_checks(server: Server, client: Client) -> None:
    done = threading.Event()
    result: dict[str, object] = {}

    def long_extraction() -> None:
        result["doc"] = client.extract(REPORT, id="bao-cao")
        done.set()

    thread = threading.Thread(target=long_extraction)
    thread.start()
    worst, checks = 0.0, 0
    with httpx.Client(base_url=server.base_url, timeout=5) as http:
        time.sleep(0.05)
        while not done.is_set():
            start = time.perf_counter()
            assert http.get("/healthz").status_code == 200
            worst = max(worst, time.perf_counter() - start)
            checks += 1
            time.sleep(0.02)
    thread.join()
    assert checks >= 3, "the extraction finished too fast to measure anything"
    assert worst < 0.5, f"/healthz took up to {worst:.3f} s while a report was extracted"
    assert len(result["doc"].entities) > 50  # type: ignore[attr-defined]


def test_errors_over_http(server: Server) -> None:
    with httpx.Client(base_url=server.base_url, timeout=10) as http:
        r = http.post("/v1/extract", content=b'{"text": ', headers={"content-type": "application/json"})
        assert r.status_code == 400 and r.json()["error"]["code"] == "E_BAD_JSON"
        r = http.post("/v1/extract", content=b'{"text": "\\ud800"}', headers={"content-type": "application/json"})
        assert r.status_code == 422 and r.json()["error"]["code"] == "E_BAD_TEXT"
        r = http.post("/v1/extract", json={"text": "a" * 60_000})  # over IE_MAX_BODY_BYTES, with Content-Length
        assert r.status_code == 413 and r.json()["error"]["code"] == "E_TOO_LARGE"
        r = http.post("/v1/extract/file", files={"file": ("bc.docx", b"PK\x03\x04 truncated")})
        assert r.status_code == 415 and r.json()["error"]["code"] == "E_BROKEN_FILE"
        assert http.get("/healthz").status_code == 200  # still serving


def test_client_raises_typed_errors(client: Client) -> None:
    with pytest.raises(ServiceError) as info:
        client.extract("a " * 20_001)
    assert (info.value.status, info.value.code) == (413, "E_TOO_LARGE")
    assert "40000" in info.value.message


def test_metrics_count_the_requests(server: Server, client: Client) -> None:
    client.extract(PARAGRAPH)
    text = httpx.get(server.base_url + "/metrics").text
    assert 'ie_http_requests_total{method="POST",route="/v1/extract",status="200"}' in text
    assert 'ie_entities_total{label="MONEY"}' in text


def test_several_workers() -> None:
    with running_server(args=("--workers", "2")) as srv, Client(srv.base_url) as c:
        docs = [c.extract(PARAGRAPH, id=str(i)) for i in range(6)]
        assert [d.id for d in docs] == [str(i) for i in range(6)]
        assert len({len(d.entities) for d in docs}) == 1
    assert_clean_shutdown(srv)
