"""The prefilter lets through every pattern that matches: it only saves work, never decides."""

from __future__ import annotations

import re

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge.answering.concepts import ConceptTagger
from knowledge.answering.normalize import fold_pattern
from knowledge.answering.prefilter import Prefilter, required_strings
from knowledge.kb.files import DATA_DIR
from tests.set_messages import normalized_set_messages


def _concept_patterns() -> list[re.Pattern[str]]:
    raw = yaml.safe_load((DATA_DIR / "concepts.yaml").read_text("utf-8"))
    return [
        re.compile(fold_pattern(p))
        for spec in raw["concepts"].values()
        for p in spec.get("patterns") or ()
    ]


@pytest.mark.parametrize(
    ("pattern", "strings"),
    [
        (r"\bwork(ing)? permit", {"work permit", "working permit"}),
        (r"\b(visa|viza) fee", {"visa fee", "viza fee"}),
        # A lookahead's words are in the text even though the match is empty.
        (r"^(?!.*\bold)(?=.*\bfine\w*)", {"fine"}),
        (r"разрешени\w* на работ", {"разрешени"}),
    ],
)
def test_the_strings_every_match_needs_are_read_off_the_pattern(pattern, strings):
    assert required_strings(re.compile(pattern)) == strings


@pytest.mark.parametrize(
    "pattern", [r"\w+ \w+", r"^(?!.*visa)", r"\bwp\b", r"(?i)visa", r"(?i:visa)"]
)
def test_a_pattern_that_needs_no_telling_string_is_always_run(pattern):
    prefilter = Prefilter([re.compile(pattern), re.compile("permit")])
    assert prefilter.candidates("nothing here") == {0}


def test_every_concept_pattern_that_matches_a_question_is_let_through():
    patterns = _concept_patterns()
    prefilter = Prefilter(patterns)
    texts = normalized_set_messages()
    assert len(texts) > 1000
    missed = [
        (pattern.pattern, text)
        for text in texts
        for i in prefilter.candidates(text) ^ set(range(len(patterns)))
        if (pattern := patterns[i]).search(text)
    ]
    assert missed == []
    # and it saves work: a question runs a small share of the patterns
    run = sum(len(prefilter.candidates(t)) for t in texts) / len(texts)
    assert run < len(patterns) / 10


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "work",
                "ing",
                " permit",
                "is ",
                "icaze",
                "внж",
                " ",
                "visa",
                "x",
                "на работ",
                "разрешение",
                "vnzh",
                "yasama",
            ]
        ),
        max_size=12,
    )
)
def test_joined_pieces_of_pattern_words_never_lose_a_match(pieces):
    text = "".join(pieces)
    patterns = _PATTERNS
    candidates = _PREFILTER.candidates(text)
    assert all(i in candidates for i, p in enumerate(patterns) if p.search(text))


_PATTERNS = _concept_patterns()
_PREFILTER = Prefilter(_PATTERNS)


def test_the_tagger_still_names_a_permit_in_azerbaijani_and_in_russian():
    raw = yaml.safe_load((DATA_DIR / "concepts.yaml").read_text("utf-8"))
    tagger = ConceptTagger(raw)
    assert tagger.tags("iş icazəsi üçün hansı sənədlər lazımdır") >= {"work_permit"}
    assert "trp" in tagger.tags("skolko stoit внж")
