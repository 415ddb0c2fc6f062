"""Hashed character n-gram and word features of a message, for the learned models.

Both learned parts of the engine (the safety net's second opinion and the entry ranker) read
a message the same way: its folded text, plus its Cyrillic reading when it is Russian typed in
Latin letters; characters inside words (2–5) and single words and word pairs, each block
hashed into 2**20 columns, log counts scaled to unit length per block. Hashing means no
vocabulary is stored, and the same numbers come out at training and at question time.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import lru_cache
from types import MappingProxyType

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.utils import murmurhash3_32

from knowledge.answering.normalize import normalize
from knowledge.answering.translit import looks_latin, to_cyrillic

FEATURES = 2**20
_CHARS = HashingVectorizer(analyzer="char_wb", ngram_range=(2, 5), n_features=FEATURES)
_WORDS = HashingVectorizer(analyzer="word", ngram_range=(1, 2), token_pattern=r"\w+")
_ANALYZERS = (_CHARS.build_analyzer(), _WORDS.build_analyzer())
# The same blocks as sparse counts, for training on thousands of texts at once.
_COUNTERS = tuple(
    HashingVectorizer(
        analyzer=analyzer,
        ngram_range=ngrams,
        n_features=FEATURES,
        alternate_sign=False,
        norm=None,
        token_pattern=r"\w+",
    )
    for analyzer, ngrams in (("char_wb", (2, 5)), ("word", (1, 2)))
)
MAX_TEXT = 2000


def model_text(message: str) -> str:
    """What the models read: the folded message, plus its Cyrillic reading when in Latin."""
    text = normalize(message[:MAX_TEXT])
    if looks_latin(message):
        text += " | " + normalize(to_cyrillic(message[:MAX_TEXT]))
    return text


@lru_cache(maxsize=1024)
def message_features(message: str) -> Mapping[int, float]:
    """The features of a message as typed, kept for the next model that reads it (read only)."""
    return MappingProxyType(features(model_text(message)))


def features(text: str) -> dict[int, float]:
    """Hashed features of a model text: column → value, columns of both blocks."""
    out: dict[int, float] = {}
    for block, analyzer in enumerate(_ANALYZERS):
        counts = Counter(abs(murmurhash3_32(g, seed=0)) % FEATURES for g in analyzer(text))
        weights = {k: math.log1p(v) for k, v in counts.items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        offset = block * FEATURES
        for k, w in weights.items():
            out[offset + k] = w / norm
    return out


def feature_matrix(texts: Sequence[str]) -> sparse.csr_matrix:
    """The features of many model texts as rows: the values of ``features``, computed at once."""
    blocks = []
    for counter in _COUNTERS:
        counts = counter.transform(texts).tocsr().astype(np.float64)
        counts.data = np.log1p(counts.data)
        norms = np.sqrt(np.asarray(counts.multiply(counts).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        blocks.append(sparse.diags(1 / norms) @ counts)
    return sparse.hstack(blocks, format="csr")
