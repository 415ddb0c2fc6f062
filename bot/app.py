"""The application factory: one python-telegram-bot Application for every transport."""

from __future__ import annotations

import logging
from typing import Any

from telegram import BotCommand
from telegram.ext import Application, ApplicationBuilder, ContextTypes, ExtBot
from telegram.request import BaseRequest

import handlers
from bot.container import Services
from bot.ptb.persistence import SharedStateApplication, SqlPersistence
from bot.ptb.ratelimit import RetryingRateLimiter
from handlers.kit.context import BotContext
from handlers.kit.i18n import N_, translator

log = logging.getLogger(__name__)

# Used in tests and the terminal chat, where no token exists; Telegram never sees it.
LOCAL_TOKEN = "123456789:local-transport-no-network"

COMMANDS = (
    ("start", N_("Start: language and main menu")),
    ("menu", N_("Browse topics")),
    ("fees", N_("Fee calculator")),
    ("deadline", N_("Registration deadline")),
    ("eservices", N_("E-services: check status, payments")),
    ("contacts", N_("Call centre, e-mail, offices")),
    ("council", N_("Public Council: legal advice for migrants")),
    ("consult", N_("Ask a council member")),
    ("myrequests", N_("My requests to the council")),
    ("language", N_("Change language")),
    ("privacy", N_("What is stored about you")),
)


async def set_commands(app: Application) -> None:
    """The command menu in each language, and the default language's for everyone else."""
    default = app.bot_data["services"].settings.default_language
    for language_code in ("az", "ru", "en", None):
        tr = translator(language_code or default)
        commands = [BotCommand(name, tr(description)) for name, description in COMMANDS]
        await app.bot.set_my_commands(commands, language_code=language_code)


def build_application(
    services: Services,
    request: BaseRequest | None = None,
    with_updater: bool = False,
    telegram_limits: bool = True,
) -> Application:
    """The bot: real Telegram by default, or any Bot API transport given as ``request``.

    With a transport of its own the app needs no Updater, unless a test serves webhooks.
    ``telegram_limits=False`` drops the outgoing rate limiter, which models Telegram's own
    limits: only for a local transport, where it would measure the limiter, not the bot.
    Conversation state is read from the database before each update and written after it,
    under the user's pseudonym, and each update_id is acted on once: several webhook workers
    share it, and a polling process killed mid-dialog loses no more than the update in flight.
    """
    settings = services.settings
    token = settings.telegram_bot_token.get() if request is None else LOCAL_TOKEN
    # The bot's type changes with the rate limiter (ExtBot[None], ExtBot[int]): one name for both.
    builder: ApplicationBuilder[ExtBot[Any], BotContext, dict, dict, dict, Any] = (
        ApplicationBuilder()
        .token(token or LOCAL_TOKEN)
        .context_types(ContextTypes(context=BotContext))
        .post_init(set_commands)
        .persistence(SqlPersistence(lambda: services.sessions, services.user_key))
        .application_class(SharedStateApplication)
    )
    if telegram_limits or request is None:
        # Waits out Telegram's 429 retry_after and keeps under its flood limits.
        builder = builder.rate_limiter(RetryingRateLimiter(max_retries=3))
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
        if not with_updater:
            builder = builder.updater(None)
    if settings.telegram_api_base_url:
        base = settings.telegram_api_base_url
        builder = builder.base_url(f"{base}/bot").base_file_url(f"{base}/file/bot")
    app = builder.build()
    app.bot_data["services"] = services
    handlers.register(app)
    return app
