"""/start, /language, /help and the main menu."""

from __future__ import annotations

import re

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from handlers.kit.callbacks import Namespace, decode, pattern
from handlers.kit.commands import render_help
from handlers.kit.context import BotContext
from handlers.kit.deeplinks import open_link
from handlers.kit.gate import current_member
from handlers.kit.i18n import negotiate
from handlers.kit.send import send, show
from handlers.kit.views import (
    render_expired,
    render_language_picker,
    render_language_set,
    render_main_menu,
    render_start,
)
from knowledge.answering.langdetect import LANGS
from knowledge.people import actions as people

START, LANGUAGE, HELP = "start", "language", "help"


async def on_start(update: Update, context: BotContext) -> None:
    payload = context.args[0] if context.args else ""
    if payload in LANGS:  # a poster in one language: greet in it and remember the choice
        await _choose_language(update, context, payload)
    elif payload and await open_link(update, context, payload):
        return
    user = update.effective_user
    await send(update, render_start(context.tr, user.first_name if user else ""))


async def _choose_language(update: Update, context: BotContext, lang: str) -> None:
    await people.choose_language(
        context.services.sessions, context.user_key(update.effective_user.id), lang
    )
    context.user_data["saved_lang"] = lang
    context.lang = lang


async def on_language(update: Update, context: BotContext) -> None:
    await send(update, render_language_picker(context.tr))


async def on_help(update: Update, context: BotContext) -> None:
    member = await current_member(update, context)
    await send(update, render_help(context.tr, member.role if member else None))


async def on_language_chosen(update: Update, context: BotContext) -> None:
    parts = decode(update.callback_query.data) or ()
    if len(parts) != 2 or not re.fullmatch(r"[a-z]{2}", parts[1]):
        await show(update, render_expired(context.tr))  # not a language button of ours
        return
    lang = negotiate(parts[1], "")
    if not lang:
        await update.callback_query.answer()
        return
    await people.choose_language(
        context.services.sessions, context.user_key(update.effective_user.id), lang
    )
    context.user_data["saved_lang"] = lang
    context.lang = lang
    await show(update, render_language_set(context.tr))


async def on_main_menu(update: Update, context: BotContext) -> None:
    await show(update, render_main_menu(context.tr))


def register(app: Application) -> None:
    app.add_handler(CommandHandler(START, on_start))
    app.add_handler(CommandHandler(LANGUAGE, on_language))
    app.add_handler(CommandHandler(HELP, on_help))
    app.add_handler(CallbackQueryHandler(on_language_chosen, pattern=pattern(Namespace.LANGUAGE)))
