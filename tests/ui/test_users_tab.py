"""Pengaturan → Pengguna: the admin adds users, changes their role, resets passwords and
deactivates accounts; other roles see a note instead of the list; everyone changes their own
password from Berkas → Ubah kata sandi saya…."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QTableView, QWidget

from tagana_desk.db.models import User
from tagana_desk.domain.enums import Role
from tagana_desk.services import users
from tagana_desk.services.context import SYSTEM
from tagana_desk.services.users import UserInfo
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.main_window import MainWindow
from tagana_desk.ui.models.users import UserTableModel
from tagana_desk.ui.style import Tone, tone_fill, tone_text
from tests.support import ROLE_PASSWORD, audit_count, row_count

DISPLAY = Qt.ItemDataRole.DisplayRole
CTRL = Qt.KeyboardModifier.ControlModifier
NEW_PASSWORD = "Banjir2026"


def _activate(qtbot, window: QWidget) -> None:
    """Keys and shortcuts reach only the active window."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def users_tab(open_main_window, ctx):
    window = open_main_window(ctx)
    window.show_page(MainWindow.PENGATURAN)
    page = window.settings_page
    page.tabs.setCurrentWidget(page.users_tab)
    assert page.tabs.tabText(page.tabs.currentIndex()) == "Pengguna"
    return window, page.users_tab


def cell(tab, username: str, column: int) -> str:
    return tab.model.data(tab.model.index(row_of(tab, username), column), DISPLAY)


def row_of(tab, username: str) -> int:
    return next(r for r in range(tab.model.rowCount()) if tab.model.row_at(r).username == username)


def stored(db, username: str) -> UserInfo:
    with db.read() as s:
        return next(u for u in users.list_users(s, SYSTEM) if u.username == username)


def can_sign_in(db, username: str, password: str) -> bool:
    """Checks the password without counting a failure (nothing is written)."""
    with db.read() as s:
        return users.authenticate(s, username, password, record=False).ok


def _type(qtbot, text: str, *, then=Qt.Key.Key_Tab) -> None:
    """Type into the field that has the keyboard focus, then press ``then``."""
    widget = QApplication.focusWidget()
    assert widget is not None
    if text:
        qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, then)


# --------------------------------------------------------------------------- the list


def test_admin_sees_every_user_with_role_and_status(qtbot, sqlite_db, desk, open_main_window):
    with sqlite_db.write() as s:
        users.authenticate(s, "bendahara", ROLE_PASSWORD)
    with sqlite_db.write() as s:
        users.update_user(s, SYSTEM, "auditor", active=False)
    for _ in range(users.MAX_FAILED_LOGINS):
        with sqlite_db.write() as s:
            users.authenticate(s, "kepala", "salah-ketik1")
    _window, tab = users_tab(open_main_window, desk("admin"))
    m = UserTableModel
    assert [tab.model.row_at(r).username for r in range(tab.model.rowCount())] == [
        "admin", "auditor", "bendahara", "kepala", "operator",
    ]  # fmt: skip
    assert [tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "Nama pengguna", "Nama lengkap", "NIP", "Peran", "Status", "Login terakhir",
    ]  # fmt: skip
    assert cell(tab, "bendahara", m.ROLE) == "Bendahara"
    assert cell(tab, "bendahara", m.STATUS) == "Aktif"
    assert cell(tab, "auditor", m.STATUS) == "Nonaktif"
    locked = stored(sqlite_db, "kepala").locked_until
    assert locked is not None
    assert cell(tab, "kepala", m.STATUS) == f"Terkunci sampai {locked.astimezone():%H:%M}"
    assert cell(tab, "operator", m.LAST_LOGIN) == "belum pernah"
    last = stored(sqlite_db, "bendahara").last_login_at
    assert last is not None
    assert cell(tab, "bendahara", m.LAST_LOGIN) == f"{last.astimezone():%d/%m/%Y %H:%M}"
    # The status has the desk's colours: green, amber for a lockout, grey when off.
    index = tab.model.index(row_of(tab, "kepala"), m.STATUS)
    assert tab.model.data(index, Qt.ItemDataRole.ForegroundRole) == tone_text(Tone.PENDING)
    index = tab.model.index(row_of(tab, "auditor"), m.STATUS)
    assert tab.model.data(index, Qt.ItemDataRole.BackgroundRole) == tone_fill(Tone.MUTED)
    assert tab.table.objectName() == "usersTable"


