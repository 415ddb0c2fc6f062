"""Rendering rules that hold for every message the bot sends."""

from __future__ import annotations

import re

from bot.ptb.transport import check_html
from handlers.kit.callbacks import decode, encode
from handlers.kit.views import split_html


def test_long_messages_are_split_under_the_limit_without_breaking_tags():
    paragraph = "<b>Registration</b> is free &amp; quick. " * 20
    text = "\n".join([paragraph] * 30)
    parts = split_html(text)
    assert len(parts) > 1
    for part in parts:
        errors, length = check_html(part)
        assert not errors and length <= 4096
    assert "\n".join(parts) == text


def test_callback_data_is_versioned_and_refuses_what_does_not_fit():
    assert encode("faq", "council.working_groups") == "v1:faq:council.working_groups"
    assert decode("v1:faq:reg.fee") == ("faq", "reg.fee")
    for forged in ("v0:faq:reg.fee", "faq:reg.fee", "v1:admin:drop", "v1:faq:<b>", "", None):
        assert decode(forged) is None
    try:
        encode("faq", "x" * 70)
    except ValueError:
        pass
    else:
        raise AssertionError("over-long callback data was accepted")


def test_the_api_spec_check_catches_wrong_calls():
    from .bot_harness import API_SPEC

    assert API_SPEC.problem("sendMessage", {"chat_id": 1, "text": "hi"}) is None
    assert "missing required ['chat_id']" in API_SPEC.problem("sendMessage", {"text": "hi"})
    assert "unknown parameter" in API_SPEC.problem(
        "sendMessage", {"chat_id": 1, "text": "x", "colour": "red"}
    )
    assert "unknown method" in API_SPEC.problem("sendMesage", {})


def test_a_long_line_is_cut_in_order_and_never_inside_an_entity():
    heading = "💬 A Public Council member answers (request #1):"
    body = "&quot;" * 2000 + " " + "&amp;" * 1500
    parts = split_html(f"{heading}\n{body}")
    assert parts[0] == heading  # the heading comes first, not after fragments of the body
    assert "".join(parts[1:]) == body
    for part in parts:
        assert len(part) <= 4000
        assert re.fullmatch(r"(?:&\w+;| )*", part) or part == heading
