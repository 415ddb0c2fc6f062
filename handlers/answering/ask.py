"""Free text: the question goes to the knowledge base; the reply, logged for the admins."""

from __future__ import annotations

import logging
import re
import secrets

from telegram import MessageEntity, Update
from telegram.constants import ChatType
from telegram.error import BadRequest
from telegram.ext import Application, CallbackQueryHandler, MessageHandler, filters

from handlers.answering.menu import render_entry
from handlers.kit.callbacks import Namespace, RatingAction, Verdict, decode, pattern
from handlers.kit.context import BotContext
from handlers.kit.i18n import Translator
from handlers.kit.send import markup, send
from handlers.kit.views import (
    View,
    ask_member_button,
    render_danger,
    render_not_text,
    render_reply,
    render_too_long,
)
from knowledge.answering.safety import shows_danger
from knowledge.feedback import actions as feedback

log = logging.getLogger(__name__)


def _question_text(update: Update, context: BotContext) -> str | None:
    """The question, or None when a group message is not addressed to the bot."""
    message = update.effective_message
    text = message.text or ""
    if message.chat.type == ChatType.PRIVATE:
        return text
    mention = f"@{context.bot.username}".lower()
    mentioned = any(
        entity.type == MessageEntity.MENTION
        and text[entity.offset : entity.offset + entity.length].lower() == mention
        for entity in message.entities
    )
    replied_to_bot = (
        message.reply_to_message is not None
        and message.reply_to_message.from_user is not None
        and message.reply_to_message.from_user.id == context.bot.id
    )
    if not (mentioned or replied_to_bot):
        return None
    return re.sub(re.escape(mention), " ", text, flags=re.IGNORECASE).strip()


async def on_text(update: Update, context: BotContext) -> None:
    # A reply to a request's message goes to that request even while another step waits (a
    # member who pressed "Answer" on one request and then swipe-replies to another's).
    question = _question_text(update, context)
    if question is None:
        return
    services = context.services
    limit = services.settings.max_question_chars
    if len(question) > limit:
        await send(update, render_too_long(context.tr, limit))
        return
    if shows_danger(question):
        await send(update, render_danger(context.tr, services.tables.directory))

    reply = services.kb.answer(question, lang=context.lang)  # type: ignore[arg-type]
    user_key = context.user_key(update.effective_user.id)
    ref = secrets.token_hex(6)
    log.info(
        "question user=%s lang=%s status=%s entry=%s score=%.2f",
        user_key[:12],
        reply.lang,
        reply.status,
        reply.entry.id if reply.entry else "-",
        reply.score,
    )
    # The reply comes from memory and goes first; the admins' log is written after it.
    await send(update, render_reply(reply, context.tr, services.tables.directory, ref))
    services.log_question(
        user_key=user_key,
        language=reply.lang,
        question=question,
        status=reply.status,
        entry_id=reply.entry.id if reply.entry else None,
        score=reply.score,
        ref=ref,
    )


async def on_rating(update: Update, context: BotContext) -> None:
    """👍/👎 on the answer to a logged question: v1:rate:<question ref>:<verdict>."""
    parts = decode(update.callback_query.data) or ()
    query = update.callback_query
    if (
        len(parts) != 3
        or not re.fullmatch(r"[0-9a-f]{12}", parts[1])
        or parts[2] not in (Verdict.UP, Verdict.DOWN)
    ):
        await query.answer()
        return
    services = context.services
    rated = await feedback.rate(
        services.sessions,
        services,
        parts[1],
        context.user_key(update.effective_user.id),
        parts[2] == Verdict.UP,
    )
    await query.answer(context.tr("Thank you for the feedback!") if rated else None)
    if rated and parts[2] == Verdict.DOWN and update.effective_chat.type == ChatType.PRIVATE:
        tr = context.tr
        await send(update, _sorry(tr, parts[1]))


def _sorry(tr: Translator, ref: str | None) -> View:
    return View(
        tr("Sorry this did not help. A member of the Public Council can answer you in person."),
        (ask_member_button(tr, ref),),
    )


async def on_entry_rating(update: Update, context: BotContext) -> None:
    """👍/👎 on an answer opened from a button or a link (RatingAction.ENTRY): counted for the
    entry (nothing about who pressed), and the buttons go, so one reader counts once."""
    query = update.callback_query
    services = context.services
    parts = decode(query.data) or ()
    entry_id, verdict = parts[2:] if len(parts) == 4 else ("", "")
    entry = services.kb.entries.get(entry_id)
    if entry is None or not entry.live or verdict not in (Verdict.UP, Verdict.DOWN):
        await query.answer()
        return
    helpful = verdict == Verdict.UP
    await feedback.rate_entry(services.sessions, entry_id, context.lang, helpful)
    tr = context.tr
    await query.answer(tr("Thank you for the feedback!"))
    rated = render_entry(tr, services.kb, entry_id, rated=True)
    if rated is not None and query.message is not None:
        try:
            await query.edit_message_reply_markup(markup(rated))
        except BadRequest as error:  # pressed twice before the first edit arrived
            if "not modified" not in str(error).lower():
                raise
    if not helpful and update.effective_chat.type == ChatType.PRIVATE:
        await send(update, _sorry(tr, None))


async def on_other_message(update: Update, context: BotContext) -> None:
    if update.effective_chat and update.effective_chat.type == ChatType.PRIVATE:
        await send(update, render_not_text(context.tr, context.services.tables.directory))


def register(app: Application) -> None:
    private_or_addressed = filters.ChatType.PRIVATE | (
        filters.ChatType.GROUPS & (filters.Entity(MessageEntity.MENTION) | filters.REPLY)
    )
    app.add_handler(
        MessageHandler(filters.TEXT & ~filters.COMMAND & private_or_addressed, on_text)
    )
    rate_entry = pattern(Namespace.RATING, RatingAction.ENTRY)
    app.add_handler(CallbackQueryHandler(on_entry_rating, pattern=rate_entry))
    app.add_handler(CallbackQueryHandler(on_rating, pattern=pattern(Namespace.RATING)))
    app.add_handler(
        MessageHandler(
            filters.ChatType.PRIVATE
            & ~filters.TEXT
            & ~filters.COMMAND
            & ~filters.StatusUpdate.ALL,
            on_other_message,
        )
    )
