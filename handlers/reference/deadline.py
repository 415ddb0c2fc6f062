"""/deadline: the last day to register at the place of stay, from the arrival date."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from handlers.kit.callbacks import Namespace, action_of, button_actions, decode, pattern
from handlers.kit.context import BotContext
from handlers.kit.deeplinks import opens
from handlers.kit.flows import Flow, cancel_button
from handlers.kit.i18n import Translator
from handlers.kit.send import send, show
from handlers.kit.views import Button, View, main_menu_buttons, render_expired
from knowledge.reference.deadlines import (
    DateProblem,
    Deadline,
    looks_like_a_question,
    parse_date,
    registration_deadline,
)

DEADLINE = "deadline"
AWAITING_DATE = "arrival_date"
DEADLINE_FLOW = Flow("deadline", drafts=("arrival", "arrival_readings"))


@button_actions(Namespace.DEADLINE)
class DeadlineAction(StrEnum):
    """/deadline's buttons; v1:dl alone asks for the arrival date again."""

    KAZAKHSTAN = "kz"  # the passport held: Kazakhstan's citizens have longer
    OTHER_COUNTRY = "other"
    WHICH_DATE = "d"  # v1:dl:d:0|1: which reading of an ambiguous date ("3/11") was meant


# The passport's country, as knowledge/reference/deadlines.py names its groups.
GROUPS = {DeadlineAction.KAZAKHSTAN: "kazakhstan", DeadlineAction.OTHER_COUNTRY: "other"}


def render_ask_date(tr: Translator) -> View:
    return View(
        tr(
            "📅 When did you arrive in Azerbaijan? Type the date, for example "
            "<code>03.11.2026</code>, <code>3/11</code>, <code>2026-11-03</code>, "
            "“today” or “5 November”."
        ),
        ((cancel_button(tr),),),
    )


def render_date_problem(tr: Translator, problem: DateProblem) -> View:
    texts = {
        DateProblem.UNREADABLE: tr(
            "I could not read that date. Please type it like <code>03.11.2026</code> or “today”."
        ),
        DateProblem.IMPOSSIBLE: tr("That date does not exist. Please check the day and month."),
        DateProblem.FUTURE: tr("That date is in the future. Please type the day you arrived."),
        DateProblem.TOO_OLD: tr(
            "That date is more than a year ago. Please check it, or call "
            "the call centre (012) 919 about your case."
        ),
    }
    return View(texts[problem], ((cancel_button(tr),),))


def render_ask_group(tr: Translator, arrival: dt.date) -> View:
    return View(
        tr("Arrival: <b>{date}</b>. Which passport do you hold?", date=tr.date(arrival)),
        ((Button(tr("🇰🇿 Kazakhstan"), action=(Namespace.DEADLINE, DeadlineAction.KAZAKHSTAN)),
          Button(tr("Another country"),
                 action=(Namespace.DEADLINE, DeadlineAction.OTHER_COUNTRY))),),
    )  # fmt: skip


def render_deadline(tr: Translator, deadline: Deadline) -> View:
    lines = [
        tr("Arrival: {arrival}. If you stay more than {days} days, register at your place of "
           "stay by <b>{last_day}</b>.",
           arrival=tr.date(deadline.arrival), days=deadline.days,
           last_day=tr.date(deadline.last_day)),
    ]  # fmt: skip
    if deadline.overdue:
        lines.append(
            tr(
                "⚠️ That day has passed. Register as soon as possible and ask the call "
                "centre (012) 919 what to do."
            )
        )
    else:
        lines.append(tr.plural("{count} day left.", "{count} days left.", deadline.days_left))
    lines.append(
        tr(
            "How: online at eservice.migration.gov.az, by e-mail to "
            "qeydiyyat@migration.gov.az, at a regional migration department or an ASAN "
            "service centre. Registration is free."
        )
    )
    return View(
        "\n\n".join(lines),
        ((Button(tr("🏠 How to register"), action=(Namespace.ENTRY, "reg.how")),),
         (Button(tr("🔗 Official page"), url="https://migration.gov.az/en/oyq"),),
         (Button(tr("📅 Change the date"), action=(Namespace.DEADLINE,)),),
         *main_menu_buttons(tr)),
    )  # fmt: skip


async def on_deadline(update: Update, context: BotContext) -> None:
    DEADLINE_FLOW.wait(context, AWAITING_DATE)
    context.user_data.pop("arrival", None)
    if update.callback_query:
        await show(update, render_ask_date(context.tr))
    else:
        await send(update, render_ask_date(context.tr))


@DEADLINE_FLOW.step(AWAITING_DATE)
async def on_arrival_date(update: Update, context: BotContext) -> bool:
    text = update.effective_message.text or ""
    parsed = parse_date(text, context.services.today())
    if parsed.problem is DateProblem.UNREADABLE and (
        looks_like_a_question(text)
        or context.services.kb.answer(text, lang=context.lang).status == "answer"
    ):
        return False  # not a date at all: the user moved on to a question, answer it
    if parsed.problem is not None or parsed.date is None:
        await send(
            update, render_date_problem(context.tr, parsed.problem or DateProblem.UNREADABLE)
        )
        return True
    DEADLINE_FLOW.stop(context)
    if parsed.alternative is not None:
        readings = (parsed.date, parsed.alternative)
        context.user_data["arrival_readings"] = [d.isoformat() for d in readings]
        await send(update, render_which_date(context.tr, readings))
        return True
    context.user_data["arrival"] = parsed.date.isoformat()
    await send(update, render_ask_group(context.tr, parsed.date))
    return True


def render_which_date(tr: Translator, readings: tuple[dt.date, dt.date]) -> View:
    buttons = tuple(
        Button(tr.date(day), action=(Namespace.DEADLINE, DeadlineAction.WHICH_DATE, str(n)))
        for n, day in enumerate(readings)
    )
    return View(tr("Which date do you mean?"), (buttons, (cancel_button(tr),)))


async def on_group(update: Update, context: BotContext) -> None:
    parts = decode(update.callback_query.data) or ()
    arrival = context.user_data.get("arrival")
    if parts == (Namespace.DEADLINE,):
        await on_deadline(update, context)
        return
    readings = context.user_data.get("arrival_readings") or []
    action = action_of(parts, DeadlineAction)
    if (
        action is DeadlineAction.WHICH_DATE
        and len(parts) == 3
        and parts[2] in ("0", "1")
        and (readings)
    ):
        arrival = readings[int(parts[2])]
        context.user_data["arrival"] = arrival
        context.user_data.pop("arrival_readings", None)
        await show(update, render_ask_group(context.tr, dt.date.fromisoformat(arrival)))
        return
    if len(parts) != 2 or action not in GROUPS or not arrival:
        await show(
            update,
            render_expired(context.tr),
        )
        return
    group = GROUPS[action]
    deadline = registration_deadline(
        dt.date.fromisoformat(arrival), group, context.services.today()
    )
    await show(update, render_deadline(context.tr, deadline))


def register(app: Application) -> None:
    app.add_handler(CommandHandler(DEADLINE, on_deadline))
    opens(app, DEADLINE, on_deadline)
    dates_and_passports = pattern(Namespace.DEADLINE, *DeadlineAction, bare=True)
    app.add_handler(CallbackQueryHandler(on_group, pattern=dates_and_passports))
