"""``ie train CONFIG``: train the NER and the relation classifier on the gold train split,
pick the best epoch on dev, evaluate on dev and test, and write a versioned model directory
(``pipeline/``, ``meta.json``, ``MODEL_CARD.md``).

The test split is only ever scored, never trained or tuned on.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import time
from pathlib import Path
from typing import Any

import yaml

from ie.io.jsonl import read_documents
from ie.schema import LABELS, SCHEMA_VERSION, Document, Entity

DEFAULTS: dict[str, Any] = {
    "name": "vi-admin-ie",
    "version": "0.1.0",
    "data": "annotations/gold/gold.jsonl",
    "splits": "annotations/splits.json",
    "output": "models/default",
    "seed": 0,
    "ner": {"epochs": 30, "dropout": 0.25, "batch_size": 8, "chunk_chars": 300, "patience": 6},
    "relations": {"epochs": 12, "lr": 0.2, "l2": 0.0001},
}


def load_config(path: str | Path) -> dict[str, Any]:
    cfg = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    merged = {**DEFAULTS, **cfg}
    for key in ("ner", "relations"):
        merged[key] = {**DEFAULTS[key], **(cfg.get(key) or {})}
    return merged


def data_hash(path: str | Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:16]


def chunk_document(doc: Document, max_chars: int) -> list[tuple[str, list[Entity]]]:
    """Cut a long document at line breaks into pieces of at most ``max_chars`` (entities shifted)."""
    pieces: list[tuple[int, int]] = []
    start = 0
    for m in re.finditer(r"\n", doc.text):
        if m.end() - start >= max_chars:
            pieces.append((start, m.end()))
            start = m.end()
    pieces.append((start, len(doc.text)))
    out = []
    for a, b in pieces:
        ents = [e.model_copy(update={"start": e.start - a, "end": e.end - a}) for e in doc.entities if a <= e.start and e.end <= b]
        if doc.text[a:b].strip():
            out.append((doc.text[a:b], ents))
    return out


def _examples(nlp: Any, docs: list[Document], max_chars: int, upper_share: float = 0.0, seed: int = 0) -> list[Any]:
    """Training examples from document chunks; ``upper_share`` of them are added again in capitals
    (headers and titles are written in capitals: «ỦY BAN NHÂN DÂN TỈNH KON TUM»)."""
    import warnings

    from spacy.training import Example, offsets_to_biluo_tags

    rng = random.Random(seed)
    examples = []
    for doc in docs:
        for text, ents in chunk_document(doc, max_chars):
            variants = [text]
            if rng.random() < upper_share and len(text.upper()) == len(text):
                variants.append(text.upper())
            for variant in variants:
                pred = nlp.make_doc(variant)
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")  # W030: the few spans off token boundaries are skipped
                    tags = offsets_to_biluo_tags(pred, [(e.start, e.end, e.label) for e in ents])
                examples.append(Example.from_dict(pred, {"entities": tags}))
    return examples


def ner_model_config(cfg: dict[str, Any]) -> dict[str, Any]:
    """spaCy's transition-based NER; the tok2vec size comes from the config."""
    return {
        "@architectures": "spacy.TransitionBasedParser.v2", "state_type": "ner", "extra_state_tokens": False,
        "hidden_width": cfg.get("hidden_width", 64), "maxout_pieces": 2, "use_upper": True,
        "tok2vec": {
            "@architectures": "spacy.HashEmbedCNN.v2", "pretrained_vectors": None, "width": cfg.get("width", 96),
            "depth": cfg.get("depth", 4), "embed_size": cfg.get("embed_size", 2000), "window_size": 1,
            "maxout_pieces": 3, "subword_features": True,
        },
    }


