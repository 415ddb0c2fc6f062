"""Reading and writing FAQ entries in the database. Callers own the transaction."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from knowledge.kb.entries import Entry, Translation, entry_to_mapping
from knowledge.reference.fees import Source
from knowledge.reference.localized import Localized
from knowledge.storage.models import FaqEntryRow, FaqTranslationRow, KbState


@dataclass(frozen=True, slots=True)
class ImportReport:
    added: tuple[str, ...]
    changed: tuple[str, ...]
    unchanged: tuple[str, ...]


def row_to_entry(row: FaqEntryRow) -> Entry:
    return Entry(
        id=row.id,
        category=row.category,
        translations={
            t.lang: Translation(
                t.question, tuple(t.alternates), tuple(t.keywords), t.answer, t.short_title or ""
            )
            for t in row.translations
        },
        links=tuple(row.links or ()),
        source=Source(
            row.source_title,
            row.source_url,
            titles=Localized.of(row.source_titles or row.source_title),
            urls=Localized.of(row.source_urls) if row.source_urls else None,
        ),
        reviewed_on=row.reviewed_on,
        source_date=row.source_date,
        legal_basis=Localized.of(row.legal_basis_i18n or row.legal_basis),
        related=tuple(row.related or ()),
        amounts=tuple(row.amounts or ()),
        published=row.published,
        deleted=row.deleted,
    )


def _apply(row: FaqEntryRow, entry: Entry) -> None:
    row.category = entry.category
    row.links = list(entry.links)
    row.source_title = entry.source.title
    row.source_url = entry.source.url
    titles = entry.source.titles
    row.source_titles = titles.as_dict() if titles is not None and titles.languages() else None
    row.source_urls = entry.source.urls.as_dict() if entry.source.urls is not None else None
    row.source_date = entry.source_date
    row.reviewed_on = entry.reviewed_on
    row.legal_basis = str(entry.legal_basis) if entry.legal_basis else None
    basis = entry.legal_basis
    row.legal_basis_i18n = basis.as_dict() if basis is not None and basis.languages() else None
    row.related = list(entry.related)
    row.amounts = list(entry.amounts)
    row.published = entry.published
    row.deleted = entry.deleted
    existing = {t.lang: t for t in row.translations}
    for lang, tr in entry.translations.items():
        target = existing.pop(lang, None)
        if target is None:
            target = FaqTranslationRow(lang=lang)
            row.translations.append(target)
        target.question = tr.question
        target.short_title = tr.short_title
        target.alternates = list(tr.alternates)
        target.keywords = list(tr.keywords)
        target.answer = tr.answer
    for stale in existing.values():
        row.translations.remove(stale)


async def load_entries(session: AsyncSession) -> list[Entry]:
    rows = (await session.scalars(select(FaqEntryRow).order_by(FaqEntryRow.id))).all()
    return [row_to_entry(row) for row in rows]


async def count_entries(session: AsyncSession) -> int:
    return int(await session.scalar(select(func.count()).select_from(FaqEntryRow)) or 0)


async def kb_version(session: AsyncSession) -> int:
    return int(await session.scalar(select(KbState.version).where(KbState.id == 1)) or 0)


async def bump_version(session: AsyncSession) -> None:
    state = await session.get(KbState, 1)
    if state is None:
        session.add(KbState(id=1, version=1))
    else:
        state.version += 1
        state.changed_at = func.now()


async def upsert_entries(session: AsyncSession, entries: Sequence[Entry]) -> ImportReport:
    """Insert or update by id; an entry identical to the stored one is left untouched."""
    ids = [e.id for e in entries]
    rows = {
        row.id: row
        for row in (
            await session.scalars(select(FaqEntryRow).where(FaqEntryRow.id.in_(ids)))
        ).all()
    }
    added: list[str] = []
    changed: list[str] = []
    unchanged: list[str] = []
    for entry in entries:
        row = rows.get(entry.id)
        if row is None:
            row = FaqEntryRow(id=entry.id, translations=[])
            _apply(row, entry)
            session.add(row)
            added.append(entry.id)
        elif entry_to_mapping(row_to_entry(row)) == entry_to_mapping(entry):
            unchanged.append(entry.id)
        else:
            _apply(row, entry)
            changed.append(entry.id)
    if added or changed:
        await bump_version(session)
    await session.flush()
    return ImportReport(tuple(added), tuple(changed), tuple(unchanged))


def ids(entries: Iterable[Entry]) -> list[str]:
    return [e.id for e in entries]
