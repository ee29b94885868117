"""The two Doc attributes through which pipeline stages hand entities and relations on.

``doc._.entities`` holds :class:`ie.schema.Entity` objects with character offsets
into ``doc.text`` (which is the caller's text), so spans that do not fall on
token boundaries lose nothing; ``doc._.relations`` holds :class:`ie.schema.Relation`.
"""

from __future__ import annotations

from spacy.tokens import Doc


def register() -> None:
    """Register the Doc extensions (idempotent)."""
    for name in ("entities", "relations", "pattern_matches", "ner_matches", "gazetteer_matches", "normalized"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


TEXT_KEY = "ie_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once: spaCy rebuilds it from the tokens on every access, and the
    stages read it several times (the tokenizer stores the caller's text here at once)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text
