"""Tambah alokasi: money into a fund (bendahara), e.g. a BTT disbursement by SK Bupati."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from tagana_desk.domain.errors import ValidationError
from tagana_desk.services import funds
from tagana_desk.services.funds import AllocationResult, FundInfo
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.errors import describe
from tagana_desk.ui.keys import add_save_cancel
from tagana_desk.ui.widgets import (
    RupiahLineEdit,
    date_edit,
    error_label,
    note_label,
    show_message,
    to_date,
)


class AllocateDialog(QDialog):
    """Fund, amount, basis (SK), date, source, note. Enter saves, Esc cancels."""

    allocation_saved = Signal(object)  # AllocationResult

    def __init__(
        self,
        ctx: DeskContext,
        fund_list: Sequence[FundInfo],
        *,
        fund_code: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_value: AllocationResult | None = None
        self.setWindowTitle(self.tr("Tambah alokasi dana"))
        self.setMinimumWidth(520)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(
            note_label(
                self.tr(
                    "Catat uang yang masuk ke dana, mis. pencairan BTT berdasarkan SK Bupati. "
                    "Alokasi yang sudah tersimpan tidak dapat diubah atau dihapus."
                )
            )
        )
        form = QFormLayout()
        form.setSpacing(8)
        self.fund_combo = QComboBox()
        for info in fund_list:
            if info.active:
                self.fund_combo.addItem(f"{info.code} — {info.name}", info.code)
        if fund_code is not None and (i := self.fund_combo.findData(fund_code)) >= 0:
            self.fund_combo.setCurrentIndex(i)
        self.amount_edit = RupiahLineEdit()
        self.amount_edit.setPlaceholderText(self.tr("mis. 1.500.000.000"))
        self.reference_edit = QLineEdit()
        self.reference_edit.setMaxLength(200)
        self.reference_edit.setPlaceholderText(self.tr("mis. SK Bupati 188/123/2026"))
        self.date_edit = date_edit()
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.source_edit = QLineEdit()
        self.source_edit.setMaxLength(200)
        self.source_edit.setPlaceholderText(self.tr("mis. APBD Kabupaten, CSR Bank BPD"))
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(500)
        form.addRow(self.tr("Dana"), self.fund_combo)
        form.addRow(self.tr("Jumlah (Rp)"), self.amount_edit)
        form.addRow(self.tr("Dasar alokasi"), self.reference_edit)
        form.addRow(self.tr("Tanggal"), self.date_edit)
        form.addRow(self.tr("Sumber"), self.source_edit)
        form.addRow(self.tr("Catatan"), self.note_edit)
        layout.addLayout(form)

        self.message = error_label()
        layout.addWidget(self.message)

        self.buttons = add_save_cancel(self, layout)
        self.amount_edit.setFocus()

    def save(self) -> None:
        amount = self.amount_edit.value()
        if amount is None:
            self._show_error(ValidationError(self.tr("Jumlah wajib diisi."), "jumlah"))
            return
        self._set_busy(True)
        self.ctx.write(
            _allocate,
            self.ctx.actor,
            self.fund_combo.currentData(),
            amount,
            self.reference_edit.text(),
            to_date(self.date_edit.date()),
            self.source_edit.text(),
            self.note_edit.text(),
            on_done=self._saved,
            on_error=self._show_error,
            owner=self,
        )

    def _saved(self, result: AllocationResult) -> None:
        self.result_value = result
        self._set_busy(False)
        self.allocation_saved.emit(result)
        self.accept()

    def _show_error(self, exc: object) -> None:
        self._set_busy(False)
        show_message(self.message, describe(exc))
        field = getattr(exc, "field", None)
        target = {
            "jumlah": self.amount_edit,
            "referensi": self.reference_edit,
            "tanggal": self.date_edit,
            "dana": self.fund_combo,
        }.get(field or "")
        if target is not None:
            target.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.save_button.setText(self.tr("Menyimpan…") if busy else self.tr("Simpan"))


def _allocate(
    session: Session, actor, fund_code: str, amount: int, reference: str, on: dt.date,
    source: str, note: str,
) -> AllocationResult:  # fmt: skip
    return funds.allocate(
        session, actor, fund_code, amount, reference, on=on, source=source, note=note
    )
