"""The infrastructure the code reaches into is pinned, and the installed releases fit the pins.

knowledge/storage/sqlite_driver.py uses aiosqlite internals (and SQLAlchemy's aiosqlite adapter
drives it), so pyproject.toml bounds both to the releases checked; these tests fail with the
supported versions named when the environment drifts.
"""

from __future__ import annotations

import sqlite3
import tomllib
from importlib.metadata import version
from pathlib import Path

import aiosqlite
import pytest
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet

from knowledge.storage import sqlite_driver

ROOT = Path(__file__).resolve().parent.parent


def pinned() -> dict[str, Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    requirements = (Requirement(r) for r in project["dependencies"])
    return {r.name.lower(): r for r in requirements}


def test_the_driver_and_pyproject_name_the_same_aiosqlite_releases():
    assert pinned()["aiosqlite"].specifier == SpecifierSet(sqlite_driver.SUPPORTED_AIOSQLITE)


@pytest.mark.parametrize("name", ["aiosqlite", "sqlalchemy"])
def test_the_installed_release_is_one_pyproject_allows(name):
    requirement = pinned()[name]
    assert requirement.specifier.contains(version(name)), (
        f"{name} {version(name)} is installed, but knowledge/storage/sqlite_driver.py is checked "
        "with "
        f"{name}{requirement.specifier}: pip install -e ."
    )


def test_the_installed_aiosqlite_has_every_internal_the_driver_uses():
    connection = sqlite_driver.OneTripConnection(lambda: sqlite3.connect(":memory:"), 64)
    # Never started: nothing to close. Raises, naming the supported releases, if one is missing.
    sqlite_driver.require_supported_aiosqlite(connection)
    assert sqlite_driver.missing_members(connection) == []


def test_a_missing_internal_names_the_supported_releases(monkeypatch):
    # As on aiosqlite 0.22.0 (no stop()) or 0.20/0.21 (the connection is the thread).
    monkeypatch.delattr(aiosqlite.Connection, "stop")
    with pytest.raises(sqlite_driver.UnsupportedAiosqlite) as failure:
        sqlite_driver.connector(":memory:")
    assert "Connection.stop" in str(failure.value)
    assert f"aiosqlite{sqlite_driver.SUPPORTED_AIOSQLITE}" in str(failure.value)


async def test_a_cursor_can_be_awaited_as_sqlalchemy_2_0_does(tmp_path):
    connection = await sqlite_driver.connector(str(tmp_path / "x.sqlite3"))()
    try:
        cursor = await connection.cursor()
        await cursor.execute("SELECT 1 + 1")
        assert await cursor.fetchall() == [(2,)]
    finally:
        await connection.close()
