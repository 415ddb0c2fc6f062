"""A learned second opinion for the safety net: how likely a message describes a person in danger.

The patterns of safety/ catch what they were written for, and about nine in ten dangers
worded some new way. A linear model over the message's character n-grams and words reads the
wordings nobody wrote a pattern for. It is trained on the team's own example messages
(data/danger_examples.jsonl: dangers and their look-alikes, in az, ru and ru in Latin letters,
en), on the development danger sets (benchmarks/data: helpers' sets, each scored once as
unseen before it was trained on) and, as ordinary messages, on every question of the knowledge
base and of the development question sets that no pattern flags. It only adds alarms: a
message the patterns flag stays flagged.

Trained by `python -m benchmarks.train_danger`, which also reports its figures on sets it was
not trained on; the weights and the threshold live in data/danger_model.npz (hashed features,
so no vocabulary is stored; textfeatures.py reads the message the same way at question time).
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

import numpy as np

from knowledge.answering.textfeatures import FEATURES, feature_arrays

MODEL_PATH = Path(__file__).parent.parent / "data" / "danger_model.npz"


class DangerModel:
    def __init__(self, indices: np.ndarray, weights: np.ndarray, bias: float, threshold: float):
        # One weight per hashed column of both blocks (16 MiB): a message's ~400 features are
        # then summed in one gather, where a dictionary lookup each was a fifth of the safety
        # net's time.
        self._weights = np.zeros(2 * FEATURES, dtype=np.float64)
        self._weights[indices] = weights
        self.bias = bias
        self.threshold = threshold

    def probability(self, message: str) -> float:
        columns, values = feature_arrays(message)
        z = self.bias + float(self._weights[columns] @ values)
        return 1 / (1 + math.exp(-max(min(z, 30.0), -30.0)))

    def flags(self, message: str) -> bool:
        return self.probability(message) >= self.threshold


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_PATH) -> DangerModel | None:
    """The trained model, or None when none has been trained (the patterns still work)."""
    if not path.exists():
        return None
    data = np.load(path)
    return DangerModel(
        data["indices"], data["weights"], float(data["bias"]), float(data["threshold"])
    )
