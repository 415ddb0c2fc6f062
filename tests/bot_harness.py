"""Build the production Application over the in-process Bot API, for end-to-end tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace

from bot.app import build_application, set_commands
from bot.config import load_settings
from bot.container import open_services
from bot.ptb.localchat import LocalChat
from bot.ptb.transport import ApiSpec, LocalBotApi

from .conftest import FIXTURES

TODAY = dt.date(2026, 11, 22)
# Every call the bot makes in the tests is checked against the Bot API's own method list
# (vendored with its MIT licence; see the README beside it).
SPEC_PATH = FIXTURES / "telegram-bot-api-spec" / "api.min.json"
API_SPEC = ApiSpec.load(SPEC_PATH)


@asynccontextmanager
async def running_bot(
    database_url: str, several_workers: bool = False, **env: str
) -> AsyncIterator[tuple]:
    settings = load_settings(
        {"DATABASE_URL": database_url, "PSEUDONYM_KEY": "test-key", "LOG_LEVEL": "WARNING", **env},
        env_file=None,
    )
    services = await open_services(settings)
    services.clock = lambda: TODAY
    transport = LocalBotApi(spec=API_SPEC)
    app = build_application(services, transport, several_workers=several_workers)
    try:
        async with app:
            await set_commands(app)
            yield app, transport, services
    finally:
        await services.close()
    assert transport.violations == [], f"calls Telegram would refuse: {transport.violations}"


def chat(app, transport, **kwargs) -> LocalChat:
    return LocalChat(app, transport, **kwargs)


def texts(calls) -> list[str]:
    return [c.params["text"] for c in calls if c.method in ("sendMessage", "editMessageText")]


def buttons(calls) -> list[dict]:
    found = []
    for call in calls:
        markup = call.params.get("reply_markup") or {}
        found.extend(b for row in markup.get("inline_keyboard", []) for b in row)
    return found


def labels(calls) -> list[str]:
    return [b["text"] for b in buttons(calls)]


__all__ = ["TODAY", "buttons", "chat", "labels", "replace", "running_bot", "texts"]
