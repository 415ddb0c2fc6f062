"""Each candidate document's best phrasing by the features it shares with a question.

A phrasing earns the weight of each of its features the question has (the question's
weights, after typo resolution); its score is the F-measure of what it earned against its
own weight (recall) and the question's (precision), and a document scores by its best
phrasing. One compiled loop (numba) over the candidates' phrasings does what a dozen numpy
calls over gathered copies of them did, in the same float operations (the sums as numpy's
pairwise ``add.reduceat`` adds them), so the scores are the same to the last bit.

A phrasing's features (ascending numbers) are kept in 2-byte words (delta_code). Its stems
come first, each as its difference from the last (the first from 0): one word below 2**15,
else two, the first with its top bit set. Its stem pairs follow, numbered after all the stems;
the first is a difference too, and each after it is, where it can, one word naming it among
the pairs that begin with the same stem: that stem's place among the phrasing's own (5 bits)
and the pair's rank in its run (10 bits); else a two-word difference. At 100× that is about
30 MiB, not the 50 of 4 bytes a feature.
"""

from __future__ import annotations

import numpy as np
from numba import njit

_FILTER_BITS = 4096


@njit(cache=True, nogil=True)
def _lanes(values, begin, n):
    """numpy's pairwise_sum of at most 128 values: eight lanes, then the rest in order."""
    if n < 8:
        total = 0.0
        for i in range(begin, begin + n):
            total += values[i]
        return total
    r0, r1, r2, r3 = values[begin], values[begin + 1], values[begin + 2], values[begin + 3]
    r4, r5, r6, r7 = values[begin + 4], values[begin + 5], values[begin + 6], values[begin + 7]
    i = 8
    while i < n - (n % 8):
        at = begin + i
        r0 += values[at]
        r1 += values[at + 1]
        r2 += values[at + 2]
        r3 += values[at + 3]
        r4 += values[at + 4]
        r5 += values[at + 5]
        r6 += values[at + 6]
        r7 += values[at + 7]
        i += 8
    total = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
    while i < n:
        total += values[begin + i]
        i += 1
    return total


@njit(cache=True, nogil=True)
def _pairwise(values, begin, n):
    """numpy's pairwise sum of values[begin:begin + n]: over 128 values it sums each half
    (cut at a multiple of eight) and adds the two. Without recursion (numba's on-disk cache
    does not keep recursive functions), in the same order of additions."""
    if n <= 128:
        return _lanes(values, begin, n)
    frames = np.empty((64, 3), dtype=np.int64)  # begin, n, halves done
    sums = np.empty(64)
    depth, done = 0, 0
    frames[0, 0], frames[0, 1], frames[0, 2] = begin, n, 0
    depth = 1
    while depth:
        depth -= 1
        at, size, halves = frames[depth, 0], frames[depth, 1], frames[depth, 2]
        if halves:  # both halves summed: the right one on top
            done -= 1
            sums[done - 1] = sums[done - 1] + sums[done]
        elif size <= 128:
            sums[done] = _lanes(values, at, size)
            done += 1
        else:
            half = size // 2
            half -= half % 8
            frames[depth, 2] = 1
            frames[depth + 1, 0], frames[depth + 1, 1], frames[depth + 1, 2] = (
                at + half,
                size - half,
                0,
            )
            frames[depth + 2, 0], frames[depth + 2, 1], frames[depth + 2, 2] = at, half, 0
            depth += 3
    return sums[0]


_WIDE = 2**15  # a difference this large takes two words
_RANK_BITS = 10  # a pair's rank among those that begin with its stem, in one word
_STEM_PLACES = 2 ** (15 - _RANK_BITS)  # ... and that stem's place among the phrasing's


