"""The migrabot command: ask, db, kb (and, as they come, run, chat, roles, report)."""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import logging
import sys
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path

import yaml
from sqlalchemy.exc import SQLAlchemyError

from bot import logs
from bot.config import SettingsError, load_settings
from bot.container import BundledContentInvalid, Services, open_services
from bot.runner import WebhookNotConfigured, run_telegram, run_terminal_chat
from handlers.kit.i18n import translator
from handlers.kit.labels import labels, render_report_text
from handlers.kit.views import html_to_text, render_reply, view_to_text
from knowledge.answering.safety import shows_danger
from knowledge.answering.search import Reply
from knowledge.council import actions as council
from knowledge.council import reports
from knowledge.kb import actions as kb_actions
from knowledge.kb import xlsx as kb_xlsx
from knowledge.kb.entries import entry_to_mapping
from knowledge.kb.files import bundled_faq_files, load_tables, read_and_validate
from knowledge.people import actions as people
from knowledge.people import roles
from knowledge.reference.contacts import Directory
from knowledge.storage import db

log = logging.getLogger("migrabot")


def match_fields(question: str, reply: Reply) -> dict:
    """The keys of an `ask --json` line that need no rendering (scoring reads just these)."""
    return {
        "question": question,
        "language": reply.lang,
        "status": reply.status,
        "entry_id": reply.entry.id if reply.entry else None,
        "score": reply.score,
    }


def reply_record(question: str, reply: Reply, directory: Directory) -> dict:
    """The `ask --json` line for one question: exactly the documented keys."""
    view = render_reply(reply, translator(reply.lang), directory)
    answer_lines = [html_to_text(view.html)]
    if reply.status == "clarify":
        answer_lines.extend(f"• {button.label}" for row in view.buttons for button in row)
    return {
        **match_fields(question, reply),
        "answer": "\n".join(answer_lines),
        "suggestions": [
            {"entry_id": entry.id, "title": entry.title(reply.lang)} for entry in reply.suggestions
        ],
        # The bot shows the legal-help contacts before the answer when this is true.
        "danger": shows_danger(question),
    }


async def _ask(args: argparse.Namespace) -> int:
    settings = load_settings()
    services = await open_services(settings)
    try:
        kb = services.kb
        fallback = settings.default_language

        def reply_for(question: str) -> Reply:
            return kb.answer(question, lang=args.lang, fallback=fallback)  # type: ignore[arg-type]

        if args.question == "-" or (args.question is None and not sys.stdin.isatty()):
            for line in sys.stdin:
                question = line.rstrip("\n")
                if args.json:
                    data = reply_record(question, reply_for(question), services.tables.directory)
                    print(json.dumps(data, ensure_ascii=False), flush=True)
                else:
                    _print_reply(reply_for(question), services)
            return 0
        if args.question is not None:
            reply = reply_for(args.question)
            if args.json:
                print(
                    json.dumps(
                        reply_record(args.question, reply, services.tables.directory),
                        ensure_ascii=False,
                    )
                )
            else:
                _print_reply(reply, services)
            return 0
        print(
            " · ".join(
                translator(lang)("Type a question (Ctrl-D to quit).")
                for lang in ("az", "ru", "en")
            )
        )
        while True:
            try:
                question = input("> ")
            except EOFError:
                print()
                return 0
            _print_reply(reply_for(question), services)
    finally:
        await services.close()


def _print_reply(reply: Reply, services: Services) -> None:
    view = render_reply(reply, translator(reply.lang), services.tables.directory)
    print(view_to_text(view, numbered=False))
    print()


async def _db_upgrade(_: argparse.Namespace) -> int:
    settings = load_settings()
    await db.upgrade(settings.database_url)
    print("database is up to date")
    return 0


def _kb_paths(args: argparse.Namespace) -> list[Path]:
    if not args.paths:
        return bundled_faq_files()
    paths: list[Path] = []
    for raw in args.paths:
        path = Path(raw)
        paths.extend(
            sorted(path.glob("*.yaml")) + sorted(path.glob("*.json")) if path.is_dir() else [path]
        )
    return paths


def _validate(args: argparse.Namespace):
    paths = _kb_paths(args)
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        raise FileNotFoundError(", ".join(missing))
    return read_and_validate(paths, load_tables())


def _kb_validate(args: argparse.Namespace) -> int:
    result = _validate(args)
    for problem in result.problems:
        print(problem, file=sys.stderr)
    if not result.ok:
        print(f"rejected: {len(result.problems)} problem(s)", file=sys.stderr)
        return 1
    print(f"ok: {len(result.entries)} entries")
    return 0


async def _kb_import(args: argparse.Namespace) -> int:
    result = _validate(args)
    if not result.ok:
        for problem in result.problems:
            print(problem, file=sys.stderr)
        print(
            f"rejected whole, nothing imported: {len(result.problems)} problem(s)", file=sys.stderr
        )
        return 1
    settings = load_settings()
    await db.upgrade(settings.database_url)
    engine = db.create_engine(settings.database_url)
    try:
        # A running bot picks the change up by itself within seconds (refresh_kb_if_due).
        report = await kb_actions.import_entries(
            db.session_factory(engine), [e for _, e in result.entries], actor="cli"
        )
    finally:
        await engine.dispose()
    print(
        f"added {len(report.added)}, changed {len(report.changed)}, "
        f"unchanged {len(report.unchanged)}"
    )
    return 0


