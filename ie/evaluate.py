"""Evaluation: entity and relation P/R/F1 per label, label confusion, normalised-value accuracy,
the worst errors with context, and the underthesea baseline.

Entities match on exact (start, end, label); relations on the exact spans
and labels of both ends plus the relation label.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ie.schema import LABELS, RELATION_LABELS, Document

Pairs = list[tuple[Document, Document]]  # (gold, predicted)


def _prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn, "support": tp + fn}


def _score(gold: Iterable[tuple[str, tuple]], pred: Iterable[tuple[str, tuple]], labels: Iterable[str]) -> dict[str, Any]:
    g, p = Counter(gold), Counter(pred)
    out: dict[str, Any] = {}
    tot = [0, 0, 0]
    for label in labels:
        gl = Counter({k: v for k, v in g.items() if k[0] == label})
        pl = Counter({k: v for k, v in p.items() if k[0] == label})
        tp = sum((gl & pl).values())
        fp, fn = sum(pl.values()) - tp, sum(gl.values()) - tp
        out[label] = _prf(tp, fp, fn)
        tot = [tot[0] + tp, tot[1] + fp, tot[2] + fn]
    out["micro"] = _prf(*tot)
    return out


def _ent_keys(doc: Document) -> list[tuple[str, tuple]]:
    return [(e.label, (doc.id, e.start, e.end)) for e in doc.entities]


def _rel_keys(doc: Document) -> list[tuple[str, tuple]]:
    by_id = {e.id: e for e in doc.entities}
    keys = []
    for r in doc.relations:
        h, t = by_id.get(r.head), by_id.get(r.tail)
        if h is not None and t is not None:
            keys.append((r.label, (doc.id, h.start, h.end, h.label, t.start, t.end, t.label)))
    return keys


def score_entities(pairs: Pairs, labels: Iterable[str] = LABELS) -> dict[str, Any]:
    return _score((k for g, _ in pairs for k in _ent_keys(g)), (k for _, p in pairs for k in _ent_keys(p)), labels)


def score_relations(pairs: Pairs) -> dict[str, Any]:
    return _score((k for g, _ in pairs for k in _rel_keys(g)), (k for _, p in pairs for k in _rel_keys(p)), RELATION_LABELS)


def confusion(pairs: Pairs) -> Counter[tuple[str, str]]:
    """(gold label, predicted label) counts for spans found with another label."""
    out: Counter[tuple[str, str]] = Counter()
    for g, p in pairs:
        pred = {(e.start, e.end): e.label for e in p.entities}
        for e in g.entities:
            other = pred.get((e.start, e.end))
            if other is not None and other != e.label:
                out[(e.label, other)] += 1
    return out


def normalization_accuracy(pairs: Pairs) -> dict[str, dict[str, float | int]]:
    """Among correctly found entities whose gold carries a normalised value: share with the same value."""
    from ie.normalize import NORMALIZERS

    out: dict[str, dict[str, float | int]] = {}
    for label in NORMALIZERS:
        right = total = 0
        for g, p in pairs:
            pred = {(e.start, e.end, e.label): e for e in p.entities}
            for e in g.entities:
                hit = pred.get((e.start, e.end, e.label))
                if e.label != label or hit is None or e.normalized is None:
                    continue
                total += 1
                keys = set(e.normalized)
                right += all((hit.normalized or {}).get(k) == e.normalized[k] for k in keys)
        out[label] = {"correct": right, "total": total, "accuracy": round(right / total, 4) if total else 0.0}
    return out


def worst_errors(pairs: Pairs, limit: int = 25) -> list[str]:
    """Missed and spurious entities with 40 characters of context, most frequent strings first."""
    errors: Counter[str] = Counter()
    example: dict[str, str] = {}
    for g, p in pairs:
        gk = {(e.start, e.end, e.label) for e in g.entities}
        pk = {(e.start, e.end, e.label) for e in p.entities}
        for kind, keys, other in (("missed", gk, pk), ("spurious", pk, gk)):
            for s, e, label in sorted(keys - other):
                key = f"{kind} {label} {g.text[s:e]!r}"
                errors[key] += 1
                example.setdefault(key, f"{g.id}@{s}: …{g.text[max(0, s - 40):s]}[{g.text[s:e]}]{g.text[e:e + 40]}…".replace("\n", " "))
    return [f"{n}x {k}  {example[k]}" for k, n in errors.most_common(limit)]


def format_table(title: str, scores: dict[str, Any]) -> str:
    lines = [f"{title:<12}{'P':>8}{'R':>8}{'F1':>8}{'support':>9}"]
    for label, s in scores.items():
        lines.append(f"{label:<12}{s['p']:>8.3f}{s['r']:>8.3f}{s['f1']:>8.3f}{s['support']:>9}")
    return "\n".join(lines)


def evaluate_pipeline(nlp: Any, gold: list[Document]) -> dict[str, Any]:
    """Run ``nlp`` (an :class:`ie.pipeline.Pipeline`) over the gold texts and score everything."""
    from ie.relations.stage import extract_relations

    predicted = [nlp.extract(d.text, id=d.id) for d in gold]
    pairs = list(zip(gold, predicted))
    model = _relation_model(nlp)
    with_gold = []
    for g in gold:
        ents = [e.model_copy() for e in g.entities]
        with_gold.append(g.model_copy(update={"relations": extract_relations(g.text, ents, model)}))
    return {
        "documents": len(gold),
        "entities": score_entities(pairs),
        "confusion": {f"{a}->{b}": n for (a, b), n in confusion(pairs).most_common()},
        "normalization": normalization_accuracy([(g, p) for g, p in pairs]),
        "relations_gold_entities": score_relations(list(zip(gold, with_gold))),
        "relations_end_to_end": score_relations(pairs),
        "worst_errors": worst_errors(pairs),
    }


def _relation_model(nlp: Any) -> Any:
    try:
        return nlp.nlp.get_pipe("ie_relations").model
    except KeyError:
        return None


def underthesea_baseline(gold: list[Document]) -> dict[str, Any]:
    """underthesea's own NER on the same texts, PER/LOC/ORG mapped to PERSON/LOCATION/ORG."""
    from ie.baseline import underthesea_entities

    pairs = [(g, g.model_copy(update={"entities": underthesea_entities(g.text), "relations": []})) for g in gold]
    return {"documents": len(gold), "entities": score_entities(pairs, ("PERSON", "LOCATION", "ORG", "ADMIN_UNIT")),
            "note": "underthesea LOC is scored against LOCATION; its spans never carry our ADMIN_UNIT label"}


