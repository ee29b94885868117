"""underthesea word segmentation as the tokenizer of a spaCy Vietnamese ``Language``.

Tokens are substrings of the text exactly as given, so ``doc.text == text``
for any input; underthesea reads the normalised copy (see
:mod:`ie.text.normalize`) and each token's ``norm_`` holds its normalised form.

    >>> nlp = blank()
    >>> doc = nlp("tỉnh Thanh Hoá\\r\\nphường Chi Lăng")
    >>> [t.text for t in doc]
    ['tỉnh', 'Thanh Hoá', '\\r\\n', 'phường', 'Chi Lăng']
    >>> doc[1].norm_
    'thanh hóa'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import get_words_and_spaces, registry
from spacy.vocab import Vocab

from ie import extensions
from ie.extensions import TEXT_KEY
from ie.text.normalize import normalize

#: longest piece of one line handed to the segmenter at once (characters)
MAX_CHUNK = 2000
_LINE = re.compile(r"[^\n\r\t\v\f]+")


def _segment(text: str) -> list[str]:
    from underthesea import word_tokenize  # imported on first use, never at import time

    return word_tokenize(text, use_token_normalize=False)


def _chunks(text: str, limit: int) -> Iterator[tuple[int, int]]:
    """Line pieces of at most ``limit`` characters, cut at spaces where possible."""
    for m in _LINE.finditer(text):
        a, end = m.start(), m.end()
        while end - a > limit:
            cut = text.rfind(" ", a + limit // 2, a + limit)
            cut = a + limit if cut <= a else cut
            yield a, cut
            a = cut
        if a < end:
            yield a, end


def word_spans(text: str, segment: Callable[[str], list[str]] = _segment, limit: int = MAX_CHUNK) -> list[tuple[int, int]]:
    """Spans of the words of ``text`` in the normalised text's offsets."""
    spans: list[tuple[int, int]] = []
    for a, b in _chunks(text, limit):
        chunk = text[a:b]
        if not chunk.strip():
            continue
        cursor = 0
        for word in segment(chunk):
            first = last = None
            for piece in word.split():
                idx = chunk.find(piece, cursor)
                if idx < 0 or (first is not None and chunk[cursor:idx].strip()):
                    break
                if first is None:
                    first = idx
                last = idx + len(piece)
                cursor = last
            if first is not None and last is not None:
                spans.append((a + first, a + last))
    return spans


class UndertheseaTokenizer:
    """Callable spaCy tokenizer; see the module docstring."""

    def __init__(self, vocab: Vocab, max_chunk: int = MAX_CHUNK):
        self.vocab = vocab
        self.max_chunk = max_chunk
        extensions.register()

    def __call__(self, text: str) -> Doc:
        norm = normalize(text)
        words: list[str] = []
        norms: dict[int, str] = {}
        pos = 0
        for ns, ne in word_spans(norm.text, limit=self.max_chunk):
            os_, oe = norm.to_original(ns, ne)
            if os_ < pos or os_ >= oe:
                continue
            # anything the segmenter skipped becomes tokens of its own
            for gap in re.finditer(r"\S+", text[pos:os_]):
                words.append(gap.group(0))
            words.append(text[os_:oe])
            norms[os_] = norm.text[ns:ne].lower()
            pos = oe
        words.extend(m.group(0) for m in re.finditer(r"\S+", text[pos:]))
        tokens, spaces = get_words_and_spaces(words, text)
        doc = Doc(self.vocab, words=tokens, spaces=spaces)
        doc.user_data[TEXT_KEY] = text  # == doc.text, which spaCy would rebuild on every access
        doc._.normalized = norm  # the pattern and gazetteer stages match on it
        for token in doc:
            norm_text = norms.get(token.idx)
            if norm_text is not None and norm_text != token.lower_:
                token.norm_ = norm_text
        return doc

    # spaCy serialises the tokenizer with the pipeline; it has no state of its own
    def to_bytes(self, **kwargs: object) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs: object) -> "UndertheseaTokenizer":
        return self

    def to_disk(self, path: object, **kwargs: object) -> None:
        return None

    def from_disk(self, path: object, **kwargs: object) -> "UndertheseaTokenizer":
        return self


@registry.tokenizers("ie.underthesea_tokenizer.v1")
def create_tokenizer(max_chunk: int = MAX_CHUNK) -> Callable[[Language], UndertheseaTokenizer]:
    def make(nlp: Language) -> UndertheseaTokenizer:
        return UndertheseaTokenizer(nlp.vocab, max_chunk=max_chunk)

    return make


def blank() -> Language:
    """A blank Vietnamese pipeline with the underthesea tokenizer and sentence splitter."""
    import ie.text.sentences  # noqa: F401  (registers vi_sentencizer)

    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "ie.underthesea_tokenizer.v1"}}})
    nlp.add_pipe("vi_sentencizer")
    return nlp
