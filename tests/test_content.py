"""The shipped knowledge base: complete, sourced, and in agreement with its tables."""

from __future__ import annotations

import re

import pytest

from knowledge.answering.langdetect import LANGS
from knowledge.kb.validation import check_html, money_amounts
from knowledge.reference.fees import FEE_PLACEHOLDER

from .conftest import FIXTURES

CAVEAT = {
    "az": ("yoxla", "dəqiqləşdir", "təsdiq"),
    "ru": ("уточн", "провер", "не подтвержд"),
    "en": ("check", "confirm", "not confirmed"),
}


def coverage_topics() -> list[str]:
    path = FIXTURES / "COVERAGE.md"  # the team's list of topics the KB must answer
    return re.findall(r"^- `([a-z]+\.[a-z0-9_]+)`", path.read_text("utf-8"), re.MULTILINE)


def test_every_coverage_topic_has_an_entry_in_all_three_languages(bundled):
    entries = {e.id: e for e in bundled[0]}
    topics = coverage_topics()
    assert len(topics) >= 40
    missing = [t for t in topics if t not in entries]
    assert not missing, f"topics without an entry: {missing}"
    for topic in topics:
        for lang in LANGS:
            translation = entries[topic].translations.get(lang)
            assert translation and translation.answer and translation.question, (topic, lang)
            assert len(translation.alternates) >= 6, (topic, lang)


def test_every_entry_names_its_source_its_date_and_when_its_text_was_reviewed(bundled):
    for entry in bundled[0]:
        assert entry.source.title and entry.source.url.startswith("https://"), entry.id
        assert entry.source_date, entry.id  # a year, a month, a day, or "undated"
        assert entry.reviewed_on is not None, entry.id
        assert entry.links, entry.id


def test_answers_quote_fees_only_from_the_fee_table(bundled):
    entries, tables = bundled
    for entry in entries:
        for lang, tr in entry.translations.items():
            for fee_id in FEE_PLACEHOLDER.findall(tr.answer):
                assert fee_id in tables.fees, (entry.id, lang, fee_id)
            typed = set(money_amounts(tr.answer))
            assert typed <= set(entry.amounts), (entry.id, lang, typed - set(entry.amounts))


def test_rendered_fee_answers_show_the_table_amounts(kb):
    """The work-permit answer shows every general fee of the table in each language."""
    fees = kb.tables.fees
    rows = [fees[f"wp.{speed}d.{months}m"] for speed in (10, 15, 20) for months in (3, 6, 12)]
    for lang in LANGS:
        text = re.sub(r"[\s.,\u00a0\u202f]", "", kb.render_answer(kb.entries["wp.fees"], lang))
        for row in rows:
            assert str(int(row.amount)) in text, (lang, row.id)


def test_unconfirmed_fees_are_quoted_with_a_caveat(bundled):
    entries, tables = bundled
    unconfirmed = {row.id for row in tables.fees if not row.confirmed}
    quoting = 0
    for entry in entries:
        for lang, tr in entry.translations.items():
            if unconfirmed & set(FEE_PLACEHOLDER.findall(tr.answer)):
                quoting += 1
                lowered = tr.answer.lower()
                assert any(word in lowered for word in CAVEAT[lang]), (entry.id, lang)
    assert quoting, "the PRP fee entry quotes unconfirmed rows and must be checked"


@pytest.mark.parametrize("lang", LANGS)
def test_answers_are_short_valid_telegram_html(bundled, lang):
    entries, tables = bundled
    for entry in entries:
        errors, visible = check_html(entry.translations[lang].answer)
        assert not errors, (entry.id, errors)
        assert len(tables.fees.render(visible, lang)) <= 1200, entry.id


def test_contacts_hold_the_public_council_and_its_twelve_working_groups(bundled):
    directory = bundled[1].directory
    council = directory.by_id("public_council")
    assert council is not None and "+994 55 603 30 72" in council.phones
    assert len(directory.working_groups) == 12
    assert all(group.leads for group in directory.working_groups)
    assert directory.by_id("call_centre").phones[0] == "(012) 919"


def test_every_eservice_has_names_in_three_languages_and_an_official_url(bundled):
    services = bundled[1].eservices
    assert {"payment_search", "application_tracking", "travel_ban"} <= {s.id for s in services}
    for service in services:
        assert set(LANGS) <= set(service.name), service.id
        assert service.url is None or service.url.startswith("https://eservice.migration.gov.az")


def test_every_near_miss_subject_replies_with_an_out_of_scope_topic_that_exists(kb, bundled):
    _, tables = bundled
    assert kb.index.tagger.outside, "no near-miss subject is declared in concepts.yaml"
    assert set(kb.index.tagger.outside.values()) <= set(tables.out_of_scope)