def vtner_examples(nlp: Any, path: Path, limit: int, rng: random.Random, labels: tuple[str, ...] = ("PER",)) -> list[Any]:
    """Sentences of the vtner news NER set (CoNLL, words joined by «_») that hold one of ``labels``,
    as partial annotation: PER -> PERSON, ORG -> ORG (when asked for); its other labels and anything
    with a digit unknown ('-'); other words O (vtner has no DATE, MONEY, … so those stay unknown)."""
    from spacy.tokens import Doc
    from spacy.training import Example

    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 3:
            if current:
                sentences.append(current)
            current = []
            continue
        current.append((parts[0].replace("_", " "), parts[-1]))
    if current:
        sentences.append(current)
    keep = [s for s in sentences if any(t[2:] in labels for _, t in s)]
    rng.shuffle(keep)
    out = []
    for sent in keep[:limit]:
        words = [w for w, _ in sent]
        kinds = [t[2:] if len(t) > 2 else "" for _, t in sent]
        starts = [k == 0 or t.startswith("B-") or kinds[k - 1] != kinds[k] for k, (_, t) in enumerate(sent)]
        tags = []
        for k, (w, _) in enumerate(sent):
            kind = kinds[k]
            if kind in labels:
                label = "PERSON" if kind == "PER" else "ORG"
                last = k + 1 == len(sent) or starts[k + 1] or kinds[k + 1] != kind
                tags.append(("U-" if last else "B-") + label if starts[k] else ("L-" if last else "I-") + label)
            elif kind or any(ch.isdigit() for ch in w):
                tags.append("-")
            else:
                tags.append("O")
        doc = Doc(nlp.vocab, words=words)
        out.append(Example.from_dict(doc, {"entities": tags}))
    return out


def _ner_f1(nlp: Any, examples: list[Any]) -> float:
    from spacy.scorer import Scorer

    preds = []
    for ex in examples:
        doc = nlp(ex.reference.text)
        from spacy.training import Example

        preds.append(Example(doc, ex.reference))
    return float(Scorer.score_spans(preds, "ents").get("ents_f", 0.0) or 0.0)


def train_ner(train: list[Document], dev: list[Document], cfg: dict[str, Any], seed: int, log: Any = print,
              fixed_epochs: bool = False) -> Any:
    """A spaCy NER on the underthesea tokenizer; returns the trained ``Language`` (tokenizer + ner).

    The epoch with the best dev F1 is kept (its number in ``nlp.meta["best_epoch"]``); with
    ``fixed_epochs`` it trains exactly ``cfg["epochs"]`` epochs and reads no dev data.
    """
    import spacy
    from spacy.util import minibatch
    from tqdm import tqdm

    from ie.text.tokenizer import blank

    spacy.util.fix_random_seed(seed)
    rng = random.Random(seed)
    nlp = blank()
    ner = nlp.add_pipe("ner", config={"model": ner_model_config(cfg)})
    for label in LABELS:
        ner.add_label(label)
    train_ex = _examples(nlp, train, cfg["chunk_chars"], cfg.get("upper_share", 0.0), seed)
    if cfg.get("extra_person_data"):
        extra = vtner_examples(nlp, Path(cfg["extra_person_data"]), cfg.get("extra_limit", 2000), rng,
                               tuple(cfg.get("extra_labels", ["PER"])))
        log(f"+ {len(extra)} sentences with PERSON/ORG spans from {cfg['extra_person_data']}")
        train_ex += extra
    dev_ex = [] if fixed_epochs else _examples(nlp, dev, cfg["chunk_chars"])
    optimizer = nlp.initialize(lambda: train_ex)
    if cfg.get("init_tok2vec"):
        from ie.pretrain import load_pretrained

        load_pretrained(ner, cfg["init_tok2vec"])  # weights from `ie pretrain` (unlabeled text)
        log(f"token vectors from {cfg['init_tok2vec']}")
    best, best_bytes, since, best_epoch = -1.0, None, 0, cfg["epochs"]
    for epoch in range(cfg["epochs"]):
        rng.shuffle(train_ex)
        losses: dict[str, float] = {}
        with nlp.select_pipes(enable=["ner"]):
            for batch in tqdm(list(minibatch(train_ex, size=cfg["batch_size"])), desc=f"ner epoch {epoch + 1}", leave=False):
                nlp.update(batch, drop=cfg["dropout"], sgd=optimizer, losses=losses)
        if fixed_epochs:
            log(f"epoch {epoch + 1}: loss {losses.get('ner', 0):.1f}")
            continue
        f1 = _ner_f1(nlp, dev_ex)
        log(f"epoch {epoch + 1}: loss {losses.get('ner', 0):.1f}  dev ents F1 {f1:.4f}")
        if f1 > best:
            best, best_bytes, since, best_epoch = f1, ner.to_bytes(), 0, epoch + 1
        else:
            since += 1
            if since >= cfg["patience"]:
                break
    if best_bytes is not None:
        ner.from_bytes(best_bytes)
        log(f"best dev ents F1 (NER alone) {best:.4f} at epoch {best_epoch}")
    nlp.meta["best_epoch"] = best_epoch
    return nlp


