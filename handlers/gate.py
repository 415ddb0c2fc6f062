"""Handler groups that run before any feature: rate limiting, then the user's locale."""

from __future__ import annotations

import time
from collections import defaultdict, deque

from sqlalchemy.exc import SQLAlchemyError
from telegram import Update
from telegram.ext import Application, ApplicationHandlerStop, TypeHandler

from bot.i18n import negotiate
from knowledge import db, users
from knowledge.langdetect import detect

from .common import send
from .context import BotContext
from .views import render_slow_down

CURRENT_LANG = "current_lang"
RATE_LIMIT_GROUP = -2
LOCALE_GROUP = -1
WINDOW_SECONDS = 60.0


class InboundLimiter:
    """At most N messages and button presses per user per minute; the rest are refused."""

    def __init__(self, per_minute: int):
        self.per_minute = per_minute
        self._seen: dict[int, deque[float]] = defaultdict(deque)
        self._warned: dict[int, float] = {}

    def allow(self, user_id: int, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        seen = self._seen[user_id]
        while seen and now - seen[0] > WINDOW_SECONDS:
            seen.popleft()
        if len(seen) >= self.per_minute:
            return False
        seen.append(now)
        return True

    def should_warn(self, user_id: int, now: float | None = None) -> bool:
        """Tell a flooding user once a minute, not at every message."""
        now = time.monotonic() if now is None else now
        if now - self._warned.get(user_id, -WINDOW_SECONDS) >= WINDOW_SECONDS:
            self._warned[user_id] = now
            return True
        return False


async def limit_rate(update: Update, context: BotContext) -> None:
    user = update.effective_user
    if user is None or not (update.message or update.callback_query):
        return
    limiter: InboundLimiter = context.bot_data["inbound_limiter"]
    if limiter.allow(user.id):
        return
    if update.callback_query:
        await update.callback_query.answer()
    if limiter.should_warn(user.id):
        context.lang = negotiate(user.language_code, context.services.settings.default_language)
        await send(update, render_slow_down(context.tr))
    raise ApplicationHandlerStop


async def resolve_locale(update: Update, context: BotContext) -> None:
    """Saved choice, else the language of the message, else Telegram's, else the default."""
    user = update.effective_user
    default = context.services.settings.default_language
    if user is None:
        context.lang = default
        return
    if "saved_lang" not in context.user_data:
        try:
            async with db.unit_of_work(context.services.sessions) as session:
                context.user_data["saved_lang"] = await users.get_language(
                    session, context.user_key(user.id)
                )
        except (SQLAlchemyError, OSError):
            # No database for now: go by the message; ask the database again next time.
            context.user_data.pop("saved_lang", None)
    saved = context.user_data.get("saved_lang")
    text = update.message.text if update.message and update.message.text else ""
    # A typed answer to a step (a date, a note) keeps the language the dialogue started in.
    answering_a_step = bool(context.user_data.get("awaiting"))
    detected = (
        detect(text).lang if text and not text.startswith("/") and not answering_a_step else None
    )
    context.lang = saved or detected or negotiate(user.language_code, default)
    # The error handler gets a context of its own: leave it the language to apologize in.
    context.user_data[CURRENT_LANG] = context.lang


def register(app: Application) -> None:
    app.bot_data["inbound_limiter"] = InboundLimiter(
        app.bot_data["services"].settings.messages_per_minute
    )
    app.add_handler(TypeHandler(Update, limit_rate), group=RATE_LIMIT_GROUP)
    app.add_handler(TypeHandler(Update, resolve_locale), group=LOCALE_GROUP)
