"""Tagana → Honor bulanan: a month's stipend run — preview, pay (bendahara), print.

The preview lists every volunteer active in the month with what a run would do: pay (gross, tax,
net), already paid, or skip (and why). The stipend fund's available balance is beside it; when it
is short, the shortfall is shown in red and Bayar stays disabled. After the run the daftar
penerimaan and the receipts (one page per volunteer) are previewed, printed or saved as PDF.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from tagana_desk.domain.dates import month_bounds, parse_period
from tagana_desk.domain.roles import Permission
from tagana_desk.services import office, stipends
from tagana_desk.services.context import Actor
from tagana_desk.services.stipends import PaymentList, RunResult, StipendPreview
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.dialogs.payment_list_preview import PaymentListPreviewDialog
from tagana_desk.ui.dialogs.receipt_preview import ReceiptPreviewDialog
from tagana_desk.ui.dialogs.stipend_run import StipendRunDialog, month_label
from tagana_desk.ui.errors import describe
from tagana_desk.ui.formatting import month_name, rupiah
from tagana_desk.ui.icons import icon, on_accent
from tagana_desk.ui.labels import roles_with
from tagana_desk.ui.models.volunteers import StipendPreviewModel
from tagana_desk.ui.tables import make_table
from tagana_desk.ui.volunteer_support import LazyTab
from tagana_desk.ui.widgets import FigureCard, error_label, note_label, ok_label, show_message


@dataclass(frozen=True, slots=True)
class StipendView:
    preview: StipendPreview
    paid: PaymentList
    kecamatan_word: str


def load_stipend_view(session: Session, actor: Actor, period: str) -> StipendView:
    """Runs on a worker thread: the month's preview and what has been paid for it."""
    from tagana_desk.domain import regions

    word = regions.area_labels(office.get_office(session).kabupaten_code).kecamatan
    return StipendView(
        stipends.preview(session, actor, period), stipends.payment_list(session, actor, period),
        word,
    )  # fmt: skip


def _receipt_numbers(session: Session, period: str) -> list[str]:
    return stipends.receipt_numbers(session, period)


