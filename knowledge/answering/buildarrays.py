"""Numpy helpers for building the index's arrays with little more memory than they take.

At 100× the shipped knowledge base the build's temporaries, not the finished index, were the
high-water mark: sorted copies of millions of 64-bit keys, lists of parts joined into a second
copy. These take the phrasings a block at a time, write into one buffer cut to size in place,
deduplicate in place, and keep numbers in the narrowest integer type that holds them.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator
from typing import NamedTuple

import numpy as np


def narrowest(count: int, signed: bool = False) -> type[np.integer]:
    """The narrowest integer type for numbers 0 … count - 1."""
    if count <= 2**16 and not signed:
        return np.uint16
    return np.int32 if count <= 2**31 else np.int64


def offsets(count: int) -> type[np.integer]:
    """The type of offsets 0 … count into an array of count items."""
    return np.int32 if count < 2**31 else np.int64


def members(sorted_keys: np.ndarray, keys: np.ndarray) -> np.ndarray:
    """Whether each key is in sorted_keys."""
    if not len(sorted_keys):
        return np.zeros(len(keys), dtype=bool)
    place = np.minimum(np.searchsorted(sorted_keys, keys), len(sorted_keys) - 1)
    return sorted_keys[place] == keys


class Buffer:
    """An array written a part at a time into room for the most it can hold, then cut to
    what was written in place (realloc, no copy).

    A list of parts joined at the end held everything twice at that moment. Room never
    written is never touched, so it takes no memory (the buffer is large enough to be
    mapped on its own).
    """

    def __init__(self, most: int, dtype: type[np.integer]):
        self._array = np.empty(most, dtype=dtype)
        self._filled = 0

    def write(self, part: np.ndarray) -> None:
        self._array[self._filled : self._filled + len(part)] = part
        self._filled += len(part)

    def finish(self) -> np.ndarray:
        array, self._array = self._array, np.empty(0, dtype=self._array.dtype)
        array.resize(self._filled, refcheck=False)
        return array


def sorted_distinct(keys: np.ndarray) -> np.ndarray:
    """np.unique(keys), sorting them in place: one copy fewer of a large array."""
    keys.sort()
    if not len(keys):
        return keys
    first = np.empty(len(keys), dtype=bool)
    first[0] = True
    np.not_equal(keys[1:], keys[:-1], out=first[1:])
    return keys[first]


class DocumentFeatures:
    """Document frequency of each feature and the (stem, document) keys of the documents'
    own stems, from disjoint runs of sorted (document, feature) keys, documents in order."""

    def __init__(self, n_features: int, stems: int, keywords: np.ndarray, most: int):
        self.frequency = np.zeros(n_features, dtype=np.int64)
        self.own = Buffer(most, np.int64)
        self._stems = stems
        self._keywords = keywords  # (document, stem) of the keywords, sorted
        self._taken = 0

    def add(self, doc_keys: np.ndarray, finished: int) -> None:
        """All the keys of the documents before ``finished`` not added yet (keywords aside)."""
        end = int(np.searchsorted(self._keywords, finished << 32))
        keys = np.union1d(doc_keys, self._keywords[self._taken : end])
        self._taken = end
        # The block's features counted apart, not in a bincount as long as all the features.
        features, counts = np.unique(keys & 0xFFFFFFFF, return_counts=True)
        self.frequency[features] += counts
        own = keys[(keys & 0xFFFFFFFF) < self._stems]
        self.own.write(((own & 0xFFFFFFFF) << 32) | (own >> 32))  # (stem, document)


class Block(NamedTuple):
    first: int  # the number of its first phrasing
    size: int  # phrasings
    tokens: np.ndarray  # their stem ids, one phrasing after another
    phrase: np.ndarray  # the phrasing of each token
    pairs: np.ndarray  # adjacent stems of a phrasing, as id(a) << 32 | id(b)
    pair_phrase: np.ndarray  # the phrasing of each pair


class PhraseBlocks:
    """The phrasings' stems a block of phrasings at a time (each pass makes the blocks anew)."""

    SIZE = 32768

    def __init__(self, tokens: array, lengths: np.ndarray):
        self._tokens = np.frombuffer(tokens, dtype=np.int32) if len(tokens) else np.zeros(0)
        self._lengths = lengths
        self._token_start = np.zeros(len(lengths) + 1, dtype=np.int64)
        np.cumsum(lengths, out=self._token_start[1:])

    def __iter__(self) -> Iterator[Block]:
        for first in range(0, len(self._lengths), self.SIZE):
            last = min(first + self.SIZE, len(self._lengths))
            start, end = self._token_start[first], self._token_start[last]
            tokens = self._tokens[start:end].astype(np.int64)
            phrase = np.repeat(np.arange(first, last, dtype=np.int64), self._lengths[first:last])
            same = phrase[:-1] == phrase[1:]
            pairs = (tokens[:-1][same] << 32) | tokens[1:][same]
            yield Block(first, last - first, tokens, phrase, pairs, phrase[:-1][same])