def test_a_lock_that_ran_out_shows_as_active():
    model = UserTableModel()
    until = dt.datetime(2026, 11, 25, 7, 5, tzinfo=dt.UTC)
    info = UserInfo(1, "rina", "Rina", "", Role.OPERATOR, True, until, None)
    model.set_rows([info])
    status = model.index(0, UserTableModel.STATUS)
    model.now = until - dt.timedelta(minutes=1)
    assert model.data(status, DISPLAY) == f"Terkunci sampai {until.astimezone():%H:%M}"
    model.now = until
    assert model.data(status, DISPLAY) == "Aktif"


# --------------------------------------------------------------------------- new users


def _new_user_dialog(qtbot, window, tab):
    """Ctrl+N on the Pengguna tab."""
    assert window.new_action.isEnabled()
    assert window.new_action.text() == "Pengguna &baru…"
    _activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    dialog = tab.user_dialog
    assert dialog is not None and dialog.isVisible()
    _activate(qtbot, dialog)
    return dialog


def test_admin_adds_an_operator_with_the_keyboard(qtbot, sqlite_db, desk, open_main_window):
    window, tab = users_tab(open_main_window, desk("admin"))
    dialog = _new_user_dialog(qtbot, window, tab)
    assert dialog.windowTitle() == "Pengguna baru"
    assert QApplication.focusWidget() is dialog.username_edit
    _type(qtbot, "Rina.K")  # typed with a capital: stored in lower case
    _type(qtbot, "Rina Kurniasih")
    _type(qtbot, "19850101 201001 2 003")
    assert QApplication.focusWidget() is dialog.role_combo
    assert dialog.role_combo.currentText() == "Operator"  # the everyday role comes first
    assert "draf penyaluran" in dialog.duties_label.text()
    _type(qtbot, "")
    assert QApplication.focusWidget() is dialog.password_edit
    assert dialog.policy_label.text() == "Minimal 8 karakter, berisi huruf dan angka."
    _type(qtbot, NEW_PASSWORD)
    _type(qtbot, NEW_PASSWORD, then=Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    info = stored(sqlite_db, "rina.k")
    assert (info.full_name, info.nip, info.role, info.active) == (
        "Rina Kurniasih", "198501012010012003", Role.OPERATOR, True,
    )  # fmt: skip
    with sqlite_db.write() as s:
        login = users.authenticate(s, "rina.k", NEW_PASSWORD)
    assert login.ok and login.actor.role == Role.OPERATOR
    # The list was read again and shows the new user, selected.
    assert tab.selected().username == "rina.k"
    assert cell(tab, "rina.k", UserTableModel.NIP) == "19850101 201001 2 003"
    assert tab.saved_label.text() == "Pengguna rina.k tersimpan."


@pytest.mark.parametrize(
    ("password", "repeat", "field", "message"),
    [
        ("Banjir1", "Banjir1", "password", "Kata sandi minimal 8 karakter."),
        ("banjirbandang", "banjirbandang", "password", "Kata sandi harus berisi huruf dan angka."),
        (NEW_PASSWORD, "Banjir2025", "repeat", "Kedua kata sandi tidak sama."),
    ],
)
def test_a_weak_or_mistyped_password_is_refused_beside_it(
    password, repeat, field, message, qtbot, sqlite_db, desk, open_main_window
):
    window, tab = users_tab(open_main_window, desk("admin"))
    before = (row_count(sqlite_db, User), audit_count(sqlite_db))
    dialog = tab.add_user()
    dialog.username_edit.setText("rina")
    dialog.password_edit.setText(password)
    dialog.repeat_edit.setText(repeat)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors.text(field) == message
    assert not dialog.message.isVisible()  # said beside the field, not under the form
    assert (row_count(sqlite_db, User), audit_count(sqlite_db)) == before
    # Typing in the field again clears its message.
    edit = dialog.password_edit if field == "password" else dialog.repeat_edit
    edit.textEdited.emit("x")
    assert dialog.errors.text(field) == ""


def test_a_taken_user_name_or_a_short_nip_is_refused(qtbot, sqlite_db, desk, open_main_window):
    _window, tab = users_tab(open_main_window, desk("admin"))
    before = (row_count(sqlite_db, User), audit_count(sqlite_db))
    dialog = tab.add_user()
    dialog.username_edit.setText("Operator")
    for edit in (dialog.password_edit, dialog.repeat_edit):
        edit.setText(NEW_PASSWORD)
    dialog.save()
    assert dialog.errors.text("username") == "Pengguna 'operator' sudah ada."
    assert dialog.username_edit.hasFocus() or not dialog.isActiveWindow()
    dialog.username_edit.setText("rina")
    dialog.nip_edit.setText("1985 0101")
    dialog.save()
    assert dialog.errors.text("nip") == (
        "NIP harus 18 digit angka (boleh dikosongkan untuk non-PNS)."
    )
    dialog.username_edit.setText("9rina")
    dialog.nip_edit.clear()
    dialog.save()
    assert dialog.errors.text("username").startswith("Nama pengguna 2–64 karakter")
    assert dialog.isVisible()
    assert (row_count(sqlite_db, User), audit_count(sqlite_db)) == before
    assert stored(sqlite_db, "operator").role == Role.OPERATOR


# --------------------------------------------------------------------------- changes


def test_admin_changes_a_role_and_the_name(qtbot, sqlite_db, desk, open_main_window):
    _window, tab = users_tab(open_main_window, desk("admin"))
    tab.table.selectRow(row_of(tab, "operator"))
    assert tab.edit_button.isEnabled()
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    dialog = tab.user_dialog
    assert dialog.windowTitle() == "Ubah pengguna operator"
    assert not dialog.username_edit.isVisible()  # the user name cannot change
    assert dialog.role_combo.isEnabled() and dialog.active_check.isChecked()
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("bendahara"))
    dialog.full_name_edit.setText("Rina Kurniasih")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    info = stored(sqlite_db, "operator")
    assert (info.role, info.full_name, info.active) == (Role.BENDAHARA, "Rina Kurniasih", True)
    assert cell(tab, "operator", UserTableModel.ROLE) == "Bendahara"
    assert tab.selected().username == "operator"


