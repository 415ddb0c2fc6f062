"""/contacts and /council: whom to call, and which working group handles a problem."""

from __future__ import annotations

import html
import re

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from handlers.kit.callbacks import Namespace, decode, pattern
from handlers.kit.context import BotContext
from handlers.kit.i18n import Translator
from handlers.kit.send import send, show
from handlers.kit.views import Button, View, ask_member_button, main_menu_buttons, render_expired
from knowledge.reference.contacts import Contact, Directory, WorkingGroup

CONTACTS, COUNCIL = "contacts", "council"
SERVICE_CONTACTS = ("call_centre", "sms_email_web", "registration_email", "head_office", "asan")


def _contact_block(tr: Translator, contact: Contact) -> str:
    lang = tr.lang
    lines = [f"<b>{html.escape(contact.name.get(lang, contact.id))}</b>"]
    if contact.phones:
        lines.append("☎️ " + ", ".join(html.escape(p) for p in contact.phones))
    if contact.emails:
        lines.append("✉️ " + ", ".join(html.escape(e) for e in contact.emails))
    if contact.address and contact.address.get(lang):
        lines.append("📍 " + html.escape(contact.address[lang]))
    if contact.hours and contact.hours.get(lang):
        lines.append("🕘 " + html.escape(contact.hours[lang]))
    if contact.note and contact.note.get(lang):
        lines.append(html.escape(contact.note[lang]))
    return "\n".join(lines)


def render_contacts(tr: Translator, directory: Directory, ref: str | None = None) -> View:
    """The service's contacts; after "None of these" (``ref``: the question the bot could not
    place) the way to a council member stays, offering that question again."""
    blocks = [_contact_block(tr, c) for cid in SERVICE_CONTACTS if (c := directory.by_id(cid))]
    rows: list[tuple[Button, ...]] = [
        (Button(tr("🔗 migration.gov.az"), url="https://migration.gov.az"),),
        (Button(tr("⚖️ Public Council"), action=(Namespace.COUNCIL,)),),
    ]
    if ref is not None:
        rows.insert(0, ask_member_button(tr, ref))
    return View("\n\n".join(blocks), tuple(rows))


def render_council(tr: Translator, directory: Directory) -> View:
    blocks = [_contact_block(tr, c) for cid in ("public_council",) if (c := directory.by_id(cid))]
    rows: list[tuple[Button, ...]] = [
        ask_member_button(tr),
        (Button(tr("🧭 Find the right working group"), action=(Namespace.WORKING_GROUPS,)),),
    ]
    council = directory.by_id("public_council")
    if council and council.url:
        rows.append((Button(tr("🔗 Facebook page"), url=council.url),))
    return View("\n\n".join(blocks), (*rows, *main_menu_buttons(tr)))


def render_groups(tr: Translator, directory: Directory) -> View:
    rows = [
        (
            Button(
                f"{g.number}. {g.name.get(tr.lang, '')}",
                action=(Namespace.WORKING_GROUPS, str(g.number)),
            ),
        )
        for g in directory.working_groups
    ]
    rows.append((Button(tr("⬅️ Back"), action=(Namespace.COUNCIL,)),))
    return View(
        tr(
            "The Public Council has {count} working groups. Choose the topic of your problem:",
            count=len(directory.working_groups),
        ),
        tuple(rows),
    )


def render_group(tr: Translator, group: WorkingGroup, directory: Directory) -> View:
    leads = ", ".join(html.escape(lead.get(tr.lang, "")) for lead in group.leads)
    lines = [
        f"<b>{group.number}. {html.escape(group.name.get(tr.lang, ''))}</b>",
        tr("Led by: {leads}", leads=leads),
    ]
    council = directory.by_id("public_council")
    if council and council.phones:
        contact = ", ".join([*council.phones, *council.emails])
        lines.append(
            tr(
                "Contact the Public Council and name this working group: {contact} "
                "(contacts from its 2022 report, they may have changed).",
                contact=html.escape(contact),
            )
        )
    return View("\n\n".join(lines), ((Button(tr("⬅️ Back"), action=(Namespace.WORKING_GROUPS,)),),))


async def on_contacts(update: Update, context: BotContext) -> None:
    await send(update, render_contacts(context.tr, context.services.tables.directory))


async def on_council(update: Update, context: BotContext) -> None:
    await send(update, render_council(context.tr, context.services.tables.directory))


async def on_button(update: Update, context: BotContext) -> None:
    parts = decode(update.callback_query.data) or ()
    tr, directory = context.tr, context.services.tables.directory
    view: View | None = None
    if parts == (Namespace.CONTACTS,):
        view = render_contacts(tr, directory)
    elif (
        len(parts) == 2
        and parts[0] == Namespace.CONTACTS
        and re.fullmatch(r"[0-9a-f]{12}", parts[1])
    ):
        view = render_contacts(tr, directory, parts[1])
    elif parts == (Namespace.COUNCIL,):
        view = render_council(tr, directory)
    elif parts == (Namespace.WORKING_GROUPS,):
        view = render_groups(tr, directory)
    elif len(parts) == 2 and parts[0] == Namespace.WORKING_GROUPS and parts[1].isdigit():
        group = next((g for g in directory.working_groups if g.number == int(parts[1])), None)
        view = render_group(tr, group, directory) if group else None
    await show(
        update,
        view or render_expired(tr),
    )


def register(app: Application) -> None:
    app.add_handler(CommandHandler(CONTACTS, on_contacts))
    app.add_handler(CommandHandler(COUNCIL, on_council))
    # v1:con and v1:con:<question ref> ("None of these"); /forget's v1:con:forget:… goes to
    # people/privacy.py, registered before this (handlers/__init__.py).
    app.add_handler(CallbackQueryHandler(on_button, pattern=pattern(Namespace.CONTACTS)))
    app.add_handler(CallbackQueryHandler(on_button, pattern=pattern(Namespace.COUNCIL)))
    app.add_handler(CallbackQueryHandler(on_button, pattern=pattern(Namespace.WORKING_GROUPS)))
