"""Tambah / ubah relawan: identity, membership, bank account. Enter saves, Esc cancels.

The NIK is checked as it is typed: a valid one shows what it encodes (birth date, sex, the
kecamatan that issued it) so the desk can compare it with the person in front of them; an invalid
one shows why.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from tagana_desk.domain.errors import ConflictError, NotFoundError, ValidationError
from tagana_desk.domain.identity import parse_nik
from tagana_desk.services import volunteers
from tagana_desk.services.context import Actor
from tagana_desk.services.volunteers import VolunteerInfo, VolunteerInput
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.errors import describe
from tagana_desk.ui.fields import FieldErrors
from tagana_desk.ui.formatting import long_date
from tagana_desk.ui.keys import add_save_cancel
from tagana_desk.ui.volunteer_support import LEVELS, RosterChoices, level_label
from tagana_desk.ui.widgets import date_edit, error_label, note_label, show_message, to_date

#: Service field names (ValidationError.field) → the form's field keys.
_FIELDS = {
    "nama": "name", "nik": "nik", "bergabung": "joined", "keluar": "left",
    "kode_wilayah": "kecamatan", "hp": "phone", "rekening": "account", "tingkat": "level",
}  # fmt: skip


def _save(
    session: Session, actor: Actor, data: VolunteerInput, volunteer_id: int | None
) -> VolunteerInfo:
    return volunteers.save_volunteer(session, actor, data, volunteer_id=volunteer_id)


class VolunteerDialog(QDialog):
    """Nama, NIK, HP · Jenis, NIA, Tingkat, Kapanewon, Bergabung, Keluar, Aktif · Bank, Rekening."""

    volunteer_saved = Signal(object)  # VolunteerInfo

    def __init__(
        self,
        ctx: DeskContext,
        choices: RosterChoices,
        existing: VolunteerInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.choices = choices
        self.existing = existing
        self.saved_info: VolunteerInfo | None = None
        self.errors = FieldErrors()
        self.setWindowTitle(self.tr("Ubah data relawan") if existing else self.tr("Tambah relawan"))
        self.setMinimumWidth(900)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(
            note_label(
                self.tr(
                    "Data anggota Tagana dan PSKS untuk honor bulanan dan penugasan. NIK dicek "
                    "saat diketik; nomor rekening dipakai pada daftar penerimaan honor."
                )
            )
        )
        columns = QHBoxLayout()
        columns.setSpacing(16)
        layout.addLayout(columns)

        # --- who
        person = QGroupBox(self.tr("Identitas"))
        form = QFormLayout(person)
        form.setSpacing(8)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(120)
        self.name_edit.setPlaceholderText(self.tr("nama sesuai KTP, mis. Heri Purnomo"))
        self.nik_edit = QLineEdit()
        self.nik_edit.setMaxLength(24)  # room for spaces or dots typed from a photocopy
        self.nik_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[0-9 .\-]*"), self.nik_edit)
        )
        self.nik_edit.setPlaceholderText(self.tr("16 digit, mis. 3402081203900001"))
        self.nik_info = QLabel()
        self.nik_info.setObjectName("noteLabel")
        self.nik_info.setWordWrap(True)
        self.phone_edit = QLineEdit()
        self.phone_edit.setMaxLength(20)
        self.phone_edit.setPlaceholderText(self.tr("mis. 0812 2700 1234"))
        self.bank_edit = QLineEdit()
        self.bank_edit.setMaxLength(60)
        self.bank_edit.setPlaceholderText(self.tr("mis. BPD DIY"))
        self.account_edit = QLineEdit()
        self.account_edit.setMaxLength(30)
        self.account_edit.setPlaceholderText(self.tr("mis. 001.221.334455"))
        nik_box = self.errors.wrap("nik", self.nik_edit)
        nik_box.layout().insertWidget(1, self.nik_info)
        form.addRow(self.tr("Nama"), self.errors.wrap("name", self.name_edit))
        form.addRow(self.tr("NIK"), nik_box)
        form.addRow(self.tr("HP"), self.errors.wrap("phone", self.phone_edit))
        form.addRow(self.tr("Bank"), self.bank_edit)
        form.addRow(self.tr("No. rekening"), self.errors.wrap("account", self.account_edit))
        for edit in (self.name_edit, self.nik_edit, self.phone_edit, self.bank_edit,
                     self.account_edit):  # fmt: skip
            edit.setMinimumWidth(250)
        columns.addWidget(person, 1)

        # --- membership
        member = QGroupBox(self.tr("Keanggotaan"))
        mform = QFormLayout(member)
        mform.setSpacing(8)
        mform.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.type_combo = QComboBox()
        for info in choices.types:
            if info.active:
                self.type_combo.addItem(f"{info.code} — {info.name}", info.code)
        self.nia_edit = QLineEdit()
        self.nia_edit.setMaxLength(40)
        self.nia_edit.setPlaceholderText(self.tr("Nomor Induk Anggota, mis. 34.02.08.0012"))
        self.level_combo = QComboBox()
        self.level_combo.addItem(self.tr("— tidak ada —"), "")
        for level in LEVELS:
            self.level_combo.addItem(level_label(level), level.value)
        word = choices.labels.kecamatan
        self.kecamatan_combo = QComboBox()
        self.kecamatan_combo.setMaxVisibleItems(20)
        self.kecamatan_combo.addItem(self.tr("— pilih {word} —").format(word=word.lower()), "")
        for code, name in choices.kecamatan:
            self.kecamatan_combo.addItem(name, code)
        today = QDate.currentDate()
        self.joined_edit = date_edit()
        self.joined_edit.setMaximumDate(today)
        self.left_check = QCheckBox(self.tr("Sudah keluar, pada"))
        self.left_edit = date_edit()
        self.left_edit.setEnabled(False)
        self.left_check.toggled.connect(self._left_toggled)
        left_row = QWidget()
        left_layout = QHBoxLayout(left_row)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.left_check)
        left_layout.addWidget(self.left_edit)
        left_layout.addStretch(1)
        self.active_check = QCheckBox(self.tr("Aktif (ikut dibayar honor bulanan)"))
        self.active_check.setChecked(True)
        mform.addRow(self.tr("Jenis"), self.errors.wrap("type", self.type_combo))
        mform.addRow(self.tr("NIA"), self.nia_edit)
        mform.addRow(self.tr("Tingkat"), self.errors.wrap("level", self.level_combo, stretch=True))
        mform.addRow(word, self.errors.wrap("kecamatan", self.kecamatan_combo))
        mform.addRow(self.tr("Bergabung"), self.errors.wrap("joined", self.joined_edit,
                                                            stretch=True))  # fmt: skip
        mform.addRow(self.tr("Keluar"), self.errors.wrap("left", left_row))
        mform.addRow("", self.active_check)
        columns.addWidget(member, 1)

        self.message = error_label()
        layout.addWidget(self.message)
        self.buttons = add_save_cancel(self, layout)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.save)

        order = [self.name_edit, self.nik_edit, self.phone_edit, self.bank_edit,
                 self.account_edit, self.type_combo, self.nia_edit, self.level_combo,
                 self.kecamatan_combo, self.joined_edit, self.left_check, self.left_edit,
                 self.active_check]  # fmt: skip
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)

        self.nik_edit.textChanged.connect(self.check_nik)
        if existing is not None:
            self._fill(existing)
        self.check_nik()
        self.name_edit.setFocus()

    # --- filling and reading
    def _fill(self, info: VolunteerInfo) -> None:
        self.name_edit.setText(info.name)
        if "*" in info.nik:  # a role that sees masked NIKs must type it again to save
            self.nik_edit.setPlaceholderText(self.tr("ketik ulang NIK lengkap dari KTP"))
        else:
            self.nik_edit.setText(info.nik)
        self.phone_edit.setText(info.phone)
        self.bank_edit.setText(info.bank_name)
        self.account_edit.setText(info.bank_account)
        index = self.type_combo.findData(info.type_code)
        if index < 0:  # a type no longer active keeps its volunteers
            self.type_combo.addItem(info.type_code, info.type_code)
            index = self.type_combo.count() - 1
        self.type_combo.setCurrentIndex(index)
        self.nia_edit.setText(info.nia)
        self.level_combo.setCurrentIndex(
            max(0, self.level_combo.findData(info.level.value if info.level else ""))
        )
        if info.kecamatan_code and self.kecamatan_combo.findData(info.kecamatan_code) < 0:
            self.kecamatan_combo.addItem(info.kecamatan_name, info.kecamatan_code)
        self.kecamatan_combo.setCurrentIndex(
            max(0, self.kecamatan_combo.findData(info.kecamatan_code or ""))
        )
        self.joined_edit.setDate(QDate(info.joined_on))
        self.left_check.setChecked(info.left_on is not None)
        if info.left_on is not None:
            self.left_edit.setDate(QDate(info.left_on))
        self.active_check.setChecked(info.active)

    def _left_toggled(self, checked: bool) -> None:
        self.left_edit.setEnabled(checked)
        if checked and self.left_edit.date() > QDate.currentDate():
            self.left_edit.setDate(QDate.currentDate())

    def form_input(self) -> VolunteerInput:
        return VolunteerInput(
            name=self.name_edit.text(),
            nik=re.sub(r"[\s.\-]", "", self.nik_edit.text()),
            type_code=self.type_combo.currentData() or "",
            joined_on=to_date(self.joined_edit.date()),
            nia=self.nia_edit.text(),
            level=self.level_combo.currentData() or "",
            kecamatan_code=self.kecamatan_combo.currentData() or "",
            phone=self.phone_edit.text(),
            bank_name=self.bank_edit.text(),
            bank_account=self.account_edit.text(),
            left_on=to_date(self.left_edit.date()) if self.left_check.isChecked() else None,
            active=self.active_check.isChecked(),
        )

    # --- the NIK, as it is typed
    def check_nik(self) -> bool:
        """Show what the NIK encodes, or why it is not valid; True when it is valid."""
        digits = re.sub(r"[\s.\-]", "", self.nik_edit.text())
        self.errors.clear("nik")
        if not digits:
            self._nik_note(self.tr("NIK 16 digit dari KTP."))
            return False
        if len(digits) < 16:
            self._nik_note(self.tr("{n} dari 16 digit").format(n=len(digits)))
            return False
        try:
            nik = parse_nik(digits)
        except ValidationError as exc:
            self._nik_note("")
            self.errors.show("nik", exc.message)
            self._grow_to_fit()
            return False
        sex = self.tr("laki-laki") if nik.sex == "L" else self.tr("perempuan")
        self._nik_note(
            self.tr("Lahir {date} · {sex} · terbit di Kec. {district}, {regency}").format(
                date=long_date(nik.birth_date), sex=sex, district=nik.district_name,
                regency=nik.regency_name,
            )
        )  # fmt: skip
        self._grow_to_fit()
        return True

    def _nik_note(self, text: str) -> None:
        self.nik_info.setText(text)
        self.nik_info.setVisible(bool(text))

    def _grow_to_fit(self) -> None:
        """Taller when a message wraps to more lines (top-level windows do not do it alone)."""
        if not self.isVisible():
            return
        self.layout().activate()
        needed = self.sizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)

    # --- saving
    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        self.errors.clear()
        show_message(self.message, "")
        self._set_busy(True)
        volunteer_id = self.existing.id if self.existing is not None else None
        self.ctx.write(_save, self.ctx.actor, self.form_input(), volunteer_id,
                       on_done=self._saved, on_error=self._show_error, owner=self)  # fmt: skip

    def _saved(self, info: VolunteerInfo) -> None:
        self.saved_info = info
        self._set_busy(False)
        self.volunteer_saved.emit(info)
        self.accept()

    def _show_error(self, exc: object) -> None:
        self._set_busy(False)
        if isinstance(exc, ConflictError):
            key = "nik"  # the NIK is already on the roster
        elif isinstance(exc, NotFoundError):
            key = "type"
        else:
            key = _FIELDS.get(getattr(exc, "field", None) or "", "")
        if key == "nik":
            self._nik_note("")
        if self.errors.show(key, describe(exc)):
            self.errors.focus(key)
        else:
            show_message(self.message, describe(exc))
        self._grow_to_fit()

    def _set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.save_button.setText(self.tr("Menyimpan…") if busy else self.tr("Simpan"))
