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


def test_pretrain_writes_vectors_the_ner_starts_from(tmp_path, capsys):
    import numpy

    from ie.pretrain import build_tok2vec, pretraining_texts
    from ie.train import train_ner

    raw = tmp_path / "raw"
    raw.mkdir()
    lines = "Quyết định số 12/QĐ-UBND ngày 3/4/2025 của UBND tỉnh Lạng Sơn.\nXây mới Chợ Mai Pha, phường Chi Lăng.\n"
    (raw / "a.txt").write_text(lines * 3, encoding="utf-8")
    (raw / "held-out.txt").write_text("văn bản của tập kiểm tra\n", encoding="utf-8")
    assert all("kiểm tra" not in t for t in pretraining_texts([str(raw)], {"held-out"}))

    docs = sorted(read_documents(GOLD), key=lambda d: len(d.text))[:2]
    (tmp_path / "splits.json").write_text(json.dumps({"train": [docs[0].id], "dev": [], "test": ["held-out"]}), encoding="utf-8")
    ner_cfg = {"width": 16, "embed_size": 100, "depth": 1, "epochs": 0, "dropout": 0.1, "batch_size": 8,
               "chunk_chars": 300, "patience": 1}
    config = {"data": str(GOLD), "splits": str(tmp_path / "splits.json"), "seed": 0, "ner": ner_cfg,
              "pretrain": {"texts": [str(raw)], "exclude_split": "test", "epochs": 1, "output": str(tmp_path / "t2v.bin")}}
    (tmp_path / "train.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    assert main(["pretrain", str(tmp_path / "train.yaml")]) == 0
    assert "pretraining on 1 pieces" in capsys.readouterr().out

    expected = build_tok2vec(ner_cfg).from_bytes((tmp_path / "t2v.bin").read_bytes())
    nlp = train_ner(docs[:1], [], {**ner_cfg, "init_tok2vec": str(tmp_path / "t2v.bin")}, seed=0, log=lambda *a: None,
                    fixed_epochs=True)
    layer = nlp.get_pipe("ner").model.get_ref("tok2vec").layers[0]
    got = [node.get_param(n) for node in layer.walk() for n in node.param_names if node.has_param(n)]
    want = [node.get_param(n) for node in expected.walk() for n in node.param_names if node.has_param(n)]
    assert len(got) == len(want) > 0 and all(numpy.array_equal(a, b) for a, b in zip(got, want))
