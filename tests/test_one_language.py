"""One language per message: every published entry, rendered in each language through the
view the bot sends, carries no text in another language's script and no English source
title or legal basis under an Azerbaijani or Russian answer."""

from __future__ import annotations

import html
import re

import pytest

from handlers.answering.menu import render_entry
from handlers.kit.i18n import translator
from handlers.kit.views import html_to_text

CYRILLIC = re.compile(r"[\u0400-\u04FF]")
# Words that only an English sentence has; URLs, e-mails and quoted service names are removed
# before looking (an Azerbaijani service name inside a Russian answer is its official name).
ENGLISH_WORDS = re.compile(r"\b(?:the|and|of|from|source|checked|reviewed|with|for)\b", re.I)
_URLS = re.compile(
    r"https?://\S+|[\w.+-]+@[\w-]+(?:\.[\w.-]+)+|\b[\w-]+(?:\.[\w-]+)*\.(?:az|com|org)\S*"
)


def _visible(view) -> str:
    labels = " ".join(button.label for row in view.buttons for button in row)
    return f"{html_to_text(view.html)}\n{labels}"


def _published(kb):
    return [entry for entry in kb.entries.values() if entry.live]


@pytest.mark.parametrize("lang", ["az", "ru", "en"])
def test_every_published_entry_speaks_one_language(kb, lang):
    tr = translator(lang)
    problems = []
    for entry in _published(kb):
        view = render_entry(tr, kb, entry.id)
        assert view is not None, entry.id
        text = _visible(view)
        if lang in ("az", "en") and CYRILLIC.search(text):
            problems.append(f"{entry.id}: Cyrillic in {lang}: {CYRILLIC.search(text).group()!r}")
        if lang in ("az", "ru"):
            english_title = entry.source.title_for("en")
            if english_title != entry.source.title_for(lang) and english_title in view.html:
                problems.append(f"{entry.id}: English source title under the {lang} answer")
            if entry.legal_basis is not None and entry.legal_basis.get("en") in view.html:
                problems.append(f"{entry.id}: English legal basis under the {lang} answer")
            plain = _URLS.sub(" ", re.sub(r"[«\"“][^»\"”]*[»\"”]", " ", text))
            if found := ENGLISH_WORDS.search(plain):
                problems.append(f"{entry.id}: English word {found.group()!r} in {lang}")
        if lang == "ru" and not CYRILLIC.search(view.html):
            problems.append(f"{entry.id}: no Russian text at all")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", ["az", "ru", "en"])
def test_the_source_line_is_in_the_readers_language_and_links_to_their_page(kb, lang):
    tr = translator(lang)
    for entry in _published(kb):
        view = render_entry(tr, kb, entry.id)
        shown = html.unescape(view.html)
        assert entry.source.title_for(lang) in shown, entry.id
        assert entry.source.url_for(lang) in shown, entry.id
        assert " · checked on" not in view.html
        for button in (b for row in view.buttons for b in row if b.url):
            if "migration.gov.az/" in button.url and re.search(r"/(az|ru|en)/", button.url):
                assert f"/{lang}/" in button.url, (entry.id, button.url)
