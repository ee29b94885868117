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
