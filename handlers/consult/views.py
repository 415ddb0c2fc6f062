"""What each side of a consultation request reads: the migrant's screens and the members'.

The migrant never sees who the member is; the member sees the migrant's Telegram name and
text, and their account only when the migrant agreed to show it.
"""

from __future__ import annotations

import html
from enum import StrEnum

from handlers.kit.callbacks import Namespace, button_actions
from handlers.kit.i18n import N_, Translator
from handlers.kit.labels import LANGUAGE_LABELS, TOPIC_LABELS
from handlers.kit.views import Button, View, fitted
from knowledge.consult.inbox import Canned, Inbox
from knowledge.consult.requests import ACTIVE, Request
from knowledge.council.consultations import TOPICS
from knowledge.people.roles import Staff


@button_actions(Namespace.CONSULT)
class ConsultAction(StrEnum):
    """A migrant's buttons: v1:consult:<action>[:<value>]. The way in, v1:consult:new, is
    the kit's AskMemberAction.START (it is offered on the kit's screens)."""

    TOPIC = "t"  # 1/3: v1:consult:t:<topic>
    USE_EARLIER = "q"  # 2/3: send the question the bot could not answer
    SEND = "send"  # 3/3: v1:consult:send[:account] (":account": show the Telegram account)
    CANCEL = "x"  # nothing sent; also ends writing a reply
    LIST = "list"  # /myrequests
    WITHDRAW = "w"  # v1:consult:w:<request>: asks to confirm
    CONFIRM_WITHDRAW = "wy"  # v1:consult:wy:<request>
    REPLY = "r"  # v1:consult:r:<request>: write back to the member's answer
    RATE = "rate"  # v1:consult:rate:<request>:1|0: 👍/👎 on a closed request's answer
    SKIP_COMMENT = "rs"  # no word after the rating


# v1:consult:send:account: the member also sees the migrant's Telegram account.
SHOW_ACCOUNT = "account"


@button_actions(Namespace.REQUEST)
class RequestAction(StrEnum):
    """A council member's buttons on a request: v1:req:<action>[:<request>[:<value>]]."""

    TAKE = "take"  # v1:req:take:<request>
    PASS = "pass"  # v1:req:pass:<request>: not for me (it can be taken back)
    TAKE_BACK = "up"  # v1:req:up:<request>: undo a pass
    ANSWER = "ans"  # v1:req:ans:<request>: the next text is the answer
    CANNED = "cn"  # v1:req:cn:<request>:<reply>: show a canned reply before sending it
    SEND_CANNED = "cs"  # v1:req:cs:<request>:<reply>: send it as it is
    CLOSE = "close"  # v1:req:close:<request>: the closing steps below
    HAND_OVER = "ra"  # v1:req:ra:<request>: choose the member to hand it to
    HAND_TO = "rt"  # v1:req:rt:<request>:<member's Telegram id>
    INBOX = "inbox"  # refresh /inbox
    CANCEL = "x"  # stop answering or closing
    # Closing a request, 1 to 4 of 4: the person's country (the kit's picker), the topics,
    # the outcome, and whether the answer goes to the admins as a KB proposal (1 or 0).
    COUNTRY = "c"
    TOPIC = "t"
    TOPICS_DONE = "tn"
    OUTCOME = "o"
    USEFUL = "u"


STATUS_LABELS = {
    "open": N_("waiting for a council member"),
    "taken": N_("a council member is answering"),
    "closed": N_("closed"),
    "withdrawn": N_("withdrawn"),
}


def _pairs(buttons: list[Button]) -> list[tuple[Button, ...]]:
    return [tuple(buttons[i : i + 2]) for i in range(0, len(buttons), 2)]


def _cancel(tr: Translator) -> tuple[Button, ...]:
    return (Button(tr("✖️ Cancel"), action=(Namespace.CONSULT, ConsultAction.CANCEL)),)


def _request(action: RequestAction, *values: object) -> tuple[str, ...]:
    """A member's button on a request: ``_request(RequestAction.TAKE, 12)``."""
    return (Namespace.REQUEST, action, *map(str, values))


# The migrant's side.


