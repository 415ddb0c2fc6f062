"""Each kind of user has their own commands: in Telegram's menu and in /help."""

from __future__ import annotations

import json

import pytest

from knowledge.people import roles
from knowledge.storage import db

from .bot_harness import chat, running_bot, texts

ADMIN, MEMBER, MIGRANT = 9201, 9202, 9203


@pytest.fixture
def url(tmp_path):
    return f"sqlite:///{tmp_path / 'menus.sqlite3'}"


async def _admin(services) -> None:
    async with db.unit_of_work(services.sessions) as session:
        await roles.grant(session, services.user_key(ADMIN), "admin", "Admin")
        await session.commit()


@pytest.mark.parametrize(
    ("lang", "staff_heading"),
    [("az", "İctimai Şura"), ("ru", "Общественного совета"), ("en", "Public Council members")],
)
async def test_help_lists_what_each_user_can_do(url, lang, staff_heading):
    async with running_bot(url) as (app, transport, services):
        await _admin(services)
        someone = chat(app, transport, user_id=MIGRANT, language_code=lang)
        migrant = texts(await someone.say("/help"))
        admin = chat(app, transport, user_id=ADMIN, language_code=lang)
        await admin.say(f"/grant {MEMBER} council")
        member_chat = chat(app, transport, user_id=MEMBER, language_code=lang)
        member = texts(await member_chat.say("/help"))
        admin_help = texts(await admin.say("/help"))
    assert "/consult" in migrant[0] and "/log" not in migrant[0] and "/grant" not in migrant[0]
    assert "/log" in member[0] and staff_heading in member[0] and "/grant" not in member[0]
    assert "/log" in admin_help[0] and "/grant" in admin_help[0]


def _scope(call) -> dict:
    scope = call.params.get("scope")
    return json.loads(scope) if isinstance(scope, str) else scope


async def test_a_staff_menu_follows_the_role(url):
    async with running_bot(url) as (app, transport, services):
        await _admin(services)
        admin = chat(app, transport, user_id=ADMIN, language_code="en")
        granted = await admin.say(f"/grant {MEMBER} council")
        revoked = await admin.say(f"/revoke {MEMBER}")
    # (The admin's own menu is set too, in English, the first time the bot hears them.)
    [menu] = [
        c
        for c in granted
        if c.method == "setMyCommands" and _scope(c) == {"type": "chat", "chat_id": MEMBER}
    ]
    scope = _scope(menu)
    commands = menu.params["commands"]
    commands = json.loads(commands) if isinstance(commands, str) else commands
    assert scope == {"type": "chat", "chat_id": MEMBER}
    assert {"log", "mylog", "report", "consult"} <= {c["command"] for c in commands}
    assert "grant" not in {c["command"] for c in commands}
    assert [c.method for c in revoked if c.method.endswith("MyCommands")] == ["deleteMyCommands"]


@pytest.mark.parametrize("telegram_language", ["uk", "kk", "be"])
async def test_people_greeted_in_russian_get_the_russian_menu(url, telegram_language):
    """A Ukrainian was greeted in Russian but Telegram showed them the default language's
    (Azerbaijani) command menu: none was set for their Telegram language."""
    async with running_bot(url) as (_, transport, _):
        menus = {
            c.params.get("language_code"): c.params["commands"]
            for c in transport.sent("setMyCommands")
            if "scope" not in c.params
        }
    fees = {c["command"]: c["description"] for c in menus[telegram_language]}["fees"]
    assert fees == "Калькулятор пошлин"


async def test_a_members_menu_follows_the_language_they_use_the_bot_in(url):
    """A member granted before the bot knew their language got the default language's
    (Azerbaijani) menu, and kept it until the bot restarted, though the bot answered them in
    English."""
    async with running_bot(url) as (app, transport, services):
        async with db.unit_of_work(services.sessions) as session:
            await roles.grant(session, services.user_key(MEMBER), "council", "Member")
            await session.commit()
        member = chat(app, transport, user_id=MEMBER, language_code="en")
        first = await member.say("/inbox")
        again = await member.say("/inbox")
    [menu] = [c for c in first if c.method == "setMyCommands"]
    assert _scope(menu) == {"type": "chat", "chat_id": MEMBER}
    descriptions = {c["command"]: c["description"] for c in menu.params["commands"]}
    assert descriptions["log"] == "Log a consultation you gave"
    assert not [c for c in again if c.method.endswith("MyCommands")]  # once, not every time
