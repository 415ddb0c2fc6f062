"""The application factory: one python-telegram-bot Application for every transport."""

from __future__ import annotations

import logging
from typing import Any

from telegram.ext import Application, ApplicationBuilder, ContextTypes, ExtBot
from telegram.request import BaseRequest

import handlers
from bot.container import Services
from bot.ptb.persistence import SharedStateApplication, SqlPersistence
from bot.ptb.ratelimit import RetryingRateLimiter
from handlers.kit.commands import set_everyones_menu, set_staff_menu
from handlers.kit.context import BotContext
from knowledge.people import actions as people

log = logging.getLogger(__name__)

# Used in tests and the terminal chat, where no token exists; Telegram never sees it.
LOCAL_TOKEN = "123456789:local-transport-no-network"


async def set_commands(app: Application) -> None:
    """Everyone's command menu in each language, and each known staff member's own."""
    services = app.bot_data["services"]
    await set_everyones_menu(app.bot, services.settings.default_language)
    for member in await people.staff(services.sessions):
        if member.telegram_id is not None:
            language = member.language or services.settings.default_language
            await set_staff_menu(app.bot, member.telegram_id, member.role, language)


def build_application(
    services: Services,
    request: BaseRequest | None = None,
    with_updater: bool = False,
    telegram_limits: bool = True,
    several_workers: bool = False,
) -> Application:
    """The bot: real Telegram by default, or any Bot API transport given as ``request``.

    With a transport of its own the app needs no Updater, unless a test serves webhooks.
    ``telegram_limits=False`` drops the outgoing rate limiter, which models Telegram's own
    limits: only for a local transport, where it would measure the limiter, not the bot.
    Conversation state is written to the database after each update that changed it, under
    the user's pseudonym, so a process killed mid-dialog loses no more than the update in
    flight. ``several_workers`` (webhook mode): each update is also claimed once by its
    update_id and reads the user's state fresh, one update per user at a time.
    """
    settings = services.settings
    token = settings.telegram_bot_token.get() if request is None else LOCAL_TOKEN
    # The bot's type changes with the rate limiter (ExtBot[None], ExtBot[int]): one name for both.
    builder: ApplicationBuilder[ExtBot[Any], BotContext, dict, dict, dict, Any] = (
        ApplicationBuilder()
        .token(token or LOCAL_TOKEN)
        .context_types(ContextTypes(context=BotContext))
        .post_init(set_commands)
        .persistence(SqlPersistence(lambda: services.engine, services.user_key))
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
    if isinstance(app, SharedStateApplication):
        app.several_workers = several_workers
    app.bot_data["services"] = services
    handlers.register(app)
    return app
