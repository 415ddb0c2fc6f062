"""/report [year | from to]: the council's statistics as a message, a workbook and a chart."""

from __future__ import annotations

import datetime as dt

from telegram import InputFile, Update
from telegram.ext import Application, CommandHandler

from handlers.kit.context import BotContext
from handlers.kit.gate import require
from handlers.kit.labels import labels, render_report_text
from handlers.kit.send import send
from handlers.kit.views import View
from knowledge.council import actions, reports

REPORT = "report"


def parse_period(args: list[str], today: dt.date) -> tuple[dt.date, dt.date] | None:
    """No argument: this year; "2022": that year; "2022-01-01 2022-06-30": that period."""
    try:
        if not args:
            return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
        if len(args) == 1 and args[0].isdigit() and len(args[0]) == 4:
            year = int(args[0])
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if len(args) == 2:
            start, end = (dt.date.fromisoformat(a) for a in args)
            return (start, end) if start <= end else None
    except ValueError:
        return None
    return None


async def on_report(update: Update, context: BotContext) -> None:
    if not await require(update, context, "council"):
        return
    tr = context.tr
    period = parse_period(context.args or [], context.services.today())
    if period is None:
        await send(
            update,
            View(
                tr(
                    "Usage: <code>/report</code> (this year), "
                    "<code>/report 2022</code>, or "
                    "<code>/report 2022-01-01 2022-06-30</code>."
                )
            ),
        )
        return
    actor = context.user_key(update.effective_user.id)
    report = await actions.report(context.services.sessions, *period, actor, "telegram")
    await send(update, View(render_report_text(report, tr)))
    if not report.total:
        return
    label = labels(tr)
    name = f"consultations_{report.period_from.isoformat()}_{report.period_to.isoformat()}"
    chat = update.effective_chat
    await chat.send_document(
        InputFile(reports.to_xlsx(report, label), filename=f"{name}.xlsx"),
        caption=tr("Workbook: one sheet per breakdown."),
    )
    await chat.send_photo(
        InputFile(reports.to_png(report, label), filename=f"{name}.png"),
        caption=tr("Consultations by country."),
    )


def register(app: Application) -> None:
    app.add_handler(CommandHandler(REPORT, on_report))
