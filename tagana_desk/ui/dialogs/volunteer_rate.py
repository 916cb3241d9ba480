"""Tarif baru: a volunteer type's monthly stipend, deployment allowance and tax rule from a date
on (admin). A new rate applies to stipend months starting on or after its date; payments already
made keep the amounts they were paid with."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from tagana_desk.domain.errors import ConflictError
from tagana_desk.services import volunteers
from tagana_desk.services.context import Actor
from tagana_desk.services.volunteers import VolunteerTypeInfo
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.errors import describe
from tagana_desk.ui.fields import FieldErrors
from tagana_desk.ui.formatting import rupiah
from tagana_desk.ui.keys import add_save_cancel
from tagana_desk.ui.volunteer_support import current_rate, tax_of, tax_rule_text
from tagana_desk.ui.widgets import (
    RupiahLineEdit,
    date_edit,
    error_label,
    note_label,
    show_message,
    to_date,
)

_FIELDS = {"honor": "monthly", "uang_harian": "allowance", "pajak": "tax", "dasar_pajak": "tax"}


def _set_rate(
    session: Session, actor: Actor, code: str, effective_from: dt.date, monthly: int,
    allowance: int, tax_percent: str, base_percent: str,
) -> VolunteerTypeInfo:  # fmt: skip
    return volunteers.set_rate(
        session, actor, code, effective_from, monthly, daily_allowance=allowance,
        tax_percent=tax_percent, tax_base_percent=base_percent,
    )  # fmt: skip


def percent_box(value: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0, 100)
    box.setDecimals(2)
    box.setSingleStep(0.5)
    box.setSuffix(" %")
    box.setValue(value)
    box.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    box.setMaximumWidth(110)
    return box


def _basis_points(box: QDoubleSpinBox) -> int:
    return round(box.value() * 100)


def _percent_text(box: QDoubleSpinBox) -> str:
    """The box's value as the service reads it (``"2.50"``): two decimals, no float maths."""
    bp = _basis_points(box)
    return f"{bp // 100}.{bp % 100:02d}"


