"""Tarif baru: a new rate of an aid type from a date on (admin). Past payments keep theirs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from tagana_desk.domain.enums import AidBasis, DamageLevel
from tagana_desk.domain.errors import ValidationError
from tagana_desk.services import aid
from tagana_desk.services.aid import AidTypeInfo
from tagana_desk.services.context import Actor
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.errors import describe
from tagana_desk.ui.keys import add_save_cancel
from tagana_desk.ui.models.aid import rate_text, rates_in_force
from tagana_desk.ui.payment_labels import basis_label, damage_label
from tagana_desk.ui.widgets import (
    RupiahLineEdit,
    date_edit,
    error_label,
    note_label,
    show_message,
    to_date,
)


def set_rate(
    session: Session, actor: Actor, code: str, effective_from: dt.date, amount: int,
    damage: str | None,
) -> AidTypeInfo:  # fmt: skip
    return aid.set_rate(session, actor, code, effective_from, amount, damage)


class RateDialog(QDialog):
    """Mulai berlaku, tarif (Rp), and for by-damage types the damage level. Enter saves."""

    rate_saved = Signal(object)  # AidTypeInfo

    def __init__(self, ctx: DeskContext, info: AidTypeInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.info = info
        self.by_damage = info.basis == AidBasis.BY_DAMAGE
        self.setWindowTitle(self.tr("Tarif baru — {code}").format(code=info.code))
        self.setMinimumWidth(500)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        title = QLabel(f"{info.code} — {info.name}")
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        current = rates_in_force(info, dt.date.today())
        layout.addWidget(
            note_label(
                self.tr(
                    "Dasar: {basis}. Tarif berlaku sekarang: {rate}. Tarif baru berlaku mulai "
                    "tanggalnya; pembayaran yang sudah dilakukan tidak berubah."
                ).format(basis=basis_label(info.basis), rate=rate_text(current))
            )
        )
        form = QFormLayout()
        form.setSpacing(8)
        self.date_edit = date_edit()
        self.date_error = error_label()
        self.amount_edit = RupiahLineEdit()
        self.amount_edit.setPlaceholderText(self.tr("mis. 20.000"))
        self.amount_error = error_label()
        self.damage_combo = QComboBox()
        for level in (DamageLevel.RB, DamageLevel.RS, DamageLevel.RR):
            self.damage_combo.addItem(f"{level.value} — {damage_label(level)}", level.value)
        self.damage_error = error_label()
        form.addRow(self.tr("Mulai berlaku"), self._with_error(self.date_edit, self.date_error))
        if self.by_damage:
            form.addRow(
                self.tr("Tingkat kerusakan"), self._with_error(self.damage_combo, self.damage_error)
            )
        form.addRow(self.tr("Tarif (Rp)"), self._with_error(self.amount_edit, self.amount_error))
        layout.addLayout(form)
        self.message = error_label()
        layout.addWidget(self.message)
        self.buttons = add_save_cancel(self, layout)
        self.amount_edit.setFocus()

    @staticmethod
    def _with_error(widget: QWidget, error: QLabel) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        return box

    def save(self) -> None:
        for label in (self.message, self.amount_error, self.date_error, self.damage_error):
            show_message(label, "")
        amount = self.amount_edit.value()
        if not amount:
            self._show_error(
                ValidationError(self.tr("Tarif wajib diisi, lebih dari Rp0."), "tarif")
            )
            return
        self.save_button.setEnabled(False)
        self.ctx.write(
            set_rate, self.ctx.actor, self.info.code, to_date(self.date_edit.date()), amount,
            self.damage_combo.currentData() if self.by_damage else None,
            on_done=self._saved, on_error=self._show_error, owner=self,
        )  # fmt: skip

    def _saved(self, info: AidTypeInfo) -> None:
        self.save_button.setEnabled(True)
        self.accept()
        self.rate_saved.emit(info)

    def _show_error(self, exc: object) -> None:
        self.save_button.setEnabled(True)
        target = {
            "tarif": (self.amount_error, self.amount_edit),
            "jumlah": (self.amount_error, self.amount_edit),
            "tanggal": (self.date_error, self.date_edit),
            "kerusakan": (self.damage_error, self.damage_combo),
        }.get(getattr(exc, "field", None) or "")
        if target is None:
            show_message(self.message, describe(exc))
            return
        show_message(target[0], describe(exc))
        target[1].setFocus()
