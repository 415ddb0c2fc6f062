"""What people do about themselves and what admins do about roles, each in its own unit of
work: language, forgetting, the retention purge; grants, and how the bot reaches a member.

A role check only reads (``member``); remembering how to reach a member is an action of its
own, which the caller takes when what was read is out of date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from knowledge.consult import requests as consult_requests
from knowledge.consult.requests import Notice, Recipient, Request
from knowledge.people import roles, users
from knowledge.people.roles import Staff
from knowledge.storage import db, jobs

Sessions = async_sessionmaker[AsyncSession]


async def member(sessions: Sessions, user_key: str) -> Staff | None:
    """Someone's role and remembered contact; None for everyone without a role. Reads only."""
    async with db.unit_of_work(sessions) as session:
        return await roles.member(session, user_key)


async def remember_contact(
    sessions: Sessions, user_key: str, display_name: str, telegram_id: int, language: str
) -> None:
    """A member's name (for the reports, if none was given), private chat and language (for
    the requests relayed to them); nothing for someone without a role."""
    async with db.unit_of_work(sessions) as session:
        await roles.remember_contact(session, user_key, display_name, telegram_id, language)
        await session.commit()


async def grant(
    sessions: Sessions,
    user_key: str,
    role: str,
    display_name: str = "",
    granted_by: str = "cli",
    telegram_id: int | None = None,
    groups: tuple[int, ...] | None = None,
) -> None:
    async with db.unit_of_work(sessions) as session:
        await roles.grant(
            session, user_key, role, display_name, granted_by, telegram_id, groups=groups
        )
        await session.commit()


async def revoke(
    sessions: Sessions, user_key: str, now: dt.datetime | None
) -> tuple[bool, consult_requests.Released]:
    """Whether there was a role to take away, and the requests the member held or was offered,
    handed back in the same transaction: no moment where a request has an owner without a
    role. ``now`` None (the CLI): they are re-announced at the bot's next run."""
    async with db.unit_of_work(sessions) as session:
        removed = await roles.revoke(session, user_key)
        released = await consult_requests.release(session, user_key, now)
        await session.commit()
    return removed, released


async def set_groups(
    sessions: Sessions, user_key: str, groups: tuple[int, ...], granted_by: str
) -> str | None:
    """The working groups a member sits in; their role, or None (and nothing changed) when
    they have none."""
    async with db.unit_of_work(sessions) as session:
        role = await roles.role_of(session, user_key)
        if role is None:
            return None
        await roles.grant(session, user_key, role, granted_by=granted_by, groups=groups)
        await session.commit()
    return role


async def staff(sessions: Sessions) -> list[Staff]:
    async with db.unit_of_work(sessions) as session:
        return await roles.staff(session)


async def saved_language(sessions: Sessions, user_key: str) -> str | None:
    async with db.unit_of_work(sessions) as session:
        return await users.get_language(session, user_key)


async def choose_language(sessions: Sessions, user_key: str, language: str) -> None:
    async with db.unit_of_work(sessions) as session:
        await users.set_language(session, user_key, language)
        await session.commit()


@dataclass(frozen=True, slots=True)
class EndedRequest:
    """A request of the forgotten user that was still open: its member must be told."""

    request: Request
    told: list[Notice]  # the messages the members got about it
    owner: Recipient | None  # the member who took it


@dataclass(frozen=True, slots=True)
class Forgotten:
    removed: int  # rows deleted
    ended: list[EndedRequest]


async def forget(sessions: Sessions, user_key: str, telegram_id: int) -> Forgotten:
    """Delete everything stored about one user (/forget), open requests included."""
    async with db.unit_of_work(sessions) as session:
        active = await consult_requests.active_of(session, user_key)
        ended = [
            EndedRequest(
                request,
                await consult_requests.notices(session, request.id),
                await consult_requests.recipient(session, request.member_key or ""),
            )
            for request in active
        ]
        removed = await consult_requests.forget(session, user_key)
        removed += await users.forget(session, user_key, telegram_id)
        await session.commit()
    return Forgotten(removed, ended)


async def purge(sessions: Sessions, older_than: dt.datetime) -> dict[str, int]:
    """Delete what is past the retention period; how many rows of each kind went."""
    async with db.unit_of_work(sessions) as session:
        counts = await users.purge(session, older_than)
        counts["job runs"] = await jobs.forget_runs(session, older_than)
        await session.commit()
    return counts