def period_of(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


class StipendTab(LazyTab):
    """Honor bulanan."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.view: StipendView | None = None
        self.run_dialog: StipendRunDialog | None = None
        self.list_dialog: PaymentListPreviewDialog | None = None
        self.receipts_dialog: QDialog | None = None
        self.last_run: RunResult | None = None
        self.may_pay = ctx.actor.can(Permission.RUN_STIPENDS)
        today = dt.date.today()

        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 10)
        outer.setSpacing(10)

        controls = QHBoxLayout()
        controls.setSpacing(8)
        label = QLabel(self.tr("Bulan:"))
        self.month_combo = QComboBox()
        for i in range(1, 13):
            self.month_combo.addItem(month_name(i), i)
        self.month_combo.setCurrentIndex(today.month - 1)
        self.month_combo.setMinimumWidth(130)
        label.setBuddy(self.month_combo)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2020, today.year + 1)
        self.year_spin.setValue(today.year)
        self.month_combo.activated.connect(lambda _i: self._period_changed())
        self.year_spin.valueChanged.connect(lambda _v: self._period_changed())
        controls.addWidget(label)
        controls.addWidget(self.month_combo)
        controls.addWidget(self.year_spin)
        controls.addStretch(1)
        self.role_note = note_label()
        self.role_note.setWordWrap(False)
        controls.addWidget(self.role_note)
        self.list_button = QPushButton(icon("print"), self.tr("Cetak daftar penerimaan…"))
        self.list_button.setToolTip(
            self.tr("Pratinjau, cetak atau simpan daftar penerimaan honor bulan ini (Ctrl+P)")
        )
        self.list_button.clicked.connect(self.open_list_preview)
        self.receipts_button = QPushButton(icon("print"), self.tr("Cetak kuitansi per relawan…"))
        self.receipts_button.setToolTip(
            self.tr("Kuitansi honor bulan ini, satu halaman per relawan: pratinjau, cetak, simpan")
        )
        self.receipts_button.clicked.connect(self.open_receipts_preview)
        self.pay_button = QPushButton(self.tr("Bayar honor…"))
        self.pay_button.setObjectName("primaryButton")
        self.pay_button.setIcon(on_accent("pay"))
        self.pay_button.clicked.connect(self.open_run_dialog)
        for button in (self.list_button, self.receipts_button, self.pay_button):
            button.setEnabled(False)
            controls.addWidget(button)
        outer.addLayout(controls)
        if not self.may_pay:
            self.role_note.setText(
                self.tr("Hanya {roles} yang dapat membayar honor.").format(
                    roles=roles_with(Permission.RUN_STIPENDS)
                )
            )
        self.role_note.setVisible(not self.may_pay)

        figures = QHBoxLayout()
        figures.setSpacing(12)
        self.gross_card = FigureCard(self.tr("Akan dibayar (bruto)"))
        self.tax_card = FigureCard(self.tr("Potongan"))
        self.net_card = FigureCard(self.tr("Diterima (netto)"))
        self.paid_card = FigureCard(self.tr("Sudah dibayar"))
        self.available_card = FigureCard(self.tr("Tersedia"), strong=True)
        for card in (self.gross_card, self.tax_card, self.net_card, self.paid_card,
                     self.available_card):  # fmt: skip
            figures.addWidget(card)
        outer.addLayout(figures)

        self.shortfall_label = error_label()
        outer.addWidget(self.shortfall_label)
        self.model = StipendPreviewModel(parent=self)
        m = StipendPreviewModel
        self.table = make_table(
            self.model, stretch=m.REASON,
            widths={m.NAME: 230, m.TYPE: 75, m.KECAMATAN: 120, m.GROSS: 110, m.TAX: 120,
                    m.NET: 110, m.STATUS: 120},
        )  # fmt: skip
        self.table.setObjectName("stipendTable")
        self.table.horizontalHeader().setSectionResizeMode(
            m.NAME, QHeaderView.ResizeMode.Interactive
        )
        outer.addWidget(self.table, 1)

        bottom = QHBoxLayout()
        self.count_label = note_label()
        self.count_label.setWordWrap(False)
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        outer.addLayout(bottom)
        self.done_label = ok_label()
        outer.addWidget(self.done_label)
        self.message = error_label()
        outer.addWidget(self.message)

    # --- the month
    @property
    def period(self) -> str:
        return period_of(self.year_spin.value(), self.month_combo.currentData())

    def set_period(self, period: str) -> None:
        year, month = parse_period(period)
        self.year_spin.blockSignals(True)
        self.year_spin.setValue(year)
        self.year_spin.blockSignals(False)
        self.month_combo.setCurrentIndex(month - 1)
        self._period_changed()

    def _period_changed(self) -> None:
        self.done_label.hide()
        self.refresh()

    # --- loading
    def load(self) -> None:
        self.ctx.read(load_stipend_view, self.ctx.actor, self.period, on_done=self._show,
                      on_error=self._failed, owner=self)  # fmt: skip

    def _show(self, view: StipendView) -> None:
        if view.preview.period != self.period:
            return  # an older month's answer arriving after the picker moved on
        self.view = view
        p = view.preview
        self.model.kecamatan_word = view.kecamatan_word
        self.model.set_rows(p.lines)
        self.gross_card.caption.setText(
            self.tr("Akan dibayar ({n} relawan), bruto").format(n=p.to_pay)
        )
        self.gross_card.set_text(rupiah(p.total_gross))
        self.tax_card.set_text(rupiah(p.total_tax))
        self.net_card.set_text(rupiah(p.total_net))
        self.paid_card.caption.setText(
            self.tr("Sudah dibayar ({n} relawan)").format(n=len(view.paid.rows))
        )
        self.paid_card.set_text(rupiah(view.paid.total_net))
        self.available_card.caption.setText(self.tr("Tersedia {fund}").format(fund=p.fund_code))
        self.available_card.set_text(rupiah(p.available))
        if p.shortfall:
            show_message(
                self.shortfall_label,
                self.tr(
                    "Saldo dana {fund} tidak cukup: dibutuhkan {needed}, tersedia {available} — "
                    "kurang {short}. Tambah alokasi di halaman Dana sebelum membayar."
                ).format(
                    fund=p.fund_code, needed=rupiah(p.total_gross), available=rupiah(p.available),
                    short=rupiah(p.shortfall),
                ),
            )  # fmt: skip
        else:
            show_message(self.shortfall_label, "")
        self.count_label.setText(
            self.tr("{total} relawan aktif pada {month}: {pay} akan dibayar, {paid} sudah "
                    "dibayar, {skipped} dilewati.").format(
                total=len(p.lines), month=month_label(p.period), pay=p.to_pay,
                paid=p.already_paid, skipped=p.skipped,
            )
        )  # fmt: skip
        self._update_buttons()
        show_message(self.message, "")

    def _failed(self, exc: object) -> None:
        show_message(self.message, describe(exc))

    def pay_refusal(self) -> str:
        """Why Bayar is disabled ("" when it is not)."""
        if self.view is None:
            return self.tr("Memuat…")
        p = self.view.preview
        first, _ = month_bounds(*parse_period(p.period))
        if not self.may_pay:
            return self.tr("Hanya {roles} yang dapat membayar honor.").format(
                roles=roles_with(Permission.RUN_STIPENDS)
            )
        if first > dt.date.today():
            return self.tr("Bulan {month} belum mulai.").format(month=month_label(p.period))
        if p.to_pay == 0:
            return self.tr("Tidak ada relawan yang perlu dibayar untuk {month}.").format(
                month=month_label(p.period)
            )
        if p.shortfall:
            return self.tr("Saldo dana {fund} kurang {short}.").format(
                fund=p.fund_code, short=rupiah(p.shortfall)
            )
        return ""

    def _update_buttons(self) -> None:
        refusal = self.pay_refusal()
        self.pay_button.setEnabled(not refusal)
        self.pay_button.setToolTip(refusal or self.tr("Bayar honor bulan ini kepada {n} relawan")
                                   .format(n=self.view.preview.to_pay if self.view else 0))  # fmt: skip
        paid = bool(self.view and self.view.paid.rows)
        self.list_button.setEnabled(paid)
        self.receipts_button.setEnabled(paid)

    # --- paying
    def open_run_dialog(self) -> StipendRunDialog | None:
        if self.view is None or self.pay_refusal():
            return None
        dialog = StipendRunDialog(self.ctx, self.view.preview, parent=self)
        dialog.stipends_paid.connect(self._paid)
        dialog.finished.connect(dialog.deleteLater)
        self.run_dialog = dialog
        dialog.open()
        return dialog

    def _paid(self, result: RunResult) -> None:
        # The tab reloads after the write (``write_committed``); say what was done.
        self.last_run = result
        if result.paid:
            text = self.tr(
                "Honor {month} dibayar kepada {n} relawan: bruto {gross}, diterima {net}. "
                "Kuitansi {first} s.d. {last}."
            ).format(
                month=month_label(result.period), n=result.paid, gross=rupiah(result.total),
                net=rupiah(result.total_net), first=result.receipts[0], last=result.receipts[-1],
            )  # fmt: skip
        else:
            text = self.tr("Tidak ada relawan yang dibayar: semua sudah dibayar atau dilewati.")
        self._done(text)

    # --- printing
    def open_list_preview(self) -> PaymentListPreviewDialog | None:
        """The month's daftar penerimaan as the PDF it prints, with Cetak… and Simpan PDF…."""
        if self.view is None or not self.view.paid.rows:
            return None
        dialog = PaymentListPreviewDialog(self.ctx, self.period, parent=self)
        dialog.finished.connect(dialog.deleteLater)
        self.list_dialog = dialog
        dialog.open()
        return dialog

    def open_receipts_preview(self) -> None:
        """Every stipend receipt of the month, one page per volunteer, in the receipt preview."""
        if self.view is None or not self.view.paid.rows:
            return
        self.ctx.read(_receipt_numbers, self.period, on_done=self._show_receipts,
                      on_error=self._failed, owner=self)  # fmt: skip

    def _show_receipts(self, numbers: list[str]) -> None:
        if not numbers:
            show_message(self.message, self.tr("Belum ada kuitansi honor untuk bulan ini."))
            return
        dialog = ReceiptPreviewDialog(self.ctx, numbers, parent=self)
        dialog.finished.connect(dialog.deleteLater)
        self.receipts_dialog = dialog
        dialog.open()

    def _done(self, text: str) -> None:
        show_message(self.message, "")
        self.done_label.setText(text)
        self.done_label.show()
