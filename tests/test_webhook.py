"""Webhook mode over real HTTP on 127.0.0.1: the secret token is checked on every request."""

from __future__ import annotations

import asyncio
import socket
import time

import httpx

from bot.app import build_application
from bot.config import load_settings
from bot.container import open_services
from bot.ptb.transport import LocalBotApi
from bot.runner import WEBHOOK_PATH, start_updates

from .bot_harness import API_SPEC


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def update(update_id: int, text: str) -> dict:
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id, "date": int(time.time()), "text": text,
            "chat": {"id": 501, "type": "private", "first_name": "Ali"},
            "from": {"id": 501, "is_bot": False, "first_name": "Ali", "language_code": "en"},
        },
    }  # fmt: skip


async def test_webhook_answers_telegram_and_refuses_requests_without_the_secret(tmp_path):
    port = free_port()
    settings = load_settings(
        {
            "DATABASE_URL": f"sqlite:///{tmp_path / 'hook.sqlite3'}",
            "TELEGRAM_BOT_TOKEN": "123456:ABCdef",
            "WEBHOOK_URL": "https://bot.example.org",
            "WEBHOOK_SECRET": "s3cret-token",
            "WEBHOOK_PORT": str(port),
            "PSEUDONYM_KEY": "k",
        },
        env_file=None,
    )
    services = await open_services(settings)
    transport = LocalBotApi(spec=API_SPEC)
    app = build_application(services, transport, with_updater=True, several_workers=True)
    url = f"http://127.0.0.1:{port}/{WEBHOOK_PATH}"
    try:
        async with app:
            await app.start()
            await start_updates(app, settings, webhook=True)
            async with httpx.AsyncClient(timeout=5) as client:
                forged = await client.post(
                    url,
                    json=update(1, "registration fee"),
                    headers={"X-Telegram-Bot-Api-Secret-Token": "no"},
                )
                missing = await client.post(url, json=update(2, "registration fee"))
                real = await client.post(
                    url,
                    json=update(3, "registration fee"),
                    headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret-token"},
                )
            for _ in range(100):
                if transport.sent("sendMessage"):
                    break
                await asyncio.sleep(0.05)
            await app.updater.stop()
            await app.stop()
    finally:
        await services.close()
    assert forged.status_code == 403 and missing.status_code == 403
    assert real.status_code == 200
    hooks = transport.sent("setWebhook")
    assert hooks[0].params["url"] == "https://bot.example.org/telegram"
    assert hooks[0].params["secret_token"] == "s3cret-token"
    replies = transport.sent("sendMessage")
    assert len(replies) == 1 and "free" in replies[0].params["text"].lower()
