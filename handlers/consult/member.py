"""Council members and requests: take or pass, answer through the bot, close (which logs the
consultation and may propose the answer for the KB); re-announcing and the daily digest."""

from __future__ import annotations

import datetime as dt
import logging

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler

from handlers.consult import inbox
from handlers.consult.migrant import announce, remember_sent, tell_migrant
from handlers.consult.views import (
    RequestAction,
    owner_buttons,
    refusal,
    render_answer_for_migrant,
    render_answer_prompt,
    render_canned_preview,
    render_closed_for_migrant,
    render_digest,
    render_taken_by_you,
    render_taken_elsewhere,
    render_taken_for_migrant,
)
from handlers.kit.callbacks import Namespace, action_of, decode, pattern
from handlers.kit.context import BotContext, translator_for
from handlers.kit.flows import Flow, stop_typing
from handlers.kit.gate import require
from handlers.kit.jobs import daily, every, once_per
from handlers.kit.labels import OUTCOME_LABELS
from handlers.kit.pickers import render_choice, render_country, render_topics
from handlers.kit.send import edit_for, send, send_to, show
from handlers.kit.views import Button, View, render_expired
from knowledge.consult import actions, requests
from knowledge.consult.requests import RequestError
from knowledge.council.consultations import OUTCOMES, TOPICS, Draft
from knowledge.reference import countries

log = logging.getLogger(__name__)
AWAITING_ANSWER, AWAITING_COUNTRY = "req_answer", "req_country"
# A member writing the answer to a request; closing it (the country, topics, outcome).
ANSWER_FLOW = Flow("req_answer", drafts=("req_answering",))
CLOSE_FLOW = Flow("req_close", drafts=("req_closing",))
CLOSING = "req_closing"
CLOSE_STEPS = 4


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _clear(context: BotContext) -> None:
    ANSWER_FLOW.drop(context)
    CLOSE_FLOW.drop(context)


async def _take(update: Update, context: BotContext, request_id: int) -> None:
    tr, services = context.tr, context.services
    member = context.user_key(update.effective_user.id)
    try:
        taken = await actions.take(services.sessions, request_id, member, _now())
    except RequestError as refused:
        await update.callback_query.answer(refusal(tr, refused.code), show_alert=True)
        return
    request, told = taken.request, taken.told
    name = update.effective_user.full_name or ""
    await show(update, render_taken_by_you(tr, request))
    await remember_sent(services, request_id, member, update.callback_query.message, "member")
    for notice in told:
        if notice.member_key == member:
            continue
        other = await actions.recipient(services.sessions, notice.member_key)
        view = render_taken_elsewhere(
            translator_for(services, other.language if other else None), request_id, name
        )
        await edit_for(context.bot, notice.chat_id, notice.message_id, view)
    await tell_migrant(context, request, lambda t: render_taken_for_migrant(t, request_id))
    log.info("request #%d taken by member=%s", request_id, member[:12])


async def _owned(update: Update, context: BotContext, request_id: int) -> requests.Request | None:
    try:
        return await actions.owned(
            context.services.sessions, request_id, context.user_key(update.effective_user.id)
        )
    except RequestError as refused:
        await update.callback_query.answer(refusal(context.tr, refused.code), show_alert=True)
        return None


async def on_request_button(update: Update, context: BotContext) -> None:
    tr = context.tr
    parts = decode(update.callback_query.data) or ()
    if not await require(update, context, "council"):
        _clear(context)
        return
    action = action_of(parts, RequestAction)
    value = parts[2] if len(parts) > 2 else ""
    extra = parts[3] if len(parts) > 3 else ""
    match action:
        case (
            RequestAction.TAKE | RequestAction.PASS | RequestAction.ANSWER | RequestAction.CLOSE
        ) if value.isdigit():
            await _on_request(update, context, action, int(value))
        case RequestAction.CANNED | RequestAction.SEND_CANNED if (
            value.isdigit() and extra.isdigit()
        ):
            await _on_canned(update, context, action, int(value), int(extra))
        case RequestAction.INBOX:
            await inbox.show_inbox(update, context)
        case RequestAction.TAKE_BACK if value.isdigit():
            await inbox.take_back(update, context, int(value))
        case RequestAction.HAND_OVER if value.isdigit():
            await inbox.pick_member(update, context, int(value))
        case RequestAction.HAND_TO if value.isdigit() and extra.isdigit():
            await inbox.hand_over(update, context, int(value), int(extra))
        case RequestAction.CANCEL:
            _clear(context)
            await show(update, View(tr("Cancelled.")))
        case _ if action is not None and context.user_data.get(CLOSING):
            await _on_closing_step(update, context, action, value)
        case _:
            await show(update, render_expired(tr))


