"""Council members' answers proposed for the KB, in the admins' review (/unanswered):
add the question as an alternate of the closest entry, start a new entry, or dismiss."""

from __future__ import annotations

import html
from enum import StrEnum

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler

from handlers.kit.callbacks import Namespace, action_of, button_actions, decode, pattern
from handlers.kit.context import BotContext
from handlers.kit.gate import require
from handlers.kit.hooks import NEW_ENTRY, hooks
from handlers.kit.i18n import Translator
from handlers.kit.labels import TOPIC_LABELS
from handlers.kit.send import send, show
from handlers.kit.views import Button, View, marked, render_expired
from knowledge.answering.search import KnowledgeBase
from knowledge.feedback import actions, proposals
from knowledge.kb.actions import KbChangeRejected
from knowledge.storage.models import KbProposal

SHOWN = 5
EXCERPT = 600


@button_actions(Namespace.ADMIN)
class ProposalAction(StrEnum):
    """Buttons under a council member's proposed answer: v1:adm:<action>:<proposal>."""

    ADD_WORDING = "pa"  # v1:adm:pa:<proposal>:<entry id>: the question becomes an alternate
    NEW_ENTRY = "pn"  # accepted: /faq_new, offering the member's texts
    DISMISS = "pd"


def render_proposal(tr: Translator, proposal: KbProposal, kb: KnowledgeBase) -> View:
    number = str(proposal.id)
    text = "\n".join(
        (
            tr(
                "💡 <b>Proposed by a council member</b> · {topic} · [{lang}]",
                topic=tr(TOPIC_LABELS.get(proposal.topic, proposal.topic)),
                lang=proposal.language,
            ),
            tr("Question: {text}", text=html.escape(proposal.question[:EXCERPT])),
            tr("Answer: {text}", text=html.escape(proposal.answer[:EXCERPT] or "—")),
        )
    )
    rows = [
        (
            Button(
                marked("➕ ", kb.entries[e].title(tr.lang)),
                action=(Namespace.ADMIN, ProposalAction.ADD_WORDING, number, e),
            ),
        )
        for e in proposal.closest
        if e in kb.entries
    ]
    if rows:
        text += "\n" + tr("➕ adds the question to that entry as another wording.")
    rows.append(
        (
            Button(tr("🆕 New entry"), action=(Namespace.ADMIN, ProposalAction.NEW_ENTRY, number)),
            Button(tr("🙈 Dismiss"), action=(Namespace.ADMIN, ProposalAction.DISMISS, number)),
        )
    )
    return View(text, tuple(rows))


async def send_waiting(update: Update, context: BotContext) -> int:
    """Show the open proposals; how many there are."""
    waiting = await actions.waiting_proposals(context.services.sessions)
    tr = context.tr
    if waiting:
        await send(
            update,
            View(
                tr.plural(
                    "{count} answer proposed by council members:",
                    "{count} answers proposed by council members:",
                    len(waiting),
                )
            ),
        )
    for proposal in waiting[:SHOWN]:
        await send(update, render_proposal(tr, proposal, context.services.kb))
    return len(waiting)


async def on_proposal_button(update: Update, context: BotContext) -> None:
    if not await require(update, context, "admin"):
        return
    tr, services = context.tr, context.services
    parts = decode(update.callback_query.data) or ()
    actor = context.user_key(update.effective_user.id)
    action = action_of(parts, ProposalAction)
    number = int(parts[2]) if len(parts) >= 3 and parts[2].isdigit() else 0
    proposal = await actions.open_proposal(services.sessions, number) if action else None
    if proposal is None:
        await show(update, render_expired(tr))
        return
    if (
        action is ProposalAction.ADD_WORDING
        and len(parts) == 4
        and parts[3] in services.kb.entries
    ):
        entry_id = parts[3]
        try:
            revision = await actions.accept_as_alternate(
                services.sessions, services, proposal, entry_id, actor
            )
        except KbChangeRejected as rejected:
            await show(update, View(html.escape(str(rejected))))
            return
        await show(update, View(tr("Added as an alternate of {id} (revision {number}).",
                                   id=entry_id, number=revision)))  # fmt: skip
        return
    # NEW_ENTRY, or ADD_WORDING of an entry that has gone meanwhile: a new entry instead.
    status = proposals.DISMISSED if action is ProposalAction.DISMISS else proposals.ACCEPTED
    await actions.decide_proposal(services.sessions, number, status, actor)
    if action is ProposalAction.DISMISS:
        await show(update, View(tr("Dismissed.")))
        return
    await show(
        update,
        View(
            tr(
                "Write the answer in your own words, from the member's answer and an official "
                "source; their texts are offered at the matching steps."
            )
        ),
    )
    await hooks(context.application).emit(
        NEW_ENTRY,
        update,
        context,
        {
            f"{proposal.language}:question": proposal.question,
            f"{proposal.language}:answer": proposal.answer,
        },
    )


def register(app: Application) -> None:
    app.add_handler(
        CallbackQueryHandler(on_proposal_button, pattern=pattern(Namespace.ADMIN, *ProposalAction))
    )
