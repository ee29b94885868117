"""Fold the hand-checked normalised values (annotations/checks/normalized-test.tsv) into the gold JSONL.

Run after `ie annotate import …` (which rebuilds gold.jsonl from the markup sections):

    python annotations/apply_normalized.py

Each row names a gold entity by document id and offsets; its `gold` column is the value a
reviewer checked by hand against the contract in ../shared/annotation-guidelines.md.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from ie.io.jsonl import read_documents, write_documents

GOLD = Path("annotations/gold/gold.jsonl")
CHECKS = Path("annotations/checks/normalized-test.tsv")


def main() -> None:
    values = {}
    with open(CHECKS, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            values[(row["doc"], int(row["start"]), int(row["end"]), row["label"])] = json.loads(row["gold"])
    docs = list(read_documents(GOLD))
    applied = 0
    for doc in docs:
        for e in doc.entities:
            value = values.get((doc.id, e.start, e.end, e.label))
            if value is not None:
                e.normalized = value
                applied += 1
    write_documents(GOLD, docs)
    print(f"{applied} of {len(values)} checked values applied to {GOLD}")


if __name__ == "__main__":
    main()
