"""The documents the index is built from: an entry in one language, or an out-of-scope subject.

The index scores documents, not entries: an entry's phrasings in one language are one
document, so a question can lean towards the phrasings in the language it is written in. The
out-of-scope phrasings (renting, taxes …) are documents too, under OUT_OF_SCOPE_PREFIX: they
are ranked like any entry, so that a question closest to one of them gets "none" rather than
a confident wrong answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from knowledge.answering.concepts import ConceptTagger

OUT_OF_SCOPE_PREFIX = "oos:"


@dataclass(frozen=True, slots=True)
class Document:
    """What the index knows of one entry in one language."""

    entry_id: str
    lang: str
    phrasings: tuple[str, ...]
    keywords: tuple[str, ...] = ()
    # The answer text counts for less: it names details (a group, a document) that people
    # ask about, but also much that they do not.
    answer: str = ""
    concepts: frozenset[str] = frozenset()

    @property
    def in_scope(self) -> bool:
        return not self.entry_id.startswith(OUT_OF_SCOPE_PREFIX)


_TAGS_AND_PLACEHOLDERS = re.compile(r"<[^>]+>|\{fee:[^}]+\}")


def plain(answer: str) -> str:
    return _TAGS_AND_PLACEHOLDERS.sub(" ", answer)


def documents_for(
    entries: Iterable,
    out_of_scope: Mapping[str, Mapping[str, Sequence[str]]],
    tagger: ConceptTagger | None = None,
):
    """Index documents for FAQ entries (published ones) and for the out-of-scope phrasings."""
    tagger = tagger or ConceptTagger()
    for entry in entries:
        if not entry.live:
            continue
        concepts = tagger.for_category(entry.category).union(
            *(tagger.tags(tr.question) for tr in entry.translations.values())
        )
        for lang, tr in entry.translations.items():
            yield Document(
                entry.id, lang, (tr.question, *tr.alternates), tr.keywords, tr.answer, concepts
            )
    for topic, by_lang in out_of_scope.items():
        for lang, phrasings in by_lang.items():
            yield Document(OUT_OF_SCOPE_PREFIX + topic, lang, tuple(phrasings))
