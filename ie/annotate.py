"""The annotation workflow behind ``ie annotate``: validate, stats, consistency, pre, import,
agreement and check-markup. Each ``cmd_*`` takes the parsed arguments and returns the exit code."""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path

from pydantic import ValidationError

from ie.io.jsonl import read_documents, read_splits, write_documents
from ie.schema import LABELS, RELATION_LABELS, Document


def _load_all(files: list[str]) -> list[Document]:
    docs: list[Document] = []
    for name in files:
        docs.extend(read_documents(name))
    return docs


def cmd_check_markup(args: argparse.Namespace) -> int:
    from ie.io.markup import MarkupError, parse

    failed = 0
    for name in args.files:
        try:
            sec = parse(Path(name).read_text(encoding="utf-8"), base=Path(args.base))
        except MarkupError as exc:
            failed += 1
            for problem in exc.problems:
                print(f"{name}: {problem}")
            continue
        except OSError as exc:
            failed += 1
            print(f"{name}: cannot read: {exc}")
            continue
        ents = Counter(e.label for e in sec.document.entities)
        rels = Counter(r.label for r in sec.document.relations)
        print(f"{name}: OK {len(sec.document.entities)} entities {dict(sorted(ents.items()))} "
              f"{len(sec.document.relations)} relations {dict(sorted(rels.items()))}")
    return 1 if failed else 0


def cmd_validate(args: argparse.Namespace) -> int:
    """Every problem of every line, as FILE:LINE: message; exit 1 if any."""
    problems = 0
    count = 0
    for name in args.files:
        try:
            lines = Path(name).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            print(f"{name}: cannot read: {exc}")
            problems += 1
            continue
        seen: set[str] = set()
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                doc = Document.model_validate_json(line)
            except ValidationError as exc:
                for err in exc.errors():
                    where = ".".join(str(x) for x in err["loc"]) or "document"
                    print(f"{name}:{n}: {where}: {err['msg']}")
                    problems += 1
                continue
            count += 1
            if doc.id in seen:
                print(f"{name}:{n}: duplicate document id {doc.id!r}")
                problems += 1
            seen.add(doc.id)
    print(f"{count} documents checked, {problems} problems")
    return 1 if problems else 0


def cmd_stats(args: argparse.Namespace) -> int:
    docs = _load_all(args.files)
    splits = read_splits(args.splits)
    by_split: dict[str, Counter[str]] = defaultdict(Counter)
    rel_split: dict[str, Counter[str]] = defaultdict(Counter)
    for doc in docs:
        split = splits.get(doc.id, "-")
        by_split[split].update(e.label for e in doc.entities)
        by_split[split]["_documents"] += 1
        rel_split[split].update(r.label for r in doc.relations)
    total = Counter(e.label for d in docs for e in d.entities)
    rtotal = Counter(r.label for d in docs for r in d.relations)
    names = sorted(by_split)
    print(f"documents {len(docs)}, entities {sum(total.values())}, relations {sum(rtotal.values())}, "
          f"characters {sum(len(d.text) for d in docs)}")
    print(f"{'label':<12}{'total':>8}" + "".join(f"{s:>8}" for s in names))
    for label in LABELS:
        print(f"{label:<12}{total[label]:>8}" + "".join(f"{by_split[s][label]:>8}" for s in names))
    for label in RELATION_LABELS:
        print(f"{label:<12}{rtotal[label]:>8}" + "".join(f"{rel_split[s][label]:>8}" for s in names))
    print(f"{'documents':<12}{len(docs):>8}" + "".join(f"{by_split[s]['_documents']:>8}" for s in names))
    ents = {s: sum(v for k, v in by_split[s].items() if k != "_documents") for s in names}
    whole = max(1, sum(ents.values()))
    print("entity share: " + ", ".join(f"{s} {ents[s] / whole:.1%}" for s in names))
    return 0


