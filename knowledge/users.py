"""What is stored per user: only the chosen language, under a pseudonymous key."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from .models import QueryLogRow, UserSettings


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


async def forget(session: AsyncSession, user_key: str) -> int:
    """Delete everything stored about one user; the number of rows removed."""
    removed = 0
    for table, column in (
        (UserSettings, UserSettings.user_key),
        (QueryLogRow, QueryLogRow.user_key),
    ):
        result = await session.execute(delete(table).where(column == user_key))
        removed += result.rowcount or 0
    return removed
