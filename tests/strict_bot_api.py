"""A strict Bot API over real HTTP, for running `migrabot run` as Telegram would see it.

`StrictBotApiServer` serves ``/bot<TOKEN>/<method>`` and ``/file/bot<TOKEN>/<path>`` on
127.0.0.1 (stdlib only: ``http.server`` in a background thread). Each call is decoded from the
body python-telegram-bot sends (form-urlencoded, multipart/form-data with the uploaded files,
or JSON) and handed to ``LocalBotApi.answer``: the same rule checks as the in-process transport
(the vendored method list, HTML parse, 4096 characters, 64-byte callback data, buttons), the
same records (``calls``, ``violations``) and results. On top of that it keeps what a running
bot needs from a server: ``getUpdates`` long polling over a queue the test fills (``offset``
confirms, ``timeout`` is honoured), the command menus set per scope and language, a wrong
token answered 401 and an unknown method 404, as Telegram does.

`ScriptedUser` is the client side: a person who sends text, presses a button by its label or
data, or sends a document, and gets back what the bot sent to their chat for that update.

Knowing when the bot has *finished* an update: python-telegram-bot handles updates one at a
time, in update_id order (no concurrent updates in this bot). After each scripted update the
helper queues a probe, an unknown command from a user kept for that purpose, and waits for the
bot's answer to it. The bot starts on the probe only once the update before it is done, so when
the probe's answer arrives every call caused by the scripted update has been recorded. No
sleeps, no "went quiet" guessing.
"""

from __future__ import annotations

import contextlib
import email.parser
import email.policy
import html
import itertools
import json
import re
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from bot.ptb.transport import BOT_USER, ApiSpec, Call, LocalBotApi, decode_parameter

# Telegram's answer to a wrong token and to a method it does not have.
UNAUTHORIZED = {"ok": False, "error_code": 401, "description": "Unauthorized"}
NOT_FOUND = {"ok": False, "error_code": 404, "description": "Not Found"}
# Methods whose answer is a message the bot sent or changed.
MESSAGE_METHODS = (
    "sendMessage",
    "editMessageText",
    "editMessageReplyMarkup",
    "sendDocument",
    "sendPhoto",
)
# Probes come from a pool of users, so no one of them reaches the bot's flood limit.
PROBE_USERS = range(990_000_001, 990_000_041)
PROBE_COMMAND = "/probe_update_done"


def _scope_key(scope: Any) -> str:
    """A BotCommandScope as a stable key: {"type": "chat", "chat_id": 5} → 'chat:5'."""
    if not isinstance(scope, dict):
        return "default"
    parts = [str(scope.get("type", "default"))]
    parts += [str(scope[k]) for k in ("chat_id", "user_id") if k in scope]
    return ":".join(parts)


