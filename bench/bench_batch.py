"""Batch throughput of ``ie extract`` on the shared corpus: 1 worker, 2 workers, local Ray (2 actors), one run.

    .venv/bin/python bench/bench_batch.py [--limit N] [--repeat R] [--model DIR] [--write bench/RESULTS-batch.md]

Each configuration extracts the same files into a fresh output; the time is the whole call
(start-up and model loading in every worker included), as an analyst would see it. The local Ray
instance is started once before any timing (``ray.init(num_cpus=2)``); its actors are timed.
Syllables are whitespace-separated pieces of the input texts. With ``--repeat`` the three
configurations run in turn R times and each keeps its best time (the machine may be shared).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "raw"


def run(files: list[str], out: Path, **kw) -> tuple[float, int, int]:
    from ie.batch import extract

    t = time.perf_counter()
    summary = extract(files, str(out), quiet=True, progress=False, **kw)
    seconds = time.perf_counter() - t
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(ids) == sorted(files), "every input exactly once"
    return seconds, summary.documents, sum(summary.failures.values()), os.getloadavg()[0]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, help="only the first N files (sorted by name)")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--model")
    ap.add_argument("--write", default=str(ROOT / "bench" / "RESULTS-batch.md"))
    args = ap.parse_args()
    files = sorted(str(p) for p in CORPUS.glob("*.txt"))[: args.limit]
    texts = [Path(f).read_text(encoding="utf-8") for f in files]
    syllables = sum(len(t.split()) for t in texts)
    chars = sum(len(t) for t in texts)

    import ie

    info = ie.load(args.model).info
    load_avg = os.getloadavg()[0]
    configs = [("local, 1 worker (in-process)", {"workers": 1}),
               ("local, 2 worker processes", {"workers": 2}),
               ("Ray, local instance, 2 actors", {"engine": "ray", "workers": 2})]
    best: dict[str, tuple] = {}
    import ray

    ray.init(num_cpus=2, include_dashboard=False, logging_level="WARNING")
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for r in range(args.repeat):
                for name, kw in configs:
                    row = run(files, Path(tmp) / f"{r}-{len(best)}-{kw.get('engine', 'local')}-{kw['workers']}.jsonl",
                              model=args.model, **kw)
                    print(f"{name}: {row[0]:.1f}s (load average {row[3]:.1f})", file=sys.stderr)
                    if name not in best or row[0] < best[name][0]:
                        best[name] = row
    finally:
        ray.shutdown()
    rows = [(name, *best[name]) for name, _ in configs]

    subset = f"the first {len(files)} files" if args.limit else f"all {len(files)} files"
    lines = [
        "## Batch extraction benchmark (`bench/bench_batch.py`)",
        "",
        f"Machine: {os.cpu_count()} cores ({platform.processor() or platform.machine()}), Python "
        f"{platform.python_version()}, {platform.system()} {platform.release()}; load average "
        f"{load_avg:.1f} at the start (the machine is shared). Model `{info.name} {info.version}`; "
        f"ray {ray.__version__}.",
        f"Corpus: `shared/corpus/raw`, {subset}: {chars:,} characters, {syllables:,} syllables.",
        "Times are whole `ie.batch.extract` calls: start-up and one model load per worker included"
        + (f"; best of {args.repeat} interleaved runs." if args.repeat > 1 else "."),
        "",
        "| engine | seconds | documents | failures | documents/s | syllables/s | load average after |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, sec, docs, failed, load in rows:
        lines.append(f"| {name} | {sec:.1f} | {docs} | {failed} | {docs / sec:.2f} | {syllables / sec:,.0f} | {load:.1f} |")
    report = "\n".join(lines) + "\n"
    print(report)
    if args.write:
        Path(args.write).write_text(report, encoding="utf-8")
        print(f"written to {args.write}", file=sys.stderr)


if __name__ == "__main__":
    main()
