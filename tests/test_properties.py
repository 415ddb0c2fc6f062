"""Arbitrary Unicode never breaks the text-handling code or the message handler."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from handlers.kit.callbacks import decode, encode
from knowledge.answering.langdetect import detect
from knowledge.answering.normalize import normalize, tokens
from knowledge.reference.deadlines import parse_date

from .bot_harness import chat, running_bot, texts

TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=300)
TODAY = dt.date(2026, 11, 22)


@given(TEXT)
def test_normalization_is_idempotent_and_never_raises(text):
    once = normalize(text)
    assert normalize(once) == once
    assert all(token and " " not in token for token in tokens(text))


@given(TEXT)
def test_language_detection_answers_one_of_ours_or_none(text):
    result = detect(text)
    assert result.lang in (None, "az", "ru", "en") and 0.0 <= result.confidence <= 1.0


@given(TEXT)
def test_date_parsing_returns_a_date_or_a_reason(text):
    parsed = parse_date(text, TODAY)
    assert (parsed.date is not None) or (parsed.problem is not None)
    if parsed.problem is None:
        assert parsed.date <= TODAY


@given(st.dates(min_value=dt.date(2025, 11, 23), max_value=TODAY))
def test_every_recent_date_typed_as_digits_is_read_back(day):
    assert parse_date(day.strftime("%d.%m.%Y"), TODAY).date == day
    assert parse_date(day.isoformat(), TODAY).date == day


@given(st.one_of(TEXT, st.binary(max_size=80).map(lambda b: b.decode("latin-1"))))
def test_callback_data_parsing_never_raises(data):
    parts = decode(data)
    assert parts is None or encode(*parts) == data


@given(st.lists(st.from_regex(r"[a-z0-9_.\-]{1,8}", fullmatch=True), min_size=1, max_size=4))
def test_callback_data_round_trips(parts):
    data = encode("faq", *parts) if len(":".join(parts)) < 50 else None
    if data is not None:
        assert decode(data) == ("faq", *parts)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(messages=st.lists(TEXT, min_size=1, max_size=3))
async def test_the_whole_message_handler_survives_any_text(tmp_path_factory, messages):
    url = f"sqlite:///{tmp_path_factory.mktemp('prop') / 'p.sqlite3'}"
    async with running_bot(url) as (app, transport, _):
        user = chat(app, transport, language_code="en")
        for message in messages:
            if not message.strip():
                continue
            calls = await user.say(message)
            shown = texts(calls)
            assert shown, f"no reply to {message!r}"
            assert not any("went wrong" in t for t in shown), message