def relation_data(docs: list[Document]) -> list[tuple[list[str], tuple[str, ...], str]]:
    """(features, allowed labels, gold label or "none") for every candidate the rules leave open."""
    from ie.relations.features import candidate_features
    from ie.relations.model import NONE
    from ie.relations.rules import rule_relations

    data = []
    for doc in docs:
        gold = {(r.head, r.tail): r.label for r in doc.relations}
        ruled = {(r.head, r.tail) for r in rule_relations(doc.text, list(doc.entities))}
        for c, feats in candidate_features(doc.text, list(doc.entities), ruled):
            label = gold.get((c.head.id, c.tail.id), NONE)
            data.append((feats, c.labels, label if label in c.labels else NONE))
    return data


def train_relations(train: list[Document], dev: list[Document], cfg: dict[str, Any], seed: int, log: Any = print) -> Any:
    from ie.evaluate import score_relations
    from ie.relations.model import RelationModel
    from ie.relations.stage import extract_relations

    model = RelationModel.train(relation_data(train), epochs=cfg["epochs"], lr=cfg["lr"], l2=cfg["l2"], seed=seed)
    best_t, best_f = 0.5, -1.0
    for t in (0.3, 0.4, 0.5, 0.6, 0.7):
        model.threshold = t
        pairs = [(d, d.model_copy(update={"relations": extract_relations(d.text, list(d.entities), model)})) for d in dev]
        f = score_relations(pairs)["micro"]["f1"]
        log(f"relations threshold {t}: dev micro F1 (gold entities) {f:.4f}")
        if f > best_f:
            best_t, best_f = t, f
    model.threshold = best_t
    return model


def assemble(ner_nlp: Any, relation_model: Any, transformer_path: str | None = None) -> Any:
    """The full pipeline: tokenizer, sentences, patterns, the trained NER (spaCy or transformers),
    then the stages after ``ner`` in ``ie.pipeline.STAGES`` (gazetteer, merge, normalise,
    relations, linking)."""
    from ie.pipeline import STAGES, _register_factories
    from ie.text.tokenizer import blank

    _register_factories()
    nlp = blank()
    nlp.add_pipe("ie_patterns")
    if transformer_path is not None:
        nlp.add_pipe("ie_transformer_ner", config={"model_path": str(Path(transformer_path).resolve())})
    else:
        nlp.add_pipe("ner", source=ner_nlp)
    for stage in STAGES[STAGES.index("ner") + 1 :]:
        nlp.add_pipe(stage)
    nlp.get_pipe("ie_relations").model = relation_model
    return nlp


