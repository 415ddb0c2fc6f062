"""A learned second view of which entry a question reads like.

The lexical and letter views score an entry by its closest phrasings. Entries about one permit
(its fee, its validity, how to apply) share most of their words, so for a question worded
in a new way two of them often land within a hair of each other, and the few words that tell
them apart ("how much", "how long", "where") weigh no more than the rest. A linear model
trained on every phrasing of every entry, one class per entry and per out-of-scope subject,
learns exactly those words. Its probability, weighted, is added to the matcher's score of
each entry the matcher found; it never brings in an entry the matcher did not find.

It is trained whenever an index is built, on that index's own phrasings (under half a
minute at the shipped size, off the event loop; the same phrasings are trained once per
process). A knowledge base of more than ``MAX_CLASSES`` entries is ranked without it: training
time grows with entries times phrasings, and an admin's edit must not wait minutes.
"""

from __future__ import annotations

import hashlib
import warnings
from collections.abc import Sequence
from threading import Lock

import numpy as np
from numba import njit
from scipy import sparse
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import SGDClassifier

from knowledge.answering.textfeatures import (
    FEATURES,
    feature_matrix,
    message_features,
    model_text,
)

MAX_CLASSES = 400
# Five passes over the phrasings: more passes gave no better ranking on development sets.
EPOCHS = 5
# Weights below this are dropped: nine in ten of them, for the same rankings on the
# development sets (the full table is 37 MB at the shipped size, this one 9 MB).
PRUNE_BELOW = 0.05
# SGD's model depends on the order it reads the phrasings in: one run's accuracy on a
# language of the development sets moved by up to 0.03 with the order alone. The mean of three
# runs in different orders (_stable_order) is one linear model (no cost per question), steadier
# and no worse; training takes about twice as long.
SEEDS = 3


class Ranker:
    """Per-class weights over the hashed features the training phrasings use."""

    def __init__(
        self,
        classes: Sequence[str],
        columns: np.ndarray,
        weights: sparse.csr_matrix,
        bias: np.ndarray,
    ):
        self.classes = tuple(classes)
        # Each feature column's row of weights (-1: none), looked up directly: a binary search
        # in a quarter of a million columns for each of a message's ~450 features waited on
        # memory at every step. The table is 8 MiB whatever the size of the knowledge base.
        self._row_of = np.full(2 * FEATURES, -1, dtype=np.int32)
        self._row_of[columns] = np.arange(len(columns), dtype=np.int32)
        self._weights = weights  # sparse: one row per column, one weight per class
        self._bias = bias

    def probabilities(self, message: str) -> dict[str, float]:
        """Each class's probability for a message, summing to one."""
        found = message_features(message)
        keys = np.fromiter(found.keys(), dtype=np.int64, count=len(found))
        values = np.fromiter(found.values(), dtype=np.float64, count=len(found))
        z = self._bias + _scores(
            self._row_of,
            self._weights.indptr,
            self._weights.indices,
            self._weights.data,
            keys,
            values,
            len(self.classes),
        )
        # One-versus-rest scores, as scikit-learn's SGDClassifier combines them.
        p = 1 / (1 + np.exp(-np.clip(z, -30, 30)))
        p /= p.sum() or 1.0
        return dict(zip(self.classes, p.tolist(), strict=True))


@njit(cache=True, nogil=True)
def _scores(row_of, indptr, indices, data, keys, values, n_classes):
    """The weights' product with a message's features: each feature the training phrasings
    had adds its value times its row of weights, in the order scipy's sparse product adds
    them (features in the message's order), without selecting the rows into a new matrix."""
    z = np.zeros(n_classes)
    for i in range(len(keys)):
        row = row_of[keys[i]]
        if row >= 0:
            for k in range(indptr[row], indptr[row + 1]):
                z[indices[k]] += np.float64(data[k]) * values[i]
    return z


_trained: dict[str, Ranker | None] = {}
_lock = Lock()


def train_ranker(labelled: Sequence[tuple[str, str]]) -> Ranker | None:
    """A ranker for (class, phrasing) pairs; None when there are too many or too few classes."""
    classes = sorted({label for label, _ in labelled})
    if not 2 <= len(classes) <= MAX_CLASSES:
        return None
    key = hashlib.sha256(
        "\x00".join(f"{label}\x01{text}" for label, text in labelled).encode()
    ).hexdigest()
    with _lock:
        if key not in _trained:
            if len(_trained) >= 4:
                _trained.pop(next(iter(_trained)))
            _trained[key] = _fit(classes, labelled)
        return _trained[key]


def _fit(classes: list[str], labelled: Sequence[tuple[str, str]]) -> Ranker:
    matrix = feature_matrix([model_text(text) for _, text in labelled])
    columns = np.unique(matrix.indices)
    number = {label: n for n, label in enumerate(classes)}
    target = np.array([number[label] for label, _ in labelled])
    used = matrix[:, columns]
    # Summed in place, in float32: a build's peak memory is that of one run (its float64
    # weights are the largest thing a build holds), not of SEEDS of them.
    total, bias = _fit_once(used, target, _stable_order(labelled, 0))
    coef = total.astype(np.float32)
    del total
    for seed in range(1, SEEDS):
        more, more_bias = _fit_once(used, target, _stable_order(labelled, seed))
        np.add(coef, more, out=coef, casting="unsafe")
        bias = bias + more_bias
        del more
    coef = coef.T  # columns × classes
    coef /= SEEDS
    bias /= SEEDS
    if len(classes) == 2:  # a binary model has one row: the second class against the first
        coef = np.hstack([-coef, coef])
        bias = np.array([-bias[0], bias[0]])
    coef[np.abs(coef) < PRUNE_BELOW] = 0
    keep = coef.any(axis=1)
    return Ranker(classes, columns[keep].astype(np.int64), sparse.csr_matrix(coef[keep]), bias)


def _stable_order(labelled: Sequence[tuple[str, str]], seed: int) -> np.ndarray:
    """The order a run reads the phrasings in: by a hash of each (class, phrasing) and the
    seed, so that an admin's edit of a few phrasings leaves every other phrasing where it was
    in the sequence. A shuffle of the row numbers (scikit-learn's) moved them all: removing
    two alternates moved a language's accuracy on the development sets by 0.02."""
    keys = [
        int.from_bytes(
            hashlib.blake2b(f"{seed}\x00{label}\x01{text}".encode(), digest_size=8).digest(),
            "little",
        )
        for label, text in labelled
    ]
    return np.argsort(np.array(keys, dtype=np.uint64), kind="stable")


def _fit_once(
    matrix: sparse.csr_matrix, target: np.ndarray, order: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """One SGD run's weights (classes × columns, float64) and biases, reading the rows in
    the given order, the same in every epoch."""
    # n_jobs: the one-versus-rest classes are fitted in threads (SGD releases the GIL).
    model = SGDClassifier(
        loss="log_loss", alpha=1e-5, max_iter=EPOCHS, tol=None, shuffle=False, n_jobs=-1
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        model.fit(matrix[order], target[order])
    return model.coef_, np.asarray(model.intercept_, dtype=np.float64)
