"""What the import dialogs share: the running import's progress with Batal (Esc too), and
saving the row-by-row report as .xlsx on a worker thread.

A subclass builds its own form above the result table and sets ``report`` (what the last run
produced) and ``path`` (the file read); ``add_outcome`` puts what comes under the table (the
selected row's whole text, the result line, the error line and the buttons). It starts a run with
``start_progress`` and ends it with ``close_progress``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tagana_desk.ui.errors import describe
from tagana_desk.ui.habits import last_folder, remember_folder
from tagana_desk.ui.progress import TaskProgress
from tagana_desk.ui.widgets import error_label, note_label, ok_label, show_message


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

    # --- under the table
    def add_outcome(self, layout: QVBoxLayout, *actions: QPushButton) -> QHBoxLayout:
        """Under the result table: ``detail`` (the selected row's whole text: a long one does not
        fit a cell), ``result_label``, ``message``, then the buttons — Simpan laporan…, the
        dialog's ``actions`` on the right, Tutup. Returns the button row."""
        self.detail = note_label()
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.hide()
        layout.addWidget(self.detail)
        self.result_label = ok_label()
        layout.addWidget(self.result_label)
        self.message = error_label()
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.save_report_button = QPushButton(self.tr("Simpan laporan…"))
        self.save_report_button.clicked.connect(self.save_report)
        buttons.addWidget(self.save_report_button)
        buttons.addStretch(1)
        for button in actions:
            buttons.addWidget(button)
        self.close_button = QPushButton(self.tr("Tutup"))
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        # Tab goes left to right, whenever the dialog made its action buttons.
        row = [self.save_report_button, *actions, self.close_button]
        for before, after in zip(row, row[1:], strict=False):
            QWidget.setTabOrder(before, after)
        return buttons

    def show_detail(self, text: str | None) -> None:
        """The selected row's whole text under the table (hidden when nothing is selected)."""
        self.detail.setText(text or "")
        self.detail.setVisible(bool(text))

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
