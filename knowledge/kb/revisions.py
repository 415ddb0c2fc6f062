"""The rules of a KB change: validated, stored as a revision, reversible. Callers own the
transaction (knowledge.kb.actions opens it, commits and refreshes the served KB)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from knowledge.kb import store
from knowledge.kb.entries import Entry, Translation, entry_from_mapping, entry_to_mapping
from knowledge.kb.files import Tables
from knowledge.kb.validation import Problem, validate_entries
from knowledge.storage.models import FaqEntryRow, FaqRevision

# What a draft may still lack; publishing requires it all.
_COMPLETENESS = (
    "missing language",
    "empty question",
    "empty answer",
    "source needs",
    "missing checked_on",
    "alternates",
    "no keywords",
    "no official link",
)


class KbChangeRejected(Exception):
    def __init__(self, problems: Sequence[Problem]):
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = list(problems)


class EntryNotFound(LookupError):
    pass


class EditConflict(Exception):
    """Someone else saved the entry after this edit began: saving would overwrite their change."""

    def __init__(self, entry_id: str, current: int):
        super().__init__(f"{entry_id} is at revision {current}")
        self.entry_id, self.current = entry_id, current


async def latest_number(session: AsyncSession, entry_id: str) -> int:
    return await _next_number(session, entry_id) - 1


async def _known_ids(session: AsyncSession) -> set[str]:
    return set((await session.scalars(select(FaqEntryRow.id))).all())


async def check(session: AsyncSession, entry: Entry, tables: Tables) -> list[Problem]:
    """The import rules; a draft (unpublished) may still be incomplete."""
    stored = await store.load_entries(session)
    problems = validate_entries(
        [("edit", entry)], tables.fees, tables.directory, [e.id for e in stored], stored
    )
    if not entry.published:
        problems = [p for p in problems if not any(k in p.reason for k in _COMPLETENESS)]
    return problems


async def _next_number(session: AsyncSession, entry_id: str) -> int:
    latest = await session.scalar(
        select(func.max(FaqRevision.number)).where(FaqRevision.entry_id == entry_id)
    )
    return int(latest or 0) + 1


async def _record(session: AsyncSession, entry: Entry, actor: str, action: str) -> int:
    number = await _next_number(session, entry.id)
    session.add(
        FaqRevision(
            entry_id=entry.id,
            number=number,
            actor_key=actor,
            action=action,
            snapshot=entry_to_mapping(entry),
        )
    )
    return number


async def save(
    session: AsyncSession, entry: Entry, tables: Tables, actor: str, action: str
) -> int:
    """Validate, store and record one entry; the revision number."""
    problems = await check(session, entry, tables)
    if problems:
        raise KbChangeRejected(problems)
    report = await store.upsert_entries(session, [entry])
    if report.unchanged:
        return await _next_number(session, entry.id) - 1
    return await _record(session, entry, actor, action)


async def import_entries(
    session: AsyncSession, entries: Sequence[Entry], actor: str
) -> store.ImportReport:
    """Upsert already-validated entries; a revision for each one added or changed."""
    report = await store.upsert_entries(session, entries)
    by_id = {e.id: e for e in entries}
    for entry_id in (*report.added, *report.changed):
        await _record(
            session, by_id[entry_id], actor, "import" if entry_id in report.changed else "create"
        )
    return report


async def get(session: AsyncSession, entry_id: str) -> Entry:
    row = await session.get(FaqEntryRow, entry_id)
    if row is None:
        raise EntryNotFound(entry_id)
    return store.row_to_entry(row)


async def edit_field(
    session: AsyncSession,
    entry_id: str,
    lang: str,
    field: str,
    value: str,
    tables: Tables,
    actor: str,
    expected: int | None = None,
) -> int:
    """``expected``: the revision the admin started from; a later one refuses the edit."""
    entry = await get(session, entry_id)
    if expected is not None and (current := await latest_number(session, entry_id)) != expected:
        raise EditConflict(entry_id, current)
    return await save(session, edited(entry, lang, field, value), tables, actor, "edit")


def edited(entry: Entry, lang: str, field: str, value: str) -> Entry:
    """The entry with one field of one language replaced by what the admin typed; a list
    field takes one item per line or separated by ";"."""
    current = entry.translations.get(lang) or Translation("", (), (), "")
    if field in ("alternates", "keywords"):
        items = tuple(x.strip() for x in value.replace("\n", ";").split(";") if x.strip())
        changes: dict[str, Any] = {field: items}  # a field named at run time: mypy cannot check
    else:
        changes = {field: value.strip()}
    return with_translation(entry, lang, dataclasses.replace(current, **changes))


def with_translation(entry: Entry, lang: str, translation: Translation) -> Entry:
    return dataclasses.replace(entry, translations={**entry.translations, lang: translation})


async def add_alternate(
    session: AsyncSession, entry_id: str, lang: str, phrasing: str, tables: Tables, actor: str
) -> int:
    entry = await get(session, entry_id)
    current = entry.translations.get(lang)
    if current is None:
        raise KbChangeRejected([Problem("edit", entry_id, f"missing language {lang}")])
    if phrasing.strip() in current.alternates:
        return await _next_number(session, entry_id) - 1
    changed = dataclasses.replace(current, alternates=(*current.alternates, phrasing.strip()))
    return await save(session, with_translation(entry, lang, changed), tables, actor, "alternate")


async def set_state(
    session: AsyncSession,
    entry_id: str,
    tables: Tables,
    actor: str,
    *,
    published: bool | None = None,
    deleted: bool | None = None,
) -> int:
    entry = await get(session, entry_id)
    changes: dict[str, Any] = {
        k: v for k, v in (("published", published), ("deleted", deleted)) if v is not None
    }
    action = {
        (True, None): "publish",
        (False, None): "unpublish",
        (None, True): "delete",
        (None, False): "restore",
    }[(published, deleted)]
    return await save(session, dataclasses.replace(entry, **changes), tables, actor, action)


async def history(session: AsyncSession, entry_id: str) -> list[FaqRevision]:
    rows = await session.scalars(
        select(FaqRevision).where(FaqRevision.entry_id == entry_id).order_by(FaqRevision.number)
    )
    return list(rows)


async def revert(
    session: AsyncSession, entry_id: str, number: int, tables: Tables, actor: str
) -> int:
    revision = await session.scalar(
        select(FaqRevision).where(FaqRevision.entry_id == entry_id, FaqRevision.number == number)
    )
    if revision is None:
        raise EntryNotFound(f"{entry_id} revision {number}")
    return await save(session, entry_from_mapping(revision.snapshot), tables, actor, "revert")


async def audit_log(session: AsyncSession, limit: int = 20) -> list[FaqRevision]:
    rows = await session.scalars(select(FaqRevision).order_by(FaqRevision.id.desc()).limit(limit))
    return list(rows)
