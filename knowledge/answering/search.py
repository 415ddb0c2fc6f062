"""The question-to-answer use case over one loaded knowledge base."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache

from knowledge.answering.concepts import ConceptTagger
from knowledge.answering.documents import OUT_OF_SCOPE_PREFIX, documents_for
from knowledge.answering.jurisdiction import (
    about_another_country,
    placed_here,
    says_where_they_are,
)
from knowledge.answering.langdetect import LANGS, Lang, detect
from knowledge.answering.matching import Index, MatcherConfig, MatchResult
from knowledge.answering.safety import shows_danger
from knowledge.answering.translit import looks_latin, to_cyrillic
from knowledge.kb.entries import Entry
from knowledge.kb.files import Tables

# Longer messages are cut before matching: nobody asks a migration question in more words,
# and a 100 kB paste must not cost more than a normal question.
MAX_QUERY_CHARS = 500
# The out-of-scope key of a question about another country's rules.
ELSEWHERE = "elsewhere"
# The out-of-scope topic of other countries' rules (data/out_of_scope.yaml).
_OTHER_COUNTRIES = frozenset({"other_countries"})
# The concept (data/concepts.yaml) of entries about time spent abroad: questions placed in
# another country may still be about them.
ABROAD = "abroad"
CONTACTS = "contacts"
PHONE_LINE = "phone_line"
# The concepts of the three permits: a story naming one of them asks about that one.
PERMITS = frozenset({"trp", "prp", "work_permit"})
# How sure the surer of a long message's two views (see KnowledgeBase._agreed) must be.
AGREED_CONFIDENCE = 0.55
# Distinct questions whose replies are kept: people ask the same few things (often by
# copying a neighbour's message), and matching costs more than everything else in an update.
ANSWER_CACHE_SIZE = 4096


@dataclass(frozen=True, slots=True)
class Reply:
    """What the bot has to say about one question, before any rendering."""

    status: str  # answer | clarify | none
    lang: Lang
    entry: Entry | None
    score: float
    suggestions: tuple[Entry, ...]
    related: tuple[Entry, ...]
    answer_html: str | None
    out_of_scope: str | None
    empty_question: bool = False


class KnowledgeBase:
    """Entries, tables and the matching index built over them (rebuilt on every change)."""

    def __init__(
        self,
        entries: Iterable[Entry],
        tables: Tables,
        config: MatcherConfig | None = None,
    ):
        self.entries: dict[str, Entry] = {e.id: e for e in entries}
        self.tables = tables
        tagger = ConceptTagger(tables.concepts)
        config = config or MatcherConfig()
        if config.calibration is None and tables.calibration is not None:
            config = replace(config, calibration=tables.calibration)
        self.index = Index(
            documents_for(self.entries.values(), tables.out_of_scope, tagger), config, tagger
        )
        # Per instance: an edited KB is a new KnowledgeBase, so no reply outlives its KB.
        # Keyed by the exact text: the language guess and the concept tags read more of it
        # than the normalized form keeps.
        self._answer = lru_cache(maxsize=ANSWER_CACHE_SIZE)(self._match)
        # The safety net and the place check read the strings their patterns need on first
        # use (half a second): here, in the build, not in the first message after a start.
        shows_danger("warm up: passport")
        about_another_country("warm up: passport")

    def published(self) -> list[Entry]:
        return [e for e in self.entries.values() if e.live]

    def render_answer(self, entry: Entry, lang: Lang) -> str:
        translation = entry.translations.get(lang) or next(iter(entry.translations.values()))
        return self.tables.fees.render(translation.answer, lang)

    def answer(self, question: str, lang: Lang | None = None, fallback: Lang = "az") -> Reply:
        """Match a free-text question; reply in ``lang``, else the language it is written in."""
        return self._answer((question or "")[:MAX_QUERY_CHARS], lang, fallback)

    def _match(self, text: str, lang: Lang | None, fallback: Lang) -> Reply:
        detected = detect(text)
        reply_lang: Lang = lang or detected.lang or fallback
        if not text.strip() or (detected.lang is None and not any(c.isdigit() for c in text)):
            return Reply("none", reply_lang, None, 0.0, (), (), None, None, empty_question=True)
        result = self._search(text, detected.lang or lang)
        if (
            about_another_country(text)
            and not self._about_time_abroad(result)
            and not self._reaching_us_from_abroad(text, result)
        ):
            return Reply("none", reply_lang, None, result.score, (), (), None, ELSEWHERE)
        entry = self.entries.get(result.entry_id) if result.entry_id else None
        suggestions = tuple(
            self.entries[c.entry_id]
            for c in result.candidates[:3]
            if result.decision == "clarify" and c.entry_id in self.entries
        )
        related = (
            tuple(
                self.entries[r]
                for r in entry.related
                if r in self.entries and self.entries[r].live
            )
            if entry
            else ()
        )
        return Reply(
            status=result.decision,
            lang=reply_lang,
            entry=entry,
            score=round(result.score, 3),
            suggestions=suggestions,
            related=related,
            answer_html=self.render_answer(entry, reply_lang) if entry else None,
            out_of_scope=(result.out_of_scope or "").removeprefix(OUT_OF_SCOPE_PREFIX) or None,
        )

    def _search(self, text: str, lang: Lang | None) -> MatchResult:
        """Match the whole message, and a long one's asking sentences on their own.

        A long message tells a story before it asks ("My mother came on an e-visa, the twins
        were born… Can she stay longer?"); the story's words spread the match over several
        entries. When the asking sentences alone point to the same best entry, the two views
        agree, and the surer of the two decides (one that answers is surer than one that only
        offers choices). Where they disagree, the whole message does: the focus can make an
        answer surer, never change which entry it is; so a message that answers as a whole
        is not searched again (a long message costs a search per reading, and these were the
        slowest in a hundred).
        """
        result = self._search_readings(text, lang)
        if self._outside_subject_named(text, result):
            return result
        focus = asked_part(text) if result.decision != "answer" else None
        if focus:
            other = self._search_readings(focus, lang)
            # Never an entry about another permit than the one the story names: the asking
            # sentence alone ("what do I budget for the 15-day option?") cannot tell which.
            same = (
                other.candidates
                and result.candidates
                and other.candidates[0].entry_id == result.candidates[0].entry_id
                and not self._about_another_permit(text, result)
            )
            if (
                same
                and self._agreed(result, other)
                and not shows_danger(text)
                and not about_another_country(text)
            ):
                return replace(other, decision="answer", entry_id=other.candidates[0].entry_id)
            if same and _surer(other, result):
                result = other
        if result.decision != "answer":
            return self._one_script_answers(text, result)
        return result

    def _outside_subject_named(self, text: str, result: MatchResult) -> bool:
        """The message puts itself out of scope by what it says of the one who asks ("Я
        гражданин Азербайджана" beside "как прописаться"): its asking sentence alone ("как
        прописаться?") would read as ours, so the focus is not searched. A subject a story
        merely mentions ("my café is registered as an LLC") is left to the focus."""
        if result.decision != "none" or result.out_of_scope is None:
            return False
        tagger = self.index.tagger
        named = tagger.tags(text)
        return bool(named & tagger.of_the_asker) and tagger.outside_subject(named) is not None

    def _one_script_answers(self, text: str, result: MatchResult) -> MatchResult:
        """A message half in Azerbaijani or English, half in Russian ("qeydiyyat üçün hansı
        sənədlər lazımdır? паспорт копия хватит?") is matched as a whole against phrasings each
        in one language, so neither half's words are all found in any one phrasing. When one
        half alone answers with the entry the whole message puts first, its answer is given,
        whatever the other half alone would say: a fragment such as "паспорт копия хватит?"
        names no permit and may point anywhere. Over every set, 21 "did you mean" or "I
        don't know" replies to mixed messages turned right and none wrong."""
        parts = script_parts(text)
        margin = self.index.config.out_of_scope_margin
        # Never where the whole message reads as another subject than ours (a citizen's own
        # ID card, a driving test): its Russian half alone may well name a permit.
        if (
            not parts
            or not result.candidates
            or result.tied
            or result.out_of_scope
            or result.features.get("oos_gap", -1.0) + margin >= 0
        ):
            return result
        top = result.candidates[0].entry_id
        views = [self._search_readings(part, detect(part).lang) for part in parts]
        answering = [v for v in views if v.decision == "answer" and v.entry_id == top]
        if len(answering) == 1 and not shows_danger(text) and not about_another_country(text):
            return answering[0]
        return result

    def _agreed(self, whole: MatchResult, focus: MatchResult) -> bool:
        """Whether the whole story and its asking sentences, which put the same entry first,
        are together sure enough to answer: two views that each offer choices but agree on
        the first are two pieces of evidence for it (on the development sets, from a
        confidence of 0.55, it turned 14 "did you mean" replies into answers, all right). Never
        where another entry or an out-of-scope subject ties the entry in either view, nor
        where they are about different permits and the story names none. The caller leaves out a
        story of danger (it is not a procedural question, and under the legal-help contacts a
        confident answer about a fine would read as the bot's advice) and one placed in
        another country (whose choices may be there to say it is not ours)."""
        margin = self.index.config.out_of_scope_margin
        views = (whole, focus)
        return (
            all(v.decision == "clarify" and not v.tied for v in views)
            and max(v.confidence or 0.0 for v in views) >= AGREED_CONFIDENCE
            and all(v.features.get("oos_gap", -1.0) + margin < 0 for v in views)
        )

    def _about_another_permit(self, text: str, result: MatchResult) -> bool:
        """The story names one permit and the best entry is about another permit."""
        named = self.index.tagger.tags(text) & PERMITS
        told = result.candidates[0].concepts & PERMITS
        return len(named) == 1 and bool(told) and not (named & told)

    def _search_readings(self, text: str, lang: Lang | None) -> MatchResult:
        """Match the text, and Russian typed in Latin letters on its Cyrillic reading too."""
        readings = _readings(text, lang)
        # Other countries' rules share our words; a message set here that names no other
        # country's procedure is not about them, whatever country its story mentions.
        not_theirs = _OTHER_COUNTRIES if placed_here(text) else frozenset()
        # The message as typed is matched too: Azerbaijani or English words in a Latin-letter
        # Russian message ("is icazesi skolko stoit") read as gibberish in Cyrillic.
        result: MatchResult = self.index.search(text, lang, asked_part(text), not_theirs)
        for reading in readings:
            other = self.index.search(reading, lang, asked_part(reading), not_theirs)
            if other.score > result.score:
                result = other
        return result

    def _reaching_us_from_abroad(self, text: str, result: MatchResult) -> bool:
        """ "What number do I call from abroad? I'm in Dubai": the place is where the person is,
        the service asked for is Azerbaijan's own (its call centre, its e-mail)."""
        top = result.candidates[0].entry_id if result.candidates else None
        entry = self.entries.get(top) if top else None
        return (
            result.decision != "none"
            and entry is not None
            and entry.category == CONTACTS
            and self._reaching_from_where_they_are(text)
        )

    def _reaching_from_where_they_are(self, text: str) -> bool:
        tags = self.index.tagger.tags(text)
        return ABROAD in tags or (PHONE_LINE in tags and says_where_they_are(text))

    @staticmethod
    def _about_time_abroad(result: MatchResult) -> bool:
        return result.decision != "none" and any(
            ABROAD in c.concepts for c in result.candidates[:1]
        )


_DECIDED = {"none": 0, "clarify": 1, "answer": 2}


def _surer(a: MatchResult, b: MatchResult) -> bool:
    """Whether reading a decides more surely than b: by decision first, then by confidence
    (a reading tied with a neighbour entry offers choices even at a higher confidence)."""
    surer = (_DECIDED[a.decision], a.confidence or 0.0)
    return surer > (_DECIDED[b.decision], b.confidence or 0.0)


# A message this long (in words) and of two sentences or more has a story and a question.
FOCUS_MIN_WORDS = 10
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


_TOKEN = re.compile(r"[\w'-]+")
_CYRILLIC_WORD = re.compile(r"[а-яёА-ЯЁ][\w'-]*")
_LATIN_WORD = re.compile(r"[^\W\d_а-яёА-ЯЁ][\w'-]*")
# Each half of a mixed message needs a few words of its own to be matched on its own.
SCRIPT_PART_MIN_WORDS = 2


def script_parts(text: str) -> tuple[str, str] | None:
    """The Latin-letter and the Cyrillic words of a message written in both, or None. A number
    stays beside the words it stands among ("3 il üçün", "на 20 дней")."""
    cyrillic: list[str] = []
    latin: list[str] = []
    pending: list[str] = []  # numbers before the first word go with that word
    last: list[str] | None = None
    for token in _TOKEN.findall(text):
        if _CYRILLIC_WORD.fullmatch(token):
            last = cyrillic
        elif _LATIN_WORD.fullmatch(token):
            last = latin
        elif last is None:
            pending.append(token)
            continue
        last.extend(pending)
        pending.clear()
        last.append(token)
    words = sum(1 for t in cyrillic if not t.isdigit()), sum(1 for t in latin if not t.isdigit())
    if min(words) < SCRIPT_PART_MIN_WORDS:
        return None
    return " ".join(latin), " ".join(cyrillic)


def asked_part(text: str) -> str | None:
    """The sentences of a long message that ask (with "?"; else the last one), or None."""
    if len(text.split()) < FOCUS_MIN_WORDS:
        return None
    sentences = [s for s in _SENTENCE_END.split(text.strip()) if s]
    if len(sentences) < 2:
        return None
    asking = [s for s in sentences if "?" in s] or sentences[-1:]
    focus = " ".join(asking)
    return focus if focus != text.strip() else None


# Azerbaijani typed with Russian or English habits: "kechmek", "shexsiyyet", "aghac".
_AZ_DIGRAPHS = re.compile(r"(sh|ch|gh)")
_AZ_LETTER = {"sh": "ş", "ch": "ç", "gh": "ğ"}


def _readings(text: str, lang: Lang | None) -> list[str]:
    """Other ways to read a Latin-letter message: Russian in Cyrillic, Azerbaijani letters."""
    if not looks_latin(text):
        return []
    if lang == "ru":
        return [to_cyrillic(text)]
    if lang == "az" and _AZ_DIGRAPHS.search(text.lower()):
        return [_AZ_DIGRAPHS.sub(lambda m: _AZ_LETTER[m.group(0)], text.lower())]
    return []


def supported(lang: str | None) -> Lang | None:
    return lang if lang in LANGS else None


def entries_by_category(entries: Iterable[Entry]) -> Mapping[str, list[Entry]]:
    grouped: dict[str, list[Entry]] = {}
    for entry in entries:
        grouped.setdefault(entry.category, []).append(entry)
    return grouped
