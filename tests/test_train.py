"""`ie train` and `ie evaluate` end to end on a small slice of the gold set (fixed seed)."""

from __future__ import annotations

import json

import yaml

import ie
from ie.cli import main
from ie.io.jsonl import read_documents

from conftest import GOLD


def test_train_writes_a_loadable_versioned_model(tmp_path, capsys):
    docs = sorted(read_documents(GOLD), key=lambda d: len(d.text))[:5]
    splits = {"train": [d.id for d in docs[:3]], "dev": [docs[3].id], "test": [docs[4].id]}
    (tmp_path / "splits.json").write_text(json.dumps(splits), encoding="utf-8")
    config = {
        "name": "tiny", "version": "0.0.1", "data": str(GOLD), "splits": str(tmp_path / "splits.json"),
        "output": str(tmp_path / "model"), "seed": 1, "final_fit": "train+dev",
        "ner": {"epochs": 2, "batch_size": 8, "chunk_chars": 300, "patience": 2},
        "relations": {"epochs": 2},
    }
    (tmp_path / "train.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    assert main(["train", str(tmp_path / "train.yaml")]) == 0
    model = tmp_path / "model"
    meta = json.loads((model / "meta.json").read_text(encoding="utf-8"))
    assert meta["name"] == "tiny" and meta["train_documents"] == 3 and len(meta["data_hash"]) == 16
    assert meta["final_fit"] == "train+dev"
    assert set(meta["metrics"]["test"]["entities"]) >= {"LEGAL_REF", "micro"}
    card = (model / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "## test split" in card and "underthesea" in card

    nlp = ie.load(model)
    assert nlp.info.name == "tiny" and "ner" in nlp.nlp.pipe_names
    doc = nlp.extract("Theo Kế hoạch số 154/KH-UBND ngày 11/7/2021 của UBND tỉnh, thu 75.013.100 đồng.")
    assert ("MONEY", "75.013.100 đồng") in {(e.label, e.text) for e in doc.entities}

    capsys.readouterr()
    assert main(["evaluate", str(model), "--data", str(GOLD), "--split", "test", "--splits", str(tmp_path / "splits.json")]) == 0
    out = capsys.readouterr().out
    assert "micro" in out and "rel (gold)" in out and "worst errors" in out
