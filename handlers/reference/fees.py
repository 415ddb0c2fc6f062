"""/fees: a calculator by buttons over the fee table, amounts formatted for the locale."""

from __future__ import annotations

import html
from decimal import Decimal

from babel.numbers import format_decimal
from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from handlers.kit.callbacks import Namespace, decode, pattern
from handlers.kit.context import BotContext
from handlers.kit.deeplinks import opens
from handlers.kit.i18n import N_, Translator
from handlers.kit.send import send, show
from handlers.kit.views import Button, View, main_menu_buttons, render_expired
from knowledge.reference import fees as schedule
from knowledge.reference.fees import FeeRow, FeeSchedule

FEES = "fees"
PERMIT_LABELS = {
    "work_permit": N_("💼 Work permit"),
    "trp": N_("🪪 Temporary residence permit"),
    "extension": N_("⏳ Stay extension"),
    "evisa": N_("🛂 E-visa"),
}
APPLICANT_LABELS = {
    "adult": N_("Adult"),
    "minor": N_("Child under 18"),
    "student": N_("Full-time student"),
    # Work permits: where the job is decides which tiers exist (scope "liberated").
    "any": N_("Anywhere in Azerbaijan"),
    "liberated": N_("In the liberated territories"),
}
# Audiences that are places, not people: the question is where, not who.
PLACE_AUDIENCES = frozenset({"liberated"})


