"""Deep links: t.me/<bot>?start=<payload> opens a feature, so a poster's QR code, a link on the
council's page or a message can take someone straight to /consult, /deadline, /fees, a
language or one answer.

A feature registers the payloads it opens (``opens(app, "deadline", on_deadline)``); /start
looks the payload up. Telegram allows A-Z, a-z, 0-9, _ and - in a payload, up to 64
characters, so an entry's id travels with "-" for its dots: ``e-reg-fee`` opens ``reg.fee``.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable

from telegram import Update
from telegram.ext import Application

from handlers.kit.context import BotContext

Opener = Callable[[Update, BotContext], Awaitable[None]]
EntryOpener = Callable[[Update, BotContext, str], Awaitable[bool]]
ENTRY_PREFIX = "e-"
PAYLOAD = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def opens(app: Application, payload: str, opener: Opener) -> None:
    app.bot_data.setdefault("deep_links", {})[payload] = opener


def opens_entries(app: Application, opener: EntryOpener) -> None:
    app.bot_data["deep_link_entries"] = opener


def entry_payload(entry_id: str) -> str:
    return ENTRY_PREFIX + entry_id.replace(".", "-")


async def open_link(update: Update, context: BotContext, payload: str) -> bool:
    """True when the payload named something this bot opens (and it was opened)."""
    if not PAYLOAD.match(payload):
        return False
    opener = context.application.bot_data.get("deep_links", {}).get(payload.lower())
    if opener is not None:
        await opener(update, context)
        return True
    entries = context.application.bot_data.get("deep_link_entries")
    if payload.startswith(ENTRY_PREFIX) and entries is not None:
        return await entries(update, context, payload[len(ENTRY_PREFIX) :].replace("-", "."))
    return False
