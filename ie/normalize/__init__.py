"""Normalised values, one module a kind; :func:`normalize_value` dispatches by label."""

from __future__ import annotations

from collections.abc import Callable

from ie.normalize.dates import normalize_date
from ie.normalize.legal import parse_legal_ref
from ie.normalize.measures import normalize_area, normalize_percent
from ie.normalize.money import normalize_money

NORMALIZERS: dict[str, Callable[[str], dict[str, object] | None]] = {
    "MONEY": normalize_money,
    "AREA": normalize_area,
    "PERCENT": normalize_percent,
    "DATE": normalize_date,
    "LEGAL_REF": parse_legal_ref,
}


def normalize_value(label: str, text: str) -> dict[str, object] | None:
    """The normalised value of an entity's text, or None where the label has none."""
    fn = NORMALIZERS.get(label)
    return fn(text) if fn else None
