"""/consult: a migrant asks a council member (topic → question → consent); /myrequests;
withdrawing; replying to the member's answer. Only in a private chat: the request is personal."""

from __future__ import annotations

import datetime as dt
import logging
import re

from telegram import Message, Update
from telegram.constants import ChatType
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from handlers.consult.views import (
    SHOW_ACCOUNT,
    ConsultAction,
    render_ask_question,
    render_consent,
    render_my_requests,
    render_notice,
    render_personal_data,
    render_rated,
    render_reply_for_member,
    render_sent,
    render_too_many,
    render_topic_pick,
    render_withdraw_confirm,
    render_withdrawn_for_member,
)
from handlers.kit.callbacks import AskMemberAction, Namespace, action_of, decode, pattern
from handlers.kit.context import BotContext, translator_for
from handlers.kit.deeplinks import opens
from handlers.kit.flows import Flow, stop_typing
from handlers.kit.hooks import REQUEST_ENDED, REQUESTS_RELEASED, hooks
from handlers.kit.send import edit_for, send, send_to, show
from handlers.kit.views import Button, View, render_danger, render_expired
from knowledge.answering.safety import shows_danger
from knowledge.consult import actions, requests
from knowledge.consult.inbox import MAX_COMMENT
from knowledge.consult.requests import RequestError
from knowledge.council.consultations import TOPICS, has_personal_data
from knowledge.feedback import actions as feedback

log = logging.getLogger(__name__)
CONSULT, MYREQUESTS = "consult", "myrequests"
AWAITING_QUESTION, AWAITING_REPLY = "consult_question", "consult_reply"
# A migrant typing the question of a request; replying to the member's answer.
QUESTION_FLOW = Flow("consult", drafts=("consult_draft",))
REPLY_FLOW = Flow("consult_reply", drafts=("consult_reply_to",))
# After rating a closed request's answer: an optional word about it.
AWAITING_COMMENT = "consult_comment"
RATING_FLOW = Flow("consult_rating", drafts=("consult_rating",))
DRAFT = "consult_draft"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _clear(context: BotContext) -> None:
    QUESTION_FLOW.drop(context)
    REPLY_FLOW.drop(context)
    RATING_FLOW.drop(context)


async def _warn_if_danger(update: Update, context: BotContext, text: str) -> None:
    """Whatever a migrant types to a council member, danger gets the legal-help contacts first;
    the request or reply then goes on as usual."""
    if shows_danger(text):
        await send(update, render_danger(context.tr, context.services.tables.directory))


async def _reply(update: Update, view: View) -> None:
    if update.callback_query:
        await show(update, view)
    else:
        await send(update, view)


async def _private_only(update: Update, context: BotContext) -> bool:
    if update.effective_chat and update.effective_chat.type == ChatType.PRIVATE:
        return True
    if update.callback_query:
        await update.callback_query.answer()
    await send(
        update,
        View(context.tr("Please write to me in a private chat to ask a council member.")),
    )
    return False


async def remember_sent(
    services, request_id: int, who: str, message: Message | None, side: str
) -> None:
    """A message about a request that its receiver may reply to (see consult_relay)."""
    if message is None:
        return
    await actions.note_sent(services.sessions, request_id, who, message.message_id, side)


async def tell_migrant(
    context: BotContext, request: requests.Request, view_for, reply_to: bool = True
) -> Message | None:
    """Send the migrant a message in the language they asked in; None when it did not reach
    them. ``reply_to``: their Telegram reply to it goes to the request's member."""
    if request.migrant_chat_id is None:
        return None
    tr = translator_for(context.services, request.language)
    message = await send_to(
        context.bot, request.migrant_chat_id, view_for(tr), request.migrant_key
    )
    if reply_to:
        await remember_sent(context.services, request.id, request.migrant_key, message, "migrant")
    return message


async def start_request(update: Update, context: BotContext, ref: str | None = None) -> None:
    if not await _private_only(update, context):
        return
    _clear(context)
    migrant = context.user_key(update.effective_user.id)
    active = await actions.active_count(context.services.sessions, migrant)
    if active >= requests.MAX_ACTIVE_PER_MIGRANT:
        await _reply(update, render_too_many(context.tr, active))
        return
    earlier = None
    if ref:
        services = context.services
        earlier = await feedback.question_by_ref(services.sessions, services, ref, migrant)
    context.user_data[DRAFT] = {"earlier": earlier}
    await _reply(update, render_topic_pick(context.tr))


