"""Ask a council member, end to end: two migrants and two members through the real Application
over the recording Bot API, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace

import pytest
from sqlalchemy import delete, select, update
from telegram.ext import Application

from bot.cli import main as cli_main
from bot.container import Services
from bot.ptb.localchat import LocalChat
from bot.ptb.transport import Fault, LocalBotApi
from knowledge.consult import requests as consult_requests
from knowledge.kb import revisions as kb_admin
from knowledge.people import roles, users
from knowledge.storage import db
from knowledge.storage.models import (
    ConsultationRow,
    ConsultMessage,
    ConsultRelayMessage,
    ConsultRequestRow,
    KbProposal,
    StaffRole,
)

from .bot_harness import chat, labels, running_bot, texts

# Telegram ids: chat ids of private chats are the user ids.
OLENA, JOHN = 7001, 7002  # migrants: Russian, English
LAMIYA, ELCHIN = 7101, 7102  # council members: Azerbaijani, English
ADMIN = 7201
QUESTION = "Мой работодатель не продлевает разрешение на работу, что мне делать?"
VISA_QUESTION = "My visa ends next week and my flight is later. Can I stay?"
# The legal-help contacts the bot shows when a message shows danger (contacts.yaml).
LEGAL_HELP = ("+994 55 603 30 72", "+994 51 207 59 96")
REFUSED_AZ = "İctimai Şuranın üzvləri üçündür"  # a council command or button refused


async def _grant(services, user_id: int, role: str, name: str, groups=()) -> None:
    async with db.unit_of_work(services.sessions) as session:
        await roles.grant(
            session, services.user_key(user_id), role, name, telegram_id=user_id, groups=groups
        )
        await session.commit()


async def _requests(services) -> list[ConsultRequestRow]:
    async with db.unit_of_work(services.sessions) as session:
        return list(
            await session.scalars(select(ConsultRequestRow).order_by(ConsultRequestRow.id))
        )


def _sent_to(transport, chat_id: int, since: int = 0) -> list[str]:
    return [
        c.params["text"]
        for c in transport.calls[since:]
        if c.method in ("sendMessage", "editMessageText")
        and int(c.params.get("chat_id", 0)) == chat_id
    ]


@dataclass
class Cast:
    app: Application
    transport: LocalBotApi
    services: Services
    olena: LocalChat
    john: LocalChat
    lamiya: LocalChat
    elchin: LocalChat


async def _people(app, transport, services) -> Cast:
    await _grant(services, LAMIYA, "council", "Lamiyə Kərimova")
    await _grant(services, ELCHIN, "council", "Elchin Shirinov")
    await _grant(services, ADMIN, "admin", "Admin")
    olena = chat(app, transport, user_id=OLENA, first_name="Olena", language_code="ru")
    john = chat(app, transport, user_id=JOHN, first_name="John", language_code="en")
    lamiya = chat(app, transport, user_id=LAMIYA, first_name="Lamiyə", language_code="az")
    elchin = chat(app, transport, user_id=ELCHIN, first_name="Elchin", language_code="en")
    for member in (lamiya, elchin):
        await member.say("/whoami")  # the bot learns the member's language
    # An admin puts Lamiyə in working group 2 (labour migration, work permits).
    admin = chat(app, transport, user_id=ADMIN, language_code="en")
    assert "Usage" in texts(await admin.say(f"/groups {LAMIYA} 99"))[0]
    assert "working groups 2" in texts(await admin.say(f"/groups {LAMIYA} 2"))[0]
    return Cast(app, transport, services, olena, john, lamiya, elchin)


@asynccontextmanager
async def scene(url: str, **env: str) -> AsyncIterator[Cast]:
    """The bot running, two members (one in working group 2), an admin, two migrants."""
    async with running_bot(url, **env) as (app, transport, services):
        yield await _people(app, transport, services)


async def _ask(migrant, topic: str, question: str, share_account: bool = False) -> list:
    await migrant.say("/consult")
    await migrant.press_data(f"v1:consult:t:{topic}")
    consent = await migrant.say(question)
    sent = await migrant.press_data(
        "v1:consult:send:account" if share_account else "v1:consult:send"
    )
    return consent + sent


async def test_request_take_answer_reply_close(database_url):
    async with scene(database_url) as cast:
        # The migrant sees exactly what is shared before anything is sent.
        calls = await _ask(cast.olena, "work_permit", QUESTION)
        consent, confirmation = texts(calls)[0], texts(calls)[-1]
        assert "Olena" in consent and "Мой работодатель" in consent
        assert "аккаунт" in consent  # says the account is not shared
        assert "#1" in confirmation and "/myrequests" in confirmation

        # Work permits are working group 2's: only Lamiyə (in it) is asked, in Azerbaijani.
        to_lamiya, to_elchin = _sent_to(cast.transport, LAMIYA), _sent_to(cast.transport, ELCHIN)
        notice = next(t for t in to_lamiya if "Olena" in t)
        assert "Мой работодатель" in notice and "İş icazəsi" in notice
        assert str(OLENA) not in notice and "tg://" not in notice
        assert not any("Olena" in t for t in to_elchin)

        cast.lamiya.sync()
        before = len(cast.transport.calls)
        taken = await cast.lamiya.press("✋")
        assert "götürdünüz" in texts(taken)[0]
        told = _sent_to(cast.transport, OLENA, before)
        assert told and "взял" in told[-1]

        await cast.lamiya.press("✍️")
        before = len(cast.transport.calls)
        await cast.lamiya.say("Siz özünüz müraciət edə bilərsiniz: e-xidmət vasitəsilə.")
        answer = _sent_to(cast.transport, OLENA, before)[-1]
        assert "Siz özünüz müraciət" in answer and "Общественного совета" in answer
        assert "Lamiy" not in answer and str(LAMIYA) not in answer

        cast.olena.sync()
        await cast.olena.press("↩️")
        before = len(cast.transport.calls)
        await cast.olena.say("Спасибо! А сколько это стоит?")
        relayed = _sent_to(cast.transport, LAMIYA, before)[-1]
        assert "Спасибо! А сколько это стоит?" in relayed and "Olena" in relayed
        assert str(OLENA) not in relayed

        cast.lamiya.sync()
        await cast.lamiya.press("✅")
        await cast.lamiya.say("ukra")
        await cast.lamiya.press_data("v1:req:c:UA")
        await cast.lamiya.press_data("v1:req:tn")  # the request's topic is already ticked
        await cast.lamiya.press_data("v1:req:o:advice_given")
        before = len(cast.transport.calls)
        closed = await cast.lamiya.press_data("v1:req:u:1")
        assert "#1" in texts(closed)[-1]
        assert "закрыт" in _sent_to(cast.transport, OLENA, before)[-1]

        async with db.unit_of_work(cast.services.sessions) as session:
            logged = (await session.scalars(select(ConsultationRow))).one()
            proposal = (await session.scalars(select(KbProposal))).one()
            request = (await session.scalars(select(ConsultRequestRow))).one()
        saved = (logged.country, logged.topics, logged.channel, logged.outcome, logged.language)
        assert saved == ("UA", ["work_permit"], "telegram", "advice_given", "ru")
        assert logged.member_key == cast.services.user_key(LAMIYA)
        assert request.status == "closed" and request.consultation_id == logged.id
        assert request.migrant_chat_id is None  # no way to reach her is kept after closing
        assert proposal.question == QUESTION and "e-xidmət" in proposal.answer
        assert proposal.language == "ru" and proposal.closest

        # The admins find it in their review queue and add it as an alternate phrasing.
        admin = chat(cast.app, cast.transport, user_id=ADMIN, language_code="en")
        review = await admin.say("/unanswered")
        assert any("Proposed by a council member" in t for t in texts(review))
        entry_id = proposal.closest[0]
        await admin.press_data(f"v1:adm:pa:{proposal.id}:{entry_id}")
        async with db.unit_of_work(cast.services.sessions) as session:
            entry = await kb_admin.get(session, entry_id)
            decided = await session.get(KbProposal, proposal.id)
        assert QUESTION in entry.translations["ru"].alternates
        assert decided.status == "accepted"


async def test_first_member_to_take_owns_it(database_url):
    async with scene(database_url) as cast:
        await _ask(cast.john, "visas", VISA_QUESTION)  # no working group for visas: all members
        cast.lamiya.sync()
        cast.elchin.sync()
        assert any(VISA_QUESTION in t for t in _sent_to(cast.transport, LAMIYA))
        assert any(VISA_QUESTION in t for t in _sent_to(cast.transport, ELCHIN))

        await cast.elchin.press("✋")
        second = await cast.lamiya.press("✋")
        alert = next(c for c in second if c.method == "answerCallbackQuery")
        assert "başqa üzv" in alert.params["text"]
        # Lamiyə's copy of the request now says it is taken, without the buttons.
        cast.lamiya.sync()
        assert "Elchin" in cast.lamiya.last().text and not cast.lamiya.last().buttons

        # A migrant pressing a forged Take is refused and changes nothing.
        forged = await cast.olena.press_data("v1:req:take:1")
        assert any("Общественного совета" in t for t in texts(forged))
        # Lamiyə cannot answer a request she does not own.
        refused = await cast.lamiya.press_data("v1:req:ans:1")
        assert (
            "götürən üzv"
            in next(c for c in refused if c.method == "answerCallbackQuery").params["text"]
        )
        [request] = await _requests(cast.services)
        assert request.status == "taken" and request.member_key == cast.services.user_key(ELCHIN)


async def test_withdrawal_and_my_requests(tmp_path):
    async with scene(f"sqlite:///{tmp_path / 'w.sqlite3'}") as cast:
        await _ask(cast.john, "visas", VISA_QUESTION)
        cast.elchin.sync()
        await cast.elchin.press("✋")

        listed = await cast.john.say("/myrequests")
        assert "#1" in texts(listed)[0] and "answering" in texts(listed)[0]
        await cast.john.press("🗑")
        before = len(cast.transport.calls)
        done = await cast.john.press("Yes, withdraw")
        assert "withdrawn" in texts(done)[-1]
        assert "withdrawn by the person" in _sent_to(cast.transport, ELCHIN, before)[-1]

        [request] = await _requests(cast.services)
        assert request.status == "withdrawn" and request.migrant_chat_id is None
        after = await cast.elchin.press_data("v1:req:ans:1")
        assert (
            "withdrew"
            in next(c for c in after if c.method == "answerCallbackQuery").params["text"]
        )
        again = await cast.john.say("/myrequests")
        assert "withdrawn" in texts(again)[0] and "🗑" not in " ".join(labels(again))


async def test_identity_is_shared_only_with_consent(tmp_path):
    async with scene(f"sqlite:///{tmp_path / 'i.sqlite3'}") as cast:
        await _ask(cast.olena, "visas", "Можно ли продлить визу внутри страны?")
        await _ask(cast.john, "visas", VISA_QUESTION, share_account=True)
        to_elchin = _sent_to(cast.transport, ELCHIN)
        olena_notice = next(t for t in to_elchin if "продлить визу" in t)
        john_notice = next(t for t in to_elchin if VISA_QUESTION in t)
        assert "tg://" not in olena_notice and str(OLENA) not in olena_notice
        assert f"tg://user?id={JOHN}" in john_notice


async def test_offered_where_the_bot_cannot_help_and_reuses_the_question(tmp_path):
    async with scene(f"sqlite:///{tmp_path / 'n.sqlite3'}") as cast:
        unknown = "my landlord keeps my passport and will not give it back"
        reply = await cast.john.say(unknown)
        assert any("council member" in label for label in labels(reply))
        await cast.john.press("council member")
        question_step = await cast.john.press_data("v1:consult:t:bank_other")
        assert unknown in texts(question_step)[-1]
        consent = await cast.john.press("Use that question")
        assert unknown in texts(consent)[-1]

        council = await cast.john.say("/council")
        assert "🧑\u200d⚖️ Ask a council member" in labels(council)

        # 👎 on an answer offers the same way to a person.
        answered = await cast.john.say("how much is a work permit for 6 months")
        down = next(b["callback_data"] for b in _buttons(answered) if b["text"] == "👎")
        offered = await cast.john.press_data(down)
        assert any("council member" in label for label in labels(offered))


def _buttons(calls):
    return [b for c in calls for row in (c.params.get("reply_markup") or {}).get(
        "inline_keyboard", []) for b in row]  # fmt: skip


async def test_unclaimed_requests_are_announced_again_and_listed_daily(tmp_path):
    env = {"CONSULT_REANNOUNCE_MINUTES": "30"}
    async with scene(f"sqlite:///{tmp_path / 'r.sqlite3'}", **env) as cast:
        await _ask(cast.olena, "work_permit", QUESTION)
        cast.lamiya.sync()
        await cast.lamiya.press("Ötür")  # "Pass": Lamiyə passes; the group has nobody else

        async with db.unit_of_work(cast.services.sessions) as session:
            await session.execute(
                update(ConsultRequestRow).values(
                    announced_at=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=31)
                )
            )
            await session.commit()
        before = len(cast.transport.calls)
        [job] = cast.app.job_queue.get_jobs_by_name("consult-reannounce")
        await job.run(cast.app)
        again = _sent_to(cast.transport, ELCHIN, before)
        assert again and "Still waiting" in again[0] and "Мой работодатель" in again[0]

        before = len(cast.transport.calls)
        [digest] = cast.app.job_queue.get_jobs_by_name("consult-digest")
        await digest.run(cast.app)
        assert "1 request waits" in _sent_to(cast.transport, ELCHIN, before)[0]
        assert "#1" in _sent_to(cast.transport, LAMIYA, before)[0]


@pytest.mark.parametrize("command", ["/consult", "/myrequests"])
async def test_requests_are_private(tmp_path, command):
    async with running_bot(f"sqlite:///{tmp_path / 'g.sqlite3'}") as (app, transport, services):
        group = chat(app, transport, user_id=OLENA, chat_id=-500, chat_type="group")
        replies = await group.say(command)
        assert "şəxsi çatda" in texts(replies)[0]
        assert await _requests(services) == []


async def test_forget_deletes_requests_and_tells_the_member(tmp_path):
    async with scene(f"sqlite:///{tmp_path / 'f.sqlite3'}") as cast:
        await _ask(cast.olena, "work_permit", QUESTION)
        cast.lamiya.sync()
        await cast.lamiya.press("✋")
        await cast.olena.say("/forget")
        before = len(cast.transport.calls)
        await cast.olena.press_data("v1:con:forget:yes")
        assert await _requests(cast.services) == []
        async with db.unit_of_work(cast.services.sessions) as session:
            # The ids of the messages sent about it (to route replies) went with it.
            assert (await session.scalars(select(ConsultRelayMessage))).all() == []
        assert "geri götürüldü" in _sent_to(cast.transport, LAMIYA, before)[-1]
        refused = await cast.lamiya.press_data("v1:req:ans:1")
        alert = next(c for c in refused if c.method == "answerCallbackQuery")
        assert "artıq yoxdur" in alert.params["text"]


async def test_two_members_taking_at_the_same_moment_one_wins(database_url):
    """Two workers serving two presses at once: the conditional UPDATE lets exactly one win."""
    async with running_bot(database_url) as (_app, _transport, services):
        async with db.unit_of_work(services.sessions) as session:
            request = await consult_requests.create(
                session, migrant_key="m", chat_id=1, name="A", account=None, language="en",
                topic="visas", question=VISA_QUESTION, directory=services.tables.directory,
                now=dt.datetime.now(dt.UTC),
            )  # fmt: skip
            await session.commit()

        async def take(member: str) -> str:
            async with db.unit_of_work(services.sessions) as session:
                try:
                    await consult_requests.take(
                        session, request.id, member, dt.datetime.now(dt.UTC)
                    )
                    await session.commit()
                    return "won"
                except consult_requests.RequestError as refused:
                    return refused.code

        outcomes = sorted(await asyncio.gather(*(take(f"member{n}") for n in range(4))))
        assert outcomes == ["taken", "taken", "taken", "won"]


async def test_retention_purge_removes_ended_requests_and_decided_proposals(tmp_path):
    async with running_bot(f"sqlite:///{tmp_path / 'p.sqlite3'}") as (_app, _transport, services):
        old = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
        async with db.unit_of_work(services.sessions) as session:
            made = [
                await consult_requests.create(
                    session, migrant_key=f"m{n}", chat_id=n, name="A", account=None,
                    language="en", topic="visas", question=VISA_QUESTION,
                    directory=services.tables.directory, now=when,
                )
                for n, when in ((1, old), (2, old), (3, dt.datetime.now(dt.UTC)))
            ]  # fmt: skip
            await consult_requests.add_message(session, made[0].id, "migrant", "hello", old)
            await consult_requests.withdraw(session, made[0].id, "m1", old)
            for status in ("open", "dismissed"):
                session.add(KbProposal(language="en", topic="visas", question="q", answer="a",
                                       closest=[], proposed_by="x", status=status,
                                       created_at=old))  # fmt: skip
            await session.commit()
        async with db.unit_of_work(services.sessions) as session:
            counts = await users.purge(session, dt.datetime.now(dt.UTC) - dt.timedelta(days=180))
            await session.commit()
        # The withdrawn one and the one that waited since 2020; the new one stays.
        assert counts["consultation requests"] == 2 and counts["decided KB proposals"] == 1
        [kept] = await _requests(services)
        assert kept.id == made[2].id and kept.status == "open"
        async with db.unit_of_work(services.sessions) as session:
            assert await consult_requests.messages(session, made[0].id) == []
            [proposal] = (await session.scalars(select(KbProposal))).all()
        assert proposal.status == "open"


async def test_revoking_a_member_hands_their_requests_to_the_others(database_url):
    """H1: the migrant of a request whose member lost the role was told "Sent" and nothing
    went anywhere; the request stayed taken for ever, never announced again nor listed."""
    async with scene(database_url) as cast:
        await _ask(cast.olena, "work_permit", QUESTION)  # working group 2: Lamiyə alone
        cast.lamiya.sync()
        await cast.lamiya.press("✋")
        await cast.lamiya.press("✍️")
        await cast.lamiya.say("Siz özünüz müraciət edə bilərsiniz: e-xidmət vasitəsilə.")
        await _ask(cast.john, "work_permit", "My employer keeps my work permit, what now?")
        cast.olena.sync()
        await cast.olena.press("↩️")  # she starts a reply to the answer

        admin = chat(cast.app, cast.transport, user_id=ADMIN, language_code="en")
        before = len(cast.transport.calls)
        done = texts(await admin.say(f"/revoke {LAMIYA}"))
        assert "has no role now" in done[0] and "2 requests" in done[0]
        # Olena learns it; Elchin is offered both: the taken one and the one only Lamiyə had.
        assert "больше не может" in _sent_to(cast.transport, OLENA, before)[-1]
        offered = _sent_to(cast.transport, ELCHIN, before)
        assert [t for t in offered if "Still waiting" in t and "Мой работодатель" in t]
        assert [t for t in offered if "Still waiting" in t and "keeps my work permit" in t]

        before = len(cast.transport.calls)
        seen = texts(await cast.olena.say("Спасибо! А сколько это стоит?"))
        assert "не отправлено" in seen[-1] and "Отправлено члену совета" not in seen[-1]
        assert not _sent_to(cast.transport, LAMIYA, before)
        assert not _sent_to(cast.transport, ELCHIN, before)

        [digest] = cast.app.job_queue.get_jobs_by_name("consult-digest")
        await digest.run(cast.app)
        assert "2 requests wait" in _sent_to(cast.transport, ELCHIN, before)[-1]

        # Elchin takes Olena's request and answers; the ex-member hears nothing of it.
        cast.elchin.sync()
        before = len(cast.transport.calls)
        await cast.elchin.press("Take #1")
        await cast.elchin.press("✍️")
        await cast.elchin.say("It is free of charge through e-services.")
        assert "free of charge" in _sent_to(cast.transport, OLENA, before)[-1]
        assert not _sent_to(cast.transport, LAMIYA, before)
        [first, second] = await _requests(cast.services)
        assert first.status == "taken" and first.member_key == cast.services.user_key(ELCHIN)
        assert second.status == "open" and second.member_key is None


async def test_a_revocation_from_the_command_line_hands_requests_back_too(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    async with scene(url, CONSULT_REANNOUNCE_MINUTES="30") as cast:
        await _ask(cast.olena, "work_permit", QUESTION)
        cast.lamiya.sync()
        await cast.lamiya.press("✋")
        monkeypatch.chdir(tmp_path)
        monkeypatch.setenv("DATABASE_URL", url)
        monkeypatch.setenv("PSEUDONYM_KEY", "test-key")
        assert await asyncio.to_thread(cli_main, ["roles", "revoke", str(LAMIYA)]) == 0
        # The CLI cannot write to anyone: the bot's next re-announcement run does.
        before = len(cast.transport.calls)
        [job] = cast.app.job_queue.get_jobs_by_name("consult-reannounce")
        await job.run(cast.app)
        again = _sent_to(cast.transport, ELCHIN, before)
        assert again and "Still waiting" in again[0] and "Мой работодатель" in again[0]
        [request] = await _requests(cast.services)
        assert request.status == "open" and request.member_key is None


async def test_nobody_is_told_sent_when_the_other_side_did_not_get_it(tmp_path):
    blocked = Fault("sendMessage", 403, "Forbidden: bot was blocked by the user")
    async with scene(f"sqlite:///{tmp_path / 'b.sqlite3'}") as cast:
        await _ask(cast.john, "visas", VISA_QUESTION)
        cast.elchin.sync()
        await cast.elchin.press("✋")
        await cast.elchin.press("✍️")
        cast.transport.faults.append(replace(blocked))  # John blocked the bot
        seen = texts(await cast.elchin.say("Apply to extend your stay before the visa ends."))
        assert "Not delivered" in seen[-1] and "Sent to the person" not in seen[-1]

        await cast.elchin.press("✍️")
        await cast.elchin.say("Apply to extend your stay before the visa ends.")
        cast.john.sync()
        await cast.john.press("↩️")
        cast.transport.faults.append(replace(blocked))  # now Elchin did
        seen = texts(await cast.john.say("Thank you! Where do I apply?"))
        assert "was not sent" in seen[-1] and "Sent to the council member" not in seen[-1]
        async with db.unit_of_work(cast.services.sessions) as session:
            kept = [m.text for m in await consult_requests.messages(session, 1)]
        assert kept == ["Apply to extend your stay before the visa ends."]  # once, delivered


NO_ROLE = "bu botda artıq şura üzvü rolunuz yoxdur"  # Lamiyə's "you no longer have the role"


async def _lamiya_answers_olena(cast) -> None:
    await _ask(cast.olena, "work_permit", QUESTION)
    cast.lamiya.sync()
    await cast.lamiya.press("✋")
    await cast.lamiya.press("✍️")
    await cast.lamiya.say("Siz özünüz müraciət edə bilərsiniz: e-xidmət vasitəsilə.")


async def test_a_revoked_member_cannot_keep_writing_to_the_migrant(database_url):
    """H2: after /revoke, the member's typed answer (a step begun before) and their Telegram
    reply to the request's message still reached the migrant, as "a Public Council member"."""
    async with scene(database_url) as cast:
        await _lamiya_answers_olena(cast)
        sent_earlier = cast.lamiya.last()  # "Sent to the person (request #1)", with buttons
        await cast.lamiya.press("✍️")  # the step is waiting for her text...
        admin = chat(cast.app, cast.transport, user_id=ADMIN, language_code="en")
        await admin.say(f"/revoke {LAMIYA}")  # ...when her role goes

        before = len(cast.transport.calls)
        typed = texts(await cast.lamiya.say("Mənə birbaşa yazın: +994 50 000 00 00"))
        swiped = texts(
            await cast.lamiya.say("Mənə birbaşa yazın!", reply_to=sent_earlier.message_id)
        )
        pressed = [
            await cast.lamiya.press_data(data, sent_earlier.message_id)
            for data in ("v1:req:ans:1", "v1:req:close:1")
        ]
        assert not _sent_to(cast.transport, OLENA, before)
        assert NO_ROLE in typed[-1] and NO_ROLE in swiped[-1]
        assert all(REFUSED_AZ in " ".join(texts(calls)) for calls in pressed)
        async with db.unit_of_work(cast.services.sessions) as session:
            written = await consult_requests.messages(session, 1)
        assert [m.text for m in written] == [
            "Siz özünüz müraciət edə bilərsiniz: e-xidmət vasitəsilə."
        ]


