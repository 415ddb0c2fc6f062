"""Roles in the bot: /whoami, admins' /grant and /revoke, and the gate for privileged commands."""

from __future__ import annotations

import datetime as dt
import html

from telegram import Update
from telegram.ext import Application, CommandHandler

from handlers.kit.commands import set_staff_menu
from handlers.kit.context import BotContext
from handlers.kit.gate import current_member, keep_contact, require
from handlers.kit.hooks import REQUESTS_RELEASED, hooks
from handlers.kit.send import send
from handlers.kit.views import View
from knowledge.people import actions as people
from knowledge.people import roles

WHOAMI, GRANT, REVOKE = "whoami", "grant", "revoke"


async def on_whoami(update: Update, context: BotContext) -> None:
    tr = context.tr
    member = await current_member(update, context)
    await keep_contact(update, context, member)  # a member's /whoami tells the bot their chat
    role = member.role if member else None
    # Each label its own tr() call: Babel does not extract a call nested in another's arguments.
    names = {"council": tr("Public Council member"), "admin": tr("admin")}
    shown = names.get(role or "") or tr("none")
    text = tr(
        "Your Telegram id: <code>{id}</code>\nRole: {role}",
        id=update.effective_user.id,
        role=shown,
    )
    await send(update, View(text))


async def on_grant(update: Update, context: BotContext) -> None:
    if not await require(update, context, "admin"):
        return
    tr = context.tr
    args = context.args or []
    if len(args) < 2 or not args[0].isdigit() or args[1] not in roles.ROLES:
        await send(update, View(tr("Usage: <code>/grant TELEGRAM_ID council|admin [name]</code>")))
        return
    name = " ".join(args[2:])[:128]
    await people.grant(
        context.services.sessions,
        context.user_key(int(args[0])),
        args[1],
        name,
        granted_by=context.user_key(update.effective_user.id),
        telegram_id=int(args[0]),
    )
    await _refresh_menu(context, int(args[0]), args[1])
    await send(
        update, View(tr("Done: {id} is now {role}.", id=args[0], role=html.escape(args[1])))
    )


async def _refresh_menu(context: BotContext, telegram_id: int, role: str | None) -> None:
    """The person's command menu follows their role, in the language they chose."""
    services = context.services
    language = await people.saved_language(services.sessions, context.user_key(telegram_id))
    await set_staff_menu(
        context.bot, telegram_id, role, language or services.settings.default_language
    )


async def on_revoke(update: Update, context: BotContext) -> None:
    if not await require(update, context, "admin"):
        return
    tr = context.tr
    args = context.args or []
    if len(args) != 1 or not args[0].isdigit():
        await send(update, View(tr("Usage: <code>/revoke TELEGRAM_ID</code>")))
        return
    removed, released = await people.revoke(
        context.services.sessions, context.user_key(int(args[0])), dt.datetime.now(dt.UTC)
    )
    await _refresh_menu(context, int(args[0]), None)
    text = (
        tr("Done: {id} has no role now.", id=args[0])
        if removed
        else tr("{id} had no role.", id=args[0])
    )
    if released:
        text += "\n" + tr.plural(
            "{count} request they had taken or been offered is offered to the other members.",
            "{count} requests they had taken or been offered are offered to the other members.",
            len(released),
        )
    await send(update, View(text))
    await hooks(context.application).emit(REQUESTS_RELEASED, context, released)


async def on_groups(update: Update, context: BotContext) -> None:
    """Which working groups a member sits in: requests on their topics go to them first."""
    if not await require(update, context, "admin"):
        return
    tr = context.tr
    args = context.args or []
    known = {g.number for g in context.services.tables.directory.working_groups}
    numbers = [n for n in ",".join(args[1:]).replace(" ", ",").split(",") if n]
    if (
        not args
        or not args[0].isdigit()
        or not all(n.isdigit() and int(n) in known for n in numbers)
    ):
        await send(
            update,
            View(
                tr(
                    "Usage: <code>/groups TELEGRAM_ID 2,12</code> (working group numbers from "
                    "1 to {last}; none to clear).",
                    last=max(known, default=0),
                )
            ),
        )
        return
    role = await people.set_groups(
        context.services.sessions,
        context.user_key(int(args[0])),
        tuple(int(n) for n in numbers),
        granted_by=context.user_key(update.effective_user.id),
    )
    if role is None:
        await send(update, View(tr("{id} had no role.", id=args[0])))
        return
    await send(
        update,
        View(
            tr(
                "Done: {id} now gets requests of working groups {groups}.",
                id=args[0],
                groups=", ".join(numbers) or "—",
            )
        ),
    )


def register(app: Application) -> None:
    app.add_handler(CommandHandler(WHOAMI, on_whoami))
    app.add_handler(CommandHandler(GRANT, on_grant))
    app.add_handler(CommandHandler(REVOKE, on_revoke))
    app.add_handler(CommandHandler("groups", on_groups))