class StrictBotApi(LocalBotApi):
    """LocalBotApi's rules and records, thread-safe, plus getUpdates and command menus."""

    def __init__(self, spec: ApiSpec | None) -> None:
        super().__init__(spec=spec)
        self._changed = threading.Condition()
        self._pending: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1)
        self._closed = False
        self.confirmed_below = 0  # every update with a smaller id was confirmed by offset
        self.webhook_url = ""
        # (scope key, language_code or "") → the commands set for it
        self.menus: dict[tuple[str, str], list[dict[str, Any]]] = {}

    # The queue of updates

    def push(self, update: dict[str, Any]) -> int:
        """Queue an update for getUpdates; gives it the next update_id and returns it."""
        with self._changed:
            update_id = next(self._update_ids)
            self._pending.append({"update_id": update_id, **update})
            self._changed.notify_all()
        return update_id

    def close(self) -> None:
        with self._changed:
            self._closed = True
            self._changed.notify_all()

    def wait(self, until: Callable[[], bool], timeout: float, alive: Callable[[], bool]) -> None:
        """Block until ``until()`` holds (checked whenever a call arrives); TimeoutError when
        ``timeout`` passes, RuntimeError as soon as ``alive()`` says the bot has gone."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while not until():
                if not alive():
                    raise RuntimeError("the bot process has exited")
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"the bot did not answer within {timeout} s")
                self._changed.wait(min(left, 0.2))

    # Answering

    def answer(self, api_method: str, params: dict[str, Any]) -> tuple[int, bytes]:
        if api_method == "getUpdates" and self.webhook_url:
            # Telegram refuses long polling while a webhook is set.
            self.calls.append(Call(api_method, params))
            problem = "can't use getUpdates method while webhook is active"
            self.violations.append(f"getUpdates: {problem}")
            return 409, json.dumps(
                {"ok": False, "error_code": 409, "description": f"Conflict: {problem}"}
            ).encode()
        status, body = super().answer(api_method, params)
        with self._changed:
            self._changed.notify_all()
        if status == 400 and self.spec is not None and not self.spec.knows(api_method):
            return 404, json.dumps(NOT_FOUND).encode()
        return status, body

    def _result(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getUpdates":
            return self._get_updates(params)
        if method == "setWebhook":
            self.webhook_url = str(params.get("url") or "")
            return True
        if method == "deleteWebhook":
            self.webhook_url = ""
            if params.get("drop_pending_updates"):
                with self._changed:
                    self._pending.clear()
            return True
        if method == "getWebhookInfo":
            return {"url": self.webhook_url, "has_custom_certificate": False,
                    "pending_update_count": len(self._pending)}  # fmt: skip
        key = (_scope_key(params.get("scope")), str(params.get("language_code") or ""))
        if method == "setMyCommands":
            self.menus[key] = list(params.get("commands") or [])
            return True
        if method == "deleteMyCommands":
            self.menus.pop(key, None)
            return True
        if method == "getMyCommands":
            return self.menus.get(key, [])
        result = super()._result(method, params)
        if method in ("sendDocument", "sendPhoto") and isinstance(result, dict):
            # What Telegram answers for a file: the file, not a text.
            result.pop("text", None)
            if params.get("caption"):
                result["caption"] = params["caption"]
            file_id = f"sent{result['message_id']}"
            sent = {"file_id": file_id, "file_unique_id": f"u{file_id}", "file_size": 0}
            if method == "sendPhoto":
                result["photo"] = [{**sent, "width": 800, "height": 600}]
            else:
                result["document"] = sent
        return result

    def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = params.get("offset")
        limit = int(params.get("limit") or 100)
        timeout = float(params.get("timeout") or 0)
        allowed = params.get("allowed_updates") or None
        deadline = time.monotonic() + timeout
        with self._changed:
            if isinstance(offset, int) and offset > 0:
                # An offset confirms every update before it: Telegram forgets them.
                self._pending = [u for u in self._pending if u["update_id"] >= offset]
                self.confirmed_below = max(self.confirmed_below, offset)
                self._changed.notify_all()
            while True:
                ready = [
                    u for u in self._pending
                    if not allowed or any(kind in u for kind in allowed)
                ]  # fmt: skip
                left = deadline - time.monotonic()
                if ready or self._closed or left <= 0:
                    return ready[:limit]
                self._changed.wait(left)

    # What a user sees

    def menu_for(self, chat_id: int, language_code: str | None) -> list[dict[str, Any]]:
        """The command menu Telegram shows in a private chat: the most specific scope and
        language set (chat, then all private chats, then default; each with the user's
        language first)."""
        lang = (language_code or "").split("-")[0]
        for scope in (f"chat:{chat_id}", "all_private_chats", "default"):
            for key in ((scope, lang), (scope, "")):
                if key in self.menus:
                    return self.menus[key]
        return []


def history_refusals(calls: list[Call]) -> list[str]:
    """What else Telegram would refuse, seen only with a chat's history, which the shared rules
    (LocalBotApi) do not keep: an edit of a message the bot never sent to that chat, an edit
    that changes nothing ("message is not modified"), a button press answered twice."""
    problems: list[str] = []
    shown: dict[tuple[int, int], tuple[Any, Any]] = {}  # (chat, message) → (text, markup)
    answered: set[str] = set()
    for call in calls:
        if not isinstance(call.result, dict | bool) or call.result is False:
            continue  # refused already, and counted among the violations
        params = call.params
        if call.method == "answerCallbackQuery":
            query = str(params.get("callback_query_id"))
            if query in answered:
                problems.append(f"answerCallbackQuery: query {query} answered twice")
            answered.add(query)
        if call.method not in MESSAGE_METHODS or not isinstance(call.result, dict):
            continue
        key = (int(params.get("chat_id") or 0), int(call.result["message_id"]))
        markup = params.get("reply_markup")
        if call.method.startswith("send"):
            shown[key] = (params.get("text") or params.get("caption"), markup)
            continue
        if key not in shown:
            problems.append(f"{call.method}: message {key} to edit not found")
            continue
        text = params.get("text") if call.method == "editMessageText" else shown[key][0]
        if (text, markup) == shown[key]:
            problems.append(f"{call.method}: message {key} is not modified")
        shown[key] = (text, markup)
    return problems


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        return None

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def _reply(self, status: int, body: bytes, content_type: str = "application/json") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        # The bot may have stopped waiting (a long poll cancelled at shutdown).
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        url = urllib.parse.urlsplit(self.path)
        path = urllib.parse.unquote(url.path)  # a file's URL comes quoted: "123%3AABC"
        api = self.server.api
        if match := re.fullmatch(r"/file/bot([^/]+)/(.+)", path):
            if match.group(1) != self.server.token:
                self._reply(401, json.dumps(UNAUTHORIZED).encode())
                return
            status, content = api.download(match.group(2))
            self._reply(status, content, "application/octet-stream")
            return
        match = re.fullmatch(r"/bot([^/]*)/([A-Za-z0-9_]+)", path)
        if match is None:
            self._reply(404, json.dumps(NOT_FOUND).encode())
            return
        if match.group(1) != self.server.token:
            self._reply(401, json.dumps(UNAUTHORIZED).encode())
            return
        try:
            params = parse_params(self.headers.get("Content-Type") or "", body, url.query)
        except ValueError as error:
            api.violations.append(f"{match.group(2)}: unreadable body ({error})")
            unreadable = {"ok": False, "error_code": 400, "description": "Bad Request: unreadable"}
            self._reply(400, json.dumps(unreadable).encode())
            return
        status, answer = api.answer(match.group(2), params)
        self._reply(status, answer)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    api: StrictBotApi
    token: str


def parse_params(content_type: str, body: bytes, query: str = "") -> dict[str, Any]:
    """A Bot API call's parameters, decoded as LocalBotApi decodes python-telegram-bot's:
    objects and numbers from their JSON text, uploaded files as their bytes."""
    params: dict[str, Any] = {k: decode_parameter(v) for k, v in urllib.parse.parse_qsl(query)}
    kind = content_type.split(";")[0].strip().lower()
    if not body:
        return params
    if kind == "application/json":
        data = json.loads(body)
        if not isinstance(data, dict):
            raise ValueError("a JSON body must be an object")
        for key, value in data.items():
            # Objects may come as JSON text here too; plain strings stay strings.
            is_json_text = isinstance(value, str) and value[:1] in ("{", "[")
            params[key] = decode_parameter(value) if is_json_text else value
    elif kind == "multipart/form-data":
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body
        )
        if not message.is_multipart():
            raise ValueError("multipart body without parts")
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True)
            if not isinstance(name, str) or not isinstance(payload, bytes):
                raise ValueError("a multipart part without a name")
            if part.get_filename() is not None:
                params[name] = payload  # an uploaded file
            else:
                params[name] = decode_parameter(
                    payload.decode(part.get_content_charset() or "utf-8")
                )
    elif kind in ("application/x-www-form-urlencoded", ""):
        for key, value in urllib.parse.parse_qsl(body.decode("utf-8"), keep_blank_values=True):
            params[key] = decode_parameter(value)
    else:
        raise ValueError(f"content type {kind!r}")
    return params


@dataclass
class Shown:
    """A message on a user's screen: its text and buttons, by message id."""

    message_id: int
    text: str
    keyboard: list[list[dict[str, Any]]]

    @property
    def buttons(self) -> list[dict[str, Any]]:
        return [button for row in self.keyboard for button in row]


