"""The compiled token_set_ratio (knowledge/answering/tokenset.py) against RapidFuzz's own.

The matcher reads only each document's best phrasing, so that must be RapidFuzz's ratio to
the last bit; any other phrasing may be scored lower, never higher.
"""

import random

import numpy as np
import pytest
from rapidfuzz import fuzz

from knowledge.answering.tokenset import TokenSets

# Short words share letters and words often; long ones make ab and ba strings over 64 letters
# (more than one word of the bit-parallel LCS); Azerbaijani and Cyrillic letters and a lone
# surrogate are code points outside one byte.
WORDS = [
    "a",
    "ab",
    "ba",
    "abc",
    "bca",
    "icazə",
    "iş",
    "ВНЖ",
    "вид",
    "на",
    "жительство",
    "şəxsiyyət",
    "qeydiyyat",
    "registration",
    "residence",
    "permit",
    "\ud800x",
    "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy",
    "zz",
    "müddəti",
    "uzadılması",
]


def _text(rng: random.Random, most: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, most)))


@pytest.mark.parametrize("seed", range(40))
def test_best_of_each_document_is_rapidfuzz_token_set_ratio(seed):
    rng = random.Random(seed)
    groups = [[_text(rng, 9) for _ in range(rng.randint(1, 6))] for _ in range(12)]
    sets = TokenSets(groups)
    numbers, owners, start = [], [], 0
    for doc, phrasings in enumerate(groups):
        if rng.random() < 0.8:  # the candidates: some documents only
            numbers.extend(range(start, start + len(phrasings)))
            owners.extend([doc] * len(phrasings))
        start += len(phrasings)
    if not numbers:
        return
    # owner is the candidate document's rank (0, 1 …), as the matcher passes it.
    ranks = {doc: rank for rank, doc in enumerate(dict.fromkeys(owners))}
    owner = np.array([ranks[d] for d in owners])
    flat = [p for phrasings in groups for p in phrasings]
    for query in [_text(rng, 12) for _ in range(15)] + ["", "unknownword ВНЖ", flat[numbers[0]]]:
        scores = sets.best(query, np.array(numbers), owner)
        expected = np.array([fuzz.token_set_ratio(query, flat[n]) / 100 for n in numbers])
        assert np.all(scores <= expected + 1e-12), query
        for rank in set(owner.tolist()):
            mine = owner == rank
            assert scores[mine].max() == expected[mine].max(), (query, rank)
