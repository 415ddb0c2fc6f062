"""Answers council members marked useful for everyone, queued for the admins' review."""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from sqlalchemy import CursorResult, delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from knowledge.storage.models import KbProposal

OPEN, ACCEPTED, DISMISSED = "open", "accepted", "dismissed"


async def waiting(session: AsyncSession, limit: int = 20) -> list[KbProposal]:
    rows = await session.scalars(
        select(KbProposal).where(KbProposal.status == OPEN).order_by(KbProposal.id).limit(limit)
    )
    return list(rows)


async def get_open(session: AsyncSession, proposal_id: int) -> KbProposal | None:
    row = await session.get(KbProposal, proposal_id)
    return row if row is not None and row.status == OPEN else None


async def decide(session: AsyncSession, proposal_id: int, status: str, actor: str) -> None:
    row = await session.get(KbProposal, proposal_id)
    if row is not None:
        row.status = status
        row.decided_by = actor


async def purge(session: AsyncSession, older_than: dt.datetime) -> int:
    """Decided proposals past the retention period go: a migrant's words are not kept forever."""
    result = await session.execute(
        delete(KbProposal).where(KbProposal.status != OPEN, KbProposal.created_at < older_than)
    )
    return cast(CursorResult[Any], result).rowcount or 0
