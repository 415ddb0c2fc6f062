"""Keeping the answers honest about their age: an admin marks an entry's text reviewed after
comparing it with the official page, and entries nobody has reviewed for a while come due."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable

from sqlalchemy.ext.asyncio import AsyncSession

from knowledge.kb import revisions
from knowledge.kb.entries import Entry
from knowledge.kb.files import Tables

REVIEWED = "reviewed"  # the revision's action


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` earlier (the month's last day where it has fewer days)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    following = dt.date(year + (month == 12), month % 12 + 1, 1)
    last = (following - dt.timedelta(days=1)).day
    return dt.date(year, month, min(day.day, last))


def due(entries: Iterable[Entry], today: dt.date, months: int) -> list[Entry]:
    """Live entries last reviewed ``months`` or more ago (never reviewed first), oldest first."""
    limit = months_before(today, months)
    late = [e for e in entries if e.live and (e.reviewed_on is None or e.reviewed_on <= limit)]
    return sorted(late, key=lambda e: (e.reviewed_on or dt.date.min, e.id))


async def mark_reviewed(
    session: AsyncSession, entry_id: str, tables: Tables, actor: str, today: dt.date
) -> tuple[int, Entry]:
    """Set the entry's reviewed_on to today as a new revision; the revision number and entry.
    The caller commits (knowledge.kb.actions.mark_reviewed)."""
    entry = dataclasses.replace(await revisions.get(session, entry_id), reviewed_on=today)
    return await revisions.save(session, entry, tables, actor, REVIEWED), entry
