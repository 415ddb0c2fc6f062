"""Engine, session factory and schema migrations."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from knowledge.storage.sqlite_driver import connector

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
SQLITE_CONNECTIONS = 4


def async_url(url: str) -> str:
    """Accept plain ``sqlite:///`` and ``postgresql://`` URLs and pick the async drivers."""
    parsed = make_url(url)
    driver = {"sqlite": "sqlite+aiosqlite", "postgresql": "postgresql+asyncpg"}.get(
        parsed.drivername, parsed.drivername
    )
    if driver == "postgres":
        driver = "postgresql+asyncpg"
    return parsed.set(drivername=driver).render_as_string(hide_password=False)


def _ensure_sqlite_folder(url: str) -> None:
    """SQLite creates the file on first use but not its folder: make the folder."""
    parsed = make_url(url)
    if parsed.drivername.startswith("sqlite") and parsed.database not in (None, "", ":memory:"):
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)


def create_engine(url: str) -> AsyncEngine:
    _ensure_sqlite_folder(url)
    if make_url(async_url(url)).drivername.startswith("sqlite"):
        database = make_url(url).database or ":memory:"
        # Each aiosqlite connection runs statements in a thread of its own, which needs the
        # GIL a few times per statement; while the event loop computes replies it gets it
        # only when the interpreter's switch interval (5 ms by default) runs out, so every
        # statement took 5-20 ms, holding its connection, and updates queued behind them
        # for hundreds of milliseconds. 1 ms costs nothing when no thread is waiting.
        sys.setswitchinterval(min(sys.getswitchinterval(), 0.001))
        # With WAL, readers never wait: a few connections let the reads most updates make
        # (a user's language, a member's role) overlap, while the rare writes (the batched
        # question log, a consultation) take turns (see sqlite_driver). An in-memory
        # database exists once per connection.
        engine = create_async_engine(
            async_url(url),
            async_creator=connector(database),
            pool_size=1 if database == ":memory:" else SQLITE_CONNECTIONS,
            max_overflow=0,
            pool_timeout=30,
            hide_parameters=True,  # error messages would quote names and question texts
        )
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
        return engine
    return create_async_engine(
        async_url(url), pool_pre_ping=True, pool_size=10, max_overflow=10, hide_parameters=True
    )


def _sqlite_pragmas(connection, _record) -> None:
    """WAL lets readers work during a write, and one fsync per checkpoint instead of per
    commit keeps a busy bot fast; a crash can lose at most the last commits, never corrupt."""
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False)


@asynccontextmanager
async def unit_of_work(factory: async_sessionmaker[AsyncSession]) -> AsyncIterator[AsyncSession]:
    """A session whose work is rolled back unless the use case commits it.

    Objects read inside stay readable afterwards: they are detached before the rollback,
    which would otherwise expire them.
    """
    async with factory() as session:
        try:
            yield session
        finally:
            session.expunge_all()
            await session.rollback()


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", async_url(url).replace("%", "%%"))
    return config


async def upgrade(url: str, revision: str = "head") -> None:
    """Apply migrations; Alembic runs its own event loop, so it gets a thread of its own."""
    _ensure_sqlite_folder(url)
    await asyncio.to_thread(command.upgrade, alembic_config(url), revision)
