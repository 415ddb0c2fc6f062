"""An in-process Bot API: answers python-telegram-bot's calls without the network.

The terminal chat and the end-to-end tests run the production Application over it. It keeps
Telegram's rules (message length, callback-data size, the HTML parser's tags) and answers a
broken call with the same 400 error Telegram gives, so a flow that works here is not refused
in production; every refusal is also kept in `violations` for the tests to see.
"""

from __future__ import annotations

import itertools
import json
import re
import time
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from telegram.request import BaseRequest, RequestData

BOT_USER = {
    "id": 7000000001,
    "is_bot": True,
    "first_name": "Migration help",
    "username": "migrabot_local_bot",
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}
MAX_TEXT = 4096
MAX_CALLBACK_DATA = 64
TELEGRAM_TAGS = frozenset(
    {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre",
     "blockquote", "tg-spoiler", "span", "tg-emoji"}
)  # fmt: skip


class _TelegramHtml(HTMLParser):
    """Telegram's HTML rules: known tags, balanced, and text length after parsing."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.length = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in TELEGRAM_TAGS:
            self.errors.append(f'unsupported start tag "{tag}"')
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f'unexpected end tag "{tag}"')
        else:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        # Telegram counts UTF-16 code units.
        self.length += len(data.encode("utf-16-le")) // 2


def check_html(text: str) -> tuple[list[str], int]:
    if re.search(r"<(?!/?[a-zA-Z][\w-]*(\s[^<>]*)?>)", text):
        return ["bare '<' in text"], 0
    if re.search(r"&(?!(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);)", text):
        return ["bare '&' in text"], 0
    parser = _TelegramHtml()
    parser.feed(text)
    parser.close()
    errors = parser.errors + [f'unclosed tag "{tag}"' for tag in parser.stack]
    return errors, parser.length


class ApiSpec:
    """Bot API methods and their parameters, from a machine-readable copy of the docs."""

    def __init__(self, methods: dict[str, Any]):
        self._fields = {
            name: {f["name"]: f.get("required", False) for f in method.get("fields") or ()}
            for name, method in methods.items()
        }

    @classmethod
    def load(cls, path: str | Path) -> ApiSpec:
        return cls(json.loads(Path(path).read_text("utf-8"))["methods"])

    def knows(self, method: str) -> bool:
        return method in self._fields

    def problem(self, method: str, params: dict[str, Any]) -> str | None:
        fields = self._fields.get(method)
        if fields is None:
            return f"unknown method {method}"
        unknown = sorted(set(params) - set(fields))
        if unknown:
            return f"unknown parameter(s) {unknown} for {method}"
        missing = sorted(
            name for name, required in fields.items() if required and name not in params
        )
        return f"missing required {missing} for {method}" if missing else None


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    result: Any = None


@dataclass
class Fault:
    """A scripted failure: the next `times` calls of `method` get this answer."""

    method: str
    status: int
    description: str
    retry_after: int | None = None
    times: int = 1


@dataclass
class LocalBotApi(BaseRequest):
    """A Bot API server in memory. `calls` records every request in order."""

    calls: list[Call] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)
    faults: list[Fault] = field(default_factory=list)
    spec: ApiSpec | None = None
    # file_id → content, for documents users send (getFile and the download answer from it)
    files: dict[str, bytes] = field(default_factory=dict)
    # Called with every answered call (the load benchmark times replies with it).
    on_call: Any = None
    _message_ids: Any = field(default_factory=lambda: itertools.count(1000))

    @property
    def read_timeout(self) -> float | None:
        return 5.0

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    def sent(self, *methods: str) -> list[Call]:
        wanted = methods or ("sendMessage", "editMessageText")
        return [call for call in self.calls if call.method in wanted]

    def clear(self) -> None:
        self.calls.clear()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        if "/file/bot" in url:
            return self.download(url.rsplit("/", 1)[-1])
        api_method = url.rsplit("/", 1)[-1]
        params = {
            key: decode_parameter(value)
            for key, value in (request_data.json_parameters.items() if request_data else ())
        }
        if request_data is not None and request_data.contains_files:
            # Uploaded files travel as multipart parts; keep their bytes for the tests.
            for part, upload in request_data.multipart_data.items():
                params[part] = upload[1] if isinstance(upload, tuple) else upload
        return self.answer(api_method, params)

    def download(self, file_path: str) -> tuple[int, bytes]:
        """A file's bytes as Telegram's file server gives them (``file_path`` from getFile)."""
        content = self.files.get(file_path.rsplit("/", 1)[-1])
        return (200, content) if content is not None else (404, b"")

    def answer(self, api_method: str, params: dict[str, Any]) -> tuple[int, bytes]:
        """One Bot API call, decoded: recorded, checked against Telegram's rules, answered.

        Returns the HTTP status and body Telegram would send. Shared by this in-process
        transport and the tests' HTTP server, so both refuse exactly the same calls.
        """
        call = Call(api_method, params)
        self.calls.append(call)
        for fault in self.faults:
            if fault.method == api_method and fault.times > 0:
                fault.times -= 1
                body: dict[str, Any] = {
                    "ok": False,
                    "error_code": fault.status,
                    "description": fault.description,
                }
                if fault.retry_after is not None:
                    body["parameters"] = {"retry_after": fault.retry_after}
                return fault.status, json.dumps(body).encode()
        problem = self._check(api_method, params)
        if problem:
            self.violations.append(f"{api_method}: {problem}")
            return 400, json.dumps(
                {"ok": False, "error_code": 400, "description": f"Bad Request: {problem}"}
            ).encode()
        result = self._result(api_method, params)
        call.result = result
        if self.on_call is not None:
            self.on_call(call)
        return 200, json.dumps({"ok": True, "result": result}).encode()

    def _check(self, method: str, params: dict[str, Any]) -> str | None:
        if self.spec is not None and (problem := self.spec.problem(method, params)):
            return problem
        text = params.get("text")
        if isinstance(text, str):
            if not text.strip():
                return "message text is empty"
            if params.get("parse_mode") == "HTML":
                errors, length = check_html(text)
                if errors:
                    return f"can't parse entities: {errors[0]}"
            else:
                length = len(text.encode("utf-16-le")) // 2
            if length > MAX_TEXT:
                return "message is too long"
        markup = params.get("reply_markup")
        if isinstance(markup, dict):
            for row in markup.get("inline_keyboard", []):
                for button in row:
                    data = button.get("callback_data")
                    if data is not None and len(data.encode()) > MAX_CALLBACK_DATA:
                        return "BUTTON_DATA_INVALID"
                    if ("url" in button) == (data is not None):
                        return "a button needs exactly one of url and callback_data"
                    if "url" in button and not re.match(r"^(https?|tg)://", button["url"]):
                        return "BUTTON_URL_INVALID"
                    if not button.get("text"):
                        return "button text is empty"
        return None

    def _result(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getMe":
            return BOT_USER
        if method in (
            "sendMessage",
            "editMessageText",
            "editMessageReplyMarkup",
            "sendDocument",
            "sendPhoto",
        ):
            chat_id = params.get("chat_id", 0)
            message_id = params.get("message_id") or next(self._message_ids)
            message: dict[str, Any] = {
                "message_id": message_id,
                "date": int(time.time()),
                "chat": {"id": chat_id, "type": "private" if int(chat_id) > 0 else "group"},
                "from": BOT_USER,
                "text": params.get("text", ""),
            }
            if params.get("reply_markup"):
                message["reply_markup"] = params["reply_markup"]
            return message
        if method == "getFile":
            file_id = str(params.get("file_id"))
            return {
                "file_id": file_id,
                "file_unique_id": f"u{file_id}",
                "file_size": len(self.files.get(file_id, b"")),
                "file_path": f"documents/{file_id}",
            }
        if method == "getUpdates":
            return []
        if method == "getMyCommands":
            return []
        return True


def decode_parameter(value: str) -> Any:
    """A parameter as python-telegram-bot sends it: JSON for objects and numbers, else text."""
    try:
        return json.loads(value)
    except (TypeError, ValueError):
        return value