def period_label(tr: Translator, key: str) -> str:
    number, unit = int(key[:-1]), key[-1]
    if unit == "d":
        # TRANSLATORS: how long a permit is granted for, on a button and in the fee reply.
        return tr.plural("up to {count} day", "up to {count} days", number)
    if number % 12 == 0:
        return tr.plural("up to {count} year", "up to {count} years", number // 12)
    if number > 12:
        years = format_decimal(Decimal(number) / 12, locale=tr.lang)
        return tr("up to {years} years", years=years)
    return tr.plural("up to {count} month", "up to {count} months", number)


def speed_label(tr: Translator, row: FeeRow) -> str:
    if row.hours is not None:
        # TRANSLATORS: how fast the service is done (urgent or normal), beside its fee.
        return tr.plural("within {count} hour", "within {count} hours", row.hours)
    days = row.working_days or 0
    return tr.plural("within {count} working day", "within {count} working days", days)


def _back(tr: Translator, *action: str) -> tuple[Button, ...]:
    return (Button(tr("⬅️ Back"), action=action),)


def render_step(tr: Translator, fees: FeeSchedule, parts: tuple[str, ...]) -> View | None:
    """The calculator screen for the choices so far: (Namespace.FEES, permit, applicant, period,
    speed); no actions, the choices themselves."""
    chosen = parts[1:]
    if not chosen:
        rows = [
            (Button(tr(label), action=(Namespace.FEES, permit)),)
            for permit, label in PERMIT_LABELS.items()
            if schedule.applicants(fees, permit)
        ]
        return View(tr("💰 Which fee do you want to know?"), (*rows, *main_menu_buttons(tr)))
    permit = chosen[0]
    if permit not in PERMIT_LABELS:
        return None
    applicants = schedule.applicants(fees, permit)
    if len(chosen) == 1:
        if applicants == ["any"] or len(applicants) == 1:
            return render_step(tr, fees, (*parts, applicants[0]))
        rows = [
            (Button(tr(APPLICANT_LABELS[a]), action=(Namespace.FEES, permit, a)),)
            for a in applicants
        ]
        question = (
            tr("Where will the foreigner work? The rates differ.")
            if PLACE_AUDIENCES.intersection(applicants)
            else tr("Who is it for?")
        )
        return View(
            f"<b>{tr(PERMIT_LABELS[permit])}</b>\n" + question,
            (*rows, _back(tr, Namespace.FEES)),
        )
    applicant = chosen[1]
    if applicant not in applicants:
        return None
    back_from_period = (Namespace.FEES,) if len(applicants) == 1 else (Namespace.FEES, permit)
    if len(chosen) == 2:
        rows = [
            (Button(period_label(tr, p), action=(Namespace.FEES, permit, applicant, p)),)
            for p in schedule.periods(fees, permit, applicant)
        ]
        return View(
            f"<b>{tr(PERMIT_LABELS[permit])}</b>\n" + tr("For how long?"),
            (*rows, _back(tr, *back_from_period)),
        )
    period = chosen[2]
    rows_for_period = schedule.speeds(fees, permit, applicant, period)
    if not rows_for_period:
        return None
    if len(chosen) == 3:
        rows = [
            (
                Button(
                    speed_label(tr, r),
                    action=(Namespace.FEES, permit, applicant, period, schedule.speed_key(r)),
                ),
            )
            for r in rows_for_period
        ]
        return View(
            f"<b>{tr(PERMIT_LABELS[permit])}</b> · {period_label(tr, period)}\n"
            + tr("How fast? Faster processing costs more."),
            (*rows, _back(tr, Namespace.FEES, permit, applicant)),
        )
    row = next((r for r in rows_for_period if schedule.speed_key(r) == chosen[3]), None)
    if row is None or len(chosen) > 4:
        return None
    return render_amount(tr, permit, row, period)


def render_amount(tr: Translator, permit: str, row: FeeRow, period: str) -> View:
    audience = schedule.audience_key(row)
    who = APPLICANT_LABELS.get(audience) if audience != "any" else None
    details = " · ".join(
        x for x in (tr(who) if who else None, period_label(tr, period), speed_label(tr, row)) if x
    )
    lines = [f"<b>{tr(PERMIT_LABELS[permit])}</b>\n{details}"]
    if row.condition is not None:
        # Conditions come before the amount, in the reader's language: read them first.
        lines.append("⚠️ " + html.escape(row.condition.get(tr.lang)))
    lines += [
        tr("State fee: <b>{amount}</b>", amount=tr.money(row.amount, row.currency)),
        tr("Legal basis: {basis}", basis=html.escape(row.legal_basis.get(tr.lang))),
    ]
    if row.effective:
        lines.append(tr("In force since: {date}", date=_effective(tr, row.effective)))
    url, title = row.source.url_for(tr.lang), row.source.title_for(tr.lang)
    lines.append(
        tr("Source: {source}", source=f'<a href="{html.escape(url)}">{html.escape(title)}</a>')
    )
    if not row.confirmed:
        lines.append(
            tr(
                "⚠️ This amount is not confirmed by an official source. Check it on "
                "migration.gov.az or with the call centre (012) 919 before paying."
            )
        )
    lines.append(
        tr("Pay online: find your payment number at eservice.migration.gov.az (“Payment search”).")
    )
    return View(
        "\n\n".join(lines),
        ((Button(tr("🔗 Payment search"),
                 url="https://eservice.migration.gov.az/public/payments-search"),),
         (Button(tr("🔄 Another fee"), action=(Namespace.FEES,)),)),
    )  # fmt: skip


def _effective(tr: Translator, value: str) -> str:
    import datetime as dt

    if len(value) == 4:
        return value
    try:
        return tr.date(dt.date.fromisoformat(value))
    except ValueError:
        return value


async def on_fees(update: Update, context: BotContext) -> None:
    await send(update, render_step(context.tr, context.services.tables.fees, (Namespace.FEES,)))


async def on_fee_button(update: Update, context: BotContext) -> None:
    parts = decode(update.callback_query.data) or ()
    view = render_step(context.tr, context.services.tables.fees, parts) if parts else None
    await show(
        update,
        view or render_expired(context.tr),
    )


def register(app: Application) -> None:
    app.add_handler(CommandHandler(FEES, on_fees))
    opens(app, FEES, on_fees)
    app.add_handler(CallbackQueryHandler(on_fee_button, pattern=pattern(Namespace.FEES)))
