"""Render domain results as Telegram HTML plus buttons (plain data, no telegram import)."""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass, field

from babel.dates import format_skeleton

from handlers.kit.callbacks import AskMemberAction, MenuAction, Namespace, RatingAction, Verdict
from handlers.kit.i18n import Translator
from knowledge.answering.search import ELSEWHERE, Reply
from knowledge.kb.entries import MAX_SHORT_TITLE, UNDATED
from knowledge.reference.contacts import Directory

# Out-of-scope subjects (data/out_of_scope.yaml) that are still often a migrant's legal
# problem — a landlord keeping the deposit, an unpaid wage: the way to a person stays open.
COUNCIL_CAN_HELP = frozenset(
    {"housing_rent", "jobs_search", "marriage_civil", "taxes", "pensions_benefits"}
)
# A button's label, in characters: an entry's short title is at most this, and so is every
# label with its mark ("➡️ ", "✅ "), so a phone shows it whole (issue 15).
MAX_LABEL = MAX_SHORT_TITLE


def marked(mark: str, label: str) -> str:
    """``mark`` before ``label`` when both fit on a button; the label alone when not."""
    return mark + label if len(mark) + len(label) <= MAX_LABEL else label


def fitted(label: str, suffix: str = "") -> str:
    """A label that is someone's name (and ``suffix``), cut with "…" to fit on a button."""
    room = MAX_LABEL - len(suffix)
    return (label if len(label) <= room else label[: room - 1] + "…") + suffix


@dataclass(frozen=True, slots=True)
class Button:
    """A button: either a link or an action the bot understands: its namespace, then usually
    an action (an enum member, see handlers/kit/callbacks.py) and its arguments. send.py
    encodes it as callback data."""

    label: str
    url: str | None = None
    action: tuple[str, ...] | None = None


@dataclass(frozen=True, slots=True)
class View:
    html: str
    buttons: tuple[tuple[Button, ...], ...] = field(default_factory=tuple)


def source_date_text(tr: Translator, value: str | None) -> str | None:
    """The source's own date as the reader writes it: a year, a month, or a day."""
    if not value:
        return None
    if value == UNDATED:
        # TRANSLATORS: after the source's title, when the source page shows no date.
        return tr("date not shown")
    try:
        if len(value) == 4:
            return value
        if len(value) == 7:
            month = dt.date.fromisoformat(f"{value}-01")
            return format_skeleton("yMMMM", month, locale=tr.locale).removesuffix(" г.")
        return tr.date(dt.date.fromisoformat(value))
    except ValueError:
        return value


def _source_line(reply: Reply, tr: Translator) -> str:
    """What the answer rests on, said as what it is: the source and its own date, and when
    a person last compared the text with it (never a claim that the bot checked the site)."""
    entry = reply.entry
    assert entry is not None
    url, title = entry.source.url_for(tr.lang), entry.source.title_for(tr.lang)
    source = f'<a href="{html.escape(url)}">{html.escape(title)}</a>'
    dated = source_date_text(tr, entry.source_date)
    if dated:
        # TRANSLATORS: {source} is the title of the page the answer comes from, {date} its date.
        line = tr("Source: {source}, {date}", source=source, date=dated)
    else:
        line = tr("Source: {source}", source=source)
    if entry.reviewed_on:
        # TRANSLATORS: the day a person compared this text with its source (not a live check).
        line += " · " + tr("text reviewed {date}", date=tr.date(entry.reviewed_on, "medium"))
    return f"<i>{line}</i>"


def _contacts_lines(directory: Directory, tr: Translator) -> list[str]:
    lines = []
    call_centre = directory.by_id("call_centre")
    if call_centre and call_centre.phones:
        abroad = call_centre.phones[1] if len(call_centre.phones) > 1 else call_centre.phones[0]
        lines.append(
            tr(
                "☎️ Migration call centre: {phone} (from abroad {abroad}), "
                "in Azerbaijani, Russian and English.",
                phone=call_centre.phones[0],
                abroad=abroad,
            )
        )
    council = directory.by_id("public_council")
    if council and council.phones:
        # No source says the advice is free, and the number is from the council's 2022
        # report (it is elected for two years): say so, and give the way round it.
        lines.append(
            tr(
                "⚖️ Legal advice for migrants: the Public Council at the State Migration "
                "Service, {phone} (number from its 2022 report, it may have changed; if it "
                "does not answer, call {call_centre}).",
                phone=council.phones[0],
                call_centre=call_centre.phones[0] if call_centre and call_centre.phones else "919",
            )
        )
    return lines