async def _on_request(
    update: Update, context: BotContext, action: RequestAction, request_id: int
) -> None:
    tr = context.tr
    if action is RequestAction.TAKE:
        await _take(update, context, request_id)
        return
    if action is RequestAction.PASS:
        await actions.pass_on(
            context.services.sessions, request_id, context.user_key(update.effective_user.id)
        )
        text = tr("You passed on request #{id}.", id=request_id) + "\n" + tr(
            "Changed your mind? Take it back here or later in /inbox."
        )
        take_back = Button(
            tr("↩️ Take back #{id}", id=request_id),
            action=(Namespace.REQUEST, RequestAction.TAKE_BACK, str(request_id)),
        )
        await show(update, View(text, ((take_back,),)))
        return
    request = await _owned(update, context, request_id)
    if request is None:
        return
    _clear(context)
    if action is RequestAction.ANSWER:
        ANSWER_FLOW.wait(context, AWAITING_ANSWER)
        context.user_data["req_answering"] = request_id
        await update.callback_query.answer()
        replies = await actions.canned(context.services.sessions, request.language)
        prompt = await send(update, render_answer_prompt(tr, request, replies))
        await remember_sent(context.services, request_id, request.member_key, prompt, "member")
        return
    # RequestAction.CLOSE: the closing steps, country first.
    context.user_data[CLOSING] = {"id": request_id, "country": "", "topics": [request.topic]}
    CLOSE_FLOW.wait(context, AWAITING_COUNTRY)
    await update.callback_query.answer()
    heading = _heading(tr, request_id, 1)
    await send(update, render_country(tr, RequestAction, None, heading))


def _heading(tr, request_id: int, number: int) -> str:
    questions = {
        1: tr("Citizenship of the person? Tap, or type the country's name."),
        2: tr("Topics (several allowed), then “Next”:"),
        3: tr("Outcome?"),
        4: tr("Is your answer useful for everyone? It would go to the admins as a proposal "
              "for the bot's answers (without the person's name)."),
    }  # fmt: skip
    return tr("Closing #{id}", id=request_id) + f" · {number}/{CLOSE_STEPS} · {questions[number]}"


@ANSWER_FLOW.step(AWAITING_ANSWER)
async def on_answer_typed(update: Update, context: BotContext) -> None:
    tr = context.tr
    request_id = int(context.user_data.get("req_answering") or 0)
    text = (update.effective_message.text or "").strip()
    if not text or len(text) > requests.MAX_TEXT:
        await send(update, View(tr("Please write the answer in at most {high} characters.",
                                   high=requests.MAX_TEXT)))  # fmt: skip
        return
    await _deliver(update, context, request_id, text)


async def _on_canned(
    update: Update, context: BotContext, action: RequestAction, request_id: int, number: int
) -> None:
    """A canned reply: shown first (to send as it is, or copy and edit), then sent."""
    request = await _owned(update, context, request_id)
    reply = await actions.canned_one(context.services.sessions, number)
    if request is None:
        return
    if reply is None:
        await show(update, View(context.tr("This canned reply no longer exists.")))
        return
    if action is RequestAction.CANNED:
        await show(update, render_canned_preview(context.tr, request_id, reply))
        return
    await update.callback_query.answer()
    await _deliver(update, context, request_id, reply.text)


async def _deliver(update: Update, context: BotContext, request_id: int, text: str) -> None:
    """The member's answer to the migrant: the role and ownership are checked now."""
    tr, services = context.tr, context.services
    _clear(context)
    member = context.user_key(update.effective_user.id)
    try:
        request = await actions.owned(services.sessions, request_id, member)
    except RequestError as refused:
        await send(update, View(refusal(tr, refused.code)))
        return
    delivered = await tell_migrant(
        context, request, lambda t: render_answer_for_migrant(t, request_id, text)
    )
    if delivered is None:
        await send(update, View(tr(
            "Not delivered: the person cannot be reached by the bot now (request #{id}).",
            id=request_id,
        ), owner_buttons(tr, request_id)))  # fmt: skip
        return
    # Kept once the person has it: what was not delivered must not reach a KB proposal.
    await actions.add_message(services.sessions, request_id, "member", text, _now())
    sent = await send(
        update,
        View(
            tr("Sent to the person (request #{id}).", id=request_id), owner_buttons(tr, request_id)
        ),
    )
    await remember_sent(services, request_id, member, sent, "member")


@CLOSE_FLOW.step(AWAITING_COUNTRY)
async def on_country_typed(update: Update, context: BotContext) -> None:
    closing = context.user_data.get(CLOSING)
    if not closing:
        stop_typing(context)
        return
    matches = countries.search(update.effective_message.text or "")
    await send(update, render_country(context.tr, RequestAction, matches))


