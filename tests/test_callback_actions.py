"""Callback actions are named enum members (handlers/kit/callbacks.py): every one fits
Telegram's 64 bytes with the longest ids it can carry, reaches the handler that names it, and
keeps the value that buttons already in people's chats carry."""

from __future__ import annotations

from enum import StrEnum
from types import SimpleNamespace

import pytest
from telegram.ext import ApplicationBuilder, CallbackQueryHandler

import handlers
from handlers.consult.views import SHOW_ACCOUNT, ConsultAction, RequestAction
from handlers.council.log import LogAction, MyLogAction
from handlers.feedback.proposals import ProposalAction
from handlers.feedback.review import ImportAction, ReviewAction
from handlers.kb.entries import FIELDS, NEW_STEPS, EntryAction, _field_code
from handlers.kit.callbacks import (
    DECLARED,
    MAX_BYTES,
    AskMemberAction,
    MenuAction,
    Namespace,
    RatingAction,
    Verdict,
    action_enums,
    action_of,
    button_actions,
    decode,
    encode,
    pattern,
)
from handlers.kit.flows import FlowAction
from handlers.kit.i18n import translator
from handlers.people.privacy import ForgetAnswer, PrivacyAction
from handlers.reference.deadline import DeadlineAction
from handlers.reference.fees import render_step
from knowledge.answering.langdetect import LANGS
from knowledge.council.consultations import CHANNELS, LANGUAGES, OUTCOMES, TOPICS
from knowledge.kb.entries import CATEGORIES
from knowledge.kb.validation import MAX_ID_LENGTH
from knowledge.reference import countries

# The longest value of each kind of argument a button carries.
ENTRY_ID = "a" * MAX_ID_LENGTH  # the KB refuses a longer id (knowledge/kb/validation.py)
NUMBER = str(2**31 - 1)  # requests, groups, proposals, consultations: Integer columns
TELEGRAM_ID = "9" * 18  # the longest number decode() accepts (BigInteger column)
REF = "f" * 12  # a logged question's reference


def longest(values) -> str:
    return max(values, key=len)


