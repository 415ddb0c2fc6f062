"""What no other handler took: unknown commands and stale or forged buttons."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, MessageHandler, filters

from handlers.kit.context import BotContext
from handlers.kit.send import send, show
from handlers.kit.views import render_expired, render_unknown_command

log = logging.getLogger(__name__)


async def on_unknown_command(update: Update, context: BotContext) -> None:
    command = (update.effective_message.text or "").split()[0]
    await send(update, render_unknown_command(context.tr, command))


async def on_stale_button(update: Update, context: BotContext) -> None:
    log.info(
        "stale or forged callback data from user=%s",
        context.user_key(update.effective_user.id)[:12],
    )
    await show(update, render_expired(context.tr))


def register(app: Application) -> None:
    app.add_handler(MessageHandler(filters.COMMAND & filters.ChatType.PRIVATE, on_unknown_command))
    app.add_handler(CallbackQueryHandler(on_stale_button))
