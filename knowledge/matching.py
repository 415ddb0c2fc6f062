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

import itertools
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Literal

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from .calibration import Calibration
from .charsim import CharProfiles
from .normalize import normalize, stem

Decision = Literal["answer", "clarify", "none"]
OUT_OF_SCOPE_PREFIX = "oos:"

# Function words carry no topic; their stems (folded, cut to five letters) count for little.
# Question words that do carry intent ("much", "long", "сколько", "neçə") are kept.
STOPWORDS = frozenset(
    stem(word)
    for word in """
    i me my we our you your it are am be was do does did can could should would will
    the a an to of in at for with and or if there here this that have has had get
    please pls hi hello thanks what where when how who which
    я мне меня мой моя мы вы ты у в во на с со и или а но ли же бы не это что как где
    когда мне нужно надо можно ли есть по за из для к о об от до здравствуйте привет
    men mene menim biz siz sen ve ile bu o da de ki mi mu mı mü ne harada hara hardan
    haradan necə nece olar olur var salam zehmet
    """.split()
)


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


@dataclass(frozen=True, slots=True)
class MatcherConfig:
    answer_threshold: float = 0.40
    clarify_threshold: float = 0.25
    # The runner-up must trail by this much for a confident answer; otherwise "did you mean".
    answer_margin: float = 0.03
    # Above this the answer is given even when a neighbour scores close.
    sure_threshold: float = 0.75
    # An out-of-scope phrasing this close to the best entry means "none".
    out_of_scope_margin: float = 0.02
    # ... and beyond this lead it is plainly out of scope (no "did you mean" either).
    out_of_scope_clear: float = 0.03
    # A question nobody can answer is called out of scope when a reject phrasing came this
    # close; otherwise it is a gap in the knowledge base (and goes to the admins).
    out_of_scope_near: float = 0.1
    # "Documents?" with no permit named, TRP and PRP documents this close: ask which.
    permit_ambiguity_margin: float = 0.08
    lexical_weight: float = 0.75
    fuzzy_weight: float = 0.25
    language_bonus: float = 0.03
    candidates: int = 8
    suggestions: int = 3
    typo_similarity: float = 0.8
    number_weight: float = 0.5
    bigram_weight: float = 1.0
    answer_text_weight: float = 0.3
    # IDF raised to this power: in a small collection plain IDF lets "how many days can I"
    # outweigh the one word that decides ("evisa").
    idf_power: float = 2.0
    stopword_weight: float = 0.2
    # Factor for an entry about another permit or procedure than the one the question names.
    concept_penalty: float = 0.75
    # Factor for an entry that tells another aspect (cost, documents …) than the one asked.
    aspect_penalty: float = 0.85
    # > 1 favours phrasings the question contains whole over questions a phrasing covers:
    # migrants wrap the question in their story ("my mother is in hospital … can I extend").
    phrase_beta: float = 2.0
    fuzzy_scorer: str = "token_set_ratio"
    # Weight of the character n-gram similarity (charsim.py) blended into the score.
    char_weight: float = 2.0
    # Fitted on held-out phrasings (data/calibration.yaml); without it the thresholds above
    # decide on the raw score alone.
    calibration: Calibration | None = None


@dataclass(frozen=True, slots=True)
class Scored:
    entry_id: str
    score: float
    lang: str
    concepts: frozenset[str] = frozenset()
    # Share of the question's word weight found in this entry's words: low when the
    # question is mostly about something the entry never mentions.
    coverage: float = 0.0


@dataclass(frozen=True, slots=True)
class MatchResult:
    """The decision for one query: the entry to answer with, or the choices to offer."""

    decision: Decision
    entry_id: str | None
    score: float
    candidates: tuple[Scored, ...] = field(default_factory=tuple)
    out_of_scope: str | None = None
    # Share of the question's word weight that no entry knows at all ("joke", "mortgage").
    unknown: float = 0.0
    # The calibrated probability that the best entry is right (None without a calibration).
    confidence: float | None = None
    features: Mapping[str, float] = field(default_factory=dict)

    def suggestions(self, limit: int = 3) -> tuple[str, ...]:
        return tuple(c.entry_id for c in self.candidates[:limit])


