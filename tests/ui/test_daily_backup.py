"""The desktop app's daily backup runs on the task runner, not before the window."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox

from tagana_desk.db import backup
from tagana_desk.domain.errors import DatabaseError
from tagana_desk.paths import backup_dir
from tagana_desk.ui import app as app_module
from tagana_desk.ui.tasks import SyncTaskRunner


def test_daily_backup_is_taken_through_the_runner(qtbot, sqlite_db):
    runner = SyncTaskRunner()
    target = backup_dir() / f"{sqlite_db.path.stem}-harian-{dt.date.today():%Y%m%d}.db"
    target.unlink(missing_ok=True)
    submitted = []
    original = runner.submit

    def spy(fn, *args, **kwargs):
        submitted.append(fn)
        return original(fn, *args, **kwargs)

    runner.submit = spy
    app_module.start_daily_backup(sqlite_db, runner)
    assert submitted == [backup.daily_backup]
    assert target.is_file() and target.stat().st_size > 0
    target.unlink()


def test_a_failed_daily_backup_is_said_and_does_not_stop_the_desk(qtbot, sqlite_db, monkeypatch):
    def broken(source, folder, today=None):
        raise DatabaseError("Cadangan database gagal dibuat di X: disk penuh")

    shown = []
    monkeypatch.setattr(backup, "daily_backup", broken)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    app_module.start_daily_backup(sqlite_db, SyncTaskRunner())
    assert shown == ["Cadangan database gagal dibuat di X: disk penuh"]
