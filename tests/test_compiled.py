"""The matcher's compiled loops (numba): they load from the on-disk cache as well as they
compile, and the sums they replicate are numpy's to the last bit."""

import subprocess
import sys
import textwrap

import numpy as np

from knowledge.answering.phrasescores import _pairwise, best_phrasings, delta_code

ROUND_TRIP = textwrap.dedent(
    """
    import numpy as np
    from knowledge.answering.phrasescores import best_phrasings, delta_code
    from knowledge.answering.textfeatures import features
    from knowledge.answering.tokenset import TokenSets

    sets = TokenSets([["work permit fee", "how much is a work permit"], ["visa on arrival"]])
    print(sets.best("permit fee", np.arange(3), np.array([0, 0, 1])).tolist())
    print(sorted(features("skolko stoit vnj | сколько стоит внж").items())[:3])
    pair_start = np.zeros(6, dtype=np.int64)
    words, starts = delta_code(
        np.array([1, 2, 3, 1, 4]), np.array([0, 2, 3, 5]), 5, pair_start
    )
    print(best_phrasings(
        np.array([0, 1]), np.array([0, 2, 3]), starts, words, np.ones(3) * 2.0, 5,
        pair_start, np.array([1, 4], dtype=np.int32), np.array([0.5, 1.5]), 2.0, 4.0,
    )[2].tolist())
    """
)


def test_the_compiled_loops_give_the_same_after_loading_from_the_cache():
    # The first run may compile and write the cache, the second loads it: a function numba
    # cannot keep on disk crashes the process there (a recursive one did).
    runs = [
        subprocess.run(
            [sys.executable, "-c", ROUND_TRIP], capture_output=True, text=True, timeout=300
        )
        for _ in range(2)
    ]
    assert [r.returncode for r in runs] == [0, 0], runs[-1].stderr[-2000:]
    assert runs[0].stdout == runs[1].stdout
    assert runs[0].stdout.splitlines()[0].startswith("[1.0, ")  # a subset scores 100


def test_segment_sums_are_numpys_pairwise_add_reduceat():
    rng = np.random.default_rng(0)
    lengths = rng.integers(1, 3000, size=60)
    values = rng.standard_normal(lengths.sum()) * 1e8 + rng.standard_normal(lengths.sum())
    starts = np.cumsum(lengths) - lengths
    expected = np.add.reduceat(values, starts)
    mine = [
        values[s] + _pairwise(values, s + 1, n - 1) for s, n in zip(starts, lengths, strict=True)
    ]
    assert mine == expected.tolist()


def _best_phrasings_in_numpy(
    doc_ids, doc_start, feature_start, features, weight, ids, earn, total
):
    """The matcher's numpy version of best_phrasings (before it was compiled), beta 2."""
    best = []
    for d in doc_ids:
        scores = []
        for p in range(doc_start[d], doc_start[d + 1]):
            own = features[feature_start[p] : feature_start[p + 1]]
            place = np.minimum(np.searchsorted(ids, own), len(ids) - 1)
            matched = np.add.reduceat(np.where(ids[place] == own, earn[place], 0.0), [0])[0]
            recall, precision = matched / weight[p], matched / total
            scores.append(5 * recall * precision / (4 * precision + recall) if matched else 0.0)
        best.append(max(scores) if scores else 0.0)
    return best


def test_best_phrasings_are_the_numpy_f_measures():
    rng = np.random.default_rng(3)
    counts = rng.integers(0, 6, size=30)  # phrasings per document, some none
    doc_start = np.concatenate([[0], np.cumsum(counts)])
    lengths = rng.integers(1, 200, size=int(doc_start[-1]))  # about twice its stems
    # Each phrasing's features ascending and distinct, as the index keeps them: its stems,
    # then pairs that begin with one of them (stem a's pairs numbered from stems +
    # pair_start[a]); so many stems that some differences take two words.
    stems = 150_000
    pair_start = np.concatenate([[0], np.cumsum(rng.integers(0, 40, size=stems))])

    def phrasing(n: int) -> np.ndarray:
        own = rng.choice(stems, size=max(1, n // 2), replace=False)
        pairs = [
            stems + pair_start[a] + rng.integers(0, pair_start[a + 1] - pair_start[a])
            for a in own
            if pair_start[a + 1] > pair_start[a]
        ]
        return np.unique(np.concatenate([own, pairs]))

    texts = [phrasing(int(n)) for n in lengths]
    feature_start = np.concatenate([[0], np.cumsum([len(t) for t in texts])])
    features = np.concatenate(texts).astype(np.int64)
    words, word_start = delta_code(features, feature_start, stems, pair_start, block=97)
    assert (words >= 2**15).any() and (features >= stems).any()
    weight = rng.uniform(1, 40, size=len(lengths))
    ids = np.unique(rng.choice(features, size=60)).astype(np.int32)
    earn = rng.uniform(0.1, 3, size=len(ids))
    doc_ids = rng.permutation(30)[:20]
    phrases, owner, best = best_phrasings(
        doc_ids, doc_start, word_start, words, weight, stems, pair_start, ids, earn, 17.0, 4.0
    )
    assert best.tolist() == _best_phrasings_in_numpy(
        doc_ids, doc_start, feature_start, features, weight, ids, earn, 17.0
    )
    assert phrases.tolist() == [p for d in doc_ids for p in range(doc_start[d], doc_start[d + 1])]
    assert owner.tolist() == [r for r, d in enumerate(doc_ids) for _ in range(counts[d])]
