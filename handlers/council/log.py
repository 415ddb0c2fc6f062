"""/log: a council member records a consultation by buttons; /mylog: recent ones, corrected
or withdrawn within 7 days. Cancelling at any step saves nothing."""

from __future__ import annotations

import datetime as dt
import html
from enum import StrEnum

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from handlers.kit.callbacks import Namespace, action_of, button_actions, decode, pattern
from handlers.kit.context import BotContext
from handlers.kit.flows import Flow, stop_typing
from handlers.kit.gate import require
from handlers.kit.i18n import Translator
from handlers.kit.labels import (
    CHANNEL_LABELS,
    LANGUAGE_LABELS,
    OUTCOME_LABELS,
    TOPIC_LABELS,
    country_label,
)
from handlers.kit.pickers import (
    STEPS,
    cancel_row,
    render_choice,
    render_country,
    render_topics,
)
from handlers.kit.send import send, show
from handlers.kit.views import Button, View, render_expired
from knowledge.council import actions
from knowledge.council import consultations as domain
from knowledge.council.consultations import (
    CHANNELS,
    LANGUAGES,
    OUTCOMES,
    TOPICS,
    ConsultationError,
    Draft,
)
from knowledge.reference import countries
from knowledge.reference.deadlines import DateProblem, parse_date

LOG, MYLOG = "log", "mylog"
AWAITING_COUNTRY, AWAITING_DATE, AWAITING_NOTE = "log_country", "log_date", "log_note"
# /log and the correction of an entry from /mylog: one wizard, one draft.
LOG_FLOW = Flow("log", drafts=("log_draft", "log_edit"))


@button_actions(Namespace.LOG)
class LogAction(StrEnum):
    """The /log wizard's buttons, v1:log:<action>[:<value>], in the order of its steps."""

    COUNTRY = "c"  # 1: the person's citizenship, v1:log:c:<country code>
    TOPIC = "t"  # 2: tick or untick a topic, v1:log:t:<topic>
    TOPICS_DONE = "tn"  # 2: "Next" once the topics are ticked
    CHANNEL = "ch"  # 3: v1:log:ch:<channel>
    OUTCOME = "o"  # 4: v1:log:o:<outcome>
    DATE = "d"  # 5: v1:log:d:today|yesterday (or the date is typed)
    LANGUAGE = "l"  # 6: v1:log:l:<language>
    SKIP_NOTE = "n"  # 7: no note (or it is typed)
    SAVE = "ok"  # save the entry, or the correction of one
    CANCEL = "x"  # nothing saved
    LOG_ANOTHER = "new"  # after saving: the wizard again


@button_actions(Namespace.MY_LOG)
class MyLogAction(StrEnum):
    """/mylog's buttons; v1:mylog alone lists the member's recent entries."""

    CORRECT = "e"  # v1:mylog:e:<number>: the wizard again, ending in a correction
    WITHDRAW = "w"  # v1:mylog:w:<number>: asks to confirm
    CONFIRM_WITHDRAW = "wy"  # v1:mylog:wy:<number>


def render_date(tr: Translator) -> View:
    return View(
        tr(
            "5/{steps} · Date of the consultation? Tap, or type it (<code>03.11.2026</code>).",
            steps=STEPS,
        ),
        (
            (
                Button(tr("Today"), action=(Namespace.LOG, LogAction.DATE, "today")),
                Button(tr("Yesterday"), action=(Namespace.LOG, LogAction.DATE, "yesterday")),
            ),
            cancel_row(tr, LogAction),
        ),
    )


def render_note(tr: Translator) -> View:
    return View(
        tr(
            "7/{steps} · A short note, if useful (type it), or skip. ⚠️ Do not write the "
            "person's name, phone or document numbers.",
            steps=STEPS,
        ),
        ((Button(tr("Skip"), action=(Namespace.LOG, LogAction.SKIP_NOTE)),),
         cancel_row(tr, LogAction)),
    )  # fmt: skip


