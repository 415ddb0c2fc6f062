"""Each candidate document's best phrasing by the features it shares with a question.

A phrasing earns the weight of each of its features the question has (the question's
weights, after typo resolution); its score is the F-measure of what it earned against its
own weight (recall) and the question's (precision), and a document scores by its best
phrasing. One compiled loop (numba) over the candidates' phrasings does what a dozen numpy
calls over gathered copies of them did, in the same float operations (the sums as numpy's
pairwise ``add.reduceat`` adds them), so the scores are the same to the last bit.
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


@njit(cache=True, nogil=True)
def best_phrasings(
    doc_ids,
    doc_phrase_start,
    phrase_feature_start,
    phrase_features,
    phrase_weight,
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
            if end - begin > len(earned):
                earned = np.empty(2 * (end - begin), dtype=np.float64)
            for k in range(begin, end):
                feature = phrase_features[k]
                if not maybe[feature & (_FILTER_BITS - 1)]:
                    earned[k - begin] = 0.0
                    continue
                place = np.searchsorted(query_ids, feature)
                found = place < len(query_ids) and query_ids[place] == feature
                earned[k - begin] = query_weights[place] if found else 0.0
            n = end - begin
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
