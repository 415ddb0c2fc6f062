"""What council members (and the CLI) do with the consultation records, each in its own unit
of work: record, correct, withdraw, import, and the report whose every export is logged."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from knowledge.council import consultations, consultations_import, reports
from knowledge.council.consultations import Consultation, Draft
from knowledge.council.consultations_import import ImportResult
from knowledge.council.reports import Report
from knowledge.storage import db

Sessions = async_sessionmaker[AsyncSession]


async def record(sessions: Sessions, member_key: str, draft: Draft) -> int:
    """A new consultation; its number."""
    async with db.unit_of_work(sessions) as session:
        number = await consultations.record(session, member_key, draft)
        await session.commit()
    return number


async def correct(
    sessions: Sessions, number: int, member_key: str, draft: Draft, now: dt.datetime
) -> None:
    """Raises ConsultationError when it is not the member's own, recent entry."""
    async with db.unit_of_work(sessions) as session:
        await consultations.correct(session, number, member_key, draft, now)
        await session.commit()


async def withdraw(sessions: Sessions, number: int, member_key: str, now: dt.datetime) -> None:
    """Raises ConsultationError when it is not the member's own, recent entry."""
    async with db.unit_of_work(sessions) as session:
        await consultations.withdraw(session, number, member_key, now)
        await session.commit()


async def get(sessions: Sessions, number: int) -> Consultation | None:
    async with db.unit_of_work(sessions) as session:
        return await consultations.get(session, number)


async def recent_for(sessions: Sessions, member_key: str) -> list[Consultation]:
    async with db.unit_of_work(sessions) as session:
        return await consultations.recent_for(session, member_key)


async def import_csv(sessions: Sessions, text: str, today: dt.date) -> ImportResult:
    """Every row valid, then all recorded; any problem, and nothing is."""
    result = consultations_import.parse_csv(text, today)
    if result.problems:
        return result
    async with db.unit_of_work(sessions) as session:
        for row in result.rows:
            member = consultations_import.imported_member_key(row.member)
            await consultations.record(session, member, row.draft)
        await session.commit()
    return result


async def report(
    sessions: Sessions, date_from: dt.date, date_to: dt.date, actor: str, channel: str
) -> Report:
    """The counts of a period; who exported it, and how, is logged."""
    async with db.unit_of_work(sessions) as session:
        built = await reports.build_report(session, date_from, date_to)
        await reports.log_export(session, actor, built, channel)
        await session.commit()
    return built