async def test_the_role_is_checked_when_the_member_writes_not_when_the_step_began(tmp_path):
    """H2: the relay checked only that the writer's key owned the request. Here the role goes
    while the request is still hers (another worker's revocation not yet handed back)."""
    async with scene(f"sqlite:///{tmp_path / 'h2.sqlite3'}") as cast:
        await _lamiya_answers_olena(cast)
        await cast.lamiya.press("✍️")
        async with db.unit_of_work(cast.services.sessions) as session:
            await session.execute(
                delete(StaffRole).where(StaffRole.user_key == cast.services.user_key(LAMIYA))
            )
            await session.commit()
        before = len(cast.transport.calls)
        typed = texts(await cast.lamiya.say("Mənə birbaşa yazın: +994 50 000 00 00"))
        assert not _sent_to(cast.transport, OLENA, before)
        assert NO_ROLE in typed[-1]


async def test_a_request_taken_long_ago_and_never_closed_is_purged(database_url):
    """H1: the retention purge kept a request taken 1000 days ago (name, question, chat id)."""
    async with scene(database_url) as cast:
        await _ask(cast.olena, "work_permit", QUESTION)
        cast.lamiya.sync()
        await cast.lamiya.press("✋")
        await cast.lamiya.press("✍️")
        await cast.lamiya.say("Siz özünüz müraciət edə bilərsiniz: e-xidmət vasitəsilə.")
        long_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=1000)
        async with db.unit_of_work(cast.services.sessions) as session:
            await session.execute(
                update(ConsultRequestRow).values(created_at=long_ago, taken_at=long_ago)
            )
            await session.execute(update(ConsultMessage).values(at=long_ago))
            await session.commit()
        await _ask(cast.john, "visas", VISA_QUESTION)  # a fresh one stays
        [purge] = cast.app.job_queue.get_jobs_by_name("purge")
        await purge.run(cast.app)
        [kept] = await _requests(cast.services)
        assert kept.question == VISA_QUESTION
        async with db.unit_of_work(cast.services.sessions) as session:
            assert (await session.scalars(select(ConsultMessage))).all() == []
            assert (await session.scalars(select(ConsultRelayMessage))).all() != []
            left = (await session.scalars(select(ConsultRelayMessage))).all()
        assert {m.request_id for m in left} == {kept.id}


