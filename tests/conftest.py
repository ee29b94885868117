from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = ROOT / "examples" / "bao-cao-lang-son-2025-03.txt"
GOLD = ROOT / "annotations" / "gold" / "gold.jsonl"


@pytest.fixture(scope="session")
def nlp():
    """The shipped default pipeline, loaded once for the whole run."""
    import ie

    return ie.load()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")