def model_card(meta: dict[str, Any], reports: dict[str, Any]) -> str:
    from ie.evaluate import format_table

    lines = [
        f"# {meta['name']} {meta['version']}",
        "",
        "Entities (10 labels of schema v1) and relations (6 labels) for Vietnamese administrative text.",
        "",
        "- Pipeline: underthesea word segmentation (spaCy tokenizer, exact offsets) → sentence splitter → "
        "pattern layer (LEGAL_REF, DATE, MONEY, AREA, PERCENT; `ie/patterns/patterns.yaml`, law titles in "
        "`law_names.txt`; a PROJECT in a «Tên dự án:» field, a route list, a table's project column, a footnote "
        "a «dự án⁵» points to or a «các dự án: …; …» list; a PERSON after a title) → spaCy NER (transition-based, hash embeddings of NORM/PREFIX/SUFFIX/SHAPE"
        + ("; token vectors pretrained by `ie pretrain` on the raw corpus, test documents left out" if meta["config"]["ner"].get("init_tok2vec") else "")
        + ") → registry gazetteer (ADMIN_UNIT, with or without a level word) → merge (a pattern match wins over an "
        "overlapping NER span, the NER over the gazetteer; NER spans trimmed of edge separators, predicates and "
        "unpaired brackets, an ORG cut at its level word given its registry place name or the rest of a comma name, "
        "a person's name after a title cut off an ORG, an ADMIN_UNIT its level word, a PROJECT its capitalised «Dự án» "
        "or action words and not a place after «tại», a PROJECT after a lower-case «dự án» or named by a head noun "
        "(«Cầu Kỳ Hà 3») where nothing but places inside it was found, a PROJECT the place, bracketed part, phase, "
        "component or parent project that continues its name, a PROJECT predicted for a heading unit, a school, "
        "an event or an address relabelled or dropped, every mention of a PROJECT's name) → normalisers → relations (rules + logistic regression "
        "over sentence-level candidates) → linking (admin-unit registry after 1 July 2025, ORG abbreviations).",
        f"- Trained {meta['trained_at']} on `{meta['data']}` (sha256 {meta['data_hash']}): the NER epoch and the relation "
        f"threshold were chosen on dev ({meta['dev_documents']} documents) with a model trained on train "
        f"({meta['train_documents']} documents)"
        + ("; the shipped model was then refitted on train + dev with those settings. " if meta.get("final_fit") == "train+dev" else ". ")
        + f"Test: {meta['test_documents']} held-out documents, never used for training or tuning.",
        f"- Seed {meta['seed']}; training time {meta['train_seconds']:.0f} s on 2 CPU cores.",
        "",
    ]
    for split in ("test", "dev"):
        rep = reports.get(split)
        if not rep:
            continue
        title = "dev split (the model selected on dev, before any refit)" if split == "dev" else "test split"
        lines += [f"## {title}", "", "```", format_table("entities", rep["entities"]), "```", ""]
        lines += ["Normalised values correct among correctly found entities (gold values where the gold has them):", ""]
        lines += [f"- {k}: {v['correct']}/{v['total']}" + (f" = {v['accuracy']:.3f}" if v["total"] else "") for k, v in rep["normalization"].items()]
        lines += ["", "```", format_table("rel (gold)", rep["relations_gold_entities"]), "", format_table("rel (e2e)", rep["relations_end_to_end"]), "```", ""]
        if split == "test":
            lines += ["Label confusion (gold→predicted): " + (", ".join(f"{k} {v}" for k, v in rep["confusion"].items()) or "none"), ""]
            lines += ["Most frequent errors:", "", "```", *rep["worst_errors"][:15], "```", ""]
    base = reports.get("baseline")
    if base:
        lines += ["## Baseline: underthesea `ner` on the same test documents", "",
                  "underthesea's PER/LOC/ORG mapped to PERSON/LOCATION/ORG; it has no other labels.", "",
                  "```", format_table("entities", base["entities"]), "```", ""]
    lines += ["## Limits", "",
              "- The gold set is small (see `annotations/`): PERSON, has_amount and has_area have few examples, "
              "so their figures are uncertain.",
              "- Text is processed as given; scanned PDFs need OCR first.", ""]
    return "\n".join(lines)


