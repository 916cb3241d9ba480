"""Kuitansi: every disbursement with its receipt number and status, newest first, loaded lazily.

From here a receipt is previewed and printed (Ctrl+P), voided by the bendahara (with a reason;
the number is kept and a reversal is posted), a draft an operator prepared is paid, and all
receipts of an incident are written to one PDF (with progress and Cancel).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from tagana_desk.db.engine import Database
from tagana_desk.domain.enums import DisbursementStatus
from tagana_desk.domain.roles import Permission
from tagana_desk.services import disbursements, receipts
from tagana_desk.services.context import Actor
from tagana_desk.services.disbursements import DisbursementRow, PaymentResult
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.dialogs.decision import DecisionDialog
from tagana_desk.ui.errors import describe
from tagana_desk.ui.formatting import rupiah
from tagana_desk.ui.habits import last_folder, remember_folder
from tagana_desk.ui.icons import icon, on_accent
from tagana_desk.ui.models.payments import DisbursementModel
from tagana_desk.ui.payment_labels import status_label
from tagana_desk.ui.printing import PdfJob, RenderedReceipts, record_and_render_incident
from tagana_desk.ui.tables import fit_column_width
from tagana_desk.ui.widgets import error_label, note_label, ok_label, show_message

RECEIPT_BATCH = 200
LAST_FOLDER_KEY = "ui/last_folder"


@dataclass(frozen=True, slots=True)
class DisbursementFilter:
    incident_id: int | None
    status: DisbursementStatus | None


@dataclass(frozen=True, slots=True)
class DisbursementView:
    filter: DisbursementFilter
    total: int
    first: tuple[DisbursementRow, ...]


def load_disbursements(
    session: Session, actor: Actor, flt: DisbursementFilter, batch: int = RECEIPT_BATCH
) -> DisbursementView:
    return DisbursementView(
        flt,
        disbursements.count_disbursements(session, incident_id=flt.incident_id, status=flt.status),
        tuple(
            disbursements.list_disbursements(
                session, actor, incident_id=flt.incident_id, status=flt.status, limit=batch
            )
        ),
    )


def read_disbursement_batch(
    db: Database, actor: Actor, flt: DisbursementFilter, offset: int, limit: int
) -> list[DisbursementRow]:
    with db.read() as session:
        return disbursements.list_disbursements(
            session, actor, incident_id=flt.incident_id, status=flt.status, limit=limit,
            offset=offset,
        )  # fmt: skip


class ReceiptsTab(QWidget):
    """Kuitansi."""

    preview_requested = Signal(object)  # receipt numbers
    verify_requested = Signal()

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.incident_id: int | None = None
        self.incident_label = ""
        self.dialog: DecisionDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.confirm_yes: QPushButton | None = None
        self.job: PdfJob | None = None
        self.may_void = ctx.actor.can(Permission.VOID)
        self.may_pay = ctx.actor.can(Permission.PAY)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(8)
        filters = QHBoxLayout()
        filters.setSpacing(8)
        self.all_check = QCheckBox(self.tr("Semua kejadian"))
        self.all_check.toggled.connect(lambda _on: self.load())
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("Semua status"), None)
        for status in (
            DisbursementStatus.PAID, DisbursementStatus.PENDING_APPROVAL,
            DisbursementStatus.DRAFT, DisbursementStatus.VOIDED, DisbursementStatus.REJECTED,
        ):  # fmt: skip
            self.status_combo.addItem(status_label(status), status.value)
        self.status_combo.activated.connect(lambda _i: self.load())
        status_caption = QLabel(self.tr("Status"))
        status_caption.setBuddy(self.status_combo)
        filters.addWidget(self.all_check)
        filters.addSpacing(8)
        filters.addWidget(status_caption)
        filters.addWidget(self.status_combo)
        filters.addSpacing(12)
        self.count_label = note_label()
        self.count_label.setWordWrap(False)
        filters.addWidget(self.count_label)
        filters.addStretch(1)
        self.verify_button = QPushButton(icon("verify"), self.tr("Periksa kuitansi…"))
        self.verify_button.setToolTip(self.tr("Periksa keaslian kuitansi dari kode QR-nya"))
        self.verify_button.clicked.connect(self.verify_requested.emit)
        filters.addWidget(self.verify_button)
        layout.addLayout(filters)

        self.model = DisbursementModel(ctx.runner, batch_size=RECEIPT_BATCH, parent=self)
        self.model.rowsInserted.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)
        self.model.load_failed.connect(lambda exc: show_message(self.message, describe(exc)))
        self.table = QTableView()
        self.table.setObjectName("receiptsTable")
        self.table.setModel(self.model)
        # Newest first, as the service reads; header sorting would only sort loaded batches.
        self.table.setSortingEnabled(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(DisbursementModel.INCIDENT, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (DisbursementModel.NUMBER, 132),
            (DisbursementModel.DATE, 86),
            (DisbursementModel.NAME, 165),
            (DisbursementModel.NIK, 130),
            (DisbursementModel.AID, 162),
            (DisbursementModel.AMOUNT, 100),
            (DisbursementModel.STATUS, 160),
        ):
            fit_column_width(self.table, column, width)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda _i: self.preview_selected())
        layout.addWidget(self.table, 1)

        actions = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("Pratinjau / Cetak…"))
        self.preview_button.setObjectName("primaryButton")
        self.preview_button.setIcon(on_accent("print"))
        self.preview_button.setToolTip(self.tr("Pratinjau lalu cetak kuitansi terpilih (Ctrl+P)"))
        self.preview_button.clicked.connect(self.preview_selected)
        self.void_button = QPushButton(icon("void"), self.tr("Batalkan kuitansi…"))
        self.void_button.clicked.connect(self.void_selected)
        self.pay_draft_button = QPushButton(self.tr("Bayar draf…"))
        self.pay_draft_button.clicked.connect(self.ask_pay_draft)
        self.export_button = QPushButton(icon("export"), self.tr("Cetak semua kuitansi kejadian…"))
        self.export_button.setToolTip(
            self.tr("Semua kuitansi kejadian terpilih dalam satu file PDF")
        )
        self.export_button.clicked.connect(self.choose_export_file)
        actions.addWidget(self.preview_button)
        actions.addWidget(self.void_button)
        actions.addWidget(self.pay_draft_button)
        actions.addStretch(1)
        actions.addWidget(self.export_button)
        layout.addLayout(actions)
        self.void_button.setVisible(self.may_void)
        self.pay_draft_button.setVisible(self.may_pay)

        self.done_label = ok_label()
        layout.addWidget(self.done_label)
        self.message = error_label()
        layout.addWidget(self.message)

        self._update_buttons()

    # --- loading
    def set_incident(self, incident_id: int | None, label: str) -> None:
        self.incident_id = incident_id
        self.incident_label = label

    def current_filter(self) -> DisbursementFilter:
        status = self.status_combo.currentData()
        return DisbursementFilter(
            None if self.all_check.isChecked() else self.incident_id,
            DisbursementStatus(status) if status else None,
        )

    def load(self) -> None:
        self.ctx.read(load_disbursements, self.ctx.actor, self.current_filter(),
                      self.model.batch_size, on_done=self._show, on_error=self._failed,
                      owner=self)  # fmt: skip

    def _show(self, view: DisbursementView) -> None:
        if view.filter != self.current_filter():
            return  # the filter changed meanwhile; a newer read follows
        loader = partial(read_disbursement_batch, self.ctx.db, self.ctx.actor, view.filter)
        self.model.reset(loader, view.total, view.first)
        show_message(self.message, "")
        self._update_buttons()

    def _failed(self, exc: object) -> None:
        show_message(self.message, describe(exc))

    def _update_count(self, *_args: object) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if total == 0:
            text = self.tr("Belum ada penyaluran.")
        elif shown < total:
            text = self.tr("{shown} dari {total} penyaluran, terbaru di atas").format(
                shown=shown, total=total
            )
        else:
            text = self.tr("{total} penyaluran, terbaru di atas").format(total=total)
        self.count_label.setText(text)

    def selected(self) -> DisbursementRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_number(self, number: str) -> bool:
        for i, row in enumerate(self.model.rows):
            if row.receipt_number == number:
                self.table.selectRow(i)
                return True
        return False

    def _update_buttons(self) -> None:
        row = self.selected()
        has_receipt = row is not None and row.receipt_number is not None
        self.preview_button.setEnabled(has_receipt)
        self.void_button.setEnabled(
            self.may_void and row is not None and row.status == DisbursementStatus.PAID
        )
        self.pay_draft_button.setEnabled(
            self.may_pay and row is not None and row.status == DisbursementStatus.DRAFT
        )
        self.export_button.setEnabled(self.incident_id is not None)

    # --- printing
    def preview_selected(self) -> None:
        row = self.selected()
        if row is not None and row.receipt_number:
            self.preview_requested.emit((row.receipt_number,))

    def choose_export_file(self) -> None:
        if self.incident_id is None:
            return
        folder = last_folder(LAST_FOLDER_KEY)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan semua kuitansi kejadian"),
            str(folder / f"kuitansi-kejadian-{self.incident_id}.pdf"),
            self.tr("Dokumen PDF (*.pdf)"),
        )  # fmt: skip
        if path:
            remember_folder(path, LAST_FOLDER_KEY)
            self.export_to(Path(path))

    def export_to(self, path: Path) -> PdfJob | None:
        """All receipts of the current incident to one PDF, on the task runner, with Cancel."""
        if self.incident_id is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        show_message(self.message, "")
        self.done_label.hide()
        job = PdfJob(
            self.ctx, self,
            self.tr("Membuat PDF kuitansi {incident}…").format(incident=self.incident_label),
        )  # fmt: skip
        self.job = job
        job.start(
            record_and_render_incident, self.ctx.actor, self.incident_id, path,
            on_done=self._exported, on_error=self._failed,
        )  # fmt: skip
        return job

    def _exported(self, rendered: RenderedReceipts) -> None:
        self.done_label.setText(
            self.tr("Tersimpan: {path} ({pages} kuitansi).").format(
                path=rendered.path, pages=rendered.pages
            )
        )
        self.done_label.show()

    # --- voiding
    def void_selected(self) -> DecisionDialog | None:
        row = self.selected()
        if row is None or not self.may_void or row.status != DisbursementStatus.PAID:
            return None
        actor, number = self.ctx.actor, row.receipt_number
        assert number is not None

        def void(session: Session, reason: str) -> str:
            receipts.void(session, actor, number, reason)
            return number

        dialog = DecisionDialog(
            self.ctx, void,
            title=self.tr("Batalkan kuitansi"),
            text=self.tr(
                "Batalkan kuitansi {number} ({amount} untuk {name})? Nomornya tetap tercatat, "
                "uangnya kembali ke dana lewat entri koreksi hari ini, dan pembatalan tidak "
                "dapat diurungkan."
            ).format(number=number, amount=rupiah(row.amount), name=row.head_name),
            field_label=self.tr("Alasan pembatalan"), confirm_text=self.tr("Batalkan kuitansi"),
            required=True, placeholder=self.tr("mis. salah penerima, KK pindah"),
            destructive=True, parent=self,
        )  # fmt: skip
        dialog.decided.connect(self._voided)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _voided(self, number: str) -> None:
        self.done_label.setText(
            self.tr("Kuitansi {number} dibatalkan; nomornya tetap tercatat.").format(number=number)
        )
        self.done_label.show()

    # --- drafts
    def ask_pay_draft(self) -> QMessageBox | None:
        row = self.selected()
        if row is None or not self.may_pay or row.status != DisbursementStatus.DRAFT:
            return None
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Bayar draf"))
        box.setText(
            self.tr("Bayar draf {aid} sebesar {amount} untuk {name} hari ini?").format(
                aid=row.aid_code, amount=rupiah(row.amount), name=row.head_name
            )
        )
        box.setInformativeText(row.computation)
        self.confirm_yes = box.addButton(self.tr("Bayar"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(self.confirm_yes)
        did = row.id
        box.buttonClicked.connect(
            lambda button: self.pay_draft(did) if button is self.confirm_yes else None
        )
        self.confirm_box = box
        box.open()
        return box

    def pay_draft(self, disbursement_id: int) -> None:
        self.ctx.write(disbursements.pay_draft, self.ctx.actor, disbursement_id,
                       on_done=self._draft_paid, on_error=self._failed, owner=self)  # fmt: skip

    def _draft_paid(self, result: PaymentResult) -> None:
        self.done_label.setText(
            self.tr("Draf dibayar: {amount}, kuitansi {number}.").format(
                amount=rupiah(result.amount), number=result.receipt_number
            )
        )
        self.done_label.show()
