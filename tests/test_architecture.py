"""The layout's rules, checked on every import in the source tree.

- knowledge/ is the domain core: it never imports telegram, bot or handlers;
- handlers/ never imports bot (the composition root) except for type checking;
- a feature package in handlers/ imports only the kit and knowledge, never another feature;
- the seven features have the same names in handlers/ and knowledge/;
- handlers/ and the CLI never commit: a knowledge action owns its unit of work.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FEATURES = ("answering", "reference", "kb", "feedback", "council", "consult", "people")


def _python_files(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


def _package_of(path: Path) -> tuple[str, ...]:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return parts[:-1]


def runtime_imports(path: Path, source: str | None = None) -> list[str]:
    """Absolute names of the modules a file imports, leaving out `if TYPE_CHECKING:` blocks."""
    tree = ast.parse(path.read_text("utf-8") if source is None else source)
    type_only: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            type_only.update(id(child) for child in ast.walk(node))
    names = []
    for node in ast.walk(tree):
        if id(node) in type_only:
            continue
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                package = _package_of(path)[: len(_package_of(path)) - node.level + 1]
                base = ".".join(package + ((node.module,) if node.module else ()))
            else:
                base = node.module or ""
            names += [base] + [f"{base}.{alias.name}" for alias in node.names]
    return names


def _ids(path: Path) -> str:
    return str(path.relative_to(ROOT))


@pytest.mark.parametrize("path", _python_files("knowledge"), ids=_ids)
def test_knowledge_does_not_import_telegram_bot_or_handlers(path):
    for name in runtime_imports(path):
        assert name.split(".")[0] not in {"telegram", "bot", "handlers"}, f"imports {name}"


@pytest.mark.parametrize("path", _python_files("handlers"), ids=_ids)
def test_handlers_do_not_import_the_composition_root(path):
    for name in runtime_imports(path):
        assert name.split(".")[0] != "bot", f"imports {name}"


@pytest.mark.parametrize(
    "path",
    [p for f in FEATURES for p in sorted((ROOT / "handlers" / f).rglob("*.py"))],
    ids=_ids,
)
def test_a_feature_imports_only_the_kit_and_knowledge(path):
    own = _package_of(path)[1]
    for name in runtime_imports(path):
        parts = name.split(".")
        if parts[0] == "handlers" and len(parts) > 1:
            assert parts[1] in {"kit", own}, f"{own} imports {name}"


def test_the_kit_imports_no_feature():
    for path in _python_files("handlers/kit"):
        for name in runtime_imports(path):
            parts = name.split(".")
            assert not (parts[0] == "handlers" and len(parts) > 1 and parts[1] in FEATURES), (
                f"{_ids(path)} imports {name}"
            )


def test_each_feature_has_one_name_in_both_layers():
    for feature in FEATURES:
        assert (ROOT / "handlers" / feature / "__init__.py").is_file(), feature
        assert (ROOT / "knowledge" / feature / "__init__.py").is_file(), feature


def test_the_rule_sees_a_violation_and_ignores_type_only_imports():
    feature_file = ROOT / "handlers" / "answering" / "probe.py"
    source = "from handlers.consult import migrant\nfrom ..kit import send\nimport bot.container\n"
    names = runtime_imports(feature_file, source)
    assert {"handlers.consult.migrant", "handlers.kit.send", "bot.container"} <= set(names)
    guarded = "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import bot.container\n"
    assert "bot.container" not in runtime_imports(feature_file, guarded)


def test_handlers_views_build_no_telegram_objects():
    source = (ROOT / "handlers" / "kit" / "views.py").read_text("utf-8")
    assert "import telegram" not in source and "from telegram" not in source


# Nothing is exempt any more: every feature's actions own their unit of work (issue 12).
COMMIT_EXEMPT: tuple[str, ...] = ()


def commits(source: str) -> list[int]:
    """The lines of a source that call ``….commit()``."""
    return [
        node.lineno
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "commit"
    ]


@pytest.mark.parametrize(
    "path",
    [
        p
        for p in [*_python_files("handlers"), ROOT / "bot" / "cli.py"]
        if not _ids(p).startswith(COMMIT_EXEMPT)
    ],
    ids=_ids,
)
def test_handlers_and_the_cli_leave_the_transaction_to_actions(path):
    lines = commits(path.read_text("utf-8"))
    assert not lines, f"commit() at line(s) {lines}: call a knowledge action instead"


def test_the_commit_rule_sees_a_commit():
    source = "async def f(sessions):\n    async with x(sessions) as s:\n        await s.commit()\n"
    assert commits(source) == [3]
    assert commits("def f(sessions):\n    return sessions\n") == []