def describe(tr: Translator, draft: Draft) -> str:
    topics = ", ".join(tr(TOPIC_LABELS[t]) for t in draft.topics)
    lines = [
        tr("Country: {value}", value=html.escape(country_label(tr, draft.country))),
        tr("Topics: {value}", value=html.escape(topics)),
        tr("Channel: {value}", value=tr(CHANNEL_LABELS.get(draft.channel, "?"))),
        tr("Outcome: {value}", value=tr(OUTCOME_LABELS.get(draft.outcome, "?"))),
        tr("Date: {value}", value=tr.date(draft.consulted_on) if draft.consulted_on else "?"),
        tr("Language: {value}", value=tr(LANGUAGE_LABELS.get(draft.language, "?"))),
    ]
    if draft.note:
        lines.append(tr("Note: {value}", value=html.escape(draft.note)))
    return "\n".join(lines)


def render_review(tr: Translator, draft: Draft, editing: int | None) -> View:
    title = (
        tr("Check and confirm the correction of #{id}:", id=editing)
        if editing
        else tr("Check and confirm:")
    )
    return View(
        f"<b>{title}</b>\n\n{describe(tr, draft)}",
        (
            (Button(tr("✅ Save"), action=(Namespace.LOG, LogAction.SAVE)),),
            cancel_row(tr, LogAction),
        ),
    )


def _draft(context: BotContext) -> Draft | None:
    data = context.user_data.get("log_draft")
    return Draft.from_json(data) if data is not None else None


def _keep(context: BotContext, draft: Draft) -> None:
    context.user_data["log_draft"] = draft.to_json()


def _clear(context: BotContext) -> None:
    LOG_FLOW.drop(context)


async def on_log(update: Update, context: BotContext) -> None:
    if not await require(update, context, "council"):
        return
    await _start(update, context)


async def _start(update: Update, context: BotContext) -> None:
    _clear(context)
    _keep(context, Draft())
    LOG_FLOW.wait(context, AWAITING_COUNTRY)
    await send(update, render_country(context.tr, LogAction))


@LOG_FLOW.step(AWAITING_COUNTRY)
async def on_country_typed(update: Update, context: BotContext) -> None:
    matches = countries.search(update.effective_message.text or "")
    await send(update, render_country(context.tr, LogAction, matches))


@LOG_FLOW.step(AWAITING_DATE)
async def on_date_typed(update: Update, context: BotContext) -> None:
    tr, draft = context.tr, _draft(context)
    if draft is None:
        stop_typing(context)
        return
    today = context.services.today()
    parsed = parse_date(update.effective_message.text or "", today)
    too_old = parsed.date is not None and parsed.date < domain.EARLIEST_LOGGABLE
    if parsed.date is None or too_old or parsed.problem in (
        DateProblem.FUTURE,
        DateProblem.UNREADABLE,
    ):
        if parsed.problem == DateProblem.FUTURE:
            message = tr("That date is in the future. Type the day of the consultation.")
        elif too_old:
            message = tr(
                "Consultations are logged from {date} on. Please check the year.",
                date=tr.date(domain.EARLIEST_LOGGABLE),
            )
        else:
            message = tr(
                "I could not read that date. Please type it like "
                "<code>03.11.2026</code> or “today”."
            )
        await send(update, View(message, (cancel_row(tr, LogAction),)))
        return
    draft = domain.with_changes(draft, consulted_on=parsed.date)
    _keep(context, draft)
    stop_typing(context)
    await send(update, _language_choice(tr))


@LOG_FLOW.step(AWAITING_NOTE)
async def on_note_typed(update: Update, context: BotContext) -> None:
    tr, draft = context.tr, _draft(context)
    if draft is None:
        stop_typing(context)
        return
    note = (update.effective_message.text or "").strip()
    if domain.has_personal_data(note):
        await send(
            update,
            View(
                tr(
                    "This looks like a phone, document number or e-mail. "
                    "Please do not store personal data: rewrite the note "
                    "without it, or skip."
                ),
                (
                    (Button(tr("Skip"), action=(Namespace.LOG, LogAction.SKIP_NOTE)),),
                    cancel_row(tr, LogAction),
                ),
            ),
        )
        return
    if len(note) > domain.MAX_NOTE:
        await send(
            update,
            View(tr("The note is too long: at most {limit} characters.", limit=domain.MAX_NOTE)),
        )
        return
    draft = domain.with_changes(draft, note=note)
    _keep(context, draft)
    stop_typing(context)
    await send(update, render_review(tr, draft, context.user_data.get("log_edit")))


def _language_choice(tr: Translator) -> View:
    question = tr("Language of the consultation?")
    return render_choice(tr, LogAction, 6, question, LogAction.LANGUAGE, LANGUAGE_LABELS)