def render_reply(
    reply: Reply,
    tr: Translator,
    directory: Directory,
    rating_ref: str | None = None,
    rate_entry: bool = False,
) -> View:
    """The message for a matched question: answer, did-you-mean, or a way on.

    With ``rating_ref`` an answer gets 👍/👎 buttons that rate that logged question; with
    ``rate_entry`` (an answer opened from a button or a link, no question asked) they rate
    the entry itself.
    """
    if reply.status == "answer" and reply.entry is not None and reply.answer_html:
        text = f"{reply.answer_html}\n\n{_source_line(reply, tr)}"
        rows: list[tuple[Button, ...]] = [
            (Button(tr("🔗 Official page"), url=url),)
            for url in reply.entry.links_for(tr.lang)[:2]
        ]
        if rating_ref is not None:
            rows.append(
                (
                    Button("👍", action=(Namespace.RATING, rating_ref, Verdict.UP)),
                    Button("👎", action=(Namespace.RATING, rating_ref, Verdict.DOWN)),
                )
            )
        elif rate_entry:
            rate = (Namespace.RATING, RatingAction.ENTRY, reply.entry.id)
            rows.append(
                (
                    Button("👍", action=(*rate, Verdict.UP)),
                    Button("👎", action=(*rate, Verdict.DOWN)),
                )
            )
        rows.extend(
            (Button(marked("➡️ ", related.title(tr.lang)), action=(Namespace.ENTRY, related.id)),)
            for related in reply.related[:3]
        )
        return View(text, tuple(rows))

    if reply.status == "clarify" and reply.suggestions:
        rows = [
            (Button(entry.title(tr.lang), action=(Namespace.ENTRY, entry.id)),)
            for entry in reply.suggestions
        ]
        # "None of these" shows the contacts and keeps the way to a council member.
        none = (Namespace.CONTACTS, rating_ref) if rating_ref else (Namespace.CONTACTS,)
        rows.append((Button(tr("None of these"), action=none),))
        rows.append(ask_member_button(tr, rating_ref))
        return View(tr("I am not sure I understood. Did you mean one of these?"), tuple(rows))

    if reply.empty_question:
        return View(
            tr(
                "Please type your question in words, for example: "
                "“How much does a work permit cost?”"
            )
        )

    parts = []
    if reply.out_of_scope == ELSEWHERE:
        parts.append(
            tr(
                "I know Azerbaijan's migration rules only, so I cannot answer for another "
                "country. Its own migration service or its embassy gives its rules; an "
                "Azerbaijani citizen abroad can also turn to Azerbaijan's embassy or consulate "
                "there."
            )
        )
    elif reply.out_of_scope == "citizen_documents" and (asan := directory.by_id("asan")):
        parts.append(
            tr(
                "An Azerbaijani citizen's own ID card and passport are issued by the ASAN "
                "service centres ({url}, call centre {phone}), not by the migration service.",
                url=asan.url,
                phone=asan.phones[0],
            )
        )
    elif reply.out_of_scope:
        parts.append(
            tr(
                "I can only answer questions about migration in Azerbaijan: registration, "
                "residence and work permits, visas, fees, fines and whom to contact."
            )
        )
    else:
        parts.append(
            tr(
                "Sorry, I do not have an answer to this question yet. "
                "I have passed it on to the people who keep my answers up to date."
            )
        )
    parts.extend(_contacts_lines(directory, tr))
    rows = [(Button(tr("📋 Menu"), action=(Namespace.MENU,)),)]
    if not reply.out_of_scope or reply.out_of_scope in COUNCIL_CAN_HELP:
        rows.insert(0, ask_member_button(tr, rating_ref))
    return View("\n\n".join(parts), tuple(rows))


def ask_member_button(tr: Translator, ref: str | None = None) -> tuple[Button, ...]:
    """The way to a person, offered where the bot could not help."""
    start = (Namespace.CONSULT, AskMemberAction.START)
    return (Button(tr("🧑‍⚖️ Ask a council member"), action=(*start, ref) if ref else start),)


_TAG = re.compile(r"<[^>]+>")
_LINK = re.compile(r'<a\s+href="([^"]*)"\s*>(.*?)</a>', re.DOTALL)


def html_to_text(markup: str) -> str:
    """What a reader sees of Telegram HTML, with link targets shown after their text."""

    def link(match: re.Match[str]) -> str:
        url, text = html.unescape(match.group(1)), match.group(2)
        plain = _TAG.sub("", text)
        return plain if url.rstrip("/") in html.unescape(plain) else f"{plain} ({url})"

    without_links = _LINK.sub(link, markup)
    return html.unescape(_TAG.sub("", without_links)).replace("\u00a0", " ").replace("\u202f", " ")


def view_to_text(view: View, numbered: bool = True) -> str:
    """The view as terminal text: the message, then the buttons as numbered choices."""
    lines = [html_to_text(view.html)]
    choices = [button for row in view.buttons for button in row]
    if choices:
        lines.append("")
        for number, button in enumerate(choices, start=1):
            target = f" → {button.url}" if button.url else ""
            prefix = f"[{number}] " if numbered else "• "
            lines.append(f"{prefix}{button.label}{target}")
    return "\n".join(lines)


LANGUAGE_NAMES = {"az": "🇦🇿 Azərbaycanca", "ru": "🇷🇺 Русский", "en": "🇬🇧 English"}


def language_buttons() -> tuple[tuple[Button, ...], ...]:
    return (
        tuple(
            Button(name, action=(Namespace.LANGUAGE, code))
            for code, name in LANGUAGE_NAMES.items()
        ),
    )


