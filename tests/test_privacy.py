"""Migrants' data: pseudonymous, kept no longer than needed, deletable on request."""

from __future__ import annotations

import datetime as dt
import logging

import pytest
from sqlalchemy import func, select, update

from knowledge.people import users
from knowledge.storage import db
from knowledge.storage.models import ConversationState, QueryLogRow, UserSettings

from .bot_harness import chat, running_bot, texts

USER = 777000111


@pytest.fixture
def url(tmp_path):
    return f"sqlite:///{tmp_path / 'privacy.sqlite3'}"


async def count(services, model, **where) -> int:
    await services.drain()  # the question log is written after the reply
    async with db.unit_of_work(services.sessions) as session:
        query = select(func.count()).select_from(model)
        for column, value in where.items():
            query = query.where(getattr(model, column) == value)
        return int(await session.scalar(query))


@pytest.mark.parametrize(
    ("lang", "word"), [("az", "psevdonim"), ("ru", "псевдоним"), ("en", "pseudonym")]
)
async def test_privacy_explains_what_is_stored_in_each_language(url, lang, word):
    async with running_bot(url) as (app, transport, _):
        reply = await chat(app, transport, user_id=USER, language_code=lang).say("/privacy")
    assert word in texts(reply)[0].lower() and "180" in texts(reply)[0]


async def test_forget_deletes_everything_about_the_user_after_confirmation(url):
    async with running_bot(url) as (app, transport, services):
        user = chat(app, transport, user_id=USER, language_code="en")
        await user.say("/language")
        await user.press_data("v1:lang:ru")
        await user.say("сколько стоит внж")
        await user.say("/deadline")
        key = services.user_key(USER)
        assert await count(services, QueryLogRow, user_key=key) == 1
        await user.say("/forget")
        kept = await user.press_data("v1:con:forget:no")
        assert await count(services, UserSettings, user_key=key) == 1
        await user.say("/forget")
        done = await user.press_data("v1:con:forget:yes")
        left = [
            await count(services, QueryLogRow, user_key=key),
            await count(services, UserSettings, user_key=key),
            await count(services, ConversationState, key=key),
        ]
        after = await user.say("03.11.2026")  # the half-done /deadline is gone too
    assert "Ничего не удалено" in texts(kept)[0] or "Nothing was deleted" in texts(kept)[0]
    assert left == [0, 0, 0]
    assert texts(done) and "Which passport" not in " ".join(texts(after))


async def test_the_purge_deletes_only_what_is_past_retention(url):
    async with running_bot(url) as (app, transport, services):
        for n, question in enumerate(("registration fee", "work permit price")):
            await chat(app, transport, user_id=USER + n, language_code="en").say(question)
        await services.drain()
        async with db.unit_of_work(services.sessions) as session:
            await session.execute(
                update(QueryLogRow)
                .where(QueryLogRow.question == "registration fee")
                .values(created_at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
            )
            await session.commit()
        async with db.unit_of_work(services.sessions) as session:
            counts = await users.purge(session, dt.datetime.now(dt.UTC) - dt.timedelta(days=180))
            await session.commit()
        left = await count(services, QueryLogRow)
    assert counts["questions"] == 1 and left == 1


async def test_logs_carry_pseudonyms_not_telegram_ids(url, caplog):
    caplog.set_level(logging.INFO)
    async with running_bot(url) as (app, transport, _):
        user = chat(app, transport, user_id=USER, first_name="Leyla", language_code="en")
        await user.say("how much is a work permit")
        await user.say("/log")  # refused: logged with a pseudonym
        await user.press_data("v1:fee:forged")
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "user=" in logged
    assert str(USER) not in logged and "Leyla" not in logged


async def test_dialog_state_is_stored_under_the_pseudonym_not_the_telegram_id(url):
    async with running_bot(url) as (app, transport, services):
        user = chat(app, transport, user_id=USER, language_code="en")
        await user.say("/deadline")
        async with db.unit_of_work(services.sessions) as session:
            keys = list(await session.scalars(select(ConversationState.key)))
    assert keys == [services.user_key(USER)]
    assert all(str(USER) not in key for key in keys)


async def test_state_stored_under_a_telegram_id_by_an_older_version_moves_to_the_pseudonym(url):
    async with running_bot(url) as (_, _, services), db.unit_of_work(services.sessions) as session:
        session.add(ConversationState(kind="user", key=str(USER), data={"flow": {}}))
        await session.commit()
    async with running_bot(url) as (_, _, services), db.unit_of_work(services.sessions) as session:
        keys = list(await session.scalars(select(ConversationState.key)))
    assert keys == [services.user_key(USER)]
