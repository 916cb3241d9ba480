"""Persetujuan: commitments above the approval threshold, waiting for the kepala.

A commitment reserves its money from the fund's available balance but has no receipt yet. The
kepala approves it (it is paid today and gets its receipt) or rejects it with a reason (the money
is free again). Other roles see the list read-only.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from tagana_desk.domain.roles import Permission
from tagana_desk.services import disbursements
from tagana_desk.services.disbursements import PaymentResult, PendingInfo
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.dialogs.decision import DecisionDialog
from tagana_desk.ui.errors import describe
from tagana_desk.ui.formatting import rupiah, short_date
from tagana_desk.ui.icons import icon, on_accent
from tagana_desk.ui.labels import role_label, roles_with
from tagana_desk.ui.models.payments import PendingModel
from tagana_desk.ui.tables import fit_column_width
from tagana_desk.ui.widgets import error_label, note_label, show_message


class ApprovalsTab(QWidget):
    """Persetujuan: list_pending, Setujui…, Tolak…."""

    #: The number of commitments waiting changed (for the tab title).
    count_changed = Signal(int)
    #: Receipt numbers to preview and print.
    preview_requested = Signal(object)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.deciding = ctx.actor.can(Permission.APPROVE)
        self.dialog: DecisionDialog | None = None
        self.last_receipt: str | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(8)
        self.role_note = note_label()
        if not self.deciding:
            self.role_note.setText(
                self.tr(
                    "Hanya {roles} yang dapat menyetujui atau menolak; Anda masuk sebagai {role} "
                    "dan melihat daftar ini saja."
                ).format(roles=roles_with(Permission.APPROVE), role=role_label(ctx.actor.role))
            )
        else:
            self.role_note.setText(
                self.tr(
                    "Menyetujui berarti membayar hari ini: kuitansi terbit dan saldo dana "
                    "berkurang. Menolak membebaskan dana yang dicadangkan."
                )
            )
        layout.addWidget(self.role_note)

        self.model = PendingModel(self)
        self.table = QTableView()
        self.table.setObjectName("approvalsTable")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(PendingModel.COMPUTATION, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (PendingModel.DATE, 86),
            (PendingModel.INCIDENT, 170),
            (PendingModel.NAME, 150),
            (PendingModel.NIK, 125),
            (PendingModel.AID, 150),
            (PendingModel.FUND, 50),
            (PendingModel.AMOUNT, 110),
            (PendingModel.REQUESTED_BY, 100),
        ):
            fit_column_width(self.table, column, width)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda _i: self.approve_selected())
        layout.addWidget(self.table, 1)

        # The selected commitment in full: the table cuts long titles and computations.
        details = QFrame()
        details.setObjectName("card")
        box = QVBoxLayout(details)
        box.setContentsMargins(14, 10, 14, 12)
        box.setSpacing(4)
        self.detail_title = QLabel()
        self.detail_title.setObjectName("cardTitle")
        self.detail_title.setWordWrap(True)
        self.detail_text = QLabel()
        self.detail_text.setWordWrap(True)
        self.detail_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.detail_title)
        box.addWidget(self.detail_text)
        layout.addWidget(details)

        bar = QHBoxLayout()
        self.total_label = note_label()
        self.total_label.setWordWrap(False)
        bar.addWidget(self.total_label)
        bar.addStretch(1)
        self.reject_button = QPushButton(icon("void"), self.tr("Tolak…"))
        self.reject_button.clicked.connect(self.reject_selected)
        self.approve_button = QPushButton(self.tr("Setujui…"))
        self.approve_button.setObjectName("primaryButton")
        self.approve_button.setIcon(on_accent("approve"))
        self.approve_button.clicked.connect(self.approve_selected)
        bar.addWidget(self.reject_button)
        bar.addWidget(self.approve_button)
        layout.addLayout(bar)
        self.done_label = QLabel()
        self.done_label.setObjectName("okLabel")
        self.done_label.setWordWrap(True)
        self.done_label.setTextFormat(Qt.TextFormat.RichText)
        self.done_label.linkActivated.connect(self._link)
        self.done_label.hide()
        layout.addWidget(self.done_label)
        self.message = error_label()
        layout.addWidget(self.message)
        self.approve_button.setVisible(self.deciding)
        self.reject_button.setVisible(self.deciding)
        self._update_buttons()

    # --- loading
    def load(self) -> None:
        self.ctx.read(disbursements.list_pending, self.ctx.actor, on_done=self._show,
                      on_error=self._failed, owner=self)  # fmt: skip

    def _show(self, rows: list[PendingInfo]) -> None:
        self.model.set_rows(rows)
        total = sum(r.amount for r in rows)
        self.total_label.setText(
            self.tr("{n} menunggu persetujuan · {amount} dicadangkan").format(
                n=len(rows), amount=rupiah(total)
            )
            if rows
            else self.tr("Tidak ada pembayaran yang menunggu persetujuan.")
        )
        show_message(self.message, "")
        self._update_buttons()
        self.count_changed.emit(len(rows))

    def _failed(self, exc: object) -> None:
        show_message(self.message, describe(exc))

    def selected(self) -> PendingInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select(self, disbursement_id: int) -> None:
        for i, row in enumerate(self.model.rows):
            if row.disbursement_id == disbursement_id:
                self.table.selectRow(i)
                return

    def _update_buttons(self) -> None:
        row = self.selected()
        chosen = self.deciding and row is not None
        self.approve_button.setEnabled(chosen)
        self.reject_button.setEnabled(chosen)
        if row is None:
            self.detail_title.setText(self.tr("Pilih satu baris untuk melihat rinciannya."))
            self.detail_text.clear()
            return
        self.detail_title.setText(
            self.tr("{aid} · {amount} · {name} ({nik})").format(
                aid=row.aid_name, amount=rupiah(row.amount), name=row.head_name, nik=row.nik
            )
        )
        self.detail_text.setText(
            self.tr(
                "Kejadian: {incident}\nPerhitungan: {computation}\n"
                "Diajukan oleh {user} untuk tanggal {date}; dibayar dari dana {fund}."
            ).format(
                incident=row.incident_title,
                computation=row.computation,
                user=row.requested_by or "—",
                date=short_date(row.pay_date),
                fund=row.fund_code,
            )  # fmt: skip
        )

    # --- deciding
    def approve_selected(self) -> DecisionDialog | None:
        row = self.selected()
        if row is None or not self.deciding:
            return None
        actor, did = self.ctx.actor, row.disbursement_id

        def approve(session: Session, note: str) -> PaymentResult:
            return disbursements.approve(session, actor, did, note=note)

        dialog = DecisionDialog(
            self.ctx, approve,
            title=self.tr("Setujui pembayaran"),
            text=self.tr(
                "Setujui {aid} sebesar {amount} untuk {name} ({incident})? Pembayaran dicatat "
                "hari ini dan kuitansinya terbit."
            ).format(aid=row.aid_name, amount=rupiah(row.amount), name=row.head_name,
                     incident=row.incident_title),
            field_label=self.tr("Catatan"), confirm_text=self.tr("Setujui dan bayar"),
            required=False, parent=self,
        )  # fmt: skip
        dialog.decided.connect(lambda result: self._approved(row, result))
        return self._open(dialog)

    def reject_selected(self) -> DecisionDialog | None:
        row = self.selected()
        if row is None or not self.deciding:
            return None
        actor, did = self.ctx.actor, row.disbursement_id

        def reject(session: Session, reason: str) -> None:
            disbursements.reject(session, actor, did, reason)

        dialog = DecisionDialog(
            self.ctx, reject,
            title=self.tr("Tolak pembayaran"),
            text=self.tr(
                "Tolak {aid} sebesar {amount} untuk {name}? Dana yang dicadangkan kembali "
                "tersedia; KK ini dapat diajukan lagi nanti."
            ).format(aid=row.aid_name, amount=rupiah(row.amount), name=row.head_name),
            field_label=self.tr("Alasan penolakan"), confirm_text=self.tr("Tolak"),
            required=True, placeholder=self.tr("mis. RAB belum diverifikasi"), parent=self,
        )  # fmt: skip
        dialog.decided.connect(lambda _r: self._rejected(row))
        return self._open(dialog)

    def _open(self, dialog: DecisionDialog) -> DecisionDialog:
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _approved(self, row: PendingInfo, result: PaymentResult) -> None:
        self.last_receipt = result.receipt_number
        self.done_label.setText(
            self.tr(
                "Disetujui dan dibayar: {amount} untuk {name}, kuitansi {number}. "
                '<a href="print">Cetak kuitansi…</a>'
            ).format(amount=rupiah(result.amount), name=html.escape(row.head_name),
                     number=result.receipt_number)
        )  # fmt: skip
        self.done_label.show()

    def _rejected(self, row: PendingInfo) -> None:
        self.last_receipt = None
        self.done_label.setText(
            html.escape(
                self.tr("Ditolak: {aid} untuk {name}; dananya kembali tersedia.").format(
                    aid=row.aid_name, name=row.head_name
                )
            )
        )
        self.done_label.show()

    def _link(self, _href: str) -> None:
        if self.last_receipt:
            self.preview_requested.emit((self.last_receipt,))

    def focus_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