async def on_consult(update: Update, context: BotContext) -> None:
    await start_request(update, context)


@QUESTION_FLOW.step(AWAITING_QUESTION)
async def on_question_typed(update: Update, context: BotContext) -> None:
    text = update.effective_message.text or ""
    await _warn_if_danger(update, context, text)
    await _take_question(update, context, text)


async def _take_question(update: Update, context: BotContext, text: str) -> None:
    tr, draft = context.tr, context.user_data.get(DRAFT)
    if not draft or draft.get("topic") not in TOPICS:
        _clear(context)
        await _reply(update, render_expired(tr))
        return
    text = text.strip()
    if not requests.MIN_QUESTION <= len(text) <= requests.MAX_TEXT:
        await _reply(
            update,
            View(
                tr(
                    "Please write the question in {low} to {high} characters.",
                    low=requests.MIN_QUESTION,
                    high=requests.MAX_TEXT,
                )
            ),
        )
        return
    if has_personal_data(text):
        # Refused, and kept: the text comes back to copy and edit, and the step still waits.
        draft.pop("question", None)
        QUESTION_FLOW.wait(context, AWAITING_QUESTION)
        await _reply(update, render_personal_data(tr, text))
        return
    draft["question"] = text
    stop_typing(context)
    name = update.effective_user.full_name or ""
    await _reply(update, render_consent(tr, name, draft["topic"], text))


def _account(update: Update) -> str:
    user = update.effective_user
    return f"@{user.username}" if user.username else f"tg://user?id={user.id}"


async def _send_request(update: Update, context: BotContext, show_account: bool) -> None:
    tr, draft = context.tr, context.user_data.get(DRAFT) or {}
    if draft.get("topic") not in TOPICS or not draft.get("question"):
        _clear(context)
        await show(update, render_expired(tr))
        return
    services, user = context.services, update.effective_user
    try:
        request = await _create(update, context, draft, show_account)
    except RequestError as refused:
        if refused.code != "too_many":
            raise
        _clear(context)
        await show(update, render_too_many(tr, requests.MAX_ACTIVE_PER_MIGRANT))
        return
    _clear(context)
    reached = await announce(context, request)
    log.info("consultation request #%d from user=%s", request.id, context.user_key(user.id)[:12])
    await show(update, render_sent(tr, request, reached))
    await remember_sent(
        services, request.id, request.migrant_key, update.callback_query.message, "migrant"
    )


async def _create(update: Update, context: BotContext, draft: dict, show_account: bool):
    services, user = context.services, update.effective_user
    return await actions.create(
        services.sessions,
        migrant_key=context.user_key(user.id),
        chat_id=update.effective_chat.id,
        name=user.full_name or "",
        account=_account(update) if show_account else None,
        language=context.lang,
        topic=draft["topic"],
        question=draft["question"],
        directory=services.tables.directory,
        now=_now(),
    )


async def announce(
    context: BotContext, request: requests.Request, again: bool = False, untold: bool = False
) -> int:
    """Tell the request's members (each in their language); how many were reached.
    ``untold``: only those who hold no notice of it yet."""
    services = context.application.bot_data["services"]  # also called from jobs
    targets = await actions.announcement_targets(services.sessions, request, untold)
    reached = 0
    for member in targets:
        tr = translator_for(services, member.language)
        message = await send_to(
            context.bot, member.chat_id, render_notice(tr, request, again), member.user_key
        )
        if message is None:
            continue
        reached += 1
        await actions.note_delivery(
            services.sessions, request.id, member.user_key, member.chat_id, message.message_id
        )
    return reached


async def hand_back(context: BotContext, released: requests.Released) -> None:
    """After a member's role went: the requests they had are offered to the others again,
    and a migrant whose member it was learns that the request waits for someone else."""
    services = context.application.bot_data["services"]
    for request in released.taken:
        if request.migrant_chat_id is not None:
            tr = translator_for(services, request.language)
            view = View(
                tr(
                    "The council member who took your request #{id} can no longer answer it. "
                    "It waits for another member; the answer will come here.",
                    id=request.id,
                )
            )
            told = await send_to(context.bot, request.migrant_chat_id, view, request.migrant_key)
            await remember_sent(services, request.id, request.migrant_key, told, "migrant")
        await announce(context, request, again=True)
    for request in released.offered:
        await announce(context, request, again=True, untold=True)