class RateDialog(QDialog):
    """Jenis, Berlaku mulai, Honor bulanan, Uang harian penugasan, Potongan (tarif × dasar)."""

    rate_saved = Signal(object)  # VolunteerTypeInfo

    def __init__(
        self,
        ctx: DeskContext,
        types: Sequence[VolunteerTypeInfo],
        *,
        type_code: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.types = {t.code: t for t in types}
        self.saved_info: VolunteerTypeInfo | None = None
        self.errors = FieldErrors()
        self.setWindowTitle(self.tr("Tarif honor baru"))
        self.setMinimumWidth(560)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(
            note_label(
                self.tr(
                    "Tarif baru berlaku untuk honor bulan yang dimulai pada atau setelah tanggal "
                    "berlakunya. Honor yang sudah dibayar tidak pernah berubah: setiap pembayaran "
                    "menyimpan jumlah yang dibayarkan saat itu."
                )
            )
        )
        form = QFormLayout()
        form.setSpacing(8)
        self.type_combo = QComboBox()
        for info in types:
            self.type_combo.addItem(f"{info.code} — {info.name}", info.code)
        if type_code is not None:
            self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(type_code)))
        self.type_combo.currentIndexChanged.connect(lambda _i: self._type_changed())
        today = QDate.currentDate()
        self.date_edit = date_edit()
        # A rate usually starts with a month: the first day of next month by default.
        self.date_edit.setDate(QDate(today.year(), today.month(), 1).addMonths(1))
        self.monthly_edit = RupiahLineEdit()
        self.monthly_edit.setPlaceholderText(self.tr("mis. 1.250.000"))
        self.allowance_edit = RupiahLineEdit()
        self.allowance_edit.setPlaceholderText("0")
        self.tax_box = percent_box(0)
        self.base_box = percent_box(100)
        tax_row = QWidget()
        tax_layout = QHBoxLayout(tax_row)
        tax_layout.setContentsMargins(0, 0, 0, 0)
        tax_layout.addWidget(self.tax_box)
        tax_layout.addWidget(QLabel(self.tr("dari")))
        tax_layout.addWidget(self.base_box)
        tax_layout.addWidget(QLabel(self.tr("bruto")))
        tax_layout.addStretch(1)
        self.current_label = QLabel()
        self.current_label.setObjectName("noteLabel")
        self.example_label = QLabel()
        self.example_label.setObjectName("noteLabel")
        self.example_label.setWordWrap(True)
        form.addRow(self.tr("Jenis relawan"), self.type_combo)
        form.addRow("", self.current_label)
        form.addRow(self.tr("Berlaku mulai"), self.errors.wrap("date", self.date_edit,
                                                               stretch=True))  # fmt: skip
        form.addRow(self.tr("Honor bulanan (Rp)"), self.errors.wrap("monthly", self.monthly_edit))
        form.addRow(self.tr("Uang harian penugasan (Rp)"),
                    self.errors.wrap("allowance", self.allowance_edit))  # fmt: skip
        form.addRow(self.tr("Potongan pajak"), self.errors.wrap("tax", tax_row))
        form.addRow("", self.example_label)
        layout.addLayout(form)
        for signal in (self.monthly_edit.value_changed, self.allowance_edit.value_changed,
                       self.tax_box.valueChanged, self.base_box.valueChanged):  # fmt: skip
            signal.connect(lambda *_a: self._update_example())

        self.message = error_label()
        layout.addWidget(self.message)
        self.buttons = add_save_cancel(self, layout)
        self._type_changed()
        self.monthly_edit.setFocus()

    def _type_changed(self) -> None:
        info = self.types.get(self.type_combo.currentData())
        rate = current_rate(info) if info else None
        if rate is None:
            self.current_label.setText(self.tr("Belum ada tarif yang berlaku."))
            return
        self.current_label.setText(
            self.tr("Tarif sekarang: {amount} sebulan, uang harian {allowance}, {tax}.").format(
                amount=rupiah(rate.monthly_amount),
                allowance=rupiah(rate.daily_deployment_allowance),
                tax=tax_rule_text(rate.tax_rate_bp, rate.tax_base_bp),
            )
        )
        if self.monthly_edit.value() is None:
            self.monthly_edit.setValue(rate.monthly_amount)
            self.allowance_edit.setValue(rate.daily_deployment_allowance)
        self._update_example()

    def _update_example(self) -> None:
        gross = self.monthly_edit.value() or 0
        rate_bp, base_bp = _basis_points(self.tax_box), _basis_points(self.base_box)
        tax = tax_of(gross, rate_bp, base_bp)
        rule = tax_rule_text(rate_bp, base_bp)
        self.example_label.setText(
            self.tr("Potongan: {rule}. Honor {gross} → potongan {tax}, diterima {net}.").format(
                rule=rule, gross=rupiah(gross), tax=rupiah(tax), net=rupiah(gross - tax)
            )
        )

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        self.errors.clear()
        show_message(self.message, "")
        monthly = self.monthly_edit.value()
        if monthly is None:
            self.errors.show("monthly", self.tr("Honor bulanan wajib diisi (boleh 0)."))
            self.errors.focus("monthly")
            return
        self.save_button.setEnabled(False)
        self.ctx.write(
            _set_rate, self.ctx.actor, self.type_combo.currentData(),
            to_date(self.date_edit.date()), monthly, self.allowance_edit.value() or 0,
            _percent_text(self.tax_box), _percent_text(self.base_box),
            on_done=self._saved, on_error=self._show_error, owner=self,
        )  # fmt: skip

    def _saved(self, info: VolunteerTypeInfo) -> None:
        self.saved_info = info
        self.save_button.setEnabled(True)
        self.rate_saved.emit(info)
        self.accept()

    def _show_error(self, exc: object) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ConflictError):
            key = "date"  # "Sudah ada tarif TSM mulai 01/07/2026."
        else:
            key = _FIELDS.get(getattr(exc, "field", None) or "", "")
        if self.errors.show(key, describe(exc)):
            self.errors.focus(key)
        else:
            show_message(self.message, describe(exc))
