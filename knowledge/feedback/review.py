"""What users asked that the bot could not answer well, grouped for the admins; usage stats.

Questions are grouped when their words are alike, or when the matcher sends them to the same
place (the same closest entry or out-of-scope subject): the knowledge base's phrasings in three
languages join "как поменять права" and "how do I exchange my driving licence". For questions
the matcher scores low, its candidates are close to noise; there two views must agree: the
learned ranker's first choice is the same for both and among both matcher shortlists, or both
name the same permits and aspects (concepts.yaml, language-blind) and share two candidates.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import NamedTuple

from rapidfuzz import fuzz
from sqlalchemy import or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from knowledge.answering.normalize import normalize
from knowledge.answering.search import KnowledgeBase
from knowledge.storage.models import EntryRating, QueryLogRow

SIMILAR = 80  # token_set_ratio at which two wordings are the same question
SIGNATURE_SCORE = 0.3
# Two questions the matcher relates to the same three of its five closest entries: with many
# phrasings per entry, paraphrases in two languages rarely keep the same top three.
CLOSEST = 5
SHARED_CANDIDATES = 3
MAX_ROWS = 300
EXAMPLES = 3  # wordings shown per group
SUGGESTED = 3


@dataclass(frozen=True, slots=True)
class Wording:
    """One way the question was put (wordings alike after normalizing count once)."""

    lang: str
    text: str
    log_ids: tuple[int, ...]
    closest: tuple[str, ...]  # the entries the matcher ranks for it, closest first


@dataclass(frozen=True, slots=True)
class Group:
    key: int  # the newest question's log id: stable while the group is open
    log_ids: tuple[int, ...]
    wordings: tuple[Wording, ...]  # newest first
    suggestions: tuple[str, ...]  # entries the matcher ranks for every wording
    newest: dt.datetime

    @property
    def count(self) -> int:
        return len(self.log_ids)

    @property
    def examples(self) -> tuple[tuple[str, str], ...]:
        return tuple((w.lang, w.text) for w in self.wordings[:EXAMPLES])

    def wordings_for(self, entry_id: str) -> tuple[Wording, ...]:
        """The wordings the matcher relates to the entry: the ones it may take as phrasings."""
        return tuple(w for w in self.wordings if entry_id in w.closest)


def _suggestions(wordings: list[Wording]) -> tuple[str, ...]:
    """Entries ranked for every wording, best first by their summed rank. A group joined by
    words alike may still hold an unrelated question: no entry is offered that would make
    one of its wordings a phrasing of the wrong answer."""
    ranked = [[e for e in w.closest if not e.startswith("oos:")] for w in wordings]
    if not ranked:
        return ()
    shared = set(ranked[0]).intersection(*ranked[1:])
    order = sorted(shared, key=lambda e: (sum(r.index(e) for r in ranked), e))
    return tuple(order[:SUGGESTED])


class _Signature(NamedTuple):
    place: str | None  # the closest entry or out-of-scope subject, when close enough
    candidates: tuple[str, ...]  # the entries the matcher leans to, closest first
    close: tuple[str, ...]  # those close enough to take the question as a phrasing
    learned: str | None  # the learned ranker's first choice, when it is a candidate
    named: frozenset[str]  # the permits, procedures and aspects it names, in any language


def _signature(kb: KnowledgeBase, question: str, lang: str) -> _Signature:
    result = kb.index.search(question, lang)
    nearest = result.candidates[:CLOSEST]
    candidates = tuple(c.entry_id for c in nearest)
    named = kb.index.tagger.tags(question)
    ranker = kb.index.ranker
    learned = None
    if ranker is not None:
        probabilities = ranker.probabilities(question)
        first = max(probabilities, key=probabilities.__getitem__)
        learned = first if first in candidates else None
    if result.out_of_scope:
        return _Signature(result.out_of_scope, candidates, (), learned, named)
    close = tuple(c.entry_id for c in nearest if c.score >= SIGNATURE_SCORE)
    return _Signature(close[0] if close else None, candidates, close, learned, named)


def _related(a: _Signature, b: _Signature) -> bool:
    shared = len(set(a.candidates) & set(b.candidates))
    if shared >= SHARED_CANDIDATES:
        return True
    if a.named and a.named == b.named and shared >= SHARED_CANDIDATES - 1:
        return True
    return a.learned is not None and a.learned == b.learned and a.learned in b.candidates


async def open_questions(session: AsyncSession) -> list[QueryLogRow]:
    rows = await session.scalars(
        select(QueryLogRow)
        .where(
            QueryLogRow.reviewed.is_(False),
            or_(QueryLogRow.status.in_(("none", "clarify")), QueryLogRow.feedback == -1),
        )
        .order_by(QueryLogRow.id.desc())
        .limit(MAX_ROWS)
    )
    return list(rows)


def group_questions(rows: list[QueryLogRow], kb: KnowledgeBase) -> list[Group]:
    parent = list(range(len(rows)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    normalized = [normalize(r.question) for r in rows]
    signatures = [_signature(kb, r.question, r.language) for r in rows]
    by_signature: dict[str, int] = {}
    for i in range(len(rows)):
        signature = signatures[i].place
        if signature is not None:
            if signature in by_signature:
                parent[find(i)] = find(by_signature[signature])
            else:
                by_signature[signature] = i
        for j in range(i):
            if find(i) == find(j):
                continue
            alike = fuzz.token_set_ratio(normalized[i], normalized[j]) >= SIMILAR
            if alike or _related(signatures[i], signatures[j]):
                parent[find(i)] = find(j)
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(rows)):
        members[find(i)].append(i)
    groups = []
    for indexes in members.values():
        indexes.sort(key=lambda i: rows[i].id, reverse=True)
        same_words: dict[str, list[int]] = defaultdict(list)
        for i in indexes:
            same_words[normalized[i]].append(i)
        wordings = [
            Wording(
                lang=rows[same[0]].language,
                text=rows[same[0]].question,
                log_ids=tuple(rows[i].id for i in same),
                closest=signatures[same[0]].close,
            )
            for same in same_words.values()
        ]
        groups.append(
            Group(
                key=rows[indexes[0]].id,
                log_ids=tuple(rows[i].id for i in indexes),
                wordings=tuple(wordings),
                suggestions=_suggestions(wordings),
                newest=rows[indexes[0]].created_at,
            )
        )
    groups.sort(key=lambda g: (g.key,), reverse=True)
    return groups


async def unanswered(session: AsyncSession, kb: KnowledgeBase) -> list[Group]:
    return group_questions(await open_questions(session), kb)


async def mark_reviewed(session: AsyncSession, log_ids: tuple[int, ...]) -> None:
    await session.execute(
        update(QueryLogRow).where(QueryLogRow.id.in_(log_ids)).values(reviewed=True)
    )


@dataclass(frozen=True, slots=True)
class Stats:
    days: int
    per_day: list[tuple[dt.date, dict[str, int]]]  # date → {language: count}
    total: int
    rates: dict[str, float]  # answer / clarify / none
    top_entries: list[tuple[str, int]]
    most_disliked: list[tuple[str, int]]


async def usage_stats(session: AsyncSession, today: dt.date, days: int = 14) -> Stats:
    since = dt.datetime.combine(today - dt.timedelta(days=days - 1), dt.time.min, tzinfo=dt.UTC)
    rows = (
        await session.execute(
            select(
                QueryLogRow.created_at,
                QueryLogRow.language,
                QueryLogRow.status,
                QueryLogRow.entry_id,
                QueryLogRow.feedback,
            ).where(QueryLogRow.created_at >= since)
        )
    ).all()
    per_day: dict[dt.date, Counter] = defaultdict(Counter)
    statuses: Counter = Counter()
    entries: Counter = Counter()
    disliked: Counter = Counter()
    for created, language, status, entry_id, feedback in rows:
        per_day[created.date()][language] += 1
        statuses[status] += 1
        if status == "answer" and entry_id:
            entries[entry_id] += 1
        if feedback == -1 and entry_id:
            disliked[entry_id] += 1
    # 👎 on answers opened from a button or a link count too (they have no question).
    disliked.update(
        await session.scalars(
            select(EntryRating.entry_id).where(
                EntryRating.created_at >= since, EntryRating.helpful.is_(False)
            )
        )
    )
    total = len(rows)
    return Stats(
        days=days,
        per_day=sorted((day, dict(counts)) for day, counts in per_day.items()),
        total=total,
        rates={s: (statuses[s] / total if total else 0.0) for s in ("answer", "clarify", "none")},
        top_entries=entries.most_common(5),
        most_disliked=disliked.most_common(5),
    )
