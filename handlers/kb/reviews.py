"""Admins: /faq_reviewed ID after comparing an entry with its official page; /faq_due lists
the entries whose text nobody has reviewed for REVIEW_MONTHS."""

from __future__ import annotations

import html

from telegram import Update
from telegram.ext import Application, CommandHandler

from handlers.kit.context import BotContext
from handlers.kit.gate import require
from handlers.kit.i18n import Translator
from handlers.kit.send import send
from handlers.kit.views import View, source_date_text
from knowledge.kb import actions as kb_actions
from knowledge.kb import reviews
from knowledge.kb.actions import EntryNotFound, KbChangeRejected
from knowledge.kb.entries import Entry

DUE_SHOWN = 30


def _line(tr: Translator, entry: Entry) -> str:
    reviewed = tr.date(entry.reviewed_on, "medium") if entry.reviewed_on else tr("never")
    dated = source_date_text(tr, entry.source_date) or "—"
    return tr(
        "• <code>{id}</code> — text reviewed {reviewed}; source {date}",
        id=entry.id,
        reviewed=reviewed,
        date=dated,
    )


def render_due(tr: Translator, entries: list[Entry], months: int) -> View:
    if not entries:
        return View(
            tr.plural(
                "Every published entry was reviewed within the last {count} month.",
                "Every published entry was reviewed within the last {count} months.",
                months,
            )
        )
    lines = [
        tr.plural(
            "<b>{total} entries</b> not reviewed for {count} month, oldest first:",
            "<b>{total} entries</b> not reviewed for {count} months, oldest first:",
            months,
            total=len(entries),
        )
    ]
    lines += [_line(tr, entry) for entry in entries[:DUE_SHOWN]]
    if len(entries) > DUE_SHOWN:
        lines.append(tr("… and {count} more.", count=len(entries) - DUE_SHOWN))
    lines.append(
        tr(
            "Compare each with its official page, fix what changed, then send "
            "<code>/faq_reviewed ID</code>."
        )
    )
    return View("\n".join(lines))


async def on_due(update: Update, context: BotContext) -> None:
    if not await require(update, context, "admin"):
        return
    services = context.services
    months = services.settings.review_months
    entries = reviews.due(services.kb.entries.values(), services.today(), months)
    await send(update, render_due(context.tr, entries, months))


async def on_reviewed(update: Update, context: BotContext) -> None:
    if not await require(update, context, "admin"):
        return
    tr, services = context.tr, context.services
    args = context.args or []
    if len(args) != 1:
        await send(update, View(tr("Usage: <code>/faq_reviewed ID</code>")))
        return
    today = services.today()
    actor = context.user_key(update.effective_user.id)
    try:
        revision, entry = await kb_actions.mark_reviewed(
            services.sessions, services, args[0], actor, today
        )
    except EntryNotFound as missing:
        await send(update, View(tr("No entry {id}.", id=html.escape(str(missing)))))
        return
    except KbChangeRejected as rejected:
        lines = [tr("Not marked: the entry must first be complete. Please fix:")]
        lines += [f"• {html.escape(str(p))}" for p in rejected.problems[:15]]
        await send(update, View("\n".join(lines)))
        return
    await send(
        update,
        View(
            tr(
                "Marked {id} as reviewed on {date} (revision {number}). Answers now say "
                "“text reviewed {date}”.",
                id=entry.id,
                date=tr.date(today, "medium"),
                number=revision,
            )
        ),
    )


def register(app: Application) -> None:
    app.add_handler(CommandHandler("faq_reviewed", on_reviewed))
    app.add_handler(CommandHandler("faq_due", on_due))
