"""Masuk: user name and password, checked by the users service in a write transaction."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from tagana_desk import APP_NAME
from tagana_desk.db.engine import Database
from tagana_desk.services import office, users
from tagana_desk.services.context import Actor
from tagana_desk.services.users import LoginResult
from tagana_desk.ui.errors import describe
from tagana_desk.ui.tasks import Runner
from tagana_desk.ui.widgets import error_label, note_label, show_message

USER_ENV = "TAGANA_DESK_USER"


def authenticate(db: Database, username: str, password: str) -> LoginResult:
    """Check the password and commit what the check recorded (failure counts, lockouts).

    The commit comes first, then the caller looks at ``ok``: a wrong password must still count.
    """
    with db.write() as session:
        result = users.authenticate(session, username, password)
    return result


def office_line(session: Session) -> str:
    info = office.get_office(session)
    return " ".join(p for p in (info.name, info.kabupaten_name) if p)


class LoginDialog(QDialog):
    """The first window. ``actor`` holds who signed in once the dialog is accepted."""

    logged_in = Signal(object)  # Actor

    def __init__(
        self, db: Database, runner: Runner, parent: QWidget | None = None, *, hint: str = ""
    ) -> None:
        """``hint``: a note under the office line (the demo's accounts and password)."""
        super().__init__(parent)
        self.db = db
        self.runner = runner
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Masuk — {app}").format(app=APP_NAME))
        self.setMinimumWidth(440)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(10)
        title = QLabel(APP_NAME)
        title.setObjectName("loginTitle")
        layout.addWidget(title)
        self.office_label = QLabel(self.tr("Meja piket siaga bencana"))
        self.office_label.setObjectName("loginOffice")
        layout.addWidget(self.office_label)
        self.hint_label = note_label(hint)
        self.hint_label.setVisible(bool(hint))
        layout.addWidget(self.hint_label)
        layout.addSpacing(8)

        form = QFormLayout()
        form.setSpacing(8)
        self.username_edit = QLineEdit(os.environ.get(USER_ENV, ""))
        self.username_edit.setMaxLength(64)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setMaxLength(256)
        form.addRow(self.tr("Nama pengguna"), self.username_edit)
        form.addRow(self.tr("Kata sandi"), self.password_edit)
        layout.addLayout(form)

        self.message = error_label()
        layout.addWidget(self.message)
        database = note_label(self.tr("Database: {name}").format(name=db.display_name))
        database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(database)

        self.buttons = QDialogButtonBox()
        self.login_button = self.buttons.addButton(
            self.tr("Masuk"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.login_button.setDefault(True)
        self.login_button.setObjectName("primaryButton")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        (self.password_edit if self.username_edit.text() else self.username_edit).setFocus()
        runner.submit(_read_office_line, db, on_done=self._show_office, on_error=lambda _e: None,
                      owner=self)  # fmt: skip

    def _show_office(self, line: str) -> None:
        if line:
            self.office_label.setText(line)

    def submit(self) -> None:
        username = self.username_edit.text().strip()
        if not username:
            show_message(self.message, self.tr("Isi nama pengguna."))
            self.username_edit.setFocus()
            return
        self._set_busy(True)
        self.runner.submit(
            authenticate, self.db, username, self.password_edit.text(),
            on_done=self._checked, on_error=self._failed, write=True, owner=self,
        )  # fmt: skip

    def _checked(self, result: LoginResult) -> None:
        self._set_busy(False)
        if not result.ok:
            show_message(self.message, result.message)
            self.password_edit.clear()
            self.password_edit.setFocus()
            return
        self.actor = result.actor
        show_message(self.message, "")
        self.logged_in.emit(result.actor)
        self.accept()

    def _failed(self, exc: object) -> None:
        self._set_busy(False)
        show_message(self.message, describe(exc))

    def _set_busy(self, busy: bool) -> None:
        self.login_button.setEnabled(not busy)
        self.login_button.setText(self.tr("Memeriksa…") if busy else self.tr("Masuk"))


def _read_office_line(db: Database) -> str:
    with db.read() as session:
        return office_line(session)
