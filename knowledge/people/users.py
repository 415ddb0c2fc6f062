"""What is stored per user, under a pseudonymous key; forgetting it; the retention purge."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from knowledge.consult import requests as consult_requests
from knowledge.feedback import proposals
from knowledge.storage.models import ConversationState, ProcessedUpdate, QueryLogRow, UserSettings


async def get_language(session: AsyncSession, user_key: str) -> str | None:
    return await session.scalar(
        select(UserSettings.language).where(UserSettings.user_key == user_key)
    )


async def set_language(session: AsyncSession, user_key: str, language: str) -> None:
    row = await session.get(UserSettings, user_key)
    if row is None:
        session.add(UserSettings(user_key=user_key, language=language))
    else:
        row.language = language


async def forget(session: AsyncSession, user_key: str, telegram_id: int | None = None) -> int:
    """Delete everything stored about one user; the number of rows removed."""
    removed = 0
    for table, column in (
        (UserSettings, UserSettings.user_key),
        (QueryLogRow, QueryLogRow.user_key),
    ):
        result = await session.execute(delete(table).where(column == user_key))
        removed += result.rowcount or 0
    if telegram_id is not None:
        result = await session.execute(
            delete(ConversationState).where(
                ConversationState.kind == "user", ConversationState.key == str(telegram_id)
            )
        )
        removed += result.rowcount or 0
    return removed


async def purge(session: AsyncSession, older_than: dt.datetime) -> dict[str, int]:
    """Delete what is past the retention period: questions, idle settings, old state."""
    counts = {}
    for name, table, column in (
        ("questions", QueryLogRow, QueryLogRow.created_at),
        ("language choices", UserSettings, UserSettings.updated_at),
        ("conversation states", ConversationState, ConversationState.updated_at),
        ("processed update ids", ProcessedUpdate, ProcessedUpdate.at),
    ):
        result = await session.execute(delete(table).where(column < older_than))
        counts[name] = result.rowcount or 0
    counts["consultation requests"] = await consult_requests.purge(session, older_than)
    counts["decided KB proposals"] = await proposals.purge(session, older_than)
    return counts
