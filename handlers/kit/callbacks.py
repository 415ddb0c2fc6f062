"""Callback data: what a button of ours carries when pressed — namespaced, versioned, at most
64 bytes — and the named actions it carries.

``v1:adm:ra:12:reg.fee`` reads: version 1, namespace ``Namespace.ADMIN``, action
``ReviewAction.ADD_WORDING`` (handlers/feedback/review.py), then its arguments. Each feature
declares its actions once, as a ``StrEnum`` decorated with ``@button_actions(namespace)``; its
buttons carry the members, its handlers select their buttons with ``pattern(namespace,
*actions)`` and read the action back with ``action_of(parts, Enum)``. The values stay short
(data is limited to 64 bytes) and never change: buttons already in people's chats carry them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from enum import StrEnum
from typing import TypeVar

VERSION = "v1"
MAX_BYTES = 64


class Namespace(StrEnum):
    """Every namespace a button of ours can carry; anything else is stale or forged."""

    LANGUAGE = "lang"  # v1:lang:<az|ru|en>
    MENU = "menu"  # the main menu, topics, a topic's entries (MenuAction)
    ENTRY = "faq"  # v1:faq:<entry id>: open an answer
    RATING = "rate"  # 👍/👎 on an answer (RatingAction, Verdict)
    FEES = "fee"  # v1:fee[:<permit>[:<applicant>[:<period>[:<speed>]]]]: the fee calculator
    DEADLINE = "dl"  # the registration deadline (handlers/reference/deadline.py)
    ESERVICES = "es"  # v1:es[:<e-service id>]
    CONTACTS = "con"  # v1:con[:<question ref>]; v1:con:forget:… is /forget's (people)
    COUNCIL = "council"  # the Public Council's page
    WORKING_GROUPS = "wg"  # v1:wg[:<number>]: the council's working groups
    LOG = "log"  # a council member's /log wizard (handlers/council/log.py)
    MY_LOG = "mylog"  # /mylog: correct or withdraw a logged consultation
    ADMIN = "adm"  # admins: editing, new entries, reviews, uploads, proposals
    CONSULT = "consult"  # a migrant's request to a council member (handlers/consult)
    REQUEST = "req"  # a council member's side of a request (handlers/consult)
    FLOW = "flow"  # every dialog's Cancel button (handlers/kit/flows.py)


# ASCII only: "²" is a digit to str.isdigit() but not to int(), and a forged number of 20
# digits overflows the database's integers; no button of ours carries either.
PATTERN = re.compile(rf"^{VERSION}:({'|'.join(Namespace)})(:[\w.\-]+)*$", re.ASCII)
_NAMESPACES = frozenset(n.value for n in Namespace)
_PART = re.compile(r"^[\w.\-]+$", re.ASCII)
_LONG_NUMBER = re.compile(r"(?:^|:)\d{19,}(?::|$)")

ActionEnum = TypeVar("ActionEnum", bound=StrEnum)
# Each enum of actions and its namespace; several enums may share one (admins' "adm").
_NAMESPACE_OF: dict[type[StrEnum], Namespace] = {}
# Each pattern() made and what it selects (namespace, actions, bare): the tests check that
# every handler's pattern is one of these and that every action reaches a handler naming it.
DECLARED: dict[str, tuple[Namespace, frozenset[StrEnum], bool]] = {}


def button_actions(namespace: Namespace) -> Callable[[type[ActionEnum]], type[ActionEnum]]:
    """Declare an enum as the actions of ``namespace``'s buttons, the part after it:
    ``v1:<namespace>:<action>[:<argument>…]``. Enums of one namespace share no value."""

    def declare(actions: type[ActionEnum]) -> type[ActionEnum]:
        name = (actions.__module__, actions.__qualname__)
        for other in [o for o in _NAMESPACE_OF if (o.__module__, o.__qualname__) == name]:
            del _NAMESPACE_OF[other]  # the same enum, its module imported again
        taken = {
            value: other.__name__
            for other, space in _NAMESPACE_OF.items()
            if space == namespace
            for value in other
        }
        for member in actions:
            if member in taken:
                raise ValueError(
                    f"{actions.__name__}.{member.name} = {member.value!r} is already an action "
                    f"of {taken[member]} in the namespace {namespace.value!r}"
                )
            if not _PART.match(member):
                raise ValueError(f"{actions.__name__}.{member.name}: {member.value!r}")
        _NAMESPACE_OF[actions] = namespace
        return actions

    return declare


def namespace_of(actions: type[StrEnum]) -> Namespace:
    """The namespace an enum of actions was declared for."""
    return _NAMESPACE_OF[actions]


def action_enums() -> dict[type[StrEnum], Namespace]:
    """Every enum of actions declared so far, with its namespace."""
    return dict(_NAMESPACE_OF)


def _check_action(namespace: str, action: StrEnum) -> None:
    space = _NAMESPACE_OF.get(type(action))
    if space is None or space != namespace:
        raise ValueError(f"{action!r} is not an action of the namespace {namespace!r}")


def encode(*parts: str) -> str:
    """``encode(Namespace.ENTRY, "reg.fee")`` → ``"v1:faq:reg.fee"``; an action given as an
    enum member must be one of the namespace's. Refuses what would not fit."""
    if not parts or parts[0] not in _NAMESPACES:
        raise ValueError(f"not a callback of ours: {parts!r}")
    if not all(_PART.match(p) for p in parts[1:]):
        raise ValueError(f"not a callback of ours: {parts!r}")
    if len(parts) > 1 and isinstance(parts[1], StrEnum):
        _check_action(parts[0], parts[1])
    data = ":".join((VERSION, *parts))
    if len(data.encode()) > MAX_BYTES:
        raise ValueError(f"callback data over {MAX_BYTES} bytes: {data!r}")
    return data


