"""KK terdampak through the real dialog: live NIK decoding, errors beside their fields, the
same NIK refused, the same No. KK refused unless a kepala allows it with a reason, the
possible-duplicate notice, editing, and the register's SQL sorting."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tagana_desk.services import households
from tagana_desk.ui.dialogs.household import describe_nik, describe_no_kk
from tagana_desk.ui.main_window import MainWindow
from tagana_desk.ui.models.households import RegisterTableModel as R
from tests.support import make_kk, make_nik, setup_bantul
from tests.ui.helpers import (
    add_household,
    add_incident,
    cell,
    click_header,
    column_texts,
    double_click_row,
)

NIK = "3402081203750001"  # Bantul kecamatan 34.02.08, born 12 March 1975, male
KK = "3402080101100001"


@pytest.fixture
def incident(sqlite_db, sqlite_roles):
    return setup_bantul(sqlite_db, sqlite_roles)


def _detail(qtbot, open_main_window, ctx):
    window = open_main_window(ctx)
    window.show_page(MainWindow.KEJADIAN)
    page = window.incidents_page
    double_click_row(qtbot, page.table, 0)
    assert page.stack.currentWidget() is page.detail
    return page.detail


def _stored(db, incident_id):
    with db.read() as s:
        return households.list_households(s, _system(), incident_id, limit=100)


def _system():
    from tagana_desk.services.context import SYSTEM

    return SYSTEM


def _fill_minimum(qtbot, dialog, name="Suparman", nik=NIK, kk=KK):
    qtbot.keyClicks(dialog.name_edit, name)
    qtbot.keyClicks(dialog.nik_edit, nik)
    qtbot.keyClicks(dialog.kk_edit, kk)


def test_operator_adds_a_household_with_live_nik_decoding(
    qtbot, sqlite_db, incident, desk, open_main_window
):
    detail = _detail(qtbot, open_main_window, desk("operator"))
    qtbot.mouseClick(detail.add_button, Qt.MouseButton.LeftButton)
    dialog = detail.household_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.incident_label.text().startswith("Kejadian: Banjir Palbapang · 20/11/2026")
    # The incident's kapanewon and kalurahan are picked already.
    assert dialog.regions.kecamatan_combo.currentText() == "Bantul"
    assert dialog.regions.desa_combo.currentText() == "Palbapang"

    qtbot.keyClicks(dialog.name_edit, "Suparman")
    qtbot.keyClicks(dialog.nik_edit, NIK[:8])
    assert dialog.nik_hint.objectName() == "errorLabel"
    assert dialog.nik_hint.text() == "NIK harus 16 digit, bukan 8 digit."
    qtbot.keyClicks(dialog.nik_edit, NIK[8:])
    assert dialog.nik_hint.objectName() == "okLabel"
    assert dialog.nik_hint.text() == "Laki-laki, lahir 12 Maret 1975, Kec. Bantul, Kab. Bantul"
    qtbot.keyClicks(dialog.kk_edit, KK)
    assert dialog.kk_hint.text() == "Diterbitkan di Kec. Bantul, Kab. Bantul"
    qtbot.keyClicks(dialog.phone_edit, "081234567890")
    qtbot.keyClicks(dialog.dusun_edit, "Jodog")
    qtbot.keyClicks(dialog.rt_edit, "3")
    qtbot.keyClicks(dialog.rw_edit, "5")
    dialog.persons_box.selectAll()
    qtbot.keyClicks(dialog.persons_box, "4")
    dialog.infants_box.selectAll()
    qtbot.keyClicks(dialog.infants_box, "1")
    dialog.damage_combo.setCurrentIndex(dialog.damage_combo.findData("RB"))
    assert dialog.damage_combo.currentText() == "Rusak berat"
    dialog.displaced_check.setFocus()
    qtbot.keyClick(dialog.displaced_check, Qt.Key.Key_Space)
    assert dialog.displaced_check.isChecked()
    row = dialog.add_casualty()
    dialog.casualty_table.cellWidget(row, dialog.CASUALTY_KIND).setCurrentIndex(1)
    dialog.casualty_table.item(row, dialog.CASUALTY_NAME).setText("Mbah Karto")
    qtbot.keyClicks(dialog.notes_edit, "Dapur ambruk")
    qtbot.keyClick(dialog.notes_edit, Qt.Key.Key_Return)

    assert not dialog.isVisible(), dialog.message.text()
    rows = _stored(sqlite_db, incident)
    assert [(r.head_name, r.persons, r.damage.value, r.displaced) for r in rows] == [
        ("Suparman", 4, "RB", True)
    ]
    with sqlite_db.read() as s:
        saved = households.get_household(s, _system(), rows[0].id)
    assert (saved.rt, saved.rw, saved.dusun, saved.infants, saved.phone) == (
        "003", "005", "Jodog", 1, "081234567890",
    )  # fmt: skip
    assert [(c.kind, c.name) for c in saved.casualties] == [("serious_injury", "Mbah Karto")]

    assert detail.model.rowCount() == 1
    assert cell(detail.model, 0, R.NAME) == "Suparman"
    assert cell(detail.model, 0, R.NIK) == NIK  # an operator may see the full NIK
    assert cell(detail.model, 0, R.DESA) == "Palbapang"
    assert cell(detail.model, 0, R.PERSONS) == "4"
    assert cell(detail.model, 0, R.DAMAGE) == "Rusak berat"
    assert cell(detail.model, 0, R.DISPLACED) == "Ya"
    assert cell(detail.model, 0, R.DTKS) == "Belum dicek"
    assert cell(detail.model, 0, R.FLAG) == ""
    assert detail.selected().head_name == "Suparman"
    assert detail.banner.label.text() == "KK Suparman tersimpan."
    assert detail.count_label.text() == "1 KK"
    assert detail.summary_cards["households"].value.text() == "1"
    assert detail.summary_cards["persons"].value.text() == "4"
    assert detail.summary_cards["infants"].value.text() == "1"
    assert detail.summary_cards["displaced_households"].value.text() == "1"
    assert detail.summary_cards["RB"].value.text() == "1"


def test_errors_appear_beside_their_fields_on_save(
    qtbot, sqlite_db, incident, desk, open_main_window
):
    detail = _detail(qtbot, open_main_window, desk("operator"))
    dialog = detail.add_household()
    assert dialog.errors.text("head_name") == ""  # nothing shouts before anything is typed
    dialog.infants_box.setValue(3)  # more infants than persons (1)
    assert dialog.errors.text("infants") == "Jumlah balita (3) melebihi jumlah jiwa (1)."
    qtbot.keyClicks(dialog.nik_edit, "3402081203750000")
    assert dialog.nik_hint.text() == "NIK: nomor urut (4 digit terakhir) tidak boleh 0000."
    qtbot.keyClick(dialog.nik_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.errors.text("head_name") == "Nama wajib diisi."
    assert dialog.kk_hint.text() == "No. KK wajib diisi."
    assert dialog.message.text() == "Periksa 4 isian yang ditandai merah."
    assert dialog.focusWidget() is dialog.name_edit
    qtbot.keyClicks(dialog.name_edit, "Suparman")
    assert dialog.errors.text("head_name") == ""
    assert _stored(sqlite_db, incident) == []


def test_the_same_nik_twice_in_an_incident_is_refused(
    qtbot, sqlite_db, sqlite_roles, incident, desk, open_main_window
):
    add_household(sqlite_db, sqlite_roles.operator, incident, "Suparman", NIK, KK)
    detail = _detail(qtbot, open_main_window, desk("kepala"))
    dialog = detail.add_household()
    _fill_minimum(qtbot, dialog, name="Sutrisno", kk=make_kk(7))
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    refusal = "NIK 340208******0001 sudah terdaftar pada kejadian ini (a.n. Suparman)."
    assert dialog.message.text() == f"Ditolak: {refusal}"
    assert dialog.nik_hint.text() == "Sudah terdaftar pada kejadian ini."
    assert dialog.nik_hint.objectName() == "errorLabel"
    assert not dialog.override_box.isVisible()  # not even a kepala may allow this
    assert [r.head_name for r in _stored(sqlite_db, incident)] == ["Suparman"]


def test_the_same_no_kk_is_refused_for_an_operator(
    qtbot, sqlite_db, sqlite_roles, incident, desk, open_main_window
):
    add_household(sqlite_db, sqlite_roles.operator, incident, "Suparman", NIK, KK)
    detail = _detail(qtbot, open_main_window, desk("operator"))
    dialog = detail.add_household()
    _fill_minimum(qtbot, dialog, name="Painem", nik=make_nik(day=2, month=7, yy=80, serial=3,
                                                             female=True))  # fmt: skip
    assert dialog.nik_hint.text().startswith("Perempuan, lahir 2 Juli 1980")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.message.text() == (
        "Ditolak: No. KK 340208******0001 sudah dipakai Suparman pada kejadian ini. Hanya Kepala "
        "yang dapat mengizinkan KK ganda, dengan alasan."
    )
    assert not dialog.override_box.isVisible()
    assert len(_stored(sqlite_db, incident)) == 1


def test_a_kepala_allows_the_same_no_kk_with_a_reason(
    qtbot, sqlite_db, sqlite_roles, incident, desk, open_main_window
):
    add_household(sqlite_db, sqlite_roles.operator, incident, "Suparman", NIK, KK)
    detail = _detail(qtbot, open_main_window, desk("kepala"))
    dialog = detail.add_household()
    _fill_minimum(qtbot, dialog, name="Painem", nik=make_nik(day=2, month=7, yy=80, serial=3,
                                                             female=True))  # fmt: skip
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.override_box.isVisible()
    assert "Sebagai Kepala Anda dapat mengizinkan KK ganda" in dialog.override_label.text()
    assert dialog.focusWidget() is dialog.override_reason_edit
    qtbot.keyClick(dialog.override_reason_edit, Qt.Key.Key_Return)  # no reason yet
    assert dialog.message.text() == "Alasan KK ganda wajib diisi."
    assert len(_stored(sqlite_db, incident)) == 1

    qtbot.keyClicks(dialog.override_reason_edit, "Dua keluarga dalam satu KK, rumah terpisah")
    qtbot.mouseClick(dialog.override_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.message.text()
    rows = _stored(sqlite_db, incident)
    assert [r.head_name for r in rows] == ["Suparman", "Painem"]
    with sqlite_db.read() as s:
        saved = households.get_household(s, _system(), rows[1].id)
    assert saved.kk_override_reason == "Dua keluarga dalam satu KK, rumah terpisah"


def test_a_possible_duplicate_is_saved_with_a_clear_notice(
    qtbot, sqlite_db, sqlite_roles, incident, desk, open_main_window
):
    other = add_incident(sqlite_db, sqlite_roles.operator, "Angin puting beliung Palbapang",
                         kind="angin_puting_beliung", when=dt.datetime(2026, 11, 10, 16, 0))  # fmt: skip
    add_household(sqlite_db, sqlite_roles.operator, other, "Suparman", NIK, KK)
    window = open_main_window(desk("operator"))
    window.show_page(MainWindow.KEJADIAN)
    page = window.incidents_page
    page.select_incident(incident)
    page.open_selected()
    detail = page.detail
    assert detail.title_label.text() == "Banjir Palbapang"
    dialog = detail.add_household()
    _fill_minimum(qtbot, dialog)
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible(), dialog.message.text()
    assert detail.banner.isVisible()
    assert detail.banner.label.text() == (
        f"KK Suparman tersimpan dan ditandai. Kemungkinan duplikat: Suparman (340208******0001, "
        f"kejadian #{other}) — NIK sama di kejadian lain (≤30 hari). Putuskan di Penerima → "
        "Kemungkinan duplikat."
    )
    assert cell(detail.model, 0, R.FLAG) == "⚠ Periksa"
    assert detail.summary_cards["flagged"].value.text() == "1"


def test_editing_a_household_fills_the_form_and_saves(
    qtbot, sqlite_db, sqlite_roles, incident, desk, open_main_window
):
    add_household(sqlite_db, sqlite_roles.operator, incident, "Suparman", NIK, KK, rt="3",
                  damage="RS")  # fmt: skip
    detail = _detail(qtbot, open_main_window, desk("operator"))
    double_click_row(qtbot, detail.table, 0)
    dialog = detail.household_dialog
    assert dialog is not None and dialog.windowTitle() == "Ubah KK terdampak"
    assert (dialog.name_edit.text(), dialog.nik_edit.text(), dialog.rt_edit.text()) == (
        "Suparman", NIK, "003",
    )  # fmt: skip
    assert dialog.damage_combo.currentText() == "Rusak sedang"
    assert dialog.nik_hint.text().startswith("Laki-laki, lahir 12 Maret 1975")
    dialog.persons_box.selectAll()
    qtbot.keyClicks(dialog.persons_box, "6")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible(), dialog.message.text()
    assert [r.persons for r in _stored(sqlite_db, incident)] == [6]
    assert cell(detail.model, 0, R.PERSONS) == "6"


def test_the_register_sorts_in_sql_by_header(
    qtbot, sqlite_db, sqlite_roles, incident, desk, open_main_window
):
    for serial, (name, persons) in enumerate(
        (("Wagiman", 2), ("Ahmad Fauzi", 5), ("Slamet", 3)), start=1
    ):
        add_household(sqlite_db, sqlite_roles.operator, incident, name, make_nik(serial=serial),
                      make_kk(serial), persons=persons)  # fmt: skip
    detail = _detail(qtbot, open_main_window, desk("auditor"))
    assert column_texts(detail.model, R.NAME) == ["Ahmad Fauzi", "Slamet", "Wagiman"]
    assert cell(detail.model, 0, R.NIK) == "340208******0002"  # auditors see masked NIKs
    click_header(qtbot, detail.table, R.PERSONS)  # numbers: high → low first
    assert column_texts(detail.model, R.PERSONS) == ["5", "3", "2"]
    click_header(qtbot, detail.table, R.PERSONS)
    assert column_texts(detail.model, R.PERSONS) == ["2", "3", "5"]


def test_nik_and_kk_descriptions():
    assert describe_nik("3402085505900003", dt.date(2026, 11, 25)) == (
        True, "Perempuan, lahir 15 Mei 1990, Kec. Bantul, Kab. Bantul",
    )  # fmt: skip
    assert describe_nik("3471011203750001") == (
        True, "Laki-laki, lahir 12 Maret 1975, Kec. Tegalrejo, Kota Yogyakarta",
    )  # fmt: skip
    assert describe_nik("34020812037500011") == (False, "NIK harus 16 digit, bukan 17 digit.")
    assert describe_no_kk("3402080101100001") == (True, "Diterbitkan di Kec. Bantul, Kab. Bantul")
    ok, text = describe_no_kk("9902080101100001")
    assert not ok and "kode provinsi 99" in text


def _activate(qtbot, window) -> None:
    """Shortcuts reach only the active window (a closed dialog leaves none active offscreen)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_from_a_new_incident_to_its_first_household(
    qtbot, sqlite_db, sqlite_roles, desk, open_main_window
):
    from tests.ui.helpers import set_office_bantul

    set_office_bantul(sqlite_db, sqlite_roles)
    window = open_main_window(desk("operator"))
    window.show_page(MainWindow.KEJADIAN)
    _activate(qtbot, window)
    page = window.incidents_page
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Baru
    # A button's shortcut clicks it "animated", a moment later.
    qtbot.waitUntil(lambda: page.incident_dialog is not None)
    dialog = page.incident_dialog
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.title_edit, "Kebakaran rumah di Trirenggo")
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("kebakaran"))
    qtbot.keyClicks(dialog.regions.kecamatan_combo, "Bantul")
    dialog.regions.desa_combo.setCurrentIndex(dialog.regions.desa_combo.findText("Trirenggo"))
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert column_texts(page.model, 2) == ["Kebakaran rumah di Trirenggo"]

    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter opens the selected incident
    detail = page.detail
    assert page.stack.currentWidget() is detail
    assert detail.title_label.text() == "Kebakaran rumah di Trirenggo"
    _activate(qtbot, window)
    qtbot.keyClick(detail.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Tambah KK
    qtbot.waitUntil(lambda: detail.household_dialog is not None)
    household = detail.household_dialog
    assert household.isVisible()
    assert household.regions.desa_combo.currentText() == "Trirenggo"
    _fill_minimum(qtbot, household)
    qtbot.keyClick(household.kk_edit, Qt.Key.Key_Return)
    assert not household.isVisible(), household.message.text()
    assert column_texts(detail.model, R.NAME) == ["Suparman"]
    assert cell(detail.model, 0, R.DESA) == "Trirenggo"
    _activate(qtbot, window)
    qtbot.keyClick(detail.table, Qt.Key.Key_Escape)  # back to the list
    assert page.stack.currentWidget() is page.list_panel
    assert cell(page.model, 0, 5) == "1"  # KK column
