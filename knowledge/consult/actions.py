"""What migrants and council members do with requests, each in its own unit of work: ask,
withdraw, reply; take, pass, answer, close; the re-announcement and the digest.

The handlers send the messages; these own the transactions. Whoever may write to a request
is checked here, when they write (``requests.owned``, ``requests.migrants_own``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from knowledge.consult import inbox, requests
from knowledge.consult.requests import Notice, Recipient, Request
from knowledge.council.consultations import Draft
from knowledge.people.roles import Staff
from knowledge.reference.contacts import Directory
from knowledge.storage import db

Sessions = async_sessionmaker[AsyncSession]


# Reading.


async def get(sessions: Sessions, request_id: int) -> Request | None:
    async with db.unit_of_work(sessions) as session:
        return await requests.get(session, request_id)


async def recipient(sessions: Sessions, member_key: str) -> Recipient | None:
    async with db.unit_of_work(sessions) as session:
        return await requests.recipient(session, member_key)


async def active_count(sessions: Sessions, migrant_key: str) -> int:
    async with db.unit_of_work(sessions) as session:
        return await requests.active_count(session, migrant_key)


async def mine(sessions: Sessions, migrant_key: str) -> list[Request]:
    async with db.unit_of_work(sessions) as session:
        return await requests.mine(session, migrant_key)


async def migrants_own(sessions: Sessions, request_id: int, migrant_key: str) -> Request | None:
    """The migrant's own request; None when it is not theirs (or gone)."""
    async with db.unit_of_work(sessions) as session:
        try:
            return await requests.migrants_own(session, request_id, migrant_key)
        except requests.RequestError:
            return None


async def owned(sessions: Sessions, request_id: int, member_key: str) -> Request:
    """The member's own taken request; raises RequestError saying why not."""
    async with db.unit_of_work(sessions) as session:
        return await requests.owned(session, request_id, member_key)


async def sent_for(
    sessions: Sessions, recipient_key: str, message_id: int
) -> tuple[Request, str] | None:
    async with db.unit_of_work(sessions) as session:
        return await requests.sent_for(session, recipient_key, message_id)


async def announcement_targets(
    sessions: Sessions, request: Request, untold: bool = False
) -> list[Recipient]:
    """Whom to tell of a request: its working group's members who did not pass (the whole
    council when all of them passed); ``untold``: only those who hold no notice of it yet."""
    async with db.unit_of_work(sessions) as session:
        skip = await requests.passed_by(session, request.id)
        targets = await requests.recipients(session, request.working_group, skip)
        if not targets and skip:
            targets = await requests.recipients(session, None)
        if untold:
            known = await requests.told(session, request.id)
            targets = [t for t in targets if t.user_key not in known]
    return targets


@dataclass(frozen=True, slots=True)
class Digest:
    waiting: list[Request]
    members: list[Recipient]


async def digest(sessions: Sessions) -> Digest:
    """The requests nobody took, and every council member to tell."""
    async with db.unit_of_work(sessions) as session:
        waiting = await requests.unclaimed(session)
        members = await requests.recipients(session, None) if waiting else []
    return Digest(waiting, members)


# Writing.


async def note_sent(
    sessions: Sessions, request_id: int, recipient_key: str, message_id: int, side: str
) -> None:
    """A message about a request its receiver may reply to (Telegram's reply is relayed)."""
    async with db.unit_of_work(sessions) as session:
        await requests.note_sent(session, request_id, recipient_key, message_id, side)
        await session.commit()


async def note_delivery(
    sessions: Sessions, request_id: int, member_key: str, chat_id: int, message_id: int
) -> None:
    """A member got the notice of a request in this message (edited when someone takes it)."""
    async with db.unit_of_work(sessions) as session:
        await requests.note_delivery(session, request_id, member_key, chat_id, message_id)
        await session.commit()


async def create(
    sessions: Sessions,
    *,
    migrant_key: str,
    chat_id: int,
    name: str,
    account: str | None,
    language: str,
    topic: str,
    question: str,
    directory: Directory,
    now: dt.datetime,
) -> Request:
    """A new request; raises RequestError (too_many, length, topic)."""
    async with db.unit_of_work(sessions) as session:
        request = await requests.create(
            session,
            migrant_key=migrant_key,
            chat_id=chat_id,
            name=name,
            account=account,
            language=language,
            topic=topic,
            question=question,
            directory=directory,
            now=now,
        )
        await session.commit()
    return request


async def add_message(
    sessions: Sessions, request_id: int, sender: str, text: str, now: dt.datetime
) -> None:
    """What one side wrote, kept once the other side has it."""
    async with db.unit_of_work(sessions) as session:
        await requests.add_message(session, request_id, sender, text, now)
        await session.commit()


@dataclass(frozen=True, slots=True)
class Ended:
    """A request as it was before it ended, the members' notices of it, and its owner."""

    request: Request
    told: list[Notice]
    owner: Recipient | None