def test_admin_deactivates_and_activates_another_user(qtbot, sqlite_db, desk, open_main_window):
    _window, tab = users_tab(open_main_window, desk("admin"))
    tab.table.selectRow(row_of(tab, "kepala"))
    assert tab.active_button.text() == "Nonaktifkan"
    qtbot.mouseClick(tab.active_button, Qt.MouseButton.LeftButton)
    assert not stored(sqlite_db, "kepala").active
    assert cell(tab, "kepala", UserTableModel.STATUS) == "Nonaktif"
    assert tab.saved_label.text() == "Akun kepala dinonaktifkan."
    with sqlite_db.read() as s:
        refused = users.authenticate(s, "kepala", ROLE_PASSWORD, record=False)
    assert refused.message == "Akun ini dinonaktifkan. Hubungi admin."
    assert tab.selected().username == "kepala"
    assert tab.active_button.text() == "Aktifkan"
    qtbot.mouseClick(tab.active_button, Qt.MouseButton.LeftButton)
    assert stored(sqlite_db, "kepala").active
    assert tab.saved_label.text() == "Akun kepala diaktifkan."
    assert can_sign_in(sqlite_db, "kepala", ROLE_PASSWORD)


def test_the_admins_own_account_is_kept_active_and_admin(qtbot, sqlite_db, desk, open_main_window):
    _window, tab = users_tab(open_main_window, desk("admin"))
    tab.table.selectRow(row_of(tab, "admin"))
    assert not tab.active_button.isEnabled()
    assert tab.active_button.toolTip() == "Anda tidak dapat menonaktifkan akun Anda sendiri."
    assert tab.password_button.text() == "Ubah kata sandi saya…"
    dialog = tab.edit_user()
    assert not dialog.role_combo.isEnabled() and not dialog.active_check.isEnabled()
    assert dialog.role_combo.toolTip() == (
        "Peran dan status akun Anda sendiri diubah oleh admin lain."
    )
    dialog.full_name_edit.setText("Bagus Prasetyo")
    dialog.save()
    info = stored(sqlite_db, "admin")
    assert (info.full_name, info.role, info.active) == ("Bagus Prasetyo", Role.ADMIN, True)


