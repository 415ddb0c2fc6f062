"""The answer engine: an index over every phrasing of every entry, and one decision.

Scoring has three parts, all on folded text:
- lexical: how much of the query's weight (IDF of word stems) the entry's phrasings cover, and
  how much of the closest phrasing the query covers; typos reach the vocabulary through
  RapidFuzz on single words;
- fuzzy: RapidFuzz similarity between the query and the entry's closest phrasings;
- a small bonus for phrasings in the language the user writes in.
The result is a confidence in [0, 1]; thresholds turn it into answer, clarify or none. Phrasings
of out-of-scope subjects (renting, taxes …) are indexed as a reject class: when one of them
is the closest match the decision is "none", never a confident wrong answer.

Only entries sharing a word stem with the query are scored, so the cost per question grows
with the number of matching entries, not with the size of the knowledge base.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from .normalize import normalize, stem

Decision = Literal["answer", "clarify", "none"]
OUT_OF_SCOPE_PREFIX = "oos:"


@dataclass(frozen=True, slots=True)
class Document:
    """What the index knows of one entry in one language."""

    entry_id: str
    lang: str
    phrasings: tuple[str, ...]
    keywords: tuple[str, ...] = ()

    @property
    def in_scope(self) -> bool:
        return not self.entry_id.startswith(OUT_OF_SCOPE_PREFIX)


@dataclass(frozen=True, slots=True)
class MatcherConfig:
    answer_threshold: float = 0.56
    clarify_threshold: float = 0.38
    # The runner-up must trail by this much for a confident answer; otherwise "did you mean".
    answer_margin: float = 0.06
    # Above this the answer is given even when a neighbour scores close.
    sure_threshold: float = 0.80
    # An out-of-scope phrasing this close to the best entry means "none".
    out_of_scope_margin: float = 0.02
    lexical_weight: float = 0.6
    fuzzy_weight: float = 0.4
    language_bonus: float = 0.03
    candidates: int = 12
    suggestions: int = 3
    typo_similarity: float = 0.8
    number_weight: float = 0.5


@dataclass(frozen=True, slots=True)
class Scored:
    entry_id: str
    score: float
    lang: str


@dataclass(frozen=True, slots=True)
class MatchResult:
    """The decision for one query: the entry to answer with, or the choices to offer."""

    decision: Decision
    entry_id: str | None
    score: float
    candidates: tuple[Scored, ...] = field(default_factory=tuple)
    out_of_scope: str | None = None

    def suggestions(self, limit: int = 3) -> tuple[str, ...]:
        return tuple(c.entry_id for c in self.candidates[:limit])


def _stems(text: str) -> list[str]:
    return [stem(token) for token in normalize(text).split()]


class Index:
    """An inverted index over word stems plus the phrasings for RapidFuzz, rebuilt per KB."""

    def __init__(self, documents: Iterable[Document], config: MatcherConfig | None = None):
        self.config = config or MatcherConfig()
        self.documents: list[Document] = list(documents)
        self._phrasings: list[tuple[str, ...]] = []
        self._phrasing_stems: list[list[frozenset[str]]] = []
        postings: dict[str, set[int]] = defaultdict(set)
        for number, doc in enumerate(self.documents):
            normalized = tuple(p for p in (normalize(x) for x in doc.phrasings) if p)
            keywords = tuple(k for k in (normalize(x) for x in doc.keywords) if k)
            self._phrasings.append(normalized)
            stem_sets = [frozenset(stem(t) for t in p.split()) for p in normalized]
            self._phrasing_stems.append(stem_sets)
            for stems in stem_sets:
                for s in stems:
                    postings[s].add(number)
            for keyword in keywords:
                for token in keyword.split():
                    postings[stem(token)].add(number)
        self._postings = {s: tuple(sorted(ids)) for s, ids in postings.items()}
        total = max(len(self.documents), 1)
        self._idf = {s: math.log(1 + total / len(ids)) for s, ids in self._postings.items()}
        self._max_idf = math.log(1 + total)
        by_initial: dict[str, list[str]] = defaultdict(list)
        for s in self._postings:
            by_initial[s[0]].append(s)
        self._by_initial = {k: tuple(v) for k, v in by_initial.items()}
        self._lookup = lru_cache(maxsize=4096)(self._lookup_uncached)

    def __len__(self) -> int:
        return len(self.documents)

    @property
    def entry_ids(self) -> set[str]:
        return {d.entry_id for d in self.documents if d.in_scope}

    def _lookup_uncached(self, query_stem: str) -> tuple[tuple[str, float], ...]:
        """Vocabulary stems a query stem stands for: itself, or near spellings of it."""
        if query_stem in self._postings:
            return ((query_stem, 1.0),)
        if len(query_stem) < 4 or query_stem.isdigit():
            return ()
        pool = self._by_initial.get(query_stem[0], ())
        matches = process.extract(
            query_stem,
            pool,
            scorer=Levenshtein.normalized_similarity,
            score_cutoff=self.config.typo_similarity,
            limit=2,
        )
        return tuple((candidate, similarity) for candidate, similarity, _ in matches)

    def _weight(self, vocab_stem: str) -> float:
        idf = self._idf.get(vocab_stem, self._max_idf)
        return idf * (self.config.number_weight if vocab_stem.isdigit() else 1.0)

    def search(self, query: str, lang: str | None) -> MatchResult:
        """Score the entries for a query and decide: answer, clarify or none."""
        cfg = self.config
        normalized = normalize(query)
        query_stems = list(dict.fromkeys(stem(t) for t in normalized.split()))
        if not query_stems:
            return MatchResult("none", None, 0.0)

        # Each query stem maps to vocabulary stems (typos included) with a similarity factor.
        resolved: dict[str, tuple[tuple[str, float], ...]] = {
            s: self._lookup(s) for s in query_stems
        }
        query_weight = {
            s: (self._weight(resolved[s][0][0]) if resolved[s] else self._max_idf)
            for s in query_stems
        }
        total_weight = sum(query_weight.values()) or 1.0

        coverage: dict[int, float] = defaultdict(float)
        for s in query_stems:
            for vocab_stem, similarity in resolved[s]:
                for doc_id in self._postings[vocab_stem]:
                    coverage[doc_id] += query_weight[s] * similarity
        if not coverage:
            return MatchResult("none", None, 0.0)

        ranked_docs = sorted(coverage, key=coverage.__getitem__, reverse=True)
        best: dict[str, Scored] = {}
        seen_entries: set[str] = set()
        for doc_id in ranked_docs:
            doc = self.documents[doc_id]
            if doc.entry_id not in seen_entries and len(seen_entries) >= cfg.candidates * 2:
                continue
            seen_entries.add(doc.entry_id)
            score = self._score_document(
                doc_id, normalized, query_stems, resolved, query_weight, total_weight,
                coverage[doc_id] / total_weight,
            )
            if lang and doc.lang == lang:
                score += cfg.language_bonus
            current = best.get(doc.entry_id)
            if current is None or score > current.score:
                best[doc.entry_id] = Scored(doc.entry_id, min(score, 1.0), doc.lang)

        ranking = sorted(best.values(), key=lambda s: s.score, reverse=True)
        in_scope = [s for s in ranking if not s.entry_id.startswith(OUT_OF_SCOPE_PREFIX)]
        rejected = next((s for s in ranking if s.entry_id.startswith(OUT_OF_SCOPE_PREFIX)), None)
        return self._decide(in_scope, rejected)

    def _score_document(
        self,
        doc_id: int,
        normalized: str,
        query_stems: Sequence[str],
        resolved: Mapping[str, tuple[tuple[str, float], ...]],
        query_weight: Mapping[str, float],
        total_weight: float,
        doc_coverage: float,
    ) -> float:
        cfg = self.config
        best_phrase = 0.0
        for stems in self._phrasing_stems[doc_id]:
            if not stems:
                continue
            matched_query = 0.0
            hit: set[str] = set()
            for s in query_stems:
                for vocab_stem, similarity in resolved[s]:
                    if vocab_stem in stems:
                        matched_query += query_weight[s] * similarity
                        hit.add(vocab_stem)
                        break
            if not hit:
                continue
            phrase_weight = sum(self._weight(s) for s in stems)
            recall = sum(self._weight(s) for s in hit) / phrase_weight
            precision = matched_query / total_weight
            best_phrase = max(best_phrase, 2 * recall * precision / (recall + precision))
        lexical = 0.5 * best_phrase + 0.5 * doc_coverage
        fuzzy = 0.0
        phrasings = self._phrasings[doc_id]
        if phrasings:
            match = process.extractOne(normalized, phrasings, scorer=fuzz.token_sort_ratio)
            fuzzy = match[1] / 100 if match else 0.0
        return cfg.lexical_weight * lexical + cfg.fuzzy_weight * fuzzy

    def _decide(self, ranking: list[Scored], rejected: Scored | None) -> MatchResult:
        cfg = self.config
        candidates = tuple(ranking[: max(cfg.suggestions, cfg.candidates)])
        if not ranking:
            return MatchResult(
                "none", None, 0.0, (), rejected.entry_id if rejected else None
            )
        top = ranking[0]
        if rejected is not None and rejected.score + cfg.out_of_scope_margin >= top.score:
            return MatchResult("none", None, top.score, candidates, rejected.entry_id)
        runner_up = ranking[1].score if len(ranking) > 1 else 0.0
        if top.score >= cfg.answer_threshold and (
            top.score - runner_up >= cfg.answer_margin or top.score >= cfg.sure_threshold
        ):
            return MatchResult("answer", top.entry_id, top.score, candidates)
        if top.score >= cfg.clarify_threshold:
            return MatchResult("clarify", None, top.score, candidates)
        return MatchResult("none", None, top.score, candidates)


def documents_for(entries: Iterable, out_of_scope: Mapping[str, Mapping[str, Sequence[str]]]):
    """Index documents for FAQ entries (published ones) and for the out-of-scope phrasings."""
    for entry in entries:
        if not entry.published:
            continue
        for lang, tr in entry.translations.items():
            yield Document(entry.id, lang, (tr.question, *tr.alternates), tr.keywords)
    for topic, by_lang in out_of_scope.items():
        for lang, phrasings in by_lang.items():
            yield Document(OUT_OF_SCOPE_PREFIX + topic, lang, tuple(phrasings))