async def withdraw(
    sessions: Sessions, request_id: int, migrant_key: str, now: dt.datetime
) -> Ended:
    """The migrant withdraws an open or taken request; raises RequestError when it is not."""
    async with db.unit_of_work(sessions) as session:
        before = await requests.withdraw(session, request_id, migrant_key, now)
        told = await requests.notices(session, request_id)
        owner = await requests.recipient(session, before.member_key or "")
        await session.commit()
    return Ended(before, told, owner)


@dataclass(frozen=True, slots=True)
class ReplyTarget:
    request: Request
    member: Recipient | None


async def reply_target(
    sessions: Sessions, request_id: int, migrant_key: str
) -> ReplyTarget | None:
    """The migrant's request and the member answering it; None when it is not theirs."""
    async with db.unit_of_work(sessions) as session:
        try:
            request = await requests.migrants_own(session, request_id, migrant_key)
        except requests.RequestError:
            return None
        member = await requests.recipient(session, request.member_key or "")
    return ReplyTarget(request, member)


@dataclass(frozen=True, slots=True)
class Taken:
    request: Request
    told: list[Notice]


async def take(sessions: Sessions, request_id: int, member_key: str, now: dt.datetime) -> Taken:
    """The first member to take a request owns it; raises RequestError for the others."""
    async with db.unit_of_work(sessions) as session:
        request = await requests.take(session, request_id, member_key, now)
        told = await requests.notices(session, request_id)
        await session.commit()
    return Taken(request, told)


async def pass_on(sessions: Sessions, request_id: int, member_key: str) -> None:
    async with db.unit_of_work(sessions) as session:
        await requests.pass_on(session, request_id, member_key)
        await session.commit()


async def close(
    sessions: Sessions,
    request_id: int,
    member_key: str,
    draft: Draft,
    useful: bool,
    closest: list[str],
    now: dt.datetime,
) -> tuple[Request, int]:
    """Close with the consultation log entry; raises RequestError when not the member's."""
    async with db.unit_of_work(sessions) as session:
        closed = await requests.close(
            session, request_id, member_key, draft, useful, closest, now
        )
        await session.commit()
    return closed


async def due_again(sessions: Sessions, now: dt.datetime, after: dt.timedelta) -> list[Request]:
    """Open requests to announce again (marked as announced now)."""
    async with db.unit_of_work(sessions) as session:
        due = await requests.due_again(session, now, after)
        await session.commit()
    return due


# The member's inbox, handing requests over, canned replies, ratings (knowledge.consult.inbox).


async def inbox_of(sessions: Sessions, member_key: str) -> inbox.Inbox:
    """Raises RequestError("no_role") for someone who is no member (any more)."""
    async with db.unit_of_work(sessions) as session:
        return await inbox.inbox(session, member_key)


async def unpass(sessions: Sessions, request_id: int, member_key: str) -> Request:
    async with db.unit_of_work(sessions) as session:
        request = await inbox.unpass(session, request_id, member_key)
        await session.commit()
    return request


async def assignable(sessions: Sessions, request_id: int, actor_key: str) -> list[Staff]:
    async with db.unit_of_work(sessions) as session:
        return await inbox.assignable(session, request_id, actor_key)


async def assign(
    sessions: Sessions, request_id: int, to_telegram_id: int, actor_key: str, now: dt.datetime
) -> inbox.Assigned:
    async with db.unit_of_work(sessions) as session:
        assigned = await inbox.assign(session, request_id, to_telegram_id, actor_key, now)
        await session.commit()
    return assigned


async def canned(sessions: Sessions, language: str | None = None) -> list[inbox.Canned]:
    async with db.unit_of_work(sessions) as session:
        return await inbox.canned(session, language)


async def canned_one(sessions: Sessions, number: int) -> inbox.Canned | None:
    async with db.unit_of_work(sessions) as session:
        return await inbox.canned_one(session, number)


async def add_canned(sessions: Sessions, language: str, text: str, actor_key: str) -> int:
    """Its number; raises RequestError ("language", "length")."""
    async with db.unit_of_work(sessions) as session:
        number = await inbox.add_canned(session, language, text, actor_key)
        await session.commit()
    return number


async def delete_canned(sessions: Sessions, number: int) -> bool:
    async with db.unit_of_work(sessions) as session:
        deleted = await inbox.delete_canned(session, number)
        await session.commit()
    return deleted


async def rate(
    sessions: Sessions, request_id: int, migrant_key: str, helpful: bool, now: dt.datetime
) -> bool:
    async with db.unit_of_work(sessions) as session:
        rated = await inbox.rate(session, request_id, migrant_key, helpful, now)
        await session.commit()
    return rated


async def comment(sessions: Sessions, request_id: int, migrant_key: str, text: str) -> str:
    async with db.unit_of_work(sessions) as session:
        outcome = await inbox.comment(session, request_id, migrant_key, text)
        await session.commit()
    return outcome


async def ratings(sessions: Sessions, today: dt.date) -> inbox.Ratings:
    """How migrants rated the members' answers lately, for the admins' /stats."""
    async with db.unit_of_work(sessions) as session:
        return await inbox.ratings(session, today)
