"""Tokenizer and whole-pipeline speed on the seed report, next to underthesea in the same run.

    .venv/bin/python bench/bench_pipeline.py [--repeat 5] [--model models/default]

Syllables are whitespace-separated pieces of the text. Each figure is the best of
``--repeat`` runs after one warm-up (models loaded before timing).
"""

from __future__ import annotations

import argparse
import platform
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "bao-cao-lang-son-2025-03.txt"


def best_of(fn, repeat: int) -> float:
    fn()
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--model", default=None)
    args = ap.parse_args()
    text = SEED.read_text(encoding="utf-8")
    syllables = len(text.split())
    lines = [line for line in text.splitlines() if line.strip()]

    import underthesea

    import ie
    from ie.text.tokenizer import blank

    tok = blank()
    nlp = ie.load(args.model)
    rows = [
        ("ie tokenizer (underthesea segmentation in spaCy, exact offsets)", best_of(lambda: tok.make_doc(text), args.repeat)),
        ("underthesea.word_tokenize (line by line)", best_of(lambda: [underthesea.word_tokenize(x) for x in lines], args.repeat)),
        (f"ie pipeline, whole ({nlp.info.name} {nlp.info.version})", best_of(lambda: nlp.extract(text), args.repeat)),
        ("underthesea.ner (line by line)", best_of(lambda: [underthesea.ner(x) for x in lines], args.repeat)),
    ]
    print(f"seed report: {len(text)} characters, {syllables} syllables; {platform.processor() or platform.machine()}, "
          f"python {platform.python_version()}, underthesea {underthesea.__version__}")
    print("| what | seconds | syllables/s |\n|---|---:|---:|")
    for name, sec in rows:
        print(f"| {name} | {sec:.3f} | {syllables / sec:,.0f} |")


if __name__ == "__main__":
    main()
