"""Inline markup: a plain-text annotation format people (and reviewers) can edit.

A markup file holds one contiguous section of a source document::

    doc: seed-lang-son
    source: ../shared/seed/bao-cao-lang-son-2025-03.txt
    span: 0 4123
    =====TEXT=====
    theo ⟦e1:LEGAL_REF|Nghị quyết số 188-NQ/TU⟧ ngày ⟦DATE|25/10/2024⟧ ...
    =====RELATIONS=====
    e1 issued_by e2

An entity is ``⟦LABEL|text⟧`` or, when a relation refers to it, ``⟦id:LABEL|text⟧``.
Removing the markup must give back ``source_text[start:end]`` exactly; the
converter says where it does not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ie.schema import (
    LABELS,
    RELATION_LABELS,
    Document,
    Entity,
    Relation,
    document_problems,
)

TEXT_MARK = "=====TEXT====="
REL_MARK = "=====RELATIONS====="
OPEN, CLOSE = "⟦", "⟧"
_ENTITY = re.compile(r"⟦(?:([A-Za-z0-9_-]+):)?([A-Z_]+)\|([^⟦⟧]*)⟧")


class MarkupError(ValueError):
    """A markup file that cannot be turned into a valid Document."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass
class Section:
    doc_id: str
    source: str
    start: int
    end: int
    document: Document
    header: dict[str, str] = field(default_factory=dict)


def _split(markup: str) -> tuple[dict[str, str], str, str]:
    if TEXT_MARK not in markup:
        raise MarkupError([f"no line {TEXT_MARK!r}: the file has no text part"])
    head, rest = markup.split(TEXT_MARK + "\n", 1) if TEXT_MARK + "\n" in markup else markup.split(TEXT_MARK, 1)
    body, _, rels = rest.partition("\n" + REL_MARK)
    header = {}
    for line in head.splitlines():
        if ":" in line:
            key, _, value = line.partition(":")
            header[key.strip()] = value.strip()
    return header, body, rels


