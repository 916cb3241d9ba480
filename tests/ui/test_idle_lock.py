"""The idle lock: after the idle time the windows are covered and the signed-in person types
their password again (the users service checks it, with its lockout); Keluar closes the program;
the time is set in Pengaturan → Kantor by the admin."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from tagana_desk.ui.idle_lock import DEFAULT_IDLE_MINUTES, IDLE_MINUTES_KEY
from tagana_desk.ui.main_window import MainWindow
from tests.support import ROLE_PASSWORD

WRONG = "Nama pengguna atau kata sandi salah. Sisa percobaan sebelum akun dikunci: {n}."


def _locked(qtbot, window):
    lock = window.idle_lock
    lock.set_timeout_ms(30)
    qtbot.waitUntil(lambda: lock.is_locked, timeout=5000)
    return lock, lock.dialog


def _covers(window) -> list[QWidget]:
    return [c for c in window.findChildren(QWidget, "lockCover") if c.isVisible()]


def test_the_lock_comes_after_the_idle_time_and_the_password_opens_it(
    qtbot, desk, open_main_window
):
    window = open_main_window(desk("operator"))
    lock, dialog = _locked(qtbot, window)
    assert dialog.isVisible() and dialog.isModal()
    assert dialog.user_label.text() == "<b>Operator</b> (operator) · Operator"
    # The only field is the password: the user is fixed, nobody else can unlock.
    assert dialog.findChildren(QLineEdit) == [dialog.password_edit]
    (cover,) = _covers(window)
    assert cover.geometry() == window.rect()

    qtbot.keyClicks(dialog.password_edit, "salah-ketik")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.message.text() == WRONG.format(n=4)
    assert lock.is_locked and dialog.password_edit.text() == ""
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc does not unlock
    assert dialog.isVisible()

    qtbot.keyClicks(dialog.password_edit, ROLE_PASSWORD)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert not lock.is_locked and not dialog.isVisible()
    assert _covers(window) == []
    assert lock.active  # counting again
    lock.set_timeout_ms(0)
    assert not lock.active


def test_the_services_lockout_applies_and_keluar_closes_the_program(qtbot, desk, open_main_window):
    window = open_main_window(desk("bendahara"))
    lock, dialog = _locked(qtbot, window)
    for left in (4, 3, 2, 1):
        qtbot.keyClicks(dialog.password_edit, "bukan-sandinya")
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
        assert dialog.message.text() == WRONG.format(n=left)
    qtbot.keyClicks(dialog.password_edit, "bukan-sandinya")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.message.text() == "Kata sandi salah 5 kali; akun dikunci 15 menit."
    qtbot.keyClicks(dialog.password_edit, ROLE_PASSWORD)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.message.text() == (
        "Akun terkunci karena terlalu banyak percobaan gagal; coba lagi dalam 15 menit."
    )
    assert lock.is_locked
    assert dialog.other_note.text().startswith("Bukan Bendahara? Pilih Keluar")
    qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible() and not dialog.isVisible()
    assert not lock.active


def test_input_postpones_the_lock(qtbot, desk, open_main_window):
    window = open_main_window(desk("auditor"))
    lock = window.idle_lock
    # The Down key below brings Kejadian forward: built now, so that showing it is quick.
    window.page(MainWindow.KEJADIAN)
    lock.set_timeout_ms(60_000)
    qtbot.waitUntil(lambda: lock._timer.remainingTime() < 59_900, timeout=5000)
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)  # any key or mouse input counts
    qtbot.waitUntil(lambda: lock._timer.remainingTime() > 59_900, timeout=2000)
    assert not lock.is_locked
    window.hide()
    assert lock.lock() is None  # a hidden window is not locked
    lock.set_timeout_ms(0)


def test_the_admin_sets_the_idle_time_in_pengaturan(qtbot, desk, open_main_window):
    settings = QSettings()
    try:
        window = open_main_window(desk("admin"))
        window.show_page(MainWindow.PENGATURAN)
        office = window.settings_page.office_tab
        assert office.security_box.isVisible()
        assert office.idle_spin.value() == DEFAULT_IDLE_MINUTES
        assert window.idle_lock.interval_ms == DEFAULT_IDLE_MINUTES * 60_000
        office.idle_spin.setValue(0)
        assert office.idle_spin.text() == "Tidak pernah"
        assert int(settings.value(IDLE_MINUTES_KEY)) == 0
        assert window.idle_lock.interval_ms == 0 and not window.idle_lock.active
        office.idle_spin.setValue(20)
        assert int(settings.value(IDLE_MINUTES_KEY)) == 20
        assert window.idle_lock.interval_ms == 1_200_000 and window.idle_lock.active
        # A new window (the next start) reads the stored time.
        again = MainWindow(window.ctx)
        qtbot.addWidget(again)
        assert again.idle_lock.interval_ms == 1_200_000
        again.close()

        other = open_main_window(desk("operator"))
        assert other.settings_page.office_tab.security_box.isHidden()
    finally:
        settings.remove(IDLE_MINUTES_KEY)