async def test_telegram_replies_are_relayed_both_ways(tmp_path):
    async with scene(f"sqlite:///{tmp_path / 's.sqlite3'}") as cast:
        await _ask(cast.john, "visas", VISA_QUESTION)
        cast.elchin.sync()
        await cast.elchin.press("✋")
        before = len(cast.transport.calls)
        # Swiping the request's message and writing, instead of pressing "Answer".
        await cast.elchin.say("Yes: apply to extend your stay before the visa ends.", True)
        assert "apply to extend" in _sent_to(cast.transport, JOHN, before)[-1]
        cast.john.sync()
        before = len(cast.transport.calls)
        await cast.john.say("Thank you! Where do I apply?", reply_to_bot=True)
        relayed = _sent_to(cast.transport, ELCHIN, before)
        assert relayed and "Where do I apply?" in relayed[-1]
        # A reply to a bot message that names no request is a question for the knowledge base.
        assert "#" not in cast.john.last().text
        asked = await cast.john.say("registration fee", reply_to_bot=True)
        assert texts(asked) and all(int(c.params.get("chat_id", 0)) == JOHN for c in asked)


def _shows_legal_help(text: str) -> bool:
    return all(phone in text for phone in LEGAL_HELP)


async def test_a_request_that_shows_danger_gets_the_legal_help_contacts_first(tmp_path):
    danger = "Хозяин забрал мой паспорт и не отдаёт, говорит что я должна ему за билет"
    async with scene(f"sqlite:///{tmp_path / 'd.sqlite3'}") as cast:
        await cast.olena.say("/consult")
        await cast.olena.press_data("v1:consult:t:work_permit")
        typed = texts(await cast.olena.say(danger))
        # The contacts come first; then the request goes on as any other: consent, then sent.
        assert _shows_legal_help(typed[0])
        assert "Olena" in typed[-1] and "Хозяин забрал мой паспорт" in typed[-1]
        sent = texts(await cast.olena.press_data("v1:consult:send"))
        assert "#1" in sent[-1]
        assert any(danger in t for t in _sent_to(cast.transport, LAMIYA))

        # An ordinary request shows no contacts.
        await cast.john.say("/consult")
        await cast.john.press_data("v1:consult:t:visas")
        ordinary = texts(await cast.john.say(VISA_QUESTION))
        assert len(ordinary) == 1 and not _shows_legal_help(ordinary[0])


