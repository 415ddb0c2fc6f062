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


# Buttons: every handler selects its buttons with handlers.kit.callbacks.pattern(), built
# from the enums of actions, never with a regular expression of letter codes (issue 12).
CATCH_ALL = ("handlers/kit/fallback.py",)  # the stale-button answer takes whatever is left


def _calls_pattern(node: ast.AST, helpers: set[str], modules: set[str]) -> bool:
    """``pattern(...)`` imported from the kit's callbacks, or ``callbacks.pattern(...)``."""
    func = node.func if isinstance(node, ast.Call) else None
    if isinstance(func, ast.Name):
        return func.id in helpers
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "pattern"
        and ast.unparse(func.value) in modules
    )


def raw_callback_patterns(source: str, catch_all: bool = False) -> list[int]:
    """The lines where a CallbackQueryHandler gets its pattern otherwise than from
    ``callbacks.pattern(...)``, directly or through a name assigned from it."""
    tree = ast.parse(source)
    helpers, modules = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "handlers.kit.callbacks":
            helpers |= {a.asname or a.name for a in node.names if a.name == "pattern"}
        elif isinstance(node, ast.ImportFrom) and node.module == "handlers.kit":
            modules |= {a.asname or a.name for a in node.names if a.name == "callbacks"}
        elif isinstance(node, ast.Import):
            modules |= {
                a.asname or a.name for a in node.names if a.name == "handlers.kit.callbacks"
            }
    assigned: dict[str, list[ast.AST]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    assigned.setdefault(target.id, []).append(node.value)
    bad = []
    for node in ast.walk(tree):
        if not (
            isinstance(node, ast.Call)
            and (getattr(node.func, "id", None) or getattr(node.func, "attr", None))
            == "CallbackQueryHandler"
        ):
            continue
        given = [k.value for k in node.keywords if k.arg == "pattern"] + node.args[1:2]
        if not given:
            if not catch_all:
                bad.append(node.lineno)
            continue
        value = given[0]
        if isinstance(value, ast.Name):
            sources = assigned.get(value.id, [])
            ok = bool(sources) and all(_calls_pattern(v, helpers, modules) for v in sources)
        else:
            ok = _calls_pattern(value, helpers, modules)
        if not ok:
            bad.append(node.lineno)
    return bad


@pytest.mark.parametrize("path", _python_files("handlers"), ids=_ids)
def test_button_handlers_select_by_the_enums_not_by_raw_patterns(path):
    lines = raw_callback_patterns(path.read_text("utf-8"), _ids(path) in CATCH_ALL)
    assert not lines, (
        f"CallbackQueryHandler at line(s) {lines}: build its pattern with "
        "handlers.kit.callbacks.pattern(Namespace…, *Actions)"
    )


def test_the_pattern_rule_sees_a_raw_pattern():
    header = "from handlers.kit.callbacks import Namespace, pattern\n"
    good = (
        "def register(app):\n"
        "    app.add_handler(CallbackQueryHandler(on, pattern=pattern(Namespace.FEES)))\n"
        "    again = pattern(Namespace.LOG, LogAction.LOG_ANOTHER, final=True)\n"
        "    app.add_handler(CallbackQueryHandler(on, pattern=again))\n"
    )
    assert raw_callback_patterns(header + good) == []
    for raw in (
        'CallbackQueryHandler(on, pattern=r"^v1:adm:r[adn]:")',
        'CallbackQueryHandler(on, pattern=rf"^v1:flow:{CANCEL}$")',
        'CallbackQueryHandler(on, pattern=re.compile("^v1:log:"))',
        'CallbackQueryHandler(on, "^v1:log:")',
        "CallbackQueryHandler(on)",
    ):
        assert raw_callback_patterns(header + raw + "\n") == [2], raw
    named = 'again = "^v1:log:new$"\nCallbackQueryHandler(on, pattern=again)\n'
    assert raw_callback_patterns(header + named) == [3]
    # A helper of the same name that is not the kit's does not count.
    assert raw_callback_patterns("CallbackQueryHandler(on, pattern=pattern('x'))\n") == [1]
    assert raw_callback_patterns("CallbackQueryHandler(on, pattern=re.pattern('x'))\n") == [1]
    module = "from handlers.kit import callbacks\n"
    assert (
        raw_callback_patterns(
            module + "CallbackQueryHandler(on, pattern=callbacks.pattern(N.A))\n"
        )
        == []
    )


@pytest.mark.parametrize("path", _python_files("handlers"), ids=_ids)
def test_buttons_name_their_namespace_by_the_enum(path):
    """A button's action, or data compared with a decoded one, starts with a Namespace member,
    not with a string: ``(Namespace.DEADLINE, DeadlineAction.WHICH_DATE, "1")``."""
    tree = ast.parse(path.read_text("utf-8"))
    tuples = [
        k.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        for k in node.keywords
        if k.arg == "action" and isinstance(k.value, ast.Tuple)
    ] + [
        side
        for node in ast.walk(tree)
        if isinstance(node, ast.Compare)
        and "parts" in {getattr(s, "id", None) for s in (node.left, *node.comparators)}
        for side in (node.left, *node.comparators)
        if isinstance(side, ast.Tuple)
    ]
    spelled = [
        t.lineno
        for t in tuples
        if t.elts and isinstance(t.elts[0], ast.Constant) and isinstance(t.elts[0].value, str)
    ]
    assert not spelled, f"line(s) {spelled}: start the action with a Namespace member"
