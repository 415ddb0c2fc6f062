"""A council member's inbox (/inbox): what waits for their working groups, what they hold,
what they passed (to take back); handing a request to another member (admins, or the member
who holds it); canned replies that admins keep (/canned, /canned_add, /canned_del)."""

from __future__ import annotations

import datetime as dt
import logging

from telegram import Update
from telegram.ext import Application, CommandHandler

from handlers.consult.migrant import remember_sent, tell_migrant
from handlers.consult.views import (
    refusal,
    render_assign_pick,
    render_canned_list,
    render_handed_over,
    render_inbox,
    render_notice,
    render_taken_by_you,
    render_taken_elsewhere,
    render_taken_for_migrant,
)
from handlers.kit.context import BotContext, translator_for
from handlers.kit.gate import require
from handlers.kit.send import edit_for, send, send_to, show
from handlers.kit.views import View
from knowledge.answering.langdetect import LANGS
from knowledge.consult import actions
from knowledge.consult.inbox import MAX_CANNED
from knowledge.consult.requests import RequestError

log = logging.getLogger(__name__)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


async def _refuse(update: Update, context: BotContext, code: str) -> None:
    if update.callback_query:
        await update.callback_query.answer(refusal(context.tr, code), show_alert=True)
    else:
        await send(update, View(refusal(context.tr, code)))


async def on_inbox(update: Update, context: BotContext) -> None:
    if not await require(update, context, "council"):
        return
    await show_inbox(update, context)


async def show_inbox(update: Update, context: BotContext) -> None:
    member = context.user_key(update.effective_user.id)
    try:
        box = await actions.inbox_of(context.services.sessions, member)
    except RequestError as refused:
        await _refuse(update, context, refused.code)
        return
    view = render_inbox(context.tr, box)
    if update.callback_query:
        await show(update, view)
    else:
        await send(update, view)


async def take_back(update: Update, context: BotContext, request_id: int) -> None:
    """Un-pass: the request is offered to the member again, with its Take button."""
    member = context.user_key(update.effective_user.id)
    try:
        request = await actions.unpass(context.services.sessions, request_id, member)
    except RequestError as refused:
        await _refuse(update, context, refused.code)
        return
    await show(update, render_notice(context.tr, request))


async def pick_member(update: Update, context: BotContext, request_id: int) -> None:
    actor = context.user_key(update.effective_user.id)
    try:
        members = await actions.assignable(context.services.sessions, request_id, actor)
    except RequestError as refused:
        await _refuse(update, context, refused.code)
        return
    await show(update, render_assign_pick(context.tr, request_id, members))


async def hand_over(
    update: Update, context: BotContext, request_id: int, telegram_id: int
) -> None:
    """The chosen member owns the request now; they, the one who had it, the members who were
    offered it and (if nobody had taken it) the migrant are told."""
    services, tr = context.services, context.tr
    actor = context.user_key(update.effective_user.id)
    try:
        done = await actions.assign(services.sessions, request_id, telegram_id, actor, _now())
    except RequestError as refused:
        await _refuse(update, context, refused.code)
        return
    to_name = done.to.display_name or "—"
    await show(update, render_handed_over(tr, request_id, to_name))
    new_owner = translator_for(services, done.to.language)
    assert done.to.telegram_id is not None
    card = await send_to(
        context.bot,
        done.to.telegram_id,
        render_taken_by_you(new_owner, done.after, assigned=True),
        done.to.user_key,
    )
    await remember_sent(services, request_id, done.to.user_key, card, "member")
    previous = done.before.member_key
    if previous and previous != actor:
        was = await actions.recipient(services.sessions, previous)
        if was is not None:
            view = render_handed_over(translator_for(services, was.language), request_id, to_name)
            await send_to(context.bot, was.chat_id, view, was.user_key)
    for notice in done.told:
        if notice.member_key == done.to.user_key:
            continue
        other = await actions.recipient(services.sessions, notice.member_key)
        view = render_taken_elsewhere(
            translator_for(services, other.language if other else None), request_id, to_name
        )
        await edit_for(context.bot, notice.chat_id, notice.message_id, view)
    if previous is None:
        await tell_migrant(context, done.after, lambda t: render_taken_for_migrant(t, request_id))
    log.info("request #%d handed over by member=%s", request_id, actor[:12])


# Canned replies: admins keep them; members insert them when they answer (member.py).


async def on_canned(update: Update, context: BotContext) -> None:
    if not await require(update, context, "council"):
        return
    replies = await actions.canned(context.services.sessions)
    await send(update, render_canned_list(context.tr, replies))


async def on_canned_add(update: Update, context: BotContext) -> None:
    if not await require(update, context, "admin"):
        return
    tr = context.tr
    parts = (update.effective_message.text or "").split(maxsplit=2)
    language = parts[1].lower() if len(parts) > 1 else ""
    text = parts[2] if len(parts) > 2 else ""
    if language not in LANGS or not text.strip():
        await send(update, View(tr("Usage: <code>/canned_add az|ru|en text</code>")))
        return
    try:
        number = await actions.add_canned(
            context.services.sessions, language, text, context.user_key(update.effective_user.id)
        )
    except RequestError:
        await send(update, View(tr("The text is too long: at most {limit} characters.",
                                   limit=MAX_CANNED)))  # fmt: skip
        return
    await send(update, View(tr("Canned reply #{id} added ({language}).", id=number,
                               language=language)))  # fmt: skip


async def on_canned_del(update: Update, context: BotContext) -> None:
    if not await require(update, context, "admin"):
        return
    tr = context.tr
    args = context.args or []
    if len(args) != 1 or not args[0].isascii() or not args[0].isdigit() or len(args[0]) > 9:
        await send(update, View(tr("Usage: <code>/canned_del N</code> (the number in /canned)")))
        return
    number = int(args[0])
    if await actions.delete_canned(context.services.sessions, number):
        await send(update, View(tr("Canned reply #{id} deleted.", id=number)))
    else:
        await send(update, View(tr("There is no canned reply #{id}.", id=number)))


def register(app: Application) -> None:
    app.add_handler(CommandHandler("inbox", on_inbox))
    app.add_handler(CommandHandler("canned", on_canned))
    app.add_handler(CommandHandler("canned_add", on_canned_add))
    app.add_handler(CommandHandler("canned_del", on_canned_del))
