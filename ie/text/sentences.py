"""Sentence splitting for administrative text, as character spans.

Every line is at least one sentence (headers, list items, table rows
``a | b`` and footnote lines stand alone).  Inside a line a sentence ends at
``.``, ``!``, ``?`` or ``…`` followed by space and a capital, a digit or an
opening bracket, except after abbreviations («TP.», «ThS.») and inside
numbers («1.959 tỷ», «Số: 2003/QĐ-UBND»).

    >>> text = "TP. Lạng Sơn thu 1.959 tỷ đồng. ThS. Nguyễn Văn A báo cáo.\\nSố: 2003/QĐ-UBND"
    >>> [text[a:b] for a, b in split_sentences(text)]
    ['TP. Lạng Sơn thu 1.959 tỷ đồng.', 'ThS. Nguyễn Văn A báo cáo.', 'Số: 2003/QĐ-UBND']
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import numpy
from spacy.attrs import IDX, IS_SPACE, LENGTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ie.extensions import doc_text

_ABBREVIATIONS_FILE = Path(__file__).resolve().parent.parent / "patterns" / "abbreviations.txt"
_END = re.compile(r"[.!?…]+[\"”’)\]⁰¹²³⁴⁵⁶⁷⁸⁹]*(?=\s+[\"“(\[\dA-ZÀ-ỸĐ])")
_LINE = re.compile(r"[^\r\n]+")


def _abbreviations() -> frozenset[str]:
    lines = _ABBREVIATIONS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


_ABBREV: frozenset[str] | None = None


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Half-open character spans of the sentences of ``text`` (white space excluded)."""
    global _ABBREV
    if _ABBREV is None:
        _ABBREV = _abbreviations()
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        start = line.start()
        for m in _END.finditer(text, line.start(), line.end()):
            before = text[line.start() : m.start()].rsplit(None, 1)
            word = before[-1] if before else ""
            if word + "." in _ABBREV or (len(word) == 1 and word.isupper()):
                continue
            spans.append((start, m.end()))
            start = m.end()
        spans.append((start, line.end()))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
    return out


@Language.component("vi_sentencizer", assigns=["token.is_sent_start"])
def vi_sentencizer(doc: Doc) -> Doc:
    """Set sentence starts from :func:`split_sentences`."""
    if not len(doc):
        return doc
    text = doc_text(doc)
    idx, space, length = doc.to_array([IDX, IS_SPACE, LENGTH]).T.astype("int64")
    start = numpy.isin(idx, [a for a, _ in split_sentences(text)])
    start[0] = True
    for i in numpy.flatnonzero(space):  # a line break ends a sentence
        start[i] |= "\n" in text[idx[i] : idx[i] + length[i]]
    flags = numpy.where(start, 1, -1).reshape(len(doc), 1).astype("uint64")  # -1 wraps as in Doc.to_array
    doc.from_array([SENT_START], flags)  # one call; the per-token setter rescans the doc each time
    return doc


def sentence_spans(doc: Any) -> list[tuple[int, int]]:
    """Character spans of the sentences of a spaCy ``Doc``, white space excluded."""
    out = []
    for sent in doc.sents:
        toks = [t for t in sent if not t.is_space]
        if toks:
            out.append((toks[0].idx, toks[-1].idx + len(toks[-1].text)))
    return out
