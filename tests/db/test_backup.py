"""Copies of a SQLite database: complete (also what is still in the WAL), wherever it lives."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from tagana_desk.db import backup
from tagana_desk.db.engine import open_database
from tagana_desk.domain.errors import DatabaseError
from tagana_desk.services import funds

pytestmark = pytest.mark.db


def _allocations(path: Path) -> list[tuple[str, int]]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT reference, amount FROM fund_allocation ORDER BY id").fetchall()
    finally:
        conn.close()


@pytest.mark.parametrize(
    "folder", ["biasa", "Budi Santoso", "Dinsos #2", "Bencana%202026", "100% cadangan", "tanya?"]
)
def test_backup_holds_the_data_wherever_the_database_lives(sqlite_url, tmp_path, folder):
    source = tmp_path / folder / "tagana.db"
    source.parent.mkdir()
    Path(sqlite_url).replace(source)
    db = open_database(str(source))
    assert db.path == source  # the URL names this file, not a cut-short or decoded one
    try:
        bendahara = _bendahara(db)
        with db.write() as s:
            funds.allocate(s, bendahara, "BTT", 15_000_000, "SK Bupati 188/1/2026")
        # The connection stays open: the allocation may still be in the -wal file only.
        copy = backup.backup_sqlite(source, tmp_path / "cadangan" / "salinan.db")
    finally:
        db.dispose()
    assert _allocations(copy) == [("SK Bupati 188/1/2026", 15_000_000)]
    assert sorted(p.name for p in copy.parent.iterdir()) == ["salinan.db"]
    # Nothing created beside the source (a cut-short path would make an empty database there).
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([folder, "cadangan"])
    assert [p.name for p in source.parent.iterdir()] == ["tagana.db"]
    # A complete database on its own: no WAL needed.
    conn = sqlite3.connect(copy)
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    conn.close()


def _bendahara(db):
    from tests.support import make_roles

    return make_roles(db).bendahara


def test_backup_of_a_missing_file_fails_cleanly(tmp_path):
    dest = tmp_path / "cadangan" / "x.db"
    with pytest.raises(DatabaseError, match="Cadangan database gagal dibuat"):
        backup.backup_sqlite(tmp_path / "tidak-ada.db", dest)
    assert not dest.exists()
    assert list(dest.parent.iterdir()) == []  # no .part file left behind
    assert not (tmp_path / "tidak-ada.db").exists()  # and no empty database created


def test_daily_backup_once_a_day_keeps_fourteen(sqlite_url, tmp_path):
    source = Path(sqlite_url)
    folder = tmp_path / "harian"
    start = dt.date(2026, 11, 1)
    for i in range(20):
        day = start + dt.timedelta(days=i)
        made = backup.daily_backup(source, folder, today=day)
        assert made == folder / f"tagana-harian-{day:%Y%m%d}.db"
        assert backup.daily_backup(source, folder, today=day) is None  # once a day
    kept = sorted(p.name for p in folder.iterdir())
    assert len(kept) == backup.KEEP_DAILY == 14
    assert kept[0] == "tagana-harian-20261107.db"
    assert kept[-1] == "tagana-harian-20261120.db"
