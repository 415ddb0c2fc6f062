"""A council member's inbox: what waits for them, what they hold, what they passed (and may
take back); handing a request to another member; canned replies; the migrants' ratings.

Ratings are keyed by the request, with no id of the migrant of their own, and go with it
(/forget, the retention purge: ``requests._delete_requests``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import CursorResult, delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from knowledge.answering.langdetect import LANGS
from knowledge.consult.requests import (
    ACTIVE,
    CLOSED,
    OPEN,
    TAKEN,
    Notice,
    Request,
    RequestError,
    _to_domain,
    notices,
    recipients,
)
from knowledge.council.consultations import has_personal_data
from knowledge.people import roles
from knowledge.people.roles import Staff
from knowledge.storage.models import (
    ConsultCanned,
    ConsultNotice,
    ConsultRating,
    ConsultRequestRow,
    StaffRole,
)

SHOWN = 8  # requests listed per section; the counts say how many there are
MAX_CANNED = 1000
MAX_COMMENT = 300


@dataclass(frozen=True, slots=True)
class Inbox:
    groups: tuple[int, ...]
    waiting: list[Request]  # open, for the member's working groups (all, without a group)
    mine: list[Request]  # taken by the member
    passed: list[Request]  # open, passed by the member: they may take it back
    others: list[tuple[Request, str]]  # admins: taken by someone else, and by whom
    admin: bool


async def _staff_row(session: AsyncSession, member_key: str) -> StaffRole:
    row = await session.get(StaffRole, member_key)
    if row is None or not roles.allows(row.role, "council"):
        raise RequestError("no_role")
    return row


async def inbox(session: AsyncSession, member_key: str) -> Inbox:
    staff = await _staff_row(session, member_key)
    groups = tuple(staff.groups or ())
    open_rows = list(
        await session.scalars(
            select(ConsultRequestRow)
            .where(ConsultRequestRow.status == OPEN)
            .order_by(ConsultRequestRow.id)
        )
    )
    passed_ids = set(
        await session.scalars(
            select(ConsultNotice.request_id).where(
                ConsultNotice.member_key == member_key, ConsultNotice.passed.is_(True)
            )
        )
    )
    routed: dict[int | None, bool] = {}
    waiting = []
    for row in open_rows:
        if row.id in passed_ids:
            continue
        if groups:  # the requests routed to them, as they are announced (requests.recipients)
            if row.working_group not in routed:
                chosen = await recipients(session, row.working_group)
                routed[row.working_group] = any(r.user_key == member_key for r in chosen)
            if not routed[row.working_group]:
                continue
        waiting.append(_to_domain(row))
    taken_rows = list(
        await session.scalars(
            select(ConsultRequestRow)
            .where(ConsultRequestRow.status == TAKEN)
            .order_by(ConsultRequestRow.id)
        )
    )
    admin = roles.allows(staff.role, "admin")
    names = {}
    if admin:
        names = {r.user_key: r.display_name for r in await session.scalars(select(StaffRole))}
    return Inbox(
        groups=groups,
        waiting=waiting,
        mine=[_to_domain(r) for r in taken_rows if r.member_key == member_key],
        passed=[_to_domain(r) for r in open_rows if r.id in passed_ids],
        others=[
            (_to_domain(r), names.get(r.member_key or "", "") or "—")
            for r in taken_rows
            if admin and r.member_key != member_key
        ],
        admin=admin,
    )


async def unpass(session: AsyncSession, request_id: int, member_key: str) -> Request:
    """Take back a pass: the request is offered to the member again (re-announcements too)."""
    await _staff_row(session, member_key)
    row = await session.get(ConsultRequestRow, request_id)
    if row is None:
        raise RequestError("not_found")
    if row.status != OPEN:
        raise RequestError("yours" if row.member_key == member_key else row.status)
    await session.execute(
        update(ConsultNotice)
        .where(ConsultNotice.request_id == request_id, ConsultNotice.member_key == member_key)
        .values(passed=False)
    )
    return _to_domain(row)


async def _may_assign(session: AsyncSession, request_id: int, actor_key: str) -> ConsultRequestRow:
    staff = await _staff_row(session, actor_key)
    row = await session.get(ConsultRequestRow, request_id)
    if row is None:
        raise RequestError("not_found")
    if row.status not in ACTIVE:
        raise RequestError(row.status)
    owner = row.status == TAKEN and row.member_key == actor_key
    if not (owner or roles.allows(staff.role, "admin")):
        raise RequestError("not_allowed")
    return row


async def assignable(session: AsyncSession, request_id: int, actor_key: str) -> list[Staff]:
    """Whom an admin (or the request's owner) may hand it to: members the bot can write to,
    but not the one who holds it."""
    row = await _may_assign(session, request_id, actor_key)
    return [
        s
        for s in await roles.staff(session)
        if roles.allows(s.role, "council")
        and s.telegram_id is not None
        and s.user_key != row.member_key
    ]


@dataclass(frozen=True, slots=True)
class Assigned:
    before: Request
    after: Request
    to: Staff
    told: list[Notice]


async def assign(
    session: AsyncSession, request_id: int, to_telegram_id: int, actor_key: str, now: dt.datetime
) -> Assigned:
    """Hand an open or taken request to another member, who owns it from now on. One
    conditional UPDATE: if it changed meanwhile (taken, closed), nothing happens."""
    row = await _may_assign(session, request_id, actor_key)
    before = _to_domain(row)
    target = await session.scalar(
        select(StaffRole).where(StaffRole.telegram_id == to_telegram_id)
    )
    if target is None or not roles.allows(target.role, "council"):
        raise RequestError("no_member")
    if target.user_key == before.member_key:
        raise RequestError("same_member")
    current_owner = (
        ConsultRequestRow.member_key.is_(None)
        if before.member_key is None
        else ConsultRequestRow.member_key == before.member_key
    )
    result = await session.execute(
        update(ConsultRequestRow)
        .where(
            ConsultRequestRow.id == request_id,
            ConsultRequestRow.status == before.status,
            current_owner,
        )
        .values(status=TAKEN, member_key=target.user_key, taken_at=now)
    )
    if not cast(CursorResult[Any], result).rowcount:
        raise RequestError("changed")
    after = await session.get(ConsultRequestRow, request_id, populate_existing=True)
    assert after is not None
    to = await roles.member(session, target.user_key)
    assert to is not None
    return Assigned(before, _to_domain(after), to, await notices(session, request_id))


# Canned replies.


@dataclass(frozen=True, slots=True)
class Canned:
    id: int
    language: str
    text: str


async def canned(session: AsyncSession, language: str | None = None) -> list[Canned]:
    query = select(ConsultCanned).order_by(ConsultCanned.language, ConsultCanned.id)
    if language is not None:
        query = query.where(ConsultCanned.language == language)
    return [Canned(r.id, r.language, r.text) for r in await session.scalars(query)]


async def canned_one(session: AsyncSession, number: int) -> Canned | None:
    row = await session.get(ConsultCanned, number)
    return Canned(row.id, row.language, row.text) if row else None


async def add_canned(session: AsyncSession, language: str, text: str, actor_key: str) -> int:
    text = text.strip()
    if language not in LANGS:
        raise RequestError("language")
    if not text or len(text) > MAX_CANNED:
        raise RequestError("length")
    row = ConsultCanned(language=language, text=text, created_by=actor_key)
    session.add(row)
    await session.flush()
    return row.id


async def delete_canned(session: AsyncSession, number: int) -> bool:
    result = await session.execute(delete(ConsultCanned).where(ConsultCanned.id == number))
    return bool(cast(CursorResult[Any], result).rowcount)


# Ratings.


async def rate(
    session: AsyncSession, request_id: int, migrant_key: str, helpful: bool, now: dt.datetime
) -> bool:
    """The migrant rates the answer of their closed request (again: the new tap counts);
    False when it is not theirs or not closed."""
    row = await session.get(ConsultRequestRow, request_id)
    if row is None or row.migrant_key != migrant_key or row.status != CLOSED:
        return False
    rating = await session.get(ConsultRating, request_id)
    if rating is None:
        session.add(ConsultRating(request_id=request_id, helpful=helpful, at=now))
    else:
        rating.helpful = helpful
        rating.at = now
    return True


async def comment(session: AsyncSession, request_id: int, migrant_key: str, text: str) -> str:
    """The optional word after the tap: "ok", or why not ("length", "personal_data", "gone")."""
    text = text.strip()
    if not text or len(text) > MAX_COMMENT:
        return "length"
    if has_personal_data(text):
        return "personal_data"
    row = await session.get(ConsultRequestRow, request_id)
    rating = await session.get(ConsultRating, request_id)
    if row is None or row.migrant_key != migrant_key or rating is None:
        return "gone"
    rating.comment = text
    return "ok"


@dataclass(frozen=True, slots=True)
class Ratings:
    days: int
    helpful: int
    not_helpful: int
    comments: list[tuple[bool, str]]  # the newest few words, with their rating


async def ratings(session: AsyncSession, today: dt.date, days: int = 14) -> Ratings:
    since = dt.datetime.combine(today - dt.timedelta(days=days - 1), dt.time(), dt.UTC)
    counts = dict(
        (bool(helpful), int(count))
        for helpful, count in await session.execute(
            select(ConsultRating.helpful, func.count())
            .where(ConsultRating.at >= since)
            .group_by(ConsultRating.helpful)
        )
    )
    words = await session.execute(
        select(ConsultRating.helpful, ConsultRating.comment)
        .where(ConsultRating.at >= since, ConsultRating.comment.is_not(None))
        .order_by(ConsultRating.at.desc())
        .limit(3)
    )
    return Ratings(
        days, counts.get(True, 0), counts.get(False, 0), [(bool(h), c or "") for h, c in words]
    )
