"""One error handler: log without personal data, apologize in the user's language."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import Application

from handlers.kit.context import BotContext
from handlers.kit.gate import CURRENT_LANG
from handlers.kit.i18n import negotiate, translator
from handlers.kit.send import send
from handlers.kit.views import render_error

log = logging.getLogger(__name__)


async def on_error(update: object, context: BotContext) -> None:
    user = update.effective_user if isinstance(update, Update) else None
    who = context.user_key(user.id)[:12] if user else "-"
    log.error(
        "update failed for user=%s: %r",
        who,
        context.error,
        exc_info=(type(context.error), context.error, context.error.__traceback__)
        if context.error
        else None,
    )
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    remembered = (context.user_data or {}).get(CURRENT_LANG) if user else None
    lang = remembered or negotiate(
        user.language_code if user else None, context.services.settings.default_language
    )
    try:
        if update.callback_query:
            await update.callback_query.answer()
        await send(update, render_error(translator(lang)))
    except TelegramError:
        log.warning("could not apologize to user=%s", who)


def register(app: Application) -> None:
    app.add_error_handler(on_error)
