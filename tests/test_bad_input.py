"""Bad input from outside gets a clear answer and breaks nothing (issue 13, lows)."""

from __future__ import annotations

import logging

import pytest
from telegram import Update

from knowledge.people import roles
from knowledge.storage import db

from .bot_harness import chat, running_bot, texts

USER, MEMBER = 8101, 8102


@pytest.fixture
def url(tmp_path):
    return f"sqlite:///{tmp_path / 'bad.sqlite3'}"


async def _member(services) -> None:
    async with db.unit_of_work(services.sessions) as session:
        await roles.grant(session, services.user_key(MEMBER), "council", "Member")
        await session.commit()


@pytest.mark.parametrize(
    "forged", ["v1:consult:w:²", "v1:consult:r:99999999999999999999999", "v1:req:take:²"]
)
async def test_a_forged_number_in_a_button_is_an_expired_button_not_an_error(url, forged):
    async with running_bot(url) as (app, transport, services):
        await _member(services)  # a member may press the request buttons at all
        member = chat(app, transport, user_id=MEMBER, language_code="en")
        pressed = await member.press_data(forged)
    shown = " ".join(texts(pressed))
    assert "expired" in shown and "went wrong" not in shown


async def test_a_dialog_begun_in_a_group_does_not_take_the_next_private_message(url):
    async with running_bot(url) as (app, transport, _):
        in_group = chat(app, transport, user_id=USER, chat_id=-700, chat_type="group")
        await in_group.say("/deadline@migrabot")
        private = chat(app, transport, user_id=USER, language_code="en")
        later = await private.say("03.11.2026")
    assert "Which passport" not in " ".join(texts(later))


async def test_staff_commands_answer_only_in_private(url):
    async with running_bot(url) as (app, transport, services):
        await _member(services)
        in_group = chat(
            app, transport, user_id=MEMBER, chat_id=-701, chat_type="group", language_code="en"
        )
        report = await in_group.say("/report")
        mylog = await in_group.say("/mylog")
    assert "private chat" in texts(report)[0] and "private chat" in texts(mylog)[0]
    assert not [c for c in report if c.method in ("sendDocument", "sendPhoto")]


async def test_a_button_on_an_inline_message_is_answered(url):
    async with running_bot(url) as (app, transport, _):
        user = chat(app, transport, user_id=USER, language_code="en")
        before = len(transport.calls)
        press = {
            "update_id": 9001,
            "callback_query": {
                "id": "inline-1",
                "from": user._user,
                "chat_instance": "x",
                "inline_message_id": "AAA",
                "data": "v1:log:ok",
            },
        }
        await app.process_update(Update.de_json(press, app.bot))
        methods = [c.method for c in transport.calls[before:]]
    assert "answerCallbackQuery" in methods


async def test_a_refused_button_is_logged_by_its_name_not_the_bots_text(url, caplog):
    async with running_bot(url) as (app, transport, _):
        user = chat(app, transport, user_id=USER, language_code="en")
        await user.say("/start")
        with caplog.at_level(logging.WARNING, logger="handlers.kit.gate"):
            await user.press_data("v1:req:take:1")
    refused = [r.getMessage() for r in caplog.records if "refused" in r.getMessage()]
    assert refused and "button ['req']" in refused[0]
