"""Country, topic and option pickers: the /log wizard and the closing of a request share them."""

from __future__ import annotations

from handlers.kit.i18n import Translator
from handlers.kit.labels import TOPIC_LABELS, country_label
from handlers.kit.views import Button, View
from knowledge.council.consultations import AZ_ABROAD, COMMON_COUNTRIES, STATELESS, TOPICS

STEPS = 7  # the /log wizard's steps, numbered on every screen


def cancel_row(tr: Translator, ns: str = "log") -> tuple[Button, ...]:
    return (Button(tr("✖️ Cancel"), action=(ns, "x")),)


def pairs(buttons: list[Button]) -> list[tuple[Button, ...]]:
    return [tuple(buttons[i : i + 2]) for i in range(0, len(buttons), 2)]


def render_country(
    tr: Translator, matches: list[str] | None = None, ns: str = "log", heading: str = ""
) -> View:
    """The country picker; ``ns`` and ``heading`` let the closing of a request reuse it."""
    codes = matches if matches is not None else list(COMMON_COUNTRIES)
    buttons = [Button(country_label(tr, c), action=(ns, "c", c)) for c in codes]
    rows = pairs(buttons)
    if matches is None:
        rows += [
            (Button(country_label(tr, STATELESS), action=(ns, "c", STATELESS)),),
            (Button(country_label(tr, AZ_ABROAD), action=(ns, "c", AZ_ABROAD)),),
        ]
        text = heading or tr(
            "1/{steps} · Citizenship of the person? Tap, or type the country's name in "
            "any language.",
            steps=STEPS,
        )
    elif matches:
        text = tr("Did you mean:")
    else:
        text = tr(
            "No country by that name. Try again, for example “Ukraine”, “Украина”, “Ukrayna”."
        )
    return View(text, (*rows, cancel_row(tr, ns)))


def render_topics(
    tr: Translator, chosen: tuple[str, ...], ns: str = "log", heading: str = ""
) -> View:
    buttons = [
        Button(("✅ " if t in chosen else "") + tr(TOPIC_LABELS[t]), action=(ns, "t", t))
        for t in TOPICS
    ]
    return View(
        heading or tr("2/{steps} · Topics (several allowed), then “Next”:", steps=STEPS),
        (*pairs(buttons), (Button(tr("Next ➡️"), action=(ns, "tn")),), cancel_row(tr, ns)),
    )


def render_choice(
    tr: Translator,
    number: int,
    question: str,
    key: str,
    options: dict[str, str],
    ns: str = "log",
    steps: int = STEPS,
) -> View:
    buttons = [Button(tr(label), action=(ns, key, code)) for code, label in options.items()]
    return View(f"{number}/{steps} · {question}", (*pairs(buttons), cancel_row(tr, ns)))
