"""Telegram adapters: parse the update, call knowledge/, render the reply.

The views are plain functions over domain results, shared by the Telegram handlers and the
terminal front ends, so what the CLI prints is what a Telegram user reads.
"""

from __future__ import annotations

from telegram.ext import Application

from . import (
    admin_faq,
    admin_proposals,
    admin_review,
    ask,
    consult_log,
    consult_member,
    consult_migrant,
    contacts,
    deadline,
    errors,
    eservices,
    fallback,
    fees,
    gate,
    menu,
    privacy,
    report,
    staff,
    start,
)


def register(app: Application) -> None:
    """Add every handler. Order matters: within a group the first match wins."""
    gate.register(app)  # groups -2 and -1: rate limit, then the user's locale
    start.register(app)  # /start /language /help and the language buttons
    menu.register(app)  # /menu, topic and entry buttons
    fees.register(app)  # /fees calculator
    deadline.register(app)  # /deadline
    eservices.register(app)  # /eservices
    contacts.register(app)  # /contacts /council and working groups
    privacy.register(app)  # /privacy /forget and the daily retention purge
    staff.register(app)  # /whoami, admins' /grant /revoke
    consult_log.register(app)  # council: /log wizard, /mylog
    report.register(app)  # council: /report
    consult_migrant.register(app)  # /consult, /myrequests: ask a council member
    consult_member.register(app)  # members take, answer and close requests
    admin_faq.register(app)  # admins: /faq… editing, history, revert, audit
    admin_review.register(app)  # admins: /unanswered, /stats, KB files sent as documents
    admin_proposals.register(app)  # admins: council answers proposed for the KB
    ask.register(app)  # free text (after the commands), 👍/👎
    fallback.register(app)  # last: unknown commands, stale or forged buttons
    errors.register(app)