async def test_a_reply_to_the_member_that_shows_danger_gets_the_contacts_and_is_relayed(tmp_path):
    async with scene(f"sqlite:///{tmp_path / 'r.sqlite3'}") as cast:
        await _ask(cast.john, "visas", VISA_QUESTION)
        cast.elchin.sync()
        await cast.elchin.press("✋")
        await cast.elchin.say("Apply to extend your stay before the visa ends.", True)
        cast.john.sync()
        before = len(cast.transport.calls)
        danger = "Too late: my landlord took my passport and does not let me leave the flat"
        seen = texts(await cast.john.say(danger, reply_to_bot=True))
        assert _shows_legal_help(seen[0]) and "Sent to the council member" in seen[-1]
        assert danger in _sent_to(cast.transport, ELCHIN, before)[-1]

        # A reply through the "Reply" button is screened the same way.
        cast.elchin.sync()
        await cast.elchin.say("Please call the numbers the bot sent you.", True)
        cast.john.sync()
        await cast.john.press("↩️")
        seen = texts(await cast.john.say("the police stopped me and want 100 manat"))
        assert _shows_legal_help(seen[0]) and "Sent to the council member" in seen[-1]
        calm = texts(await cast.john.say("Thank you, I will call them.", reply_to_bot=True))
        assert not any(_shows_legal_help(t) for t in calm)