def render_topic_pick(tr: Translator) -> View:
    buttons = [
        Button(tr(TOPIC_LABELS[t]), action=(Namespace.CONSULT, ConsultAction.TOPIC, t))
        for t in TOPICS
    ]
    return View(
        tr(
            "<b>Ask a member of the Public Council</b>. A member answers "
            "here, in this chat, usually within a few working days.\n\n"
            "1/3 · What is your question about?"
        ),
        (*_pairs(buttons), _cancel(tr)),
    )


def render_ask_question(tr: Translator, earlier: str | None) -> View:
    rows: list[tuple[Button, ...]] = []
    text = tr(
        "2/3 · Write your question in one message: what happened, what you need. "
        "⚠️ Do not send passport, document or phone numbers."
    )
    if earlier:
        text += "\n\n" + tr(
            "Or send the question you asked me: «{text}»", text=html.escape(earlier)
        )
        use = Button(
            tr("Use that question"), action=(Namespace.CONSULT, ConsultAction.USE_EARLIER)
        )
        rows.append((use,))
    rows.append(_cancel(tr))
    return View(text, tuple(rows))


def render_personal_data(tr: Translator, text: str) -> View:
    """A question with a phone, document number or e-mail: not sent, given back to edit."""
    return View(
        tr(
            "Your question seems to contain a phone number, a document number or an e-mail. "
            "Please send it again without such numbers: the council member will ask for them "
            "if they are needed. Nothing was sent."
        )
        + "\n\n"
        + tr("Your text, to copy and edit (tap it):")
        + f"\n<code>{html.escape(text)}</code>",
        (_cancel(tr),),
    )


def render_consent(tr: Translator, name: str, topic: str, question: str) -> View:
    send = (Namespace.CONSULT, ConsultAction.SEND)
    return View(
        tr(
            "3/3 · The council member will see exactly this:\n\n"
            "Name: <b>{name}</b>\nTopic: {topic}\nQuestion: {question}\n\n"
            "Nothing else: not your phone number and not your Telegram account. "
            "Answers come here, from the bot. Send it?",
            name=html.escape(name),
            topic=tr(TOPIC_LABELS[topic]),
            question=html.escape(question),
        ),
        (
            (Button(tr("✅ Send"), action=send),),
            (Button(tr("✅ Send and show my account"), action=(*send, SHOW_ACCOUNT)),),
            _cancel(tr),
        ),
    )


def render_too_many(tr: Translator, active: int) -> View:
    return View(
        tr.plural(
            "You already have {count} request waiting for a council member. Please wait for "
            "the answer, or withdraw it in /myrequests.",
            "You already have {count} requests waiting for a council member. Please wait for "
            "the answers, or withdraw one in /myrequests.",
            active,
        )
    )


def render_sent(tr: Translator, request: Request, reached: int) -> View:
    text = tr(
        "Your request #{id} has been sent. You will get the answer here. "
        "See its status with /myrequests.",
        id=request.id,
    )
    if not reached:
        text += "\n\n" + tr(
            "No member is available right now; the request waits in the queue and "
            "members will see it in their daily list."
        )
    my_requests = Button(tr("🗂 My requests"), action=(Namespace.CONSULT, ConsultAction.LIST))
    return View(text, ((my_requests,),))


def render_my_requests(tr: Translator, requests: list[Request]) -> View:
    if not requests:
        return View(
            tr("You have no requests. Send /consult to ask a member of the Public Council.")
        )
    lines, rows = [tr("<b>Your requests</b>")], []
    for request in requests:
        lines.append(
            f"#{request.id} · {tr.date(request.created_at.date(), 'short')} · "
            f"{tr(TOPIC_LABELS.get(request.topic, request.topic))} · "
            f"{tr(STATUS_LABELS[request.status])}"
        )
        if request.status in ACTIVE:
            rows.append(
                (
                    Button(
                        tr("🗑 Withdraw #{id}", id=request.id),
                        action=(Namespace.CONSULT, ConsultAction.WITHDRAW, str(request.id)),
                    ),
                )
            )
    return View("\n".join(lines), tuple(rows))


