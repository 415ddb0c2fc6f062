"""Hashed character n-gram and word features of a message, for the learned models.

Both learned parts of the engine (the safety net's second opinion and the entry ranker) read
a message the same way: its folded text, plus its Cyrillic reading when it is Russian typed in
Latin letters; characters inside words (2–5) and single words and word pairs, each block
hashed into 2**20 columns, log counts scaled to unit length per block. Hashing means no
vocabulary is stored, and the same numbers come out at training and at question time.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from types import MappingProxyType

import numpy as np
from numba import njit
from scipy import sparse
from sklearn.feature_extraction.text import HashingVectorizer

from knowledge.answering.normalize import normalize
from knowledge.answering.translit import looks_latin, to_cyrillic

FEATURES = 2**20
# The two blocks as scikit-learn cuts and hashes them (features() computes the same at
# question time), as sparse counts for training on thousands of texts at once.
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


@lru_cache(maxsize=64)
def feature_arrays(message: str) -> tuple[np.ndarray, np.ndarray]:
    """The same features as two arrays (columns, values), for a dot product with a dense model."""
    found = message_features(message)
    return (
        np.fromiter(found.keys(), dtype=np.int64, count=len(found)),
        np.fromiter(found.values(), dtype=np.float64, count=len(found)),
    )


def features(text: str) -> dict[int, float]:
    """Hashed features of a model text: column → value, columns of both blocks.

    The values of scikit-learn's analyzers and murmurhash3_32 (which train the models, see
    feature_matrix), computed in one compiled pass: hashing the ~400 n-grams of a message
    one Python call at a time was a sixth of the matcher's time.
    """
    lowered = text.lower()
    words = lowered.split()  # char_wb: each word padded with a space on both sides
    padded = "".join(f" {w} " for w in words)
    tokens = _TOKEN.findall(lowered)  # words: \w+ tokens and their pairs
    joined = " ".join(tokens)
    keys, values = _hashed_blocks(
        _utf8(padded),
        _byte_offsets(padded),
        np.array([len(w) + 2 for w in words], dtype=np.int64),
        _utf8(joined),
        np.array([len(t.encode("utf-8", "surrogatepass")) for t in tokens], dtype=np.int64),
        FEATURES,
    )
    return dict(zip(keys.tolist(), values.tolist(), strict=True))


_TOKEN = re.compile(r"\w+")


def _utf8(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-8", "surrogatepass"), dtype=np.uint8)


def _byte_offsets(text: str) -> np.ndarray:
    """Where each character of a text starts in its UTF-8 bytes (one more at the end)."""
    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    sizes = 1 + (points >= 0x80) + (points >= 0x800) + (points >= 0x10000)
    offsets = np.zeros(len(points) + 1, dtype=np.int64)
    np.cumsum(sizes, out=offsets[1:])
    return offsets


@njit(cache=True, nogil=True)
def _murmur3_32(data, begin, end):
    """MurmurHash3 x86 32-bit of data[begin:end], seed 0, as a signed int (sklearn's)."""
    mask = np.uint64(0xFFFFFFFF)
    c1 = np.uint64(0xCC9E2D51)
    c2 = np.uint64(0x1B873593)
    h = np.uint64(0)
    size = end - begin
    tail = begin + (size // 4) * 4
    for i in range(begin, tail, 4):
        k = (
            np.uint64(data[i])
            | (np.uint64(data[i + 1]) << np.uint64(8))
            | (np.uint64(data[i + 2]) << np.uint64(16))
            | (np.uint64(data[i + 3]) << np.uint64(24))
        )
        k = (k * c1) & mask
        k = ((k << np.uint64(15)) | (k >> np.uint64(17))) & mask
        k = (k * c2) & mask
        h ^= k
        h = ((h << np.uint64(13)) | (h >> np.uint64(19))) & mask
        h = (h * np.uint64(5) + np.uint64(0xE6546B64)) & mask
    rest = end - tail
    if rest > 0:
        k = np.uint64(0)
        if rest >= 3:
            k ^= np.uint64(data[tail + 2]) << np.uint64(16)
        if rest >= 2:
            k ^= np.uint64(data[tail + 1]) << np.uint64(8)
        k ^= np.uint64(data[tail])
        k = (k * c1) & mask
        k = ((k << np.uint64(15)) | (k >> np.uint64(17))) & mask
        k = (k * c2) & mask
        h ^= k
    h ^= np.uint64(size)
    h ^= h >> np.uint64(16)
    h = (h * np.uint64(0x85EBCA6B)) & mask
    h ^= h >> np.uint64(13)
    h = (h * np.uint64(0xC2B2AE35)) & mask
    h ^= h >> np.uint64(16)
    signed = np.int64(h)
    return (
        signed - (np.int64(1) << np.int64(32))
        if signed >= (np.int64(1) << np.int64(31))
        else signed
    )


@njit(cache=True, nogil=True)
def _column(data, begin, end, n_features):
    return abs(_murmur3_32(data, begin, end)) % n_features


@njit(cache=True, nogil=True)
def _weighted(columns, n, offset, keys, values, out):
    """The block's distinct columns in the order first seen (as a Counter keeps them), each
    log(1 + count) over the block's norm; written at out."""
    order = np.argsort(columns[:n], kind="mergesort")
    distinct = 0
    firsts = np.empty(n, dtype=np.int64)
    counts = np.empty(n, dtype=np.int64)
    i = 0
    while i < n:
        j = i
        while j < n and columns[order[j]] == columns[order[i]]:
            j += 1
        firsts[distinct] = order[i]  # stable sort: the first of the run came first
        counts[distinct] = j - i
        distinct += 1
        i = j
    seen = np.argsort(firsts[:distinct], kind="mergesort")
    norm = 0.0
    for d in range(distinct):
        w = np.log1p(counts[seen[d]])
        norm += w * w
    norm = np.sqrt(norm)
    if norm == 0.0:
        norm = 1.0
    for d in range(distinct):
        keys[out + d] = offset + columns[firsts[seen[d]]]
        values[out + d] = np.log1p(counts[seen[d]]) / norm
    return out + distinct


@njit(cache=True, nogil=True)
def _hashed_blocks(padded, offsets, word_chars, joined, token_bytes, n_features):
    """The two feature blocks: char_wb 2-5-grams of the padded words (as scikit-learn's
    _char_wb_ngrams cuts them) and word 1-2-grams of the joined tokens."""
    columns = np.empty(4 * len(offsets) + 2 * len(token_bytes) + 1, dtype=np.int64)
    n = 0
    first = 0
    for w_len in word_chars:
        for size in range(2, 6):
            if w_len <= size:  # the whole word, once, and no longer n-grams
                columns[n] = _column(padded, offsets[first], offsets[first + w_len], n_features)
                n += 1
                break
            for start in range(first, first + w_len - size + 1):
                columns[n] = _column(padded, offsets[start], offsets[start + size], n_features)
                n += 1
        first += w_len
    keys = np.empty(n + 2 * len(token_bytes), dtype=np.int64)
    values = np.empty(n + 2 * len(token_bytes), dtype=np.float64)
    out = _weighted(columns, n, 0, keys, values, 0)
    n = 0
    begin = 0
    starts = np.empty(len(token_bytes), dtype=np.int64)
    for t in range(len(token_bytes)):
        starts[t] = begin
        columns[n] = _column(joined, begin, begin + token_bytes[t], n_features)
        n += 1
        begin += token_bytes[t] + 1
    for t in range(len(token_bytes) - 1):
        end = starts[t + 1] + token_bytes[t + 1]
        columns[n] = _column(joined, starts[t], end, n_features)
        n += 1
    out = _weighted(columns, n, n_features, keys, values, out)
    return keys[:out], values[:out]


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
