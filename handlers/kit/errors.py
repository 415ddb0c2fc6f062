"""One error handler: log without personal data, apologize in the user's language."""

from __future__ import annotations

import contextlib
import logging
import traceback

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import Application

from handlers.kit.context import BotContext
from handlers.kit.gate import CURRENT_LANG
from handlers.kit.i18n import negotiate, translator
from handlers.kit.send import send
from handlers.kit.views import render_error

log = logging.getLogger(__name__)


def describe_without_data(error: BaseException | None) -> str:
    """Where it failed and what type of error, for each error in the chain; never the message.

    An exception's message may carry what the user typed, their name or Telegram id (a database
    error quotes the statement's parameters, a Telegram error the text it refused), and the
    README promises none of that reaches the log.
    """
    parts: list[str] = []
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        frames = traceback.extract_tb(error.__traceback__)
        parts.append("".join(traceback.format_list(frames)) + type(error).__qualname__)
        error = error.__cause__ or error.__context__
    return "\n-- caused by --\n".join(reversed(parts)) if parts else "(no exception)"


async def on_error(update: object, context: BotContext) -> None:
    user = update.effective_user if isinstance(update, Update) else None
    who = context.user_key(user.id)[:12] if user else "-"
    log.error("update failed for user=%s:\n%s", who, describe_without_data(context.error))
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    remembered = (context.user_data or {}).get(CURRENT_LANG) if user else None
    lang = remembered or negotiate(
        user.language_code if user else None, context.services.settings.default_language
    )
    if update.callback_query:
        # The handler may have answered the press before it failed, and Telegram refuses a
        # second answer: the apology goes out all the same.
        with contextlib.suppress(TelegramError):
            await update.callback_query.answer()
    try:
        await send(update, render_error(translator(lang)))
    except TelegramError:
        log.warning("could not apologize to user=%s", who)


def register(app: Application) -> None:
    app.add_error_handler(on_error)