def render_withdraw_confirm(tr: Translator, request_id: int) -> View:
    return View(
        tr("Withdraw request #{id}? The member will no longer answer it.", id=request_id),
        (
            (
                Button(
                    tr("Yes, withdraw"),
                    action=(Namespace.CONSULT, ConsultAction.CONFIRM_WITHDRAW, str(request_id)),
                ),
                Button(tr("No"), action=(Namespace.CONSULT, ConsultAction.LIST)),
            ),
        ),
    )


def render_answer_for_migrant(tr: Translator, request_id: int, text: str) -> View:
    return View(
        tr("💬 <b>A Public Council member answers</b> (request #{id}):", id=request_id)
        + "\n\n"
        + html.escape(text),
        (
            (
                Button(
                    tr("↩️ Reply"),
                    action=(Namespace.CONSULT, ConsultAction.REPLY, str(request_id)),
                ),
            ),
        ),
    )


def render_taken_for_migrant(tr: Translator, request_id: int) -> View:
    return View(
        tr(
            "A Public Council member has taken your request #{id}. The answer will come here.",
            id=request_id,
        )
    )


def render_closed_for_migrant(tr: Translator, request_id: int) -> View:
    rid = str(request_id)
    return View(
        tr(
            "Your request #{id} is closed. Thank you! If you need more help, send /consult.",
            id=request_id,
        )
        + "\n\n"
        + tr("Did the council member's answer help you?"),
        (
            (
                Button("👍", action=(Namespace.CONSULT, ConsultAction.RATE, rid, "1")),
                Button("👎", action=(Namespace.CONSULT, ConsultAction.RATE, rid, "0")),
            ),
        ),
    )


def render_rated(tr: Translator) -> View:
    return View(
        tr(
            "Thank you for the rating! If you like, write a word about the answer in one "
            "message (without names or numbers). It is optional."
        ),
        ((Button(tr("Skip"), action=(Namespace.CONSULT, ConsultAction.SKIP_COMMENT)),),),
    )


# The members' side.


def _member_cancel(tr: Translator) -> tuple[Button, ...]:
    return (Button(tr("✖️ Cancel"), action=_request(RequestAction.CANCEL)),)


def refusal(tr: Translator, code: str) -> str:
    """Why a member's action on a request was refused (RequestError's code)."""
    return {
        "taken": tr("Another member has already taken this request."),
        "yours": tr("You have already taken this request."),
        "withdrawn": tr("The person withdrew this request."),
        "closed": tr("This request is already closed."),
        "not_owner": tr("Only the member who took this request can answer or close it."),
        "no_role": tr("Nothing was sent: you no longer have the council role in this bot."),
        "not_allowed": tr(
            "Only an admin or the member who took this request can hand it to another member."
        ),
        "changed": tr("The request changed meanwhile. Send /inbox to see it as it is now."),
        "no_member": tr("That person is no longer a council member."),
        "same_member": tr("That member already has this request."),
    }.get(code, tr("This request no longer exists."))


def _from_line(tr: Translator, request: Request) -> str:
    name = html.escape(request.migrant_name or "—")
    account = request.migrant_account
    if account and account.startswith("tg://"):
        shown = f'<a href="{html.escape(account)}">{name}</a>'
    elif account:
        shown = f"{name} ({html.escape(account)})"
    else:
        shown = name
    return tr("From: {name}", name=shown)


def describe_request(tr: Translator, request: Request) -> str:
    return "\n".join(
        (
            tr(
                "<b>Request #{id}</b> · {topic}",
                id=request.id,
                topic=tr(TOPIC_LABELS[request.topic]),
            ),
            _from_line(tr, request),
            tr(
                "Language: {value}",
                value=tr(LANGUAGE_LABELS.get(request.language, request.language)),
            ),
            "",
            html.escape(request.question),
        )
    )


def render_notice(tr: Translator, request: Request, again: bool = False) -> View:
    title = tr("🔁 Still waiting for a member:") if again else tr("🆕 A migrant asks:")
    return View(
        f"{title}\n{describe_request(tr, request)}",
        (
            (
                Button(tr("✋ Take"), action=_request(RequestAction.TAKE, request.id)),
                Button(tr("Pass"), action=_request(RequestAction.PASS, request.id)),
            ),
        ),
    )


