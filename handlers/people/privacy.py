"""/privacy: what the bot stores and why; /forget: delete it all, after confirmation."""

from __future__ import annotations

import datetime as dt
import logging
from enum import StrEnum

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes

from handlers.kit.callbacks import Namespace, button_actions, decode, pattern
from handlers.kit.context import BotContext
from handlers.kit.hooks import REQUEST_ENDED, hooks
from handlers.kit.jobs import daily, once_per
from handlers.kit.send import send, show
from handlers.kit.views import Button, View, render_expired
from knowledge.people import actions as people

log = logging.getLogger(__name__)
PRIVACY, FORGET = "privacy", "forget"


@button_actions(Namespace.CONTACTS)
class PrivacyAction(StrEnum):
    """/forget's confirmation (in the contacts' namespace, where it began)."""

    FORGET = "forget"  # v1:con:forget:yes|no (ForgetAnswer)


class ForgetAnswer(StrEnum):
    DELETE = "yes"  # delete everything stored about the user
    KEEP = "no"


async def on_privacy(update: Update, context: BotContext) -> None:
    tr = context.tr
    days = context.services.settings.retention_days
    text = "\n\n".join([
        tr("<b>What this bot stores about you</b>"),
        tr("• Your Telegram id only as a keyed hash (a pseudonym): nobody can read your id or "
           "name from it."),
        tr("• The language you chose, so that answers come in it."),
        tr("• Your questions, with the answer the bot gave and your 👍/👎, so that the people "
           "who keep the answers can add what is missing. They see the text, not who wrote it."),
        tr("• While you use a menu or a calculator, the step you are at."),
        tr("• If you ask a council member (/consult): your Telegram name, your question and "
           "the messages exchanged, to relay them; your chat is kept only until the request "
           "is closed."),
        tr.plural("Everything is deleted automatically after {count} day.",
                  "Everything is deleted automatically after {count} days.", days),
        tr("Do not send passport or document numbers: the bot never needs them. Send /forget to "
           "delete everything stored about you now."),
    ])  # fmt: skip
    await send(update, View(text))


_FORGET = (Namespace.CONTACTS, PrivacyAction.FORGET)


async def on_forget(update: Update, context: BotContext) -> None:
    tr = context.tr
    await send(update, View(
        tr("Delete everything this bot stores about you (language, questions, feedback)? This "
           "cannot be undone."),
        ((Button(tr("🗑 Yes, delete"), action=(*_FORGET, ForgetAnswer.DELETE)),
          Button(tr("No"), action=(*_FORGET, ForgetAnswer.KEEP))),),
    ))  # fmt: skip


async def on_forget_button(update: Update, context: BotContext) -> None:
    tr = context.tr
    parts = decode(update.callback_query.data) or ()
    if parts == (*_FORGET, ForgetAnswer.KEEP):
        await show(update, View(tr("Nothing was deleted.")))
        return
    if parts != (*_FORGET, ForgetAnswer.DELETE):
        await show(update, render_expired(tr))
        return
    user = update.effective_user
    forgotten = await people.forget(context.services.sessions, context.user_key(user.id), user.id)
    for ended in forgotten.ended:  # their members stop waiting for a reply that cannot come
        await hooks(context.application).emit(
            REQUEST_ENDED, context, ended.request, ended.told, ended.owner
        )
    context.user_data.clear()
    log.info("forgot a user on request (%d rows)", forgotten.removed)
    await show(update, View(tr("Done: everything stored about you has been deleted.")))


async def purge_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Daily: delete what is older than the retention period."""
    services = context.application.bot_data["services"]
    cutoff = dt.datetime.now(dt.UTC) - dt.timedelta(days=services.settings.retention_days)
    counts = await people.purge(services.sessions, cutoff)
    log.info("retention purge: %s", counts)


def register(app: Application) -> None:
    app.add_handler(CommandHandler(PRIVACY, on_privacy))
    app.add_handler(CommandHandler(FORGET, on_forget))
    forget = pattern(Namespace.CONTACTS, PrivacyAction.FORGET)
    app.add_handler(CallbackQueryHandler(on_forget_button, pattern=forget))
    if app.job_queue is not None:
        app.job_queue.run_daily(
            once_per("purge", daily)(purge_job), time=dt.time(3, 0, tzinfo=dt.UTC), name="purge"
        )