@pytest.fixture
def demoted_admin(sqlite_db, runner):
    """A second admin's desk, signed in before another admin made them an operator: the desk
    still offers the admin's work, the service counts the admins that are left."""
    with sqlite_db.write() as s:
        users.create_user(s, SYSTEM, "admin2", ROLE_PASSWORD, Role.ADMIN)
    with sqlite_db.write() as s:
        actor = users.authenticate(s, "admin2", ROLE_PASSWORD).actor
    with sqlite_db.write() as s:
        users.update_user(s, SYSTEM, "admin2", role=Role.OPERATOR)
    return DeskContext(sqlite_db, actor, runner)


def test_deactivating_the_last_admin_is_refused_with_the_services_message(
    qtbot, sqlite_db, demoted_admin, open_main_window
):
    _window, tab = users_tab(open_main_window, demoted_admin)
    before = audit_count(sqlite_db)
    tab.table.selectRow(row_of(tab, "admin"))
    qtbot.mouseClick(tab.active_button, Qt.MouseButton.LeftButton)
    assert tab.message.isVisible()
    assert tab.message.text() == "Harus tetap ada setidaknya satu admin aktif."
    assert tab.saved_label.text() == ""
    assert stored(sqlite_db, "admin").active
    assert audit_count(sqlite_db) == before
    assert tab.active_button.isEnabled()  # ready to try again
    # The same rule when the role would change: said under the form, nothing written.
    dialog = tab.edit_user()
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("operator"))
    dialog.full_name_edit.setText("Bukan admin lagi")
    dialog.save()
    assert dialog.isVisible()
    assert dialog.message.text() == "Harus tetap ada setidaknya satu admin aktif."
    info = stored(sqlite_db, "admin")
    assert (info.role, info.full_name) == (Role.ADMIN, "")
    assert audit_count(sqlite_db) == before