def main_menu_buttons(tr: Translator) -> tuple[tuple[Button, ...], ...]:
    return (
        (Button(tr("📚 Topics"), action=(Namespace.MENU, MenuAction.TOPICS)),
         Button(tr("💰 Fees"), action=(Namespace.FEES,))),
        (Button(tr("📅 Registration deadline"), action=(Namespace.DEADLINE,)),
         Button(tr("💻 E-services"), action=(Namespace.ESERVICES,))),
        (Button(tr("☎️ Contacts"), action=(Namespace.CONTACTS,)),
         Button(tr("⚖️ Public Council"), action=(Namespace.COUNCIL,))),
    )  # fmt: skip


def render_start(tr: Translator, first_name: str) -> View:
    text = tr(
        "Hello, {name}! I answer questions about migration in Azerbaijan: registration, "
        "residence and work permits, fees, fines, visas and whom to contact.\n\n"
        "Type your question in your own words, or choose a topic below. "
        "Choose your language:",
        name=html.escape(first_name or ""),
    )
    return View(text, language_buttons() + main_menu_buttons(tr))


def render_main_menu(tr: Translator) -> View:
    return View(
        tr("What would you like to know? Type a question or choose:"), main_menu_buttons(tr)
    )


def render_language_picker(tr: Translator) -> View:
    return View(tr("Choose your language:"), language_buttons())


def render_language_set(tr: Translator) -> View:
    return View(
        tr("Done: I will answer in English. To change the language, send /language."),
        main_menu_buttons(tr),
    )


def render_expired(tr: Translator) -> View:
    return View(tr("This button has expired. Here is the menu:"), main_menu_buttons(tr))


def render_unknown_command(tr: Translator, command: str) -> View:
    return View(
        tr(
            "I do not know the command {command}. Type a question, or choose:",
            command=f"<code>{html.escape(command[:40])}</code>",
        ),
        main_menu_buttons(tr),
    )


def render_too_long(tr: Translator, limit: int) -> View:
    return View(
        tr(
            "Your message is too long for me. Please ask in at most {limit} characters: "
            "one question per message works best.",
            limit=limit,
        )
    )


def render_slow_down(tr: Translator) -> View:
    return View(tr("You are sending messages very fast. Please wait a minute, then ask again."))


def render_error(tr: Translator) -> View:
    return View(
        tr("Sorry, something went wrong on my side. Please try again in a minute."),
        main_menu_buttons(tr),
    )


def render_not_text(tr: Translator, directory: Directory | None = None) -> View:
    """A voice message, a photo, a sticker: someone who cannot type gets a number to call."""
    call_centre = directory.by_id("call_centre") if directory else None
    if call_centre and call_centre.phones:
        return View(
            tr(
                "I can read only text messages. Please type your question, or call the State "
                "Migration Service call centre: {phone}.",
                phone=call_centre.phones[0],
            )
        )
    return View(tr("I can read only text messages. Please type your question."))


def render_danger(tr: Translator, directory: Directory) -> View:
    lines = [
        tr(
            "⚠️ <b>If you are detained, ordered to leave the country, your passport is held "
            "by an employer, or someone threatens or forces you: get legal help now.</b>"
        )
    ]
    council = directory.by_id("public_council")
    if council and council.phones:
        lines.append(
            tr(
                "⚖️ Legal consultations for migrants — Public Council at the State "
                "Migration Service: {phone}.",
                phone=council.phones[0],
            )
        )
    unhcr = directory.by_id("unhcr")
    if unhcr and unhcr.phones:
        lines.append(
            tr(
                "🛡 Asylum-seekers and refugees — UNHCR free legal counselling: {phone} "
                "(Monday–Friday).",
                phone=unhcr.phones[0],
            )
        )
    call_centre = directory.by_id("call_centre")
    if call_centre and call_centre.phones:
        lines.append(
            tr("☎️ State Migration Service call centre: {phone}.", phone=call_centre.phones[0])
        )
    return View("\n\n".join(lines))


def _safe_cut(line: str, limit: int) -> int:
    """Where to cut a line longer than ``limit``: at a space if there is one near the end,
    and never inside an entity (``&quot;``) or a tag, which Telegram would refuse or show raw."""
    cut = limit
    space = line.rfind(" ", limit - 200, limit)
    if space > 0:
        cut = space + 1
    for opener, closer in (("&", ";"), ("<", ">")):
        start = line.rfind(opener, 0, cut)
        if start != -1 and line.find(closer, start, cut) == -1 and start > 0:
            cut = start
    return cut


def split_html(text: str, limit: int = 4000) -> list[str]:
    """Cut a message under Telegram's limit at paragraph, then line boundaries.

    Our messages keep tags within a line, so cutting between lines never splits a tag.
    """
    if len(text) <= limit:
        return [text]
    parts: list[str] = []
    current = ""
    for line in text.split("\n"):
        if len(line) > limit and current:
            parts.append(current)  # what came before the giant line goes first, in order
            current = ""
        while len(line) > limit:
            cut = _safe_cut(line, limit)
            parts.append(line[:cut])
            line = line[cut:]
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > limit:
            parts.append(current)
            current = line
        else:
            current = candidate
    if current:
        parts.append(current)
    return parts
