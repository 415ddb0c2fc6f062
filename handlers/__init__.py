"""Telegram adapters: parse the update, call knowledge/, render the reply.

The views are plain functions over domain results, shared by the Telegram handlers and the
terminal front ends, so what the CLI prints is what a Telegram user reads.
"""

from __future__ import annotations

from telegram.ext import Application

from handlers import answering, consult, council, feedback, kb, people, reference
from handlers.kit import errors, fallback, flows, gate


def register(app: Application) -> None:
    """Add every handler. Order matters: within a group the first match wins."""
    gate.register(app)  # groups -3 and -2: rate limit, then the user's locale
    flows.register(app)  # group -1: typed answers to a dialog's step; /cancel; commands leave
    people.start.register(app)  # /start /language /help and the language buttons
    answering.menu.register(app)  # /menu, topic and entry buttons
    reference.fees.register(app)  # /fees calculator
    reference.deadline.register(app)  # /deadline
    reference.eservices.register(app)  # /eservices
    # Before the contacts: /forget's buttons are in their namespace (v1:con:forget:…).
    people.privacy.register(app)  # /privacy /forget and the daily retention purge
    reference.contacts.register(app)  # /contacts /council and working groups
    people.roles.register(app)  # /whoami, admins' /grant /revoke
    council.log.register(app)  # council: /log wizard, /mylog
    council.report.register(app)  # council: /report
    consult.migrant.register(app)  # /consult, /myrequests: ask a council member
    consult.member.register(app)  # members take, answer and close requests
    consult.relay.register(app)  # Telegram's own replies to request messages, both ways
    kb.entries.register(app)  # admins: /faq… editing, history, revert, audit
    kb.reviews.register(app)  # admins: /faq_reviewed after checking the page, /faq_due
    feedback.review.register(app)  # admins: /unanswered, /stats, KB files sent as documents
    feedback.proposals.register(app)  # admins: council answers proposed for the KB
    answering.ask.register(app)  # free text (after the commands), 👍/👎
    fallback.register(app)  # last: unknown commands, stale or forged buttons
    errors.register(app)
