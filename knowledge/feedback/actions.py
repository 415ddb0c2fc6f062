"""What users and admins do with the question log and the council's proposals, each in its
own unit of work.

The question log is written behind the replies (bot.container.Services buffers it): every
action that reads it flushes that buffer first, so a rating or a review never misses a
question asked a moment ago.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from knowledge.answering.search import KnowledgeBase
from knowledge.feedback import proposals, questions, review
from knowledge.feedback.review import Group, Stats
from knowledge.kb import revisions
from knowledge.kb.actions import LiveKb
from knowledge.storage import db
from knowledge.storage.models import KbProposal

Sessions = async_sessionmaker[AsyncSession]


@runtime_checkable
class QuestionLog(Protocol):
    """The question log's write-behind buffer (bot.container.Services)."""

    async def drain(self) -> None:
        """Return once every question queued so far is written."""


async def rate(
    sessions: Sessions, log: QuestionLog, ref: str, user_key: str, helpful: bool
) -> bool:
    """👍/👎 on one's own question; False if it is not theirs (or gone)."""
    await log.drain()  # the question's log entry may still be on its way
    async with db.unit_of_work(sessions) as session:
        rated = await questions.rate(session, ref, user_key, helpful)
        await session.commit()
    return rated


async def rate_entry(sessions: Sessions, entry_id: str, language: str, helpful: bool) -> None:
    """👍/👎 on an answer opened from a button or a link (no question was logged)."""
    async with db.unit_of_work(sessions) as session:
        await questions.rate_entry(session, entry_id, language, helpful)
        await session.commit()


async def question_by_ref(
    sessions: Sessions, log: QuestionLog, ref: str, user_key: str
) -> str | None:
    """The user's own logged question, to offer it again (never someone else's)."""
    await log.drain()
    async with db.unit_of_work(sessions) as session:
        return await questions.question_by_ref(session, ref, user_key)


async def unanswered(sessions: Sessions, log: QuestionLog, kb: KnowledgeBase) -> list[Group]:
    """Open questions the bot did not answer well, grouped, newest first."""
    await log.drain()
    async with db.unit_of_work(sessions) as session:
        return await review.unanswered(session, kb)


async def find_group(
    sessions: Sessions, log: QuestionLog, kb: KnowledgeBase, key: int
) -> Group | None:
    groups = await unanswered(sessions, log, kb)
    return next((g for g in groups if g.key == key), None)


async def dismiss(sessions: Sessions, group: Group) -> None:
    async with db.unit_of_work(sessions) as session:
        await review.mark_reviewed(session, group.log_ids)
        await session.commit()


@dataclass(frozen=True, slots=True)
class Attached:
    revision: int
    added: int  # wordings that became phrasings of the entry
    left: int  # wordings the matcher does not relate to it: still open for review


async def add_as_alternate(
    sessions: Sessions, live: LiveKb, group: Group, entry_id: str, actor: str
) -> Attached:
    """Each wording of the group the matcher relates to the entry becomes a phrasing of it,
    in its own language, and those questions are reviewed; the others stay open, never
    dismissed unseen. Returns once users see the change."""
    wordings = group.wordings_for(entry_id)
    if not wordings:
        return Attached(0, 0, len(group.wordings))
    number = 0
    async with db.unit_of_work(sessions) as session:
        for wording in wordings:
            number = await revisions.add_alternate(
                session, entry_id, wording.lang, wording.text, live.tables, actor
            )
        await review.mark_reviewed(session, tuple(i for w in wordings for i in w.log_ids))
        await session.commit()
    await live.refresh_kb()
    return Attached(number, len(wordings), len(group.wordings) - len(wordings))


async def usage_stats(sessions: Sessions, log: QuestionLog, today: dt.date) -> Stats:
    await log.drain()
    async with db.unit_of_work(sessions) as session:
        return await review.usage_stats(session, today)


async def waiting_proposals(sessions: Sessions) -> list[KbProposal]:
    async with db.unit_of_work(sessions) as session:
        return await proposals.waiting(session)


async def open_proposal(sessions: Sessions, number: int) -> KbProposal | None:
    async with db.unit_of_work(sessions) as session:
        return await proposals.get_open(session, number)


async def decide_proposal(sessions: Sessions, number: int, status: str, actor: str) -> None:
    """Dismissed, or accepted to be written up as a new entry."""
    async with db.unit_of_work(sessions) as session:
        await proposals.decide(session, number, status, actor)
        await session.commit()


async def accept_as_alternate(
    sessions: Sessions, live: LiveKb, proposal: KbProposal, entry_id: str, actor: str
) -> int:
    """The proposal's question becomes a phrasing of an entry; returns, with the revision
    number, once users see it."""
    async with db.unit_of_work(sessions) as session:
        number = await revisions.add_alternate(
            session, entry_id, proposal.language, proposal.question[:300], live.tables, actor
        )
        await proposals.decide(session, proposal.id, proposals.ACCEPTED, actor)
        await session.commit()
    await live.refresh_kb()
    return number