@REPLY_FLOW.step(AWAITING_REPLY)
async def on_reply_typed(update: Update, context: BotContext) -> None:
    tr, services = context.tr, context.services
    request_id = context.user_data.get("consult_reply_to")
    text = (update.effective_message.text or "").strip()
    await _warn_if_danger(update, context, text)
    if not text or len(text) > requests.MAX_TEXT:
        await send(update, View(tr("Please write the reply in at most {high} characters.",
                                   high=requests.MAX_TEXT)))  # fmt: skip
        return
    _clear(context)
    target = await actions.reply_target(
        services.sessions, int(request_id or 0), context.user_key(update.effective_user.id)
    )
    request, member = (target.request, target.member) if target else (None, None)
    if request is None or request.status not in requests.ACTIVE:
        await send(update, View(tr("This request is no longer open. Send /consult to ask again.")))
        return
    relayed = None
    if request.status == requests.TAKEN and member is not None:
        relayed = await send_to(
            context.bot,
            member.chat_id,
            render_reply_for_member(translator_for(services, member.language), request, text),
            member.user_key,
        )
    if relayed is None:  # nobody answers it now (their role went), or they cannot be reached
        await send(update, View(tr(
            "Your message was not sent: no council member is answering request #{id} at the "
            "moment. It waits for a member, and the answer will come here.", id=request.id,
        )))  # fmt: skip
        return
    await actions.add_message(services.sessions, request.id, "migrant", text, _now())
    await remember_sent(services, request.id, member.user_key, relayed, "member")
    await send(update, View(tr("Sent to the council member.")))


async def on_myrequests(update: Update, context: BotContext) -> None:
    if not await _private_only(update, context):
        return
    migrant = context.user_key(update.effective_user.id)
    mine = await actions.mine(context.services.sessions, migrant)
    await _reply(update, render_my_requests(context.tr, mine))


async def _withdraw(update: Update, context: BotContext, request_id: int) -> None:
    tr, services = context.tr, context.services
    try:
        ended = await actions.withdraw(
            services.sessions, request_id, context.user_key(update.effective_user.id), _now()
        )
    except RequestError:
        await show(update, View(tr("This request is no longer open.")))
        return
    await tell_members_it_ended(context, ended.request, ended.told, ended.owner)
    await show(update, View(tr("Request #{id} withdrawn.", id=request_id)))


async def tell_members_it_ended(context, request, told, owner) -> None:
    """Members who were offered the request, or own it, learn it was withdrawn."""
    services = context.application.bot_data["services"]
    for notice in told:
        if notice.member_key == request.member_key:
            continue
        language = await _language_of(services, notice.member_key)
        view = render_withdrawn_for_member(translator_for(services, language), request.id)
        await edit_for(context.bot, notice.chat_id, notice.message_id, view)
    if owner is not None:
        view = render_withdrawn_for_member(translator_for(services, owner.language), request.id)
        await send_to(context.bot, owner.chat_id, view, owner.user_key)


async def _language_of(services, member_key: str) -> str | None:
    member = await actions.recipient(services.sessions, member_key)
    return member.language if member else None


async def on_ask_member(update: Update, context: BotContext) -> None:
    """The way to a council member offered on the bot's screens: v1:consult:new[:<ref>]."""
    parts = decode(update.callback_query.data) or ()
    ref = parts[2] if len(parts) > 2 else ""
    if action_of(parts, AskMemberAction) is None or (
        ref and not re.fullmatch(r"[0-9a-f]{12}", ref)
    ):
        await show(update, render_expired(context.tr))
        return
    # start_request answers the press (show), once: Telegram refuses a second answer.
    await start_request(update, context, ref or None)


