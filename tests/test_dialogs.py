"""Dialogs never trap a message: /cancel, other commands and new questions leave them."""

from __future__ import annotations

import time

import pytest

from handlers.kit import flows
from handlers.kit.flows import TIMEOUT_SECONDS
from knowledge.council import consultations
from knowledge.people import roles
from knowledge.storage import db

from .bot_harness import buttons, chat, labels, running_bot, texts

USER, MEMBER, ADMIN = 701, 702, 703


@pytest.fixture
def url(tmp_path):
    return f"sqlite:///{tmp_path / 'dialogs.sqlite3'}"


async def grant(services, user_id: int, role: str) -> None:
    async with db.unit_of_work(services.sessions) as session:
        await roles.grant(session, services.user_key(user_id), role, "Staff")
        await session.commit()


async def test_a_command_in_the_middle_of_deadline_does_what_it_says(url):
    async with running_bot(url) as (app, transport, _):
        user = chat(app, transport, user_id=USER, language_code="en")
        asked = await user.say("/deadline")
        menu = await user.say("/menu")
        date_after_menu = await user.say("03.11.2026")
    assert "When did you arrive" in texts(asked)[0]
    assert "could not read" not in " ".join(texts(menu))
    assert "🏠 Registration at place of stay" in labels(menu)
    # The dialog was left: a date typed later is not taken as the arrival day.
    assert "Which passport" not in " ".join(texts(date_after_menu))


@pytest.mark.parametrize("question", ["how much does a work permit cost?", "work permit price"])
async def test_a_question_typed_in_the_middle_of_deadline_is_answered(url, question):
    async with running_bot(url) as (app, transport, _):
        user = chat(app, transport, user_id=USER, language_code="en")
        await user.say("/deadline")
        answer = await user.say(question)
        typo = await user.say("/deadline")
        impossible = await user.say("31.02.2026")
    reply = " ".join(texts(answer))
    assert "could not read" not in reply and "350 AZN" in reply
    # A mistyped date still gets the date's problem, inside the dialog.
    assert "When did you arrive" in texts(typo)[0]
    assert "does not exist" in texts(impossible)[0]


async def test_cancel_ends_a_dialog_and_says_nothing_was_saved(url):
    async with running_bot(url) as (app, transport, services):
        await grant(services, MEMBER, "council")
        member = chat(app, transport, user_id=MEMBER, language_code="en")
        await member.say("/log")
        await member.press_data("v1:log:c:UA")
        await member.press_data("v1:log:t:work_permit")
        cancelled = await member.say("/cancel")
        again = await member.say("/cancel")
        mylog = await member.say("/mylog")
        async with db.unit_of_work(services.sessions) as session:
            stored = await consultations.recent_for(session, services.user_key(MEMBER))
    assert texts(cancelled) == ["Cancelled. Nothing was saved."]
    assert texts(again) == ["There is nothing to cancel."]
    assert "not logged any consultations" in texts(mylog)[0]
    assert stored == []


async def test_the_cancel_button_of_deadline_ends_it(url):
    async with running_bot(url) as (app, transport, _):
        user = chat(app, transport, user_id=USER, language_code="ru")
        await user.say("/deadline")
        cancelled = await user.press_data("v1:flow:cancel")
        after = await user.say("03.11.2026")
    assert "Ничего не сохранено" in " ".join(texts(cancelled))
    assert "паспорт" not in " ".join(texts(after)).lower()


async def test_a_dialog_left_alone_for_an_hour_ends(url, monkeypatch):
    async with running_bot(url) as (app, transport, _):
        user = chat(app, transport, user_id=USER, language_code="en")
        await user.say("/deadline")
        later = time.time() + TIMEOUT_SECONDS + 1
        monkeypatch.setattr(flows, "_clock", lambda: later)
        late = await user.say("03.11.2026")
    assert "Which passport" not in " ".join(texts(late))


async def test_a_refused_new_entry_keeps_every_text_typed(url):
    typed = [
        "Tranzit viza?",
        "Səfirlikdən soruşun.",
        "Транзитная виза?",
        "<b>Спросите в посольстве.",  # unbalanced HTML: refused
        "Transit visa?",
        "Ask the embassy.",
    ]
    async with running_bot(url) as (app, transport, services):
        await grant(services, ADMIN, "admin")
        admin = chat(app, transport, user_id=ADMIN, language_code="en")
        await admin.say("/faq_new")
        await admin.press_data("v1:adm:nc:visas")
        for text in typed:
            refused = await admin.say(text)
        choose = labels(refused)
        retyped = await admin.press_data("v1:adm:nr:3")
        created = await admin.say("<b>Спросите</b> в посольстве.")
        shown = await admin.say("/faq_show visa.transit_visa")
    assert "Not saved" in " ".join(texts(refused))
    assert "✏️ Answer in ru" in choose
    assert "&lt;b&gt;Спросите в посольстве." in " ".join(texts(retyped))
    assert "Draft visa.transit_visa created" in " ".join(texts(created))
    card = " ".join(texts(shown))
    assert "Tranzit viza?" in card and "Transit visa?" in card and "Ask the embassy." in card


@pytest.mark.parametrize(
    ("lang", "march", "november"),
    [
        ("en", "March 11", "November 3"),
        ("ru", "11 марта", "3 ноября"),
        ("az", "11 mart", "3 noyabr"),
    ],
)
async def test_an_american_date_is_asked_about_and_can_be_changed(url, lang, march, november):
    async with running_bot(url) as (app, transport, _):
        user = chat(app, transport, user_id=USER, language_code=lang)
        await user.say("/deadline")
        asked = await user.say("11/3")
        chosen = await user.press_data("v1:dl:d:1")
        result = await user.press_data("v1:dl:other")
        change = await user.press_data("v1:dl")
        dotted = await user.say("11.03.2026")
    assert march in " ".join(labels(asked)) and november in " ".join(labels(asked))
    assert november in texts(chosen)[0]
    assert "v1:dl" in [b.get("callback_data") for b in buttons(result)]
    assert texts(change) and march in texts(dotted)[0]  # a dotted date is day first


async def test_an_edited_message_is_not_taken_for_a_new_question(url):
    async with running_bot(url) as (app, transport, _):
        user = chat(app, transport, user_id=USER, language_code="ru")
        await user.say("сколько стоит регистрация")
        edited = await user.edit(1, "сколько стоит разрешение на работу")
    assert len(texts(edited)) == 1 and "новым сообщением" in texts(edited)[0]
