"""The login dialog: the service's own messages on failure, the actor on success."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from tagana_desk.db.models import User
from tagana_desk.domain.enums import Role
from tagana_desk.ui.login import LoginDialog


def _login(qtbot, db, runner, username, password) -> LoginDialog:
    dialog = LoginDialog(db, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.username_edit.clear()
    qtbot.keyClicks(dialog.username_edit, username)
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    return dialog


def test_wrong_password_is_refused_with_the_services_message(qtbot, sqlite_db, runner):
    dialog = _login(qtbot, sqlite_db, runner, "bendahara", "salah-sekali1")
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.isVisible()
    assert dialog.actor is None
    assert dialog.message.isVisible()
    assert dialog.message.text() == (
        "Nama pengguna atau kata sandi salah. Sisa percobaan sebelum akun dikunci: 4."
    )
    assert dialog.password_edit.text() == ""
    # The failure was committed (it counts towards the lockout) although the dialog refused.
    with sqlite_db.read() as s:
        user = s.execute(select(User).where(User.username == "bendahara")).scalar_one()
        assert user.failed_logins == 1


def test_five_failures_lock_the_account_with_the_services_message(qtbot, sqlite_db, runner):
    dialog = _login(qtbot, sqlite_db, runner, "operator", "salah-sekali1")
    for _ in range(4):
        qtbot.keyClicks(dialog.password_edit, "salah-sekali1")
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.message.text() == "Kata sandi salah 5 kali; akun dikunci 15 menit."
    qtbot.keyClicks(dialog.password_edit, "Rahasia123")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.actor is None
    assert dialog.message.text().startswith("Akun terkunci karena terlalu banyak percobaan gagal")


def test_right_password_is_accepted(qtbot, sqlite_db, runner):
    dialog = _login(qtbot, sqlite_db, runner, "Bendahara ", "Rahasia123")
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None
    assert dialog.actor.username == "bendahara"
    assert dialog.actor.role == Role.BENDAHARA


def test_username_comes_from_the_environment(qtbot, sqlite_db, runner, monkeypatch):
    monkeypatch.setenv("TAGANA_DESK_USER", "kepala")
    dialog = LoginDialog(sqlite_db, runner)
    qtbot.addWidget(dialog)
    assert dialog.username_edit.text() == "kepala"


def test_empty_username_is_asked_for_without_a_query(qtbot, sqlite_db, runner):
    dialog = _login(qtbot, sqlite_db, runner, "", "Rahasia123")
    assert dialog.message.text() == "Isi nama pengguna."
    assert dialog.actor is None