def shapes(tables) -> list[tuple[StrEnum, list[tuple[str, ...]]]]:
    """The longest arguments of every action, and of the data of a namespace without one.
    An action added to an enum must be added here: the test says so. (A list, not a dict:
    members of different enums with one value, LogAction.CANCEL and RequestAction.CANCEL,
    are equal strings.)"""
    fees = _fee_paths(tables.fees)
    group = str(max(g.number for g in tables.directory.working_groups))
    return [
        (Namespace.LANGUAGE, [(longest(LANGS),)]),
        (Namespace.MENU, [()]),
        (MenuAction.TOPICS, [()]),
        (MenuAction.CATEGORY, [(longest(CATEGORIES),)]),
        (Namespace.ENTRY, [(ENTRY_ID,)]),
        (Namespace.RATING, [(REF, longest(Verdict))]),
        (RatingAction.ENTRY, [(ENTRY_ID, longest(Verdict))]),
        (Namespace.FEES, [(), *fees]),
        (Namespace.DEADLINE, [()]),
        (DeadlineAction.KAZAKHSTAN, [()]),
        (DeadlineAction.OTHER_COUNTRY, [()]),
        (DeadlineAction.WHICH_DATE, [("1",)]),
        (Namespace.ESERVICES, [(), (longest(s.id for s in tables.eservices),)]),
        (Namespace.CONTACTS, [(), (REF,)]),
        (PrivacyAction.FORGET, [(longest(ForgetAnswer),)]),
        (Namespace.COUNCIL, [()]),
        (Namespace.WORKING_GROUPS, [(), (group,)]),
        (LogAction.COUNTRY, [(longest(countries.known_codes()),)]),
        (LogAction.TOPIC, [(longest(TOPICS),)]),
        (LogAction.TOPICS_DONE, [()]),
        (LogAction.CHANNEL, [(longest(CHANNELS),)]),
        (LogAction.OUTCOME, [(longest(OUTCOMES),)]),
        (LogAction.DATE, [("yesterday",)]),
        (LogAction.LANGUAGE, [(longest(LANGUAGES),)]),
        (LogAction.SKIP_NOTE, [()]),
        (LogAction.SAVE, [()]),
        (LogAction.CANCEL, [()]),
        (LogAction.LOG_ANOTHER, [()]),
        (Namespace.MY_LOG, [()]),
        (MyLogAction.CORRECT, [(NUMBER,)]),
        (MyLogAction.WITHDRAW, [(NUMBER,)]),
        (MyLogAction.CONFIRM_WITHDRAW, [(NUMBER,)]),
        (EntryAction.EDIT_LANGUAGE, [(ENTRY_ID, longest(LANGS))]),
        (EntryAction.EDIT_FIELD, [(ENTRY_ID, longest(LANGS), longest(map(_field_code, FIELDS)))]),
        (EntryAction.SAVE_EDIT, [()]),
        (EntryAction.CANCEL, [()]),
        (EntryAction.NEW_CATEGORY, [(longest(CATEGORIES),)]),
        (EntryAction.USE_SUGGESTION, [()]),
        (EntryAction.RETYPE, [(str(len(NEW_STEPS) - 1),)]),
        (ReviewAction.ADD_WORDING, [(NUMBER, ENTRY_ID)]),
        (ReviewAction.NEW_ENTRY, [(NUMBER,)]),
        (ReviewAction.DISMISS, [(NUMBER,)]),
        (ImportAction.APPLY, [()]),
        (ImportAction.CANCEL, [()]),
        (ProposalAction.ADD_WORDING, [(NUMBER, ENTRY_ID)]),
        (ProposalAction.NEW_ENTRY, [(NUMBER,)]),
        (ProposalAction.DISMISS, [(NUMBER,)]),
        (AskMemberAction.START, [(), (REF,)]),
        (ConsultAction.TOPIC, [(longest(TOPICS),)]),
        (ConsultAction.USE_EARLIER, [()]),
        (ConsultAction.SEND, [(), (SHOW_ACCOUNT,)]),
        (ConsultAction.CANCEL, [()]),
        (ConsultAction.LIST, [()]),
        (ConsultAction.WITHDRAW, [(NUMBER,)]),
        (ConsultAction.CONFIRM_WITHDRAW, [(NUMBER,)]),
        (ConsultAction.REPLY, [(NUMBER,)]),
        (ConsultAction.RATE, [(NUMBER, "1")]),
        (ConsultAction.SKIP_COMMENT, [()]),
        *((a, [(NUMBER,)]) for a in (RequestAction.TAKE, RequestAction.PASS,
                                     RequestAction.TAKE_BACK, RequestAction.ANSWER,
                                     RequestAction.CLOSE, RequestAction.HAND_OVER)),
        (RequestAction.CANNED, [(NUMBER, NUMBER)]),
        (RequestAction.SEND_CANNED, [(NUMBER, NUMBER)]),
        (RequestAction.HAND_TO, [(NUMBER, TELEGRAM_ID)]),
        (RequestAction.INBOX, [()]),
        (RequestAction.CANCEL, [()]),
        (RequestAction.COUNTRY, [(longest(countries.known_codes()),)]),
        (RequestAction.TOPIC, [(longest(TOPICS),)]),
        (RequestAction.TOPICS_DONE, [()]),
        (RequestAction.OUTCOME, [(longest(OUTCOMES),)]),
        (RequestAction.USEFUL, [("1",)]),
        (FlowAction.CANCEL, [()]),
    ]  # fmt: skip


# Namespaces whose every button names an action: no data without one.
ACTIONS_ONLY = {Namespace.LOG, Namespace.ADMIN, Namespace.CONSULT, Namespace.REQUEST,
                Namespace.FLOW}  # fmt: skip


def _fee_paths(fees) -> list[tuple[str, ...]]:
    """Every choice the fee calculator offers, followed button by button."""
    tr, seen, todo = translator("en"), set(), [(Namespace.FEES,)]
    while todo:
        view = render_step(tr, fees, todo.pop())
        assert view is not None
        for button in (b for row in view.buttons for b in row):
            action = button.action
            if action and action[0] == Namespace.FEES and tuple(action) not in seen:
                seen.add(tuple(action))
                todo.append(tuple(action))
    return [tuple(path[1:]) for path in seen if len(path) > 1]


