"""Pengaturan → Relawan: types with the rate in force, rate history, new rates (admin only), and
the tax rule reaching the monthly stipend preview."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt

from tagana_desk.services import volunteers
from tagana_desk.services.volunteers import VolunteerInput
from tagana_desk.ui.main_window import MainWindow
from tagana_desk.ui.models.volunteers import (
    RateHistoryModel,
    StipendPreviewModel,
    VolunteerTypeModel,
)
from tagana_desk.ui.pages.volunteers import VolunteersPage
from tests.support import make_nik

DISPLAY = Qt.ItemDataRole.DisplayRole
TODAY = dt.date.today()
FIRST = TODAY.replace(day=1)


def cell(model, row: int, column: int) -> str:
    return model.data(model.index(row, column), DISPLAY)


def relawan_tab(open_main_window, ctx):
    window = open_main_window(ctx)
    window.show_page(MainWindow.PENGATURAN)
    tabs = window.settings_page.tabs
    tabs.setCurrentIndex(tabs.count() - 1)
    assert tabs.tabText(tabs.currentIndex()) == "Relawan"
    return window, window.settings_page.volunteer_types_tab


def row_of(model, code: str) -> int:
    return next(r for r in range(model.rowCount()) if model.row_at(r).code == code)


def test_types_show_the_rate_in_force_and_its_history(qtbot, desk, open_main_window):
    _window, tab = relawan_tab(open_main_window, desk("auditor"))
    m = tab.type_model
    assert [m.row_at(r).code for r in range(m.rowCount())] == ["PSM", "TAGANA", "TKSK", "TSM"]
    tagana = row_of(m, "TAGANA")
    assert cell(m, tagana, VolunteerTypeModel.MONTHLY) == "200.000"
    assert cell(m, tagana, VolunteerTypeModel.TAX) == "tanpa potongan"
    assert cell(m, tagana, VolunteerTypeModel.SINCE) == "01/01/2020"
    assert cell(m, row_of(m, "PSM"), VolunteerTypeModel.MONTHLY) == "belum ada tarif"
    tab.type_table.selectRow(row_of(m, "TSM"))
    assert tab.history_title.text() == "Riwayat tarif TSM"
    assert cell(tab.history_model, 0, RateHistoryModel.MONTHLY) == "1.000.000"
    assert cell(tab.history_model, 0, RateHistoryModel.STATE) == "berlaku sekarang"
    assert "tidak pernah mengubah honor yang sudah dibayar" in tab.note.text()
    # Only the admin changes rates.
    assert not tab.rate_button.isEnabled()
    assert tab.role_note.text() == (
        "Hanya Admin yang dapat mengubah tarif; Anda masuk sebagai Auditor."
    )
    assert tab.open_rate_dialog() is None


def test_admin_adds_a_rate_with_a_tax_rule_and_the_preview_withholds_it(
    qtbot, sqlite_db, sqlite_roles, desk, open_main_window
):
    with sqlite_db.write() as s:
        volunteers.save_volunteer(s, sqlite_roles.operator, VolunteerInput(
            name="Siti Aminah", nik=make_nik(serial=2, yy=90), type_code="TSM",
            joined_on=dt.date(2025, 1, 1)))  # fmt: skip
    _window, tab = relawan_tab(open_main_window, desk("admin"))
    tab.type_table.selectRow(row_of(tab.type_model, "TSM"))
    assert tab.rate_button.isEnabled()
    qtbot.mouseClick(tab.rate_button, Qt.MouseButton.LeftButton)
    dialog = tab.rate_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.type_combo.currentData() == "TSM"
    assert dialog.current_label.text() == (
        "Tarif sekarang: Rp1.000.000 sebulan, uang harian Rp0, tanpa potongan."
    )
    assert dialog.monthly_edit.text() == "1.000.000"  # starts from the rate in force
    dialog.date_edit.setDate(QDate(FIRST))
    dialog.monthly_edit.clear()
    qtbot.keyClicks(dialog.monthly_edit, "1250000")
    qtbot.keyClicks(dialog.allowance_edit, "50000")
    dialog.tax_box.setValue(5)
    dialog.base_box.setValue(50)
    assert dialog.example_label.text() == (
        "Potongan: 5% × 50% bruto. Honor Rp1.250.000 → potongan Rp31.250, diterima Rp1.218.750."
    )
    qtbot.keyClick(dialog.monthly_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible(), dialog.message.text()

    m = tab.type_model
    tsm = row_of(m, "TSM")
    assert tab.selected().code == "TSM"
    assert cell(m, tsm, VolunteerTypeModel.MONTHLY) == "1.250.000"
    assert cell(m, tsm, VolunteerTypeModel.ALLOWANCE) == "50.000"
    assert cell(m, tsm, VolunteerTypeModel.TAX) == "5% × 50% bruto"
    assert cell(m, tsm, VolunteerTypeModel.SINCE) == FIRST.strftime("%d/%m/%Y")
    assert tab.history_model.rowCount() == 2
    assert cell(tab.history_model, 0, RateHistoryModel.STATE) == "berlaku sekarang"
    assert cell(tab.history_model, 1, RateHistoryModel.STATE) == "tarif lama"
    assert tab.saved_label.text() == "Tarif TSM tersimpan."

    # A second rate on the same date is refused under the date.
    again = tab.open_rate_dialog()
    again.date_edit.setDate(QDate(FIRST))
    again.save()
    assert again.isVisible()
    assert again.errors.text("date") == f"Sudah ada tarif TSM mulai {FIRST:%d/%m/%Y}."

    # The bendahara's monthly preview withholds 5% of 50% of the gross.
    window = open_main_window(desk("bendahara"))
    window.show_page(MainWindow.TAGANA)
    window.volunteers_page.show_tab(VolunteersPage.HONOR)
    stipend = window.volunteers_page.stipend_tab
    p = stipend.model
    assert cell(p, 0, StipendPreviewModel.NAME) == "Siti Aminah"
    assert cell(p, 0, StipendPreviewModel.GROSS) == "1.250.000"
    assert cell(p, 0, StipendPreviewModel.TAX) == "31.250"
    assert cell(p, 0, StipendPreviewModel.NET) == "1.218.750"
    assert stipend.tax_card.value.text() == "Rp31.250"
    assert stipend.net_card.value.text() == "Rp1.218.750"


def test_a_future_rate_is_announced_not_applied(qtbot, sqlite_db, sqlite_roles, desk,
                                                open_main_window):  # fmt: skip
    later = (FIRST + dt.timedelta(days=40)).replace(day=1)
    with sqlite_db.write() as s:
        volunteers.set_rate(s, sqlite_roles.admin, "TAGANA", later, 250_000, tax_percent="2,5")
    _window, tab = relawan_tab(open_main_window, desk("admin"))
    m = tab.type_model
    tagana = row_of(m, "TAGANA")
    assert cell(m, tagana, VolunteerTypeModel.MONTHLY) == "200.000"
    tooltip = m.data(m.index(tagana, VolunteerTypeModel.MONTHLY), Qt.ItemDataRole.ToolTipRole)
    assert tooltip == f"Tarif baru Rp250.000 berlaku mulai {later:%d/%m/%Y}"
    tab.type_table.selectRow(tagana)
    assert cell(tab.history_model, 0, RateHistoryModel.STATE) == "akan berlaku"
    assert cell(tab.history_model, 0, RateHistoryModel.TAX) == "2,5% × bruto"
    assert cell(tab.history_model, 1, RateHistoryModel.STATE) == "berlaku sekarang"
