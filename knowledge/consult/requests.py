"""A migrant asks a council member: the request, who may take it, the exchange, the closing.

The migrant agrees to share their Telegram name and the text, nothing else; their chat id is
kept only while the request is open, to relay the member's answers, and cleared when it ends.
The first member to take a request owns it: taking is one conditional UPDATE, so two members
pressing at once cannot both win, whichever worker serves them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import CursorResult, delete, exists, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from knowledge.council import consultations
from knowledge.council.consultations import TOPICS, Draft
from knowledge.people import roles
from knowledge.reference.contacts import Directory
from knowledge.storage.models import (
    ConsultMessage,
    ConsultNotice,
    ConsultRating,
    ConsultRelayMessage,
    ConsultRequestRow,
    KbProposal,
    StaffRole,
)

OPEN, TAKEN, CLOSED, WITHDRAWN = "open", "taken", "closed", "withdrawn"
ACTIVE = (OPEN, TAKEN)
MAX_TEXT = 2000
MIN_QUESTION = 10
# Requests one migrant may have waiting or in hand at once: each one is announced to every
# member of a working group, so more would let one person flood the council.
MAX_ACTIVE_PER_MIGRANT = 3


class RequestError(Exception):
    """A refused action; ``code`` is stable for the views to translate."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


@dataclass(frozen=True, slots=True)
class Request:
    id: int
    status: str
    topic: str
    language: str
    question: str
    migrant_name: str
    migrant_account: str | None
    migrant_chat_id: int | None
    migrant_key: str
    member_key: str | None
    working_group: int | None
    created_at: dt.datetime


@dataclass(frozen=True, slots=True)
class Recipient:
    """A council member the bot can write to."""

    user_key: str
    chat_id: int
    language: str | None


@dataclass(frozen=True, slots=True)
class Notice:
    member_key: str
    chat_id: int
    message_id: int
    passed: bool


@dataclass(frozen=True, slots=True)
class Released:
    """What a member whose role went leaves behind: requests they had taken (now open again,
    as they were before) and open ones they had been offered."""

    taken: list[Request]
    offered: list[Request]

    def __len__(self) -> int:
        return len(self.taken) + len(self.offered)


def _to_domain(row: ConsultRequestRow) -> Request:
    return Request(
        id=row.id,
        status=row.status,
        topic=row.topic,
        language=row.language,
        question=row.question,
        migrant_name=row.migrant_name,
        migrant_account=row.migrant_account,
        migrant_chat_id=row.migrant_chat_id,
        migrant_key=row.migrant_key,
        member_key=row.member_key,
        working_group=row.working_group,
        created_at=row.created_at,
    )


def working_group_for(topic: str, directory: Directory) -> int | None:
    """The working group whose topics (contacts.yaml) name this one, if any."""
    return next((g.number for g in directory.working_groups if topic in g.topics), None)


