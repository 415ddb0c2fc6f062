"""The commands each kind of user has: Telegram's command menu and /help show the same lists.

Migrants get the menu for everyone, in their Telegram language (Russian for the languages whose
speakers the bot greets in Russian: Ukrainian, Kazakh…). Council members and admins get
theirs in their own private chat (BotCommandScopeChat), in the language they chose, set when a
role is granted, cleared when it is revoked, and renewed at start for every known member.
"""

from __future__ import annotations

from collections.abc import Iterable

from telegram import Bot, BotCommand, BotCommandScopeChat
from telegram.error import TelegramError

from handlers.kit.i18n import N_, RUSSIAN_READERS, Translator, translator
from handlers.kit.views import View, main_menu_buttons

MIGRANT = (
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
    ("help", N_("What this bot can do")),
    ("cancel", N_("Stop what you are doing")),
)
COUNCIL = (
    ("inbox", N_("Requests from migrants: waiting, mine, passed")),
    ("canned", N_("Ready-made replies")),
    ("log", N_("Log a consultation you gave")),
    ("mylog", N_("Your logged consultations: correct, withdraw")),
    ("report", N_("Statistics for the annual report")),
    ("whoami", N_("Your Telegram id and role")),
)
ADMIN = (
    ("faq", N_("Find an entry")),
    ("faq_show", N_("Show an entry with its state")),
    ("faq_new", N_("New entry")),
    ("faq_edit", N_("Edit an entry")),
    ("faq_due", N_("Entries due for review")),
    ("unanswered", N_("Questions the bot could not answer")),
    ("stats", N_("Usage statistics")),
    ("audit", N_("Recent changes to the knowledge base")),
    ("grant", N_("Give someone a role")),
    ("revoke", N_("Take a role away")),
    ("groups", N_("A member's working groups")),
)


def commands_for(role: str | None) -> tuple[tuple[str, str], ...]:
    staff = COUNCIL if role == "council" else COUNCIL + ADMIN if role == "admin" else ()
    return MIGRANT + staff


def bot_commands(tr: Translator, commands: Iterable[tuple[str, str]]) -> list[BotCommand]:
    return [BotCommand(name, tr(description)) for name, description in commands]


async def set_everyones_menu(bot: Bot, default_language: str) -> None:
    """The migrants' menu in each language, and the default language's for everyone else.

    Telegram picks the menu by the user's Telegram language: a Ukrainian, greeted in Russian,
    also gets the Russian menu, not the default language's."""
    for language_code in ("az", "ru", "en", *sorted(RUSSIAN_READERS), None):
        tr = translator(language_code or default_language)
        await bot.set_my_commands(bot_commands(tr, MIGRANT), language_code=language_code)


async def set_staff_menu(bot: Bot, chat_id: int, role: str | None, language: str) -> bool:
    """A member's own menu in their private chat; ``role`` None puts back everyone's.
    False when Telegram refused (the person never started the bot)."""
    scope = BotCommandScopeChat(chat_id)
    try:
        if role is None:
            await bot.delete_my_commands(scope=scope)
        else:
            commands = bot_commands(translator(language), commands_for(role))
            await bot.set_my_commands(commands, scope=scope)
    except TelegramError:
        return False
    return True


def render_help(tr: Translator, role: str | None) -> View:
    """/help: what this user can do, the same lists as their command menu."""
    def lines(commands: Iterable[tuple[str, str]]) -> list[str]:
        return [f"/{name} — {tr(description)}" for name, description in commands]

    parts = [tr("Type your question in any words, or use a command:"), *lines(MIGRANT)]
    if role in ("council", "admin"):
        parts += ["", "<b>" + tr("For Public Council members") + "</b>", *lines(COUNCIL)]
    if role == "admin":
        parts += ["", "<b>" + tr("For admins") + "</b>", *lines(ADMIN)]
    return View("\n".join(parts), main_menu_buttons(tr))
