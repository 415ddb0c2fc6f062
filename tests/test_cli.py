"""The migrabot command as a person or another tool uses it."""

from __future__ import annotations

import io
import json

import pytest
import yaml

from bot.cli import main
from bot.config import SettingsError, load_settings

ASK_KEYS = {
    "question",
    "language",
    "status",
    "entry_id",
    "score",
    "answer",
    "suggestions",
    "danger",
}


def test_ask_prints_the_answer_as_a_person_reads_it(cli_env, capsys):
    assert main(["ask", "how much does a work permit cost for 6 months"]) == 0
    out = capsys.readouterr().out
    assert "600" in out and "AZN" in out
    assert "<b>" not in out and "Source:" in out


def test_ask_json_reads_questions_from_stdin_one_json_object_each(cli_env, capsys, monkeypatch):
    questions = ["qeydiyyat pulludur?", "какие документы нужны", "где купить билет на поезд", ""]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(questions) + "\n"))
    assert main(["ask", "--json", "-"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["question"] for line in lines] == questions
    assert all(set(line) == ASK_KEYS for line in lines)
    free, ambiguous, off_topic, empty = lines
    assert (free["status"], free["entry_id"], free["language"]) == ("answer", "reg.fee", "az")
    assert "pulsuz" in free["answer"].lower() and "<" not in free["answer"]
    assert ambiguous["status"] == "clarify" and len(ambiguous["suggestions"]) >= 2
    assert set(ambiguous["suggestions"][0]) == {"entry_id", "title"}
    assert off_topic["status"] == "none" and "919" in off_topic["answer"]
    assert empty["status"] == "none" and empty["answer"]


def test_ask_json_says_which_questions_show_danger(cli_env, capsys, monkeypatch):
    questions = [
        "polis meni saxlayib, indi sobedeyem",  # az without its letters
        "rabotodatel zabral pasport i ne otdaet",  # Russian in Latin letters
        "my boss keeps my passport and won't let me leave",
        "I lost my passport, what should I do",  # look-alikes
        "can I be deported if I overstay my visa?",
        "как поставить машину на учет в ГАИ",
    ]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(questions) + "\n"))
    assert main(["ask", "--json", "-"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(line["question"], line["danger"]) for line in lines] == [
        (question, index < 3) for index, question in enumerate(questions)
    ]
    assert all(set(line) == ASK_KEYS for line in lines)


def test_ask_lang_forces_the_reply_language(cli_env, capsys):
    assert main(["ask", "--json", "--lang", "ru", "registration fee"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["language"] == "ru" and "бесплатн" in record["answer"].lower()


def test_export_json_has_the_documented_shape(cli_env, capsys, tmp_path):
    out = tmp_path / "kb.json"
    assert main(["kb", "export", "--format", "json", "--out", str(out)]) == 0
    data = json.loads(out.read_text("utf-8"))
    entry = next(e for e in data["entries"] if e["id"] == "wp.fees")
    assert {"id", "category", "translations", "links", "source"} <= set(entry)
    assert set(entry["translations"]) == {"az", "ru", "en"}
    assert set(entry["translations"]["en"]) == {
        "question",
        "short_title",
        "alternates",
        "keywords",
        "answer",
    }


def test_exported_kb_imports_back_unchanged(cli_env, capsys, tmp_path):
    out = tmp_path / "kb.yaml"
    assert main(["kb", "export", "--format", "yaml", "--out", str(out)]) == 0
    capsys.readouterr()
    assert main(["kb", "import", str(out)]) == 0
    count = len(yaml.safe_load(out.read_text("utf-8"))["entries"])
    assert f"added 0, changed 0, unchanged {count}" in capsys.readouterr().out


def test_all_invalid_settings_are_reported_at_once_without_the_token():
    token = "not-a-token-but-secret"
    with pytest.raises(SettingsError) as error:
        load_settings(
            {"TELEGRAM_BOT_TOKEN": token, "DEFAULT_LANGUAGE": "fr", "DATABASE_URL": "mysql://x"},
            env_file=None,
        )
    message = str(error.value)
    assert len(error.value.problems) == 3
    assert token not in message and "TELEGRAM_BOT_TOKEN" in message


def test_the_token_never_shows_in_the_settings_repr():
    settings = load_settings({"TELEGRAM_BOT_TOKEN": "123456:ABCdef"}, env_file=None)
    assert "ABCdef" not in repr(settings) and settings.telegram_bot_token.get() == "123456:ABCdef"


def test_settings_come_from_a_dotenv_file_when_the_environment_is_silent(tmp_path):
    env = tmp_path / ".env"
    env.write_text('# local\nDEFAULT_LANGUAGE="ru"\nexport LOG_LEVEL=debug\n', "utf-8")
    settings = load_settings({}, env_file=env)
    assert settings.default_language == "ru" and settings.log_level == "DEBUG"
    assert settings.database_url.startswith("sqlite:///")


def test_ask_survives_garbage_huge_and_emoji_input(cli_env, capsys, monkeypatch):
    questions = ["\x00\x01\ufffd\x7f", "🙂🙂🙂", "виза " * 20_000]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(questions) + "\n"))
    assert main(["ask", "--json", "-"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(lines) == 3
    for record in lines:
        assert record["answer"].strip() and "Traceback" not in record["answer"]
    garbage, emoji, _ = lines
    assert garbage["status"] == emoji["status"] == "none"


def test_logs_never_show_the_token(cli_env, monkeypatch, capsys):
    import logging

    from bot import logs

    token = "123456:SECRETsecretSECRET"
    logs.configure("INFO", secrets=[token])
    logging.getLogger("httpx").warning("POST https://api.telegram.org/bot%s/getMe", token)
    logging.getLogger("httpx").info("HTTP Request: POST https://api.telegram.org/bot%s/x", token)
    err = capsys.readouterr().err
    assert token not in err and "bot******/getMe" in err
    assert "HTTP Request" not in err  # request lines are not logged at INFO at all
