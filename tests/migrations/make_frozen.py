"""Freeze a database with data at the current head revision, for the upgrade tests.

Run once per released schema revision (after adding a migration, before changing it again):

    .venv/bin/python -m tests.migrations.make_frozen

It writes ``tests/migrations/frozen/<revision>.db`` (a small demo: every table has rows) and a
``.json`` beside it with the row counts the upgrade test expects to survive.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import tempfile
from pathlib import Path

FOLDER = Path(__file__).resolve().parent / "frozen"


def main() -> None:
    os.environ.setdefault("TAGANA_DESK_HOME", tempfile.mkdtemp(prefix="tagana-freeze-"))
    from tagana_desk.db import migrate
    from tagana_desk.db.engine import open_database
    from tagana_desk.services import demo

    head = migrate.head_revision()
    target = FOLDER / f"{head}.db"
    target.unlink(missing_ok=True)
    db = open_database(str(target), create=True)
    migrate.upgrade(db)
    demo.build(db, households=40, seed=4, today=dt.date(2026, 11, 25))
    db.dispose()
    con = sqlite3.connect(target)
    con.execute("PRAGMA journal_mode = DELETE")
    con.execute("VACUUM")
    tables = [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'household_fts%' ORDER BY name")]  # fmt: skip
    counts = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    con.close()
    (FOLDER / f"{head}.json").write_text(json.dumps({"revision": head, "rows": counts}, indent=1))
    print(f"{target}: {sum(counts.values())} rows in {len(counts)} tables")


if __name__ == "__main__":
    main()
