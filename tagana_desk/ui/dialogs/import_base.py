"""What the import dialogs share: the running import's progress with Batal (Esc too), and
saving the row-by-row report as .xlsx on a worker thread.

A subclass builds its own form and sets ``report`` (what the last run produced), ``path`` (the
file read), ``save_report_button``, ``result_label`` and ``message``; it starts a run with
``start_progress`` and ends it with ``close_progress``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QProgressDialog, QWidget

from tagana_desk.ui.errors import describe
from tagana_desk.ui.habits import last_folder, remember_folder
from tagana_desk.ui.progress import TaskProgress
from tagana_desk.ui.widgets import show_message


class ImportDialog(QDialog):
    """Base of the household and DTKS/DTSEN import dialogs."""

    #: Rows counted by the running import (``done``, ``total``), on the GUI thread.
    progressed = Signal(int, int)
    #: QSettings key of the folder the file and report dialogs start in.
    LAST_FOLDER_KEY = "ui/last_folder"
    #: The report's file name when no file was read: ``laporan-impor-<stem>.xlsx``.
    REPORT_STEM = "impor"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.report = None
        self.progress: TaskProgress | None = None

    # --- what a subclass provides
    def report_dialog_title(self) -> str:
        raise NotImplementedError

    def report_writer(self) -> Callable[[object, Path], Path]:
        """Writes ``report`` to an .xlsx at ``path`` (runs on a worker thread)."""
        raise NotImplementedError

    # --- progress
    def start_progress(self, title: str, label: str) -> TaskProgress:
        """A progress dialog with Batal for the run about to start (shown at once)."""
        self.progress = TaskProgress(self, title, label, rows=True, show_after_ms=0)
        self.progress.progressed.connect(self.progressed)
        return self.progress

    @property
    def progress_dialog(self) -> QProgressDialog | None:
        return self.progress.dialog if self.progress is not None else None

    @property
    def running(self) -> bool:
        return self.progress is not None

    def cancel(self) -> None:
        """Batal: the importer stops at its next check; its transaction stores nothing."""
        if self.progress is not None:
            self.progress.cancel()

    def close_progress(self) -> None:
        if self.progress is not None:
            self.progress.finish()
            self.progress = None

    # --- the report
    def save_report(self) -> None:
        if self.report is None:
            return
        folder = last_folder(self.LAST_FOLDER_KEY)
        stem = self.path.stem if self.path else self.REPORT_STEM
        path, _ = QFileDialog.getSaveFileName(
            self, self.report_dialog_title(), str(folder / f"laporan-impor-{stem}.xlsx"),
            self.tr("Excel (*.xlsx)"),
        )  # fmt: skip
        if path:
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
            self.save_report_to(Path(path))

    def save_report_to(self, path: Path) -> None:
        """Write the report as .xlsx on a worker thread."""
        if self.report is None:
            return
        remember_folder(path, self.LAST_FOLDER_KEY)
        self.save_report_button.setEnabled(False)
        self.ctx.runner.submit(
            self.report_writer(), self.report, path,
            on_done=self._report_saved, on_error=self._report_failed, owner=self,
        )  # fmt: skip

    def _report_saved(self, path: Path) -> None:
        self.save_report_button.setEnabled(True)
        self.result_label.setText(self.tr("Laporan disimpan: {path}").format(path=path))
        self.result_label.show()

    def _report_failed(self, exc: object) -> None:
        self.save_report_button.setEnabled(True)
        if isinstance(exc, OSError):
            text = self.tr("Laporan tidak dapat disimpan: {reason}").format(
                reason=exc.strerror or exc
            )
        else:
            text = describe(exc)
        show_message(self.message, text)

    # --- closing
    def reject(self) -> None:
        if self.running:
            self.cancel()  # Esc while importing means Batal, not "leave it running"
            return
        super().reject()
