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

from array import array
from collections.abc import Iterable, Mapping, Sequence

import numpy as np
from numba import njit
from scipy import sparse
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.preprocessing import normalize as unit_rows
from sklearn.utils import murmurhash3_32

from knowledge.answering.memory import release_free_memory

_FEATURES = 2**20
_CHUNK = 4096
_TRIM_EVERY = 1  # chunks
# A profile's columns in 2 bytes: the low bits, within spans of 2**16 columns.
_LOW_BITS = 16
_LOW_MASK = 2**_LOW_BITS - 1
_SPANS = _FEATURES >> _LOW_BITS
# A weight in one byte: its ratio to its row's largest on a log scale of 256 levels, from 1
# down to 1e-3 (a step of 2.7 %, so within 1.4 % of the weight; a smaller one reads as 1e-3,
# which no row of the shipped KB has). Relative precision, where 65535ths of the largest in
# two bytes took twice the room (57 MiB more at 100×) and changed no reply of 13,647.
_LOG_STEP = float(np.log(1e3) / 255)
_LEVELS = np.exp(-_LOG_STEP * np.arange(256)).astype(np.float32)


class CharProfiles:
    """One unit vector per group of phrasings; cosine of a question against any of them."""

    def __init__(self, groups: Mapping[str, Sequence[str]] | GroupTexts):
        self._vectorizer = HashingVectorizer(
            analyzer="char_wb",
            ngram_range=(2, 5),
            n_features=_FEATURES,
            alternate_sign=False,
            norm=None,
            dtype=np.float32,
        )
        if not isinstance(groups, GroupTexts):
            gathered = GroupTexts()
            for group_id, texts in groups.items():
                gathered.add(group_id, texts)
            groups = gathered
        self.ids: list[str] = list(groups.rows)
        self._row = groups.rows
        vocabulary, words, starts, owners = groups.grouped()
        del groups
        count = len(owners)
        # Each chunk's texts and rows on their own, dropped once the rows have their part of
        # the profiles: the profiles grow as the texts go.
        self._words = _WordCounts(self._vectorizer, vocabulary, words, starts)
        owned = [owners[start : start + _CHUNK].copy() for start in range(0, count, _CHUNK)]
        del words, starts, owners
        # The n-grams of the KB's own words, hashed once: a question's words are mostly among
        # them, and hashing its n-grams one by one in Python cost more than the lookup itself.
        # Before the rows: what the hashing leaves free is reused by them.
        self._analyzer = self._vectorizer.build_analyzer()
        self._known, self._known_start, self._known_hashes = self._hash_words(vocabulary)
        del vocabulary
        document_frequency = np.zeros(_FEATURES, dtype=np.float32)
        for counts in self._chunks():
            document_frequency += np.bincount(counts.indices, minlength=_FEATURES).astype(
                np.float32
            )
        total = max(count, 1)
        self._idf = (np.log((1 + total) / (1 + document_frequency)) + 1).astype(np.float32)
        del document_frequency
        # Few distinct weights (as few as distinct document frequencies): each column keeps
        # its weight's number in a table, in 2 bytes where they fit, not the float32 itself.
        # Made before the rows: sorting a million weights takes some 25 MiB for a moment,
        # which on top of the finished profiles was the high-water mark of a build at 100×.
        table, code = np.unique(self._idf, return_inverse=True)
        self._idf_code: np.ndarray
        if len(table) <= 2**16:
            self._idf_table, self._idf_code = table, code.astype(np.uint16)
        else:
            self._idf_table, self._idf_code = self._idf, np.arange(_FEATURES)
        del table, code
        # Each chunk's sum per group. The texts come group by group, so a chunk covers a run of
        # rows and only a group cut by a chunk boundary needs two partial sums added (in the
        # order a running total over the chunks would add them): no copy of the whole matrix
        # per chunk.
        profiles = _Rows()
        next_row = 0
        for number, counts in enumerate(self._chunks(last=True)):
            if number % _TRIM_EVERY == 0:
                # The chunks' temporaries are freed into the heap, where up to tens of MiB
                # stay resident (glibc gives its top back only past a threshold that large
                # frees before raised); the profiles, mapped on their own, never reuse it.
                release_free_memory()
            self._weigh(counts)
            rows, owned[number] = owned[number], np.empty(0, dtype=np.int32)
            first, last = int(rows[0]), int(rows[-1])
            membership = sparse.csr_matrix(
                (np.ones(len(rows), dtype=np.float32), (rows - first, np.arange(len(rows)))),
                shape=(last - first + 1, len(rows)),
            )
            part = (membership @ counts).tocsr()
            del counts, membership  # before the rows grow by the part
            if first < next_row:  # the last group of the previous chunk goes on here
                profiles.append(profiles.pop() + part[0])
                profiles.append(part[1:])
            else:
                profiles.skip(first - next_row)  # groups without any text
                profiles.append(part)
            next_row = last + 1
        profiles.skip(len(self.ids) - next_row)
        del self._words  # only needed for the build
        # Row-major, columns sorted: a question reads only the rows of its candidate entries.
        self._data, self._low, self._starts, self._scales = profiles.finish()
        del profiles
        del self._idf
        release_free_memory()  # the last chunks' temporaries, before the index goes on

    def _chunks(self, last: bool = False) -> Iterable[sparse.csr_matrix]:
        """The counts of each chunk of texts; on the last pass, the texts are dropped."""
        for number in range(self._words.chunks):
            yield self._words.counts(number)
            if last:
                self._words.drop(number)

    def _weigh(self, counts: sparse.csr_matrix) -> None:
        """TF-IDF rows of unit length, in place: each chunk's counts are made for one pass.

        scipy's multiply by a row of weights went through a COO copy with two index arrays,
        and normalize copied again: a chunk's worth of MiB each at the build's high-water
        mark. The products are the same float32 ones."""
        np.log1p(counts.data, out=counts.data)
        counts.data *= self._idf[counts.indices]
        unit_rows(counts, copy=False)

    def _hash(self, word: str) -> list[int]:
        """The hashed n-grams of one word, in the analyzer's order, repeats kept.

        The same hashing as HashingVectorizer (murmurhash3, seed 0), without its per-call
        validation, which costs more than the whole lookup for one short question.
        """
        return [abs(murmurhash3_32(g, seed=0)) % _FEATURES for g in self._analyzer(word)]

    def _hash_words(self, words: Iterable[str]) -> tuple[dict[str, int], np.ndarray, np.ndarray]:
        known: dict[str, int] = {}
        hashes = array("i")  # not a list: a Python int per n-gram took 36 bytes
        starts = [0]
        for word in words:
            known[word] = len(known)
            hashes.extend(self._hash(word))
            starts.append(len(hashes))
        # Columns are below _FEATURES: 4 bytes each, here and in a question's columns.
        offsets = np.int32 if len(hashes) < 2**31 else np.int64
        return known, np.array(starts, dtype=offsets), np.array(hashes, dtype=np.int32)

    def _query(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The question's hashed n-grams and their unit TF-IDF weights.

        char_wb n-grams never cross a space, so the text's are its words' one after another
        (the analyzer lower-cases before it splits). Columns come in the order of their first
        n-gram, as counting the n-grams in order gives them: the float32 sums downstream add
        in that order.
        """
        unique, values, order = self._query_sorted(text)
        return unique[order], values[order]

    def _query_sorted(self, text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The question's n-gram columns sorted, their weights, and the order of first sight
        (columns[order] is the order _query gives)."""
        parts: list[np.ndarray] = []
        for word in text.lower().split():
            number = self._known.get(word)
            if number is None:
                parts.append(np.array(self._hash(word), dtype=np.int32))
            else:
                parts.append(
                    self._known_hashes[self._known_start[number] : self._known_start[number + 1]]
                )
        hashes = np.concatenate(parts) if parts else np.empty(0, dtype=np.int32)
        if not len(hashes):
            empty = np.empty(0, dtype=np.int32)
            return empty, np.empty(0, dtype=np.float32), empty
        unique, first, inverse = np.unique(hashes, return_index=True, return_inverse=True)
        order = np.argsort(first, kind="stable")
        counts = np.bincount(inverse, minlength=len(unique)).astype(np.float32)[order]
        values = np.log1p(counts)
        values *= self._idf_table[self._idf_code[unique[order]]]
        # The norm of the weights in the order of first sight, as it always was summed.
        norm = float(np.linalg.norm(values))
        if norm:
            values = values / norm
        in_sorted = np.empty_like(values)
        in_sorted[order] = values
        return unique, in_sorted, order

    def similarity(self, text: str, group_ids: Iterable[str]) -> dict[str, float]:
        """Cosine of the text against each named group's profile (0 for unknown groups)."""
        chosen = [g for g in group_ids if g in self._row]
        if not chosen:
            return {}
        columns, values, order = self._query_sorted(text)
        if not len(columns):
            return dict.fromkeys(chosen, 0.0)
        rows = np.array([self._row[g] for g in chosen], dtype=np.int64)
        scores = _cosines(
            self._starts,
            self._low,
            self._data,
            self._scales,
            _LEVELS,
            rows,
            columns,
            values,
            order,
        )
        return dict(zip(chosen, scores.tolist(), strict=True))


@njit(cache=True, nogil=True)
def _cosines(starts, low, data, scales, levels, rows, columns, values, order):
    """Each row's dot product with the question (its sorted columns and their weights),
    summed in float32 in the question's n-gram order (order), as the sparse product did."""
    scores = np.zeros(len(rows), dtype=np.float32)
    products = np.zeros(len(columns), dtype=np.float32)
    for k in range(len(rows)):
        row = rows[k] * _SPANS
        scale = scales[rows[k]]
        span = -1
        at, end = 0, 0
        # The question's columns ascending: each is searched for from where the last one was
        # (galloping, then halving), not in the whole span of the row.
        for j in range(len(columns)):
            if columns[j] >> _LOW_BITS != span:
                span = columns[j] >> _LOW_BITS
                at, end = starts[row + span], starts[row + span + 1]
            column = columns[j] & _LOW_MASK
            step = 1
            while at + step < end and low[at + step] < column:
                step *= 2
            if at >= end or low[at] < column:
                lo, hi = at + step // 2, min(at + step, end)
                at = lo + np.searchsorted(low[lo:hi], column)
            found = at < end and low[at] == column
            products[j] = np.float32(0.0)
            if found:
                weight = np.float32(levels[data[at]] * scale)
                products[j] = np.float32(weight * values[j])
        total = np.float32(0.0)
        for j in order:
            total = np.float32(total + products[j])
        scores[k] = total
    return scores


class _Rows:
    """The unit profile rows, columns ascending, made row block by row block.

    A column (20 bits) is kept as its low 16 bits, in one of _SPANS spans of the row by its
    high bits, and a weight as its level below its row's largest (_LEVELS; lossy: within 1.4 %
    of the weight): 3 bytes per weight, not 8. Each row is
    normalized and sorted as it is finished, as normalizing and sorting the whole matrix did:
    the sum of squares goes in the row's order before its columns are sorted. The last row of
    a block may go on in the next one, so it waits (pop takes it).

    The rows go into growing buffers (array.array: a large one grows in place, by mremap)
    rather than into a list of blocks stacked at the end: blocks of a few MiB live among the
    build's temporaries, and at 100× the freed blocks left a few hundred MiB of heap that the
    process never gave back, on top of the stacked copy.
    """

    def __init__(self) -> None:
        self._data = array("B")  # each weight's level (_LEVELS) below its row's largest
        self._scales = array("f")  # each row's largest weight
        self._low = array("H")
        self._starts = array("q", [0])  # where each span of each row starts
        self._last: sparse.csr_matrix | None = None

    def append(self, block: sparse.csr_matrix) -> None:
        rows = block.shape[0]
        if not rows:  # the waiting row may still go on
            return
        self._finish_last()
        if rows > 1:
            self._add(block[: rows - 1])
        start, end = block.indptr[rows - 1], block.indptr[rows]
        # As the stored row was read back before: a fresh matrix of its own, in its order.
        self._last = sparse.csr_matrix(
            (
                np.array(block.data[start:end], dtype=np.float32),
                np.array(block.indices[start:end], dtype=np.int32),
                np.array([0, end - start]),
            ),
            shape=(1, _FEATURES),
        )

    def skip(self, rows: int) -> None:
        """Rows without any entry."""
        self._finish_last()
        self._starts.extend([self._starts[-1]] * (rows * _SPANS))
        self._scales.extend([0.0] * rows)

    def pop(self) -> sparse.csr_matrix:
        """The last row, taken off."""
        assert self._last is not None
        row, self._last = self._last, None
        return row

    def finish(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """The weights, the low bits of their columns, and where each span of each row starts
        (row r's span s at r * _SPANS + s), on the buffers themselves (no copy)."""
        self._finish_last()
        starts = np.frombuffer(self._starts, dtype=np.int64)
        return (
            np.frombuffer(self._data, dtype=np.uint8),
            np.frombuffer(self._low, dtype=np.uint16),
            starts.astype(np.int32) if starts[-1] < 2**31 else starts,
            np.frombuffer(self._scales, dtype=np.float32),
        )

    def _finish_last(self) -> None:
        if self._last is not None:
            self._add(self._last)
            self._last = None

    def _add(self, rows: sparse.csr_matrix) -> None:
        rows = sparse.csr_matrix(
            (
                rows.data.astype(np.float32),
                rows.indices.astype(np.int32),
                rows.indptr - rows.indptr[0],
            ),
            shape=rows.shape,
        )
        rows = unit_rows(rows, copy=False)
        rows.sort_indices()
        high = rows.indices >> _LOW_BITS
        row_of = np.repeat(np.arange(rows.shape[0]), np.diff(rows.indptr))
        counts = np.bincount(row_of * _SPANS + high, minlength=rows.shape[0] * _SPANS)
        self._starts.extend((np.cumsum(counts) + self._starts[-1]).tolist())
        lengths = np.diff(rows.indptr)
        largest = np.zeros(len(lengths), dtype=np.float32)
        filled = lengths > 0
        if filled.any():
            largest[filled] = np.maximum.reduceat(rows.data, rows.indptr[:-1][filled])
        self._scales.frombytes(largest.tobytes())
        with np.errstate(divide="ignore"):
            ratios = rows.data / np.repeat(np.maximum(largest, np.float32(1e-30)), lengths)
            levels = np.rint(-np.log(ratios) / _LOG_STEP)
        self._data.frombytes(np.clip(levels, 0, 255).astype(np.uint8).tobytes())
        self._low.frombytes((rows.indices & _LOW_MASK).astype(np.uint16).tobytes())


class GroupTexts:
    """The texts of each group as the numbers of their words, gathered a group's texts at a
    time: the index adds each document's phrasings as it normalizes them, and keeps no
    string per phrasing (at 100× the strings were 200 MiB)."""

    def __init__(self) -> None:
        self.rows: dict[str, int] = {}  # each group's row, in order of first sight
        self._numbers: dict[str, int] = {}
        # Word numbers in 2 bytes while the vocabulary fits (they are alive while the
        # profiles grow), widened once when it outgrows them.
        self._words = array("H")
        self._ends = array("q", [0])
        self._owners = array("i")

    def add(self, group_id: str, texts: Iterable[str]) -> None:
        """Texts of a group (none: the group still has its row, empty)."""
        row = self.rows.setdefault(group_id, len(self.rows))
        for text in texts:
            numbers = [self._numbers.setdefault(w, len(self._numbers)) for w in text.split()]
            if self._words.typecode == "H" and len(self._numbers) > 2**16:
                self._words = array("i", self._words)
            self._words.extend(numbers)
            self._ends.append(len(self._words))
            self._owners.append(row)

    def grouped(self) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray]:
        """The vocabulary, and the texts group by group (each group's in the order added):
        their words, where each text's start, and each text's row.

        They are handed over, not copied: the texts are gone from here after this (the
        caller, which holds this object, would otherwise keep them alive through the build).
        """
        words = np.frombuffer(
            self._words, dtype=np.uint16 if self._words.typecode == "H" else np.int32
        )
        starts = np.frombuffer(self._ends, dtype=np.int64)
        if len(words) < 2**31:  # 4 bytes, as they are alive while the profiles grow
            starts = starts.astype(np.int32)
        owners = np.frombuffer(self._owners, dtype=np.int32)
        vocabulary = list(self._numbers)
        self._numbers, self._words = {}, array("H")
        self._ends, self._owners = array("q"), array("i")
        if np.any(owners[1:] < owners[:-1]):  # a group's texts came in more than one run
            order = np.argsort(owners, kind="stable")
            lengths = np.diff(starts)[order]
            moved = np.zeros_like(starts)
            np.cumsum(lengths, out=moved[1:])
            words = words[
                np.repeat(starts[:-1][order] - moved[:-1], lengths) + np.arange(len(words))
            ]
            starts, owners = moved, owners[order]
        return vocabulary, words, starts, owners


class _WordCounts:
    """HashingVectorizer counts of texts, from the n-grams of each distinct word.

    char_wb n-grams never cross a space, so a text's counts are the sum of its words'; the
    phrasings of a knowledge base repeat a few thousand words, which are hashed once. The
    counts are whole numbers, exact in float32 whatever order the words are numbered in.
    """

    def __init__(
        self,
        vectorizer: HashingVectorizer,
        vocabulary: list[str],
        words: np.ndarray,
        starts: np.ndarray,
    ):
        # Chunk by chunk (_CHUNK texts): its words, and where each text's start among them.
        self._parts: list[tuple[np.ndarray, np.ndarray]] = []
        for start in range(0, len(starts) - 1, _CHUNK):
            end = min(start + _CHUNK, len(starts) - 1)
            first, last = starts[start], starts[end]
            self._parts.append((words[first:last].copy(), starts[start : end + 1] - first))
        self._ngrams = vectorizer.transform(vocabulary) if vocabulary else None

    @property
    def chunks(self) -> int:
        return len(self._parts)

    def drop(self, number: int) -> None:
        """Chunk number's texts are not needed any more."""
        self._parts[number] = (np.empty(0, dtype=np.int32), np.zeros(1, dtype=np.int32))

    def counts(self, number: int) -> sparse.csr_matrix:
        """Counts of the texts of chunk number, as HashingVectorizer.transform gives them."""
        words, starts = self._parts[number]
        texts = sparse.csr_matrix(
            (np.ones(len(words), dtype=np.float32), words, starts),
            shape=(len(starts) - 1, self._ngrams.shape[0] if self._ngrams is not None else 0),
        )
        if self._ngrams is None:
            return sparse.csr_matrix((len(starts) - 1, _FEATURES), dtype=np.float32)
        counts = (texts @ self._ngrams).tocsr()
        counts.sort_indices()
        return counts
