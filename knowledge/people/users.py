"""What is stored per user, under a pseudonymous key; forgetting it; the retention purge."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, cast

from sqlalchemy import CursorResult, delete, select
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
        removed += cast(CursorResult[Any], result).rowcount or 0
    # The dialog state is stored under the pseudonym; a row from before that was keyed by the
    # Telegram id (rekey_states moves those at start, this catches one written in between).
    keys = [user_key] + ([str(telegram_id)] if telegram_id is not None else [])
    result = await session.execute(
        delete(ConversationState).where(
            ConversationState.kind == "user", ConversationState.key.in_(keys)
        )
    )
    removed += cast(CursorResult[Any], result).rowcount or 0
    return removed


async def rekey_states(session: AsyncSession, key_of: Callable[[int], str]) -> int:
    """Move dialog state stored under a Telegram id (before pseudonyms) to the pseudonym."""
    rows = (
        await session.scalars(select(ConversationState).where(ConversationState.kind == "user"))
    ).all()
    moved = 0
    for row in rows:
        if not row.key.isdigit():
            continue
        pseudonym = key_of(int(row.key))
        if await session.get(ConversationState, ("user", pseudonym)) is None:
            session.add(ConversationState(kind="user", key=pseudonym, data=row.data))
        await session.delete(row)
        moved += 1
    return moved


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
        counts[name] = cast(CursorResult[Any], result).rowcount or 0
    counts["consultation requests"] = await consult_requests.purge(session, older_than)
    counts["decided KB proposals"] = await proposals.purge(session, older_than)
    return counts
