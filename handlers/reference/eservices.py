"""/eservices: each e-service, what it checks, what to have ready, and its official page."""

from __future__ import annotations

import html

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from handlers.kit.callbacks import Namespace, decode, pattern
from handlers.kit.context import BotContext
from handlers.kit.i18n import Translator
from handlers.kit.send import send, show
from handlers.kit.views import Button, View, main_menu_buttons, render_expired
from knowledge.reference.eservices import EService

ESERVICES = "eservices"


def render_list(tr: Translator, services: tuple[EService, ...]) -> View:
    rows = [
        (Button(s.name.get(tr.lang) or s.name["en"], action=(Namespace.ESERVICES, s.id)),)
        for s in services
    ]
    return View(
        tr("💻 The State Migration Service's e-services. Choose one:"),
        (*rows, *main_menu_buttons(tr)),
    )


def render_service(tr: Translator, service: EService) -> View:
    lang = tr.lang
    lines = [
        f"<b>{html.escape(service.name.get(lang, ''))}</b>",
        html.escape(service.checks.get(lang, "")),
    ]
    inputs = service.inputs.get(lang) or ()
    if inputs:
        lines.append(tr("Have ready:") + "\n" + "\n".join(f"• {html.escape(i)}" for i in inputs))
    # Research notes (admin_note) stay with the editors; a migrant sees only a hint.
    if service.hint and service.hint.get(lang):
        lines.append(f"<i>{html.escape(service.hint[lang])}</i>")
    rows: list[tuple[Button, ...]] = []
    if service.url:
        rows.append((Button(tr("🔗 Open the service"), url=service.url),))
    rows.append((Button(tr("⬅️ Back"), action=(Namespace.ESERVICES,)),))
    return View("\n\n".join(line for line in lines if line), tuple(rows))


async def on_eservices(update: Update, context: BotContext) -> None:
    await send(update, render_list(context.tr, context.services.tables.eservices))


async def on_eservice_button(update: Update, context: BotContext) -> None:
    parts = decode(update.callback_query.data) or ()
    services = context.services.tables.eservices
    if parts == (Namespace.ESERVICES,):
        await show(update, render_list(context.tr, services))
        return
    chosen = next((s for s in services if len(parts) == 2 and s.id == parts[1]), None)
    await show(
        update,
        render_service(context.tr, chosen) if chosen else render_expired(context.tr),
    )


def register(app: Application) -> None:
    app.add_handler(CommandHandler(ESERVICES, on_eservices))
    app.add_handler(CallbackQueryHandler(on_eservice_button, pattern=pattern(Namespace.ESERVICES)))