def test_admin_resets_a_locked_out_password(qtbot, sqlite_db, desk, open_main_window):
    for _ in range(users.MAX_FAILED_LOGINS):
        with sqlite_db.write() as s:
            users.authenticate(s, "operator", "lupa-lagi1")
    assert not can_sign_in(sqlite_db, "operator", ROLE_PASSWORD)  # locked out
    _window, tab = users_tab(open_main_window, desk("admin"))
    assert cell(tab, "operator", UserTableModel.STATUS).startswith("Terkunci sampai ")
    tab.table.selectRow(row_of(tab, "operator"))
    qtbot.mouseClick(tab.password_button, Qt.MouseButton.LeftButton)
    dialog = tab.password_dialog
    assert dialog.windowTitle() == "Atur ulang kata sandi operator"
    assert not dialog.own and not dialog.old_edit.isVisible()  # no old password asked
    _activate(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.new_edit
    _type(qtbot, NEW_PASSWORD)
    _type(qtbot, NEW_PASSWORD, then=Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert tab.saved_label.text() == "Kata sandi operator diganti."
    assert can_sign_in(sqlite_db, "operator", NEW_PASSWORD)
    assert not can_sign_in(sqlite_db, "operator", ROLE_PASSWORD)
    assert cell(tab, "operator", UserTableModel.STATUS) == "Aktif"  # the lock is lifted


def test_a_weak_reset_password_is_refused(qtbot, sqlite_db, desk, open_main_window):
    _window, tab = users_tab(open_main_window, desk("admin"))
    before = audit_count(sqlite_db)
    tab.table.selectRow(row_of(tab, "bendahara"))
    dialog = tab.reset_password()
    dialog.new_edit.setText("banjir")
    dialog.repeat_edit.setText("banjir")
    dialog.save()
    assert dialog.isVisible()
    assert dialog.errors.text("new") == "Kata sandi minimal 8 karakter."
    assert audit_count(sqlite_db) == before
    assert can_sign_in(sqlite_db, "bendahara", ROLE_PASSWORD)


# --------------------------------------------------------------------------- other roles


@pytest.mark.parametrize("role", ["operator", "bendahara", "kepala", "auditor"])
def test_other_roles_see_a_note_and_no_table(role, qtbot, desk, open_main_window):
    window, tab = users_tab(open_main_window, desk(role))
    assert not tab.editable
    assert tab.table is None
    assert not tab.findChildren(QTableView)
    assert tab.notice.isVisible()
    label = {"operator": "Operator", "bendahara": "Bendahara", "kepala": "Kepala",
             "auditor": "Auditor"}[role]  # fmt: skip
    assert tab.notice.body.text() == (
        f"Hanya Admin yang dapat melihat dan mengelola pengguna; Anda masuk sebagai {label}."
    )
    assert "Ubah kata sandi saya" in tab.notice.note.text()
    assert not window.new_action.isEnabled()  # Ctrl+N does nothing here
    assert tab.add_user() is None and tab.reset_password() is None


def test_ctrl_n_adds_a_user_only_on_the_pengguna_tab(qtbot, desk, open_main_window):
    window, _tab = users_tab(open_main_window, desk("admin"))
    assert window.new_action.isEnabled()
    window.settings_page.tabs.setCurrentWidget(window.settings_page.office_tab)
    assert not window.new_action.isEnabled()


# --------------------------------------------------------------------------- own password


@pytest.mark.parametrize("role", ["bendahara", "admin"])
def test_own_password_from_the_menu(role, qtbot, sqlite_db, desk, open_main_window):
    window = open_main_window(desk(role))
    file_menu = window.menuBar().actions()[0].menu()
    assert window.password_action in file_menu.actions()
    assert window.password_action.isEnabled()
    before = audit_count(sqlite_db)
    window.password_action.trigger()
    dialog = window.password_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Ubah kata sandi saya"
    assert dialog.own and dialog.old_edit.isVisible()
    _activate(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.old_edit
    # A wrong old password: refused beside it, emptied, nothing written.
    _type(qtbot, "Rahasia124")
    _type(qtbot, NEW_PASSWORD)
    _type(qtbot, NEW_PASSWORD, then=Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.errors.text("old") == "Kata sandi lama salah."
    assert dialog.old_edit.text() == "" and dialog.old_edit.hasFocus()
    assert audit_count(sqlite_db) == before
    assert can_sign_in(sqlite_db, role, ROLE_PASSWORD)
    assert not can_sign_in(sqlite_db, role, NEW_PASSWORD)
    # The right one: changed.
    _type(qtbot, ROLE_PASSWORD, then=Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert can_sign_in(sqlite_db, role, NEW_PASSWORD)
    assert not can_sign_in(sqlite_db, role, ROLE_PASSWORD)
    assert window.statusBar().currentMessage() == "Kata sandi Anda diganti."