async def create(
    session: AsyncSession,
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
    question = question.strip()
    if topic not in TOPICS:
        raise RequestError("topic")
    if not MIN_QUESTION <= len(question) <= MAX_TEXT:
        raise RequestError("length")
    if consultations.has_personal_data(question):
        # The member asks for a number when they need it; nothing like it is stored unasked.
        raise RequestError("personal_data")
    if await active_count(session, migrant_key) >= MAX_ACTIVE_PER_MIGRANT:
        raise RequestError("too_many")
    row = ConsultRequestRow(
        migrant_key=migrant_key,
        migrant_chat_id=chat_id,
        migrant_name=name[:128],
        migrant_account=account,
        language=language,
        topic=topic,
        working_group=working_group_for(topic, directory),
        question=question,
        status=OPEN,
        announced_at=now,
        created_at=now,
    )
    session.add(row)
    await session.flush()
    return _to_domain(row)


async def recipients(
    session: AsyncSession, working_group: int | None, skip: frozenset[str] = frozenset()
) -> list[Recipient]:
    """The members of the request's working group; when it has none, every council member.

    Admins hold the council role too but are asked only when there is no council member.
    """
    rows = list(await session.scalars(select(StaffRole).where(StaffRole.telegram_id.is_not(None))))
    council = [r for r in rows if r.role == "council" and r.user_key not in skip]
    in_group = [r for r in council if working_group is not None and working_group in r.groups]
    chosen = in_group or council
    if not chosen:
        chosen = [r for r in rows if r.role == "admin" and r.user_key not in skip]
    return [
        Recipient(r.user_key, int(r.telegram_id), r.language)
        for r in chosen
        if r.telegram_id is not None  # as the query asked: for mypy, which cannot know
    ]


async def recipient(session: AsyncSession, member_key: str) -> Recipient | None:
    """How to reach one member; None when they have no role any more or no known chat."""
    row = await session.get(StaffRole, member_key) if member_key else None
    if row is None or row.telegram_id is None:
        return None
    return Recipient(row.user_key, int(row.telegram_id), row.language)


async def note_delivery(
    session: AsyncSession, request_id: int, member_key: str, chat_id: int, message_id: int
) -> None:
    session.add(
        ConsultNotice(
            request_id=request_id, member_key=member_key, chat_id=chat_id, message_id=message_id
        )
    )


async def note_sent(
    session: AsyncSession, request_id: int, recipient_key: str, message_id: int, side: str
) -> None:
    """Remember a message sent about a request, so that a reply to it reaches that request."""
    session.add(
        ConsultRelayMessage(
            request_id=request_id, recipient_key=recipient_key, message_id=message_id, side=side
        )
    )


async def sent_for(
    session: AsyncSession, recipient_key: str, message_id: int
) -> tuple[Request, str] | None:
    """The request a message the bot sent this person belongs to, and on which side they
    received it (member or migrant); None when it was no request's message."""
    row = await session.scalar(
        select(ConsultRelayMessage)
        .where(
            ConsultRelayMessage.recipient_key == recipient_key,
            ConsultRelayMessage.message_id == message_id,
        )
        .order_by(ConsultRelayMessage.id.desc())
        .limit(1)
    )
    if row is None:
        return None
    request = await session.get(ConsultRequestRow, row.request_id)
    return (_to_domain(request), row.side) if request is not None else None


async def notices(session: AsyncSession, request_id: int) -> list[Notice]:
    rows = await session.scalars(
        select(ConsultNotice).where(ConsultNotice.request_id == request_id)
    )
    return [Notice(r.member_key, r.chat_id, r.message_id, r.passed) for r in rows]


async def get(session: AsyncSession, request_id: int) -> Request | None:
    row = await session.get(ConsultRequestRow, request_id)
    return _to_domain(row) if row else None


async def take(
    session: AsyncSession, request_id: int, member_key: str, now: dt.datetime
) -> Request:
    result = await session.execute(
        update(ConsultRequestRow)
        .where(ConsultRequestRow.id == request_id, ConsultRequestRow.status == OPEN)
        .values(status=TAKEN, member_key=member_key, taken_at=now)
    )
    current = await session.get(ConsultRequestRow, request_id, populate_existing=True)
    if current is None:
        raise RequestError("not_found")
    if not cast(CursorResult[Any], result).rowcount:
        raise RequestError("yours" if current.member_key == member_key else current.status)
    return _to_domain(current)


async def pass_on(session: AsyncSession, request_id: int, member_key: str) -> None:
    await session.execute(
        update(ConsultNotice)
        .where(ConsultNotice.request_id == request_id, ConsultNotice.member_key == member_key)
        .values(passed=True)
    )


async def owned(session: AsyncSession, request_id: int, member_key: str) -> Request:
    """The member's own taken request, or why not. Every way a member writes to a migrant
    comes through here, so the role is checked now, not when a step or button began."""
    staff = await session.get(StaffRole, member_key)
    if staff is None or not roles.allows(staff.role, "council"):
        raise RequestError("no_role")
    row = await session.get(ConsultRequestRow, request_id)
    if row is None:
        raise RequestError("not_found")
    if row.member_key != member_key:
        raise RequestError("not_owner")
    if row.status != TAKEN:
        raise RequestError(row.status)
    return _to_domain(row)


async def migrants_own(session: AsyncSession, request_id: int, migrant_key: str) -> Request:
    row = await session.get(ConsultRequestRow, request_id)
    if row is None or row.migrant_key != migrant_key:
        raise RequestError("not_found")
    return _to_domain(row)


async def add_message(
    session: AsyncSession, request_id: int, sender: str, text: str, now: dt.datetime
) -> None:
    if not text.strip() or len(text) > MAX_TEXT:
        raise RequestError("length")
    session.add(ConsultMessage(request_id=request_id, sender=sender, text=text, at=now))


async def messages(session: AsyncSession, request_id: int) -> list[ConsultMessage]:
    rows = await session.scalars(
        select(ConsultMessage)
        .where(ConsultMessage.request_id == request_id)
        .order_by(ConsultMessage.id)
    )
    return list(rows)


async def withdraw(
    session: AsyncSession, request_id: int, migrant_key: str, now: dt.datetime
) -> Request:
    """Withdraw an open or taken request; returns it as it was (to tell its member)."""
    row = await session.get(ConsultRequestRow, request_id)
    if row is None or row.migrant_key != migrant_key:
        raise RequestError("not_found")
    if row.status not in ACTIVE:
        raise RequestError(row.status)
    before = _to_domain(row)
    row.status = WITHDRAWN
    row.closed_at = now
    row.migrant_chat_id = None
    return before


async def close(
    session: AsyncSession,
    request_id: int,
    member_key: str,
    draft: Draft,
    useful: bool,
    closest: list[str],
    now: dt.datetime,
) -> tuple[Request, int]:
    """Close with the consultation log entry (and, if useful, a proposal for the KB)."""
    request = await owned(session, request_id, member_key)
    consultation_id = await consultations.record(session, member_key, draft)
    row = await session.get(ConsultRequestRow, request_id)
    assert row is not None
    row.status = CLOSED
    row.closed_at = now
    row.consultation_id = consultation_id
    row.migrant_chat_id = None
    if useful:
        answers = [m.text for m in await messages(session, request_id) if m.sender == "member"]
        session.add(
            KbProposal(
                request_id=request_id,
                language=request.language,
                topic=draft.topics[0] if draft.topics else request.topic,
                question=request.question,
                answer="\n\n".join(answers),
                closest=closest,
                proposed_by=member_key,
            )
        )
    return request, consultation_id


async def mine(session: AsyncSession, migrant_key: str, limit: int = 10) -> list[Request]:
    rows = await session.scalars(
        select(ConsultRequestRow)
        .where(ConsultRequestRow.migrant_key == migrant_key)
        .order_by(ConsultRequestRow.id.desc())
        .limit(limit)
    )
    return [_to_domain(r) for r in rows]


async def unclaimed(session: AsyncSession) -> list[Request]:
    rows = await session.scalars(
        select(ConsultRequestRow)
        .where(ConsultRequestRow.status == OPEN)
        .order_by(ConsultRequestRow.id)
    )
    return [_to_domain(r) for r in rows]


async def due_again(session: AsyncSession, now: dt.datetime, after: dt.timedelta) -> list[Request]:
    """Open requests nobody took since they were last announced ``after`` ago, or never
    announced since they were handed back (see release); marks them."""
    rows = list(
        await session.scalars(
            select(ConsultRequestRow).where(
                ConsultRequestRow.status == OPEN,
                or_(
                    ConsultRequestRow.announced_at.is_(None),
                    ConsultRequestRow.announced_at <= now - after,
                ),
            )
        )
    )
    for row in rows:
        row.announced_at = now
    return [_to_domain(r) for r in rows]


async def release(session: AsyncSession, member_key: str, now: dt.datetime | None) -> Released:
    """Hand back what a member leaves when their role goes: their taken requests become open
    again, with no owner, and their copies of the notices are forgotten (nobody edits an
    ex-member's messages any more). ``now`` is when the caller announces them again; None
    leaves that to the next re-announcement run (the CLI cannot write to anyone)."""
    taken_rows = list(
        await session.scalars(
            select(ConsultRequestRow)
            .where(ConsultRequestRow.member_key == member_key, ConsultRequestRow.status == TAKEN)
            .order_by(ConsultRequestRow.id)
        )
    )
    for row in taken_rows:
        row.status = OPEN
        row.member_key = None
        row.taken_at = None
        row.announced_at = now
    offered_rows = list(
        await session.scalars(
            select(ConsultRequestRow)
            .where(
                ConsultRequestRow.status == OPEN,
                ConsultRequestRow.id.not_in([r.id for r in taken_rows]),
                exists().where(
                    ConsultNotice.request_id == ConsultRequestRow.id,
                    ConsultNotice.member_key == member_key,
                    ConsultNotice.passed.is_(False),
                ),
            )
            .order_by(ConsultRequestRow.id)
        )
    )
    await session.execute(delete(ConsultNotice).where(ConsultNotice.member_key == member_key))
    await session.flush()
    return Released([_to_domain(r) for r in taken_rows], [_to_domain(r) for r in offered_rows])


async def told(session: AsyncSession, request_id: int) -> frozenset[str]:
    """Members who already hold a notice of this request."""
    rows = await session.scalars(
        select(ConsultNotice.member_key).where(ConsultNotice.request_id == request_id)
    )
    return frozenset(rows)


async def passed_by(session: AsyncSession, request_id: int) -> frozenset[str]:
    rows = await session.scalars(
        select(ConsultNotice.member_key).where(
            ConsultNotice.request_id == request_id, ConsultNotice.passed.is_(True)
        )
    )
    return frozenset(rows)


async def active_count(session: AsyncSession, migrant_key: str) -> int:
    query = select(func.count()).where(
        ConsultRequestRow.migrant_key == migrant_key, ConsultRequestRow.status.in_(ACTIVE)
    )
    return int(await session.scalar(query) or 0)


async def active_of(session: AsyncSession, migrant_key: str) -> list[Request]:
    rows = await session.scalars(
        select(ConsultRequestRow).where(
            ConsultRequestRow.migrant_key == migrant_key, ConsultRequestRow.status.in_(ACTIVE)
        )
    )
    return [_to_domain(r) for r in rows]


async def forget(session: AsyncSession, migrant_key: str) -> int:
    """Delete a migrant's requests, their messages and the proposals made from them (the
    proposal quotes the question); how many requests went. Wording an admin already adopted
    into an FAQ entry stays: it was rewritten for everyone, without the person."""
    ids = list(
        await session.scalars(
            select(ConsultRequestRow.id).where(ConsultRequestRow.migrant_key == migrant_key)
        )
    )
    if ids:
        await session.execute(delete(KbProposal).where(KbProposal.request_id.in_(ids)))
    await _delete_requests(session, ids)
    return len(ids)


async def _delete_requests(session: AsyncSession, ids: list[int]) -> None:
    if not ids:
        return
    # Explicit deletes: SQLite enforces ON DELETE CASCADE only with a pragma per connection.
    for table in (ConsultMessage, ConsultNotice, ConsultRelayMessage, ConsultRating):
        await session.execute(delete(table).where(table.request_id.in_(ids)))
    await session.execute(delete(ConsultRequestRow).where(ConsultRequestRow.id.in_(ids)))


async def purge(session: AsyncSession, older_than: dt.datetime) -> int:
    """Requests that ended before the retention cutoff go, with their messages; so do those
    that never ended (nobody took them, or their member stopped answering) when nothing was
    written in them since the cutoff: the promise is that nothing stays longer."""
    recent = exists().where(
        ConsultMessage.request_id == ConsultRequestRow.id, ConsultMessage.at >= older_than
    )
    ids = list(
        await session.scalars(
            select(ConsultRequestRow.id).where(
                or_(
                    ConsultRequestRow.status.in_((CLOSED, WITHDRAWN))
                    & (ConsultRequestRow.closed_at < older_than),
                    ConsultRequestRow.status.in_(ACTIVE)
                    & (ConsultRequestRow.created_at < older_than)
                    & ~recent,
                )
            )
        )
    )
    await _delete_requests(session, ids)
    return len(ids)
