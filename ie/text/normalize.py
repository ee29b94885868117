"""Unicode normalisation with an offset map back to the caller's text.

The pipeline reads a normalised copy (NFC, one tone-mark placement, plain
single spaces, footnote markers set apart) but every offset it returns indexes
the original.  Example::

    >>> n = normalize("Ủy ban  nhân dân thành phố Thanh Hoá¹")
    >>> n.text
    'Ủy ban nhân dân thành phố Thanh Hóa ¹'
    >>> n.to_original(26, 35)       # "Thanh Hóa" in the normalised text
    (27, 36)
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field

# Old-style tone placement («hoá», «thuỷ», «Uỷ») -> new style («hóa», «thủy», «Ủy»)
_TONES = "\u0301\u0300\u0309\u0303\u0323"  # sắc, huyền, hỏi, ngã, nặng
_OLD_TONE = re.compile(r"(?<![qQ])([oOuU])([aAeEyY])([\u0301\u0300\u0309\u0303\u0323])(?![\u0300-\u036f]|[^\W\d_])")
_SPACE = re.compile(r"[ \u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = frozenset("\u200b\u200c\u200d\ufeff\u00ad")
SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPERSCRIPT = re.compile(f"[{SUPERSCRIPT_DIGITS}]+")


def fix_tone_placement(word: str) -> str:
    """«hoá» -> «hóa», «thuỷ» -> «thủy», «Uỷ» -> «Ủy»; «quý», «hoán» unchanged."""
    nfd = unicodedata.normalize("NFD", word)
    fixed = _OLD_TONE.sub(lambda m: m.group(1) + m.group(3) + m.group(2), nfd)
    return unicodedata.normalize("NFC", fixed)


@dataclass
class Normalized:
    """A normalised text and, for each of its characters, the original span."""

    text: str
    starts: list[int] = field(repr=False)
    ends: list[int] = field(repr=False)
    original_length: int = 0

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of the normalised text to the original text."""
        if start >= end:
            pos = self.starts[start] if start < len(self.starts) else self.original_length
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def from_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the original text to the normalised text (covering it)."""
        s = max(bisect_right(self.starts, start) - 1, 0)
        e = bisect_right(self.starts, max(end - 1, start))
        return s, max(e, s)


def normalize(text: str) -> Normalized:
    """NFC, new-style tone marks, single plain spaces, superscript markers set apart."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []

    def emit(s: str, a: int, b: int) -> None:
        for ch in s:
            out.append(ch)
            starts.append(a)
            ends.append(b)

    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        m = _SPACE.match(text, i) if ch in " \u00a0\u3000" or "\u2000" <= ch <= "\u205f" else None
        if m:
            emit(" ", i, m.end())
            i = m.end()
            continue
        if ch in _ZERO_WIDTH:
            i += 1
            continue
        if ch in "²³" and i > 0 and text[i - 1] == "m":  # a unit, «m²», «km³», not a footnote marker
            emit(ch, i, i + 1)
            i += 1
            continue
        m = _SUPERSCRIPT.match(text, i)
        if m:
            if out and out[-1] not in " \n\t":
                emit(" ", i, i)
            emit(m.group(0), i, m.end())
            if m.end() < n and not text[m.end()].isspace():
                emit(" ", m.end(), m.end())
            i = m.end()
            continue
        # a base character with its combining marks is one cluster
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        cluster = unicodedata.normalize("NFC", text[i:j])
        emit(cluster, i, j) if len(cluster) == 1 else [emit(c, i, j) for c in cluster]
        i = j
    norm = "".join(out)
    fixed = _fix_tones_keep_length(norm)
    return Normalized(text=fixed, starts=starts, ends=ends, original_length=n)


_WORD = re.compile(r"[^\W\d_]+")


def _fix_tones_keep_length(text: str) -> str:
    def repl(m: re.Match[str]) -> str:
        word = m.group(0)
        fixed = fix_tone_placement(word)
        return fixed if len(fixed) == len(word) else word

    return _WORD.sub(repl, text)
