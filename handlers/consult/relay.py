"""Telegram's own reply (swipe a message, write) works for requests too: a reply to a message
the bot sent someone about a request goes to the other side of that request.

The request is found by the id of the replied message, as stored when the bot sent it, never
by a number in its text: a number can be reused or spoofed (a migrant named "request #2").
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application

from handlers.consult.member import on_answer_typed
from handlers.consult.migrant import on_reply_typed
from handlers.kit.context import BotContext
from handlers.kit.hooks import REPLY_TO_BOT, hooks
from knowledge.consult import actions


async def route_reply(update: Update, context: BotContext) -> bool:
    """Relay a reply to a request's message; False when it is not one (a new question)."""
    replied = update.effective_message.reply_to_message
    if replied is None or replied.from_user is None or replied.from_user.id != context.bot.id:
        return False
    writer = context.user_key(update.effective_user.id)
    found = await actions.sent_for(context.services.sessions, writer, replied.message_id)
    if found is None:
        return False
    request, side = found
    # Each path checks again who may write to this request now (role, ownership, status).
    if side == "member":
        context.user_data["req_answering"] = request.id
        await on_answer_typed(update, context)
    else:
        context.user_data["consult_reply_to"] = request.id
        await on_reply_typed(update, context)  # it shows the legal-help contacts on danger
    return True


def register(app: Application) -> None:
    hooks(app).add(REPLY_TO_BOT, route_reply)
