"""Bayar satu KK: one aid type for one household, with the standard amount and how it was reached.

The dialog shows what the service computes (``preview_household``) before anything is paid:
"5 jiwa × 7 hari × Rp15.000 = Rp525.000", or why the household is not eligible. A different
amount may be typed, and then a reason is required (it is audited). The bendahara pays (above
the approval threshold it waits for the kepala); an operator saves a draft for the bendahara.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from tagana_desk.domain.enums import AidBasis, AidKind, DisbursementStatus
from tagana_desk.domain.errors import NotFoundError
from tagana_desk.domain.roles import Permission
from tagana_desk.services import aid, disbursements, funds, households, office
from tagana_desk.services.aid import AidTypeInfo
from tagana_desk.services.context import Actor
from tagana_desk.services.disbursements import MAX_DAYS, Computation, PaymentResult
from tagana_desk.services.households import HouseholdRow
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.errors import describe
from tagana_desk.ui.formatting import rupiah
from tagana_desk.ui.models.payments import LIVE
from tagana_desk.ui.payment_labels import status_label
from tagana_desk.ui.style import TONES, Tone
from tagana_desk.ui.widgets import (
    RupiahLineEdit,
    date_edit,
    error_label,
    note_label,
    show_message,
    to_date,
)

#: Households offered in the chooser; a larger incident is paid from its table's selection.
HOUSEHOLD_CHOICES = 5000

AMBER_NOTE = f"color: {TONES[Tone.PENDING].text};"


@dataclass(frozen=True, slots=True)
class PayChoices:
    households: tuple[HouseholdRow, ...]
    aid_types: tuple[AidTypeInfo, ...]
    threshold: int
    disaster_fund: str


def load_pay_choices(
    session: Session, actor: Actor, incident_id: int, limit: int = HOUSEHOLD_CHOICES
) -> PayChoices:
    info = office.get_office(session)
    return PayChoices(
        tuple(households.list_households(session, actor, incident_id, sort="name", limit=limit)),
        tuple(aid.list_aid_types(session, active_only=True)),
        info.approval_threshold,
        info.disaster_fund_code,
    )


@dataclass(frozen=True, slots=True)
class PayPreview:
    """What paying would do, for one request (household, aid type, date, days)."""

    request: tuple[int, str, dt.date, int | None]
    computation: Computation
    fund: str
    available: int | None
    already: str  # status label of a live disbursement of this aid type, or ""


def load_pay_preview(
    session: Session, actor: Actor, household_id: int, aid_code: str, on: dt.date,
    days: int | None, fund: str,
) -> PayPreview:  # fmt: skip
    computation = disbursements.preview_household(session, household_id, aid_code, on, days)
    try:
        available: int | None = funds.balance(session, fund).available
    except NotFoundError:
        available = None
    already = ""
    for row in disbursements.list_disbursements(
        session, actor, household_id=household_id, limit=100
    ):
        if row.aid_code == aid_code and row.status in LIVE:
            already = status_label(row.status)
            break
    return PayPreview((household_id, aid_code, on, days), computation, fund, available, already)


def pay(
    session: Session, actor: Actor, household_id: int, aid_code: str, on: dt.date,
    days: int | None, manual_amount: int | None, manual_reason: str | None,
) -> PaymentResult:  # fmt: skip
    return disbursements.pay_household(
        session, actor, household_id, aid_code, on=on, days=days, manual_amount=manual_amount,
        manual_reason=manual_reason,
    )  # fmt: skip


class PayHouseholdDialog(QDialog):
    """KK, jenis bantuan, tanggal, hari → jumlah standar dan perhitungannya → Bayar."""

    payment_made = Signal(object)  # PaymentResult
    print_requested = Signal(str)  # receipt number

    def __init__(
        self,
        ctx: DeskContext,
        incident_id: int,
        incident_label: str,
        *,
        household_id: int | None = None,
        aid_code: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.incident_id = incident_id
        self.paying = ctx.actor.can(Permission.PAY)
        self.choices: PayChoices | None = None
        self.preview: PayPreview | None = None
        self.result_value: PaymentResult | None = None
        self._wanted = (household_id, aid_code)
        self._requests = itertools.count(1)
        self._latest = 0
        self.setWindowTitle(self.tr("Bayar satu KK") if self.paying else self.tr("Siapkan draf"))
        self.setMinimumWidth(600)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        if not self.paying:
            layout.addWidget(
                note_label(
                    self.tr(
                        "Anda menyiapkan draf penyaluran. Uang baru keluar setelah Bendahara "
                        "membayarnya."
                    )
                )
            )
        form = QFormLayout()
        form.setSpacing(8)
        self.incident_label = QLabel(incident_label)
        self.incident_label.setWordWrap(True)
        self.household_combo = QComboBox()
        self.household_combo.setEditable(True)
        self.household_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.household_combo.setMinimumWidth(400)
        self.household_combo.lineEdit().setPlaceholderText(self.tr("ketik nama atau NIK…"))
        completer = QCompleter(self.household_combo.model(), self.household_combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.household_combo.setCompleter(completer)
        self.aid_combo = QComboBox()
        self.date_edit = date_edit()
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.days_spin = QSpinBox()
        self.days_spin.setRange(1, MAX_DAYS)
        self.days_spin.setValue(7)
        self.days_spin.setSuffix(self.tr(" hari"))
        self.days_error = error_label()
        form.addRow(self.tr("Kejadian"), self.incident_label)
        form.addRow(self.tr("KK penerima"), self.household_combo)
        form.addRow(self.tr("Jenis bantuan"), self.aid_combo)
        form.addRow(self.tr("Tanggal bayar"), self.date_edit)
        form.addRow(self.tr("Jumlah hari"), self._with_error(self.days_spin, self.days_error))
        self.form = form
        layout.addLayout(form)

        # --- what the standard amount is, and how it was computed
        card = QFrame()
        card.setObjectName("card")
        box = QVBoxLayout(card)
        box.setContentsMargins(16, 10, 16, 12)
        box.setSpacing(4)
        caption = QLabel(self.tr("Jumlah standar"))
        caption.setObjectName("cardCaption")
        self.amount_label = QLabel("—")
        self.amount_label.setObjectName("figureValue")
        self.computation_label = QLabel()
        self.computation_label.setWordWrap(True)
        self.computation_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ineligible_label = error_label()
        self.items_label = note_label()
        self.items_label.hide()
        self.fund_label = note_label()
        self.approval_label = note_label()
        self.approval_label.setStyleSheet(AMBER_NOTE)
        self.approval_label.hide()
        for widget in (
            caption, self.amount_label, self.computation_label, self.ineligible_label,
            self.items_label, self.fund_label, self.approval_label,
        ):  # fmt: skip
            box.addWidget(widget)
        layout.addWidget(card)

        # --- a different amount needs a reason
        manual = QFormLayout()
        manual.setSpacing(8)
        self.manual_edit = RupiahLineEdit()
        self.manual_edit.setPlaceholderText(self.tr("kosongkan bila memakai jumlah standar"))
        self.manual_error = error_label()
        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(300)
        self.reason_edit.setPlaceholderText(self.tr("wajib bila jumlah berbeda dari standar"))
        self.reason_error = error_label()
        manual.addRow(self.tr("Jumlah lain (Rp)"), self._with_error(self.manual_edit,
                                                                   self.manual_error))  # fmt: skip
        manual.addRow(self.tr("Alasan"), self._with_error(self.reason_edit, self.reason_error))
        layout.addLayout(manual)

        self.message = error_label()
        layout.addWidget(self.message)
        self.result_label = QLabel()
        self.result_label.setObjectName("okLabel")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()
        layout.addWidget(self.result_label)

        self.buttons = QDialogButtonBox()
        self.pay_button = self.buttons.addButton(
            self.tr("Bayar") if self.paying else self.tr("Simpan draf"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.pay_button.setObjectName("primaryButton")
        self.pay_button.setDefault(True)
        self.print_button = self.buttons.addButton(
            self.tr("Cetak kuitansi…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.hide()
        self.print_button.clicked.connect(self._print)
        self.close_button = self.buttons.addButton(
            self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self.pay)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.pay_button.setEnabled(False)

        self.household_combo.currentIndexChanged.connect(self._request_preview)
        self.aid_combo.currentIndexChanged.connect(self._aid_changed)
        self.date_edit.dateChanged.connect(self._request_preview)
        self.days_spin.valueChanged.connect(self._request_preview)
        self.manual_edit.value_changed.connect(self._manual_changed)
        self.reason_edit.textEdited.connect(lambda _t: show_message(self.reason_error, ""))

        ctx.read(load_pay_choices, ctx.actor, incident_id, on_done=self._show_choices,
                 on_error=self._failed, owner=self)  # fmt: skip

    @staticmethod
    def _with_error(widget: QWidget, error: QLabel) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        return box

    # --- choices
    def _show_choices(self, choices: PayChoices) -> None:
        self.choices = choices
        wanted_household, wanted_aid = self._wanted
        for combo in (self.household_combo, self.aid_combo):
            combo.blockSignals(True)
        self.household_combo.clear()
        for row in choices.households:
            self.household_combo.addItem(f"{row.head_name} · {row.nik} · {row.desa_name}", row.id)
        self.aid_combo.clear()
        for info in choices.aid_types:
            self.aid_combo.addItem(f"{info.code} — {info.name}", info.code)
        index = self.household_combo.findData(wanted_household)
        self.household_combo.setCurrentIndex(index if index >= 0 else 0)
        index = self.aid_combo.findData(wanted_aid)
        self.aid_combo.setCurrentIndex(index if index >= 0 else 0)
        for combo in (self.household_combo, self.aid_combo):
            combo.blockSignals(False)
        if not choices.households:
            show_message(self.message, self.tr("Kejadian ini belum mempunyai KK terdampak."))
        self._aid_changed()

    def _failed(self, exc: object) -> None:
        show_message(self.message, describe(exc))

    def aid_type(self) -> AidTypeInfo | None:
        if self.choices is None:
            return None
        code = self.aid_combo.currentData()
        return next((t for t in self.choices.aid_types if t.code == code), None)

    def household(self) -> HouseholdRow | None:
        if self.choices is None:
            return None
        hid = self.household_combo.currentData()
        return next((h for h in self.choices.households if h.id == hid), None)

    def select_household(self, household_id: int) -> None:
        self.household_combo.setCurrentIndex(self.household_combo.findData(household_id))

    def select_aid(self, code: str) -> None:
        self.aid_combo.setCurrentIndex(self.aid_combo.findData(code))

    def _aid_changed(self, *_args: object) -> None:
        info = self.aid_type()
        per_day = info is not None and info.basis == AidBasis.PER_PERSON_DAY
        self.form.setRowVisible(self.days_spin.parentWidget(), per_day)
        if per_day and info is not None and info.default_days:
            self.days_spin.blockSignals(True)
            self.days_spin.setValue(info.default_days)
            self.days_spin.blockSignals(False)
        self._request_preview()

    def _days(self) -> int | None:
        info = self.aid_type()
        if info is not None and info.basis == AidBasis.PER_PERSON_DAY:
            return self.days_spin.value()
        return None

    # --- preview
    def _request_preview(self, *_args: object) -> None:
        info, hid = self.aid_type(), self.household_combo.currentData()
        self.preview = None
        self._update_pay_button()
        if info is None or hid is None or self.choices is None:
            return
        self._latest = next(self._requests)
        request_id = self._latest
        show_message(self.days_error, "")
        self.ctx.read(
            load_pay_preview, self.ctx.actor, hid, info.code, to_date(self.date_edit.date()),
            self._days(), info.fund_code or self.choices.disaster_fund,
            on_done=lambda preview: self._show_preview(request_id, preview),
            on_error=lambda exc: self._preview_failed(request_id, exc), owner=self,
        )  # fmt: skip

    def _show_preview(self, request_id: int, preview: PayPreview) -> None:
        if request_id != self._latest:
            return  # an older answer; a newer request is on its way
        self.preview = preview
        comp = preview.computation
        info = self.aid_type()
        show_message(self.message, "")
        if comp.eligible:
            manual_only = info is not None and info.basis == AidBasis.MANUAL
            self.amount_label.setText("—" if manual_only else rupiah(comp.amount))
            self.computation_label.setText(comp.text)
            self.computation_label.show()
            show_message(self.ineligible_label, "")
        else:
            self.amount_label.setText("—")
            self.computation_label.hide()
            show_message(self.ineligible_label, comp.reason)
        if comp.items and info is not None and info.kind == AidKind.IN_KIND:
            self.items_label.setText(
                self.tr("Isi paket: {items}").format(
                    items=", ".join(f"{i.quantity} {i.unit} {i.name}" for i in comp.items)
                )
            )
            self.items_label.show()
        else:
            self.items_label.hide()
        if preview.available is None:
            self.fund_label.setText(self.tr("Dana {fund} belum ada.").format(fund=preview.fund))
        else:
            self.fund_label.setText(
                self.tr("Tersedia di dana {fund}: {amount}").format(
                    fund=preview.fund, amount=rupiah(preview.available)
                )
            )
        if preview.already:
            show_message(
                self.message,
                self.tr("KK ini sudah menerima bantuan ini untuk kejadian ini ({status}).").format(
                    status=preview.already
                ),
            )
        self._update_amount_notes()
        self._update_pay_button()

    def _preview_failed(self, request_id: int, exc: object) -> None:
        if request_id != self._latest:
            return
        self.amount_label.setText("—")
        self.computation_label.hide()
        if getattr(exc, "field", None) == "hari":
            show_message(self.days_error, describe(exc))
        else:
            show_message(self.message, describe(exc))

    def _manual_changed(self, _value: object) -> None:
        show_message(self.manual_error, "")
        self._update_amount_notes()
        self._update_pay_button()

    def amount_to_pay(self) -> int | None:
        manual = self.manual_edit.value()
        if manual is not None:
            return manual
        if self.preview is not None and self.preview.computation.eligible:
            return self.preview.computation.amount
        return None

    def _update_amount_notes(self) -> None:
        amount = self.amount_to_pay()
        threshold = self.choices.threshold if self.choices else None
        if amount is not None and threshold is not None and amount > threshold:
            self.approval_label.setText(
                self.tr(
                    "Di atas batas persetujuan {limit}: pembayaran ini menunggu persetujuan "
                    "Kepala dan mencadangkan dananya."
                ).format(limit=rupiah(threshold))
            )
            self.approval_label.show()
        else:
            self.approval_label.hide()

    def _update_pay_button(self) -> None:
        ready = (
            self.result_value is None
            and self.preview is not None
            and self.household_combo.currentData() is not None
            and not self.preview.already
            and (self.preview.computation.eligible or self.manual_edit.value() is not None)
        )
        self.pay_button.setEnabled(ready)

    # --- paying
    def manual_reason_missing(self) -> bool:
        manual = self.manual_edit.value()
        if manual is None:
            return False
        comp = self.preview.computation if self.preview else None
        differs = comp is None or not comp.eligible or manual != comp.amount
        return differs and not self.reason_edit.text().strip()

    def pay(self) -> None:
        if self.result_value is not None or self.preview is None:
            return
        for label in (self.message, self.manual_error, self.reason_error, self.days_error):
            show_message(label, "")
        if self.manual_reason_missing():
            show_message(
                self.reason_error,
                self.tr("Jumlah di luar standar wajib disertai alasan (minimal 5 karakter)."),
            )
            self.reason_edit.setFocus()
            return
        household_id, aid_code, on, days = self.preview.request
        self._set_busy(True)
        self.ctx.write(
            pay, self.ctx.actor, household_id, aid_code, on, days, self.manual_edit.value(),
            self.reason_edit.text().strip() or None,
            on_done=self._paid, on_error=self._pay_failed, owner=self,
        )  # fmt: skip

    def _paid(self, result: PaymentResult) -> None:
        self._set_busy(False)
        self.result_value = result
        name = self.household().head_name if self.household() else ""
        if result.status == DisbursementStatus.PAID:
            text = self.tr("Dibayar {amount} kepada {name}. Kuitansi {number}.").format(
                amount=rupiah(result.amount), name=name, number=result.receipt_number
            )
            self.print_button.show()
            self.print_button.setDefault(True)
        elif result.status == DisbursementStatus.PENDING_APPROVAL:
            text = self.tr(
                "{amount} untuk {name} menunggu persetujuan Kepala; dananya sudah dicadangkan. "
                "Kuitansi terbit setelah disetujui."
            ).format(amount=rupiah(result.amount), name=name)
            self.result_label.setStyleSheet(AMBER_NOTE)
        else:
            text = self.tr(
                "Draf {amount} untuk {name} tersimpan. Bendahara membayarnya di tab Kuitansi."
            ).format(amount=rupiah(result.amount), name=name)
        self.result_label.setText(text)
        self.result_label.show()
        self.pay_button.hide()
        self.close_button.setText(self.tr("Tutup"))
        if not self.print_button.isVisible():
            self.close_button.setDefault(True)
        for widget in (
            self.household_combo, self.aid_combo, self.date_edit, self.days_spin,
            self.manual_edit, self.reason_edit,
        ):  # fmt: skip
            widget.setEnabled(False)
        self.payment_made.emit(result)

    def _pay_failed(self, exc: object) -> None:
        self._set_busy(False)
        field = getattr(exc, "field", None)
        target = {
            "alasan": (self.reason_error, self.reason_edit),
            "jumlah": (self.manual_error, self.manual_edit),
            "hari": (self.days_error, self.days_spin),
        }.get(field or "")
        if target is not None:
            show_message(target[0], describe(exc))
            target[1].setFocus()
        else:
            show_message(self.message, describe(exc))

    def _set_busy(self, busy: bool) -> None:
        self.pay_button.setEnabled(not busy)
        label = self.tr("Bayar") if self.paying else self.tr("Simpan draf")
        self.pay_button.setText(self.tr("Menyimpan…") if busy else label)
        if not busy:
            self._update_pay_button()

    def _print(self) -> None:
        if self.result_value is not None and self.result_value.receipt_number:
            self.print_requested.emit(self.result_value.receipt_number)