async def on_log_button(update: Update, context: BotContext) -> None:
    tr = context.tr
    parts = decode(update.callback_query.data) or ()
    draft = _draft(context)
    if parts == (Namespace.LOG, LogAction.CANCEL):
        _clear(context)
        await show(update, View(tr("Cancelled. Nothing was saved.")))
        return
    action = action_of(parts, LogAction)
    if draft is None or action is None:
        await show(update, render_expired(tr))
        return
    if not await require(update, context, "council"):
        _clear(context)
        return
    value = parts[2] if len(parts) > 2 else ""
    today = context.services.today()
    view: View | None = None
    match action:
        case LogAction.COUNTRY if value in countries.known_codes():
            draft = domain.with_changes(draft, country=value)
            stop_typing(context)
            view = render_topics(tr, LogAction, draft.topics)
        case LogAction.TOPIC if value in TOPICS:
            chosen = tuple(t for t in draft.topics if t != value)
            if value not in draft.topics:
                chosen = (*draft.topics, value)
            draft = domain.with_changes(draft, topics=chosen)
            view = render_topics(tr, LogAction, chosen)
        case LogAction.TOPICS_DONE:
            if not draft.topics:
                await update.callback_query.answer(
                    tr("Choose at least one topic."), show_alert=True
                )
                return
            question = tr("How was the consultation given?")
            view = render_choice(tr, LogAction, 3, question, LogAction.CHANNEL, CHANNEL_LABELS)
        case LogAction.CHANNEL if value in CHANNELS:
            draft = domain.with_changes(draft, channel=value)
            view = render_choice(tr, LogAction, 4, tr("Outcome?"), LogAction.OUTCOME,
                                 OUTCOME_LABELS)  # fmt: skip
        case LogAction.OUTCOME if value in OUTCOMES:
            draft = domain.with_changes(draft, outcome=value)
            LOG_FLOW.wait(context, AWAITING_DATE)
            view = render_date(tr)
        case LogAction.DATE if value in ("today", "yesterday"):
            day = today if value == "today" else today - dt.timedelta(days=1)
            draft = domain.with_changes(draft, consulted_on=day)
            stop_typing(context)
            view = _language_choice(tr)
        case LogAction.LANGUAGE if value in LANGUAGES:
            draft = domain.with_changes(draft, language=value)
            LOG_FLOW.wait(context, AWAITING_NOTE)
            view = render_note(tr)
        case LogAction.SKIP_NOTE:
            stop_typing(context)
            view = render_review(tr, draft, context.user_data.get("log_edit"))
        case LogAction.SAVE:
            await _save(update, context, draft)
            return
    if view is None:
        await show(update, render_expired(tr))
        return
    _keep(context, draft)
    await show(update, view)


async def _save(update: Update, context: BotContext, draft: Draft) -> None:
    tr = context.tr
    services = context.services
    if draft.problems(services.today(), countries.known_codes()):
        _clear(context)
        await show(update, render_expired(tr))
        return
    member = context.user_key(update.effective_user.id)
    editing = context.user_data.get("log_edit")
    try:
        if editing:
            await actions.correct(services.sessions, editing, member, draft, _now())
            number = editing
        else:
            number = await actions.record(services.sessions, member, draft)
    except ConsultationError as error:
        _clear(context)
        await show(update, View(_refusal(tr, error.code)))
        return
    _clear(context)
    text = (
        tr("Corrected #{id}.", id=number)
        if editing
        else tr("Saved as #{id}. Thank you!", id=number)
    )
    await show(
        update,
        View(
            text,
            (
                (Button(tr("📝 Log another"), action=(Namespace.LOG, LogAction.LOG_ANOTHER)),),
                (Button(tr("🗂 My recent entries"), action=(Namespace.MY_LOG,)),),
            ),
        ),
    )


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _refusal(tr: Translator, code: str) -> str:
    return {
        "too_late": tr("Entries can be corrected or withdrawn only within 7 days."),
        "not_author": tr("Only the member who logged an entry can change it."),
    }.get(code, tr("That entry no longer exists."))