def parse(markup: str, source_text: str | None = None, base: Path | None = None) -> Section:
    """Parse a markup section; check it against its source text.

    ``source_text`` defaults to the file named by the ``source:`` header
    (relative to ``base``).
    """
    header, body, rel_part = _split(markup)
    problems: list[str] = []
    for key in ("doc", "source", "span"):
        if key not in header:
            problems.append(f"header line {key!r} is missing")
    if problems:
        raise MarkupError(problems)
    try:
        start, end = (int(x) for x in header["span"].split())
    except ValueError:
        raise MarkupError([f"span {header['span']!r} is not two integers"]) from None
    if source_text is None:
        path = Path(header["source"])
        if base is not None and not path.is_absolute():
            path = base / path
        source_text = path.read_text(encoding="utf-8")
    expected = source_text[start:end]

    plain: list[str] = []
    entities: list[Entity] = []
    pos = 0
    length = 0
    auto = 0
    named = {m.group(1) for m in _ENTITY.finditer(body) if m.group(1)}  # automatic ids never clash with these
    for m in _ENTITY.finditer(body):
        plain.append(body[pos : m.start()])
        length += m.start() - pos
        ent_id, label, text = m.group(1), m.group(2), m.group(3)
        if label not in LABELS:
            problems.append(f"line {body.count(chr(10), 0, m.start()) + 1}: unknown label {label!r} in {m.group(0)!r}")
        if not ent_id:
            auto += 1
            while f"a{auto}" in named:
                auto += 1
            ent_id = f"a{auto}"
        entities.append(Entity(id=ent_id, start=length, end=length + len(text), label=label if label in LABELS else "ORG", text=text))
        plain.append(text)
        length += len(text)
        pos = m.end()
    plain.append(body[pos:])
    text = "".join(plain)
    for bad in (OPEN, CLOSE):
        if bad in text:
            i = text.index(bad)
            problems.append(f"stray {bad!r} (malformed entity) near {text[max(0, i - 30) : i + 30]!r}")
    if text != expected:
        i = next((k for k, (a, b) in enumerate(zip(text, expected)) if a != b), min(len(text), len(expected)))
        problems.append(
            f"text differs from {header['source']}[{start}:{end}] at character {i} "
            f"(line {text.count(chr(10), 0, i) + 1}): markup has {text[max(0, i - 40) : i + 40]!r}, "
            f"source has {expected[max(0, i - 40) : i + 40]!r} (lengths {len(text)} vs {len(expected)})"
        )

    relations: list[Relation] = []
    for n, line in enumerate(rel_part.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split()
        if len(parts) != 3 or parts[1] not in RELATION_LABELS:
            problems.append(f"relation line {n}: {line!r} is not 'HEAD_ID relation TAIL_ID' with relation in {RELATION_LABELS}")
            continue
        relations.append(Relation(head=parts[0], tail=parts[2], label=parts[1]))
    if problems:
        raise MarkupError(problems)
    doc = Document.model_construct(id=header["doc"], text=text, entities=entities, relations=relations, meta={}, model=None)
    problems = document_problems(doc)
    if problems:
        raise MarkupError(problems)
    doc = Document(
        id=header["doc"],
        text=text,
        entities=entities,
        relations=relations,
        meta={"source": header["source"], "span": [start, end]},
    )
    return Section(doc_id=header["doc"], source=header["source"], start=start, end=end, document=doc, header=header)


def render(doc: Document, source: str, start: int = 0) -> str:
    """Write ``doc`` as a markup section (the inverse of :func:`parse`)."""
    linked = {r.head for r in doc.relations} | {r.tail for r in doc.relations}
    out = [f"doc: {doc.id}", f"source: {source}", f"span: {start} {start + len(doc.text)}", TEXT_MARK]
    pieces: list[str] = []
    pos = 0
    for ent in sorted(doc.entities, key=lambda e: e.start):
        pieces.append(doc.text[pos : ent.start])
        prefix = f"{ent.id}:" if ent.id in linked else ""
        pieces.append(f"{OPEN}{prefix}{ent.label}|{doc.text[ent.start:ent.end]}{CLOSE}")
        pos = ent.end
    pieces.append(doc.text[pos:])
    out.append("".join(pieces))
    out.append(REL_MARK)
    out.extend(f"{r.head} {r.label} {r.tail}" for r in doc.relations)
    return "\n".join(out) + "\n"


def merge(sections: list[Section], source_text: str) -> list[Document]:
    """Join the sections of one source document: each run of contiguous sections is one
    Document, the first with the source's id, a later one with ``id@start`` (a split keeps
    the parts of one source together: ``annotations/make_splits.py``)."""
    sections = sorted(sections, key=lambda s: s.start)
    for prev, cur in zip(sections, sections[1:]):
        if cur.start < prev.end:
            raise MarkupError([f"sections of {cur.doc_id} overlap: {prev.start}-{prev.end} and {cur.start}-{cur.end}"])
    runs: list[list[Section]] = []
    for sec in sections:
        if runs and runs[-1][-1].end == sec.start:
            runs[-1].append(sec)
        else:
            runs.append([sec])
    return [_join(run, source_text, first=k == 0) for k, run in enumerate(runs)]


def _join(sections: list[Section], source_text: str, first: bool) -> Document:
    start = sections[0].start
    entities: list[Entity] = []
    relations: list[Relation] = []
    for k, sec in enumerate(sections):
        shift = sec.start - start
        prefix = f"s{k}-" if len(sections) > 1 else ""
        for ent in sec.document.entities:
            entities.append(ent.model_copy(update={"id": prefix + ent.id, "start": ent.start + shift, "end": ent.end + shift}))
        for rel in sec.document.relations:
            relations.append(rel.model_copy(update={"head": prefix + rel.head, "tail": prefix + rel.tail}))
    ents = sorted(entities, key=lambda e: e.start)
    renumber = {e.id: f"e{i}" for i, e in enumerate(ents)}
    return Document(
        id=sections[0].doc_id if first else f"{sections[0].doc_id}@{start}",
        text=source_text[start : sections[-1].end],
        entities=[e.model_copy(update={"id": renumber[e.id]}) for e in ents],
        relations=[r.model_copy(update={"head": renumber[r.head], "tail": renumber[r.tail]}) for r in relations],
        meta={"source": sections[0].source, "span": [start, sections[-1].end]},
    )
