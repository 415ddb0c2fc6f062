"""aiosqlite, with one trip to its thread per statement.

aiosqlite runs SQLite in a thread of its own, and SQLAlchemy's adapter makes four trips there
for one SELECT (open a cursor, execute, fetch, close) plus a commit or rollback that SQLite
itself would skip. Each trip waits for the event loop to come back to the caller: when the
loop is busy with other chats that is a whole round of them per trip, all while the single
connection is held (see db.create_engine), which is what made updates that touch the
database queue for hundreds of milliseconds under load. Here a statement runs, is fetched and
closed in one trip, and COMMIT or ROLLBACK outside a transaction (a no-op for SQLite) costs
no trip at all.

Reads overlap on several connections (WAL); writers take turns on an asyncio lock per
database, held from a transaction's first write to its end, rather than in SQLite's busy
handler, which sleeps in steps of up to 100 ms.

This reaches into aiosqlite's internals (PRIVATE_MEMBERS: the sqlite3 connection, the call
that runs a function on its thread, the thread itself, stop()), so it is pinned to the
aiosqlite releases it was checked with: SUPPORTED_AIOSQLITE, as in pyproject.toml. Earlier
releases lack some of them (0.20 and 0.21: the connection is the thread; 0.22.0: no stop()).
A connection checks for them first and names the supported versions when one is missing;
tests/test_dependencies.py checks the installed releases against pyproject.toml.
"""

from __future__ import annotations

import asyncio
import re
import sqlite3
from collections.abc import Callable, Generator, Sequence
from typing import Any

import aiosqlite

SUPPORTED_AIOSQLITE = ">=0.22.1,<0.23"  # keep in step with pyproject.toml
# The internals used here, on the class and on a connection before it is started.
PRIVATE_MEMBERS = {
    "class": ("_conn", "_execute", "stop"),
    "connection": ("_connection", "_thread"),
}


class UnsupportedAiosqlite(RuntimeError):
    pass


def missing_members(connection: object | None = None) -> list[str]:
    """The internals this driver needs that the installed aiosqlite lacks."""
    missing = [
        f"Connection.{m}" for m in PRIVATE_MEMBERS["class"] if not hasattr(aiosqlite.Connection, m)
    ]
    if connection is not None:
        missing += [
            f"connection.{m}" for m in PRIVATE_MEMBERS["connection"] if not hasattr(connection, m)
        ]
    return missing


def require_supported_aiosqlite(connection: object | None = None) -> None:
    missing = missing_members(connection)
    if missing:
        version = getattr(aiosqlite, "__version__", "?")
        raise UnsupportedAiosqlite(
            f"aiosqlite {version} lacks {', '.join(missing)}, which "
            "knowledge/storage/sqlite_driver.py "
            f"uses; install a supported release: pip install 'aiosqlite{SUPPORTED_AIOSQLITE}'"
        )


# The statements before which Python's sqlite3 begins a transaction (and takes the write lock).
_WRITES = re.compile(r"\s*(INSERT|UPDATE|DELETE|REPLACE)\b", re.IGNORECASE)
BUSY_SECONDS = 5.0  # as PRAGMA busy_timeout in db.py


class _Cursor:
    """The part of an aiosqlite cursor SQLAlchemy's adapter uses, with the rows fetched in
    the same trip as the statement."""

    arraysize = 1

    def __init__(self, connection: OneTripConnection):
        self._connection = connection
        self.description: Any = None
        self.rowcount = -1
        self.lastrowid: int | None = None
        self._rows: list[Any] = []

    async def __aenter__(self) -> _Cursor:
        return self

    def __await__(
        self,
    ) -> Generator[
        Any, None, _Cursor
    ]:  # SQLAlchemy 2.0 awaits connection.cursor(), as aiosqlite allows
        return self._itself().__await__()

    async def _itself(self) -> _Cursor:
        return self

    async def __aexit__(self, *_: object) -> None:
        await self.close()

    async def execute(self, sql: str, parameters: Sequence[Any] = ()) -> _Cursor:
        await self._connection.before(sql)
        await self._run(lambda cursor: cursor.execute(sql, parameters))
        return self

    async def executemany(self, sql: str, parameters: Sequence[Sequence[Any]]) -> _Cursor:
        await self._connection.before(sql)
        await self._run(lambda cursor: cursor.executemany(sql, parameters))
        return self

    async def _run(self, statement: Callable[[sqlite3.Cursor], object]) -> None:
        def in_thread() -> tuple[Any, int, int | None, list[Any]]:
            cursor = self._connection._conn.cursor()
            try:
                statement(cursor)
                rows = cursor.fetchall() if cursor.description else []
                return cursor.description, cursor.rowcount, cursor.lastrowid, rows
            finally:
                cursor.close()

        try:
            result = await self._connection._execute(in_thread)
        finally:
            self._connection.after()
        self.description, self.rowcount, self.lastrowid, self._rows = result

    async def fetchall(self) -> list[Any]:
        rows, self._rows = self._rows, []
        return rows

    async def fetchmany(self, size: int | None = None) -> list[Any]:
        size = size or self.arraysize
        rows, self._rows = self._rows[:size], self._rows[size:]
        return rows

    async def fetchone(self) -> Any:
        return self._rows.pop(0) if self._rows else None

    async def close(self) -> None:
        self._rows = []


class OneTripConnection(aiosqlite.Connection):
    writer: asyncio.Lock  # shared by the connections to one database
    writing = False

    def cursor(self) -> _Cursor:  # type: ignore[override]
        return _Cursor(self)

    async def before(self, sql: str) -> None:
        """Python's sqlite3 opens the transaction at the first write: take the turn then."""
        if self.writing or self._conn.in_transaction or not _WRITES.match(sql):
            return
        try:
            # SQLite's own busy_timeout: as long a wait, then the same error.
            await asyncio.wait_for(self.writer.acquire(), BUSY_SECONDS)
        except TimeoutError:
            raise sqlite3.OperationalError("database is locked") from None
        self.writing = True

    def after(self) -> None:
        if self._connection is None or not self._conn.in_transaction:
            self._give_turn_back()

    async def commit(self) -> None:
        try:
            if self._conn.in_transaction:
                await super().commit()
        finally:
            self.after()

    async def rollback(self) -> None:
        try:
            if self._conn.in_transaction:
                await super().rollback()
        finally:
            self.after()

    async def close(self) -> None:
        try:
            await super().close()
        finally:
            self._give_turn_back()

    def stop(self) -> asyncio.Future | None:
        # How SQLAlchemy ends a connection it gives up on (a cancelled task, say): the
        # transaction dies with it, and so must the turn, or every writer would wait.
        self._give_turn_back()
        return super().stop()

    def _give_turn_back(self) -> None:
        if self.writing:
            self.writing = False
            self.writer.release()


def connector(database: str) -> Callable[[], Any]:
    """An ``async_creator`` for SQLAlchemy's aiosqlite dialect (one engine's connections)."""
    require_supported_aiosqlite()
    writer = asyncio.Lock()

    async def connect() -> OneTripConnection:
        connection = OneTripConnection(lambda: sqlite3.connect(database), iter_chunk_size=64)
        require_supported_aiosqlite(connection)
        connection.writer = writer
        # As SQLAlchemy does for aiosqlite: a connection never closed must not keep the
        # interpreter from exiting.
        connection._thread.daemon = True
        await connection  # starts the thread and opens the database; evaluates to connection
        return connection

    return connect