def train_command(args: argparse.Namespace) -> int:
    from ie.evaluate import evaluate_pipeline, select, underthesea_baseline
    from ie.pipeline import Pipeline
    from ie.schema import ModelInfo

    cfg = load_config(args.config)
    out = Path(args.output or cfg["output"])
    docs = list(read_documents(cfg["data"]))
    train = select(docs, "train", cfg["splits"])
    dev = select(docs, "dev", cfg["splits"])
    test = select(docs, "test", cfg["splits"])
    print(f"train {len(train)} documents, dev {len(dev)}, test {len(test)}")
    start = time.perf_counter()
    rel_model = train_relations(train, dev, cfg["relations"], cfg["seed"])
    if cfg["ner"].get("backend", "spacy") == "transformers":
        # a local checkpoint (PhoBERT, XLM-R, ...) fine-tuned for token classification
        from ie.ner.transformer import train_transformer

        path = train_transformer(cfg["ner"]["model_path"], train, out / "transformer", epochs=cfg["ner"]["epochs"],
                                 lr=cfg["ner"].get("lr", 5e-5), seed=cfg["seed"])
        nlp = assemble(None, rel_model, transformer_path=str(path))
        selected = Pipeline(nlp, ModelInfo(name=cfg["name"], version=cfg["version"]))
    else:
        ner_nlp = train_ner(train, dev, cfg["ner"], cfg["seed"])
        nlp = assemble(ner_nlp, rel_model)
        selected = Pipeline(nlp, ModelInfo(name=cfg["name"], version=cfg["version"]))
        if cfg.get("final_fit") == "train+dev":
            # the settings chosen on dev (best epoch, relation threshold), refitted on train + dev
            from ie.relations.model import RelationModel

            epochs = ner_nlp.meta["best_epoch"]
            print(f"final fit on train + dev: {epochs} NER epochs, relation threshold {rel_model.threshold}")
            final_ner = train_ner(train + dev, [], {**cfg["ner"], "epochs": epochs}, cfg["seed"], fixed_epochs=True)
            rcfg = cfg["relations"]
            final_rel = RelationModel.train(relation_data(train + dev), epochs=rcfg["epochs"], lr=rcfg["lr"], l2=rcfg["l2"],
                                            seed=cfg["seed"])
            final_rel.threshold = rel_model.threshold
            nlp = assemble(final_ner, final_rel)
    seconds = time.perf_counter() - start
    meta: dict[str, Any] = {
        "name": cfg["name"], "version": cfg["version"], "schema_version": SCHEMA_VERSION, "labels": list(LABELS),
        "data": cfg["data"], "data_hash": data_hash(cfg["data"]), "seed": cfg["seed"],
        "train_documents": len(train), "dev_documents": len(dev), "test_documents": len(test),
        "trained_at": time.strftime("%Y-%m-%d"), "train_seconds": round(seconds, 1), "config": cfg,
    }
    pipe = Pipeline(nlp, ModelInfo(name=meta["name"], version=meta["version"]), meta)
    # dev figures come from the model selected on dev (before any refit on train + dev)
    reports = {"dev": evaluate_pipeline(selected, dev), "test": evaluate_pipeline(pipe, test), "baseline": underthesea_baseline(test)}
    meta["final_fit"] = cfg.get("final_fit", "train")
    meta["metrics"] = {
        split: {"entities": reports[split]["entities"], "relations_gold_entities": reports[split]["relations_gold_entities"],
                "relations_end_to_end": reports[split]["relations_end_to_end"], "normalization": reports[split]["normalization"]}
        for split in ("dev", "test")
    }
    meta["metrics"]["baseline_underthesea_test"] = reports["baseline"]["entities"]
    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out / "pipeline")
    (out / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
    (out / "MODEL_CARD.md").write_text(model_card(meta, reports), encoding="utf-8")
    from ie.evaluate import format_table

    print(format_table("test ents", reports["test"]["entities"]))
    print(format_table("test rel", reports["test"]["relations_gold_entities"]))
    print(f"wrote {out}")
    return 0
