"""Conversation state in the database, so that any worker can serve any update.

A python-telegram-bot persistence on SQLAlchemy stores user_data and chat_data. PTB alone loads
them once at start and writes them every few seconds, which is right for one process only;
``SharedStateApplication`` therefore reloads the user's and chat's state before each update and
writes it right after, and acts on each update_id once even when Telegram delivers it twice.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Callable
from copy import deepcopy
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from telegram import Update
from telegram.ext import Application, BasePersistence, PersistenceInput

from knowledge.storage.models import ConversationState, ProcessedUpdate

log = logging.getLogger(__name__)
# A cache of the database itself, and the language of the update being handled.
_KEYS_NOT_STORED = ("saved_lang", "current_lang")


def _storable(data: dict) -> dict:
    return {k: deepcopy(v) for k, v in data.items() if k not in _KEYS_NOT_STORED}


class SqlPersistence(BasePersistence[dict, dict, dict]):
    def __init__(self, sessions: Callable[[], async_sessionmaker[AsyncSession]]):
        super().__init__(
            store_data=PersistenceInput(
                bot_data=False, chat_data=True, user_data=True, callback_data=False
            ),
            update_interval=60,
        )
        self._sessions = sessions

    async def _load(self, kind: str, key: int | None = None) -> dict:
        async with self._sessions()() as session:
            query = select(ConversationState).where(ConversationState.kind == kind)
            if key is not None:
                query = query.where(ConversationState.key == str(key))
            rows = (await session.scalars(query)).all()
            return {int(row.key): dict(row.data or {}) for row in rows}

    async def load_one(self, kind: str, key: int) -> dict:
        return (await self._load(kind, key)).get(key, {})

    async def _store(self, kind: str, key: int, data: dict) -> None:
        async with self._sessions()() as session:
            row = await session.get(ConversationState, (kind, str(key)))
            if not data:
                if row is not None:
                    await session.delete(row)
            elif row is None:
                session.add(ConversationState(kind=kind, key=str(key), data=_storable(data)))
            else:
                row.data = _storable(data)
            await session.commit()

    async def get_user_data(self) -> dict[int, dict]:
        return await self._load("user")

    async def get_chat_data(self) -> dict[int, dict]:
        return await self._load("chat")

    async def update_user_data(self, user_id: int, data: dict) -> None:
        await self._store("user", user_id, data)

    async def update_chat_data(self, chat_id: int, data: dict) -> None:
        await self._store("chat", chat_id, data)

    async def drop_user_data(self, user_id: int) -> None:
        await self._store("user", user_id, {})

    async def drop_chat_data(self, chat_id: int) -> None:
        await self._store("chat", chat_id, {})

    async def refresh_user_data(self, user_id: int, user_data: dict) -> None:
        return None  # SharedStateApplication reloads before each update instead

    async def refresh_chat_data(self, chat_id: int, chat_data: dict) -> None:
        return None

    async def get_bot_data(self) -> dict:
        return {}

    async def update_bot_data(self, data: dict) -> None:
        return None

    async def refresh_bot_data(self, bot_data: dict) -> None:
        return None

    async def get_callback_data(self) -> None:
        return None

    async def update_callback_data(self, data: Any) -> None:
        return None

    async def get_conversations(self, name: str) -> dict:
        return {}

    async def update_conversation(self, name: str, key: tuple, new_state: object) -> None:
        return None

    async def flush(self) -> None:
        return None


class SharedStateApplication(Application):
    """Each update: once only, with the user's state fresh from the database."""

    async def process_update(self, update: object) -> None:
        persistence = self.persistence
        services = self.bot_data.get("services")
        if (
            not isinstance(update, Update)
            or not isinstance(persistence, SqlPersistence)
            or services is None
        ):
            await super().process_update(update)
            return
        user = update.effective_user
        async with _one_update_per_user(services.engine, user.id if user else None):
            await self._process_shared(update, persistence, services, user)

    async def _process_shared(self, update, persistence, services, user) -> None:
        try:
            first, before = await _claim_and_load(
                services.engine, update.update_id, user.id if user else None
            )
        except (SQLAlchemyError, OSError) as error:
            # The database is down: handle the update anyway (the handlers will apologize
            # if they need it); at least once beats lost.
            log.warning("no database for update %s: %s", update.update_id, type(error).__name__)
            first, before = True, {}
        if not first:
            log.info("update %s delivered again: skipped", update.update_id)
            return
        if user is not None:
            cached = self._user_data[user.id]
            kept = {k: cached[k] for k in _KEYS_NOT_STORED if k in cached}
            cached.clear()
            cached.update(deepcopy(before))
            cached.update(kept)
        try:
            await super().process_update(update)
        finally:
            # Most updates change no state: write only when it did.
            if user is not None and _storable(self._user_data[user.id]) != before:
                try:
                    await persistence.update_user_data(user.id, self._user_data[user.id])
                except (SQLAlchemyError, OSError) as error:
                    log.warning(
                        "state of update %s not saved: %s", update.update_id, type(error).__name__
                    )


# Advisory-lock namespace for "a worker is handling this user's update".
_USER_LOCK_CLASS = 0x6D67
LOCK_WAIT = "10s"


@contextlib.asynccontextmanager
async def _one_update_per_user(engine: AsyncEngine, user_id: int | None) -> AsyncIterator[None]:
    """On PostgreSQL, one update per user at a time across the workers. The reply goes out
    before the new state is written, and a user who answers at once (or taps the next
    button) may reach another worker in between: without this it would read the old state
    and, say, lose the consultation being logged. Waits only for the same user's update in
    flight, and at most LOCK_WAIT; with no database the update is handled anyway."""
    if user_id is None or engine.dialect.name != "postgresql":
        yield
        return
    key = (_USER_LOCK_CLASS, user_id % 2**31)
    connection = None
    try:
        connection = await engine.connect()
        # One round trip: the wait limit for this transaction, then the lock.
        await connection.execute(
            select(func.set_config("lock_timeout", LOCK_WAIT, True), func.pg_advisory_lock(*key))
        )
    except (SQLAlchemyError, OSError) as error:
        log.warning("update handled without the user's lock: %s", type(error).__name__)
        if connection is not None:
            await connection.invalidate()
            await connection.close()
        connection = None
    try:
        yield
    finally:
        if connection is not None:
            try:
                # Session-level: a rollback would keep it, so it is released by name.
                await connection.execute(select(func.pg_advisory_unlock(*key)))
            except (SQLAlchemyError, OSError):
                # Never back to the pool holding the lock: a new session frees it.
                await connection.invalidate()
            await connection.close()


async def _claim_and_load(
    engine: AsyncEngine, update_id: int, user_id: int | None
) -> tuple[bool, dict]:
    """In one transaction: record the update id (False if another worker has it) and read
    the user's state."""
    dialect = engine.dialect.name
    insert = sqlite_insert if dialect == "sqlite" else postgresql_insert
    async with engine.begin() as connection:
        claimed = await connection.execute(
            insert(ProcessedUpdate).values(update_id=update_id).on_conflict_do_nothing()
        )
        if not claimed.rowcount:
            return False, {}
        if user_id is None:
            return True, {}
        data = await connection.scalar(
            select(ConversationState.data).where(
                ConversationState.kind == "user", ConversationState.key == str(user_id)
            )
        )
    return True, dict(data or {})


async def forget_processed(sessions: async_sessionmaker[AsyncSession], before) -> int:
    async with sessions() as session:
        result = await session.execute(delete(ProcessedUpdate).where(ProcessedUpdate.at < before))
        await session.commit()
        return result.rowcount or 0
