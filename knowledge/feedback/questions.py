"""The log of questions the admins review: what was asked and what the bot made of it."""

from __future__ import annotations

from sqlalchemy import insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from knowledge.storage.models import EntryRating, QueryLogRow

# Enough for any real question; a pasted essay is cut, not stored whole.
MAX_LOGGED_CHARS = 1000


async def record(
    session: AsyncSession,
    *,
    user_key: str,
    language: str,
    question: str,
    status: str,
    entry_id: str | None,
    score: float,
    ref: str | None = None,
) -> int:
    # One INSERT … RETURNING: the ORM's unit of work costs more than the row itself here.
    result = await session.execute(
        insert(QueryLogRow)
        .values(
            user_key=user_key,
            language=language,
            question=question[:MAX_LOGGED_CHARS],
            status=status,
            entry_id=entry_id,
            score=score,
            ref=ref,
        )
        .returning(QueryLogRow.id)
    )
    return int(result.scalar_one())


async def record_many(session: AsyncSession, rows: list[dict]) -> None:
    """Several questions in one statement: a busy bot logs what came in while it wrote."""
    await session.execute(
        insert(QueryLogRow),
        [{**row, "question": row["question"][:MAX_LOGGED_CHARS]} for row in rows],
    )


async def rate(session: AsyncSession, ref: str, user_key: str, helpful: bool) -> bool:
    """Record 👍/👎 on one's own question; False if it is not theirs (or gone)."""
    row = await session.scalar(select(QueryLogRow).where(QueryLogRow.ref == ref))
    if row is None or row.user_key != user_key:
        return False
    row.feedback = 1 if helpful else -1
    return True


async def rate_entry(session: AsyncSession, entry_id: str, language: str, helpful: bool) -> None:
    """👍/👎 on an answer opened without a question: the entry and the verdict, nobody's key."""
    session.add(EntryRating(entry_id=entry_id, language=language, helpful=helpful))


async def recent(session: AsyncSession, limit: int = 50) -> list[QueryLogRow]:
    rows = await session.scalars(select(QueryLogRow).order_by(QueryLogRow.id.desc()).limit(limit))
    return list(rows)


async def question_by_ref(session: AsyncSession, ref: str, user_key: str) -> str | None:
    """The user's own logged question, to offer it again (never someone else's)."""
    return await session.scalar(
        select(QueryLogRow.question).where(
            QueryLogRow.ref == ref, QueryLogRow.user_key == user_key
        )
    )