_TAGS_AND_PLACEHOLDERS = re.compile(r"<[^>]+>|\{fee:[^}]+\}")


def _plain(answer: str) -> str:
    return _TAGS_AND_PLACEHOLDERS.sub(" ", answer)


def _features(stems: Sequence[str]) -> frozenset[str]:
    """Stems and adjacent stem pairs: pairs make word order count ("срок пребывания")."""
    return frozenset(stems) | frozenset(f"{a}+{b}" for a, b in itertools.pairwise(stems))


class ConceptTagger:
    """Finds the permits and procedures a text names (see data/concepts.yaml)."""

    def __init__(self, raw: Mapping | None = None):
        raw = raw or {}
        self._patterns = {
            name: [re.compile(p) for p in spec.get("patterns") or ()]
            for name, spec in (raw.get("concepts") or {}).items()
        }
        self.categories = {
            name: frozenset(spec.get("categories") or ())
            for name, spec in (raw.get("concepts") or {}).items()
        }
        self._overrides = {k: frozenset(v) for k, v in (raw.get("overrides") or {}).items()}
        self.secondary = frozenset(
            name for name, spec in (raw.get("concepts") or {}).items() if spec.get("secondary")
        )
        # Markers say something about the question (it is about time abroad) without naming
        # a permit: they never make an entry "about something else".
        self.markers = frozenset(
            name for name, spec in (raw.get("concepts") or {}).items() if spec.get("marker")
        )
        # Aspects are what is asked of a procedure (its documents, its cost, its validity):
        # a second axis, compared apart from the permits.
        self.aspects = frozenset(
            name for name, spec in (raw.get("concepts") or {}).items() if spec.get("aspect")
        )

    def conflict(self, named: frozenset[str], entry: frozenset[str]) -> bool:
        """True when the question names what it is about and the entry is about something else.

        Primary concepts (the permit or procedure) decide when the question names one;
        secondary ones (extending) only when it names nothing else.
        """
        named, entry = named - self.markers - self.aspects, entry - self.markers - self.aspects
        named_primary = named - self.secondary
        entry_primary = entry - self.secondary
        if named_primary and entry_primary:
            return not (named_primary & entry_primary)
        return bool(named and entry) and not (named & entry)

    def aspect_conflict(self, named: frozenset[str], entry: frozenset[str]) -> bool:
        """The question asks one thing of a procedure (its cost) and the entry tells another."""
        asked, told = named & self.aspects, entry & self.aspects
        return bool(asked and told) and not (asked & told)

    def tags(self, text: str) -> frozenset[str]:
        normalized = normalize(text)
        found: set[str] = set()
        spans: dict[str, list[tuple[int, int]]] = {}
        for name, patterns in self._patterns.items():
            for pattern in patterns:
                for match in pattern.finditer(normalized):
                    found.add(name)
                    spans.setdefault(name, []).append(match.span())
        for name, hidden in self._overrides.items():
            if name not in found:
                continue
            for other in hidden & found:
                # Drop the hidden concept only where its words overlap the hiding one's.
                if all(any(x < b and a < y for a, b in spans[name]) for x, y in spans[other]):
                    found.discard(other)
        return frozenset(found)

    def for_category(self, category: str) -> frozenset[str]:
        return frozenset(n for n, cats in self.categories.items() if category in cats)