def render_mylog(tr: Translator, entries: list[domain.Consultation]) -> View:
    if not entries:
        return View(tr("You have not logged any consultations yet. Use /log."))
    lines, rows = [tr("<b>Your recent consultations</b>")], []
    now = _now()
    for entry in entries:
        d = entry.draft
        lines.append(
            f"#{entry.id} · {tr.date(d.consulted_on, 'short')} · "
            f"{html.escape(country_label(tr, d.country))} · "
            f"{html.escape(', '.join(tr(TOPIC_LABELS[t]) for t in d.topics))} · "
            f"{tr(OUTCOME_LABELS[d.outcome])}"
        )
        created = (
            entry.created_at
            if entry.created_at.tzinfo
            else entry.created_at.replace(tzinfo=dt.UTC)
        )
        if now - created <= domain.EDIT_WINDOW:
            rows.append(
                (
                    Button(
                        tr("✏️ Correct #{id}", id=entry.id),
                        action=(Namespace.MY_LOG, MyLogAction.CORRECT, str(entry.id)),
                    ),
                    Button(
                        tr("🗑 Withdraw #{id}", id=entry.id),
                        action=(Namespace.MY_LOG, MyLogAction.WITHDRAW, str(entry.id)),
                    ),
                )
            )
    return View("\n".join(lines), tuple(rows))


async def on_mylog(update: Update, context: BotContext) -> None:
    if not await require(update, context, "council"):
        return
    entries = await actions.recent_for(
        context.services.sessions, context.user_key(update.effective_user.id)
    )
    view = render_mylog(context.tr, entries)
    if update.callback_query:
        await show(update, view)
    else:
        await send(update, view)


async def on_mylog_button(update: Update, context: BotContext) -> None:
    tr = context.tr
    parts = decode(update.callback_query.data) or ()
    if parts == (Namespace.MY_LOG,):
        await on_mylog(update, context)
        return
    if not await require(update, context, "council"):
        return
    action = action_of(parts, MyLogAction)
    if action is None or len(parts) != 3 or not parts[2].isdigit():
        await show(update, render_expired(tr))
        return
    number = int(parts[2])
    member = context.user_key(update.effective_user.id)
    entry = await actions.get(context.services.sessions, number)
    if entry is None or entry.withdrawn or entry.member_key != member:
        await show(update, View(_refusal(tr, "not_author" if entry else "not_found")))
        return
    if action is MyLogAction.WITHDRAW:
        await show(
            update,
            View(
                tr("Withdraw #{id}? It will no longer count in reports.", id=number),
                (
                    (
                        Button(
                            tr("Yes, withdraw"),
                            action=(Namespace.MY_LOG, MyLogAction.CONFIRM_WITHDRAW, str(number)),
                        ),
                        Button(tr("No"), action=(Namespace.MY_LOG,)),
                    ),
                ),
            ),
        )
        return
    if action is MyLogAction.CONFIRM_WITHDRAW:
        try:
            await actions.withdraw(context.services.sessions, number, member, _now())
        except ConsultationError as error:
            await show(update, View(_refusal(tr, error.code)))
            return
        await show(update, View(tr("Withdrawn #{id}.", id=number)))
        return
    # MyLogAction.CORRECT: the wizard again, with the entry's answers, ending in a correction.
    if (
        _now()
        - (
            entry.created_at
            if entry.created_at.tzinfo
            else entry.created_at.replace(tzinfo=dt.UTC)
        )
        > domain.EDIT_WINDOW
    ):
        await show(update, View(_refusal(tr, "too_late")))
        return
    _clear(context)
    _keep(context, entry.draft)
    context.user_data["log_edit"] = number
    LOG_FLOW.wait(context, AWAITING_COUNTRY)
    await show(update, render_country(tr, LogAction))


async def on_log_again(update: Update, context: BotContext) -> None:
    # require() answers a refused press itself: answered once, as Telegram allows.
    if not await require(update, context, "council"):
        return
    await update.callback_query.answer()
    await _start(update, context)


def register(app: Application) -> None:
    app.add_handler(CommandHandler(LOG, on_log))
    app.add_handler(CommandHandler(MYLOG, on_mylog))
    again = pattern(Namespace.LOG, LogAction.LOG_ANOTHER, final=True)
    app.add_handler(CallbackQueryHandler(on_log_again, pattern=again))
    wizard = [action for action in LogAction if action is not LogAction.LOG_ANOTHER]
    app.add_handler(CallbackQueryHandler(on_log_button, pattern=pattern(Namespace.LOG, *wizard)))
    app.add_handler(
        CallbackQueryHandler(
            on_mylog_button, pattern=pattern(Namespace.MY_LOG, *MyLogAction, bare=True)
        )
    )