async def test_a_proposal_starts_a_new_entry_with_the_members_texts(tmp_path):
    async with running_bot(f"sqlite:///{tmp_path / 'e.sqlite3'}") as (app, transport, services):
        await _grant(services, ADMIN, "admin", "Admin")
        async with db.unit_of_work(services.sessions) as session:
            proposal = KbProposal(language="ru", topic="visas", question=QUESTION,
                                  answer="Подайте заявление онлайн.", closest=[],
                                  proposed_by="x")  # fmt: skip
            session.add(proposal)
            await session.commit()
        admin = chat(app, transport, user_id=ADMIN, language_code="en")
        picker = await admin.press_data(f"v1:adm:pn:{proposal.id}")
        assert "category" in texts(picker)[-1]
        await admin.press_data("v1:adm:nc:registration")
        await admin.say("İşəgötürən icazəni uzatmır, nə etməli?")
        suggested = await admin.say("<b>Cavab</b> mətni.")
        assert "Suggested" in texts(suggested)[-1] and QUESTION in texts(suggested)[-1]
        await admin.press("Use the suggestion")  # the Russian question
        await admin.press("Use the suggestion")  # the member's answer, as the Russian answer
        await admin.say("My employer does not extend my work permit, what to do?")
        done = await admin.say("Answer text.")
        assert "Draft" in texts(done)[-1]
        async with db.unit_of_work(services.sessions) as session:
            decided = await session.get(KbProposal, proposal.id)
            entry_id = texts(done)[-1].split()[1]
            entry = await kb_admin.get(session, entry_id)
        assert decided.status == "accepted"
        assert entry.translations["ru"].question == QUESTION
        assert entry.translations["ru"].answer == "Подайте заявление онлайн."
        assert not entry.published  # a draft until an admin completes and publishes it