def _plain(text: str) -> str:
    """What Telegram puts in a message's "text": the HTML's text, without the tags."""
    return html.unescape(re.sub(r"<[^>]+>", "", text))


class StrictBotApiServer:
    """The HTTP server in a background thread; ``with StrictBotApiServer(token, spec) as s``."""

    def __init__(self, token: str, spec: ApiSpec | None) -> None:
        self.token = token
        self.api = StrictBotApi(spec)
        self._httpd = _Server(("127.0.0.1", 0), _Handler)
        self._httpd.api = self.api
        self._httpd.token = token
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self.users: dict[int, ScriptedUser] = {}
        self._routed = 0
        self._probes = itertools.cycle(PROBE_USERS)
        self._message_ids = itertools.count(1)
        # Tells the waits that the bot is gone (set by the test to look at its process).
        self.alive: Callable[[], bool] = lambda: True

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def calls(self) -> list[Call]:
        return self.api.calls

    @property
    def violations(self) -> list[str]:
        return self.api.violations

    def __enter__(self) -> StrictBotApiServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.api.close()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def wait_until_polling(self, timeout: float = 30.0) -> None:
        """Until the bot asks for updates (it has started, set its menus, dropped webhooks)."""
        self.api.wait(
            lambda: any(c.method == "getUpdates" for c in self.api.calls), timeout, self.alive
        )

    def user(self, user_id: int, first_name: str, language_code: str | None) -> ScriptedUser:
        person = ScriptedUser(self, user_id, first_name, language_code)
        self.users[user_id] = person
        return person

    def new_message_id(self) -> int:
        return next(self._message_ids) + 10**6  # apart from the ids of the bot's messages

    def deliver(self, update: dict[str, Any], timeout: float = 30.0) -> list[Call]:
        """Queue an update, wait until the bot has finished handling it; its calls."""
        start = len(self.api.calls)
        self.api.push(update)
        probe_chat = next(self._probes)
        self.api.push({"message": {
            "message_id": self.new_message_id(), "date": int(time.time()),
            "chat": {"id": probe_chat, "type": "private", "first_name": "Probe"},
            "from": {"id": probe_chat, "is_bot": False, "first_name": "Probe"},
            "text": PROBE_COMMAND,
            "entities": [{"type": "bot_command", "offset": 0, "length": len(PROBE_COMMAND)}],
        }})  # fmt: skip
        probe_index: list[int] = []

        def probe_answered() -> bool:
            for index in range(start, len(self.api.calls)):
                call = self.api.calls[index]
                if call.method == "sendMessage" and call.params.get("chat_id") == probe_chat:
                    probe_index.append(index)
                    return True
            return False

        self.api.wait(probe_answered, timeout, self.alive)
        calls = [
            c for c in self.api.calls[start : probe_index[0]]
            if c.params.get("chat_id") not in PROBE_USERS
        ]  # fmt: skip
        self._route()
        return calls

    def _route(self) -> None:
        """Put what the bot sent on the screens of the users it went to."""
        new = self.api.calls[self._routed :]
        self._routed += len(new)
        for call in new:
            chat_id = call.params.get("chat_id")
            person = self.users.get(int(chat_id)) if isinstance(chat_id, int) else None
            if person is not None:
                person.remember(call)

    def menu_descriptions(self, person: ScriptedUser) -> dict[str, str]:
        """The person's command menu as Telegram shows it: command → description."""
        menu = self.api.menu_for(person.user_id, person.language_code)
        return {c["command"]: c["description"] for c in menu}

    def mark(self) -> int:
        """A point in the record of calls, for `ScriptedUser.received`."""
        return len(self.api.calls)


