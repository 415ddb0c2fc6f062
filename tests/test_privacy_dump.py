"""The README's privacy promises, checked on the database itself: after /forget and after the
retention purge, a dump of every table holds nothing of the person."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import DateTime, select, update

from knowledge.people import roles
from knowledge.storage import db
from knowledge.storage.models import Base

from .bot_harness import chat, running_bot

MIGRANT, MEMBER = 5_550_123_987, 5_550_456_111
NAME = "Zarinaxyz"
QUESTION = "My landlord Rustamxyz keeps my passport and will not register me, what can I do?"


@pytest.fixture
def url(tmp_path):
    return f"sqlite:///{tmp_path / 'dump.sqlite3'}"


async def dump(services) -> str:
    """Every row of every table, as text."""
    await services.drain()
    rows = []
    async with db.unit_of_work(services.sessions) as session:
        for table in Base.metadata.sorted_tables:
            rows += [repr(tuple(row)) for row in await session.execute(select(table))]
    return "\n".join(rows)


def traces(services, text: str) -> list[str]:
    marks = (str(MIGRANT), services.user_key(MIGRANT), NAME, "Rustamxyz")
    return [mark for mark in marks if mark in text]


async def a_migrant_uses_everything(app, transport, services) -> None:
    async with db.unit_of_work(services.sessions) as session:
        await roles.grant(session, services.user_key(MEMBER), "council", "Member")
        await session.commit()
    member = chat(app, transport, user_id=MEMBER, language_code="en")
    await member.say("/whoami")
    migrant = chat(app, transport, user_id=MIGRANT, first_name=NAME, language_code="en")
    await migrant.say("/language")
    await migrant.press_data("v1:lang:en")
    await migrant.say(QUESTION)
    await migrant.say("how much is the registration fee")
    await migrant.say("/deadline")
    await migrant.say("/consult")
    await migrant.press_data("v1:consult:t:registration")
    await migrant.say(QUESTION)
    await migrant.press_data("v1:consult:send:account")
    member.sync()
    await member.press("✋")
    await member.press("✍️")
    await member.say("Register online; the landlord must not keep your passport.")
    await migrant.say("Thank you, Rustamxyz still refuses.", reply_to_bot=True)


async def test_after_forget_no_table_holds_anything_of_the_person(url):
    async with running_bot(url) as (app, transport, services):
        await a_migrant_uses_everything(app, transport, services)
        before = traces(services, await dump(services))
        migrant = chat(app, transport, user_id=MIGRANT, first_name=NAME, language_code="en")
        await migrant.say("/forget")
        await migrant.press_data("v1:con:forget:yes")
        after = traces(services, await dump(services))
    assert {NAME, "Rustamxyz", services.user_key(MIGRANT)} <= set(before)  # it was there
    assert after == []


async def test_after_the_retention_purge_no_table_holds_anything_of_the_person(url):
    async with running_bot(url) as (app, transport, services):
        await a_migrant_uses_everything(app, transport, services)
        await services.drain()
        long_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=1000)
        async with db.unit_of_work(services.sessions) as session:
            for table in Base.metadata.sorted_tables:
                for column in table.columns:
                    if isinstance(column.type, DateTime):
                        await session.execute(update(table).values({column.name: long_ago}))
            await session.commit()
        [job] = app.job_queue.get_jobs_by_name("purge")
        await job.run(app)
        after = traces(services, await dump(services))
    assert after == []
