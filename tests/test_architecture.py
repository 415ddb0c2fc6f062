"""The dependency rule: knowledge/ imports nothing of ours and never telegram."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN = {"telegram", "bot", "handlers"}


@pytest.mark.parametrize(
    "path", sorted((ROOT / "knowledge").rglob("*.py")), ids=lambda p: str(p.relative_to(ROOT))
)
def test_knowledge_does_not_import_telegram_bot_or_handlers(path):
    tree = ast.parse(path.read_text("utf-8"))
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        for name in names:
            assert name.split(".")[0] not in FORBIDDEN, f"{path.name} imports {name}"


def test_handlers_views_build_no_telegram_objects():
    source = (ROOT / "handlers" / "views.py").read_text("utf-8")
    assert "import telegram" not in source and "from telegram" not in source
