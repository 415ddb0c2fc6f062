"""Running the bot: long polling, webhooks, or the terminal chat when there is no token."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import re
import signal
import sys

from telegram import Update
from telegram.ext import Application

from bot.app import build_application, set_commands
from bot.config import Settings
from bot.container import open_services
from bot.health import start_health_server
from bot.ptb.localchat import LocalChat
from bot.ptb.transport import Call, LocalBotApi
from handlers.kit.views import html_to_text

log = logging.getLogger(__name__)
WEBHOOK_PATH = "telegram"


class WebhookNotConfigured(ValueError):
    pass


def settle_heap() -> None:
    """Keep what start-up built (modules, the KB index, the Application) out of garbage
    collection: a full collection otherwise walks all of it, stopping every chat for ~0.1 s
    each time it runs."""
    gc.collect()
    gc.freeze()


async def _until_stopped() -> None:
    """Wait for Ctrl-C or SIGTERM, so in-flight updates finish before shutdown."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    await stop.wait()


async def start_updates(app: Application, settings: Settings, webhook: bool) -> None:
    """Start receiving updates: a webhook server, or long polling."""
    assert app.updater is not None  # build_application gives Telegram's app an Updater
    if not webhook:
        await app.updater.start_polling(allowed_updates=Update.ALL_TYPES)
        log.info("polling Telegram for updates")
        return
    if not (settings.webhook_url and settings.webhook_secret):
        raise WebhookNotConfigured("webhook mode needs WEBHOOK_URL and WEBHOOK_SECRET")
    await app.updater.start_webhook(
        listen=settings.webhook_listen,
        port=settings.webhook_port,
        url_path=WEBHOOK_PATH,
        webhook_url=f"{settings.webhook_url.rstrip('/')}/{WEBHOOK_PATH}",
        # Telegram sends it in a header on every call; requests without it are refused.
        secret_token=settings.webhook_secret.get(),
        allowed_updates=Update.ALL_TYPES,
        drop_pending_updates=False,
    )
    log.info("serving webhooks on %s:%s", settings.webhook_listen, settings.webhook_port)


async def run_telegram(settings: Settings, webhook: bool) -> None:
    if webhook and not (settings.webhook_url and settings.webhook_secret):
        raise WebhookNotConfigured("webhook mode needs WEBHOOK_URL and WEBHOOK_SECRET")
    services = await open_services(settings)
    app = build_application(services, several_workers=webhook)
    try:
        async with app:
            await set_commands(app)
            settle_heap()
            await app.start()
            await start_updates(app, settings, webhook)
            health = None
            if settings.health_port:
                health = await start_health_server(
                    services.engine, settings.webhook_listen, settings.health_port
                )
            await _until_stopped()
            if health is not None:
                health.close()
            # Stop taking updates, then let the ones in flight finish.
            assert app.updater is not None
            await app.updater.stop()
            await app.stop()
    finally:
        await services.close()


def _print_calls(calls: list[Call], chat: LocalChat, out) -> list[tuple[dict, int]]:
    """Show the bot's messages; return the buttons, numbered in the order printed."""
    choices: list[tuple[dict, int]] = []
    for call in calls:
        if call.method == "answerCallbackQuery" and call.params.get("text"):
            print(f"\n(toast) {call.params['text']}", file=out)  # Telegram's small pop-up
            continue
        if call.method in ("sendDocument", "sendPhoto"):
            sent = call.params.get("document") or call.params.get("photo")
            name = getattr(sent, "filename", None) or call.method.removeprefix("send").lower()
            print(f"\nbot> (sends a file: {name})", file=out)
            continue
        if call.method not in ("sendMessage", "editMessageText") or not isinstance(
            call.result, dict
        ):
            continue
        marker = "bot (edited)" if call.method == "editMessageText" else "bot"
        print(f"\n{marker}> {html_to_text(call.params['text'])}", file=out)
        markup = call.params.get("reply_markup") or {}
        for row in markup.get("inline_keyboard", []):
            cells = []
            for button in row:
                choices.append((button, call.result["message_id"]))
                target = f" → {button['url']}" if "url" in button else ""
                cells.append(f"[{len(choices)}] {button['text']}{target}")
            print("   " + "   ".join(cells), file=out)
    return choices


TERMINAL_USER = 100_000  # person N of the terminal chat has Telegram id 100000 + N
AS_PERSON = re.compile(r"/as\s+(\d{1,2})")


async def run_terminal_chat(settings: Settings, lang: str | None = None, out=None) -> None:
    """The same Application, in-process: type messages; a number presses a button."""
    out = out or sys.stdout
    services = await open_services(settings)
    transport = LocalBotApi()
    app = build_application(services, transport)
    try:
        async with app:
            await set_commands(app)
            settle_heap()
            people: dict[int, LocalChat] = {}

            def person(number: int) -> LocalChat:
                # Several people in one terminal: a migrant, a council member, an admin.
                if number not in people:
                    people[number] = LocalChat(
                        app,
                        transport,
                        user_id=TERMINAL_USER + number,
                        first_name=f"Terminal {number}",
                        language_code=lang or settings.default_language,
                    )
                return people[number]

            user = person(1)
            print(
                "Terminal chat with the bot (no Telegram needed). Type a question or a "
                "/command; type a number to press a button; /as 2 speaks as another person "
                f"(Telegram id {TERMINAL_USER} + the number); Ctrl-D quits.",
                file=out,
            )
            choices = _print_calls(await user.say("/start"), user, out)
            while True:
                try:
                    line = (await asyncio.to_thread(input, "\nyou> ")).strip()
                except EOFError:
                    print(file=out)
                    return
                if not line:
                    continue
                if (switch := AS_PERSON.fullmatch(line)) is not None:
                    user = person(int(switch.group(1)))
                    print(f"(you are person {switch.group(1)}, id {user.user_id})", file=out)
                    choices = []
                    continue
                if line.isdigit() and 1 <= int(line) <= len(choices):
                    button, message_id = choices[int(line) - 1]
                    if "url" in button:
                        print(f"(opens {button['url']})", file=out)
                        continue
                    calls = await user.press_data(button["callback_data"], message_id)
                else:
                    calls = await user.say(line)
                choices = _print_calls(calls, user, out) or choices
    finally:
        await services.close()
