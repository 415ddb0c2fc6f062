"""How sure the matcher is that its best entry is the right one, as a probability.

A raw match score means different things for different questions: 0.5 is a fine answer for a
long story that mentions one permit, and a wrong one for "tell me a joke" that shares one
rare word with an entry. The probability combines the score with what else the match shows —
the lead over the runner-up, how much of the question the entry's words explain, how much of
it no entry knows, how close an out-of-scope subject came, whether the word and the letter
views of the question agree — through a logistic model.

The model is fitted by `python -m benchmarks.calibrate` on held-out data only: each entry's
own phrasings and the out-of-scope phrasings, k-fold (the index is built without the phrasings
it is asked). Its weights and the two probability thresholds live in data/calibration.yaml,
so that the decision is chosen on questions it is not scored on.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

FEATURES: tuple[str, ...] = (
    "score",
    "margin",
    "coverage",
    "unknown",
    "oos_gap",
    "agree",
    "learned",
)


@dataclass(frozen=True, slots=True)
class Calibration:
    weights: Mapping[str, float]
    bias: float
    # Answer at or above this probability; offer "did you mean" at or above ``clarify``.
    answer: float
    clarify: float

    def probability(self, features: Mapping[str, float]) -> float:
        z = self.bias + sum(self.weights.get(name, 0.0) * features[name] for name in FEATURES)
        return 1 / (1 + math.exp(-max(min(z, 30.0), -30.0)))


def calibration_from_mapping(raw: Mapping | None) -> Calibration | None:
    """The calibration of data/calibration.yaml, or None when there is none."""
    if not raw:
        return None
    return Calibration(
        weights={name: float(raw["weights"].get(name, 0.0)) for name in FEATURES},
        bias=float(raw["bias"]),
        answer=float(raw["answer"]),
        clarify=float(raw["clarify"]),
    )
