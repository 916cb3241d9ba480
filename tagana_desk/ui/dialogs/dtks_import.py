"""Impor DTKS/DTSEN: store an extract of the national welfare register and mark every affected
household in or out of it.

Picking a file starts the import on the task runner (one write transaction) with a progress
dialog and Batal; Batal, or any failure, rolls it back whole. The report says what was read and
stored, every refused row by row and column, and how many households are now in and out; it can
be saved as .xlsx.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from tagana_desk.reports.import_report import write_import_report
from tagana_desk.services import dtks
from tagana_desk.services.context import Actor
from tagana_desk.services.dtks import DtksReport
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.dialogs.import_base import ImportDialog
from tagana_desk.ui.errors import describe
from tagana_desk.ui.formatting import grouped
from tagana_desk.ui.habits import last_folder, remember_folder, remember_views
from tagana_desk.ui.icons import icon
from tagana_desk.ui.models.imports import RowErrorModel
from tagana_desk.ui.tables import make_table
from tagana_desk.ui.widgets import (
    date_edit,
    note_label,
    show_message,
    to_date,
)

LAST_FOLDER_KEY = "ui/import_dtks/last_folder"
REPORT_TITLE = "Laporan Impor DTKS/DTSEN"


def run_dtks_import(
    session: Session, actor: Actor, path: str, extract_date: dt.date | None, replace: bool,
    progress: Callable[[int, int], None], cancelled: Callable[[], bool],
) -> DtksReport:  # fmt: skip
    """Runs on the write thread."""
    return dtks.import_extract(
        session, actor, path, extract_date=extract_date, replace=replace, progress=progress,
        cancelled=cancelled,
    )  # fmt: skip


class DtksImportDialog(ImportDialog):
    """Options → pick a file (the import starts) → the report → save it."""

    extract_imported = Signal(object)  # DtksReport
    LAST_FOLDER_KEY = LAST_FOLDER_KEY
    REPORT_STEM = "dtks"

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path: Path | None = None
        self.report: DtksReport | None = None
        self.setWindowTitle(self.tr("Impor DTKS/DTSEN"))
        self.setMinimumSize(860, 560)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(10)
        layout.addWidget(
            note_label(
                self.tr(
                    "Ekstrak DTKS/DTSEN dari Pusdatin (.xlsx atau .csv) dengan kolom NIK; No. KK "
                    "dan desil dibaca bila ada. KK terdampak ditandai masuk DTKS bila NIK kepala "
                    "keluarga atau No. KK-nya tercantum di salah satu ekstrak yang diimpor. "
                    "Ekstrak per desa saling melengkapi."
                )
            )
        )

        options = QHBoxLayout()
        options.setSpacing(10)
        self.date_check = QCheckBox(self.tr("Tanggal ekstrak"))
        self.date_edit = date_edit()
        self.date_edit.setEnabled(False)
        self.date_check.toggled.connect(self.date_edit.setEnabled)
        self.replace_check = QCheckBox(
            self.tr("Ekstrak lengkap: ganti semua data DTKS yang diimpor sebelumnya")
        )
        options.addWidget(self.date_check)
        options.addWidget(self.date_edit)
        options.addSpacing(16)
        options.addWidget(self.replace_check)
        options.addStretch(1)
        layout.addLayout(options)

        file_row = QHBoxLayout()
        file_row.setSpacing(8)
        file_row.addWidget(QLabel(self.tr("Berkas")))
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("Pilih berkas; impor langsung dimulai"))
        file_row.addWidget(self.file_edit, 1)
        self.choose_button = QPushButton(icon("folder"), self.tr("Pilih berkas dan impor…"))
        self.choose_button.setObjectName("primaryButton")
        self.choose_button.clicked.connect(self.choose_file)
        file_row.addWidget(self.choose_button)
        layout.addLayout(file_row)

        # --- the report
        self.summary = QFrame()
        self.summary.setObjectName("card")
        grid = QGridLayout(self.summary)
        grid.setContentsMargins(14, 10, 14, 10)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(2)
        self.figures: dict[str, QLabel] = {}
        for column, (key, caption) in enumerate(
            (
                ("rows_read", self.tr("Baris data")),
                ("entries_stored", self.tr("NIK tersimpan")),
                ("repeated", self.tr("NIK berulang")),
                ("rejected", self.tr("Baris ditolak")),
                ("households_in", self.tr("KK masuk DTKS")),
                ("households_out", self.tr("KK di luar DTKS")),
            )
        ):
            label = QLabel(caption)
            label.setObjectName("cardCaption")
            value = QLabel("—")
            value.setObjectName("figureValue")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(label, 0, column)
            grid.addWidget(value, 1, column)
            self.figures[key] = value
        layout.addWidget(self.summary)

        self.errors_title = QLabel(self.tr("Masalah per baris"))
        self.errors_title.setObjectName("sectionTitle")
        layout.addWidget(self.errors_title)
        self.error_model = RowErrorModel(self)
        m = RowErrorModel
        self.error_table = make_table(
            self.error_model, stretch=m.MESSAGE, widths={m.ROW: 70, m.COLUMN: 200}
        )
        self.error_table.setObjectName("dtksProblemsTable")
        remember_views(self.error_table)
        self.error_table.selectionModel().selectionChanged.connect(self._error_selected)
        layout.addWidget(self.error_table, 1)
        self.add_outcome(layout)
        self._show_report(None)
        self._update_buttons()
        self.choose_button.setDefault(True)
        self.choose_button.setFocus()

    # --- choosing and importing
    def choose_file(self) -> None:
        folder = str(last_folder(LAST_FOLDER_KEY))
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Pilih ekstrak DTKS/DTSEN"),
            folder,
            self.tr("Ekstrak DTKS/DTSEN (*.xlsx *.csv);;Excel (*.xlsx);;CSV (*.csv)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Remember the folder, then import ``path`` with the options shown."""
        if self.running:
            return
        remember_folder(path, LAST_FOLDER_KEY)
        self.path = Path(path)
        self.file_edit.setText(str(self.path))
        self.result_label.hide()
        show_message(self.message, "")
        progress = self.start_progress(
            self.tr("Impor DTKS/DTSEN"), self.tr("Mengimpor {name}…").format(name=self.path.name)
        )
        extract_date = to_date(self.date_edit.date()) if self.date_check.isChecked() else None
        self.ctx.write(
            run_dtks_import, self.ctx.actor, str(self.path), extract_date,
            self.replace_check.isChecked(), progress.report, progress.cancelled,
            on_done=self._imported, on_error=self._failed, owner=self,
        )  # fmt: skip
        self._update_buttons()

    def _imported(self, report: DtksReport) -> None:
        self.close_progress()
        self._show_report(report)
        self.result_label.setText(
            self.tr(
                "Impor selesai: {stored} NIK dari {name} disimpan; status DTKS semua KK terdampak "
                "diperbarui."
            ).format(stored=grouped(report.entries_stored), name=report.file_name)
        )
        self.result_label.show()
        self._update_buttons()
        self.close_button.setFocus()
        self.extract_imported.emit(report)

    def _failed(self, exc: object) -> None:
        self.close_progress()
        show_message(self.message, describe(exc))
        self._update_buttons()

    # --- showing
    def _show_report(self, report: DtksReport | None) -> None:
        self.report = report
        for key, label in self.figures.items():
            label.setText("—" if report is None else grouped(getattr(report, key)))
        self.error_model.set_rows(report.errors if report is not None else ())
        self.show_detail(None)
        if report is None:
            self.errors_title.setText(self.tr("Masalah per baris"))
        elif report.errors:
            self.errors_title.setText(
                self.tr("Masalah per baris ({n})").format(n=grouped(len(report.errors)))
            )
        else:
            self.errors_title.setText(self.tr("Masalah per baris: tidak ada"))

    def _error_selected(self, *_args: object) -> None:
        rows = self.error_table.selectionModel().selectedRows()
        if not rows:
            self.show_detail(None)
            return
        problem = self.error_model.row_at(rows[0].row())
        self.show_detail(
            self.tr("Baris {row}, kolom {column}: {message}").format(
                row=problem.row, column=problem.column or "—", message=problem.message
            )
        )

    def _update_buttons(self) -> None:
        self.choose_button.setEnabled(not self.running)
        self.save_report_button.setEnabled(self.report is not None and not self.running)

    # --- the report
    def report_dialog_title(self) -> str:
        return self.tr("Simpan laporan impor DTKS/DTSEN")

    def report_writer(self):
        return _write_report


def _write_report(report: DtksReport, path: Path) -> Path:
    return write_import_report(report, path, title=REPORT_TITLE)
