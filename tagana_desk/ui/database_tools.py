"""Berkas → Cadangkan database… / Pulihkan dari cadangan… (admin).

SQLite only, like the command line (``tagana-desk backup`` / ``restore``): a backup is a
consistent copy made with SQLite's online-backup API while the desk keeps working. A restore is
checked before anything is touched — a Tagana Desk database, not empty, not made by a newer
program — then confirmed by typing a word; the current database is copied to the backup folder
first, and the program closes afterwards so that nothing keeps working on data that was replaced.
A PostgreSQL database is backed up and restored by its server's own tools (pg_dump/pg_restore).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QProgressDialog

from tagana_desk import APP_NAME
from tagana_desk.db import migrate
from tagana_desk.db.backup import backup_sqlite, restore_sqlite
from tagana_desk.db.engine import open_database
from tagana_desk.domain.errors import DatabaseError, TaganaError, ValidationError
from tagana_desk.domain.roles import Permission
from tagana_desk.paths import backup_dir
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.errors import describe, show_unexpected
from tagana_desk.ui.habits import last_folder, remember_folder
from tagana_desk.ui.labels import roles_with

if TYPE_CHECKING:
    from tagana_desk.ui.dialogs.restore_confirm import RestoreConfirmDialog

LAST_FOLDER_KEY = "ui/backup/last_folder"


@dataclass(frozen=True, slots=True)
class BackupCheck:
    """A backup file that may be restored: what it is, for the confirmation."""

    source: Path
    modified: dt.datetime
    size: int
    state: migrate.SchemaState
    revision: str | None


@dataclass(frozen=True, slots=True)
class RestoreResult:
    source: Path
    kept: Path
    migrated: bool


def check_backup(source: Path, current: Path) -> BackupCheck:
    """Runs on a worker thread: refuse what must not replace the desk's database.

    The same checks as ``tagana-desk restore``: a file, SQLite, a Tagana Desk database
    (``ensure_usable`` refuses another program's and a newer program's), not empty, and not the
    database in use.
    """
    source = Path(source).expanduser().resolve()
    if not source.is_file():
        raise ValidationError(
            QCoreApplication.translate(
                "DatabaseTools", "File cadangan tidak ditemukan: {path}"
            ).format(path=source)
        )
    if source == Path(current).resolve():
        raise ValidationError(
            QCoreApplication.translate(
                "DatabaseTools", "File cadangan sama dengan database yang dipakai."
            )
        )
    candidate = open_database(str(source))
    try:
        info = migrate.ensure_usable(candidate)
        if info.state is migrate.SchemaState.EMPTY:
            raise DatabaseError(
                QCoreApplication.translate(
                    "DatabaseTools", "{path} kosong; bukan cadangan Tagana Desk."
                ).format(path=source)
            )
    finally:
        candidate.dispose()
    stat = source.stat()
    return BackupCheck(
        source, dt.datetime.fromtimestamp(stat.st_mtime), stat.st_size, info.state, info.current
    )


def restore_backup(source: Path, target: Path, keep_folder: Path) -> RestoreResult:
    """Runs on a worker thread, with every connection to ``target`` closed: copy the current
    database to ``keep_folder``, put the backup in its place, bring its schema up to date."""
    kept = restore_sqlite(source, target, keep_folder)
    restored = open_database(str(target))
    try:
        migrated = migrate.upgrade(restored) is not None
    finally:
        restored.dispose()
    return RestoreResult(source, kept, migrated)


def _size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
    return f"{max(1, size // 1024)} KB"


class DatabaseTools(QObject):
    """The two Berkas menu actions and their flows, for the main window."""

    def __init__(self, ctx: DeskContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.allowed = ctx.actor.can(Permission.EDIT_SETTINGS)
        self.message_box: QMessageBox | None = None
        self.confirm_dialog: RestoreConfirmDialog | None = None
        self.progress: QProgressDialog | None = None
        self.restored: RestoreResult | None = None

        self.backup_action = QAction(self.tr("&Cadangkan database…"), window)
        self.backup_action.triggered.connect(self.backup_database)
        self.restore_action = QAction(self.tr("P&ulihkan dari cadangan…"), window)
        self.restore_action.triggered.connect(self.restore_database)
        if self.allowed:
            self.backup_action.setStatusTip(self.tr("Salin database ke sebuah file cadangan"))
            self.restore_action.setStatusTip(
                self.tr("Ganti database dengan isi sebuah file cadangan")
            )
        else:
            only = self.tr("Hanya {roles} yang dapat mencadangkan dan memulihkan database.").format(
                roles=roles_with(Permission.EDIT_SETTINGS)
            )
            for action in (self.backup_action, self.restore_action):
                action.setEnabled(False)
                action.setStatusTip(only)

    @property
    def actions(self) -> tuple[QAction, QAction]:
        return self.backup_action, self.restore_action

    # --- messages
    def _inform(self, title: str, text: str, details: str = "") -> QMessageBox:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(title)
        box.setText(text)
        if details:
            box.setInformativeText(details)
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.button(QMessageBox.StandardButton.Close).setText(self.tr("Tutup"))
        box.finished.connect(box.deleteLater)
        self.message_box = box
        box.open()
        return box

    def _warn(self, title: str, text: str, details: str = "") -> QMessageBox:
        box = self._inform(title, text, details)
        box.setIcon(QMessageBox.Icon.Warning)
        return box

    def _fault(self, title: str, exc: object) -> None:
        """A refused or failed step: its message; a bug gets the bug dialog (and the log)."""
        if isinstance(exc, TaganaError) or not isinstance(exc, BaseException):
            self._warn(title, describe(exc))
        else:
            show_unexpected(self.window, exc)

    def _server_database(self, title: str, tool: str) -> QMessageBox:
        return self._inform(
            title,
            self.tr("Database ini berada di server PostgreSQL: {name}.").format(
                name=self.ctx.db.display_name
            ),
            self.tr(
                "Cadangan dan pemulihan database server dilakukan pengelola server dengan {tool} "
                "(pg_dump untuk mencadangkan, pg_restore untuk memulihkan), bukan dari program "
                "ini."
            ).format(tool=tool),
        )

    # --- backup
    def backup_database(self) -> None:
        if not self.allowed:
            return
        if self.ctx.db.path is None:
            self._server_database(self.tr("Cadangkan database"), "pg_dump")
            return
        folder = last_folder(LAST_FOLDER_KEY, backup_dir())
        name = f"{self.ctx.db.path.stem}-cadangan-{dt.datetime.now():%Y%m%d-%H%M}.db"
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Cadangkan database"), str(folder / name),
            self.tr("Database SQLite (*.db)"),
        )  # fmt: skip
        if path:
            self.backup_to(Path(path))

    def backup_to(self, target: Path) -> None:
        """Write a consistent copy of the database to ``target`` on a worker thread."""
        source = self.ctx.db.path
        if not self.allowed or source is None:
            return
        target = Path(target).expanduser().resolve()
        if target == source.resolve():
            self._warn(
                self.tr("Cadangkan database"),
                self.tr("File cadangan tidak boleh sama dengan database yang dipakai."),
            )
            return
        remember_folder(target.parent, LAST_FOLDER_KEY)
        self.backup_action.setEnabled(False)
        self.ctx.runner.submit(
            backup_sqlite, source, target,
            on_done=self._backed_up, on_error=self._backup_failed, owner=self,
        )  # fmt: skip

    def _backed_up(self, path: Path) -> None:
        self.backup_action.setEnabled(True)
        self.window.statusBar().showMessage(
            self.tr("Cadangan ditulis: {path}").format(path=path), 10_000
        )
        self._inform(
            self.tr("Cadangkan database"),
            self.tr("Cadangan database ditulis."),
            self.tr("{path}\n\nSimpan salinannya juga di luar komputer ini (flashdisk, server).")
            .format(path=path),
        )  # fmt: skip

    def _backup_failed(self, exc: object) -> None:
        self.backup_action.setEnabled(True)
        self._fault(self.tr("Cadangan gagal"), exc)

    # --- restore
    def restore_database(self) -> None:
        if not self.allowed:
            return
        if self.ctx.db.path is None:
            self._server_database(self.tr("Pulihkan dari cadangan"), "pg_restore")
            return
        folder = str(last_folder(LAST_FOLDER_KEY, backup_dir()))
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Pilih file cadangan"), folder,
            self.tr("Database SQLite (*.db *.sqlite);;Semua file (*)"),
        )  # fmt: skip
        if path:
            self.restore_from(Path(path))

    def restore_from(self, source: Path) -> None:
        """Check ``source``; a usable backup is then confirmed (strongly) before the restore."""
        target = self.ctx.db.path
        if not self.allowed or target is None:
            return
        remember_folder(Path(source).parent, LAST_FOLDER_KEY)
        self.restore_action.setEnabled(False)
        self.ctx.runner.submit(
            check_backup, Path(source), target,
            on_done=self._confirm, on_error=self._refused, owner=self,
        )  # fmt: skip

    def _refused(self, exc: object) -> None:
        self.restore_action.setEnabled(True)
        if not isinstance(exc, TaganaError) and isinstance(exc, BaseException):
            show_unexpected(self.window, exc)
            return
        self._warn(
            self.tr("Cadangan tidak dapat dipulihkan"),
            describe(exc),
            self.tr("Database yang sedang dipakai tidak diubah."),
        )

    def _confirm(self, check: BackupCheck) -> None:
        self.restore_action.setEnabled(True)
        assert self.ctx.db.path is not None
        # Imported on first use: startup time (the main window builds these actions at start).
        from tagana_desk.ui.dialogs.restore_confirm import RestoreConfirmDialog

        dialog = RestoreConfirmDialog(
            source=str(check.source),
            made=f"{check.modified:%d/%m/%Y %H:%M}",
            size=_size_text(check.size),
            outdated=check.state is migrate.SchemaState.OUTDATED,
            current=str(self.ctx.db.path),
            keep_folder=str(backup_dir()),
            parent=self.window,
        )
        dialog.accepted.connect(lambda: self._restore(check))
        dialog.finished.connect(dialog.deleteLater)
        self.confirm_dialog = dialog
        dialog.open()

    def _restore(self, check: BackupCheck) -> None:
        target = self.ctx.db.path
        assert target is not None
        progress = QProgressDialog(
            self.tr("Memulihkan database dari {name}…").format(name=check.source.name),
            "", 0, 0, self.window,
        )  # fmt: skip
        progress.setCancelButton(None)
        progress.setWindowTitle(self.tr("Pulihkan dari cadangan"))
        progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        progress.setMinimumDuration(0)
        self.progress = progress
        progress.show()
        # Nothing may hold the database while it is replaced: finish what runs, close the pool.
        self.ctx.runner.wait_for_done(30_000)
        self.ctx.db.dispose()
        self.ctx.runner.submit(
            restore_backup, check.source, target, backup_dir(),
            on_done=self._restored, on_error=self._restore_failed, owner=self,
        )  # fmt: skip

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _restored(self, result: RestoreResult) -> None:
        self._close_progress()
        self.restored = result
        self.ctx.db.dispose()
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Database dipulihkan"))
        box.setText(
            self.tr(
                "Database dipulihkan dari {source}. {app} akan ditutup sekarang; buka kembali "
                "untuk bekerja dengan data hasil pemulihan."
            ).format(source=result.source, app=APP_NAME)
        )
        box.setInformativeText(
            self.tr("Database sebelumnya disimpan di {kept}.").format(kept=result.kept)
        )
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("Tutup program"))
        box.setWindowModality(Qt.WindowModality.ApplicationModal)
        box.finished.connect(self.window.close)
        self.message_box = box
        box.open()

    def _restore_failed(self, exc: object) -> None:
        self._close_progress()
        self._fault(self.tr("Pemulihan gagal"), exc)