async def _on_closing_step(
    update: Update, context: BotContext, action: RequestAction, value: str
) -> None:
    tr = context.tr
    closing = context.user_data[CLOSING]
    request_id = closing["id"]
    match action:
        case RequestAction.COUNTRY if value in countries.known_codes():
            closing["country"] = value
            stop_typing(context)
            heading = _heading(tr, request_id, 2)
            view = render_topics(tr, RequestAction, tuple(closing["topics"]), heading)
        case RequestAction.TOPIC if value in TOPICS:
            chosen = [t for t in closing["topics"] if t != value]
            if value not in closing["topics"]:
                chosen.append(value)
            closing["topics"] = chosen
            view = render_topics(tr, RequestAction, tuple(chosen), _heading(tr, request_id, 2))
        case RequestAction.TOPICS_DONE if closing["topics"]:
            outcomes = render_choice(
                tr, RequestAction, 3, "", RequestAction.OUTCOME, OUTCOME_LABELS, CLOSE_STEPS
            )
            view = View(_heading(tr, request_id, 3), outcomes.buttons)
        case RequestAction.OUTCOME if value in OUTCOMES:
            closing["outcome"] = value
            useful = (Namespace.REQUEST, RequestAction.USEFUL)
            view = View(
                _heading(tr, request_id, 4),
                (
                    (Button(tr("💡 Yes, propose it"), action=(*useful, "1")),),
                    (Button(tr("No, close"), action=(*useful, "0")),),
                    (Button(tr("✖️ Cancel"), action=(Namespace.REQUEST, RequestAction.CANCEL)),),
                ),
            )
        case RequestAction.USEFUL if (
            value in ("0", "1") and closing.get("outcome") and closing["country"]
        ):
            await _close(update, context, closing, useful=value == "1")
            return
        case _:
            await show(update, render_expired(tr))
            return
    await show(update, view)


async def _close(update: Update, context: BotContext, closing: dict, useful: bool) -> None:
    tr, services = context.tr, context.services
    request_id = closing["id"]
    member = context.user_key(update.effective_user.id)
    try:
        request = await actions.owned(services.sessions, request_id, member)
        draft = Draft(
            country=closing["country"],
            topics=tuple(closing["topics"]),
            channel="telegram",
            outcome=closing["outcome"],
            consulted_on=services.today(),
            language=request.language,
            note=tr("Request #{id} through the bot", id=request_id),
        )
        reply = services.kb.answer(request.question, lang=request.language)  # type: ignore[arg-type]
        closest = [reply.entry.id] if reply.entry else [e.id for e in reply.suggestions[:3]]
        # Checked again in the closing transaction: the role or the request may have gone.
        request, consultation_id = await actions.close(
            services.sessions, request_id, member, draft, useful, closest, _now()
        )
    except RequestError as refused:
        _clear(context)
        await show(update, View(refusal(tr, refused.code)))
        return
    _clear(context)
    text = tr(
        "Closed request #{id}; logged as consultation #{number}.",
        id=request_id,
        number=consultation_id,
    )
    if useful:
        text += "\n" + tr("Your answer went to the admins as a proposal. Thank you!")
    await show(update, View(text))
    await tell_migrant(
        context, request, lambda t: render_closed_for_migrant(t, request_id), reply_to=False
    )


async def reannounce_job(context: BotContext) -> None:
    """Requests nobody took within the set time are announced again."""
    services = context.application.bot_data["services"]
    after = dt.timedelta(minutes=services.settings.consult_reannounce_minutes)
    for request in await actions.due_again(services.sessions, _now(), after):
        await announce(context, request, again=True)


async def digest_job(context: BotContext) -> None:
    """Once a day, every council member gets the list of requests nobody has taken."""
    services = context.application.bot_data["services"]
    digest = await actions.digest(services.sessions)
    for member in digest.members:
        view = render_digest(translator_for(services, member.language), digest.waiting)
        await send_to(context.bot, member.chat_id, view, member.user_key)


def register(app: Application) -> None:
    inbox.register(app)  # /inbox, /canned…
    app.add_handler(
        CallbackQueryHandler(on_request_button, pattern=pattern(Namespace.REQUEST, *RequestAction))
    )
    if app.job_queue is None:
        return
    settings = app.bot_data["services"].settings
    minutes = settings.consult_reannounce_minutes
    app.job_queue.run_repeating(
        once_per("consult-reannounce", every(minutes * 60))(reannounce_job),
        interval=minutes * 60,
        first=minutes * 60,
        name="consult-reannounce",
    )
    app.job_queue.run_daily(
        once_per("consult-digest", daily)(digest_job),
        time=dt.time(settings.consult_digest_hour, 0, tzinfo=BAKU),
        name="consult-digest",
    )


# Azerbaijan keeps UTC+4 all year: the digest comes at a working hour there.
BAKU = dt.timezone(dt.timedelta(hours=4))
