"""Kata sandi: a signed-in user changes their own (with the old one), or the admin sets a new
one for someone who forgot theirs (which also lifts a lockout)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from tagana_desk.services import users
from tagana_desk.services.context import Actor
from tagana_desk.services.passwords import MIN_LENGTH
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.dialogs.user import fit_height, password_line
from tagana_desk.ui.errors import describe
from tagana_desk.ui.fields import FieldErrors
from tagana_desk.ui.keys import save_with_ctrl_s
from tagana_desk.ui.widgets import error_label, note_label, show_message

_FIELDS = {"kata_sandi_lama": "old", "kata_sandi": "new"}


def _set_password(
    session: Session, actor: Actor, username: str, new_password: str, old_password: str | None
) -> str:
    users.set_password(session, actor, username, new_password, old_password=old_password)
    return username


class PasswordDialog(QDialog):
    """Kata sandi lama (own only), kata sandi baru, ulangi kata sandi baru."""

    password_changed = Signal(str)  # username

    def __init__(
        self, ctx: DeskContext, username: str, *, full_name: str = "",
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.ctx = ctx
        self.username = username
        #: Own password: the old one is asked for (the service checks it).
        self.own = username == ctx.actor.username
        self.errors = FieldErrors()
        self.setWindowTitle(
            self.tr("Ubah kata sandi saya")
            if self.own
            else self.tr("Atur ulang kata sandi {username}").format(username=username)
        )
        self.setMinimumWidth(500)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        who = f"{full_name} ({username})" if full_name else username
        layout.addWidget(
            note_label(
                self.tr("Ketik kata sandi lama Anda, lalu kata sandi baru dua kali.")
                if self.own
                else self.tr(
                    "Kata sandi baru untuk {who}. Sampaikan kepadanya secara langsung; bila "
                    "akunnya terkunci, kuncinya ikut dibuka."
                ).format(who=who)
            )
        )
        form = QFormLayout()
        form.setSpacing(8)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.old_edit = password_line()
        self.new_edit = password_line()
        self.repeat_edit = password_line()
        self.policy_label = note_label(
            self.tr("Minimal {n} karakter, berisi huruf dan angka.").format(n=MIN_LENGTH)
        )
        if self.own:
            form.addRow(self.tr("Kata sandi lama"), self.errors.wrap("old", self.old_edit))
        else:
            self.old_edit.setParent(self)
            self.old_edit.setEnabled(False)
            self.old_edit.hide()
        new_box = self.errors.wrap("new", self.new_edit)
        new_box.layout().insertWidget(1, self.policy_label)
        form.addRow(self.tr("Kata sandi baru"), new_box)
        form.addRow(self.tr("Ulangi kata sandi baru"), self.errors.wrap("repeat", self.repeat_edit))
        layout.addLayout(form)
        # Height the wrapped note did not need (or a message freed) goes here, not around the note.
        layout.addStretch(1)
        for key, edit in (("old", self.old_edit), ("new", self.new_edit),
                          ("repeat", self.repeat_edit)):  # fmt: skip
            edit.textEdited.connect(lambda _t, k=key: self.errors.clear(k))

        self.message = error_label()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Simpan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(
            self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.save_button.setObjectName("primaryButton")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.save_button.setDefault(True)
        save_with_ctrl_s(self, self.save_button)
        (self.old_edit if self.own else self.new_edit).setFocus()
        fit_height(self)

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        self.errors.clear()
        show_message(self.message, "")
        if self.new_edit.text() != self.repeat_edit.text():
            self.errors.show("repeat", self.tr("Kedua kata sandi tidak sama."))
            self.errors.focus("repeat")
            return
        self._set_busy(True)
        self.ctx.write(
            _set_password, self.ctx.actor, self.username, self.new_edit.text(),
            self.old_edit.text() if self.own else None,
            on_done=self._saved, on_error=self._failed, owner=self,
        )  # fmt: skip

    def _saved(self, username: str) -> None:
        self._set_busy(False)
        self.password_changed.emit(username)
        self.accept()

    def _failed(self, exc: object) -> None:
        self._set_busy(False)
        key = _FIELDS.get(getattr(exc, "field", None) or "", "")
        if key == "old":
            self.old_edit.clear()
        if self.errors.show(key, describe(exc)):
            self.errors.focus(key)
        else:
            show_message(self.message, describe(exc))
        fit_height(self)

    def _set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.save_button.setText(self.tr("Menyimpan…") if busy else self.tr("Simpan"))