@dataclass
class ScriptedUser:
    """A Telegram user in a private chat with the bot."""

    server: StrictBotApiServer
    user_id: int
    first_name: str
    language_code: str | None
    screen: dict[int, Shown] = field(default_factory=dict)
    _query_ids: Iterator[int] = field(default_factory=lambda: itertools.count(1))
    _asked: set[str] = field(default_factory=set)

    @property
    def _user(self) -> dict[str, Any]:
        user: dict[str, Any] = {"id": self.user_id, "is_bot": False, "first_name": self.first_name}
        if self.language_code:
            user["language_code"] = self.language_code
        return user

    @property
    def _chat(self) -> dict[str, Any]:
        return {"id": self.user_id, "type": "private", "first_name": self.first_name}

    def _mine(self, calls: list[Call]) -> list[Call]:
        return [
            c
            for c in calls
            if c.params.get("chat_id") == self.user_id
            or c.params.get("callback_query_id") in self._asked
        ]

    def remember(self, call: Call) -> None:
        if not isinstance(call.result, dict) or call.method not in MESSAGE_METHODS:
            return  # refused: the user sees nothing
        message_id = int(call.result["message_id"])
        keyboard = list((call.params.get("reply_markup") or {}).get("inline_keyboard", []))
        if call.method == "editMessageReplyMarkup":
            if message_id in self.screen:
                self.screen[message_id].keyboard = keyboard
            return
        text = call.params.get("text") or call.params.get("caption") or ""
        self.screen[message_id] = Shown(message_id, str(text), keyboard)

    def _message(self, **content: Any) -> dict[str, Any]:
        return {
            "message_id": self.server.new_message_id(),
            "date": int(time.time()),
            "chat": self._chat,
            "from": self._user,
            **content,
        }

    def say(self, text: str, reply_to: int | None = None) -> list[Call]:
        """Send a text (a command if it starts with /); ``reply_to``: a Telegram reply to the
        bot's message with that id. What the bot sent this chat in answer."""
        message = self._message(text=text)
        if text.startswith("/"):
            message["entities"] = [
                {"type": "bot_command", "offset": 0, "length": len(text.split()[0])}
            ]
        if reply_to is not None:
            shown = self.screen[reply_to]
            message["reply_to_message"] = {
                "message_id": shown.message_id, "date": int(time.time()), "chat": self._chat,
                "from": BOT_USER, "text": _plain(shown.text),
            }  # fmt: skip
        return self._mine(self.server.deliver({"message": message}))

    def send_document(self, name: str, content: bytes) -> list[Call]:
        file_id = f"up{self.server.new_message_id()}"
        self.server.api.files[file_id] = content
        document = {"file_id": file_id, "file_unique_id": f"u{file_id}", "file_name": name,
                    "file_size": len(content)}  # fmt: skip
        return self._mine(self.server.deliver({"message": self._message(document=document)}))

    def press_data(
        self, data: str, message_id: int | None = None, timeout: float = 30.0
    ) -> list[Call]:
        """Press the button with this callback data on a shown message (the newest by
        default)."""
        shown = self.screen[message_id] if message_id is not None else self.last()
        query_id = f"{self.user_id}-{next(self._query_ids)}"
        self._asked.add(query_id)
        message: dict[str, Any] = {
            "message_id": shown.message_id,
            "date": int(time.time()),
            "chat": self._chat,
            "from": BOT_USER,
            "text": _plain(shown.text),
        }
        if shown.keyboard:
            message["reply_markup"] = {"inline_keyboard": shown.keyboard}
        query = {
            "id": query_id,
            "from": self._user,
            "chat_instance": str(self.user_id),
            "message": message,
            "data": data,
        }
        return self._mine(self.server.deliver({"callback_query": query}, timeout))

    def press(self, label: str, timeout: float = 30.0) -> list[Call]:
        """Press the newest shown button whose text contains ``label``."""
        for shown in sorted(self.screen.values(), key=lambda s: s.message_id, reverse=True):
            for button in shown.buttons:
                if label in button["text"] and "callback_data" in button:
                    return self.press_data(button["callback_data"], shown.message_id, timeout)
        raise LookupError(f"no button {label!r} on {self.first_name}'s screen")

    def last(self) -> Shown:
        return self.screen[max(self.screen)]

    def received(self, since: int) -> list[str]:
        """The texts the bot sent this chat since ``server.mark()``."""
        return [
            str(c.params["text"])
            for c in self.server.calls[since:]
            if c.method in ("sendMessage", "editMessageText")
            and c.params.get("chat_id") == self.user_id
        ]
