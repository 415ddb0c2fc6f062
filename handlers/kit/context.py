"""A typed CallbackContext: the services and the user's translator without casts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from telegram.ext import Application, CallbackContext, ExtBot

from handlers.kit.i18n import Translator, translator

if TYPE_CHECKING:  # the composition root builds it; handlers only use it
    from bot.container import Services


class BotContext(CallbackContext[ExtBot, dict, dict, dict]):
    """Built by PTB for each update; the locale gatekeeper sets ``lang`` before handlers run."""

    def __init__(self, application: Application, chat_id=None, user_id=None):
        super().__init__(application, chat_id=chat_id, user_id=user_id)
        self.lang: str = "az"
        # Set by the locale gate; typed steps of a dialog are read in private chats only.
        self.private_chat: bool = True

    @property
    def services(self) -> Services:
        return self.application.bot_data["services"]

    @property
    def tr(self) -> Translator:
        return translator(self.lang)

    def user_key(self, user_id: int) -> str:
        return self.services.user_key(user_id)


def translator_for(services: Services, language: str | None) -> Translator:
    """Someone else's language (a member written to from a migrant's update), or the default."""
    return translator(language or services.settings.default_language)