def owner_buttons(tr: Translator, request_id: int) -> tuple[tuple[Button, ...], ...]:
    return (
        (
            Button(tr("✍️ Answer"), action=_request(RequestAction.ANSWER, request_id)),
            Button(tr("✅ Close"), action=_request(RequestAction.CLOSE, request_id)),
        ),
    )


def _hand_over_row(tr: Translator, request_id: int) -> tuple[Button, ...]:
    return (
        Button(
            tr("↪️ Hand over #{id}", id=request_id),
            action=_request(RequestAction.HAND_OVER, request_id),
        ),
    )


def render_taken_by_you(tr: Translator, request: Request, assigned: bool = False) -> View:
    title = (
        tr("📨 An admin or a member handed this request to you.")
        if assigned
        else tr("✋ You took this request.")
    )
    return View(
        title
        + f"\n{describe_request(tr, request)}\n\n"
        + tr(
            "Press “Answer” and write: the person gets it from the bot, without your name. "
            "Close it when done."
        ),
        (*owner_buttons(tr, request.id), _hand_over_row(tr, request.id)),
    )


def render_answer_prompt(tr: Translator, request: Request, replies: list[Canned]) -> View:
    """Write the answer; or insert one of the canned replies in the request's language."""
    text = tr(
        "Write your answer to request #{id} in one message. The person gets it "
        "from the bot, without your name.",
        id=request.id,
    )
    rows: list[tuple[Button, ...]] = []
    if replies:
        language = tr(LANGUAGE_LABELS.get(request.language, request.language))
        text += "\n\n" + tr("Canned replies in {language}:", language=language)
        for number, reply in enumerate(replies[:8], start=1):
            text += f"\n{number}. {html.escape(_short(reply.text, 80))}"
        buttons = [
            Button(f"📋 {number}", action=_request(RequestAction.CANNED, request.id, reply.id))
            for number, reply in enumerate(replies[:8], start=1)
        ]
        rows += [tuple(buttons[i : i + 4]) for i in range(0, len(buttons), 4)]
    rows.append(_member_cancel(tr))
    return View(text, tuple(rows))


def render_canned_preview(tr: Translator, request_id: int, reply: Canned) -> View:
    return View(
        tr("This canned reply goes to the person as it is (request #{id}):", id=request_id)
        + f"\n\n<code>{html.escape(reply.text)}</code>\n\n"
        + tr("To change it first, tap the text to copy it, edit it and send it as your answer."),
        (
            (
                Button(
                    tr("📤 Send as it is"),
                    action=_request(RequestAction.SEND_CANNED, request_id, reply.id),
                ),
            ),
            _member_cancel(tr),
        ),
    )


def render_canned_list(tr: Translator, replies: list[Canned]) -> View:
    if not replies:
        return View(
            tr("No canned replies yet. Add one: <code>/canned_add ru text</code>")
        )
    lines = [tr("<b>Canned replies</b> (members insert them when they answer):")]
    for reply in replies:
        lines.append(f"#{reply.id} · {reply.language} · {html.escape(_short(reply.text, 200))}")
    lines.append("")
    lines.append(
        tr("Add: <code>/canned_add az|ru|en text</code> · delete: <code>/canned_del N</code>")
    )
    return View("\n".join(lines))


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _inbox_line(tr: Translator, request: Request) -> str:
    return (
        f"#{request.id} · {tr(TOPIC_LABELS.get(request.topic, request.topic))} · "
        f"{request.language} · {tr.date(request.created_at.date(), 'medium')}\n"
        f"   <i>{html.escape(_short(request.question, 70))}</i>"
    )


