"""Council members and admins in the bot, through the recording transport."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from knowledge.council import consultations
from knowledge.people import roles
from knowledge.storage import db
from knowledge.storage.models import ConsultationRow

from .bot_harness import chat, labels, running_bot, texts

MEMBER, ADMIN, STRANGER = 501, 502, 503
REFUSED = {
    "az": "İctimai Şuranın üzvləri üçündür",
    "ru": "для членов Общественного совета",
    "en": "for members of the Public Council",
}
SAVED = {"az": "yadda saxlanıldı", "ru": "Сохранено", "en": "Saved as"}
REVIEW = {"az": "Ölkə: Ukrayna", "ru": "Страна: Украина", "en": "Country: Ukraine"}


@pytest.fixture
def url(tmp_path):
    return f"sqlite:///{tmp_path / 'council.sqlite3'}"


async def grant(services, user_id, role, name=""):
    async with db.unit_of_work(services.sessions) as session:
        await roles.grant(session, services.user_key(user_id), role, name)
        await session.commit()


async def stored(services) -> list[tuple]:
    async with db.unit_of_work(services.sessions) as session:
        rows = (await session.scalars(select(ConsultationRow))).all()
        return [
            (
                r.country,
                tuple(r.topics),
                r.channel,
                r.outcome,
                r.consulted_on.isoformat(),
                r.language,
                r.note,
                r.withdrawn,
            )
            for r in rows
        ]


async def log_until_note(member):
    await member.say("/log")
    await member.say("ukray")  # typed search, in any language
    await member.press_data("v1:log:c:UA")
    await member.press_data("v1:log:t:work_permit")
    await member.press_data("v1:log:t:asylum")
    await member.press_data("v1:log:tn")
    await member.press_data("v1:log:ch:phone")
    await member.press_data("v1:log:o:resolved")
    await member.say("03.11.2026")
    await member.press_data("v1:log:l:ru")


@pytest.mark.parametrize("lang", ["az", "ru", "en"])
async def test_a_member_logs_a_consultation_by_buttons(url, lang):
    async with running_bot(url) as (app, transport, services):
        await grant(services, MEMBER, "council", "Lamiyə")
        member = chat(app, transport, user_id=MEMBER, language_code=lang)
        first = await member.say("/log")
        assert "🇺🇦" not in texts(first)[0] and len(labels(first)) >= 12
        found = await member.say("ukray")
        assert any(b.startswith(("Ukr", "Укр")) for b in labels(found))
        await log_until_note(member)
        await member.say("qeyd: işəgötürən müqaviləni pozub")
        review = transport.sent("sendMessage")[-1].params["text"]
        saved = await member.press_data("v1:log:ok")
        rows = await stored(services)
    assert REVIEW[lang] in review
    assert SAVED[lang] in texts(saved)[0]
    assert rows == [
        (
            "UA",
            ("work_permit", "asylum"),
            "phone",
            "resolved",
            "2026-11-03",
            "ru",
            "qeyd: işəgötürən müqaviləni pozub",
            False,
        )
    ]


@pytest.mark.parametrize("lang", ["az", "ru", "en"])
async def test_non_members_cannot_log_or_report(url, lang):
    async with running_bot(url) as (app, transport, services):
        stranger = chat(app, transport, user_id=STRANGER, language_code=lang)
        refused = [texts(await stranger.say(c))[0] for c in ("/log", "/report", "/mylog")]
        forged = await stranger.press_data("v1:log:ok")
        rows = await stored(services)
    assert all(REFUSED[lang] in text for text in refused)
    assert rows == [] and texts(forged)


async def test_an_invalid_or_future_date_is_refused_and_cancel_saves_nothing(url):
    async with running_bot(url) as (app, transport, services):
        await grant(services, MEMBER, "council")
        member = chat(app, transport, user_id=MEMBER, language_code="ru")
        await member.say("/log")
        await member.press_data("v1:log:c:GE")
        await member.press_data("v1:log:t:registration")
        await member.press_data("v1:log:tn")
        await member.press_data("v1:log:ch:in_person")
        await member.press_data("v1:log:o:pending")
        bad = await member.say("32.13.2026")
        future = await member.say("01.01.2027")
        cancelled = await member.press_data("v1:log:x")
        stale = await member.press_data("v1:log:l:ru")
        rows = await stored(services)
    assert "Не получилось прочитать дату" in texts(bad)[0]
    assert "ещё не наступила" in texts(future)[0]
    assert "Ничего не сохранено" in texts(cancelled)[0]
    assert "устарела" in texts(stale)[0]
    assert rows == []


async def test_a_note_with_a_phone_number_is_refused(url):
    async with running_bot(url) as (app, transport, services):
        await grant(services, MEMBER, "council")
        member = chat(app, transport, user_id=MEMBER, language_code="en")
        await log_until_note(member)
        refused = await member.say("his phone is 050 123 45 67")
        await member.press_data("v1:log:n")
        await member.press_data("v1:log:ok")
        rows = await stored(services)
    assert "personal data" in texts(refused)[0]
    assert rows[0][6] == ""


async def test_a_member_withdraws_and_corrects_own_entries(url):
    async with running_bot(url) as (app, transport, services):
        await grant(services, MEMBER, "council")
        member = chat(app, transport, user_id=MEMBER, language_code="en")
        for _ in range(2):
            await log_until_note(member)
            await member.press_data("v1:log:n")
            await member.press_data("v1:log:ok")
        listing = await member.say("/mylog")
        assert "#1" in texts(listing)[0] and "#2" in texts(listing)[0]
        await member.press_data("v1:mylog:w:1")
        done = await member.press_data("v1:mylog:wy:1")
        await member.press_data("v1:mylog:e:2")
        await member.press_data("v1:log:c:TR")
        for data in (
            "v1:log:tn",
            "v1:log:ch:online",
            "v1:log:o:referred_service",
            "v1:log:d:today",
            "v1:log:l:tr",
            "v1:log:n",
        ):
            await member.press_data(data)
        corrected = await member.press_data("v1:log:ok")
        other = chat(app, transport, user_id=ADMIN, language_code="en")
        await grant(services, ADMIN, "council")
        not_theirs = await other.press_data("v1:mylog:wy:2")
        rows = await stored(services)
        async with db.unit_of_work(services.sessions) as session:
            trail = [a.action for a in await consultations.audit_trail(session, 2)]
    assert "Withdrawn #1" in texts(done)[0]
    assert "Corrected #2" in texts(corrected)[0]
    assert "Only the member who logged" in texts(not_theirs)[0]
    assert rows[0][-1] is True and rows[1][0] == "TR" and rows[1][3] == "referred_service"
    assert trail == ["create", "correct"]


async def test_the_report_comes_as_text_workbook_and_chart(url):
    async with running_bot(url) as (app, transport, services):
        await grant(services, MEMBER, "council", "Lamiyə")
        member = chat(app, transport, user_id=MEMBER, language_code="ru")
        await log_until_note(member)
        await member.press_data("v1:log:n")
        await member.press_data("v1:log:ok")
        calls = await member.say("/report 2026")
        usage = await member.say("/report last year")
    report_text = texts(calls)[0]
    assert "Украина: 1" in report_text and "Lamiyə: 1" in report_text
    documents = [c for c in calls if c.method == "sendDocument"]
    photos = [c for c in calls if c.method == "sendPhoto"]
    assert len(documents) == 1 and len(photos) == 1
    book = load_workbook(io.BytesIO(documents[0].params["document"]))
    assert book.worksheets[1]["A2"].value == "Украина" and book.worksheets[1]["B2"].value == 1
    assert photos[0].params["photo"][:8] == b"\x89PNG\r\n\x1a\n"
    assert "Использование" in texts(usage)[0]


async def test_admins_grant_roles_in_the_bot_and_others_cannot(url):
    async with running_bot(url) as (app, transport, services):
        await grant(services, ADMIN, "admin")
        admin = chat(app, transport, user_id=ADMIN, language_code="en")
        stranger = chat(app, transport, user_id=STRANGER, language_code="az")
        whoami = await stranger.say("/whoami")
        refused = await stranger.say(f"/grant {STRANGER} admin")
        granted = await admin.say(f"/grant {STRANGER} council Aysel")
        now_member = await stranger.say("/whoami")
        usage = await admin.say("/grant someone")
    assert str(STRANGER) in texts(whoami)[0] and "yoxdur" in texts(whoami)[0]
    assert "adminlər üçündür" in texts(refused)[0]
    assert "Done" in texts(granted)[0]
    assert "İctimai Şuranın üzvü" in texts(now_member)[0]
    assert "Usage" in texts(usage)[0]


async def test_a_consultation_dated_in_the_distant_past_is_refused(url):
    async with running_bot(url) as (app, transport, services):
        await grant(services, MEMBER, "council")
        member = chat(app, transport, user_id=MEMBER, language_code="en")
        await member.say("/log")
        for step in ("c:UA", "t:work_permit", "tn", "ch:phone", "o:resolved"):
            await member.press_data(f"v1:log:{step}")
        ancient = await member.say("01.01.1900")
        typo = await member.say("0001-01-01")
        fine = await member.say("03.11.2016")  # an old paper record is still welcome
    assert "logged from January 1, 2000" in texts(ancient)[0]
    assert "logged from" in texts(typo)[0]
    assert "Language of the consultation" in texts(fine)[0]


async def test_a_member_with_the_longest_telegram_name_can_work(database_url):
    async with running_bot(database_url) as (app, transport, services):
        await grant(services, MEMBER, "council")  # granted without a name: Telegram's is kept
        longest = "Ə" * 64 + " " + "L" * 64  # first and last name at Telegram's limits
        member = chat(app, transport, user_id=MEMBER, language_code="en", first_name=longest)
        whoami = await member.say("/whoami")
        logged = await member.say("/log")
    assert "Role" in texts(whoami)[0]
    assert "Citizenship of the person" in texts(logged)[0]