def cmd_consistency(args: argparse.Namespace) -> int:
    """Strings labelled differently in different places, and strings left unlabelled elsewhere."""
    docs = _load_all(args.files)
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    for doc in docs:
        for e in doc.entities:
            labels[e.text or ""][e.label] += 1
    conflicts = {s: c for s, c in labels.items() if len(c) > 1}
    print(f"== {len(conflicts)} strings with more than one label")
    for s, c in sorted(conflicts.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"  {s!r}: " + ", ".join(f"{k} {v}" for k, v in c.most_common()))
    missing: Counter[tuple[str, str]] = Counter()
    examples: dict[tuple[str, str], str] = {}
    for s, c in labels.items():
        if sum(c.values()) < args.min_count or len(s) < 4:
            continue
        pattern = re.compile(rf"(?<!\w){re.escape(s)}(?!\w)")
        for doc in docs:
            covered = [(e.start, e.end) for e in doc.entities]
            for m in pattern.finditer(doc.text):
                if not any(a <= m.start() and m.end() <= b for a, b in covered):
                    key = (s, c.most_common(1)[0][0])
                    missing[key] += 1
                    examples.setdefault(key, f"{doc.id}@{m.start()}: …{doc.text[max(0, m.start() - 30):m.end() + 30]}…")
    print(f"== {len(missing)} strings labelled elsewhere but left unlabelled here")
    for (s, label), n in missing.most_common():
        print(f"  {s!r} ({label}) unlabelled {n}x, e.g. {examples[(s, label)]!r}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from ie.io import doccano, labelstudio
    from ie.io.markup import MarkupError, merge, parse

    docs: list[Document] = []
    sections: dict[str, list] = defaultdict(list)
    failed = 0
    for name in args.inputs:
        fmt = args.format
        if fmt == "auto":
            fmt = "markup" if name.endswith(".mk") else "doccano" if name.endswith(".jsonl") else "labelstudio"
        try:
            if fmt == "markup":
                sec = parse(Path(name).read_text(encoding="utf-8"), base=Path(args.base))
                sections[sec.doc_id].append(sec)
            elif fmt == "doccano":
                docs.extend(doccano.read(name))
            else:
                docs.extend(labelstudio.read(name))
        except (MarkupError, ValueError, OSError) as exc:
            failed += 1
            print(f"{name}: {exc}")
    for doc_id, secs in sections.items():
        source = Path(args.base) / secs[0].source
        try:
            docs.extend(merge(secs, source.read_text(encoding="utf-8")))
        except MarkupError as exc:
            failed += 1
            print(f"{doc_id}: {exc}")
    if failed:
        print(f"{failed} inputs failed; nothing written")
        return 1
    write_documents(args.output, docs)
    print(f"wrote {len(docs)} documents, {sum(len(d.entities) for d in docs)} entities, "
          f"{sum(len(d.relations) for d in docs)} relations to {args.output}")
    return 0


def cmd_pre(args: argparse.Namespace) -> int:
    import ie
    from ie.io import doccano, labelstudio
    from ie.io.readers import iter_items

    nlp = ie.load(args.model)
    docs = []
    for item in iter_items(args.inputs):
        if item.error is not None:
            print(f"{item.id}: skipped: {item.error.message}")
            continue
        docs.append(nlp.extract(item.text or "", id=item.id))
    out = Path(args.output)
    labelstudio.write(out, docs, model_version=f"{nlp.info.name}-{nlp.info.version}")
    doccano_path = out.with_suffix(".doccano.jsonl")
    doccano.write(doccano_path, docs)
    print(f"wrote {len(docs)} Label Studio tasks to {out} and doccano JSONL to {doccano_path}")
    return 0


def cmd_agreement(args: argparse.Namespace) -> int:
    from ie.evaluate import format_table, score_entities, score_relations

    a = {d.id: d for d in read_documents(args.a)}
    b = {d.id: d for d in read_documents(args.b)}
    common = sorted(set(a) & set(b))
    if not common:
        print("the two sets share no document id")
        return 1
    pairs = [(a[i], b[i]) for i in common]
    print(f"{len(common)} documents in common ({args.a} as reference)")
    print(format_table("entities", score_entities(pairs)))
    print(format_table("relations", score_relations(pairs)))
    return 0
