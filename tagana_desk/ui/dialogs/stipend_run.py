"""Bayar honor relawan: the bendahara confirms a month's stipend run and picks the pay date.

The run itself is all or nothing and pays nobody twice (``stipends.run``); this dialog says what
will happen — how many volunteers, how much gross, withheld and net, what the fund has left —
before anything is written.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from tagana_desk.domain.dates import month_bounds, parse_period
from tagana_desk.services import stipends
from tagana_desk.services.context import Actor
from tagana_desk.services.stipends import RunResult, StipendPreview
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.errors import describe
from tagana_desk.ui.formatting import month_year, rupiah
from tagana_desk.ui.widgets import date_edit, error_label, note_label, show_message, to_date


def _run(session: Session, actor: Actor, period: str, pay_date: dt.date) -> RunResult:
    return stipends.run(session, actor, period, pay_date=pay_date)


def month_label(period: str) -> str:
    year, month = parse_period(period)
    return month_year(year, month)


class StipendRunDialog(QDialog):
    """Bulan, jumlah relawan, bruto, potongan, netto, saldo tersedia, tanggal bayar → Bayar."""

    stipends_paid = Signal(object)  # RunResult

    def __init__(
        self, ctx: DeskContext, preview: StipendPreview, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.preview = preview
        self.result_value: RunResult | None = None
        label = month_label(preview.period)
        self.setWindowTitle(self.tr("Bayar honor {month}").format(month=label))
        self.setMinimumWidth(520)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        heading = QLabel(
            self.tr("Bayar honor {month} dari dana {fund} kepada {n} relawan?").format(
                month=label, fund=preview.fund_code, n=preview.to_pay
            )
        )
        heading.setObjectName("sectionTitle")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        form = QFormLayout()
        form.setSpacing(6)
        left = preview.available - preview.total_gross
        for caption, amount in (
            (self.tr("Jumlah bruto (keluar dari dana)"), preview.total_gross),
            (self.tr("Potongan"), preview.total_tax),
            (self.tr("Diterima relawan (netto)"), preview.total_net),
            (self.tr("Tersedia {fund}").format(fund=preview.fund_code), preview.available),
            (self.tr("Sisa setelah dibayar"), left),
        ):
            value = QLabel(rupiah(amount))
            if amount < 0:
                value.setObjectName("errorLabel")
            form.addRow(caption, value)
        first, last = month_bounds(*parse_period(preview.period))
        today = dt.date.today()
        self.date_edit = date_edit()
        self.date_edit.setMinimumDate(QDate(first))
        self.date_edit.setMaximumDate(QDate(max(first, today)))
        self.date_edit.setDate(QDate(max(first, min(today, last))))
        form.addRow(self.tr("Tanggal bayar"), self.date_edit)
        layout.addLayout(form)
        skipped = preview.already_paid + preview.skipped
        text = self.tr(
            "Setiap relawan mendapat kuitansi bernomor. Relawan yang sudah dibayar untuk bulan "
            "ini tidak dibayar lagi."
        )
        if skipped:
            text += " " + self.tr("{n} relawan tidak ikut dibayar (sudah dibayar atau dilewati).") \
                .format(n=skipped)  # fmt: skip
        text += " " + self.tr(
            "Pembayaran yang salah dibetulkan dengan membatalkan kuitansinya (dengan alasan)."
        )
        layout.addWidget(note_label(text))

        self.message = error_label()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox()
        self.pay_button = self.buttons.addButton(
            self.tr("Bayar"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(
            self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.pay_button.setObjectName("primaryButton")
        # Paying is not the default: Enter in the date field must not pay by accident.
        self.pay_button.setAutoDefault(False)
        self.cancel_button.setDefault(True)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.cancel_button.setFocus()

    def confirm(self) -> None:
        if not self.pay_button.isEnabled():
            return
        show_message(self.message, "")
        self._set_busy(True)
        self.ctx.write(_run, self.ctx.actor, self.preview.period, to_date(self.date_edit.date()),
                       on_done=self._paid, on_error=self._failed, owner=self)  # fmt: skip

    def _paid(self, result: RunResult) -> None:
        self.result_value = result
        self._set_busy(False)
        self.stipends_paid.emit(result)
        self.accept()

    def _failed(self, exc: object) -> None:
        self._set_busy(False)
        show_message(self.message, describe(exc))

    def _set_busy(self, busy: bool) -> None:
        self.pay_button.setEnabled(not busy)
        self.pay_button.setText(self.tr("Membayar…") if busy else self.tr("Bayar"))