def render_inbox(tr: Translator, box: Inbox) -> View:
    """The member's queue: waiting for their groups, theirs, passed; admins also see the
    requests other members hold, and may hand any of them over."""
    lines = [tr("<b>Your inbox</b>")]
    rows: list[tuple[Button, ...]] = []
    sections = (
        (
            box.waiting,
            tr("⏳ Waiting for a member, your working groups {groups}: {count}",
               groups=", ".join(map(str, box.groups)), count=len(box.waiting))
            if box.groups
            else tr("⏳ Waiting for a member: {count}", count=len(box.waiting)),
        ),
        (box.mine, tr("✋ Taken by you: {count}", count=len(box.mine))),
        (box.passed, tr("↩️ Passed by you, still waiting: {count}", count=len(box.passed))),
    )  # fmt: skip
    for number, (requests, heading) in enumerate(sections):
        lines += ["", f"<b>{heading}</b>"]
        for request in requests[:8]:
            lines.append(_inbox_line(tr, request))
            rid = request.id
            hand = Button(tr("↪️ #{id}", id=rid), action=_request(RequestAction.HAND_OVER, rid))
            if number == 0:
                take = Button(
                    tr("✋ Take #{id}", id=rid), action=_request(RequestAction.TAKE, rid)
                )
                rows.append((take, hand) if box.admin else (take,))
            elif number == 1:
                rows.append((
                    Button(tr("✍️ #{id}", id=rid), action=_request(RequestAction.ANSWER, rid)),
                    Button(tr("✅ #{id}", id=rid), action=_request(RequestAction.CLOSE, rid)),
                    hand,
                ))  # fmt: skip
            else:
                take_back = _request(RequestAction.TAKE_BACK, rid)
                rows.append((Button(tr("↩️ Take back #{id}", id=rid), action=take_back),))
        if len(requests) > 8:
            lines.append(tr("… and {count} more", count=len(requests) - 8))
    if box.admin:
        lines += ["", "<b>" + tr("👥 With other members: {count}", count=len(box.others)) + "</b>"]
        for request, name in box.others[:8]:
            lines.append(_inbox_line(tr, request) + f" · {html.escape(name)}")
            hand_over = _request(RequestAction.HAND_OVER, request.id)
            rows.append((Button(tr("↪️ #{id}", id=request.id), action=hand_over),))
    rows.append((Button(tr("🔄 Refresh"), action=_request(RequestAction.INBOX)),))
    return View("\n".join(lines), tuple(rows))


def render_assign_pick(tr: Translator, request_id: int, members: list[Staff]) -> View:
    if not members:
        return View(tr("There is no other member to hand request #{id} to.", id=request_id))
    buttons = [
        Button(
            fitted(
                member.display_name or "—",
                f" ({', '.join(map(str, member.groups))})" if member.groups else "",
            ),
            action=_request(RequestAction.HAND_TO, request_id, member.telegram_id),
        )
        for member in members
    ]
    return View(
        tr("Hand request #{id} to which member? They own it from then on.", id=request_id),
        (*_pairs(buttons), _member_cancel(tr)),
    )


def render_handed_over(tr: Translator, request_id: int, to: str) -> View:
    return View(
        tr("Request #{id} was handed to {member}.", id=request_id, member=html.escape(to or "—"))
    )


def render_taken_elsewhere(tr: Translator, request_id: int, by: str) -> View:
    return View(
        tr("Request #{id} was taken by {member}.", id=request_id, member=html.escape(by or "—"))
    )


def render_reply_for_member(tr: Translator, request: Request, text: str) -> View:
    return View(
        tr(
            "↩️ <b>{name}</b> replies (request #{id}):",
            name=html.escape(request.migrant_name or "—"),
            id=request.id,
        )
        + "\n\n"
        + html.escape(text),
        owner_buttons(tr, request.id),
    )


def render_withdrawn_for_member(tr: Translator, request_id: int) -> View:
    return View(tr("Request #{id} was withdrawn by the person.", id=request_id))


def render_digest(tr: Translator, requests: list[Request]) -> View:
    lines = [
        tr.plural(
            "<b>{count} request waits for a member:</b>",
            "<b>{count} requests wait for a member:</b>",
            len(requests),
        )
    ]
    rows = []
    for request in requests[:10]:
        lines.append(
            f"#{request.id} · {tr(TOPIC_LABELS[request.topic])} · "
            + tr("since {date}", date=tr.date(request.created_at.date(), "medium"))
        )
        rows.append(
            (
                Button(
                    tr("✋ Take #{id}", id=request.id),
                    action=_request(RequestAction.TAKE, request.id),
                ),
            )
        )
    return View("\n".join(lines), tuple(rows))
