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
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from knowledge.answering.buildarrays import (
    Buffer,
    DocumentFeatures,
    PhraseBlocks,
    members,
    narrowest,
    offsets,
    sorted_distinct,
)
from knowledge.answering.calibration import Calibration
from knowledge.answering.charsim import CharProfiles, GroupTexts
from knowledge.answering.concepts import ConceptTagger
from knowledge.answering.documents import OUT_OF_SCOPE_PREFIX, Document, plain
from knowledge.answering.memory import release_free_memory
from knowledge.answering.normalize import normalize, stem
from knowledge.answering.phrasescores import best_phrasings, delta_code
from knowledge.answering.ranker import MAX_CLASSES, Ranker, train_ranker
from knowledge.answering.tokenset import PhrasingWords, TokenSets

Decision = Literal["answer", "clarify", "none"]
# A question of this many content words or fewer names at most a subject and an aspect.
SHORT_QUESTION = 3

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
    # Two entries this close are a real choice ("registration" alone: its fee, its period or
    # its status?): the bot asks, however sure the model is that the question is ours.
    near_tie: float = 0.02
    # A "did you mean" whose first choice is the one entry about both the permit the question
    # names and what it asks of it is answered from this confidence on (see _decide_calibrated).
    named_answer: float = 0.4
    # A "did you mean" whose first choice leads the second by this much is answered from
    # clear_lead_confidence on (0: never); see Index._clear_lead. On every development set
    # (14,743 questions): 0.15 +4 right, 0.12 +13, 0.10 +19, none wrong or out of scope;
    # 0.08 +28 and 2 wrong.
    clear_lead: float = 0.10
    clear_lead_confidence: float = 0.55
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
    # Weight of the learned ranker's probability (ranker.py) added to the score; 0 = none.
    ranker_weight: float = 0.3
    # ... and for a message of at least long_message_stems distinct words: a story spreads its
    # words over a dozen entries, and what the ranker learned of how each is asked weighs more.
    long_ranker_weight: float = 0.45
    long_message_stems: int = 20
    # The ranker's best few classes are scored even when the question's words reached other
    # documents first: in a long story, a dozen documents share its words ahead of the one it asks.
    ranker_candidates: int = 2
    # The entries about both the permit a question names and what it asks of it are scored
    # even when its words reached others first, if there are at most this many (0: never).
    carrier_candidates: int = 3
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
    # The score before the learned ranker's share: whether the question's own words tell two
    # entries apart (the ranker also leans on what their other phrasings usually ask).
    worded: float = 0.0


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
    # The best entry ties with the next one, or they are about different permits and the
    # question names none: only the person can choose.
    tied: bool = False

    def suggestions(self, limit: int = 3) -> tuple[str, ...]:
        return tuple(c.entry_id for c in self.candidates[:limit])


# Kinds of feature, for their weights (see Index._scaled_weight).
_PLAIN, _DIGITS, _STOP, _PAIR, _PAIR_STOP = range(5)
_KINDS = 5


# See Index._clear_lead.
CLEAR_LEAD_COVERAGE = 0.5
CLEAR_LEAD_OUT_OF_SCOPE_GAP = 0.2


# Shorter words are not corrected: four letters one off ("viza", "vize") are other words as
# often as they are typos.
MISSPELT_LENGTH = 5


