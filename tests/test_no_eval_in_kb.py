"""The knowledge base holds no evaluation question: the bot is measured on sets nobody on
the team has seen, and a phrasing copied from a set would flatter its figures on that set
only. Checked against the in-repo blind sets (benchmarks/data); the team's development sets
beside the repository were checked the same way when these phrasings were cleaned."""

from __future__ import annotations

import json

import yaml
from rapidfuzz import fuzz, process

from knowledge.answering.normalize import normalize
from knowledge.kb.files import DATA_DIR
from tests.set_messages import normalized_set_messages

# Two wordings this alike differ by a question mark, a letter or a word's ending.
COPIED = 90


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _phrasings() -> list[str]:
    found: list[str] = []
    for path in sorted((DATA_DIR / "faq").glob("*.yaml")):
        for entry in yaml.safe_load(path.read_text("utf-8"))["entries"]:
            for translation in entry["translations"].values():
                found += translation.get("alternates") or []
    found += _strings(yaml.safe_load((DATA_DIR / "out_of_scope.yaml").read_text("utf-8")))
    for line in (DATA_DIR / "danger_examples.jsonl").read_text("utf-8").splitlines():
        found.append(json.loads(line)["q"])
    # Greetings and the like are too short to be anyone's own wording.
    return [p for p in found if len(p) >= 15]


def test_no_phrasing_of_the_knowledge_base_copies_an_evaluation_question():
    questions = normalized_set_messages()
    assert len(questions) > 1000
    copied = []
    for phrasing in _phrasings():
        match = process.extractOne(normalize(phrasing), questions, scorer=fuzz.ratio)
        if match and match[1] >= COPIED:
            copied.append(phrasing)
    assert copied == []
