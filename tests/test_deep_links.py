"""t.me/<bot>?start=<payload> opens what a poster or a web page points to."""

from __future__ import annotations

import pytest

from handlers.kit.deeplinks import entry_payload

from .bot_harness import chat, labels, running_bot, texts


@pytest.fixture
def url(tmp_path):
    return f"sqlite:///{tmp_path / 'links.sqlite3'}"


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ("deadline", "When did you arrive"),
        ("fees", "fee"),
        ("consult", "public council"),
        (entry_payload("reg.fee"), "free"),
    ],
)
async def test_a_link_opens_its_feature(url, payload, expected):
    async with running_bot(url) as (app, transport, _):
        user = chat(app, transport, language_code="en")
        opened = await user.say(f"/start {payload}")
    shown = " ".join(texts(opened) + labels(opened)).lower()
    assert expected.lower() in shown
    assert "welcome" not in shown


async def test_a_language_link_greets_in_it_and_remembers(url):
    async with running_bot(url) as (app, transport, _):
        user = chat(app, transport, language_code="en")
        greeted = await user.say("/start ru")
        later = await user.say("/menu")
    assert any("Здравствуйте" in t or "Привет" in t or "вопрос" in t for t in texts(greeted))
    assert any(ch in "".join(labels(later)) for ch in "абвгдежзийклмнопрстуфхцчшщыэюя")


@pytest.mark.parametrize("payload", ["e-no-such-entry", "nothing", "<script>"])
async def test_an_unknown_link_gets_the_plain_greeting(url, payload):
    async with running_bot(url) as (app, transport, _):
        plain = texts(await chat(app, transport, language_code="en").say("/start"))
        other = texts(await chat(app, transport, language_code="en").say(f"/start {payload}"))
    assert other == plain
