"""Rules every FAQ entry obeys before it reaches the database, from a file or an edit.

A file is validated whole and every problem is reported with the file, the entry and the
reason, so an admin fixes them in one go and nothing is half-imported.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urlsplit

from knowledge.answering.langdetect import LANGS
from knowledge.kb.entries import CATEGORIES, MAX_SHORT_TITLE, UNDATED, Entry
from knowledge.reference.contacts import Directory, phone_digits
from knowledge.reference.fees import FeeSchedule
from knowledge.reference.localized import Localized, missing_languages

MIN_ALTERNATES = 6
MAX_ANSWER_CHARS = 1200
ALLOWED_TAGS = frozenset({"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "code", "a"})
_ID = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$")
# Buttons carry the id (Telegram allows 64 bytes of callback data; the longest of ours,
# "v1:adm:ef:<id>:ru:alternates", leaves 40) and so does the PostgreSQL column.
MAX_ID_LENGTH = 40
_NUMBER = r"\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+|\d+"
_CURRENCY = r"(?:manat|manatdır|AZN|₼|манат\w*|USD|US\$|\$|dollar\w*|доллар\w*)"
_MONEY = re.compile(
    rf"(?<![\w.])((?:{_NUMBER})(?:\s*(?:[–—-]|to|ilə|до|и)\s*(?:{_NUMBER}))*)\s*{_CURRENCY}"
    rf"|(?:\$|USD|AZN|₼)\s*({_NUMBER})",
    re.IGNORECASE,
)
_PHONE = re.compile(r"\+994[\d\s()\-]{6,}\d|\(0\d{2}\)\s?[\d\s\-]*\d")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_SOURCE_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(frozen=True, slots=True)
class Problem:
    """One reason an input is rejected."""

    origin: str
    entry_id: str
    reason: str

    def __str__(self) -> str:
        where = f"{self.origin}: {self.entry_id}" if self.entry_id else self.origin
        return f"{where}: {self.reason}"


def is_https_url(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme == "https" and "." in parts.netloc and " " not in url


class _TagChecker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            self.errors.append(f"unsupported HTML tag <{tag}>")
            return
        if tag == "a":
            href = dict(attrs).get("href") or ""
            if not is_https_url(href):
                self.errors.append(f"bad URL in link: {href!r}")
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag not in ALLOWED_TAGS:
            self.errors.append(f"unsupported HTML tag </{tag}>")
        elif not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unbalanced HTML tag </{tag}>")
        else:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def check_html(answer: str) -> tuple[list[str], str]:
    """Problems with the Telegram HTML of an answer, and its visible text."""
    checker = _TagChecker()
    # A bare "<" that starts no tag is an error for Telegram, so look for those first.
    stray = re.findall(r"<(?!/?[a-zA-Z][\w-]*(?:\s[^<>]*)?>)", answer)
    checker.feed(answer)
    checker.close()
    errors = list(checker.errors)
    if stray:
        errors.append("a bare '<' in the text: write &lt;")
    errors.extend(f"unbalanced HTML tag <{tag}> is never closed" for tag in checker.stack)
    return errors, "".join(checker.text)


def money_amounts(text: str) -> list[int]:
    """Money figures typed literally in a text (fee placeholders are not matched)."""
    found: list[int] = []
    for match in _MONEY.finditer(text):
        span = match.group(1) or match.group(2) or ""
        for number in re.findall(_NUMBER, span):
            found.append(int(re.sub(r"\D", "", number)))
    return found


def validate_entry(
    entry: Entry, origin: str, fees: FeeSchedule, directory: Directory | None
) -> list[Problem]:
    problems: list[Problem] = []

    def bad(reason: str) -> None:
        problems.append(Problem(origin, entry.id or "(no id)", reason))

    if not _ID.match(entry.id):
        bad(f"id {entry.id!r} is not a slug like 'reg.fee'")
    elif len(entry.id) > MAX_ID_LENGTH:
        bad(f"id {entry.id!r} is longer than {MAX_ID_LENGTH} characters")
    if entry.category not in CATEGORIES:
        bad(f"unknown category {entry.category!r} (one of: {', '.join(CATEGORIES)})")
    for url in entry.all_link_urls():
        if not is_https_url(url):
            bad(f"bad URL in links: {url!r}")
    for link in entry.links:
        if not isinstance(link, str) and missing_languages(Localized.of(link), LANGS):
            bad(f"a link by language needs {', '.join(LANGS)}: {link!r}")
    if not entry.links:
        bad("no official link")
    source_urls = (
        [entry.source.url] if entry.source.urls is None
        else [u for _, u in entry.source.urls.items]
    )  # fmt: skip
    if not entry.source.title or not all(is_https_url(u) for u in source_urls):
        bad("source needs a title and an https URL")
    # What the reader sees beside the answer is in the reader's language.
    for lang in missing_languages(entry.source.titles, LANGS):
        bad(f"source needs a title in {lang} (title: {{az: …, ru: …, en: …}})")
    if entry.source_date is None:
        bad(f"source needs a source_date: YYYY, YYYY-MM, YYYY-MM-DD or {UNDATED!r}")
    elif entry.source_date != UNDATED and not _SOURCE_DATE.match(entry.source_date):
        bad(f"source_date {entry.source_date!r} is not YYYY, YYYY-MM, YYYY-MM-DD or {UNDATED!r}")
    if entry.reviewed_on is None:
        bad("source needs a reviewed_on date: when the text was last compared with its source")
    if entry.legal_basis is not None:
        for lang in missing_languages(entry.legal_basis, LANGS):
            bad(f"legal_basis needs a text in {lang} (legal_basis: {{az: …, ru: …, en: …}})")
    for lang in LANGS:
        tr = entry.translations.get(lang)
        if tr is None:
            bad(f"missing language {lang}")
            continue
        if not tr.question:
            bad(f"{lang}: empty question")
        if len(tr.short_title) > MAX_SHORT_TITLE:
            bad(
                f"{lang}: short_title is {len(tr.short_title)} characters, at most"
                f" {MAX_SHORT_TITLE} (it is a button label)"
            )
        elif not tr.short_title and entry.published:
            bad(f"{lang}: no short_title (the button label, at most {MAX_SHORT_TITLE} characters)")
        alternates = [a for a in tr.alternates if a.strip()]
        if len(alternates) < MIN_ALTERNATES:
            bad(f"{lang}: {len(alternates)} alternates, at least {MIN_ALTERNATES} needed")
        if len(alternates) != len(tr.alternates):
            bad(f"{lang}: empty alternate phrasing")
        if not tr.keywords:
            bad(f"{lang}: no keywords")
        if not tr.answer:
            bad(f"{lang}: empty answer")
            continue
        html_errors, visible = check_html(tr.answer)
        for error in html_errors:
            bad(f"{lang}: {error}")
        rendered = fees.render(visible, lang)
        if len(rendered) > MAX_ANSWER_CHARS:
            bad(f"{lang}: answer is {len(rendered)} characters, at most {MAX_ANSWER_CHARS}")
        for fee_id in fees.unknown_placeholders(tr.answer):
            bad(f"{lang}: fee inconsistency: no fee row {fee_id!r} in the fee table")
        for amount in money_amounts(tr.answer):
            if amount not in entry.amounts:
                bad(
                    f"{lang}: fee inconsistency: {amount} is typed as money; quote state fees"
                    " as {fee:ID}, list other figures (fines) in 'amounts'"
                )
        if directory is not None:
            phones = directory.known_phone_digits()
            for phone in _PHONE.findall(tr.answer):
                if phone_digits(phone) not in phones:
                    bad(f"{lang}: phone number {phone.strip()!r} is not in contacts.yaml")
            emails = directory.known_emails()
            for email in _EMAIL.findall(visible):
                if email.lower() not in emails:
                    bad(f"{lang}: e-mail {email!r} is not in contacts.yaml")
    extra_langs = set(entry.translations) - set(LANGS)
    if extra_langs:
        bad(f"unsupported language(s): {', '.join(sorted(extra_langs))}")
    return problems


def validate_entries(
    items: Sequence[tuple[str, Entry]],
    fees: FeeSchedule,
    directory: Directory | None,
    known_ids: Iterable[str] = (),
    known_entries: Iterable[Entry] = (),
) -> list[Problem]:
    """Validate a whole input: each entry, duplicate ids, links between entries, and short
    titles that would look the same on two buttons (``known_entries``: those already stored,
    replaced by the input's entries of the same id)."""
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for origin, entry in items:
        problems.extend(validate_entry(entry, origin, fees, directory))
        if entry.id in seen:
            problems.append(Problem(origin, entry.id, f"duplicate id (also in {seen[entry.id]})"))
        seen.setdefault(entry.id, origin)
    all_ids = set(seen) | set(known_ids)
    for origin, entry in items:
        for related in entry.related:
            if related not in all_ids:
                problems.append(Problem(origin, entry.id, f"related entry {related!r} not found"))
    problems.extend(_same_titles(items, known_entries))
    return problems


def _title_key(title: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", title.casefold()).split())


def _same_titles(items: Sequence[tuple[str, Entry]], known: Iterable[Entry]) -> list[Problem]:
    """A short title shared by two live entries in one language: the "did you mean" choices
    and the menu would show two buttons that look the same."""
    given = {entry.id for _, entry in items}
    live: list[tuple[str | None, Entry]] = [(None, e) for e in known if e.id not in given]
    live += [(origin, e) for origin, e in items]
    owners: dict[tuple[str, str], str] = {}
    problems: list[Problem] = []
    for origin, entry in sorted(live, key=lambda item: item[0] is not None):
        if not entry.live:
            continue
        for lang, tr in entry.translations.items():
            key = (lang, _title_key(tr.short_title))
            if not key[1]:
                continue
            other = owners.setdefault(key, entry.id)
            if other != entry.id and origin is not None:
                problems.append(
                    Problem(
                        origin,
                        entry.id,
                        f"{lang}: short_title {tr.short_title!r} is the same as {other}'s",
                    )
                )
    return problems
