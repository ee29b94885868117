"""``ie pretrain CONFIG``: pretrain the NER's token-to-vector layer on unlabeled text.

The objective is spaCy's character cloze (predict the first and last characters of each
token from its context), run over the raw corpus with the documents of the gold test split
left out, so that no text scored in the test figures is seen, labelled or not. ``ie train``
starts the NER from these weights when the config names them (``ner.init_tok2vec``).

Config (the ``pretrain`` section of the training config)::

    pretrain:
      texts: [../shared/corpus/raw, ../shared/seed]   # folders of .txt files
      exclude_split: test
      epochs: 8
      output: models/pretrain/tok2vec.bin
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path
from typing import Any

CHUNK_CHARS = 600


def pretraining_texts(folders: list[str], exclude_ids: set[str]) -> list[str]:
    """Paragraph-sized pieces of every .txt file in ``folders`` whose stem is not excluded."""
    pieces: list[str] = []
    for folder in folders:
        for path in sorted(Path(folder).glob("*.txt")):
            if path.stem in exclude_ids:
                continue
            current = ""
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                line = line.strip()
                if not line:
                    continue
                if current and len(current) + len(line) > CHUNK_CHARS:
                    pieces.append(current)
                    current = ""
                current = f"{current}\n{line}" if current else line
            if current:
                pieces.append(current)
    return pieces


def build_tok2vec(cfg: dict[str, Any]) -> Any:
    """The same token-to-vector layer the NER builds inside its model (``ner_model_config``)."""
    from spacy.util import registry

    from ie.train import ner_model_config

    return registry.resolve({"tok2vec": ner_model_config(cfg)["tok2vec"]})["tok2vec"]


def pretrain_tok2vec(texts: list[str], ner_cfg: dict[str, Any], epochs: int, seed: int, output: Path,
                     log: Any = print, words_per_batch: int = 3000) -> Path:
    """Train the layer with the character objective and write its weights (``Model.to_bytes``)."""
    from spacy.ml.models.multi_task import create_pretrain_characters
    from spacy.util import fix_random_seed
    from thinc.api import Adam, set_dropout_rate
    from tqdm import tqdm

    from ie.text.tokenizer import blank

    fix_random_seed(seed)
    rng = random.Random(seed)
    nlp = blank()
    docs = [nlp.make_doc(t) for t in tqdm(texts, desc="tokenize", leave=False)]
    docs = [d for d in docs if len(d) >= 5]
    tok2vec = build_tok2vec(ner_cfg)
    model = create_pretrain_characters(maxout_pieces=3, hidden_size=300, n_characters=4)(nlp.vocab, tok2vec)
    model.initialize(X=docs[:8])
    set_dropout_rate(model, 0.2)
    optimizer = Adam(0.001, L2=0.01, L2_is_weight_decay=True, grad_clip=1.0, use_averages=True)
    loss_fn = model.attrs["loss"]
    words = sum(len(d) for d in docs)
    log(f"pretraining on {len(docs)} pieces, {words} tokens, {epochs} epochs")
    for epoch in range(epochs):
        rng.shuffle(docs)
        batches, batch, size = [], [], 0
        for doc in docs:
            batch.append(doc)
            size += len(doc)
            if size >= words_per_batch:
                batches.append(batch)
                batch, size = [], 0
        if batch:
            batches.append(batch)
        total = 0.0
        start = time.perf_counter()
        for batch in tqdm(batches, desc=f"pretrain epoch {epoch + 1}", leave=False):
            predictions, backprop = model.begin_update(batch)
            loss, gradient = loss_fn(model.ops, batch, predictions)
            backprop(gradient)
            model.finish_update(optimizer)
            total += float(loss)
        log(f"epoch {epoch + 1}: loss {total / words:.4f} per token, {words / (time.perf_counter() - start):.0f} tokens/s")
    output.parent.mkdir(parents=True, exist_ok=True)
    with model.use_params(optimizer.averages):
        output.write_bytes(tok2vec.to_bytes())
    return output


def load_pretrained(ner: Any, path: str | Path) -> None:
    """Put pretrained weights into an initialised spaCy NER's own token-to-vector layer."""
    path = Path(path)
    if not path.is_file():
        raise SystemExit(f"no pretrained token vectors at {path}: run `ie pretrain CONFIG` first")
    ner.model.get_ref("tok2vec").layers[0].from_bytes(path.read_bytes())


def pretrain_command(args: argparse.Namespace) -> int:
    from ie.io.jsonl import read_splits
    from ie.train import load_config

    cfg = load_config(args.config)
    spec = cfg.get("pretrain")
    if not spec:
        raise SystemExit(f"{args.config} has no 'pretrain' section")
    left_out = spec.get("exclude_split", "test")
    # a gold document «id@start» is a later window of the source file «id»: the whole file is left out
    exclude = {doc_id.split("@")[0] for doc_id, split in read_splits(cfg["splits"]).items() if split == left_out}
    texts = pretraining_texts(spec["texts"], exclude)
    out = Path(args.output or spec["output"])
    pretrain_tok2vec(texts, cfg["ner"], spec.get("epochs", 8), cfg["seed"], out)
    print(f"wrote {out}")
    return 0