async def on_consult_button(update: Update, context: BotContext) -> None:
    tr = context.tr
    parts = decode(update.callback_query.data) or ()
    if not await _private_only(update, context):
        return
    action = action_of(parts, ConsultAction)
    value = parts[2] if len(parts) > 2 else ""
    extra = parts[3] if len(parts) > 3 else ""
    draft = context.user_data.get(DRAFT)
    match action:
        case ConsultAction.CANCEL:
            _clear(context)
            await show(update, View(tr("Cancelled. Nothing was sent.")))
        case ConsultAction.LIST:
            await on_myrequests(update, context)
        case ConsultAction.TOPIC if value in TOPICS and draft is not None:
            draft["topic"] = value
            QUESTION_FLOW.wait(context, AWAITING_QUESTION)
            await show(update, render_ask_question(tr, draft.get("earlier")))
        case ConsultAction.USE_EARLIER if draft and draft.get("earlier"):
            await _take_question(update, context, draft["earlier"])  # it answers the press
        case ConsultAction.SEND if value in ("", SHOW_ACCOUNT):
            await _send_request(update, context, show_account=value == SHOW_ACCOUNT)
        case ConsultAction.RATE if value.isdigit() and extra in ("0", "1"):
            await _rate(update, context, int(value), helpful=extra == "1")
        case ConsultAction.SKIP_COMMENT:
            RATING_FLOW.drop(context)
            await show(update, View(tr("Thank you for the rating!")))
        case ConsultAction.WITHDRAW | ConsultAction.CONFIRM_WITHDRAW | ConsultAction.REPLY if (
            value.isdigit()
        ):
            await _on_request_action(update, context, action, int(value))
        case _:
            await show(update, render_expired(tr))


async def _on_request_action(
    update: Update, context: BotContext, action: ConsultAction, request_id: int
) -> None:
    tr = context.tr
    request = await actions.migrants_own(
        context.services.sessions, request_id, context.user_key(update.effective_user.id)
    )
    if request is None or request.status not in requests.ACTIVE:
        await show(update, View(tr("This request is no longer open.")))
        return
    if action is ConsultAction.WITHDRAW:
        await show(update, render_withdraw_confirm(tr, request_id))
    elif action is ConsultAction.CONFIRM_WITHDRAW:
        await _withdraw(update, context, request_id)
    else:  # ConsultAction.REPLY
        await update.callback_query.answer()
        REPLY_FLOW.wait(context, AWAITING_REPLY)
        context.user_data["consult_reply_to"] = request_id
        prompt = await send(
            update,
            View(
                tr("Write your reply to the council member (request #{id}):", id=request_id),
                ((Button(tr("✖️ Cancel"), action=(Namespace.CONSULT, ConsultAction.CANCEL)),),),
            ),
        )
        await remember_sent(context.services, request_id, request.migrant_key, prompt, "migrant")


async def _rate(update: Update, context: BotContext, request_id: int, helpful: bool) -> None:
    """👍/👎 on the member's answer, once the request is closed; then an optional word."""
    migrant = context.user_key(update.effective_user.id)
    if not await actions.rate(context.services.sessions, request_id, migrant, helpful, _now()):
        await show(update, render_expired(context.tr))
        return
    RATING_FLOW.wait(context, AWAITING_COMMENT)
    context.user_data["consult_rating"] = request_id
    await show(update, render_rated(context.tr))


_SKIP_COMMENT = (Namespace.CONSULT, ConsultAction.SKIP_COMMENT)


@RATING_FLOW.step(AWAITING_COMMENT)
async def on_comment_typed(update: Update, context: BotContext) -> bool:
    """The word after the rating. A long text or a question is no comment: it goes on as a
    new question to the bot."""
    tr = context.tr
    text = (update.effective_message.text or "").strip()
    request_id = int(context.user_data.get("consult_rating") or 0)
    if len(text) > MAX_COMMENT or text.endswith("?"):
        RATING_FLOW.drop(context)
        return False
    migrant = context.user_key(update.effective_user.id)
    outcome = await actions.comment(context.services.sessions, request_id, migrant, text)
    if outcome == "personal_data":
        await send(update, View(tr(
            "Please leave out phone and document numbers and e-mails. Write the word again "
            "without them, or skip."
        ), ((Button(tr("Skip"), action=_SKIP_COMMENT),),)))  # fmt: skip
        return True
    RATING_FLOW.drop(context)
    await send(update, View(tr("Thank you! The council will read it.")))
    return True


def register(app: Application) -> None:
    hooks(app).add(REQUEST_ENDED, tell_members_it_ended)
    hooks(app).add(REQUESTS_RELEASED, hand_back)
    app.add_handler(CommandHandler(CONSULT, on_consult))
    opens(app, CONSULT, on_consult)
    app.add_handler(CommandHandler(MYREQUESTS, on_myrequests))
    start = pattern(Namespace.CONSULT, AskMemberAction.START)
    app.add_handler(CallbackQueryHandler(on_ask_member, pattern=start))
    dialog = pattern(Namespace.CONSULT, *ConsultAction)
    app.add_handler(CallbackQueryHandler(on_consult_button, pattern=dialog))
