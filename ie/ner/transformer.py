"""The transformers backend: token classification with any local checkpoint (PhoBERT, XLM-R, a tiny
test model) and exact character offsets through sub-word tokenisation.

Four stages, as in transformers' own token-classification pipeline: ``sanitize`` (normalise,
keep the offset map), ``preprocess`` (windows of at most ``max_length`` sub-words with their
character offsets), ``forward`` (the only stage that touches the model), ``postprocess``
(BIO tags of first sub-words -> character spans in the caller's text). Nothing is downloaded:
models load with ``local_files_only=True``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ie import extensions
from ie.schema import LABELS, Document, Entity
from ie.text.normalize import Normalized, normalize

BIO = ["O"] + [f"{p}-{label}" for label in LABELS for p in ("B", "I")]


@dataclass
class Window:
    input_ids: list[int]
    offsets: list[tuple[int, int]]  # per sub-word, in the normalised text; (0, 0) for special tokens


def sanitize(text: str) -> Normalized:
    return normalize(text)


def preprocess(tokenizer: Any, norm: Normalized, max_length: int = 256) -> list[Window]:
    enc = tokenizer(norm.text, return_offsets_mapping=True, add_special_tokens=False)
    ids, offs = enc["input_ids"], [tuple(o) for o in enc["offset_mapping"]]
    body = max_length - 2
    windows = []
    for a in range(0, max(len(ids), 1), body):
        chunk_ids, chunk_offs = ids[a : a + body], offs[a : a + body]
        if not chunk_ids and a > 0:
            break
        windows.append(Window([tokenizer.cls_token_id, *chunk_ids, tokenizer.sep_token_id], [(0, 0), *chunk_offs, (0, 0)]))
    return windows


def forward(model: Any, windows: list[Window]) -> list[list[int]]:
    import torch

    out = []
    with torch.no_grad():
        for w in windows:
            logits = model(input_ids=torch.tensor([w.input_ids])).logits[0]
            out.append(logits.argmax(-1).tolist())
    return out


def postprocess(norm: Normalized, text: str, windows: list[Window], predictions: list[list[int]], id2label: dict[int, str]) -> list[Entity]:
    """Sub-word tags -> entities. Sub-words with touching offsets form one word, which takes the
    tag of its first sub-word; ``I-X`` continues an open ``X`` span, anything else opens a new one."""
    words: list[list[Any]] = []
    for w, pred in zip(windows, predictions):
        for (s, e), tag_id in zip(w.offsets, pred):
            if s == e:
                continue
            if words and words[-1][1] == s:
                words[-1][1] = e
            else:
                words.append([s, e, id2label.get(tag_id, "O")])
    spans: list[list[Any]] = []
    current: list[Any] | None = None
    for s, e, tag in words:
        if tag == "O" or "-" not in tag:
            current = None
            continue
        kind, label = tag.split("-", 1)
        if kind == "I" and current is not None and current[2] == label:
            current[1] = e
        else:
            current = [s, e, label]
            spans.append(current)
    out = []
    for s, e, label in spans:
        a, b = norm.to_original(s, e)
        out.append(Entity(id="", start=a, end=b, label=label, text=text[a:b], source="transformer"))
    return out


class TransformerNER:
    def __init__(self, model_path: str, max_length: int = 256):
        extensions.register()
        self.model_path = model_path
        self.max_length = max_length
        self._tokenizer: Any = None
        self._model: Any = None

    def _load(self) -> None:
        if self._model is None:
            from transformers import AutoModelForTokenClassification, AutoTokenizer

            self._tokenizer = AutoTokenizer.from_pretrained(self.model_path, local_files_only=True, use_fast=True)
            self._model = AutoModelForTokenClassification.from_pretrained(self.model_path, local_files_only=True).eval()

    def predict(self, text: str) -> list[Entity]:
        self._load()
        norm = sanitize(text)
        windows = preprocess(self._tokenizer, norm, self.max_length)
        preds = forward(self._model, windows)
        return postprocess(norm, text, windows, preds, self._model.config.id2label)

    def __call__(self, doc: Doc) -> Doc:
        doc._.ner_matches = self.predict(doc.text)
        return doc


@Language.factory("ie_transformer_ner", assigns=["doc._.ner_matches"], default_config={"model_path": "", "max_length": 256})
def make_transformer_ner(nlp: Language, name: str, model_path: str, max_length: int) -> TransformerNER:
    return TransformerNER(model_path, max_length)


def _labels_for(tokenizer: Any, doc: Document, max_length: int) -> list[tuple[list[int], list[int]]]:
    norm = sanitize(doc.text)
    spans = []
    for e in doc.entities:
        s, t = norm.from_original(e.start, e.end)
        spans.append((s, t, e.label))
    out = []
    label2id = {lab: i for i, lab in enumerate(BIO)}
    for w in preprocess(tokenizer, norm, max_length):
        tags = []
        for s, e in w.offsets:
            if s == e:
                tags.append(-100)
                continue
            tag = "O"
            for a, b, label in spans:
                if a <= s and e <= b:
                    tag = ("B-" if s == a or norm.text[a:s].strip() == "" else "I-") + label
                    break
            tags.append(label2id[tag])
        out.append((w.input_ids, tags))
    return out


def train_transformer(base_model: str, train: list[Document], output: str | Path, epochs: int = 3, lr: float = 5e-5,
                      seed: int = 0, max_length: int = 256, log: Any = print) -> Path:
    """Fine-tune a local checkpoint for token classification over the ten labels; save to ``output``."""
    import torch
    from transformers import AutoModelForTokenClassification, AutoTokenizer

    random.seed(seed)
    torch.manual_seed(seed)
    tokenizer = AutoTokenizer.from_pretrained(base_model, local_files_only=True, use_fast=True)
    model = AutoModelForTokenClassification.from_pretrained(
        base_model, local_files_only=True, num_labels=len(BIO), id2label=dict(enumerate(BIO)),
        label2id={lab: i for i, lab in enumerate(BIO)}, ignore_mismatched_sizes=True)
    data = [pair for doc in train for pair in _labels_for(tokenizer, doc, max_length)]
    opt = torch.optim.AdamW(model.parameters(), lr=lr)
    model.train()
    for epoch in range(epochs):
        random.shuffle(data)
        total = 0.0
        for ids, tags in data:
            loss = model(input_ids=torch.tensor([ids]), labels=torch.tensor([tags])).loss
            loss.backward()
            opt.step()
            opt.zero_grad()
            total += loss.item()
        log(f"transformer epoch {epoch + 1}: loss {total / max(1, len(data)):.4f}")
    out = Path(output)
    out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)
    return out
