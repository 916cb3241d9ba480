"""Every frozen database (one per released schema revision, with data) upgrades to head intact.

Make a new one with ``python -m tests.migrations.make_frozen`` when a revision is released.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from tagana_desk.db import migrate
from tagana_desk.db.engine import open_database
from tagana_desk.services import verify

FROZEN = sorted((Path(__file__).parent / "frozen").glob("*.db"))


def test_there_is_a_frozen_database_for_the_head_revision():
    assert migrate.head_revision() in {p.stem for p in FROZEN}


@pytest.mark.parametrize("frozen", FROZEN, ids=[p.stem for p in FROZEN])
def test_frozen_database_upgrades_to_head_with_its_data(frozen, tmp_path):
    expected = json.loads(frozen.with_suffix(".json").read_text())["rows"]
    copy = tmp_path / frozen.name
    shutil.copyfile(frozen, copy)
    db = open_database(str(copy))
    migrate.upgrade(db, backup_folder=tmp_path / "backups")
    assert migrate.schema_info(db).state is migrate.SchemaState.CURRENT
    with db.read() as s:
        report = verify.verify(s)
    db.dispose()
    assert report.ok, report.problems
    con = sqlite3.connect(copy)
    try:
        for table, rows in expected.items():
            if table == "alembic_version":
                continue
            assert con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] == rows, table
        # The name search still finds the old households after the upgrade.
        some = con.execute("SELECT head_name_norm FROM household LIMIT 1").fetchone()[0]
        hits = con.execute(
            "SELECT count(*) FROM household_fts WHERE head_name_norm LIKE ?", (f"%{some[:4]}%",)
        ).fetchone()[0]
        assert hits >= 1
    finally:
        con.close()
