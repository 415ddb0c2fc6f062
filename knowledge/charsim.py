"""Character n-gram profiles of the entries: a second, spelling-tolerant view of a question.

Word stems miss what people do to words on a phone — "qeydiyatdan", "registratsiyu",
"permanant" — and the agglutinated and inflected forms of az and ru. Character 2–5-grams
inside words catch them. Each entry (and each out-of-scope subject) gets one profile: the
normalized sum of the TF-IDF vectors of its phrasings and keywords. The cosine between a
question and a profile is blended into the match score (matching.py); measured in
benchmarks/quality.py, it raised the share of questions whose best entry is the right one.

Hashed features keep the memory flat as the knowledge base grows: no vocabulary is kept,
and the phrasings are read in chunks.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.preprocessing import normalize as unit_rows
from sklearn.utils import murmurhash3_32

_FEATURES = 2**20
_CHUNK = 4096


class CharProfiles:
    """One unit vector per group of phrasings; cosine of a question against any of them."""

    def __init__(self, groups: Mapping[str, Sequence[str]]):
        self._vectorizer = HashingVectorizer(
            analyzer="char_wb",
            ngram_range=(2, 5),
            n_features=_FEATURES,
            alternate_sign=False,
            norm=None,
            dtype=np.float32,
        )
        self.ids: list[str] = list(groups)
        self._row = {group_id: row for row, group_id in enumerate(self.ids)}
        texts: list[str] = []
        owners: list[int] = []
        for row, group_id in enumerate(self.ids):
            for text in groups[group_id]:
                texts.append(text)
                owners.append(row)
        document_frequency = np.zeros(_FEATURES, dtype=np.float32)
        for counts in self._chunks(texts):
            document_frequency += np.bincount(counts.indices, minlength=_FEATURES).astype(
                np.float32
            )
        total = max(len(texts), 1)
        self._idf = (np.log((1 + total) / (1 + document_frequency)) + 1).astype(np.float32)
        profiles = sparse.csr_matrix((len(self.ids), _FEATURES), dtype=np.float32)
        for start, counts in zip(range(0, len(texts), _CHUNK), self._chunks(texts), strict=True):
            weighted = self._weigh(counts)
            rows = owners[start : start + _CHUNK]
            membership = sparse.csr_matrix(
                (np.ones(len(rows), dtype=np.float32), (rows, np.arange(len(rows)))),
                shape=(len(self.ids), len(rows)),
            )
            profiles = profiles + membership @ weighted
        # Column-major: a question touches a few hundred n-grams, and reads just those columns.
        self._profiles = unit_rows(profiles).astype(np.float32).tocsc()
        self._analyzer = self._vectorizer.build_analyzer()

    def _chunks(self, texts: Sequence[str]) -> Iterable[sparse.csr_matrix]:
        for start in range(0, len(texts), _CHUNK):
            yield self._vectorizer.transform(texts[start : start + _CHUNK])

    def _weigh(self, counts: sparse.csr_matrix) -> sparse.csr_matrix:
        weighted = counts.copy()
        np.log1p(weighted.data, out=weighted.data)
        weighted = weighted.multiply(self._idf).tocsr()
        return unit_rows(weighted)

    def _query(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The question's hashed n-grams and their unit TF-IDF weights.

        The same hashing as HashingVectorizer (murmurhash3, seed 0), without its per-call
        validation, which costs more than the whole lookup for one short question.
        """
        counts = Counter(abs(murmurhash3_32(g, seed=0)) % _FEATURES for g in self._analyzer(text))
        if not counts:
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float32)
        columns = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
        values = np.log1p(np.fromiter(counts.values(), dtype=np.float32, count=len(counts)))
        values *= self._idf[columns]
        norm = float(np.linalg.norm(values))
        return columns, values / norm if norm else values

    def similarity(self, text: str, group_ids: Iterable[str]) -> dict[str, float]:
        """Cosine of the text against each named group's profile (0 for unknown groups)."""
        chosen = [g for g in group_ids if g in self._row]
        if not chosen:
            return {}
        columns, values = self._query(text)
        if not len(columns):
            return dict.fromkeys(chosen, 0.0)
        scores = self._profiles[:, columns] @ values
        return {g: float(scores[self._row[g]]) for g in chosen}