class Index:
    """An inverted index over word stems plus the phrasings for RapidFuzz, rebuilt per KB.

    Features (word stems and adjacent stem pairs) are numbered rather than kept as strings
    and per-phrasing sets: at 100× the shipped size the sets alone took most of a gigabyte.
    Stems get ids in order of first sight; a pair (a, b) is the key ``id(a) << 32 | id(b)``
    in one sorted array, and its feature id is ``len(stems)`` plus its place there. Each
    phrasing's features are one sorted slice of a flat array (CSR layout), so a question
    scores all the phrasings of its candidate documents in a few numpy operations.
    """

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
        # Normalized phrasings per document, for RapidFuzz (see below) when the scorer needs
        # their text. The n-gram profiles and token_set_ratio take them as word numbers as
        # they come: at 100× the strings, held through the build, were 200 MiB.
        self._phrasings: list[tuple[str, ...]] = []
        # token_set_ratio reads a phrasing as the set of its words: kept as word numbers,
        # without a string per phrasing (tokenset.py scores them as RapidFuzz would).
        token_words = PhrasingWords() if self._fuzzy_scorers == (fuzz.token_set_ratio,) else None
        # An entry's phrasings and keywords, in all its languages, make its n-gram profile.
        char_texts = GroupTexts() if self.config.char_weight else None
        stem_ids: dict[str, int] = {}
        tokens = array("i")  # the stem ids of every phrasing, one after another
        phrase_lengths = array("i")
        doc_phrase_counts: list[int] = []
        keyword_docs, keyword_stems = array("i"), array("i")
        answer_docs, answer_stems = array("i"), array("i")

        def ids(words: Iterable[str]) -> list[int]:
            return [stem_ids.setdefault(stem(t), len(stem_ids)) for t in words]

        for number, doc in enumerate(self.documents):
            normalized = tuple(p for p in (normalize(x) for x in doc.phrasings) if p)
            doc_phrase_counts.append(len(normalized))
            for phrasing in normalized:
                words = ids(phrasing.split())
                tokens.extend(words)
                phrase_lengths.append(len(words))
                if token_words is not None:
                    token_words.add(phrasing)
            if token_words is None:
                self._phrasings.append(normalized)
            keyword_texts = [normalize(k) for k in doc.keywords]
            if char_texts is not None:
                char_texts.add(doc.entry_id, (*normalized, *keyword_texts))
            found = ids(t for k in keyword_texts for t in k.split())
            keyword_stems.extend(found)
            keyword_docs.extend([number] * len(found))
            found = ids(normalize(plain(doc.answer)).split())
            answer_stems.extend(found)
            answer_docs.extend([number] * len(found))
        self._stem_ids = stem_ids
        # The KB's words by initial: a question's word it does not know is read as its nearest
        # spelling among them ("regstracia" as "registraciya"), so that the concepts a
        # misspelt word names are found too.
        words_by_initial: dict[str, list[str]] = defaultdict(list)
        for word in token_words.numbers if token_words is not None else ():
            if len(word) >= MISSPELT_LENGTH:
                words_by_initial[word[0]].append(word)
        self._words_by_initial = {k: tuple(v) for k, v in words_by_initial.items()}
        del words_by_initial
        stems = len(stem_ids)
        n_docs = len(self.documents)

        lengths = np.array(phrase_lengths, dtype=np.int64)
        del phrase_lengths
        phrase_count = len(lengths)
        doc_phrase_start = np.zeros(n_docs + 1, dtype=np.int64)
        np.cumsum(doc_phrase_counts, out=doc_phrase_start[1:])
        self._doc_phrase_start = doc_phrase_start
        doc_of_phrase = np.repeat(np.arange(n_docs, dtype=np.int64), doc_phrase_counts)
        # Phrasings are taken a block at a time: at 100× the whole KB's 64-bit keys and their
        # sorted copies were the build's high-water mark, some hundreds of MiB.
        blocks = PhraseBlocks(tokens, lengths)
        del tokens
        # Adjacent stems of the same phrasing make the pair features.
        pair_count = int(lengths.sum()) - int(np.count_nonzero(lengths))
        pair_buffer = Buffer(pair_count, np.int64)
        for block in blocks:
            pair_buffer.write(np.unique(block.pairs))
        pair_keys = sorted_distinct(pair_buffer.finish())
        del pair_buffer
        n_features = stems + len(pair_keys)

        # (phrasing, feature) without repeats, sorted: each phrasing's features as a set.
        most_features = pair_count + int(lengths.sum())
        phrase_features = Buffer(most_features, narrowest(n_features, signed=True))
        feature_counts = np.zeros(phrase_count + 1, dtype=offsets(most_features))
        keywords = np.unique(
            (np.array(keyword_docs, dtype=np.int64) << 32)
            | np.array(keyword_stems, dtype=np.int64)
        )
        del keyword_docs, keyword_stems
        # (document, feature) the same for each document, with its keywords, made per block
        # too: a block's documents are finished but its last, whose keys go on to the next
        # block, so the blocks' sets are disjoint and in order.
        counted = DocumentFeatures(n_features, stems, keywords, most_features + len(keywords))
        carried = np.zeros(0, dtype=np.int64)
        for block in blocks:
            pair_number = np.searchsorted(pair_keys, block.pairs)
            phrase_feature = np.unique(
                np.concatenate(
                    [
                        (block.phrase << 32) | block.tokens,
                        (block.pair_phrase << 32) | (stems + pair_number),
                    ]
                )
            )
            features = phrase_feature & 0xFFFFFFFF
            phrase_features.write(features)
            feature_counts[block.first + 1 : block.first + block.size + 1] = np.bincount(
                (phrase_feature >> 32) - block.first, minlength=block.size
            )
            end = block.first + block.size
            finished = int(doc_of_phrase[end]) if end < phrase_count else n_docs
            doc_keys = np.unique(
                np.concatenate([carried, (doc_of_phrase[phrase_feature >> 32] << 32) | features])
            )
            carried = doc_keys[np.searchsorted(doc_keys, finished << 32) :]
            counted.add(doc_keys[: len(doc_keys) - len(carried)], finished)
        counted.add(carried, n_docs)
        document_frequency, own = counted.frequency, counted.own.finish()
        del counted, blocks, doc_of_phrase, carried, keywords
        # A pair (a, b) is kept as b among the pairs that begin with a: those of stem a are
        # _pair_second[_pair_start[a] : _pair_start[a + 1]], ascending, the sorted keys'
        # order, in 2 bytes a pair while the stems fit (not 4 for the whole key).
        self._pair_start = np.searchsorted(pair_keys, np.arange(stems + 1, dtype=np.int64) << 32)
        self._pair_second = (pair_keys & 0xFFFFFFFF).astype(narrowest(stems))
        del pair_keys
        self._phrase_features = phrase_features.finish()
        del phrase_features
        # The counts summed in place into the offsets.
        self._phrase_feature_start = np.cumsum(feature_counts, out=feature_counts)
        del lengths, feature_counts

        # Postings: stem → documents (sorted), and whether the stem is the document's own
        # (answer-only ones count for less in the coverage). The answer-only keys, few, are
        # put in among the document's own where they sort: no sorted copy of all of them.
        own.sort()
        answer = np.unique(
            (np.array(answer_stems, dtype=np.int64) << 32) | np.array(answer_docs, dtype=np.int64)
        )
        del answer_stems, answer_docs
        answer_only = answer[~members(own, answer)]
        del answer
        # Each posting is its document * 2, + 1 where the stem is the document's own: one
        # array in the documents' order, not a second one of flags.
        at = np.searchsorted(own, answer_only)
        own_docs = np.empty(len(own), dtype=narrowest(2 * n_docs))
        for start in range(0, len(own), PhraseBlocks.SIZE * 8):
            own_docs[start : start + PhraseBlocks.SIZE * 8] = (
                own[start : start + PhraseBlocks.SIZE * 8] & 0xFFFFFFFF
            ) * 2 + 1
        self._postings = np.insert(own_docs, at, (answer_only & 0xFFFFFFFF) * 2)
        del own_docs
        firsts = np.arange(stems + 1, dtype=np.int64) << 32
        self._posting_start = np.searchsorted(own, firsts) + np.searchsorted(answer_only, firsts)
        del own, answer_only, at, firsts

        total = max(n_docs, 1)
        self._max_idf = math.log(1 + total)
        # Weights per feature. Few distinct (document frequency, kind) pairs exist, so each
        # weight is computed once, in the same float operations as _scaled_weight. Made before
        # the profiles, so that their temporaries are gone before the largest part is made.
        stem_list = list(stem_ids)
        unigram_kind = np.array(
            [_STOP if s in STOPWORDS else _DIGITS if s.isdigit() else _PLAIN for s in stem_list],
            dtype=np.int8,
        )
        stop = unigram_kind == _STOP
        pair_kind = np.where(
            np.repeat(stop, np.diff(self._pair_start)) | stop[self._pair_second],
            np.int8(_PAIR_STOP),
            np.int8(_PAIR),
        )
        del stop
        # (document frequency, kind) as one number below _KINDS × (documents + 1); the
        # distinct ones ascending and each feature's place among them, as np.unique gives
        # them, from a table of which occur (no sorted copies of millions of keys).
        combined = document_frequency.astype(narrowest(_KINDS * (n_docs + 1), signed=True))
        del document_frequency
        combined *= _KINDS
        combined += np.concatenate([unigram_kind, pair_kind])
        del pair_kind
        occurs = np.zeros(int(combined.max()) + 1 if len(combined) else 0, dtype=bool)
        occurs[combined] = True
        combos = np.flatnonzero(occurs)
        # A feature's weight is one of those few values: each feature keeps its number in
        # the table (2 bytes, not 8, for millions of features), the same float comes out.
        self._weight_table = np.array(
            [
                self._scaled_weight(
                    math.log(1 + total / (c // _KINDS)) if c // _KINDS else self._max_idf,
                    int(c % _KINDS),
                )
                for c in combos.tolist()
            ]
        )
        place = np.cumsum(occurs) - 1
        self._weight_code = place[combined].astype(narrowest(len(combos)))
        del combined, occurs, place
        self._phrase_weight = self._phrase_weights()
        # Scoring reads each phrasing's features in order: kept as their differences.
        self._phrase_features, self._phrase_feature_start = delta_code(
            self._phrase_features, self._phrase_feature_start, stems, self._pair_start
        )

        # The character profiles are the largest part of the index: the heap the temporaries
        # above left free goes back to the system first, instead of lying under them.
        release_free_memory()
        # The token sets first: their build buffers are freed before the profiles grow.
        self._token_sets = TokenSets(token_words) if token_words is not None else None
        del token_words
        self._profiles = CharProfiles(char_texts) if char_texts is not None else None
        del char_texts

        by_initial: dict[str, list[str]] = defaultdict(list)
        for s in stem_list:
            by_initial[s[0]].append(s)
        self._by_initial = {k: tuple(v) for k, v in by_initial.items()}
        self._lookup = lru_cache(maxsize=4096)(self._lookup_uncached)
        # Past MAX_CLASSES no ranker is trained: the (class, phrasing) list is not made, at
        # 100× it was the build's high-water mark.
        classes = {d.entry_id for d in self.documents if d.phrasings}
        self._ranker = (
            train_ranker([(d.entry_id, p) for d in self.documents for p in d.phrasings])
            if self.config.ranker_weight and len(classes) <= MAX_CLASSES
            else None
        )
        del classes
        entry_documents: dict[str, list[int]] = defaultdict(list)
        for number, document in enumerate(self.documents):
            entry_documents[document.entry_id].append(number)
        self._entry_documents = {
            entry: np.array(numbers, dtype=np.int64) for entry, numbers in entry_documents.items()
        }
        by_concepts: dict[frozenset[str], list[str]] = defaultdict(list)
        for entry, numbers in entry_documents.items():
            by_concepts[self.documents[numbers[0]].concepts].append(entry)
        self._entries_by_concepts = {k: tuple(v) for k, v in by_concepts.items() if k}
        release_free_memory()  # the build's temporaries, as above
        # The compiled loops (numba) compile, or load from its cache, on first use: here, in
        # the build (off the event loop), not in the first person's question after a start.
        warm_up = next((d.phrasings[0] for d in self.documents if d.phrasings), None)
        if warm_up:
            self.search(warm_up, None)

    def _phrase_weights(self) -> np.ndarray:
        """Each phrasing's total feature weight (1 where it is 0), as add.reduceat sums it.

        A block of phrasings at a time: every phrasing has a feature (a normalized phrasing
        has a word), so a block's segment sums are the whole array's, and the gathered
        weights (8 bytes per feature, 100 MiB at 100×) never exist all at once.
        """
        starts = self._phrase_feature_start
        weights = np.zeros(len(starts) - 1)
        for first in range(0, len(weights), PhraseBlocks.SIZE):
            last = min(first + PhraseBlocks.SIZE, len(weights))
            begin, end = int(starts[first]), int(starts[last])
            codes = self._weight_code[self._phrase_features[begin:end]]
            weights[first:last] = np.add.reduceat(
                self._weight_table[codes], starts[first:last] - begin
            )
        weights[weights == 0] = 1.0
        return weights

    def _feature_weight(self, number: int) -> float:
        return float(self._weight_table[self._weight_code[number]])

    def __len__(self) -> int:
        return len(self.documents)

    @property
    def ranker(self) -> Ranker | None:
        """The learned ranker, or None (turned off, or more entries than it is trained for)."""
        return self._ranker

    @property
    def entry_ids(self) -> set[str]:
        return {d.entry_id for d in self.documents if d.in_scope}

    def _lookup_uncached(self, query_stem: str) -> tuple[tuple[str, float], ...]:
        """Vocabulary stems a query stem stands for: itself, or near spellings of it."""
        if query_stem in self._stem_ids:
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

    def _known(self, word: str) -> bool:
        """A word some phrasing spells so (every word, where the KB's words are not kept)."""
        return self._token_sets is None or self._token_sets.knows(word)

    def _spelled(self, normalized: str) -> str:
        """The text with each word the KB does not know replaced by its nearest spelling in
        the KB, where one is near enough to be a typo of it."""
        words = normalized.split()
        changed = False
        for place, word in enumerate(words):
            # A number is never a typo of another ("12500" is not "12000").
            if len(word) < MISSPELT_LENGTH or self._known(word) or any(c.isdigit() for c in word):
                continue
            match = process.extractOne(
                word,
                self._words_by_initial.get(word[0], ()),
                scorer=Levenshtein.normalized_similarity,
                score_cutoff=self.config.typo_similarity,
            )
            if match:
                words[place] = match[0]
                changed = True
        return " ".join(words) if changed else normalized

    def _pair_numbers(self, pairs: Sequence[tuple[str, str]]) -> list[int | None]:
        """The feature number of each stem pair, None where no phrasing has it."""
        stems = self._stem_ids
        numbers: list[int | None] = []
        for a, b in pairs:
            first, second = stems.get(a), stems.get(b)
            number = None
            if first is not None and second is not None:
                begin, end = int(self._pair_start[first]), int(self._pair_start[first + 1])
                place = begin + int(np.searchsorted(self._pair_second[begin:end], second))
                if place < end and self._pair_second[place] == second:
                    number = len(stems) + place
            numbers.append(number)
        return numbers

    def _scaled_weight(self, idf: float, kind: int) -> float:
        cfg = self.config
        idf = idf**cfg.idf_power
        if kind == _PAIR_STOP:
            return idf * cfg.bigram_weight * cfg.stopword_weight
        if kind == _PAIR:
            return idf * cfg.bigram_weight
        if kind == _STOP:
            return idf * cfg.stopword_weight
        return idf * (cfg.number_weight if kind == _DIGITS else 1.0)

    def search(
        self,
        query: str,
        lang: str | None,
        asked: str | None = None,
        not_rejecting: frozenset[str] = frozenset(),
    ) -> MatchResult:
        """Score the entries for a query and decide: answer, clarify or none.

        asked: the sentences of a long message that ask (see search.asked_part). Where they
        name a permit or procedure, it is theirs that an entry must be about: the story's
        ("I got my permanent residence in 2022 … when could I become a citizen?") is context.
        not_rejecting: out-of-scope topics the caller knows the message is not about.
        """
        cfg = self.config
        typed = normalize(query)
        normalized = self._spelled(typed)
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
        # The feature numbers of the vocabulary features the question reaches.
        numbers = {v: self._stem_ids[v] for options in resolved.values() for v, _ in options}
        pairs = list(itertools.pairwise(canonical))
        for (a, b), number in zip(pairs, self._pair_numbers(pairs), strict=True):
            if number is not None:
                pair = f"{a}+{b}"
                numbers[pair] = number
                query_features.setdefault(pair, ((pair, 1.0),))
        weights = {
            f: self._feature_weight(numbers[options[0][0]]) if options else self._max_idf
            for f, options in query_features.items()
        }
        unigram_total = sum(weights[s] for s in query_stems) or 1.0
        feature_total = sum(weights.values()) or 1.0

        coverage, ranked = self._coverage(query_stems, resolved, weights)
        if not len(ranked):
            return MatchResult("none", None, 0.0)
        learned: Mapping[str, float] = {}
        if self._ranker is not None:
            learned = self._ranker.probabilities(query)
            ranked = self._with_learned_candidates(ranked, learned)
        named = self._named(normalized, asked)
        if typed != normalized:
            # A word the spelling fix took for another ("loosing" for "looking") still says
            # what must be asked for an entry not to be scored lower (ConceptTagger.unasked).
            named |= self.tagger.tags_normalized(typed) & self.tagger.only_when_asked
        ranked = self._with_carriers(ranked, named)

        candidates = ranked
        shares = coverage[candidates] / unigram_total
        scores = self._score_documents(
            candidates,
            normalized,
            {
                numbers[feature]: weight
                for feature, weight in self._matched_weights(query_features, weights).items()
            },
            feature_total,
            shares,
        )
        best: dict[str, Scored] = {}
        # An entry's documents share one set of concepts: each set is compared once.
        conflicts: dict[frozenset[str], tuple[bool, bool, bool]] = {}
        # When some candidate is about both the permit named and what is asked of it, an entry
        # that is not is scored as one telling another aspect: "how much is my one-year card
        # as a student" is the card's fee before it is the students' entry.
        carried = self._carried(named, candidates)
        for doc_id, score, share in zip(candidates.tolist(), scores, shares.tolist(), strict=True):
            doc = self.documents[doc_id]
            if lang and doc.lang == lang:
                score += cfg.language_bonus
            conflict = conflicts.get(doc.concepts)
            if conflict is None:
                conflict = conflicts[doc.concepts] = (
                    self.tagger.conflict(named, doc.concepts),
                    self.tagger.aspect_conflict(named, doc.concepts),
                    self.tagger.unasked(named, doc.concepts),
                )
            if conflict[0]:
                score *= cfg.concept_penalty
            if conflict[1] or (carried and not self.tagger.carries(named, doc.concepts)):
                score *= cfg.aspect_penalty
            current = best.get(doc.entry_id)
            if current is None or score > current.score:
                best[doc.entry_id] = Scored(
                    doc.entry_id, min(score, 1.0), doc.lang, doc.concepts, min(share, 1.0)
                )

        # Whether the words and the letters point to the same entry: when the two views of the
        # question agree, the answer is far more often right (a feature of the confidence).
        agree = 1.0
        letters: Mapping[str, float] = {}
        if self._profiles is not None:
            letters = self._profiles.similarity(normalized, best)
            agree = float(
                max(best, key=lambda e: best[e].score) == max(letters, key=letters.__getitem__)
            )
        blend = cfg.char_weight if letters else 0.0
        long = len(query_stems) >= cfg.long_message_stems
        weight = (cfg.long_ranker_weight if long else cfg.ranker_weight) if learned else 0.0
        for entry_id, scored in best.items():
            worded = (scored.score + blend * letters.get(entry_id, 0.0)) / (1 + blend)
            # The ranker learned which permit people ask about most; a permit the question
            # names outweighs that lean, as it does the words.
            lean = learned.get(entry_id, 0.0)
            conflict = conflicts.get(scored.concepts, (False, False, False))
            if lean and conflict[0]:
                lean *= cfg.concept_penalty
            elif lean and (
                conflict[1] or (carried and not self.tagger.carries(named, scored.concepts))
            ):
                # So does the aspect asked: "how long does it take to process" is not the
                # validity the ranker has seen "how long" ask about most.
                lean *= cfg.aspect_penalty
            score = worded + weight * lean
            if conflict[2]:
                # On the whole score: the letters and the ranker's lean are what carry
                # "Azerbaijani citizenship" to the entry about leaving it.
                score *= cfg.concept_penalty
            best[entry_id] = Scored(
                entry_id, score, scored.lang, scored.concepts, scored.coverage, worded
            )
        ranking = sorted(best.values(), key=lambda s: s.score, reverse=True)
        in_scope = [s for s in ranking if not s.entry_id.startswith(OUT_OF_SCOPE_PREFIX)]
        rejected = next(
            (
                s
                for s in ranking
                if s.entry_id.startswith(OUT_OF_SCOPE_PREFIX)
                and s.entry_id.removeprefix(OUT_OF_SCOPE_PREFIX) not in not_rejecting
            ),
            None,
        )
        unknown = sum(weights[s] for s in query_stems if not resolved[s]) / unigram_total
        # One word ("qeydiyyat", "documents") names a subject, not a question about it.
        content_words = sum(1 for q in query_stems if q not in STOPWORDS)
        short = content_words <= SHORT_QUESTION
        if short:
            # "Which documents?", "how much?": what is asked about is not which permit.
            named -= self.tagger.aspects
        top_learned = learned.get(in_scope[0].entry_id, 0.0) if in_scope else 0.0
        return self._decide(in_scope, rejected, named, unknown, agree, content_words, top_learned)

    def _named(self, normalized: str, asked: str | None) -> frozenset[str]:
        tagger = self.tagger
        named = tagger.tags_normalized(normalized)
        # Only a message naming two permits or procedures can ask of another than it tells
        # of (and the asking part is tagged only then: long messages are the slowest).
        if not asked or len(tagger.primary(named)) < 2:
            return named
        in_question = tagger.tags_normalized(self._spelled(normalize(asked)))
        if tagger.primary(in_question):
            # Time abroad the story tells of still marks the question (its markers stay).
            return in_question | (named & tagger.markers)
        return named

    def _coverage(
        self,
        query_stems: Sequence[str],
        resolved: Mapping[str, tuple[tuple[str, float], ...]],
        weights: Mapping[str, float],
    ) -> tuple[np.ndarray, np.ndarray]:
        """Each document's share of the query's weight, and the best candidates in order.

        A document earns a query stem's weight times its similarity (less for a stem only its
        answer has). The candidates are ranked by that sum; ties keep the order in which the
        postings first reached them (query stem by query stem, documents ascending).
        """
        limit = self.config.candidates * 2
        answer_factor = self.config.answer_text_weight
        documents: list[np.ndarray] = []
        values: list[np.ndarray] = []
        for s in query_stems:
            for vocab_stem, similarity in resolved[s]:
                number = self._stem_ids[vocab_stem]
                start, end = self._posting_start[number], self._posting_start[number + 1]
                postings = self._postings[start:end]
                documents.append(postings >> 1)
                factor = np.where(postings & 1, 1.0, answer_factor)
                values.append(weights[s] * similarity * factor)
        if not documents:
            return np.zeros(0), np.zeros(0, dtype=np.int64)
        # bincount adds each document's values in the order given, as a loop over them would.
        coverage = np.bincount(
            np.concatenate(documents), np.concatenate(values), minlength=len(self.documents)
        )
        ends = np.cumsum([len(d) for d in documents])
        reached = int(ends[-1])
        first = np.full(len(self.documents), reached)
        # Earlier postings last, so that they win: the position each document was first reached.
        for docs, end in zip(reversed(documents), reversed(ends.tolist()), strict=True):
            first[docs] = np.arange(end - len(docs), end)
        touched = np.flatnonzero(first < reached)
        if len(touched) > limit:
            values_touched = coverage[touched]
            cut = len(touched) - limit
            touched = touched[values_touched >= np.partition(values_touched, cut)[cut]]
        ranked = touched[np.lexsort((first[touched], -coverage[touched]))]
        if len(ranked) > limit:
            # Documents tied with the last one kept are kept too (up to four times as many):
            # a one-word question ("sənədlər") reaches dozens of documents equally, and which
            # of them came first in the postings says nothing about which is meant.
            edge = coverage[ranked[limit - 1]]
            tied = ranked[limit:][coverage[ranked[limit:]] >= edge][: 3 * limit]
            ranked = np.concatenate([ranked[:limit], tied])
        return coverage, ranked

    def _carried(self, named: frozenset[str], candidates: np.ndarray) -> bool:
        if not self.tagger.asks_of_a_permit(named):
            return False
        concept_sets = {self.documents[d].concepts for d in candidates.tolist()}
        return any(self.tagger.carries(named, c) for c in concept_sets)

    def _with_carriers(self, ranked: np.ndarray, named: frozenset[str]) -> np.ndarray:
        """The candidates, and the documents of the few entries about both the permit named
        and what is asked of it ("does the paper that lets me work run out?")."""
        limit = self.config.carrier_candidates
        if not limit or not self.tagger.asks_of_a_permit(named):
            return ranked
        carriers = [
            entry
            for concepts, entries in self._entries_by_concepts.items()
            if self.tagger.carries(named, concepts)
            for entry in entries
        ]
        if not carriers or len(carriers) > limit:
            return ranked
        extra = np.concatenate([self._entry_documents[e] for e in carriers])
        missing = np.setdiff1d(extra, ranked)
        return np.concatenate([ranked, missing]) if len(missing) else ranked

    def _with_learned_candidates(
        self, ranked: np.ndarray, learned: Mapping[str, float]
    ) -> np.ndarray:
        """The candidates, and the documents of the ranker's best classes they lack."""
        best = sorted(learned, key=learned.__getitem__, reverse=True)
        extra = [self._entry_documents[c] for c in best[: self.config.ranker_candidates]]
        missing = np.setdiff1d(np.concatenate(extra), ranked, assume_unique=True)
        return np.concatenate([ranked, missing]) if len(missing) else ranked

    def _score_documents(
        self,
        doc_ids: np.ndarray,
        normalized: str,
        matched_weight: Mapping[int, float],
        feature_total: float,
        coverages: np.ndarray,
    ) -> list[float]:
        """Lexical and fuzzy score of each document, from its best phrasings.

        matched_weight: feature number → the weight a phrasing containing it earns.
        """
        cfg = self.config
        found = sorted(matched_weight.items())
        query_ids = np.array([n for n, _ in found], dtype=np.int32)
        query_weights = np.array([w for _, w in found], dtype=np.float64)

        phrases, owner, best_phrase = best_phrasings(
            doc_ids,
            self._doc_phrase_start,
            self._phrase_feature_start,
            self._phrase_features,
            self._phrase_weight,
            len(self._stem_ids),
            self._pair_start,
            query_ids,
            query_weights,
            float(feature_total),
            float(cfg.phrase_beta**2),
        )
        fuzzy = np.zeros(len(doc_ids))
        if len(phrases):
            if self._token_sets is not None:
                similarity = self._token_sets.best(normalized, phrases, owner)
            else:
                texts = [p for d in doc_ids.tolist() for p in self._phrasings[d]]
                similarity = self._fuzzy(normalized, texts)
            ranks, doc_starts = np.unique(owner, return_index=True)
            fuzzy[ranks] = np.maximum.reduceat(similarity, doc_starts)
        return [
            cfg.lexical_weight * (0.5 * phrase + 0.5 * min(coverage, 1.0))
            + cfg.fuzzy_weight * similarity
            for phrase, coverage, similarity in zip(
                best_phrase.tolist(), coverages.tolist(), fuzzy.tolist(), strict=True
            )
        ]

    def _fuzzy(self, normalized: str, phrasings: Sequence[str]) -> np.ndarray:
        """RapidFuzz similarity (0–1) of the question to each phrasing, in one call.

        With the "blend" scorer it is the mean of set and sort ratios: token_set_ratio alone
        gives 100 to any query whose words a phrasing contains, so a one-word question
        ("documents") would look certain; token_sort_ratio alone punishes the long questions
        migrants write. Their mean keeps both honest.
        """
        scores = [
            process.cdist([normalized], phrasings, scorer=scorer, dtype=np.float64, workers=1)[0]
            for scorer in self._fuzzy_scorers
        ]
        if len(scores) == 1:
            return scores[0] / 100
        return (scores[0] + scores[1]) / 200

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

    def _ambiguous_permit(
        self, named: frozenset[str], top: Scored, runner_up: Scored, short: bool = False
    ) -> bool:
        """The question names no permit, and the two best entries are about different ones.

        In a short question the words alone decide how close the two are: the ranker's lean
        there is only which permit people ask about more often.
        """
        secondary = self.tagger.secondary | self.tagger.markers
        if named - secondary:
            return False
        secondary |= self.tagger.aspects
        first, second = top.concepts - secondary, runner_up.concepts - secondary
        gap = top.worded - runner_up.worded if short else top.score - runner_up.score
        close = gap < self.config.permit_ambiguity_margin
        return bool(first and second and not (first & second) and close)

    def _named_exactly(self, named: frozenset[str], top: Scored, second: Scored | None) -> bool:
        """The question names a permit and what it asks of it, and the best entry is the only
        one of the two best about both: the words may leave a small lead, the concepts do not."""
        tagger = self.tagger
        return tagger.carries(named, top.concepts) and not (
            second is not None and tagger.carries(named, second.concepts)
        )

    def _clear_lead(
        self, confidence: float, top: Scored, runner_up: float, rejected: Scored | None
    ) -> bool:
        """A first choice far ahead of the second, most of the question's words its own and
        no out-of-scope subject near it: a "did you mean" there offers choices nobody asked."""
        cfg = self.config
        return (
            cfg.clear_lead > 0
            and confidence >= cfg.clear_lead_confidence
            and top.score - runner_up >= cfg.clear_lead
            and top.coverage >= CLEAR_LEAD_COVERAGE
            and (rejected is None or top.score - rejected.score >= CLEAR_LEAD_OUT_OF_SCOPE_GAP)
        )

    def _decide(
        self,
        ranking: list[Scored],
        rejected: Scored | None,
        named: frozenset[str] = frozenset(),
        unknown: float = 0.0,
        agree: float = 1.0,
        content_words: int = SHORT_QUESTION + 1,
        learned: float = 0.0,
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
            # The learned ranker's own probability for the best entry (0 without a ranker).
            "learned": learned,
        }
        confidence = cfg.calibration.probability(features) if cfg.calibration else None

        def result(decision: Decision, oos: str | None = None, tied: bool = False) -> MatchResult:
            entry_id = top.entry_id if decision == "answer" else None
            return MatchResult(
                decision, entry_id, top.score, candidates, oos, unknown, confidence, features, tied
            )

        outside = self.tagger.outside_subject(named)
        if outside is not None:
            return result("none", OUT_OF_SCOPE_PREFIX + outside)
        rejected_id = rejected.entry_id if rejected else None
        if confidence is not None:
            return self._decide_calibrated(
                result, confidence, top, runner_up, rejected, named, ranking, content_words
            )
        if rejected is not None and rejected.score + cfg.out_of_scope_margin >= top.score:
            # Out of scope wins clearly: say so. A near tie ("visa" alone) is a question we
            # may know: offer the choices, but never answer it outright.
            if rejected.score > top.score + cfg.out_of_scope_clear or (
                top.score < cfg.clarify_threshold
            ):
                return result("none", rejected_id)
            return result("clarify", rejected_id)
        ambiguous = len(ranking) > 1 and self._ambiguous_permit(named, top, ranking[1])
        if (
            top.score >= cfg.answer_threshold
            and not ambiguous
            and (top.score - runner_up >= cfg.answer_margin or top.score >= cfg.sure_threshold)
        ):
            return result("answer")
        if top.score >= cfg.clarify_threshold:
            tied = ambiguous or top.score - runner_up < cfg.answer_margin
            return result("clarify", tied=tied)
        return result("none")

    def _decide_calibrated(
        self,
        result: Callable[..., MatchResult],
        confidence: float,
        top: Scored,
        runner_up: float,
        rejected: Scored | None,
        named: frozenset[str],
        ranking: list[Scored],
        content_words: int,
    ) -> MatchResult:
        """The decision once the confidence model has spoken.

        An out-of-scope subject that beats every entry clearly is named as such. One that
        merely ties a weak entry says nothing: both are guesses, and the question is more
        likely a gap in the knowledge base (it goes to the admins, and the way to a council
        member is offered) than a subject we refuse. An entry tied with an out-of-scope
        subject or with another entry is never answered outright. Below the answer threshold,
        a question naming a permit and what it asks of it ("vnzh skolko dney oformlyayut") is
        answered when the best entry is the only one of the two best about both: on the
        development sets such "did you mean" replies were right 27 times in 29.
        """
        cfg = self.config
        assert cfg.calibration is not None
        if rejected is not None and rejected.score > top.score + cfg.out_of_scope_clear:
            return result("none", rejected.entry_id)
        tied_out = rejected is not None and rejected.score + cfg.out_of_scope_margin >= top.score
        second = ranking[1] if len(ranking) > 1 else None
        # One word names a subject: its entries are told apart by the words alone.
        if content_words <= 1:
            tied = second is not None and top.worded - second.worded < cfg.permit_ambiguity_margin
        else:
            tied = top.score - runner_up < cfg.near_tie
        ambiguous = second is not None and self._ambiguous_permit(
            named, top, second, short=content_words <= SHORT_QUESTION
        )
        # A question of function words alone ("What should I do?") asks nothing yet: whatever
        # entry its words lean to is a guess, offered, never answered.
        # The one entry about both the permit and the aspect named is answered even from a near
        # tie in score: the concepts tell the two apart where the words do not.
        if (
            not (ambiguous or tied_out)
            and content_words > 0
            and (
                (confidence >= cfg.named_answer and self._named_exactly(named, top, second))
                or (
                    not tied
                    and (
                        confidence >= cfg.calibration.answer
                        or self._clear_lead(confidence, top, runner_up, rejected)
                    )
                )
            )
        ):
            return result("answer")
        # "Which documents?" names no permit: it is ours, and only the person can say which.
        # Two entries a hair apart, both matched well enough to answer ("yaşama icazəsi necə
        # alınır": how to apply, or the students' permit), are a real choice: the confidence
        # is low because of the tie, not because the question is a stranger's. So are the
        # entries of the permit a question names, as well matched ("iş icazəsi necə alınır"):
        # "I don't know" there would deny what the bot knows of it.
        of_the_permit = bool(self.tagger.primary(named) & top.concepts)
        if (
            confidence >= cfg.calibration.clarify
            or (ambiguous and not tied_out and top.worded >= cfg.clarify_threshold)
            or ((tied or of_the_permit) and not tied_out and top.score >= cfg.answer_threshold)
        ):
            return result("clarify", tied=ambiguous or tied)
        return result("none")
