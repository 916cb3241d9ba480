"""Impor KK terdampak dari Excel/CSV: a trial run first, the preview of every row, then the import.

Both runs go through the task runner with a progress dialog and Batal, so the window never
freezes. The trial run stores nothing; the import stores every valid row in one transaction, and
Batal (or any failure) rolls it back whole. The report of either run can be saved as .xlsx.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from tagana_desk.reports.import_report import write_import_report
from tagana_desk.services.context import Actor
from tagana_desk.services.household_import import ImportReport, import_households
from tagana_desk.services.incidents import IncidentInfo
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.dialogs.import_base import ImportDialog
from tagana_desk.ui.errors import describe
from tagana_desk.ui.formatting import grouped
from tagana_desk.ui.habits import last_folder, remember_folder, remember_views
from tagana_desk.ui.icons import icon
from tagana_desk.ui.models.base import SortProxy
from tagana_desk.ui.models.imports import STATUS_COLOURS, ImportPreviewModel
from tagana_desk.ui.tables import make_table
from tagana_desk.ui.widgets import note_label, show_message

LAST_FOLDER_KEY = "ui/import_households/last_folder"


def run_import(
    session: Session, actor: Actor, incident_id: int, path: str, dry_run: bool,
    progress: Callable[[int, int], None], cancelled: Callable[[], bool],
) -> ImportReport:  # fmt: skip
    """Runs on a worker thread (the write thread for the real import)."""
    return import_households(
        session, actor, incident_id, path, dry_run=dry_run, progress=progress, cancelled=cancelled
    )


class _ProblemsOnly(SortProxy):
    """The preview, optionally without the valid rows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.problems_only = False

    def set_problems_only(self, on: bool) -> None:
        if not hasattr(self, "beginFilterChange"):  # PySide6 < 6.9
            self.problems_only = on
            self.invalidateFilter()
            return
        self.beginFilterChange()
        self.problems_only = on
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802
        if not self.problems_only:
            return True
        model = self.sourceModel()
        return str(model.row_at(source_row).status) != "valid"


