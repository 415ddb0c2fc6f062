"""Conversation state in the database, so that any worker can serve any update.

A python-telegram-bot persistence on SQLAlchemy stores user_data and chat_data. PTB alone loads
them once at start and writes them every few seconds, which is right for one process only;
``SharedStateApplication`` therefore reloads the user's and chat's state before each update and
writes it right after, and acts on each update_id once even when Telegram delivers it twice.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from copy import deepcopy
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram import Update
from telegram.ext import Application, BasePersistence, PersistenceInput

from knowledge.models import ConversationState, ProcessedUpdate

log = logging.getLogger(__name__)
_KEYS_NOT_STORED = ("saved_lang",)  # a cache of the database itself


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
        if not isinstance(update, Update) or not isinstance(persistence, SqlPersistence):
            await super().process_update(update)
            return
        if not await self._first_delivery(update.update_id):
            log.info("update %s delivered again: skipped", update.update_id)
            return
        user, chat = update.effective_user, update.effective_chat
        if user is not None:
            fresh = await persistence.load_one("user", user.id)
            cached = self._user_data[user.id]
            saved_lang = cached.get("saved_lang")
            cached.clear()
            cached.update(fresh)
            if saved_lang is not None:
                cached["saved_lang"] = saved_lang
        if chat is not None:
            chat_state = self._chat_data[chat.id]
            chat_state.clear()
            chat_state.update(await persistence.load_one("chat", chat.id))
        try:
            await super().process_update(update)
        finally:
            if user is not None:
                await persistence.update_user_data(user.id, self._user_data[user.id])
            if chat is not None:
                await persistence.update_chat_data(chat.id, self._chat_data[chat.id])

    async def _first_delivery(self, update_id: int) -> bool:
        services = self.bot_data.get("services")
        if services is None:
            return True
        async with services.sessions() as session:
            session.add(ProcessedUpdate(update_id=update_id))
            try:
                await session.commit()
            except IntegrityError:
                await session.rollback()
                return False
        return True


async def forget_processed(sessions: async_sessionmaker[AsyncSession], before) -> int:
    async with sessions() as session:
        result = await session.execute(delete(ProcessedUpdate).where(ProcessedUpdate.at < before))
        await session.commit()
        return result.rowcount or 0