def decode(data: str | None) -> tuple[str, ...] | None:
    """The parts after the version, or None for data that is not ours or not this version."""
    if not data or len(data.encode()) > MAX_BYTES or not PATTERN.match(data):
        return None
    if _LONG_NUMBER.search(data):
        return None
    return tuple(data.split(":")[1:])


def action_of(parts: tuple[str, ...] | None, actions: type[ActionEnum]) -> ActionEnum | None:
    """The action decoded data names (the part after the namespace) as a member of
    ``actions``; None when it names none of them: a stale or forged button."""
    if not parts or len(parts) < 2 or _NAMESPACE_OF.get(actions) != parts[0]:
        return None
    try:
        return actions(parts[1])
    except ValueError:
        return None


def pattern(
    namespace: Namespace, *actions: StrEnum, bare: bool = False, final: bool = False
) -> str:
    """The regular expression a CallbackQueryHandler selects its buttons with.

    Without ``actions``: every button of the namespace. With them: the buttons whose action is
    one of them, followed by arguments unless ``final``; ``bare`` adds the namespace alone
    (``v1:mylog``). Only the buttons a handler reads reach it: the rest (an action that no
    longer exists, a forged one) go on to the stale-button answer.
    """
    for action in actions:
        _check_action(namespace, action)
    if not actions:
        regex = rf"^{VERSION}:{re.escape(namespace)}(?::|$)"
    else:
        chosen = "|".join(re.escape(a) for a in sorted(set(actions), key=str))
        rest = "$" if final else "(?::|$)"
        regex = rf"^{VERSION}:{re.escape(namespace)}" + (
            rf"(?:$|:(?:{chosen}){rest})" if bare else rf":(?:{chosen}){rest}"
        )
    DECLARED[regex] = (namespace, frozenset(actions), bare or not actions)
    return regex


@button_actions(Namespace.MENU)
class MenuAction(StrEnum):
    """The menu's buttons (the main menu itself is ``v1:menu`` alone)."""

    TOPICS = "topics"  # the list of topics
    CATEGORY = "cat"  # v1:menu:cat:<category>: one topic's entries


@button_actions(Namespace.RATING)
class RatingAction(StrEnum):
    """👍/👎 on an answer: ``v1:rate:<question ref>:<verdict>`` rates a logged question;
    an answer opened from a button or a link (no question asked) rates the entry itself."""

    ENTRY = "e"  # v1:rate:e:<entry id>:<verdict>


class Verdict(StrEnum):
    """What a 👍/👎 says (the last part of a rating)."""

    UP = "up"
    DOWN = "down"


@button_actions(Namespace.CONSULT)
class AskMemberAction(StrEnum):
    """The way to a council member, offered wherever the bot could not help; the rest of the
    request's dialog is ConsultAction (handlers/consult/views.py)."""

    START = "new"  # v1:consult:new[:<question ref>]: start a request, offering that question
