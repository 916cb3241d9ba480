"""The lock dialog: the desk was left alone, so the signed-in person types their password again.

Only that person can unlock (the user name is fixed); anyone else chooses Keluar, which closes
the program so they can sign in as themselves. The password is checked by the users service in a
write transaction, so wrong passwords count toward its lockout and its messages are shown as
they are.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tagana_desk import APP_NAME
from tagana_desk.services import users
from tagana_desk.services.users import LoginResult
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.errors import describe
from tagana_desk.ui.labels import role_label
from tagana_desk.ui.widgets import error_label, note_label, show_message


class LockDialog(QDialog):
    """Layar terkunci: the user's name, a password field, Buka kunci and Keluar."""

    unlocked = Signal()
    quit_requested = Signal()

    def __init__(self, ctx: DeskContext, minutes: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._closing = False
        actor = ctx.actor
        self.setWindowTitle(self.tr("{app} terkunci").format(app=APP_NAME))
        self.setMinimumWidth(480)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(10)
        # The size follows the content: the error line appears, and the wrapped notes keep room.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        title = QLabel(self.tr("Layar terkunci"))
        title.setObjectName("loginTitle")
        layout.addWidget(title)
        if minutes > 0:
            reason = self.tr(
                "Tidak ada kegiatan selama {n} menit, jadi data disembunyikan. Masukkan kata "
                "sandi untuk melanjutkan."
            ).format(n=minutes)
        else:
            reason = self.tr("Data disembunyikan. Masukkan kata sandi untuk melanjutkan.")
        layout.addWidget(note_label(reason))
        layout.addSpacing(4)

        form = QFormLayout()
        form.setSpacing(8)
        self.user_label = QLabel(
            self.tr("<b>{name}</b> ({username}) · {role}").format(
                name=actor.full_name or actor.username,
                username=actor.username,
                role=role_label(actor.role),
            )  # fmt: skip
        )
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setMaxLength(256)
        self.password_edit.setMinimumWidth(320)
        form.addRow(self.tr("Pengguna"), self.user_label)
        form.addRow(self.tr("Kata sandi"), self.password_edit)
        layout.addLayout(form)
        self.message = error_label()
        layout.addWidget(self.message)
        self.other_note = note_label(
            self.tr(
                "Bukan {name}? Pilih Keluar: program ditutup dan pengguna lain masuk dengan "
                "akunnya sendiri. Isian yang belum disimpan hilang."
            ).format(name=actor.full_name or actor.username)
        )
        layout.addWidget(self.other_note)

        self.buttons = QDialogButtonBox()
        self.unlock_button = self.buttons.addButton(
            self.tr("Buka kunci"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.quit_button = self.buttons.addButton(
            self.tr("Keluar"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.unlock_button.setObjectName("primaryButton")
        self.unlock_button.setDefault(True)
        self.quit_button.setAutoDefault(False)
        self.unlock_button.clicked.connect(self.submit)
        self.quit_button.clicked.connect(self.quit)
        layout.addWidget(self.buttons)
        self.password_edit.setFocus()

    def submit(self) -> None:
        if not self.unlock_button.isEnabled():
            return
        self._set_busy(True)
        self.ctx.write(
            users.authenticate, self.ctx.actor.username, self.password_edit.text(),
            on_done=self._checked, on_error=self._failed, owner=self,
        )  # fmt: skip

    def _checked(self, result: LoginResult) -> None:
        self._set_busy(False)
        if not result.ok or result.actor is None or result.actor.user_id != self.ctx.actor.user_id:
            show_message(self.message, result.message or self.tr("Kata sandi salah."))
            self.password_edit.clear()
            self.password_edit.setFocus()
            return
        show_message(self.message, "")
        self._closing = True
        self.accept()
        self.unlocked.emit()

    def _failed(self, exc: object) -> None:
        self._set_busy(False)
        show_message(self.message, describe(exc))

    def _set_busy(self, busy: bool) -> None:
        self.unlock_button.setEnabled(not busy)
        self.unlock_button.setText(self.tr("Memeriksa…") if busy else self.tr("Buka kunci"))

    def quit(self) -> None:
        """Keluar: the program closes (someone else signs in from the start)."""
        self._closing = True
        self.done(QDialog.DialogCode.Rejected)
        self.quit_requested.emit()

    # --- only the password or Keluar end the lock
    def reject(self) -> None:
        if self._closing:
            super().reject()
        # Esc does not unlock.

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self._closing:
            super().closeEvent(event)
        else:
            event.ignore()