class Index:
    """An inverted index over word stems plus the phrasings for RapidFuzz, rebuilt per KB."""

    def __init__(
        self,
        documents: Iterable[Document],
        config: MatcherConfig | None = None,
        tagger: ConceptTagger | None = None,
    ):
        self.config = config or MatcherConfig()
        self.tagger = tagger or ConceptTagger()
        self._fuzzy_scorers = (
            (fuzz.token_set_ratio, fuzz.token_sort_ratio)
            if self.config.fuzzy_scorer == "blend"
            else (getattr(fuzz, self.config.fuzzy_scorer),)
        )
        self.documents: list[Document] = list(documents)
        self._phrasings: list[tuple[str, ...]] = []
        self._phrase_features: list[list[frozenset[str]]] = []
        self._doc_stems: list[frozenset[str]] = []
        self._answer_stems: list[frozenset[str]] = []
        postings: dict[str, set[int]] = defaultdict(set)
        document_frequency: dict[str, int] = defaultdict(int)
        for number, doc in enumerate(self.documents):
            normalized = tuple(p for p in (normalize(x) for x in doc.phrasings) if p)
            self._phrasings.append(normalized)
            features = [_features([stem(t) for t in p.split()]) for p in normalized]
            self._phrase_features.append(features)
            keyword_stems = {stem(t) for k in doc.keywords for t in normalize(k).split()}
            doc_features = frozenset().union(*features) if features else frozenset()
            self._doc_stems.append(frozenset(keyword_stems) | doc_features)
            answer_stems = frozenset(stem(t) for t in normalize(_plain(doc.answer)).split())
            self._answer_stems.append(answer_stems)
            for feature in doc_features | keyword_stems:
                document_frequency[feature] += 1
            for s in self._doc_stems[-1] | answer_stems:
                if "+" not in s:
                    postings[s].add(number)
        self._postings = {s: tuple(sorted(ids)) for s, ids in postings.items()}
        groups: dict[str, list[str]] = defaultdict(list)
        for number, doc in enumerate(self.documents):
            groups[doc.entry_id].extend(self._phrasings[number])
            groups[doc.entry_id].extend(normalize(k) for k in doc.keywords)
        self._profiles = CharProfiles(groups) if self.config.char_weight else None
        total = max(len(self.documents), 1)
        self._idf = {f: math.log(1 + total / df) for f, df in document_frequency.items()}
        self._max_idf = math.log(1 + total)
        by_initial: dict[str, list[str]] = defaultdict(list)
        for s in self._postings:
            by_initial[s[0]].append(s)
        self._by_initial = {k: tuple(v) for k, v in by_initial.items()}
        self._lookup = lru_cache(maxsize=4096)(self._lookup_uncached)
        # Each phrasing with its features and their total weight, computed once per KB.
        self._phrase_weighted: list[list[tuple[frozenset[str], float]]] = [
            [(features, sum(self._weight(f) for f in features) or 1.0) for features in phrases]
            for phrases in self._phrase_features
        ]

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

    def _weight(self, feature: str) -> float:
        cfg = self.config
        idf = self._idf.get(feature, self._max_idf) ** cfg.idf_power
        if "+" in feature:
            a, _, b = feature.partition("+")
            if a in STOPWORDS or b in STOPWORDS:
                return idf * cfg.bigram_weight * cfg.stopword_weight
            return idf * cfg.bigram_weight
        if feature in STOPWORDS:
            return idf * cfg.stopword_weight
        return idf * (cfg.number_weight if feature.isdigit() else 1.0)

    def search(self, query: str, lang: str | None) -> MatchResult:
        """Score the entries for a query and decide: answer, clarify or none."""
        cfg = self.config
        normalized = normalize(query)
        ordered = [stem(t) for t in normalized.split()]
        query_stems = list(dict.fromkeys(ordered))
        if not query_stems:
            return MatchResult("none", None, 0.0)

        # Each query stem maps to vocabulary stems (typos included) with a similarity factor.
        resolved: dict[str, tuple[tuple[str, float], ...]] = {
            s: self._lookup(s) for s in query_stems
        }
        canonical = [resolved[s][0][0] if resolved[s] else s for s in ordered]
        query_features: dict[str, tuple[tuple[str, float], ...]] = dict(resolved)
        for a, b in itertools.pairwise(canonical):
            pair = f"{a}+{b}"
            if pair in self._idf:
                query_features.setdefault(pair, ((pair, 1.0),))
        weights = {
            f: self._weight(options[0][0]) if options else self._max_idf
            for f, options in query_features.items()
        }
        unigram_total = sum(weights[s] for s in query_stems) or 1.0
        feature_total = sum(weights.values()) or 1.0

        coverage: dict[int, float] = defaultdict(float)
        for s in query_stems:
            for vocab_stem, similarity in resolved[s]:
                for doc_id in self._postings[vocab_stem]:
                    if vocab_stem in self._doc_stems[doc_id]:
                        coverage[doc_id] += weights[s] * similarity
                    else:
                        coverage[doc_id] += weights[s] * similarity * cfg.answer_text_weight
        if not coverage:
            return MatchResult("none", None, 0.0)
        named = self.tagger.tags(query)

        ranked_docs = sorted(coverage, key=coverage.__getitem__, reverse=True)
        matched_weight = self._matched_weights(query_features, weights)
        best: dict[str, Scored] = {}
        for doc_id in ranked_docs[: cfg.candidates * 2]:
            doc = self.documents[doc_id]
            score = self._score_document(
                doc_id,
                normalized,
                query_features,
                weights,
                feature_total,
                coverage[doc_id] / unigram_total,
                matched_weight,
            )
            if lang and doc.lang == lang:
                score += cfg.language_bonus
            if self.tagger.conflict(named, doc.concepts):
                score *= cfg.concept_penalty
            if self.tagger.aspect_conflict(named, doc.concepts):
                score *= cfg.aspect_penalty
            current = best.get(doc.entry_id)
            if current is None or score > current.score:
                best[doc.entry_id] = Scored(
                    doc.entry_id,
                    min(score, 1.0),
                    doc.lang,
                    doc.concepts,
                    min(coverage[doc_id] / unigram_total, 1.0),
                )

        # Whether the words and the letters point to the same entry: when the two views of the
        # question agree, the answer is far more often right (a feature of the confidence).
        agree = 1.0
        if self._profiles is not None:
            similarity = self._profiles.similarity(normalized, best)
            agree = float(
                max(best, key=lambda e: best[e].score) == max(similarity, key=similarity.get)
            )
            blend = cfg.char_weight
            best = {
                entry_id: replace(
                    scored, score=(scored.score + blend * similarity[entry_id]) / (1 + blend)
                )
                for entry_id, scored in best.items()
            }
        ranking = sorted(best.values(), key=lambda s: s.score, reverse=True)
        in_scope = [s for s in ranking if not s.entry_id.startswith(OUT_OF_SCOPE_PREFIX)]
        rejected = next((s for s in ranking if s.entry_id.startswith(OUT_OF_SCOPE_PREFIX)), None)
        unknown = sum(weights[s] for s in query_stems if not resolved[s]) / unigram_total
        return self._decide(in_scope, rejected, named, unknown, agree)

    def _score_document(
        self,
        doc_id: int,
        normalized: str,
        query_features: Mapping[str, tuple[tuple[str, float], ...]],
        weights: Mapping[str, float],
        feature_total: float,
        doc_coverage: float,
        matched_weight: Mapping[str, float] | None = None,
    ) -> float:
        cfg = self.config
        if matched_weight is None:
            matched_weight = self._matched_weights(query_features, weights)
        keys = matched_weight.keys()
        best_phrase = 0.0
        beta2 = cfg.phrase_beta**2
        for features, phrase_weight in self._phrase_weighted[doc_id]:
            hits = keys & features
            if not hits:
                continue
            matched = sum(matched_weight[h] for h in hits)
            recall = matched / phrase_weight
            precision = matched / feature_total
            f_score = (1 + beta2) * recall * precision / (beta2 * precision + recall)
            best_phrase = max(best_phrase, f_score)
        lexical = 0.5 * best_phrase + 0.5 * min(doc_coverage, 1.0)
        fuzzy = 0.0
        phrasings = self._phrasings[doc_id]
        if phrasings:
            if len(self._fuzzy_scorers) == 1:
                match = process.extractOne(normalized, phrasings, scorer=self._fuzzy_scorers[0])
                fuzzy = match[1] / 100 if match else 0.0
            else:
                fuzzy = self._blended_fuzzy(normalized, phrasings)
        return cfg.lexical_weight * lexical + cfg.fuzzy_weight * fuzzy

    @staticmethod
    def _matched_weights(
        query_features: Mapping[str, tuple[tuple[str, float], ...]],
        weights: Mapping[str, float],
    ) -> dict[str, float]:
        """Vocabulary feature → the weight a phrasing containing it earns for this query."""
        matched: dict[str, float] = {}
        for feature, options in query_features.items():
            for vocab_feature, similarity in options:
                value = weights[feature] * similarity
                if value > matched.get(vocab_feature, 0.0):
                    matched[vocab_feature] = value
        return matched

    def _blended_fuzzy(self, normalized: str, phrasings: tuple[str, ...]) -> float:
        """Mean of set and sort ratios per phrasing, best phrasing wins.

        token_set_ratio alone gives 100 to any query whose words a phrasing contains, so a
        one-word question ("documents") would look certain; token_sort_ratio alone punishes
        the long questions migrants write. Their mean keeps both honest.
        """
        best = 0.0
        for phrasing in phrasings:
            score = (
                fuzz.token_set_ratio(normalized, phrasing)
                + fuzz.token_sort_ratio(normalized, phrasing)
            ) / 200
            best = max(best, score)
        return best

    def _ambiguous_permit(self, named: frozenset[str], top: Scored, runner_up: Scored) -> bool:
        """The question names no permit, and the two best entries are about different ones."""
        secondary = self.tagger.secondary | self.tagger.markers
        if named - secondary:
            return False
        secondary |= self.tagger.aspects
        first, second = top.concepts - secondary, runner_up.concepts - secondary
        close = top.score - runner_up.score < self.config.permit_ambiguity_margin
        return bool(first and second and not (first & second) and close)

    def _decide(
        self,
        ranking: list[Scored],
        rejected: Scored | None,
        named: frozenset[str] = frozenset(),
        unknown: float = 0.0,
        agree: float = 1.0,
    ) -> MatchResult:
        cfg = self.config
        candidates = tuple(ranking[: max(cfg.suggestions, cfg.candidates)])
        if not ranking:
            return MatchResult(
                "none", None, 0.0, (), rejected.entry_id if rejected else None, unknown
            )
        top = ranking[0]
        runner_up = ranking[1].score if len(ranking) > 1 else 0.0
        features = {
            "score": top.score,
            "margin": top.score - runner_up,
            "coverage": top.coverage,
            "unknown": unknown,
            "oos_gap": (rejected.score - top.score) if rejected else -0.5,
            "agree": agree,
        }
        confidence = cfg.calibration.probability(features) if cfg.calibration else None

        def result(decision: Decision, oos: str | None = None) -> MatchResult:
            entry_id = top.entry_id if decision == "answer" else None
            return MatchResult(
                decision, entry_id, top.score, candidates, oos, unknown, confidence, features
            )

        rejected_id = rejected.entry_id if rejected else None
        if rejected is not None and rejected.score + cfg.out_of_scope_margin >= top.score:
            # Out of scope wins clearly: say so. A near tie ("visa" alone) is a question we
            # may know: offer the choices, but never answer it outright.
            if rejected.score > top.score + cfg.out_of_scope_clear or (
                top.score < cfg.clarify_threshold
            ):
                return result("none", rejected_id)
            return result("clarify", rejected_id)
        ambiguous = len(ranking) > 1 and self._ambiguous_permit(named, top, ranking[1])
        if confidence is not None:
            if confidence >= cfg.calibration.answer and not ambiguous:
                return result("answer")
            if confidence >= cfg.calibration.clarify:
                return result("clarify")
            near = rejected is not None and rejected.score >= top.score - cfg.out_of_scope_near
            return result("none", rejected_id if near else None)
        if (
            top.score >= cfg.answer_threshold
            and not ambiguous
            and (top.score - runner_up >= cfg.answer_margin or top.score >= cfg.sure_threshold)
        ):
            return result("answer")
        if top.score >= cfg.clarify_threshold:
            return result("clarify")
        return result("none")


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
