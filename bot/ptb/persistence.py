"""Conversation state in the database, keyed by the user's pseudonym, written after each update.

A python-telegram-bot persistence on SQLAlchemy stores user_data. PTB alone loads it once at
start (keyed by Telegram ids) and writes it every minute, which is right for one process only,
loses up to a minute of every dialog on kill -9, and would store the Telegram ids the README
promises are never stored. ``SharedStateApplication`` therefore reads the user's state before
each update and writes it right after, under the pseudonym, and acts on each update_id once even
when Telegram delivers it twice (a "Save" redelivered after a crash is saved once).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Callable
from copy import deepcopy
from typing import Any, cast

from sqlalchemy import CursorResult, delete, func, select
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
    """The persistence PTB is given; the state itself moves through ``load`` and ``store``.

    PTB's own calls (load all at start, write every minute) are no-ops: the state is read and
    written around each update by SharedStateApplication, so a stale copy in one worker's
    memory never overwrites what another worker wrote since.
    """

    def __init__(self, engine: Callable[[], AsyncEngine], key_of: Callable[[int], str]):
        super().__init__(
            store_data=PersistenceInput(
                bot_data=False, chat_data=False, user_data=True, callback_data=False
            ),
            update_interval=60,
        )
        self._engine = engine
        self.key_of = key_of

    async def store(self, user_key: str, data: dict) -> None:
        # One Core statement, not an ORM get-then-change: a dialog writes its state at every
        # step, and the ORM's unit of work cost a third more CPU per step (load benchmark).
        engine = self._engine()
        storable = _storable(data)
        mine = (ConversationState.kind == "user") & (ConversationState.key == user_key)
        async with engine.begin() as connection:
            if not storable:
                await connection.execute(delete(ConversationState).where(mine))
                return
            insert = sqlite_insert if engine.dialect.name == "sqlite" else postgresql_insert
            statement = insert(ConversationState).values(kind="user", key=user_key, data=storable)
            await connection.execute(
                statement.on_conflict_do_update(
                    index_elements=["kind", "key"],
                    set_={"data": statement.excluded.data, "updated_at": func.now()},
                )
            )

    async def get_user_data(self) -> dict[int, dict]:
        return {}

    async def get_chat_data(self) -> dict[int, dict]:
        return {}

    async def update_user_data(self, user_id: int, data: dict) -> None:
        return None

    async def update_chat_data(self, chat_id: int, data: dict) -> None:
        return None

    async def drop_user_data(self, user_id: int) -> None:
        await self.store(self.key_of(user_id), {})

    async def drop_chat_data(self, chat_id: int) -> None:
        return None

    async def refresh_user_data(self, user_id: int, user_data: dict) -> None:
        return None

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
    """Each update's state is written to the database when the update changed it.

    With several workers (``several_workers``, webhook mode) each update is also claimed once
    by its update_id, the user's state is read fresh before it, and one update per user runs
    at a time across the workers. One process (polling, the terminal chat) owns its users'
    state: it reads a user's state once, on their first update since start, and skips the
    claim and the lock, which cost a database write and a connection held per update.
    """

    several_workers = True
    _loaded: set[int]

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
        if not self.several_workers:
            await self._process_owned(update, persistence, services, user)
            return
        async with _one_update_per_user(services.engine, user.id if user else None):
            await self._process_shared(update, persistence, services, user)

    async def _process_owned(self, update, persistence, services, user) -> None:
        if user is None:
            await super().process_update(update)
            return
        user_key = persistence.key_of(user.id)
        loaded = self.__dict__.setdefault("_loaded", set())
        if user.id not in loaded:
            try:
                stored = await _load(services.engine, user_key)
            except (SQLAlchemyError, OSError) as error:
                log.warning("no state for update %s: %s", update.update_id, type(error).__name__)
                stored = None
            if stored is not None:
                self._user_data[user.id].update(deepcopy(stored))
                loaded.add(user.id)
        await self._handle_and_store(update, persistence, user, user_key)

    async def _handle_and_store(self, update, persistence, user, user_key) -> None:
        before = deepcopy(_storable(self._user_data[user.id]))
        try:
            await super().process_update(update)
        finally:
            # Most updates change no state: write only when it did.
            if _storable(self._user_data[user.id]) != before:
                try:
                    await persistence.store(user_key, self._user_data[user.id])
                except (SQLAlchemyError, OSError) as error:
                    log.warning(
                        "state of update %s not saved: %s", update.update_id, type(error).__name__
                    )

    async def _process_shared(self, update, persistence, services, user) -> None:
        user_key = persistence.key_of(user.id) if user else None
        before: dict | None
        try:
            first, before = await _claim_and_load(services.engine, update.update_id, user_key)
        except (SQLAlchemyError, OSError) as error:
            log.warning("no database for update %s: %s", update.update_id, type(error).__name__)
            if (
                user is not None
                and update.callback_query is not None
                and not _storable(self._user_data[user.id])
            ):
                # A button may belong to a dialog whose draft could not be read: "try again"
                # is true, "this button has expired" would not be (the draft is still there).
                await self.process_error(update, error)
                return
            # Handle it with what this worker last knew of the user (nothing, for a question,
            # which needs no state): at least once beats lost.
            first, before = True, None
        if not first:
            log.info("update %s delivered again: skipped", update.update_id)
            return
        if user is not None:
            cached = self._user_data[user.id]
            if before is None:
                before = deepcopy(_storable(cached))
            else:
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
                    await persistence.store(user_key, self._user_data[user.id])
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


async def _load(engine: AsyncEngine, user_key: str) -> dict:
    async with engine.connect() as connection:
        data = await connection.scalar(
            select(ConversationState.data).where(
                ConversationState.kind == "user", ConversationState.key == user_key
            )
        )
    return dict(data or {})


async def _claim_and_load(
    engine: AsyncEngine, update_id: int, user_key: str | None
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
        if user_key is None:
            return True, {}
        data = await connection.scalar(
            select(ConversationState.data).where(
                ConversationState.kind == "user", ConversationState.key == user_key
            )
        )
    return True, dict(data or {})


async def forget_processed(sessions: async_sessionmaker[AsyncSession], before) -> int:
    async with sessions() as session:
        result = await session.execute(delete(ProcessedUpdate).where(ProcessedUpdate.at < before))
        await session.commit()
        return cast(CursorResult[Any], result).rowcount or 0
