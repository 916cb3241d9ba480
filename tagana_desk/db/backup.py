"""Consistent copies of a SQLite database (the sqlite3 online-backup API, safe while in use)."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from tagana_desk.db.engine import read_only_uri
from tagana_desk.domain.errors import DatabaseError

KEEP_DAILY = 14


def backup_sqlite(source: Path, dest: Path) -> Path:
    """Copy ``source`` to ``dest`` page by page; the copy is a complete database on its own."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f"{dest.name}.{os.getpid()}.part")
    try:
        # A proper file: URI (percent-encoded): a "#" or "?" in a folder name must not cut the
        # path short and open (and create) an empty database elsewhere. Read-only, so a database
        # in a folder this user may only read can be copied too.
        src = sqlite3.connect(read_only_uri(Path(source)), uri=True)
        try:
            out = sqlite3.connect(tmp)
            try:
                src.backup(out)
                out.execute("PRAGMA journal_mode = DELETE")
            finally:
                out.close()
        finally:
            src.close()
        tmp.replace(dest)
    except (sqlite3.Error, OSError) as exc:
        tmp.unlink(missing_ok=True)
        raise DatabaseError(f"Cadangan database gagal dibuat di {dest}: {exc}") from None
    return dest


def timestamped_backup(source: Path, folder: Path, reason: str) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return backup_sqlite(source, folder / f"{source.stem}-{stamp}-{reason}.db")


def daily_backup(source: Path, folder: Path, today: dt.date | None = None) -> Path | None:
    """One backup per calendar day (keeps the newest ``KEEP_DAILY``); None when today's exists."""
    today = today or dt.date.today()
    target = folder / f"{source.stem}-harian-{today:%Y%m%d}.db"
    if target.exists():
        return None
    backup_sqlite(source, target)
    dailies = sorted(folder.glob(f"{source.stem}-harian-*.db"))
    for old in dailies[:-KEEP_DAILY]:
        old.unlink(missing_ok=True)
    return target


def restore_sqlite(source: Path, target: Path, keep_folder: Path) -> Path:
    """Replace the database at ``target`` with the backup ``source``; returns the kept copy.

    The database being replaced is first copied to ``keep_folder`` (never lost). The copy into
    place goes through the sqlite3 backup API, so readers see either the old or the new data.
    """
    kept = timestamped_backup(target, keep_folder, "pra-pemulihan")
    try:
        src = sqlite3.connect(read_only_uri(Path(source)), uri=True)
        try:
            dest = sqlite3.connect(target)
            try:
                src.backup(dest)
            finally:
                dest.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        raise DatabaseError(
            f"Pemulihan gagal ({exc}); database lama tetap ada di {kept}."
        ) from None
    return kept