@asynccontextmanager
async def _services() -> AsyncIterator[Services]:
    """Migrated, seeded services for one CLI command, closed after it."""
    services = await open_services(load_settings())
    try:
        yield services
    finally:
        await services.close()


async def _kb_export(args: argparse.Namespace) -> int:
    async with _services() as services:
        entries = await kb_actions.stored_entries(services.sessions)
    if args.format == "xlsx":
        if not args.out or args.out == "-":
            print("xlsx needs --out FILE", file=sys.stderr)
            return 2
        Path(args.out).write_bytes(kb_xlsx.to_xlsx(entries))
        print(f"exported {len(entries)} entries to {args.out}", file=sys.stderr)
        return 0
    data = {"entries": [entry_to_mapping(e) for e in entries]}
    if args.format == "json":
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    else:
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
    if args.out and args.out != "-":
        Path(args.out).write_text(text, encoding="utf-8")
        print(f"exported {len(entries)} entries to {args.out}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


async def _run(args: argparse.Namespace) -> int:
    settings = load_settings()
    if not settings.telegram_bot_token:
        print(
            "TELEGRAM_BOT_TOKEN is not set: starting the terminal chat instead.", file=sys.stderr
        )
        await run_terminal_chat(settings)
        return 0
    try:
        await run_telegram(settings, webhook=args.webhook)
    except WebhookNotConfigured as exc:
        print(exc, file=sys.stderr)
        return 2
    return 0


async def _chat(args: argparse.Namespace) -> int:
    await run_terminal_chat(load_settings(), lang=args.lang)
    return 0


async def _roles(args: argparse.Namespace) -> int:
    async with _services() as services:
        if args.roles_command == "list":
            for member in await people.staff(services.sessions):
                groups = ",".join(map(str, member.groups)) or "-"
                print(
                    f"{member.role:8} {member.display_name or '-':30} {member.user_key[:12]}"
                    f"  groups {groups}"
                )
            return 0
        key = services.user_key(args.user_id)
        if args.roles_command == "grant":
            await people.grant(
                services.sessions,
                key,
                args.role,
                args.name or "",
                granted_by="cli",
                telegram_id=args.user_id,
                groups=tuple(args.groups) if args.groups is not None else None,
            )
            print(f"granted {args.role} to Telegram user {args.user_id}")
        else:
            # The bot announces the member's requests again at its next re-announcement run.
            removed, released = await people.revoke(services.sessions, key, None)
            if not removed:
                print(f"Telegram user {args.user_id} had no role", file=sys.stderr)
                return 1
            print(f"revoked the role of Telegram user {args.user_id}")
            if released:
                print(f"{len(released)} of their requests go back to the other members")
    return 0


def _date_arg(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from exc


async def _report(args: argparse.Namespace) -> int:
    tr = translator(args.lang)
    async with _services() as services:
        report = await council.report(
            services.sessions, args.date_from, args.date_to, "cli", args.format
        )
    label = labels(tr)
    if args.format == "text":
        content: str | bytes = html_to_text(render_report_text(report, tr)) + "\n"
    elif args.format == "csv":
        content = reports.to_csv(report, label)
    elif args.format == "xlsx":
        content = reports.to_xlsx(report, label)
    else:
        content = reports.to_png(report, label)
    if args.out and args.out != "-":
        path = Path(args.out)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        print(
            f"wrote {args.format} report of {report.total} consultations to {args.out}",
            file=sys.stderr,
        )
    elif isinstance(content, bytes):
        print("binary formats need --out FILE", file=sys.stderr)
        return 2
    else:
        sys.stdout.write(content)
    return 0


async def _consultations_import(args: argparse.Namespace) -> int:
    settings = load_settings()
    path = Path(args.file)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        print(f"{path}: not UTF-8 text; save the spreadsheet as CSV (UTF-8)", file=sys.stderr)
        return 1
    services = await open_services(settings)
    try:
        result = await council.import_csv(services.sessions, text, services.today())
        if result.problems:
            for line, reason in result.problems:
                print(f"{path.name}: line {line}: {reason}", file=sys.stderr)
            print(
                f"rejected whole, nothing imported: {len(result.problems)} problem(s)",
                file=sys.stderr,
            )
            return 1
    finally:
        await services.close()
    print(f"imported {len(result.rows)} consultations")
    return 0


async def _privacy_purge(args: argparse.Namespace) -> int:
    async with _services() as services:
        days = args.days or services.settings.retention_days
        cutoff = dt.datetime.now(dt.UTC) - dt.timedelta(days=days)
        counts = await people.purge(services.sessions, cutoff)
    print(
        f"deleted data older than {days} days: "
        + ", ".join(f"{n} {name}" for name, n in counts.items())
    )
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="migrabot",
        description="Answers foreigners' questions about migration in Azerbaijan.",
    )
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser(
        "run", help="run the Telegram bot (the terminal chat when no token is set)"
    )
    run.add_argument(
        "--webhook", action="store_true", help="serve Telegram webhooks instead of long polling"
    )
    run.set_defaults(handler=_run)

    chat = commands.add_parser("chat", help="chat with the bot in the terminal, no token needed")
    chat.add_argument("--lang", choices=("az", "ru", "en"), help="your Telegram language")
    chat.set_defaults(handler=_chat)

    ask = commands.add_parser("ask", help="answer questions in the terminal (no token needed)")
    ask.add_argument("question", nargs="?", help="the question; '-' reads one per line")
    ask.add_argument("--json", action="store_true", help="one JSON object per question")
    ask.add_argument("--lang", choices=("az", "ru", "en"), help="force the reply language")
    ask.set_defaults(handler=_ask)

    database = commands.add_parser("db", help="database schema")
    db_commands = database.add_subparsers(dest="db_command", required=True)
    db_commands.add_parser("upgrade", help="apply migrations").set_defaults(handler=_db_upgrade)

    kb = commands.add_parser("kb", help="the knowledge base")
    kb_commands = kb.add_subparsers(dest="kb_command", required=True)
    for name, handler, text in (
        ("validate", _kb_validate, "check files without writing anything"),
        ("import", _kb_import, "validate whole, then upsert by id (idempotent)"),
    ):
        sub = kb_commands.add_parser(name, help=text)
        sub.add_argument("paths", nargs="*", help="YAML/JSON files or folders (default: bundled)")
        sub.set_defaults(handler=handler)
    export = kb_commands.add_parser("export", help="write the stored KB")
    export.add_argument("--format", choices=("json", "yaml", "xlsx"), default="json")
    export.add_argument("--out", help="file to write (default: standard output)")
    export.set_defaults(handler=_kb_export)

    role_parser = commands.add_parser("roles", help="council members and admins")
    role_commands = role_parser.add_subparsers(dest="roles_command", required=True)
    grant = role_commands.add_parser("grant", help="give a Telegram user a role")
    grant.add_argument("user_id", type=int, help="the Telegram user id (ask them to send /whoami)")
    grant.add_argument("role", choices=roles.ROLES)
    grant.add_argument("--name", help="how reports show this member")
    grant.add_argument(
        "--groups",
        type=int,
        nargs="*",
        metavar="N",
        help="working group numbers (contacts.yaml): requests on their topics go to this member",
    )
    revoke = role_commands.add_parser("revoke", help="take a role away")
    revoke.add_argument("user_id", type=int)
    role_commands.add_parser("list", help="everyone with a role")
    role_parser.set_defaults(handler=_roles)

    report = commands.add_parser("report", help="consultation statistics for a period")
    report.add_argument("--from", dest="date_from", type=_date_arg, required=True)
    report.add_argument("--to", dest="date_to", type=_date_arg, required=True)
    report.add_argument("--format", choices=("text", "csv", "xlsx", "png"), default="text")
    report.add_argument("--out", help="file to write (text and csv may go to standard output)")
    report.add_argument("--lang", choices=("az", "ru", "en"), default="en")
    report.set_defaults(handler=_report)

    privacy = commands.add_parser("privacy", help="personal data")
    privacy_commands = privacy.add_subparsers(dest="privacy_command", required=True)
    purge = privacy_commands.add_parser("purge", help="delete data past the retention period")
    purge.add_argument("--days", type=int, help="override RETENTION_DAYS")
    purge.set_defaults(handler=_privacy_purge)

    consultation = commands.add_parser("consultations", help="consultation records")
    consultation_commands = consultation.add_subparsers(
        dest="consultations_command", required=True
    )
    importer = consultation_commands.add_parser(
        "import", help="import a CSV: date,country,topics,channel,outcome,language[,member,note]"
    )
    importer.add_argument("file")
    importer.set_defaults(handler=_consultations_import)
    return parser


def _first_line(exc: BaseException) -> str:
    cause = getattr(exc, "orig", None) or exc
    return str(cause).splitlines()[0] if str(cause) else type(cause).__name__


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(exc, file=sys.stderr)
        return 2
    logs.configure(
        settings.log_level,
        secrets=(
            settings.telegram_bot_token.get(),
            settings.webhook_secret.get(),
            settings.pseudonym_key.get(),
        ),
    )
    try:
        outcome = args.handler(args)
        if asyncio.iscoroutine(outcome):
            outcome = asyncio.run(outcome)
        return int(outcome)
    except BundledContentInvalid as exc:
        print(f"the bundled knowledge base does not validate:\n{exc}", file=sys.stderr)
        return 1
    except FileNotFoundError as exc:
        print(f"file not found: {exc}", file=sys.stderr)
        return 1
    except (SQLAlchemyError, OSError) as exc:
        # The URL may hold a password: name the kind of database, never the URL.
        kind = settings.database_url.split(":", 1)[0]
        print(f"cannot use the {kind} database: {_first_line(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
