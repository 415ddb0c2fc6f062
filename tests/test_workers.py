"""Several workers over one database: any worker serves any update, each update once."""

from __future__ import annotations

import time

from telegram import Update

from .bot_harness import chat, running_bot, texts


async def test_a_conversation_started_on_a_killed_worker_continues_on_another(database_url):
    async with running_bot(database_url, several_workers=True) as (app_b, transport_b, _):
        async with running_bot(database_url, several_workers=True) as (app_a, transport_a, _):
            on_a = chat(app_a, transport_a, user_id=4040, language_code="en")
            asked = await on_a.say("/deadline")
            assert "When did you arrive" in texts(asked)[0]
        # Worker A is gone; the user's next message reaches worker B.
        on_b = chat(app_b, transport_b, user_id=4040, language_code="en")
        answered = await on_b.say("03.11.2026")
    assert "Which passport" in texts(answered)[0]


async def test_an_update_delivered_twice_is_handled_once(database_url):
    async with running_bot(database_url, several_workers=True) as (app, transport, _):
        payload = {
            "update_id": int(time.time() * 1000) % 10**12 + 777,
            "message": {
                "message_id": 1, "date": int(time.time()), "text": "registration fee",
                "chat": {"id": 4041, "type": "private", "first_name": "Ali"},
                "from": {"id": 4041, "is_bot": False, "first_name": "Ali",
                         "language_code": "en"},
            },
        }  # fmt: skip
        for _ in range(3):
            await app.process_update(Update.de_json(payload, app.bot))
        replies = transport.sent("sendMessage")
    assert len(replies) == 1 and "free" in replies[0].params["text"].lower()
