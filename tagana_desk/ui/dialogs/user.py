"""Pengguna baru / Ubah pengguna (admin): user name, full name, NIP, role; a new user's password
typed twice; an existing user's active flag. Enter saves, Esc cancels."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from tagana_desk.domain.enums import Role
from tagana_desk.domain.errors import ConflictError
from tagana_desk.services import office, users
from tagana_desk.services.context import Actor
from tagana_desk.services.passwords import MIN_LENGTH
from tagana_desk.services.users import UserInfo
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.errors import describe
from tagana_desk.ui.fields import FieldErrors
from tagana_desk.ui.keys import add_save_cancel
from tagana_desk.ui.labels import role_label
from tagana_desk.ui.widgets import error_label, note_label, show_message

#: Service field names (``ValidationError.field``) → the form's field keys.
_FIELDS = {
    "nama_pengguna": "username", "kata_sandi": "password", "peran": "role", "nip": "nip",
}  # fmt: skip
#: The order roles are offered in: the everyday ones first.
ROLE_ORDER = (Role.OPERATOR, Role.BENDAHARA, Role.KEPALA, Role.AUDITOR, Role.ADMIN)


def clean_nip(nip: str) -> str:
    """The NIP without spaces: 18 digits, or empty (non-PNS) — the signatories' rule."""
    if not str(nip or "").strip():
        return ""
    return office.validate_signatory("-", nip)[1]


def _create(
    session: Session, actor: Actor, username: str, password: str, role: str, full_name: str,
    nip: str,
) -> UserInfo:  # fmt: skip
    nip = clean_nip(nip)
    return users.create_user(session, actor, username, password, role, full_name=full_name,
                             nip=nip)  # fmt: skip


def _update(
    session: Session, actor: Actor, username: str, role: str, full_name: str, nip: str,
    active: bool,
) -> UserInfo:  # fmt: skip
    return users.update_user(session, actor, username, role=role, active=active,
                             full_name=full_name, nip=clean_nip(nip))  # fmt: skip


def password_line() -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(256)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def fit_height(dialog: QDialog) -> None:
    """As tall as the form needs at its width: a top-level window sizes a wrapped note for a
    narrower width than it gets, and would keep the spare height."""
    layout = dialog.layout()
    layout.activate()
    width = dialog.width() if dialog.isVisible() else dialog.minimumWidth()
    width = max(width, layout.minimumSize().width())
    needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
    if needed > 0:
        dialog.resize(width, needed)