async def test_a_request_number_is_not_reused_after_forget(database_url):
    """H3: on SQLite the number of a forgotten request came back, and the member's reply to
    the first migrant's old message reached the second one."""
    async with scene(database_url) as cast:
        await _ask(cast.olena, "work_permit", QUESTION)
        cast.lamiya.sync()
        await cast.lamiya.press("✋")
        await cast.lamiya.press("✍️")
        await cast.lamiya.say("Siz özünüz müraciət edə bilərsiniz: e-xidmət vasitəsilə.")
        cast.olena.sync()
        await cast.olena.press("↩️")
        await cast.olena.say("Я живу на улице Низами 5, квартира 12. Что писать в заявлении?")
        cast.lamiya.sync()
        olenas_reply = cast.lamiya.last()
        assert "Olena" in olenas_reply.text and "#1" in olenas_reply.text
        await cast.olena.say("/forget")
        await cast.olena.press_data("v1:con:forget:yes")

        sent = texts(await _ask(cast.john, "work_permit", "My employer keeps my work permit."))
        assert "#2" in sent[-1] and "#1" not in sent[-1]
        cast.lamiya.sync()
        await cast.lamiya.press("✋")
        before = len(cast.transport.calls)
        seen = texts(
            await cast.lamiya.say(
                "Nizami 5, mənzil 12 ünvanı üçün ərizəyə bunu yazın.",
                reply_to=olenas_reply.message_id,
            )
        )
        assert not any("Nizami" in t for t in _sent_to(cast.transport, JOHN, before))
        assert not any("Şəxsə göndərildi" in t for t in seen)  # "Sent to the person"
        async with db.unit_of_work(cast.services.sessions) as session:
            assert await consult_requests.messages(session, 2) == []