def delta_code(
    features: np.ndarray,
    starts: np.ndarray,
    stems: int,
    pair_start: np.ndarray,
    block: int = 2**18,
) -> tuple[np.ndarray, np.ndarray]:
    """The features (each phrasing's ascending, phrasing p's at starts[p] … starts[p + 1];
    stems below ``stems``, pairs above, the pairs of stem a numbered from
    stems + pair_start[a]) as 2-byte words, and where each phrasing's words start. A pair's
    first stem must be one of the phrasing's own, as it is for the pairs of its words.

    A block of about ``block`` features at a time: the temporaries of the whole array at
    once (8-byte sums, for tens of millions of features) outweighed what is saved.
    """
    phrasings = len(starts) - 1
    words = np.empty(2 * len(features), dtype=np.uint16)
    word_starts = np.zeros(phrasings + 1, dtype=np.int64)
    written = 0
    first = 0
    while first < phrasings:
        last = int(np.searchsorted(starts, int(starts[first]) + block))
        last = min(max(last, first + 1), phrasings)
        begin, end = int(starts[first]), int(starts[last])
        values = features[begin:end].astype(np.int64)
        local = starts[first : last + 1] - begin
        phrase = np.repeat(np.arange(last - first, dtype=np.int64), np.diff(local))
        deltas = values.copy()
        deltas[1:] -= values[:-1]
        heads = local[:-1][local[:-1] < len(values)]
        deltas[heads] = values[heads]  # a phrasing's first difference is from 0
        # After a pair (the feature before is one), a word is read as a pair named by rank.
        after_pair = np.zeros(len(values), dtype=bool)
        after_pair[1:] = values[:-1] >= stems
        after_pair[heads] = False
        ranked = np.flatnonzero(after_pair)
        pair = values[ranked] - stems
        owner = np.searchsorted(pair_start, pair, side="right") - 1
        rank = pair - pair_start[owner]
        # The owner stem's place among the phrasing's stems (which are sorted, and first).
        stem_keys = (phrase << 32) | values
        key = (phrase[ranked] << 32) | owner
        place = np.searchsorted(stem_keys, key) - np.searchsorted(stem_keys, phrase[ranked] << 32)
        fits = (place < _STEM_PLACES) & (rank < 2**_RANK_BITS)
        short = np.where(after_pair, False, deltas < _WIDE)
        short[ranked[fits]] = True
        one = np.where(after_pair, 0, deltas)
        one[ranked[fits]] = (place[fits] << _RANK_BITS) | rank[fits]
        wide = ~short
        # Each feature's first word: its place plus the wide ones before it in the block.
        at = np.arange(len(deltas)) + np.cumsum(wide) - wide
        words[written + at] = np.where(wide, _WIDE | (deltas >> 16), one)
        words[written + at[wide] + 1] = deltas[wide] & 0xFFFF
        before = np.concatenate([[0], np.cumsum(wide)])
        word_starts[first + 1 : last + 1] = written + local[1:] + before[local[1:]]
        written += len(deltas) + int(before[-1])
        first = last
    words.resize(written, refcheck=False)  # in place: the room never written was never used
    narrow = np.int32 if written < 2**31 else np.int64
    return words, word_starts.astype(narrow)


@njit(cache=True, nogil=True)
def best_phrasings(
    doc_ids,
    doc_phrase_start,
    phrase_feature_start,
    phrase_features,
    phrase_weight,
    stems,  # features below are stems, above pairs
    pair_start,  # the pairs of stem a are numbered from stems + pair_start[a]
    query_ids,  # the question's feature numbers, ascending
    query_weights,  # ... and what a phrasing having each earns
    query_total,
    beta2,
):
    """(phrasings, owner, best): the candidates' phrasings in order, the rank of each one's
    document among doc_ids, and each document's best F-measure (0 without phrasings)."""
    n_phrases = 0
    for d in doc_ids:
        n_phrases += doc_phrase_start[d + 1] - doc_phrase_start[d]
    phrases = np.empty(n_phrases, dtype=np.int64)
    owner = np.empty(n_phrases, dtype=np.int64)
    best = np.zeros(len(doc_ids))
    earned = np.empty(64, dtype=np.float64)
    own_stems = np.empty(_STEM_PLACES, dtype=np.int64)  # a phrasing's first stems
    # Most of a phrasing's features are not the question's: a bit per feature number's low
    # bits rules those out before the binary search.
    maybe = np.zeros(_FILTER_BITS, dtype=np.bool_)
    for feature in query_ids:
        maybe[feature & (_FILTER_BITS - 1)] = True
    at = 0
    for rank in range(len(doc_ids)):
        d = doc_ids[rank]
        top = -np.inf
        for p in range(doc_phrase_start[d], doc_phrase_start[d + 1]):
            phrases[at] = p
            owner[at] = rank
            at += 1
            begin, end = phrase_feature_start[p], phrase_feature_start[p + 1]
            if end - begin > len(earned):  # never fewer words than features
                earned = np.empty(2 * (end - begin), dtype=np.float64)
            n = 0
            n_stems = 0
            feature = 0
            k = begin
            while k < end:  # the words (see delta_code)
                word = np.int64(phrase_features[k])
                k += 1
                if word >= _WIDE:
                    feature += ((word - _WIDE) << 16) | np.int64(phrase_features[k])
                    k += 1
                elif feature >= stems:  # after a pair: a pair by its stem's place and rank
                    first_stem = own_stems[word >> _RANK_BITS]
                    feature = stems + pair_start[first_stem] + (word & (2**_RANK_BITS - 1))
                else:
                    feature += word
                if feature < stems and n_stems < _STEM_PLACES:
                    own_stems[n_stems] = feature
                    n_stems += 1
                if not maybe[feature & (_FILTER_BITS - 1)]:
                    earned[n] = 0.0
                    n += 1
                    continue
                place = np.searchsorted(query_ids, feature)
                found = place < len(query_ids) and query_ids[place] == feature
                earned[n] = query_weights[place] if found else 0.0
                n += 1
            # add.reduceat starts from a segment's first value and adds the rest pairwise.
            matched = earned[0] + _pairwise(earned, 1, n - 1) if n else 0.0
            score = 0.0
            if matched > 0:
                recall = matched / phrase_weight[p]
                precision = matched / query_total
                score = (1 + beta2) * recall * precision / (beta2 * precision + recall)
            top = max(top, score)
        if doc_phrase_start[d + 1] > doc_phrase_start[d]:
            best[rank] = top
    return phrases, owner, best
