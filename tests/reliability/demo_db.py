"""Helpers for the reliability tests that run on a demo database through the command line.

Building the demo takes a few seconds, so it is built once per test run (on the first test's
fresh ``sqlite_url`` database) and every later test gets a byte copy of it over its own fresh
database file.
"""

from __future__ import annotations

import atexit
import shutil
import sqlite3
import tempfile
from pathlib import Path

from tagana_desk.cli import main

DEMO_HOUSEHOLDS = 150
DEMO_SEED = 9
#: The template's users (conftest) keep their password: ``demo.build`` leaves existing users as
#: they are, so "demo" is *not* their password here.
PASSWORD = "Rahasia123"

_CACHE: dict[tuple[int, int], Path] = {}


def _cache_dir() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="tagana-demo-cache-"))
    atexit.register(shutil.rmtree, folder, True)
    return folder


def demo_database(sqlite_url: str) -> Path:
    """Turn the fresh database file ``sqlite_url`` into the demo (seed 9, 150 households)."""
    from tagana_desk.db.engine import open_database
    from tagana_desk.services import demo

    target = Path(sqlite_url)
    key = (DEMO_HOUSEHOLDS, DEMO_SEED)
    if key not in _CACHE:
        db = open_database(sqlite_url)
        try:
            result = demo.build(db, households=DEMO_HOUSEHOLDS, seed=DEMO_SEED)
        finally:
            db.dispose()
        assert not result.already and result.counts["households"] == DEMO_HOUSEHOLDS
        cached = _cache_dir() / "demo.db"
        src, dst = sqlite3.connect(target), sqlite3.connect(cached)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
        _CACHE[key] = cached
    else:
        for suffix in ("-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(_CACHE[key], target)
    return target


def run_cli(monkeypatch, capsys, *argv: str, user: str | None = None, password: str = PASSWORD):
    """Run ``tagana-desk`` in-process: (exit code, stdout, stderr)."""
    monkeypatch.delenv("TAGANA_DESK_USER", raising=False)
    monkeypatch.delenv("TAGANA_DESK_PASSWORD", raising=False)
    if user:
        monkeypatch.setenv("TAGANA_DESK_USER", user)
        monkeypatch.setenv("TAGANA_DESK_PASSWORD", password)
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_error_line(err: str) -> str:
    """The single ``Galat:`` line of a failed command (no traceback, no second line)."""
    assert "Traceback" not in err, err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("Galat: "), err
    return lines[0]
