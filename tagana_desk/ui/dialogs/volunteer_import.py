"""Impor relawan dari Excel: pick a roster file, see every row with what will happen to it, then
import the valid rows (all in one transaction; refused rows are listed with their reasons)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from tagana_desk.services import volunteer_import
from tagana_desk.services.context import Actor
from tagana_desk.services.volunteer_import import VolunteerImportReport
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.errors import describe
from tagana_desk.ui.habits import last_folder, remember_folder, remember_views
from tagana_desk.ui.icons import icon
from tagana_desk.ui.models.volunteers import VolunteerImportPreviewModel
from tagana_desk.ui.progress import TaskProgress
from tagana_desk.ui.tables import make_table
from tagana_desk.ui.volunteer_support import RosterChoices
from tagana_desk.ui.widgets import error_label, note_label, ok_label, show_message

LAST_FOLDER_KEY = "ui/last_folder"


def _run_import(
    session: Session, actor: Actor, path: str, dry_run: bool, default_type: str | None,
    progress: TaskProgress,
) -> VolunteerImportReport:  # fmt: skip
    return volunteer_import.import_volunteers(
        session, actor, path, dry_run=dry_run, default_type=default_type,
        progress=progress.report, cancelled=progress.cancelled,
    )  # fmt: skip


class VolunteerImportDialog(QDialog):
    """Berkas → pratinjau (Baris, Nama, NIK, Status, Keterangan) → Impor baris yang valid."""

    volunteers_imported = Signal(object)  # VolunteerImportReport

    def __init__(
        self, ctx: DeskContext, choices: RosterChoices, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path: Path | None = None
        self.preview: VolunteerImportReport | None = None
        self.result_report: VolunteerImportReport | None = None
        self.setWindowTitle(self.tr("Impor relawan dari Excel"))
        self.setMinimumSize(900, 560)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(
            note_label(
                self.tr(
                    "Berkas .xlsx atau .csv dengan baris judul kolom: Nama, NIK, Jenis Relawan, "
                    "NIA, Tingkat, {kecamatan}, HP, Bank, No. Rekening, Tanggal Bergabung (TMT), "
                    "Tanggal Keluar. Ketik NIK sebagai teks: angka 16 digit di Excel kehilangan "
                    "digit terakhirnya dan ditolak. Tanggal boleh berupa tanggal Excel atau "
                    "ditulis 20/11/2026."
                ).format(kecamatan=choices.labels.kecamatan)
            )
        )
        row = QHBoxLayout()
        row.setSpacing(8)
        self.file_label = QLabel(self.tr("Belum ada berkas dipilih."))
        self.file_label.setObjectName("noteLabel")
        self.choose_button = QPushButton(icon("folder"), self.tr("Pilih berkas…"))
        self.choose_button.clicked.connect(self.choose_file)
        type_label = QLabel(self.tr("Jenis bila tidak ada kolom Jenis:"))
        self.type_combo = QComboBox()
        for info in choices.types:
            if info.active:
                self.type_combo.addItem(info.code, info.code)
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData("TAGANA")))
        self.type_combo.activated.connect(lambda _i: self._reload())
        type_label.setBuddy(self.type_combo)
        row.addWidget(self.choose_button)
        row.addWidget(self.file_label, 1)
        row.addWidget(type_label)
        row.addWidget(self.type_combo)
        layout.addLayout(row)

        self.summary = QLabel()
        self.summary.setObjectName("sectionTitle")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = VolunteerImportPreviewModel(self)
        self.table = make_table(
            self.model, stretch=VolunteerImportPreviewModel.REASON,
            widths={VolunteerImportPreviewModel.ROW: 60, VolunteerImportPreviewModel.NAME: 220,
                    VolunteerImportPreviewModel.NIK: 150, VolunteerImportPreviewModel.STATUS: 90},
        )  # fmt: skip
        self.table.setObjectName("volunteerImportTable")
        remember_views(self.table)
        self.table.setWordWrap(True)
        # A row is as tall as its reasons; the preview has hundreds of rows, not a million.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.message = error_label()
        layout.addWidget(self.message)
        self.done_label = ok_label()
        layout.addWidget(self.done_label)

        self.buttons = QDialogButtonBox()
        self.report_button = self.buttons.addButton(
            self.tr("Simpan laporan masalah…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.report_button.clicked.connect(self.save_report)
        self.import_button = self.buttons.addButton(
            self.tr("Impor"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(
            self.tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.import_button.setObjectName("primaryButton")
        self.import_button.setDefault(True)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_buttons()

    # --- choosing and previewing
    def choose_file(self) -> None:
        folder = str(last_folder(LAST_FOLDER_KEY))
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih daftar relawan"), folder,
            self.tr("Daftar (*.xlsx *.xlsm *.csv);;Semua berkas (*)"),
        )  # fmt: skip
        if path:
            remember_folder(path, LAST_FOLDER_KEY)
            self.open_file(Path(path))

    def open_file(self, path: Path) -> None:
        """Read ``path`` as a dry run and show every row (tests call this directly)."""
        self.path = Path(path)
        self.file_label.setText(str(self.path))
        self.file_label.setToolTip(str(self.path))
        self.result_report = None
        self._reload()

    def _reload(self) -> None:
        if self.path is None or self.result_report is not None:
            return
        show_message(self.message, "")
        self.preview = None
        self.model.set_rows([])
        self.summary.setText(self.tr("Membaca berkas…"))
        self._run(dry_run=True)

    def _run(self, *, dry_run: bool) -> None:
        assert self.path is not None
        progress = TaskProgress(
            self, self.tr("Impor relawan"),
            self.tr("Memeriksa baris…") if dry_run else self.tr("Menyimpan relawan…"),
        )  # fmt: skip
        self._busy = True
        self._update_buttons()

        def done(report: VolunteerImportReport) -> None:
            progress.finish()
            self._busy = False
            self._show_report(report)

        def failed(exc: object) -> None:
            progress.finish()
            self._busy = False
            self.summary.setText("")
            show_message(self.message, describe(exc))
            self._update_buttons()

        # A dry run writes inside a savepoint it rolls back: it needs a write transaction too.
        self.ctx.write(_run_import, self.ctx.actor, str(self.path), dry_run,
                       self.type_combo.currentData(), progress, on_done=done, on_error=failed,
                       owner=self)  # fmt: skip

    def _show_report(self, report: VolunteerImportReport) -> None:
        self.model.set_rows(report.preview)
        counts = self.tr(
            "{total} baris data: {ok} {ok_word}, {rejected} ditolak, {dup} duplikat."
        ).format(
            total=report.total_rows, ok=report.imported, rejected=report.rejected,
            dup=report.duplicates,
            ok_word=self.tr("siap diimpor") if report.dry_run else self.tr("diimpor"),
        )  # fmt: skip
        if report.skipped_rows:
            counts += " " + self.tr("{n} baris kosong, jumlah atau catatan dilewati.").format(
                n=report.skipped_rows
            )
        self.summary.setText(counts)
        if report.dry_run:
            self.preview = report
        else:
            self.result_report = report
            self.done_label.setText(
                self.tr("{n} relawan tersimpan di daftar anggota.").format(n=report.imported)
            )
            self.done_label.show()
            self.volunteers_imported.emit(report)
        self._update_buttons()

    _busy = False

    def _update_buttons(self) -> None:
        ready = (
            not self._busy and self.preview is not None and self.result_report is None
            and self.preview.imported > 0
        )  # fmt: skip
        self.import_button.setEnabled(ready)
        count = self.preview.imported if self.preview is not None else 0
        self.import_button.setText(
            self.tr("Impor {n} baris valid").format(n=count) if count else self.tr("Impor")
        )
        report = self.result_report or self.preview
        self.report_button.setEnabled(not self._busy and report is not None and bool(report.errors))
        self.choose_button.setEnabled(not self._busy)
        self.type_combo.setEnabled(not self._busy and self.result_report is None)
        self.close_button.setText(self.tr("Selesai") if self.result_report else self.tr("Tutup"))

    # --- importing
    def run_import(self) -> None:
        if not self.import_button.isEnabled() or self.path is None:
            return
        show_message(self.message, "")
        self._run(dry_run=False)

    # --- the problems as a workbook
    def save_report(self, path: Path | None = None) -> Path | None:
        report = self.result_report or self.preview
        if report is None:
            return None
        if path is None:
            folder = last_folder(LAST_FOLDER_KEY)
            stem = self.path.stem if self.path else "relawan"
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Simpan laporan impor"), str(folder / f"laporan-impor-{stem}.xlsx"),
                self.tr("Buku kerja Excel (*.xlsx)"),
            )  # fmt: skip
            if not chosen:
                return None
            path = Path(chosen)
        from tagana_desk.reports.import_report import write_import_report

        try:
            written = write_import_report(report, path, title="Laporan Impor Daftar Relawan")
        except OSError as exc:
            show_message(self.message, self.tr("Laporan tidak dapat disimpan: {reason}").format(
                reason=exc.strerror or exc))  # fmt: skip
            return None
        self.done_label.setText(self.tr("Laporan tersimpan: {path}").format(path=written))
        self.done_label.show()
        return written
