"""Pengaturan → Jenis Bantuan: aid types with their rates; the admin adds a rate, others read."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt

from tagana_desk.services import aid
from tagana_desk.ui.dialogs.aid_rate import RateDialog
from tagana_desk.ui.main_window import MainWindow
from tagana_desk.ui.models.aid import AidTypeModel, RateHistoryModel


def _tab(desk, open_main_window, role: str):
    window = open_main_window(desk(role))
    window.show_page(MainWindow.PENGATURAN)
    tabs = window.settings_page.tabs
    index = [tabs.tabText(i) for i in range(tabs.count())].index("Jenis Bantuan")
    tabs.setCurrentIndex(index)
    tab = window.settings_page.aid_types_tab
    assert tabs.currentWidget() is tab
    return window, tab


def _cell(model, row: int, column: int) -> str:
    return model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)


def _rates(db, code: str):
    with db.read() as s:
        return aid.get_aid_type(s, code).rates


def test_aid_types_are_listed_with_the_rate_in_force(qtbot, desk, open_main_window):
    _window, tab = _tab(desk, open_main_window, "auditor")
    model = tab.model
    codes = [_cell(model, r, AidTypeModel.CODE) for r in range(model.rowCount())]
    assert codes == [
        "JADUP", "SANTUNAN_MENINGGAL", "SANTUNAN_LUKA", "ISI_HUNIAN", "EKONOMI", "BAHAN_RUMAH",
        "SEMBAKO", "FAMILY_KIT",
    ]  # fmt: skip
    assert [_cell(model, 0, c) for c in range(model.columnCount())] == [
        "JADUP", "Jaminan hidup", "Tunai", "per jiwa per hari (7 hari)",
        "KK mengungsi atau rumah rusak berat", "BTT", "Rp15.000", "01/01/2020",
    ]  # fmt: skip
    assert _cell(model, 5, AidTypeModel.RATE) == (
        "RB Rp25.000.000\nRS Rp10.000.000\nRR Rp5.000.000"
    )
    assert _cell(model, 5, AidTypeModel.KIND) == "Barang"
    assert tab.change_note.text() == (
        "Perubahan tarif tidak mengubah pembayaran yang sudah dilakukan."
    )
    assert not tab.rate_button.isEnabled()
    assert tab.role_note.text() == (
        "Hanya Admin yang dapat mengubah tarif; Anda masuk sebagai Auditor."
    )


def test_admin_adds_a_rate_and_sees_its_history(qtbot, sqlite_db, desk, open_main_window):
    _window, tab = _tab(desk, open_main_window, "admin")
    tab.select("JADUP")
    assert tab.history_model.rowCount() == 1
    assert tab.rate_button.isEnabled()
    qtbot.mouseClick(tab.rate_button, Qt.MouseButton.LeftButton)
    dialog = tab.rate_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.damage_combo.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.amount_edit, "20000")
    qtbot.keyClick(dialog.amount_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert _rates(sqlite_db, "JADUP")[0].amount == 20_000
    # The tab reloaded after the write and kept JADUP selected.
    assert tab.selected().code == "JADUP"
    assert _cell(tab.model, 0, AidTypeModel.RATE) == "Rp20.000"
    assert _cell(tab.model, 0, AidTypeModel.SINCE) == f"{dt.date.today():%d/%m/%Y}"
    history = tab.history_model
    assert [_cell(history, r, RateHistoryModel.AMOUNT) for r in range(2)] == ["20.000", "15.000"]
    assert [_cell(history, r, RateHistoryModel.STATE) for r in range(2)] == [
        "Berlaku", "Sudah diganti",
    ]  # fmt: skip

    # A rate from a later date is scheduled; the one in force stays.
    dialog = tab.open_rate_dialog()
    dialog.date_edit.setDate(QDate.currentDate().addDays(30))
    qtbot.keyClicks(dialog.amount_edit, "25000")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert _cell(tab.model, 0, AidTypeModel.RATE) == "Rp20.000"
    assert _cell(tab.history_model, 0, RateHistoryModel.STATE) == "Terjadwal"

    # The same date twice is refused in the dialog.
    dialog = tab.open_rate_dialog()
    qtbot.keyClicks(dialog.amount_edit, "30000")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.message.text().startswith("Sudah ada tarif JADUP mulai")
    dialog.reject()


def test_by_damage_rate_needs_the_damage_level(qtbot, sqlite_db, desk, open_main_window):
    _window, tab = _tab(desk, open_main_window, "admin")
    tab.select("BAHAN_RUMAH")
    dialog = tab.open_rate_dialog()
    assert dialog.damage_combo.isVisibleTo(dialog)
    dialog.damage_combo.setCurrentIndex(dialog.damage_combo.findData("RS"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.amount_error.text() == "Tarif wajib diisi, lebih dari Rp0."
    qtbot.keyClicks(dialog.amount_edit, "12000000")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert _cell(tab.model, 5, AidTypeModel.RATE) == (
        "RB Rp25.000.000\nRS Rp12.000.000\nRR Rp5.000.000"
    )


def test_bendahara_cannot_add_a_rate(qtbot, sqlite_db, desk, open_main_window):
    _window, tab = _tab(desk, open_main_window, "bendahara")
    tab.select("JADUP")
    assert not tab.rate_button.isEnabled()
    assert tab.open_rate_dialog() is None
    assert tab.role_note.isVisible()
    # Forced past the GUI, the service refuses and the dialog says so; nothing is stored.
    dialog = RateDialog(tab.ctx, tab.selected(), parent=tab)
    qtbot.keyClicks(dialog.amount_edit, "20000")
    dialog.save()
    assert dialog.message.text() == "Peran Bendahara tidak berwenang mengubah pengaturan."
    assert len(_rates(sqlite_db, "JADUP")) == 1
    dialog.reject()