async def test_a_reply_reaches_the_request_of_the_message_replied_to_whatever_it_says(
    database_url,
):
    """M8: a migrant named "request #1" replied in request #2; the member's swipe-reply to it
    went to request #1's migrant, because the route was read from the message's text."""
    spoofer_id = 7003
    async with scene(database_url) as cast:
        await _ask(cast.john, "visas", VISA_QUESTION)
        cast.elchin.sync()
        await cast.elchin.press("✋")
        spoofer = chat(
            cast.app, cast.transport, user_id=spoofer_id, first_name="request #1",
            language_code="en",
        )  # fmt: skip
        await _ask(spoofer, "visas", "My residence card was stolen, what should I do now?")
        cast.elchin.sync()
        await cast.elchin.press("✋")
        await cast.elchin.press("✍️")
        await cast.elchin.say("Report it to the police first.")
        spoofer.sync()
        await spoofer.press("↩️")
        await spoofer.say("I did. What next?")
        cast.elchin.sync()
        replied = cast.elchin.last()
        assert "request #1" in replied.text and "(request #2)" in replied.text
        before = len(cast.transport.calls)
        seen = await cast.elchin.say(
            "Then apply for a duplicate at the service centre.", reply_to=replied.message_id
        )
        assert not any("duplicate" in t for t in _sent_to(cast.transport, JOHN, before))
        assert any("duplicate" in t for t in _sent_to(cast.transport, spoofer_id, before))
        assert "Sent to the person (request #2)" in texts(seen)[-1]


async def test_request_and_proposal_numbers_are_not_reused_after_the_newest_go(database_url):
    """H3: deleting the newest rows (the purge, /forget) must not hand their numbers out again:
    old messages and an admin's old buttons name them."""
    async with running_bot(database_url) as (_app, _transport, services):
        old = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)

        async def new_request(key: str) -> int:
            async with db.unit_of_work(services.sessions) as session:
                made = await consult_requests.create(
                    session, migrant_key=key, chat_id=1, name="A", account=None,
                    language="en", topic="visas", question=VISA_QUESTION,
                    directory=services.tables.directory, now=old,
                )  # fmt: skip
                proposal = KbProposal(language="en", topic="visas", question="q", answer="a",
                                      closest=[], proposed_by="x", status="dismissed",
                                      created_at=old)  # fmt: skip
                session.add(proposal)
                await session.flush()
                await consult_requests.withdraw(session, made.id, key, old)
                await session.commit()
                return made.id, proposal.id

        first = await new_request("m1")
        async with db.unit_of_work(services.sessions) as session:
            counts = await users.purge(session, dt.datetime.now(dt.UTC))
            await session.commit()
        assert counts["consultation requests"] == 1 and counts["decided KB proposals"] == 1
        second = await new_request("m2")
        assert second[0] > first[0] and second[1] > first[1]


