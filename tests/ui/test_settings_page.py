"""Pengaturan → Kantor: the admin edits the office profile and signatories; others only read."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from tagana_desk.domain.enums import SignatoryRole
from tagana_desk.services import office
from tagana_desk.ui.main_window import MainWindow


def _office_tab(desk, open_main_window, role="admin"):
    window = open_main_window(desk(role))
    window.show_page(MainWindow.PENGATURAN)
    return window, window.settings_page.office_tab


def _stored(db):
    with db.read() as s:
        return office.get_office(s)


def test_admin_edits_the_office_name_and_it_is_stored(qtbot, sqlite_db, desk, open_main_window):
    _window, tab = _office_tab(desk, open_main_window)
    assert tab.save_button.isEnabled()
    assert not tab.role_note.isVisible()
    tab.name_edit.clear()
    qtbot.keyClicks(tab.name_edit, "DINAS SOSIAL")
    tab.government_edit.clear()
    qtbot.keyClicks(tab.government_edit, "PEMERINTAH KABUPATEN BANTUL")
    tab.province_combo.setCurrentIndex(tab.province_combo.findData("34"))
    tab.kabupaten_combo.setCurrentIndex(tab.kabupaten_combo.findData("34.02"))
    tab.threshold_edit.clear()
    qtbot.keyClicks(tab.threshold_edit, "7500000")
    tab.acknowledger_combo.setCurrentIndex(tab.acknowledger_combo.findData("pptk"))
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)

    assert not tab.message.isVisible(), tab.message.text()
    assert tab.saved_label.text() == "Tersimpan."
    info = _stored(sqlite_db)
    assert info.name == "DINAS SOSIAL"
    assert info.government == "PEMERINTAH KABUPATEN BANTUL"
    assert (info.kabupaten_code, info.kabupaten_name) == ("34.02", "Kabupaten Bantul")
    assert info.approval_threshold == 7_500_000
    assert info.acknowledger_role == SignatoryRole.PPTK
    # The reload after the write shows what is stored and nothing is left to save.
    assert tab.kabupaten_combo.currentText() == "Kabupaten Bantul"
    assert tab.threshold_edit.text() == "7.500.000"
    assert tab.changes() == {}


def test_saving_without_changes_writes_nothing(qtbot, sqlite_db, desk, open_main_window):
    _window, tab = _office_tab(desk, open_main_window)
    with qtbot.assertNotEmitted(tab.ctx.runner.write_committed):
        tab.save()
    assert tab.saved_label.text() == "Tidak ada perubahan."


def test_an_empty_office_name_is_refused_with_the_services_message(
    qtbot, sqlite_db, desk, open_main_window
):
    _window, tab = _office_tab(desk, open_main_window)
    tab.name_edit.setText("DINAS SOSIAL")
    tab.save()
    tab.name_edit.clear()
    tab.save()
    assert tab.message.text() == "Nama kantor wajib diisi."
    assert _stored(sqlite_db).name == "DINAS SOSIAL"


def test_signatory_with_a_short_nip_is_refused_then_saved(qtbot, sqlite_db, desk, open_main_window):
    _window, tab = _office_tab(desk, open_main_window)
    dialog = tab.add_signatory()
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("bendahara"))
    qtbot.keyClicks(dialog.name_edit, "Sri Wahyuni, S.E.")
    qtbot.keyClicks(dialog.nip_edit, "1970abc0101")
    assert dialog.nip_edit.text() == "19700101"
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.message.text() == ("NIP harus 18 digit angka (boleh dikosongkan untuk non-PNS).")
    qtbot.keyClicks(dialog.nip_edit, "1998032001")
    qtbot.keyClicks(dialog.title_edit, "Bendahara Pengeluaran")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with sqlite_db.read() as s:
        (stored,) = office.list_signatories(s)
    assert (stored.role, stored.name, stored.nip) == (
        SignatoryRole.BENDAHARA, "Sri Wahyuni, S.E.", "197001011998032001",
    )  # fmt: skip
    assert tab.signatory_model.rowCount() == 1
    model = tab.signatory_model
    assert model.data(model.index(0, model.NIP)) == "19700101 199803 2 001"

    tab.signatory_table.selectRow(0)
    edit = tab.edit_signatory()
    assert edit.name_edit.text() == "Sri Wahyuni, S.E."
    edit.active_check.setChecked(False)
    edit.save()
    with sqlite_db.read() as s:
        assert office.list_signatories(s)[0].active is False


def test_typed_form_survives_a_reload_after_another_write(qtbot, sqlite_db, desk, open_main_window):
    _window, tab = _office_tab(desk, open_main_window)
    qtbot.keyClicks(tab.address_edit, "Jl. Lingkar Timur")
    dialog = tab.add_signatory()
    qtbot.keyClicks(dialog.name_edit, "Drs. Budi Santoso")
    dialog.save()
    assert tab.signatory_model.rowCount() == 1
    assert tab.address_edit.text() == "Jl. Lingkar Timur"
    assert tab.changes() == {"address": "Jl. Lingkar Timur"}


def test_logo_is_stored_and_previewed(qtbot, sqlite_db, desk, open_main_window, tmp_path):
    _window, tab = _office_tab(desk, open_main_window)
    image = QImage(64, 64, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f5f8b"))
    path = tmp_path / "logo.png"
    assert image.save(str(path), "PNG")
    tab.set_logo_file(path)
    assert _stored(sqlite_db).has_logo
    assert not tab.logo_label.pixmap().isNull()
    assert tab.remove_logo_button.isEnabled()

    text_file = tmp_path / "bukan.png"
    text_file.write_text("bukan gambar")
    tab.set_logo_file(text_file)
    assert tab.message.text() == "Logo harus berupa gambar PNG."


def test_other_roles_see_the_form_read_only(qtbot, sqlite_db, desk, open_main_window):
    _window, tab = _office_tab(desk, open_main_window, role="bendahara")
    assert not tab.save_button.isEnabled()
    assert tab.name_edit.isReadOnly()
    assert not tab.province_combo.isEnabled()
    assert not tab.add_signatory_button.isEnabled()
    assert tab.role_note.isVisible()
    assert tab.role_note.text() == (
        "Hanya Admin yang dapat mengubah pengaturan; Anda masuk sebagai Bendahara."
    )
    tab.save()  # Ctrl+S on a disabled button does nothing; calling it directly neither
    assert _stored(sqlite_db).name == ""


def test_the_tabs_of_pengaturan(qtbot, desk, open_main_window):
    window, _tab = _office_tab(desk, open_main_window)
    tabs = window.settings_page.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Kantor", "Pengguna", "Jenis Bantuan", "Relawan",
    ]  # fmt: skip
    # Pengguna, Jenis Bantuan and Relawan have their own tests (test_users_tab.py, …).
    assert tabs.widget(1) is window.settings_page.users_tab
