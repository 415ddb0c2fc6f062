"""aiosqlite, with one trip to its thread per statement.

aiosqlite runs SQLite in a thread of its own, and SQLAlchemy's adapter makes four trips there
for one SELECT (open a cursor, execute, fetch, close) plus a commit or rollback that SQLite
itself would skip. Each trip waits for the event loop to come back to the caller: when the
loop is busy with other chats that is a whole round of them per trip, all while the single
connection is held (see db.create_engine), which is what made updates that touch the
database queue for hundreds of milliseconds under load. Here a statement runs, is fetched and
closed in one trip, and COMMIT or ROLLBACK outside a transaction (a no-op for SQLite) costs
no trip at all.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from typing import Any

import aiosqlite


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

    async def __aexit__(self, *_: object) -> None:
        await self.close()

    async def execute(self, sql: str, parameters: Sequence[Any] = ()) -> _Cursor:
        await self._run(lambda cursor: cursor.execute(sql, parameters))
        return self

    async def executemany(self, sql: str, parameters: Sequence[Sequence[Any]]) -> _Cursor:
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

        result = await self._connection._execute(in_thread)
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
    def cursor(self) -> _Cursor:  # type: ignore[override]
        return _Cursor(self)

    async def commit(self) -> None:
        if self._conn.in_transaction:
            await super().commit()

    async def rollback(self) -> None:
        if self._conn.in_transaction:
            await super().rollback()


def connector(database: str) -> Callable[[], Any]:
    """An ``async_creator`` for SQLAlchemy's aiosqlite dialect."""

    async def connect() -> OneTripConnection:
        connection = OneTripConnection(lambda: sqlite3.connect(database), iter_chunk_size=64)
        # As SQLAlchemy does for aiosqlite: a connection never closed must not keep the
        # interpreter from exiting.
        connection._thread.daemon = True
        return await connection

    return connect