class ImportHouseholdsDialog(ImportDialog):
    """Pick a file → trial run → preview → save the report / import the valid rows."""

    households_imported = Signal(object)  # ImportReport
    LAST_FOLDER_KEY = LAST_FOLDER_KEY

    def __init__(
        self, ctx: DeskContext, incident: IncidentInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.incident = incident
        self.path: Path | None = None
        self.report: ImportReport | None = None
        self.imported = False
        self.setWindowTitle(self.tr("Impor KK terdampak dari Excel/CSV"))
        self.setMinimumSize(980, 600)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(10)
        layout.addWidget(
            note_label(
                self.tr(
                    "Kejadian: {title}. Berkas .xlsx atau .csv dengan baris judul kolom (NIK, "
                    "No. KK, Nama, Jumlah Jiwa, Desa, …). Berkas dicoba dulu tanpa menyimpan "
                    "apa pun; periksa hasilnya, lalu impor baris yang valid."
                ).format(title=incident.title)
            )
        )

        file_row = QHBoxLayout()
        file_row.setSpacing(8)
        file_row.addWidget(QLabel(self.tr("Berkas")))
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("Belum ada berkas dipilih"))
        file_row.addWidget(self.file_edit, 1)
        self.choose_button = QPushButton(icon("folder"), self.tr("Pilih berkas…"))
        self.choose_button.clicked.connect(self.choose_file)
        file_row.addWidget(self.choose_button)
        layout.addLayout(file_row)

        counts = QHBoxLayout()
        counts.setSpacing(18)
        self.count_labels: dict[str, QLabel] = {}
        for key, text in (
            ("total", self.tr("Baris data")),
            ("valid", self.tr("Valid")),
            ("ditolak", self.tr("Ditolak")),
            ("duplikat", self.tr("Duplikat")),
            ("ditandai", self.tr("Ditandai")),
        ):
            label = QLabel()
            label.setProperty("caption", text)
            label.setTextFormat(Qt.TextFormat.RichText)
            self.count_labels[key] = label
            counts.addWidget(label)
        counts.addStretch(1)
        self.problems_check = QCheckBox(self.tr("Hanya baris bermasalah"))
        self.problems_check.toggled.connect(self._problems_only)
        counts.addWidget(self.problems_check)
        layout.addLayout(counts)
        self._show_counts(None)

        self.model = ImportPreviewModel(self)
        self.proxy = _ProblemsOnly(self)
        self.proxy.setSourceModel(self.model)
        m = ImportPreviewModel
        self.table = make_table(
            self.proxy, stretch=m.REASON, widths={m.ROW: 60, m.NAME: 230, m.NIK: 150, m.STATUS: 90}
        )
        self.table.setObjectName("importPreviewTable")
        remember_views(self.table)
        self.table.selectionModel().selectionChanged.connect(self._row_selected)
        layout.addWidget(self.table, 1)
        self.import_button = QPushButton(self.tr("Impor baris yang valid"))
        self.import_button.setObjectName("primaryButton")
        self.import_button.clicked.connect(self.start_import)
        self.add_outcome(layout, self.import_button)
        self._update_buttons()
        self.choose_button.setFocus()
        self.choose_button.setDefault(True)

    # --- choosing a file
    def choose_file(self) -> None:
        folder = str(last_folder(LAST_FOLDER_KEY))
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Pilih daftar KK terdampak"),
            folder,
            self.tr("Daftar KK (*.xlsx *.csv);;Excel (*.xlsx);;CSV (*.csv)"),
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        """Remember the folder, then run the trial import of ``path``."""
        remember_folder(path, LAST_FOLDER_KEY)
        self.path = Path(path)
        self.file_edit.setText(str(self.path))
        self.report = None
        self.imported = False
        self.model.set_rows([])
        self._show_counts(None)
        self.result_label.hide()
        show_message(self.message, "")
        self._run(dry_run=True)

    # --- running
    def _run(self, *, dry_run: bool) -> None:
        assert self.path is not None
        label = self.tr("Memeriksa {name}…") if dry_run else self.tr("Mengimpor {name}…")
        progress = self.start_progress(self.tr("Impor KK terdampak"),
                                       label.format(name=self.path.name))  # fmt: skip
        args = (
            run_import, self.ctx.actor, self.incident.id, str(self.path), dry_run,
            progress.report, progress.cancelled,
        )  # fmt: skip
        on_done = self._checked if dry_run else self._imported
        if dry_run:
            self.ctx.read(*args, on_done=on_done, on_error=self._failed, owner=self)
        else:
            self.ctx.write(*args, on_done=on_done, on_error=self._failed, owner=self)
        self._update_buttons()

    def _checked(self, report: ImportReport) -> None:
        self.close_progress()
        self._show_report(report)
        if report.total_rows == 0:
            show_message(self.message, self.tr("Berkas tidak berisi baris data."))
        elif report.imported == 0:
            show_message(self.message, self.tr("Tidak ada baris yang valid untuk diimpor."))
        else:
            self.result_label.setText(
                self.tr(
                    "Uji coba selesai: {n} baris siap diimpor. Belum ada yang disimpan."
                ).format(n=grouped(report.imported))
            )
            self.result_label.show()
        self._update_buttons()
        if self.import_button.isEnabled():
            self.import_button.setFocus()

    def _imported(self, report: ImportReport) -> None:
        self.close_progress()
        self.imported = True
        self._show_report(report)
        text = self.tr("Impor selesai: {n} KK disimpan").format(n=grouped(report.imported))
        if report.flagged:
            text += self.tr(", {n} ditandai kemungkinan duplikat").format(n=grouped(report.flagged))
        self.result_label.setText(text + ".")
        self.result_label.show()
        self._update_buttons()
        self.close_button.setFocus()
        self.households_imported.emit(report)

    def _failed(self, exc: object) -> None:
        self.close_progress()
        # A cancelled or failed import stored nothing: the trial run's preview still stands and
        # the import can be started again.
        show_message(self.message, describe(exc))
        self._update_buttons()

    def start_import(self) -> None:
        if self.report is None or self.imported or self.running or not self.report.imported:
            return
        self.result_label.hide()
        show_message(self.message, "")
        self._run(dry_run=False)

    # --- showing
    def _show_report(self, report: ImportReport) -> None:
        self.report = report
        self.model.set_rows(report.preview)
        self._show_counts(report)

    def _show_counts(self, report: ImportReport | None) -> None:
        values = {"total": None, "valid": None, "ditolak": None, "duplikat": None,
                  "ditandai": None}  # fmt: skip
        if report is not None:
            values = {
                "total": report.total_rows,
                # Flagged rows are stored too; "valid" counts the plain ones.
                "valid": report.imported - report.flagged,
                "ditolak": report.rejected,
                "duplikat": report.duplicates,
                "ditandai": report.flagged,
            }
        for key, label in self.count_labels.items():
            value = values[key]
            number = "—" if value is None else grouped(value)
            colour = STATUS_COLOURS[key][0].name() if key in STATUS_COLOURS else "#1d2730"
            label.setText(
                f"{label.property('caption')}: "
                f"<span style='font-weight:600; color:{colour}'>{number}</span>"
            )

    def _row_selected(self, *_args: object) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.show_detail(None)
            return
        row = self.model.row_at(self.proxy.mapToSource(rows[0]).row())
        self.show_detail(self.tr("Baris {row} · {name}: {reason}").format(
            row=row.row, name=row.name or "—", reason=row.reason or self.tr("tidak ada masalah")
        ))  # fmt: skip

    def _problems_only(self, on: bool) -> None:
        self.proxy.set_problems_only(on)

    def _update_buttons(self) -> None:
        running = self.running
        report = self.report
        self.choose_button.setEnabled(not running)
        self.save_report_button.setEnabled(report is not None and not running)
        self.import_button.setEnabled(
            report is not None and report.dry_run and report.imported > 0 and not running
            and not self.imported
        )  # fmt: skip
        self.import_button.setText(
            self.tr("Impor {n} baris yang valid").format(n=grouped(report.imported))
            if report is not None and report.dry_run and report.imported
            else self.tr("Impor baris yang valid")
        )

    # --- the report
    def report_dialog_title(self) -> str:
        return self.tr("Simpan laporan impor")

    def report_writer(self):
        return write_import_report
