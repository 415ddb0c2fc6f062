"""A bad file is rejected whole, naming the file, the entry and the reason."""

from __future__ import annotations

import copy

import pytest
import yaml

from bot.cli import main
from knowledge.kb.entries import entry_to_mapping


def write(path, entries):
    path.write_text(yaml.safe_dump({"entries": entries}, allow_unicode=True), "utf-8")
    return path


@pytest.fixture
def good(bundled):
    return entry_to_mapping(next(e for e in bundled[0] if e.id == "reg.fee"))


def broken(good, change):
    entry = copy.deepcopy(good)
    change(entry)
    return entry


CASES = {
    "missing language": (lambda e: e["translations"].pop("ru"), "missing language ru"),
    "unsupported tag": (
        lambda e: e["translations"]["en"].update(answer="<p>Free.</p>"),
        "unsupported HTML tag <p>",
    ),
    "unbalanced tag": (
        lambda e: e["translations"]["az"].update(answer="<b>Pulsuzdur."),
        "unbalanced HTML tag <b>",
    ),
    "empty alternates": (
        lambda e: e["translations"]["en"].update(alternates=[]),
        "en: 0 alternates",
    ),
    "bad URL": (lambda e: e.update(links=["ftp://migration.gov.az"]), "bad URL in links"),
    "typed fee": (
        lambda e: e["translations"]["ru"].update(answer="Стоит 45 манат."),
        "fee inconsistency: 45",
    ),
    "unknown fee row": (
        lambda e: e["translations"]["en"].update(answer="It costs {fee:wp.99d.1m}."),
        "no fee row 'wp.99d.1m'",
    ),
    "invented phone": (
        lambda e: e["translations"]["en"].update(answer="Call +994 12 555 55 55."),
        "is not in contacts.yaml",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_broken_entry_is_rejected_with_file_entry_and_reason(
    case, good, tmp_path, capsys, cli_env
):
    change, reason = CASES[case]
    path = write(tmp_path / "broken.yaml", [broken(good, change)])
    assert main(["kb", "validate", str(path)]) == 1
    errors = capsys.readouterr().err
    assert "broken.yaml: reg.fee:" in errors and reason in errors, errors


def test_an_id_too_long_for_a_button_is_rejected(good, tmp_path, capsys, cli_env):
    entry = broken(good, lambda e: e.update(id="reg." + "a" * 40, related=[]))
    path = write(tmp_path / "long.yaml", [entry])
    assert main(["kb", "validate", str(path)]) == 1
    assert "is longer than 40 characters" in capsys.readouterr().err


def test_a_duplicate_id_is_rejected(good, tmp_path, capsys, cli_env):
    path = write(tmp_path / "twice.yaml", [good, copy.deepcopy(good)])
    assert main(["kb", "validate", str(path)]) == 1
    assert "twice.yaml: reg.fee: duplicate id" in capsys.readouterr().err


def test_an_unreadable_file_is_rejected_with_its_name(tmp_path, capsys, cli_env):
    path = tmp_path / "garbage.yaml"
    path.write_bytes(b"entries: [\x00\xff\xfe")
    assert main(["kb", "validate", str(path)]) == 1
    assert "garbage.yaml" in capsys.readouterr().err


def test_import_of_a_file_with_one_bad_entry_writes_nothing(good, tmp_path, capsys, cli_env):
    fine = broken(good, lambda e: e.update(id="reg.fee_copy"))
    bad = broken(good, lambda e: e["translations"].pop("az"))
    path = write(tmp_path / "mixed.yaml", [fine, bad])
    assert main(["kb", "import", str(path)]) == 1
    assert "nothing imported" in capsys.readouterr().err
    assert main(["kb", "export", "--format", "json"]) == 0
    exported = capsys.readouterr().out
    assert "reg.fee_copy" not in exported and '"reg.fee"' in exported


def test_the_bundled_knowledge_base_validates(capsys, cli_env):
    assert main(["kb", "validate"]) == 0
    assert "ok: " in capsys.readouterr().out
