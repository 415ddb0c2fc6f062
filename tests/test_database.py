"""Migrations, import and seeding on the real databases: SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from bot.config import load_settings
from bot.container import open_services
from knowledge.kb import store
from knowledge.kb.entries import Translation, entry_to_mapping
from knowledge.storage import db
from knowledge.storage.models import Base


def _drift_and_version(connection) -> tuple[list, str]:
    context = MigrationContext.configure(connection, opts={"compare_type": True})
    version = connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    return compare_metadata(context, Base.metadata), version


async def test_migrations_create_exactly_the_models(database_url):
    await db.upgrade(database_url)
    # The project's own async driver (asyncpg / aiosqlite), so no extra sync driver is needed.
    engine = db.create_engine(database_url)
    try:
        async with engine.connect() as connection:
            drift, version = await connection.run_sync(_drift_and_version)
    finally:
        await engine.dispose()
    assert drift == []
    assert (
        version == ScriptDirectory.from_config(db.alembic_config(database_url)).get_current_head()
    )


async def test_import_is_idempotent_and_reports_changes(database_url, bundled):
    entries, _ = bundled
    await db.upgrade(database_url)
    engine = db.create_engine(database_url)
    sessions = db.session_factory(engine)
    try:
        async with db.unit_of_work(sessions) as session:
            first = await store.upsert_entries(session, entries)
            await session.commit()
        assert len(first.added) == len(entries) and not first.changed

        async with db.unit_of_work(sessions) as session:
            again = await store.upsert_entries(session, entries)
            version = await store.kb_version(session)
            await session.commit()
        assert len(again.unchanged) == len(entries) and not again.added and not again.changed

        edited = dataclasses.replace(
            entries[0],
            translations={
                **entries[0].translations,
                "en": Translation(
                    "Edited?",
                    entries[0].translations["en"].alternates,
                    ("edited",),
                    "Edited answer.",
                ),
            },
        )
        async with db.unit_of_work(sessions) as session:
            third = await store.upsert_entries(session, [edited])
            await session.commit()
        assert third.changed == (edited.id,)

        async with db.unit_of_work(sessions) as session:
            stored = {e.id: e for e in await store.load_entries(session)}
            assert await store.kb_version(session) == version + 1
        assert entry_to_mapping(stored[edited.id]) == entry_to_mapping(edited)
        assert entry_to_mapping(stored[entries[1].id]) == entry_to_mapping(entries[1])
    finally:
        await engine.dispose()


async def test_an_uncommitted_unit_of_work_leaves_nothing_behind(database_url, bundled):
    await db.upgrade(database_url)
    engine = db.create_engine(database_url)
    sessions = db.session_factory(engine)
    try:
        async with db.unit_of_work(sessions) as session:
            await store.upsert_entries(session, bundled[0][:3])
        async with db.unit_of_work(sessions) as session:
            assert await store.count_entries(session) == 0
    finally:
        await engine.dispose()


async def test_first_start_creates_and_seeds_the_database_once(database_url, bundled, tmp_path):
    settings = load_settings({"DATABASE_URL": database_url}, env_file=None)
    services = await open_services(settings)
    try:
        assert services.seeded
        assert len(services.kb.entries) == len(bundled[0])
        reply = services.kb.answer("сколько стоит разрешение на работу на год")
        assert reply.entry is not None and reply.entry.id == "wp.fees"
    finally:
        await services.close()
    again = await open_services(settings)
    try:
        assert not again.seeded and len(again.kb.entries) == len(bundled[0])
        assert not await again.refresh_kb()
    finally:
        await again.close()