def select(docs: list[Document], split: str | None, splits_path: str) -> list[Document]:
    if split is None:
        return docs
    from ie.io.jsonl import read_splits

    where = read_splits(splits_path)
    return [d for d in docs if where.get(d.id) == split]


def report_text(report: dict[str, Any]) -> str:
    parts = [f"documents: {report['documents']}", format_table("entities", report["entities"])]
    if "normalization" in report:
        parts.append("normalised values (correct / found with a gold value):")
        parts += [f"  {k:<10} {v['correct']}/{v['total']} = {v['accuracy']:.3f}" for k, v in report["normalization"].items()]
        parts.append(format_table("rel (gold)", report["relations_gold_entities"]))
        parts.append(format_table("rel (e2e)", report["relations_end_to_end"]))
        parts.append("label confusion (gold->predicted): " + (", ".join(f"{k} {v}" for k, v in report["confusion"].items()) or "none"))
        parts.append("worst errors:")
        parts += ["  " + line for line in report["worst_errors"]]
    return "\n".join(parts)


def evaluate_command(args: argparse.Namespace) -> int:
    from ie.io.jsonl import read_documents

    gold = select(list(read_documents(args.data)), args.split, args.splits)
    if args.model == "underthesea":
        report = underthesea_baseline(gold)
    else:
        import ie

        report = evaluate_pipeline(ie.load(args.model), gold)
    print(report_text(report))
    if args.json:
        Path(args.json).write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0
