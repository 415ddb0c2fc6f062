"""Telegram's own reply (swipe a message, write) works for requests too: a reply to a bot
message naming request #N goes to the other side, when the writer is part of that request."""

from __future__ import annotations

import re

from telegram import Update
from telegram.ext import Application

from handlers.consult.member import on_answer_typed
from handlers.consult.migrant import on_reply_typed
from handlers.kit.context import BotContext
from handlers.kit.hooks import REPLY_TO_BOT, hooks
from knowledge.consult import requests
from knowledge.storage import db

# How the bot names a request in its three languages ("request #7", "müraciət #7" or
# "#7 nömrəli müraciət", "обращение #7"); a bare "#7" (a consultation log entry) is not one.
REQUEST_NUMBER = re.compile(
    r"(?:request|müraciət|обращени\w*)\s*#(\d{1,9})\b|#(\d{1,9})\s+nömrəli\s+müraciət",
    re.IGNORECASE,
)


async def route_reply(update: Update, context: BotContext) -> bool:
    """Relay a reply to a request's message; False when it is not one (a new question)."""
    replied = update.effective_message.reply_to_message
    if replied is None or replied.from_user is None or replied.from_user.id != context.bot.id:
        return False
    found = REQUEST_NUMBER.search(replied.text or "")
    if found is None:
        return False
    async with db.unit_of_work(context.services.sessions) as session:
        request = await requests.get(session, int(found.group(1) or found.group(2)))
    if request is None or request.status != requests.TAKEN:
        return False
    writer = context.user_key(update.effective_user.id)
    if writer == request.member_key:
        context.user_data["req_answering"] = request.id
        await on_answer_typed(update, context)
        return True
    if writer == request.migrant_key:
        context.user_data["consult_reply_to"] = request.id
        await on_reply_typed(update, context)  # it shows the legal-help contacts on danger
        return True
    return False


def register(app: Application) -> None:
    hooks(app).add(REPLY_TO_BOT, route_reply)
