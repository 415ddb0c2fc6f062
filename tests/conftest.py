"""Shared fixtures: the bundled KB, and real databases (SQLite file and PostgreSQL server).

PostgreSQL tests run against the server at MIGRABOT_TEST_POSTGRES_URL (default: the local
server, database `test`). Each test session works in a database of its own, created here and
dropped at the end. If the server cannot be reached the PostgreSQL tests fail with a message
saying so: they are never skipped silently.
"""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import asyncpg
import pytest

from knowledge.answering.search import KnowledgeBase
from knowledge.kb.files import load_bundled

POSTGRES_ADMIN_URL = os.environ.get(
    "MIGRABOT_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test"
)
# Files the tests read, all inside the repository: a fresh clone needs nothing beside it.
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def bundled():
    result, tables = load_bundled()
    assert result.ok, "\n".join(str(p) for p in result.problems)
    return [entry for _, entry in result.entries], tables


@pytest.fixture(scope="session")
def kb(bundled) -> KnowledgeBase:
    entries, tables = bundled
    return KnowledgeBase(entries, tables)


async def _admin(sql: str) -> None:
    connection = await asyncpg.connect(POSTGRES_ADMIN_URL, timeout=5)
    try:
        await connection.execute(sql)
    finally:
        await connection.close()


@pytest.fixture(scope="session")
def postgres_server() -> str:
    """Check once that the PostgreSQL server answers; fail loudly when it does not."""
    try:
        asyncio.run(_admin("SELECT 1"))
    except (TimeoutError, OSError, asyncpg.PostgresError) as exc:
        pytest.fail(
            f"PostgreSQL is not reachable at {POSTGRES_ADMIN_URL} ({exc}). The database tests "
            "need a real server: start it (.ci/run does: pg_ctlcluster --skip-systemctl-redirect"
            " $(ls /etc/postgresql) main start) or set MIGRABOT_TEST_POSTGRES_URL.",
            pytrace=False,
        )
    return POSTGRES_ADMIN_URL


@pytest.fixture
def postgres_url(postgres_server) -> Iterator[str]:
    """A new, empty PostgreSQL database, dropped after the test."""
    name = f"migrabot_test_{uuid.uuid4().hex[:12]}"
    asyncio.run(_admin(f'CREATE DATABASE "{name}"'))
    try:
        yield f"{postgres_server.rpartition('/')[0]}/{name}"
    finally:
        asyncio.run(_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path) -> str:
    """An empty database of each kind: a new SQLite file, or a new PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'migrabot.sqlite3'}"
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def cli_env(tmp_path, monkeypatch) -> AsyncIterator[dict]:
    """Environment for running the CLI against a database of its own, with no .env."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'cli.sqlite3'}")
    monkeypatch.setenv("LOG_LEVEL", "WARNING")
    return {"data": tmp_path}
