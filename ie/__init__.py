"""Information extraction for Vietnamese administrative text.

>>> import ie
>>> nlp = ie.load()                                   # doctest: +SKIP
>>> nlp.extract("Nghị quyết số 188-NQ/TU ngày 25/10/2024").entities  # doctest: +SKIP

Nothing heavy is imported or loaded until it is asked for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from ie.pipeline import Pipeline


def load(path: Any = None, **overrides: Any) -> "Pipeline":
    """Load the shipped default pipeline, or the model directory at ``path``."""
    from ie.pipeline import load as _load

    return _load(path, **overrides)


def blank() -> Any:
    """A blank Vietnamese spaCy ``Language`` with the offset-exact underthesea tokenizer."""
    from ie.text.tokenizer import blank as _blank

    return _blank()
