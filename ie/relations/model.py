"""A relation classifier over candidates: multinomial logistic regression on sparse features.

Trained with plain numpy (fixed seed); the weights are stored as reviewed JSON
(``relations.json``) in the model directory, never as a pickle.
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from ie.schema import RELATION_LABELS

NONE = "none"
CLASSES = (NONE, *RELATION_LABELS)


class RelationModel:
    def __init__(self, weights: dict[str, list[float]] | None = None, threshold: float = 0.5):
        self.weights = {f: np.asarray(w, dtype=np.float64) for f, w in (weights or {}).items()}
        self.threshold = threshold

    def scores(self, feats: Sequence[str], allowed: Sequence[str]) -> dict[str, float]:
        """Probability of each allowed label (and of no relation) for one candidate."""
        z = np.zeros(len(CLASSES))
        for f in feats:
            w = self.weights.get(f)
            if w is not None:
                z += w
        idx = [0] + [CLASSES.index(a) for a in allowed]
        sub = z[idx]
        sub = np.exp(sub - sub.max())
        sub /= sub.sum()
        return {CLASSES[i]: float(p) for i, p in zip(idx, sub)}

    def predict(self, feats: Sequence[str], allowed: Sequence[str]) -> tuple[str, float] | None:
        probs = self.scores(feats, allowed)
        label = max(allowed, key=lambda a: probs[a])
        return (label, probs[label]) if probs[label] >= self.threshold else None

    @classmethod
    def train(
        cls,
        data: list[tuple[list[str], tuple[str, ...], str]],
        epochs: int = 15,
        lr: float = 0.2,
        l2: float = 1e-4,
        seed: int = 0,
        min_count: int = 1,
    ) -> "RelationModel":
        """``data``: (features, allowed labels, gold label or "none") per candidate."""
        rng = random.Random(seed)
        counts: dict[str, int] = {}
        for feats, _, _ in data:
            for f in feats:
                counts[f] = counts.get(f, 0) + 1
        weights = {f: np.zeros(len(CLASSES)) for f, n in counts.items() if n >= min_count}
        order = list(range(len(data)))
        for epoch in range(epochs):
            rng.shuffle(order)
            step = lr / math.sqrt(1 + epoch)
            for i in order:
                feats, allowed, gold = data[i]
                idx = [0] + [CLASSES.index(a) for a in allowed]
                z = np.zeros(len(CLASSES))
                active = [weights[f] for f in feats if f in weights]
                for w in active:
                    z += w
                sub = z[idx]
                p = np.exp(sub - sub.max())
                p /= p.sum()
                target = np.zeros(len(idx))
                target[idx.index(CLASSES.index(gold))] = 1.0
                grad = np.zeros(len(CLASSES))
                grad[idx] = p - target
                for w in active:
                    w -= step * (grad + l2 * w)
        return cls({f: w.tolist() for f, w in weights.items() if np.any(np.abs(w) > 1e-6)})

    def to_disk(self, path: Path) -> None:
        payload = {"classes": list(CLASSES), "threshold": self.threshold,
                   "weights": {f: [round(x, 5) for x in w.tolist()] for f, w in self.weights.items()}}
        path.write_text(json.dumps(payload, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")

    @classmethod
    def from_disk(cls, path: Path) -> "RelationModel":
        payload = json.loads(path.read_text(encoding="utf-8"))
        if tuple(payload["classes"]) != CLASSES:
            raise ValueError(f"{path}: relation classes {payload['classes']} differ from {list(CLASSES)}")
        return cls(payload["weights"], payload.get("threshold", 0.5))