class UserDialog(QDialog):
    """A new user (with a password), or an existing one's name, NIP, role and active flag."""

    user_saved = Signal(object)  # UserInfo

    def __init__(
        self, ctx: DeskContext, existing: UserInfo | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.existing = existing
        self.saved_info: UserInfo | None = None
        self.errors = FieldErrors()
        own = existing is not None and existing.id == ctx.actor.user_id
        self.setWindowTitle(
            self.tr("Ubah pengguna {username}").format(username=existing.username)
            if existing is not None
            else self.tr("Pengguna baru")
        )
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(
            note_label(
                self.tr(
                    "Setiap orang masuk dengan akunnya sendiri; perannya menentukan apa yang "
                    "boleh ia kerjakan, dan namanya tercatat di log audit."
                )
                if existing is None
                else self.tr(
                    "Nama pengguna tidak dapat diubah. Akun nonaktif tidak dapat masuk, tetapi "
                    "riwayatnya di log audit tetap ada."
                )
            )
        )
        form = QFormLayout()
        form.setSpacing(8)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.username_edit = QLineEdit()
        self.username_edit.setMaxLength(64)
        self.username_edit.setPlaceholderText(self.tr("huruf kecil, mis. rina atau rina.k"))
        self.full_name_edit = QLineEdit()
        self.full_name_edit.setMaxLength(120)
        self.full_name_edit.setPlaceholderText(self.tr("mis. Rina Kurniasih"))
        self.nip_edit = QLineEdit()
        self.nip_edit.setMaxLength(21)
        self.nip_edit.setPlaceholderText(self.tr("18 digit, boleh kosong"))
        self.nip_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[0-9 ]*"), self.nip_edit)
        )
        self.role_combo = QComboBox()
        for role in ROLE_ORDER:
            self.role_combo.addItem(role_label(role), role.value)
        self.duties_label = note_label()
        self.password_edit = password_line()
        self.repeat_edit = password_line()
        self.policy_label = note_label(
            self.tr("Minimal {n} karakter, berisi huruf dan angka.").format(n=MIN_LENGTH)
        )
        self.active_check = QCheckBox(self.tr("Aktif (boleh masuk)"))
        self.active_check.setChecked(True)

        if existing is None:
            form.addRow(self.tr("Nama pengguna"), self.errors.wrap("username", self.username_edit))
        else:
            # Kept (hidden) so the form reads the same either way; the name is not editable.
            self.username_edit.setParent(self)
            self.username_edit.setText(existing.username)
            self.username_edit.setEnabled(False)
            self.username_edit.hide()
            username_label = QLabel(existing.username)
            username_label.setObjectName("cardTitle")
            form.addRow(self.tr("Nama pengguna"), username_label)
        form.addRow(self.tr("Nama lengkap"), self.errors.wrap("full_name", self.full_name_edit))
        form.addRow(self.tr("NIP"), self.errors.wrap("nip", self.nip_edit))
        role_box = self.errors.wrap("role", self.role_combo)
        role_box.layout().addWidget(self.duties_label)
        form.addRow(self.tr("Peran"), role_box)
        if existing is None:
            password_box = self.errors.wrap("password", self.password_edit)
            password_box.layout().insertWidget(1, self.policy_label)
            form.addRow(self.tr("Kata sandi"), password_box)
            form.addRow(self.tr("Ulangi kata sandi"), self.errors.wrap("repeat", self.repeat_edit))
        else:
            form.addRow("", self.active_check)
        unused = (self.active_check,) if existing is None else (
            self.password_edit, self.repeat_edit, self.policy_label)  # fmt: skip
        for widget in unused:  # owned by the dialog, never shown
            widget.setParent(self)
            widget.setEnabled(False)
            widget.hide()
        layout.addLayout(form)
        # Height the wrapped note did not need (or a message freed) goes here, not around the note.
        layout.addStretch(1)

        self.message = error_label()
        layout.addWidget(self.message)
        self.buttons = add_save_cancel(self, layout)

        self.role_combo.currentIndexChanged.connect(lambda _i: self._show_duties())
        for key, edit in (("username", self.username_edit), ("full_name", self.full_name_edit),
                          ("nip", self.nip_edit), ("password", self.password_edit),
                          ("repeat", self.repeat_edit)):  # fmt: skip
            edit.textEdited.connect(lambda _t, k=key: self.errors.clear(k))
        if existing is not None:
            self.full_name_edit.setText(existing.full_name)
            self.nip_edit.setText(existing.nip)
            self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(existing.role.value)))
            self.active_check.setChecked(existing.active)
            if own:
                # An admin's own role and access are another admin's to change: the desk keeps
                # the role it signed in with until the next sign-in.
                why = self.tr("Peran dan status akun Anda sendiri diubah oleh admin lain.")
                for widget in (self.role_combo, self.active_check):
                    widget.setEnabled(False)
                    widget.setToolTip(why)
            self.full_name_edit.setFocus()
        else:
            self.username_edit.setFocus()
        self._show_duties()
        fit_height(self)

    def _show_duties(self) -> None:
        role = self.role_combo.currentData()
        if role == Role.OPERATOR:
            text = self.tr("Kejadian, KK terdampak, impor daftar desa, draf penyaluran.")
        elif role == Role.BENDAHARA:
            text = self.tr(
                "Alokasi dana, pembayaran, pembatalan kuitansi, honor, LPJ, tutup bulan."
            )
        elif role == Role.KEPALA:
            text = self.tr("Persetujuan pembayaran besar, izin data ganda, buka kembali bulan.")
        elif role == Role.AUDITOR:
            text = self.tr("Hanya membaca, termasuk log audit.")
        else:
            text = self.tr("Pengaturan kantor, pengguna, cadangan dan pemulihan database.")
        self.duties_label.setText(text)

    # --- saving
    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        self.errors.clear()
        show_message(self.message, "")
        if self.existing is None and self.password_edit.text() != self.repeat_edit.text():
            self.errors.show("repeat", self.tr("Kedua kata sandi tidak sama."))
            self.errors.focus("repeat")
            return
        self._set_busy(True)
        role = self.role_combo.currentData()
        if self.existing is None:
            self.ctx.write(
                _create, self.ctx.actor, self.username_edit.text(), self.password_edit.text(),
                role, self.full_name_edit.text(), self.nip_edit.text(),
                on_done=self._saved, on_error=self._failed, owner=self,
            )  # fmt: skip
        else:
            self.ctx.write(
                _update, self.ctx.actor, self.existing.username, role,
                self.full_name_edit.text(), self.nip_edit.text(), self.active_check.isChecked(),
                on_done=self._saved, on_error=self._failed, owner=self,
            )  # fmt: skip

    def _saved(self, info: UserInfo) -> None:
        self.saved_info = info
        self._set_busy(False)
        self.user_saved.emit(info)
        self.accept()

    def _failed(self, exc: object) -> None:
        self._set_busy(False)
        if isinstance(exc, ConflictError):
            key = "username"  # the user name is taken
        else:
            key = _FIELDS.get(getattr(exc, "field", None) or "", "")
        if self.errors.show(key, describe(exc)):
            self.errors.focus(key)
            if key == "password":
                self.password_edit.selectAll()
        else:
            show_message(self.message, describe(exc))
        fit_height(self)

    def _set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.save_button.setText(self.tr("Menyimpan…") if busy else self.tr("Simpan"))
