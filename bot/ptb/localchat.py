"""Drive an Application as a Telegram user would, through the in-process Bot API.

The terminal chat and the end-to-end tests both use this: it builds the update JSON that
Telegram would send (messages, commands, button presses) and feeds it to the real dispatcher.
"""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass, field
from typing import Any

from telegram import Update
from telegram.ext import Application

from bot.ptb.transport import BOT_USER, Call, LocalBotApi

# Telegram's update ids only grow; the bot acts on each once. One counter for the process,
# started from the clock, keeps that true across chats and across runs on the same database.
_UPDATE_IDS = itertools.count(int(time.time() * 1000) % 10**12)


@dataclass
class Shown:
    """A message as the user's screen has it: text and buttons, by message id."""

    message_id: int
    text: str
    buttons: list[dict[str, Any]]


@dataclass
class LocalChat:
    app: Application
    transport: LocalBotApi
    user_id: int = 1001
    first_name: str = "Aysel"
    language_code: str | None = "az"
    chat_id: int | None = None
    chat_type: str = "private"
    screen: dict[int, Shown] = field(default_factory=dict)
    _update_ids: Any = field(default_factory=lambda: _UPDATE_IDS)
    _message_ids: Any = field(default_factory=lambda: itertools.count(1))

    def __post_init__(self) -> None:
        if self.chat_id is None:
            self.chat_id = self.user_id

    @property
    def _user(self) -> dict[str, Any]:
        user: dict[str, Any] = {"id": self.user_id, "is_bot": False, "first_name": self.first_name}
        if self.language_code:
            user["language_code"] = self.language_code
        return user

    @property
    def _chat(self) -> dict[str, Any]:
        chat: dict[str, Any] = {"id": self.chat_id, "type": self.chat_type}
        if self.chat_type == "private":
            chat["first_name"] = self.first_name
        else:
            chat["title"] = "Migrants in Baku"
        return chat

    async def _feed(self, payload: dict[str, Any]) -> list[Call]:
        before = len(self.transport.calls)
        payload["update_id"] = next(self._update_ids)
        await self.app.process_update(Update.de_json(payload, self.app.bot))
        new = self.transport.calls[before:]
        self._remember(new)
        return new

    def _remember(self, calls: list[Call]) -> None:
        for call in calls:
            if call.method not in ("sendMessage", "editMessageText"):
                continue
            chat_id = call.params.get("chat_id")
            if chat_id is not None and int(chat_id) != self.chat_id:
                continue
            buttons = [
                b
                for row in (call.params.get("reply_markup") or {}).get("inline_keyboard", [])
                for b in row
            ]
            if not isinstance(call.result, dict):
                continue  # refused by the transport: the user sees nothing
            message_id = call.result["message_id"]
            self.screen[int(message_id)] = Shown(int(message_id), call.params["text"], buttons)

    async def say(
        self,
        text: str,
        reply_to_bot: bool = False,
        reply_to: int | None = None,
        bold: tuple[int, int] | None = None,
    ) -> list[Call]:
        """Send a text message (a command if it starts with /); ``reply_to_bot`` makes it a
        Telegram reply to the newest message on screen, ``reply_to`` to the one with this id;
        ``bold`` (offset, length) as Telegram's formatting menu marks it."""
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": self._chat,
            "from": self._user,
            "text": text,
        }
        entities = []
        if text.startswith("/"):
            entities.append({"type": "bot_command", "offset": 0, "length": len(text.split()[0])})
        mention = f"@{BOT_USER['username']}"
        if mention in text:
            entities.append(
                {"type": "mention", "offset": text.index(mention), "length": len(mention)}
            )
        if bold is not None:
            entities.append({"type": "bold", "offset": bold[0], "length": bold[1]})
        if entities:
            message["entities"] = entities
        if reply_to is not None or (reply_to_bot and self.screen):
            last = self.screen[reply_to] if reply_to is not None else self.last()
            message["reply_to_message"] = {
                "message_id": last.message_id,
                "date": 0,
                "chat": self._chat,
                "from": BOT_USER,
                "text": last.text,
            }
        return await self._feed({"message": message})

    async def edit(self, message_id: int, text: str) -> list[Call]:
        """Edit a message this user sent before (Telegram sends an ``edited_message``)."""
        message = {
            "message_id": message_id,
            "date": int(time.time()),
            "edit_date": int(time.time()),
            "chat": self._chat,
            "from": self._user,
            "text": text,
        }
        return await self._feed({"edited_message": message})

    async def send_sticker(self) -> list[Call]:
        return await self._feed({"message": {
            "message_id": next(self._message_ids), "date": int(time.time()),
            "chat": self._chat, "from": self._user,
            "sticker": {"file_id": "s1", "file_unique_id": "u1", "type": "regular",
                        "width": 512, "height": 512, "is_animated": False,
                        "is_video": False},
        }})  # fmt: skip

    async def send_document(self, name: str, content: bytes) -> list[Call]:
        """Send a file, as an admin does with a knowledge-base workbook."""
        file_id = f"doc{next(self._message_ids)}"
        self.transport.files[file_id] = content
        return await self._feed({"message": {
            "message_id": next(self._message_ids), "date": int(time.time()),
            "chat": self._chat, "from": self._user,
            "document": {"file_id": file_id, "file_unique_id": f"u{file_id}",
                         "file_name": name, "file_size": len(content)},
        }})  # fmt: skip

    async def press_data(self, data: str, message_id: int | None = None) -> list[Call]:
        """Press a button with this callback data (possibly forged) on a shown message."""
        shown = self.screen.get(message_id) if message_id else None
        shown = shown or (self.last() if self.screen else None)
        message = {
            "message_id": shown.message_id if shown else 1,
            "date": int(time.time()),
            "chat": self._chat,
            "from": BOT_USER,
            "text": shown.text if shown else "…",
        }
        return await self._feed({"callback_query": {
            "id": str(next(self._update_ids)),
            "from": self._user,
            "chat_instance": "local",
            "message": message,
            "data": data,
        }})  # fmt: skip

    async def press(self, label: str) -> list[Call]:
        """Press the newest shown button whose text contains ``label``."""
        for shown in sorted(self.screen.values(), key=lambda s: s.message_id, reverse=True):
            for button in shown.buttons:
                if label in button["text"] and "callback_data" in button:
                    return await self.press_data(button["callback_data"], shown.message_id)
        raise LookupError(f"no button {label!r} on screen")

    def sync(self) -> None:
        """Pick up what the bot sent this chat while serving someone else's update."""
        self._remember(self.transport.calls)

    def last(self) -> Shown:
        return self.screen[max(self.screen)]
