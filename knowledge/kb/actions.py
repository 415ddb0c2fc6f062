"""What admins do to the knowledge base, each in its own unit of work.

An action that changes the KB commits and returns only once the KB the bot answers from has
been rebuilt, so no caller has to remember the reload: "saved" means users see it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from knowledge.kb import reviews, revisions, store
from knowledge.kb.entries import Entry
from knowledge.kb.files import Tables
from knowledge.kb.revisions import EditConflict, EntryNotFound, KbChangeRejected
from knowledge.kb.validation import Problem
from knowledge.storage import db
from knowledge.storage.models import FaqRevision

__all__ = [
    "EditConflict",
    "EntryNotFound",
    "KbChangeRejected",
    "LiveKb",
    "StaleImport",
    "add_alternate",
    "audit_log",
    "check_edit",
    "create",
    "current_revision",
    "current_revisions",
    "edit_field",
    "get",
    "history",
    "import_entries",
    "mark_reviewed",
    "revert",
    "set_state",
    "stored_entries",
]

Sessions = async_sessionmaker[AsyncSession]


@runtime_checkable
class LiveKb(Protocol):
    """The KB the bot answers from (bot.container.Services): the tables a change is validated
    against, and the rebuild from the store after a change."""

    tables: Tables

    async def refresh_kb(self) -> bool: ...


async def add_alternate(
    sessions: Sessions, live: LiveKb, entry_id: str, lang: str, phrasing: str, actor: str
) -> int:
    """One more phrasing of an entry's question; the revision number."""
    async with db.unit_of_work(sessions) as session:
        number = await revisions.add_alternate(
            session, entry_id, lang, phrasing, live.tables, actor
        )
        await session.commit()
    await live.refresh_kb()
    return number


async def current_revision(sessions: Sessions, entry_id: str) -> int:
    async with db.unit_of_work(sessions) as session:
        return await revisions.latest_number(session, entry_id)


async def edit_field(
    sessions: Sessions,
    live: LiveKb,
    entry_id: str,
    lang: str,
    field: str,
    value: str,
    actor: str,
    expected: int | None = None,
) -> int:
    """One field of one language; refused (EditConflict) when the entry moved past
    ``expected``, the revision the admin saw when they began."""
    async with db.unit_of_work(sessions) as session:
        number = await revisions.edit_field(
            session, entry_id, lang, field, value, live.tables, actor, expected
        )
        await session.commit()
    await live.refresh_kb()
    return number


async def set_state(
    sessions: Sessions,
    live: LiveKb,
    entry_id: str,
    actor: str,
    *,
    published: bool | None = None,
    deleted: bool | None = None,
) -> int:
    """Publish, unpublish, delete or restore."""
    async with db.unit_of_work(sessions) as session:
        number = await revisions.set_state(
            session, entry_id, live.tables, actor, published=published, deleted=deleted
        )
        await session.commit()
    await live.refresh_kb()
    return number


async def revert(sessions: Sessions, live: LiveKb, entry_id: str, number: int, actor: str) -> int:
    """Back to an earlier revision, recorded as a new one."""
    async with db.unit_of_work(sessions) as session:
        revision = await revisions.revert(session, entry_id, number, live.tables, actor)
        await session.commit()
    await live.refresh_kb()
    return revision


async def mark_reviewed(
    sessions: Sessions, live: LiveKb, entry_id: str, actor: str, today: dt.date
) -> tuple[int, Entry]:
    """An admin compared the entry with its official page today; the revision and entry."""
    async with db.unit_of_work(sessions) as session:
        revision, entry = await reviews.mark_reviewed(session, entry_id, live.tables, actor, today)
        await session.commit()
    await live.refresh_kb()
    return revision, entry


async def create(sessions: Sessions, live: LiveKb, entry: Entry, actor: str) -> int:
    """A new entry (a draft may be incomplete); the revision number."""
    async with db.unit_of_work(sessions) as session:
        number = await revisions.save(session, entry, live.tables, actor, "create")
        await session.commit()
    await live.refresh_kb()
    return number


class StaleImport(Exception):
    """Entries of a file changed (or were created) by someone else after its dry run."""

    def __init__(self, entry_ids: Sequence[str]):
        super().__init__(", ".join(entry_ids))
        self.entry_ids = list(entry_ids)


async def current_revisions(sessions: Sessions, entry_ids: Sequence[str]) -> dict[str, int]:
    """Each entry's latest revision number (0 for an id not stored yet)."""
    async with db.unit_of_work(sessions) as session:
        return {i: await revisions.latest_number(session, i) for i in entry_ids}


async def import_entries(
    sessions: Sessions,
    entries: Sequence[Entry],
    actor: str,
    live: LiveKb | None = None,
    expected: dict[str, int] | None = None,
) -> store.ImportReport:
    """Upsert already-validated entries. Without ``live`` (the CLI) a running bot picks the
    change up by itself within a few seconds (Services.refresh_kb_if_due). ``expected``: the
    revisions the dry run saw; if any entry moved since, nothing is written (StaleImport)."""
    async with db.unit_of_work(sessions) as session:
        if expected:
            moved = [
                i for i, n in expected.items() if await revisions.latest_number(session, i) != n
            ]
            if moved:
                raise StaleImport(moved)
        report = await revisions.import_entries(session, entries, actor)
        await session.commit()
    if live is not None:
        await live.refresh_kb()
    return report


async def check_edit(
    sessions: Sessions, tables: Tables, entry_id: str, lang: str, field: str, value: str
) -> tuple[Entry, list[Problem]]:
    """The entry as an edit would make it, and what stops it being saved; writes nothing."""
    async with db.unit_of_work(sessions) as session:
        changed = revisions.edited(await revisions.get(session, entry_id), lang, field, value)
        return changed, await revisions.check(session, changed, tables)


async def get(sessions: Sessions, entry_id: str) -> Entry:
    async with db.unit_of_work(sessions) as session:
        return await revisions.get(session, entry_id)


async def history(sessions: Sessions, entry_id: str) -> list[FaqRevision]:
    async with db.unit_of_work(sessions) as session:
        return await revisions.history(session, entry_id)


async def audit_log(sessions: Sessions, limit: int = 20) -> list[FaqRevision]:
    async with db.unit_of_work(sessions) as session:
        return await revisions.audit_log(session, limit)


async def stored_entries(sessions: Sessions) -> list[Entry]:
    """Every stored entry, drafts and deleted ones too (exports, an upload's dry run)."""
    async with db.unit_of_work(sessions) as session:
        return await store.load_entries(session)
