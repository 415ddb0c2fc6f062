"""Each button press is answered once: Telegram refuses a second answerCallbackQuery for the
same press ("query is too old and response timeout expired or query ID is invalid"), and the
handler then fails before it shows anything. The in-process transport does not refuse it, so
these tests count the answers; the scripted run on the HTTP server found the first of them."""

from __future__ import annotations

from collections import Counter

import pytest

from bot.ptb.transport import Fault
from knowledge.people import roles
from knowledge.storage import db

from .bot_harness import chat, labels, running_bot, texts

MEMBER = 6101


@pytest.fixture
def url(tmp_path):
    return f"sqlite:///{tmp_path / 'answers.sqlite3'}"


def answered_twice(transport) -> list[str]:
    answers = Counter(
        c.params["callback_query_id"] for c in transport.calls if c.method == "answerCallbackQuery"
    )
    return [query for query, count in answers.items() if count > 1]


async def test_asking_a_member_after_none_of_these_and_using_that_question(url):
    async with running_bot(url) as (app, transport, _):
        user = chat(app, transport, language_code="en")
        await user.say("documents for permit")
        await user.press("None of these")
        opened = await user.press("Ask a council member")
        assert "1/3" in texts(opened)[0]
        asked = await user.press_data("v1:consult:t:visas")
        assert "Use that question" in labels(asked)
        consent = await user.press("Use that question")
        assert "documents for permit" in texts(consent)[0]
        assert answered_twice(transport) == []


async def test_cancelling_a_dialog_by_its_button(url):
    async with running_bot(url) as (app, transport, _):
        user = chat(app, transport, language_code="en")
        await user.say("/deadline")
        cancelled = await user.press("Cancel")
        assert "Cancelled" in texts(cancelled)[0]
        assert answered_twice(transport) == []


async def test_log_another_pressed_after_the_role_went(url):
    async with running_bot(url) as (app, transport, services):
        async with db.unit_of_work(services.sessions) as session:
            await roles.grant(session, services.user_key(MEMBER), "council", "Member")
            await session.commit()
        member = chat(app, transport, user_id=MEMBER, language_code="en")
        again = await member.press_data("v1:log:new")
        assert "1/7" in texts(again)[0]
        async with db.unit_of_work(services.sessions) as session:
            await roles.revoke(session, services.user_key(MEMBER))
            await session.commit()
        refused = await member.press_data("v1:log:new")
        assert "for members of the Public Council" in texts(refused)[0]
        assert answered_twice(transport) == []


async def test_the_apology_goes_out_when_the_press_could_not_be_answered(url):
    """A press whose answer Telegram refuses (it came too late) failed the handler; the error
    handler answered again, was refused again, and the person got nothing at all."""
    async with running_bot(url) as (app, transport, _):
        user = chat(app, transport, language_code="en")
        await user.say("/menu")
        too_old = (
            "Bad Request: query is too old and response timeout expired or query ID is invalid"
        )
        transport.faults.append(Fault("answerCallbackQuery", 400, too_old, times=2))
        pressed = await user.press_data("v1:menu:cat:registration")
    assert "something went wrong" in texts(pressed)[-1]
