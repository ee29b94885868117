"""Load test of ``ie serve`` over loopback (run by hand, not a test).

    $ .venv/bin/python bench/bench_service.py                 # writes bench/RESULTS-service.md
    $ .venv/bin/python bench/bench_service.py --rss-requests 2000 --no-write

This process is the load generator; the server is a separate ``ie serve``
process on 127.0.0.1 and a free port. It measures throughput and p50/p95/p99
latency of ``POST /v1/extract`` for one paragraph (≤ 80 words) and for the whole
seed report at concurrency 1, 4 and 16, then the server's resident memory
(VmRSS) before and after N paragraph requests.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import signal
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent
REPORT_PATH = REPO / "examples" / "bao-cao-lang-son-2025-03.txt"


@dataclass
class Run:
    name: str
    concurrency: int
    requests: int
    errors: int
    seconds: float
    latencies: list[float]

    @property
    def throughput(self) -> float:
        return self.requests / self.seconds

    def pct(self, q: float) -> float:
        """Nearest-rank percentile in milliseconds."""
        ordered = sorted(self.latencies)
        return 1000 * ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))]


def pick_paragraph(text: str, max_words: int = 80) -> str:
    """The paragraph of the report with the most entities-looking content among those of at most ``max_words``."""
    candidates = [p for p in text.splitlines() if 30 <= len(p.split()) <= max_words and "đồng" in p and "%" in p]
    return candidates[0] if candidates else next(p for p in text.splitlines() if len(p.split()) <= max_words)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError("no VmRSS")


def start_server(port: int, env: dict[str, str]) -> subprocess.Popen[bytes]:
    ie = Path(sys.executable).parent / "ie"
    cmd = [str(ie)] if ie.exists() else [sys.executable, "-m", "ie.cli"]
    proc = subprocess.Popen([*cmd, "serve", "--host", "127.0.0.1", "--port", str(port)], cwd=REPO,
                            env={**os.environ, **env}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"ie serve exited with {proc.returncode}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=1).status_code == 200:
                return proc
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    proc.kill()
    raise SystemExit("ie serve was not ready in 120 s")


async def load(base_url: str, name: str, text: str, concurrency: int, requests: int) -> Run:
    """``requests`` POSTs of ``text`` from ``concurrency`` keep-alive connections."""
    latencies: list[float] = []
    errors = 0
    todo = iter(range(requests))
    body = {"text": text, "id": name}
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base_url, timeout=300, limits=limits) as client:

        async def worker() -> None:
            nonlocal errors
            for _ in todo:
                start = time.perf_counter()
                r = await client.post("/v1/extract", json=body)
                latencies.append(time.perf_counter() - start)
                if r.status_code != 200:
                    errors += 1

        start = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        seconds = time.perf_counter() - start
    return Run(name, concurrency, requests, errors, seconds, latencies)


def machine() -> str:
    model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.processor() or "?")
    return f"{os.cpu_count()} cores ({model}), Python {platform.python_version()}, {platform.system()} {platform.release()}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--paragraph-requests", type=int, default=1000, help="requests per concurrency level")
    ap.add_argument("--report-requests", type=int, nargs=3, default=(10, 16, 32), metavar=("C1", "C4", "C16"))
    ap.add_argument("--rss-requests", type=int, default=10_000)
    ap.add_argument("--rss-concurrency", type=int, default=4)
    ap.add_argument("--output", default=str(REPO / "bench" / "RESULTS-service.md"))
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()

    report = REPORT_PATH.read_text(encoding="utf-8")
    paragraph = pick_paragraph(report)
    port = free_port()
    env = {"IE_ACCESS_LOG": "false", "IE_REQUEST_TIMEOUT": "300", "IE_MAX_QUEUE": "64"}
    server = start_server(port, env)
    base = f"http://127.0.0.1:{port}"
    runs: list[Run] = []
    try:
        rss_idle = rss_kib(server.pid)
        model = httpx.get(base + "/readyz").json()["model"]
        asyncio.run(load(base, "warm-up", paragraph, 4, 200))
        for c in (1, 4, 16):
            runs.append(asyncio.run(load(base, "paragraph", paragraph, c, args.paragraph_requests)))
            print(f"paragraph c={c}: {runs[-1].throughput:.1f} req/s p99 {runs[-1].pct(99):.1f} ms", flush=True)
        for c, n in zip((1, 4, 16), args.report_requests):
            runs.append(asyncio.run(load(base, "report", report, c, n)))
            print(f"report    c={c}: {runs[-1].throughput:.2f} req/s p99 {runs[-1].pct(99):.0f} ms", flush=True)
        rss_before = rss_kib(server.pid)
        start = time.perf_counter()
        soak = asyncio.run(load(base, "paragraph", paragraph, args.rss_concurrency, args.rss_requests))
        soak_s = time.perf_counter() - start
        rss_after = rss_kib(server.pid)
        print(f"RSS {rss_before} -> {rss_after} KiB over {args.rss_requests} requests ({soak_s:.0f} s)", flush=True)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)

    change = 100 * (rss_after - rss_before) / rss_before
    p1 = runs[0]
    lines = [
        "## Service benchmark (`bench/bench_service.py`)",
        "",
        f"Machine: {machine()}. Server: `ie serve` (1 uvicorn worker, model `{model}`, "
        "IE_MAX_CONCURRENCY=2 threads, IE_MAX_QUEUE=64, IE_REQUEST_TIMEOUT=300, access log off); load generator: a second process "
        "(httpx.AsyncClient, keep-alive) on 127.0.0.1.",
        "",
        f"Paragraph: {len(paragraph.split())} words, {len(paragraph)} characters; "
        f"whole report: {len(report)} characters.",
        "",
        "| text | concurrency | requests | errors | throughput (req/s) | p50 (ms) | p95 (ms) | p99 (ms) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in runs:
        lines.append(f"| {r.name} | {r.concurrency} | {r.requests} | {r.errors} | {r.throughput:.2f} | "
                     f"{r.pct(50):.1f} | {r.pct(95):.1f} | {r.pct(99):.1f} |")
    lines += [
        "",
        f"Memory (server VmRSS): {rss_idle / 1024:.1f} MiB idle after start-up, {rss_before / 1024:.1f} MiB before "
        f"and {rss_after / 1024:.1f} MiB after {soak.requests:,} paragraph requests at concurrency "
        f"{args.rss_concurrency} ({soak.errors} errors, {soak.throughput:.0f} req/s, {soak_s:.0f} s): "
        f"{change:+.1f}%.",
        "",
        f"Targets: paragraph p99 at concurrency 1 ≤ 100 ms — {p1.pct(99):.1f} ms, "
        f"{'met' if p1.pct(99) <= 100 else 'NOT met'}; RSS within ±10% — {change:+.1f}%, "
        f"{'met' if abs(change) <= 10 else 'NOT met'}.",
        f"Mean paragraph latency at concurrency 1: {1000 * statistics.mean(p1.latencies):.1f} ms.",
    ]
    text = "\n".join(lines) + "\n"
    print(text)
    if not args.no_write:
        Path(args.output).write_text(text, encoding="utf-8")
        print(f"written to {args.output}")


if __name__ == "__main__":
    main()
