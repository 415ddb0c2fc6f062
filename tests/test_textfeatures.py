"""The compiled feature hashing (textfeatures.features) against scikit-learn's own analyzers.

The models are trained on scikit-learn's HashingVectorizer blocks; at question time the same
columns and values must come out, to the last bit, or a trained model reads another message.
"""

import math
import random
from collections import Counter

import pytest
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.utils import murmurhash3_32

from knowledge.answering.textfeatures import FEATURES, features, model_text

ANALYZERS = (
    HashingVectorizer(analyzer="char_wb", ngram_range=(2, 5)).build_analyzer(),
    HashingVectorizer(analyzer="word", ngram_range=(1, 2), token_pattern=r"\w+").build_analyzer(),
)


def reference(text: str) -> dict[int, float]:
    out: dict[int, float] = {}
    for block, analyzer in enumerate(ANALYZERS):
        counts = Counter(abs(murmurhash3_32(g, seed=0)) % FEATURES for g in analyzer(text))
        weights = {k: math.log1p(v) for k, v in counts.items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        for k, w in weights.items():
            out[block * FEATURES + k] = w / norm
    return out


TEXTS = [
    "",
    "a",
    "a a a b",
    "skolko stoit vnj?",
    "İş icazəsi neçəyədir, 2 il",
    "Паспорт забрали!!  \t\n  помогите",
    "emoji 😀 and 4-byte 𝔘 letters, ŞƏXSİYYƏT",
    "x" * 300,
]


@pytest.mark.parametrize("text", TEXTS)
def test_features_are_scikit_learns(text):
    for reading in (text, model_text(text)):
        mine = features(reading)
        assert list(mine.items()) == list(reference(reading).items())


def test_features_of_random_texts_are_scikit_learns():
    rng = random.Random(5)
    letters = "abcçdeəfgğhxıijkqlmnoöprsştuüvyzабвгдеёжзийклмнопрстуфхцчшщъыьэюя0123456789 ,.?!'-"
    for _ in range(300):
        text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 120)))
        assert list(features(text).items()) == list(reference(text).items())