def _data(key: StrEnum, shape: tuple[str, ...]) -> str:
    if isinstance(key, Namespace):
        return encode(key, *shape)
    return encode(action_enums()[type(key)], key, *shape)


@pytest.fixture(scope="module")
def every_button(bundled) -> list[tuple[StrEnum, str]]:
    _, tables = bundled
    return [(key, _data(key, shape)) for key, forms in shapes(tables) for shape in forms]


def test_every_action_and_namespace_has_its_longest_arguments_listed(bundled):
    listed = {(type(key), key.name) for key, _ in shapes(bundled[1])}
    actions = {(enum, member.name) for enum in action_enums() for member in enum}
    assert actions - listed == set(), "add the new actions' longest arguments to shapes()"
    assert {(Namespace, n.name) for n in Namespace if n not in ACTIONS_ONLY} <= listed


def test_every_button_fits_64_bytes_with_the_longest_ids(every_button):
    assert len(every_button) > 80
    for key, data in every_button:
        assert len(data.encode()) <= MAX_BYTES, (key, data)
        assert decode(data) is not None, (key, data)


@pytest.fixture(scope="module")
def callback_handlers() -> list[CallbackQueryHandler]:
    """The bot's button handlers, in the order they are tried (no database needed)."""
    app = ApplicationBuilder().token("1:test").job_queue(None).build()
    app.bot_data["services"] = SimpleNamespace(settings=SimpleNamespace(messages_per_minute=20))
    with pytest.warns(UserWarning, match="JobQueue"):
        handlers.register(app)
    return [h for h in app.handlers[0] if isinstance(h, CallbackQueryHandler)]


def test_every_handler_selects_its_buttons_with_the_enum_helper(callback_handlers):
    *ours, fallback = callback_handlers
    assert fallback.callback.__name__ == "on_stale_button" and fallback.pattern is None
    for handler in ours:
        assert handler.pattern is not None and handler.pattern.pattern in DECLARED, (
            f"{handler.callback.__qualname__}: build its pattern with callbacks.pattern()"
        )


def test_every_button_reaches_the_handler_that_names_its_action(every_button, callback_handlers):
    for key, data in every_button:
        handler = next(h for h in callback_handlers if h.pattern is None or h.pattern.match(data))
        assert handler.pattern is not None, f"{data} goes to the stale-button answer"
        namespace, actions, bare = DECLARED[handler.pattern.pattern]
        if isinstance(key, Namespace):  # data without an action: a handler of all or bare data
            assert namespace == key and bare, f"{data} goes to {handler.callback.__qualname__}"
        else:
            # By identity: LogAction.CANCEL and RequestAction.CANCEL are equal strings.
            assert any(a is key for a in actions), (
                f"{data} goes to {handler.callback.__qualname__}"
            )


def test_unknown_actions_go_to_the_stale_button_answer(callback_handlers):
    unknown = ("v1:adm:zz:1", "v1:adm:e", "v1:req:drop:1", "v1:log:zz", "v1:log:new:1",
               "v1:consult:zz", "v1:consult", "v1:flow:x", "v1:flow:cancel:1", "v1:menu:zz",
               "v1:dl:zz", "v1:mylog:zz:1", "v1:adm:nu:1", "v1:adm:iok:1")  # fmt: skip
    for data in unknown:
        handler = next(h for h in callback_handlers if h.pattern is None or h.pattern.match(data))
        assert handler.pattern is None, f"{data} reached {handler.callback.__qualname__}"


