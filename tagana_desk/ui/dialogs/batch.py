"""Bayar per kelompok: one aid type for every eligible household of an incident, all or nothing.

The preview lists every household and what the batch would do with it — bayar (green),
persetujuan (amber, above the approval threshold), lewati (grey, with the reason) — with the
totals against the fund's available balance. When the fund is short the shortfall is shown in
red and Bayar stays disabled: the service would refuse the whole batch anyway.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from tagana_desk.domain.enums import AidBasis
from tagana_desk.domain.roles import Permission
from tagana_desk.services import aid, disbursements
from tagana_desk.services.aid import AidTypeInfo
from tagana_desk.services.context import Actor
from tagana_desk.services.disbursements import MAX_DAYS, BatchPreview, BatchResult
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.errors import describe
from tagana_desk.ui.formatting import rupiah
from tagana_desk.ui.habits import remember_views
from tagana_desk.ui.models.payments import BatchPreviewModel
from tagana_desk.ui.tables import fit_column_width
from tagana_desk.ui.widgets import (
    FigureCard,
    date_edit,
    error_label,
    note_label,
    ok_label,
    show_message,
    to_date,
)


@dataclass(frozen=True, slots=True)
class BatchRequest:
    incident_id: int
    aid_code: str
    on: dt.date
    days: int | None


def load_batch_aid_types(session: Session) -> tuple[AidTypeInfo, ...]:
    """Aid types a batch can pay (a manual-amount type is paid one household at a time)."""
    return tuple(
        t for t in aid.list_aid_types(session, active_only=True) if t.basis != AidBasis.MANUAL
    )


def load_batch_preview(session: Session, actor: Actor, request: BatchRequest) -> BatchPreview:
    return disbursements.preview_batch(
        session, actor, request.incident_id, request.aid_code, on=request.on, days=request.days
    )


def disburse(session: Session, actor: Actor, request: BatchRequest) -> BatchResult:
    return disbursements.disburse_batch(
        session, actor, request.incident_id, request.aid_code, on=request.on, days=request.days
    )


@dataclass(frozen=True, slots=True)
class BatchTotals:
    pay_count: int
    pay_amount: int
    approval_count: int
    approval_amount: int
    skip_count: int


def totals(preview: BatchPreview) -> BatchTotals:
    pay = [line.amount for line in preview.lines if line.action == "bayar"]
    approval = [line.amount for line in preview.lines if line.action == "persetujuan"]
    return BatchTotals(len(pay), sum(pay), len(approval), sum(approval), preview.skip_count)


class BatchDialog(QDialog):
    """Kejadian + jenis bantuan + tanggal (+ hari) → pratinjau → Bayar semua (semua atau tidak)."""

    batch_paid = Signal(object)  # BatchResult
    print_requested = Signal(object)  # tuple of receipt numbers

    def __init__(
        self,
        ctx: DeskContext,
        incidents: Sequence[tuple[int, str]],
        *,
        incident_id: int | None = None,
        aid_code: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.paying = ctx.actor.can(Permission.PAY)
        self.aid_types: tuple[AidTypeInfo, ...] = ()
        self.preview: BatchPreview | None = None
        self.result_value: BatchResult | None = None
        self.confirm_box: QMessageBox | None = None
        self.confirm_yes = None
        self._wanted_aid = aid_code
        self._requests = itertools.count(1)
        self._latest = 0
        self.setWindowTitle(self.tr("Bayar per kelompok"))
        self.resize(1300, 680)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 12)
        layout.setSpacing(10)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.incident_combo = QComboBox()
        self.incident_combo.setMinimumWidth(420)
        for iid, label in incidents:
            self.incident_combo.addItem(label, iid)
        if incident_id is not None and (i := self.incident_combo.findData(incident_id)) >= 0:
            self.incident_combo.setCurrentIndex(i)
        self.aid_combo = QComboBox()
        self.aid_combo.setMinimumWidth(280)
        self.date_edit = date_edit()
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.days_label = QLabel(self.tr("Hari"))
        self.days_spin = QSpinBox()
        self.days_spin.setRange(1, MAX_DAYS)
        self.days_spin.setValue(7)
        for caption, widget in (
            (self.tr("Kejadian"), self.incident_combo),
            (self.tr("Bantuan"), self.aid_combo),
            (self.tr("Tanggal"), self.date_edit),
        ):
            label = QLabel(caption)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget)
        row.addWidget(self.days_label)
        row.addWidget(self.days_spin)
        row.addStretch(1)
        layout.addLayout(row)

        self.model = BatchPreviewModel(self)
        self.table = QTableView()
        self.table.setObjectName("batchPreviewTable")
        remember_views(self.table)
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
        header.setSectionResizeMode(BatchPreviewModel.REASON, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (BatchPreviewModel.NAME, 150),
            (BatchPreviewModel.NIK, 130),
            (BatchPreviewModel.DESA, 92),
            (BatchPreviewModel.PERSONS, 42),
            (BatchPreviewModel.DAMAGE, 86),
            (BatchPreviewModel.AMOUNT, 100),
            (BatchPreviewModel.COMPUTATION, 275),
            (BatchPreviewModel.ACTION, 95),
        ):
            fit_column_width(self.table, column, width)
        layout.addWidget(self.table, 1)

        figures = QHBoxLayout()
        figures.setSpacing(12)
        self.pay_card = FigureCard(self.tr("Dibayar sekarang"))
        self.approval_card = FigureCard(self.tr("Menunggu persetujuan Kepala"))
        self.skip_card = FigureCard(self.tr("Dilewati"))
        self.available_card = FigureCard(self.tr("Tersedia"), strong=True)
        self.shortfall_card = FigureCard(self.tr("Kurang"))
        for card in (
            self.pay_card, self.approval_card, self.skip_card, self.available_card,
            self.shortfall_card,
        ):  # fmt: skip
            figures.addWidget(card)
        layout.addLayout(figures)

        self.note = note_label()
        layout.addWidget(self.note)
        self.message = error_label()
        layout.addWidget(self.message)
        self.result_label = ok_label()
        layout.addWidget(self.result_label)

        self.buttons = QDialogButtonBox()
        self.pay_button = self.buttons.addButton(
            self.tr("Bayar semua…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.pay_button.setObjectName("primaryButton")
        self.pay_button.setDefault(True)
        self.pay_button.clicked.connect(self.ask_to_pay)
        self.print_button = self.buttons.addButton(
            self.tr("Cetak kuitansi baru…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.hide()
        self.print_button.clicked.connect(self._print)
        self.close_button = self.buttons.addButton(
            self.tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.pay_button.setEnabled(False)
        if not self.paying:
            self.pay_button.setToolTip(self.tr("Hanya Bendahara yang dapat membayar."))

        self.incident_combo.currentIndexChanged.connect(self._request_preview)
        self.aid_combo.currentIndexChanged.connect(self._aid_changed)
        self.date_edit.dateChanged.connect(self._request_preview)
        self.days_spin.valueChanged.connect(self._request_preview)
        ctx.read(load_batch_aid_types, on_done=self._show_aid_types, on_error=self._failed,
                 owner=self)  # fmt: skip

    # --- choices
    def _show_aid_types(self, types: tuple[AidTypeInfo, ...]) -> None:
        self.aid_types = types
        self.aid_combo.blockSignals(True)
        self.aid_combo.clear()
        for info in types:
            self.aid_combo.addItem(f"{info.code} — {info.name}", info.code)
        index = self.aid_combo.findData(self._wanted_aid)
        self.aid_combo.setCurrentIndex(index if index >= 0 else 0)
        self.aid_combo.blockSignals(False)
        self._aid_changed()

    def select_aid(self, code: str) -> None:
        self.aid_combo.setCurrentIndex(self.aid_combo.findData(code))

    def aid_type(self) -> AidTypeInfo | None:
        code = self.aid_combo.currentData()
        return next((t for t in self.aid_types if t.code == code), None)

    def _aid_changed(self, *_args: object) -> None:
        info = self.aid_type()
        per_day = info is not None and info.basis == AidBasis.PER_PERSON_DAY
        self.days_label.setVisible(per_day)
        self.days_spin.setVisible(per_day)
        if per_day and info is not None and info.default_days:
            self.days_spin.blockSignals(True)
            self.days_spin.setValue(info.default_days)
            self.days_spin.blockSignals(False)
        self._request_preview()

    def request(self) -> BatchRequest | None:
        info, incident_id = self.aid_type(), self.incident_combo.currentData()
        if info is None or incident_id is None:
            return None
        days = self.days_spin.value() if info.basis == AidBasis.PER_PERSON_DAY else None
        return BatchRequest(incident_id, info.code, to_date(self.date_edit.date()), days)

    # --- preview
    def _request_preview(self, *_args: object) -> None:
        request = self.request()
        self.preview = None
        self._update_pay_button()
        if request is None:
            return
        self._latest = next(self._requests)
        request_id = self._latest
        self.ctx.read(
            load_batch_preview, self.ctx.actor, request,
            on_done=lambda preview: self._show_preview(request_id, preview),
            on_error=lambda exc: self._preview_failed(request_id, exc), owner=self,
        )  # fmt: skip

    def _show_preview(self, request_id: int, preview: BatchPreview) -> None:
        if request_id != self._latest:
            return
        self.preview = preview
        self.model.set_rows(preview.lines)
        t = totals(preview)
        self.pay_card.set_text(
            self.tr("{n} KK · {amount}").format(n=t.pay_count, amount=rupiah(t.pay_amount))
        )
        self.approval_card.set_text(
            self.tr("{n} KK · {amount}").format(n=t.approval_count,
                                                amount=rupiah(t.approval_amount))
        )  # fmt: skip
        self.skip_card.set_text(self.tr("{n} KK").format(n=t.skip_count))
        self.available_card.caption.setText(
            self.tr("Tersedia {fund}").format(fund=preview.fund_code)
        )
        self.available_card.set_text(rupiah(preview.available))
        self.shortfall_card.set_text(rupiah(preview.shortfall) if preview.shortfall else "—")
        self.shortfall_card.value.setStyleSheet("color: #b3261e;" if preview.shortfall else "")
        show_message(self.message, "")
        if preview.shortfall:
            show_message(
                self.message,
                self.tr(
                    "Saldo dana {fund} tidak cukup: dibutuhkan {needed}, tersedia {available}. "
                    "Tambah alokasi dulu; kelompok ini dibayar semua atau tidak sama sekali."
                ).format(
                    fund=preview.fund_code,
                    needed=rupiah(preview.total),
                    available=rupiah(preview.available),
                ),  # fmt: skip
            )
            self.note.clear()
        elif preview.total == 0:
            self.note.setText(
                self.tr("Tidak ada KK yang perlu dibayar untuk bantuan ini; lihat keterangannya.")
            )
        else:
            self.note.setText(
                self.tr(
                    "Dibutuhkan {needed} dari dana {fund} (termasuk yang menunggu persetujuan). "
                    "Semua dibayar sekaligus, atau tidak sama sekali."
                ).format(needed=rupiah(preview.total), fund=preview.fund_code)
            )
        self._update_pay_button()

    def _preview_failed(self, request_id: int, exc: object) -> None:
        if request_id == self._latest:
            self._failed(exc)

    def _failed(self, exc: object) -> None:
        self.model.set_rows([])
        show_message(self.message, describe(exc))
        self._update_pay_button()

    def _update_pay_button(self) -> None:
        p = self.preview
        self.pay_button.setEnabled(
            self.paying and p is not None and p.total > 0 and p.shortfall == 0
        )

    # --- paying
    def ask_to_pay(self) -> QMessageBox | None:
        if not self.pay_button.isEnabled() or self.preview is None:
            return None
        t = totals(self.preview)
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Bayar per kelompok"))
        box.setText(
            self.tr("Bayar {aid} untuk {n} KK sekarang ({amount})?").format(
                aid=self.preview.aid_name, n=t.pay_count, amount=rupiah(t.pay_amount)
            )
        )
        details = [self.tr("Semua dibayar sekaligus, atau tidak sama sekali.")]
        if t.approval_count:
            details.insert(
                0,
                self.tr("{n} KK ({amount}) diajukan ke Kepala dan dananya dicadangkan.").format(
                    n=t.approval_count, amount=rupiah(t.approval_amount)
                ),
            )
        box.setInformativeText(" ".join(details))
        self.confirm_yes = box.addButton(self.tr("Bayar"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(self.confirm_yes)
        box.buttonClicked.connect(
            lambda button: self.disburse() if button is self.confirm_yes else None
        )
        self.confirm_box = box
        box.open()
        return box

    def disburse(self) -> None:
        request = self.request()
        if request is None or not self.paying:
            return
        self.pay_button.setEnabled(False)
        self.pay_button.setText(self.tr("Membayar…"))
        show_message(self.message, "")
        self.ctx.write(disburse, self.ctx.actor, request, on_done=self._paid,
                       on_error=self._pay_failed, owner=self)  # fmt: skip

    def _paid(self, result: BatchResult) -> None:
        self.result_value = result
        self.pay_button.setText(self.tr("Bayar semua…"))
        parts = [self.tr("{n} KK dibayar").format(n=result.disbursed)]
        if result.receipts:
            first, last = result.receipts[0], result.receipts[-1]
            parts[0] += (
                self.tr(" (kuitansi {first})").format(first=first)
                if first == last
                else self.tr(" (kuitansi {first} s.d. {last})").format(first=first, last=last)
            )
        if result.awaiting_approval:
            parts.append(
                self.tr("{n} KK menunggu persetujuan Kepala").format(n=result.awaiting_approval)
            )
        parts.append(self.tr("{n} KK dilewati").format(n=result.skipped))
        self.result_label.setText(
            self.tr("Selesai: {parts}. Total {total}.").format(
                parts=", ".join(parts), total=rupiah(result.total)
            )
        )
        self.result_label.show()
        if result.receipts:
            self.print_button.show()
            self.print_button.setDefault(True)
            self.print_button.setFocus()
        self.batch_paid.emit(result)
        self._request_preview()  # everyone paid now shows as "sudah menerima"

    def _pay_failed(self, exc: object) -> None:
        self.pay_button.setText(self.tr("Bayar semua…"))
        show_message(self.message, describe(exc))
        self._request_preview()

    def _print(self) -> None:
        if self.result_value is not None and self.result_value.receipts:
            self.print_requested.emit(self.result_value.receipts)
