"""Before any feature: the rate limit, the user's locale; the role gate of staff commands."""

from __future__ import annotations

import logging
import time
from collections import defaultdict, deque

from sqlalchemy.exc import SQLAlchemyError
from telegram import Update
from telegram.constants import ChatType
from telegram.ext import Application, ApplicationHandlerStop, TypeHandler

from handlers.kit.commands import set_staff_menu
from handlers.kit.context import BotContext
from handlers.kit.flows import awaiting_text
from handlers.kit.i18n import negotiate
from handlers.kit.send import send
from handlers.kit.views import View, render_slow_down
from knowledge.answering.langdetect import detect
from knowledge.people import actions as people
from knowledge.people import roles
from knowledge.people.roles import Staff

log = logging.getLogger(__name__)
CURRENT_LANG = "current_lang"
RATE_LIMIT_GROUP = -3
LOCALE_GROUP = -2  # then the dialogs (kit.flows, -1), then the features (0)
WINDOW_SECONDS = 60.0


class InboundLimiter:
    """At most N messages and button presses per user per minute; the rest are refused."""

    SWEEP_EVERY = 1024  # calls; idle users are forgotten so memory follows the active ones

    def __init__(self, per_minute: int):
        self.per_minute = per_minute
        self._seen: dict[int, deque[float]] = defaultdict(deque)
        self._warned: dict[int, float] = {}
        self._calls = 0

    def tracked(self) -> int:
        return len(self._seen)

    def _forget_idle(self, now: float) -> None:
        for user_id in [u for u, s in self._seen.items() if not s or now - s[-1] > WINDOW_SECONDS]:
            del self._seen[user_id]
        for user_id in [u for u, at in self._warned.items() if now - at > WINDOW_SECONDS]:
            del self._warned[user_id]

    def allow(self, user_id: int, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        self._calls += 1
        if self._calls % self.SWEEP_EVERY == 0:
            self._forget_idle(now)
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
    # An edited message is answered like a new one, so it counts like one.
    if user is None or not (update.message or update.edited_message or update.callback_query):
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
            context.user_data["saved_lang"] = await people.saved_language(
                context.services.sessions, context.user_key(user.id)
            )
        except (SQLAlchemyError, OSError):
            # No database for now: go by the message; ask the database again next time.
            context.user_data.pop("saved_lang", None)
    saved = context.user_data.get("saved_lang")
    text = update.message.text if update.message and update.message.text else ""
    # A typed answer to a step (a date, a note) keeps the language the dialogue started in,
    # and so does a Telegram reply: a member answering a migrant in the migrant's language
    # keeps reading the bot in their own.
    message = update.message
    keeps_language = awaiting_text(context) or bool(message and message.reply_to_message)
    detected = (
        detect(text).lang if text and not text.startswith("/") and not keeps_language else None
    )
    previous = context.user_data.get(CURRENT_LANG) if keeps_language else None
    context.lang = saved or detected or previous or negotiate(user.language_code, default)
    chat = update.effective_chat
    context.private_chat = chat is None or chat.type == ChatType.PRIVATE
    # The error handler gets a context of its own: leave it the language to apologize in.
    context.user_data[CURRENT_LANG] = context.lang


async def current_member(update: Update, context: BotContext) -> Staff | None:
    """The user's role and remembered contact; None without a role. A check: it only reads."""
    user = update.effective_user
    if user is None:
        return None
    return await people.member(context.services.sessions, context.user_key(user.id))


async def keep_contact(update: Update, context: BotContext, member: Staff | None) -> None:
    """Remember how to reach a member — name, private chat, language — for the requests
    relayed to them. Written only when it changed (after a grant, a new language), not at
    every staff command; their language is the one they use the bot in, and their command
    menu follows it (a member granted before the bot knew their language got the default's)."""
    user = update.effective_user
    if member is None or user is None:
        return
    name = user.full_name or ""
    if not member.knows_contact(name, user.id, context.lang):
        await people.remember_contact(
            context.services.sessions, member.user_key, name, user.id, context.lang
        )
        if member.language != context.lang or member.telegram_id != user.id:
            await set_staff_menu(context.bot, user.id, member.role, context.lang)


def _what_was_asked(update: Update) -> str:
    """The command, or the button's namespace: never the text of the bot's own message."""
    if update.callback_query is not None:
        return f"button {(update.callback_query.data or '').split(':')[1:2] or ['?']}"
    text = update.message.text if update.message and update.message.text else ""
    return text.split()[0][:32] if text.startswith("/") else "a message"


async def require(update: Update, context: BotContext, needed: str) -> bool:
    """True for a member with the role (whose contact is then kept up to date); everyone else
    is refused politely, and it is logged."""
    user = update.effective_user
    tr = context.tr
    if update.effective_chat is not None and update.effective_chat.type != ChatType.PRIVATE:
        # Staff screens carry names, counts and requests: never into a group's history.
        await send(update, View(tr("Please use this in a private chat with the bot.")))
        return False
    member = await current_member(update, context)
    if member is not None and roles.allows(member.role, needed):
        await keep_contact(update, context, member)
        return True
    log.warning(
        "refused %s (needs %s) for user=%s",
        _what_was_asked(update),
        needed,
        context.user_key(user.id)[:12] if user else "-",
    )
    text = (
        tr(
            "This command is for members of the Public Council. If you are one, ask an "
            "admin to give you access (send them the number from /whoami)."
        )
        if needed == "council"
        else tr("This command is for admins.")
    )
    if update.callback_query:
        await update.callback_query.answer()
    await send(update, View(text))
    return False


def register(app: Application) -> None:
    app.bot_data["inbound_limiter"] = InboundLimiter(
        app.bot_data["services"].settings.messages_per_minute
    )
    app.add_handler(TypeHandler(Update, limit_rate), group=RATE_LIMIT_GROUP)
    app.add_handler(TypeHandler(Update, resolve_locale), group=LOCALE_GROUP)