# The values buttons already sent carry: a new member is fine, a changed value is not (old
# buttons in people's chats would stop working; decode the old value too if one must change).
SENT = {
    Namespace: {"LANGUAGE": "lang", "MENU": "menu", "ENTRY": "faq", "RATING": "rate",
                "FEES": "fee", "DEADLINE": "dl", "ESERVICES": "es", "CONTACTS": "con",
                "COUNCIL": "council", "WORKING_GROUPS": "wg", "LOG": "log", "MY_LOG": "mylog",
                "ADMIN": "adm", "CONSULT": "consult", "REQUEST": "req", "FLOW": "flow"},
    MenuAction: {"TOPICS": "topics", "CATEGORY": "cat"},
    RatingAction: {"ENTRY": "e"},
    Verdict: {"UP": "up", "DOWN": "down"},
    AskMemberAction: {"START": "new"},
    FlowAction: {"CANCEL": "cancel"},
    DeadlineAction: {"KAZAKHSTAN": "kz", "OTHER_COUNTRY": "other", "WHICH_DATE": "d"},
    PrivacyAction: {"FORGET": "forget"},
    ForgetAnswer: {"DELETE": "yes", "KEEP": "no"},
    LogAction: {"COUNTRY": "c", "TOPIC": "t", "TOPICS_DONE": "tn", "CHANNEL": "ch",
                "OUTCOME": "o", "DATE": "d", "LANGUAGE": "l", "SKIP_NOTE": "n", "SAVE": "ok",
                "CANCEL": "x", "LOG_ANOTHER": "new"},
    MyLogAction: {"CORRECT": "e", "WITHDRAW": "w", "CONFIRM_WITHDRAW": "wy"},
    EntryAction: {"EDIT_LANGUAGE": "el", "EDIT_FIELD": "ef", "SAVE_EDIT": "eok",
                  "CANCEL": "ex", "NEW_CATEGORY": "nc", "USE_SUGGESTION": "nu", "RETYPE": "nr"},
    ReviewAction: {"ADD_WORDING": "ra", "NEW_ENTRY": "rn", "DISMISS": "rd"},
    ImportAction: {"APPLY": "iok", "CANCEL": "ix"},
    ProposalAction: {"ADD_WORDING": "pa", "NEW_ENTRY": "pn", "DISMISS": "pd"},
    ConsultAction: {"TOPIC": "t", "USE_EARLIER": "q", "SEND": "send", "CANCEL": "x",
                    "LIST": "list", "WITHDRAW": "w", "CONFIRM_WITHDRAW": "wy", "REPLY": "r",
                    "RATE": "rate", "SKIP_COMMENT": "rs"},
    RequestAction: {"TAKE": "take", "PASS": "pass", "TAKE_BACK": "up", "ANSWER": "ans",
                    "CANNED": "cn", "SEND_CANNED": "cs", "CLOSE": "close", "HAND_OVER": "ra",
                    "HAND_TO": "rt", "INBOX": "inbox", "CANCEL": "x", "COUNTRY": "c",
                    "TOPIC": "t", "TOPICS_DONE": "tn", "OUTCOME": "o", "USEFUL": "u"},
}  # fmt: skip


def test_buttons_already_sent_keep_their_meaning():
    for enum, members in SENT.items():
        assert {name: enum[name].value for name in members} == members, enum.__name__
    assert set(action_enums()) <= set(SENT), "add the new enum's values to SENT"


def test_encode_checks_the_action_belongs_to_the_namespace():
    assert encode(Namespace.ADMIN, ReviewAction.ADD_WORDING, "12", "reg.fee") == (
        "v1:adm:ra:12:reg.fee"
    )
    assert encode("adm", "ra", "12") == "v1:adm:ra:12"  # decoded data encodes back as it was
    with pytest.raises(ValueError, match="not an action"):
        encode(Namespace.LOG, ReviewAction.ADD_WORDING, "12")
    with pytest.raises(ValueError, match="not an action"):
        pattern(Namespace.LOG, RequestAction.TAKE)


def test_action_of_names_the_member_or_nothing():
    assert action_of(("adm", "ra", "12"), ReviewAction) is ReviewAction.ADD_WORDING
    assert action_of(("adm", "pa", "12"), ReviewAction) is None  # another enum's action
    assert action_of(("log", "ra"), ReviewAction) is None  # another namespace
    assert action_of(("adm",), ReviewAction) is None
    assert action_of(None, ReviewAction) is None


def test_two_enums_of_one_namespace_share_no_value():
    with pytest.raises(ValueError, match="already an action of ReviewAction"):

        @button_actions(Namespace.ADMIN)
        class Clash(StrEnum):
            ADD = "ra"
