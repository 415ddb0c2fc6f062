"""Country, topic and option pickers: the /log wizard and the closing of a request share them.

Each picker's buttons carry the actions of the dialog that shows it: ``actions`` is that
dialog's enum (handlers/kit/callbacks.py), with the members COUNTRY, TOPIC, TOPICS_DONE and
CANCEL, and the buttons go to its namespace.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from handlers.kit.callbacks import Namespace, namespace_of
from handlers.kit.i18n import Translator
from handlers.kit.labels import TOPIC_LABELS, country_label
from handlers.kit.views import Button, View
from knowledge.council.consultations import AZ_ABROAD, COMMON_COUNTRIES, STATELESS, TOPICS

STEPS = 7  # the /log wizard's steps, numbered on every screen
# The members a dialog's enum of actions needs for the pickers.
PICKER_ACTIONS = ("COUNTRY", "TOPIC", "TOPICS_DONE", "CANCEL")


def _namespace(actions: Any) -> Namespace:
    """The namespace of ``actions``, checked to be an enum a picker can use."""
    assert isinstance(actions, type) and issubclass(actions, StrEnum)
    missing = [name for name in PICKER_ACTIONS if name not in actions.__members__]
    assert not missing, f"{actions.__name__} lacks {missing}"
    return namespace_of(actions)


def cancel_row(tr: Translator, actions: Any) -> tuple[Button, ...]:
    return (Button(tr("✖️ Cancel"), action=(_namespace(actions), actions.CANCEL)),)


def pairs(buttons: list[Button]) -> list[tuple[Button, ...]]:
    return [tuple(buttons[i : i + 2]) for i in range(0, len(buttons), 2)]


def render_country(
    tr: Translator, actions: Any, matches: list[str] | None = None, heading: str = ""
) -> View:
    """The country picker; ``heading`` lets the closing of a request reuse it."""
    ns = _namespace(actions)
    codes = matches if matches is not None else list(COMMON_COUNTRIES)
    buttons = [Button(country_label(tr, c), action=(ns, actions.COUNTRY, c)) for c in codes]
    rows = pairs(buttons)
    if matches is None:
        rows += [
            (Button(country_label(tr, STATELESS), action=(ns, actions.COUNTRY, STATELESS)),),
            (Button(country_label(tr, AZ_ABROAD), action=(ns, actions.COUNTRY, AZ_ABROAD)),),
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
    return View(text, (*rows, cancel_row(tr, actions)))


def render_topics(
    tr: Translator, actions: Any, chosen: tuple[str, ...], heading: str = ""
) -> View:
    ns = _namespace(actions)
    buttons = [
        Button(("✅ " if t in chosen else "") + tr(TOPIC_LABELS[t]), action=(ns, actions.TOPIC, t))
        for t in TOPICS
    ]
    return View(
        heading or tr("2/{steps} · Topics (several allowed), then “Next”:", steps=STEPS),
        (
            *pairs(buttons),
            (Button(tr("Next ➡️"), action=(ns, actions.TOPICS_DONE)),),
            cancel_row(tr, actions),
        ),
    )


def render_choice(
    tr: Translator,
    actions: Any,
    number: int,
    question: str,
    choose: StrEnum,
    options: dict[str, str],
    steps: int = STEPS,
) -> View:
    """One of ``options`` (code → label), each button the action ``choose`` with its code."""
    ns = _namespace(actions)
    buttons = [Button(tr(label), action=(ns, choose, code)) for code, label in options.items()]
    return View(f"{number}/{steps} · {question}", (*pairs(buttons), cancel_row(tr, actions)))
