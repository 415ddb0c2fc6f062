"""Scheduled jobs run once per period however many workers schedule them."""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from sqlalchemy import CursorResult, delete
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from knowledge.storage import db
from knowledge.storage.models import JobRun


async def claim(session: AsyncSession, name: str, slot: str) -> bool:
    """True for the first caller of (name, slot): that worker runs the job, the others skip.
    The caller commits."""
    dialect = session.get_bind().dialect.name
    insert = sqlite_insert if dialect == "sqlite" else postgresql_insert
    result = await session.execute(
        insert(JobRun).values(name=name, slot=slot).on_conflict_do_nothing()
    )
    return bool(cast(CursorResult[Any], result).rowcount)


async def first_to_claim(sessions: async_sessionmaker[AsyncSession], name: str, slot: str) -> bool:
    """Claim the run in its own transaction: True for the one worker that runs it."""
    async with db.unit_of_work(sessions) as session:
        first = await claim(session, name, slot)
        await session.commit()
    return first


async def forget_runs(session: AsyncSession, before: dt.datetime) -> int:
    result = await session.execute(delete(JobRun).where(JobRun.at < before))
    return cast(CursorResult[Any], result).rowcount or 0
