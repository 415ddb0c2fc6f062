"""The repository stands alone: the code, tests and benchmarks read nothing beside it."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("bot", "handlers", "knowledge", "benchmarks", "tests")


def outside_paths(path: Path) -> list[str]:
    """Path-building code that climbs out of the repository: "shared", "..", a parents[k]
    above the root."""
    found = []
    depth = len(path.relative_to(ROOT).parts) - 1  # parents[depth] is the root
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Constant) and node.value in ("shared", ".."):
            found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.value!r}")
        elif (
            isinstance(node, ast.Subscript)
            and isinstance(node.value, ast.Attribute)
            and node.value.attr == "parents"
            and isinstance(node.slice, ast.Constant)
            and isinstance(node.slice.value, int)
            and node.slice.value > depth
        ):
            found.append(f"{path.relative_to(ROOT)}:{node.lineno}: parents[{node.slice.value}]")
    return found


def test_no_code_reads_files_beside_the_repository():
    problems = [
        p
        for folder in FOLDERS
        for f in (ROOT / folder).rglob("*.py")
        if f != Path(__file__).resolve()
        for p in outside_paths(f)
    ]
    assert not problems, "\n".join(problems)


def test_what_the_tests_read_is_vendored_with_its_licence():
    spec = ROOT / "tests" / "fixtures" / "telegram-bot-api-spec"
    assert (spec / "api.min.json").is_file()
    assert "MIT License" in (spec / "LICENSE").read_text("utf-8")
    assert (ROOT / "tests" / "fixtures" / "COVERAGE.md").is_file()
    assert sorted((ROOT / "benchmarks" / "data").glob("*.jsonl"))


def test_ci_checks_types_with_what_the_test_extra_installs():
    """.ci/run runs mypy on knowledge/ and bot/; the README's test command installs it."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    test_extra = " ".join(project["project"]["optional-dependencies"]["test"])
    assert "mypy" in test_extra and "types-PyYAML" in test_extra
    assert set(project["tool"]["mypy"]["packages"]) == {"knowledge", "bot"}
    assert "python -m mypy knowledge bot" in (ROOT / ".ci" / "run").read_text("utf-8")