async def test_one_migrant_cannot_flood_the_council_with_requests(tmp_path):
    async with scene(f"sqlite:///{tmp_path / 'flood.sqlite3'}") as cast:
        for n in range(consult_requests.MAX_ACTIVE_PER_MIGRANT):
            await _ask(cast.john, "visas", f"{VISA_QUESTION} (number {n})")
        before = len(cast.transport.calls)
        refused = await cast.john.say("/consult")
        notices = _sent_to(cast.transport, ELCHIN, before)
        rows = await _requests(cast.services)
        await cast.olena.say("/consult")  # another migrant is not limited by John
        olena_can = texts(await cast.olena.press_data("v1:consult:t:visas"))
    assert "already have 3 requests" in texts(refused)[0] and "/myrequests" in texts(refused)[0]
    assert notices == []
    assert len(rows) == consult_requests.MAX_ACTIVE_PER_MIGRANT
    assert olena_can and "уже" not in olena_can[0]


async def test_with_two_workers_each_job_runs_once(database_url):
    async with scene(database_url) as cast, running_bot(database_url) as (second, transport, _):
        await _ask(cast.olena, "visas", QUESTION)
        async with db.unit_of_work(cast.services.sessions) as session:
            await session.execute(
                update(ConsultRequestRow).values(
                    announced_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
                )
            )
            await session.commit()
        before = len(cast.transport.calls)
        for name in ("consult-digest", "consult-reannounce"):
            for app in (cast.app, second):
                [job] = app.job_queue.get_jobs_by_name(name)
                await job.run(app)
        to_elchin = _sent_to(cast.transport, ELCHIN, before) + _sent_to(transport, ELCHIN)
    assert sum("1 request waits" in text for text in to_elchin) == 1
    assert sum("Still waiting" in text for text in to_elchin) == 1


async def test_forget_removes_the_migrants_question_from_proposals_too(tmp_path):
    async with scene(f"sqlite:///{tmp_path / 'p.sqlite3'}") as cast:
        await _lamiya_answers_olena(cast)
        cast.lamiya.sync()
        await cast.lamiya.press("✅")
        await cast.lamiya.press_data("v1:req:c:UA")
        await cast.lamiya.press_data("v1:req:tn")
        await cast.lamiya.press_data("v1:req:o:advice_given")
        await cast.lamiya.press_data("v1:req:u:1")  # useful: proposed for the KB
        async with db.unit_of_work(cast.services.sessions) as session:
            proposed = list(await session.scalars(select(KbProposal.question)))
        await cast.olena.say("/forget")
        await cast.olena.press_data("v1:con:forget:yes")
        async with db.unit_of_work(cast.services.sessions) as session:
            left = list(await session.scalars(select(KbProposal.question)))
    assert proposed == [QUESTION]
    assert left == []


async def test_a_question_with_a_phone_or_document_number_is_refused_and_given_back(tmp_path):
    async with scene(f"sqlite:///{tmp_path / 'pd.sqlite3'}") as cast:
        await cast.olena.say("/consult")
        await cast.olena.press_data("v1:consult:t:visas")
        typed = "Моя виза кончается, мой номер +994501234567, что делать?"
        refused = texts(await cast.olena.say(typed))[-1]
        # Russian: refused, told to leave the number out, and the text comes back to edit.
        assert "без таких номеров" in refused and "Ничего не отправлено" in refused
        assert f"<code>{typed}</code>" in refused
        assert await _requests(cast.services) == []
        # The step still waits: the edited text goes on to the consent screen.
        consent = texts(await cast.olena.say("Моя виза кончается через неделю, что делать?"))
        assert "Моя виза кончается через неделю" in consent[-1] and "+994" not in consent[-1]
        await cast.olena.press_data("v1:consult:send")
        [request] = await _requests(cast.services)
        assert "+994" not in request.question

        # English, a passport number and an e-mail too.
        await cast.john.say("/consult")
        await cast.john.press_data("v1:consult:t:visas")
        for typed in ("My passport FA 1234567 was taken", "Write to me at john@example.org"):
            refused = texts(await cast.john.say(typed))[-1]
            assert "without such numbers" in refused and "Nothing was sent" in refused


async def test_a_member_relaying_in_another_language_keeps_their_own(tmp_path):
    """Lamiyə uses the bot in Azerbaijani and answers a Russian speaker in Russian, by a
    Telegram reply: her own screens stay in Azerbaijani and so does the language the bot
    keeps for her (the next notice of a request)."""
    async with scene(f"sqlite:///{tmp_path / 's.sqlite3'}") as cast:
        await _ask(cast.olena, "work_permit", QUESTION)
        cast.lamiya.sync()
        await cast.lamiya.press("✋")
        before = len(cast.transport.calls)
        await cast.lamiya.say("Обратитесь в миграционную службу с договором.", True)
        to_lamiya = _sent_to(cast.transport, LAMIYA, before)
        assert "Обратитесь" in _sent_to(cast.transport, OLENA, before)[-1]
        assert to_lamiya and "Şəxsə göndərildi" in to_lamiya[-1]
        before = len(cast.transport.calls)
        await _ask(cast.john, "work_permit", VISA_QUESTION)
        notice = _sent_to(cast.transport, LAMIYA, before)
        assert notice and "İş icazəsi" in notice[-1]
