"""`migrabot run` and `migrabot chat` as a person starts them."""

from __future__ import annotations

import builtins

from bot.cli import main


def type_lines(monkeypatch, lines):
    pending = list(lines)

    def fake_input(prompt=""):
        if not pending:
            raise EOFError
        return pending.pop(0)

    monkeypatch.setattr(builtins, "input", fake_input)


def test_run_without_a_token_opens_the_terminal_chat(cli_env, monkeypatch, capsys):
    type_lines(monkeypatch, ["3", "how much is a work permit for 6 months", "4"])
    assert main(["run"]) == 0
    captured = capsys.readouterr()
    assert "TELEGRAM_BOT_TOKEN is not set" in captured.err
    out = captured.out
    assert "[3] 🇬🇧 English" in out  # the start screen's buttons, numbered
    assert "Done: I will answer in English. To change the language, send /language." in out
    assert "600 AZN" in out and "Source:" in out
    assert "(opens https://" in out or "bot (edited)>" in out


def test_chat_speaks_the_chosen_language(cli_env, monkeypatch, capsys):
    type_lines(monkeypatch, ["/fees"])
    assert main(["chat", "--lang", "ru"]) == 0
    out = capsys.readouterr().out
    assert "Здравствуйте" in out and "Какую пошлину вы хотите узнать?" in out


def test_webhook_mode_needs_its_url_and_secret(cli_env, monkeypatch, capsys):
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123456:ABCdefGHI")
    assert main(["run", "--webhook"]) == 2
    err = capsys.readouterr().err
    assert "WEBHOOK_URL and WEBHOOK_SECRET" in err and "ABCdefGHI" not in err


def test_the_terminal_chat_plays_several_people(cli_env, monkeypatch, capsys):
    """An admin grants person 2 the council role; person 2 then has the council's commands."""
    assert main(["roles", "grant", "100001", "admin"]) == 0
    type_lines(monkeypatch, ["/grant 100002 council", "/as 2", "/help", "/report 2026"])
    assert main(["chat", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Done: 100002 is now council" in out
    assert "(you are person 2, id 100002)" in out
    assert "/log — Log a consultation you gave" in out
    assert "consultations in all" in out  # /report answers person 2, a council member
