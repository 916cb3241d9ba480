"""Dana: allocating through the dialog, refusals that write nothing, the allocate permission."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from tagana_desk.db.models import FundAllocation, LedgerEntry
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.login import LoginDialog
from tagana_desk.ui.main_window import MainWindow
from tagana_desk.ui.models.ledger import LedgerTableModel


def _counts(db) -> tuple[int, int]:
    with db.read() as s:
        return (
            s.execute(select(func.count(FundAllocation.id))).scalar_one(),
            s.execute(select(func.count(LedgerEntry.id))).scalar_one(),
        )


def _sign_in(qtbot, db, runner, username: str):
    dialog = LoginDialog(db, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username_edit, username)
    qtbot.keyClicks(dialog.password_edit, "Rahasia123")
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert dialog.actor is not None, dialog.message.text()
    return dialog.actor


def _cell(model, row: int, column: int) -> str:
    return model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)


def test_bendahara_allocates_and_sees_ledger_and_status_bar(
    qtbot, sqlite_db, runner, open_main_window
):
    actor = _sign_in(qtbot, sqlite_db, runner, "bendahara")
    window = open_main_window(DeskContext(sqlite_db, actor, runner))
    assert window.available_label.text() == "Tersedia BTT: Rp0"
    window.show_page(MainWindow.DANA)
    page = window.funds_page
    assert window.stack.currentWidget() is page
    assert page.allocate_button.isEnabled()
    assert page.model.rowCount() == 0

    qtbot.mouseClick(page.allocate_button, Qt.MouseButton.LeftButton)
    dialog = page.allocate_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.fund_combo.currentData() == "BTT"
    qtbot.keyClicks(dialog.amount_edit, "1500000")
    assert dialog.amount_edit.text() == "1.500.000"
    qtbot.keyClicks(dialog.reference_edit, "SK Bupati 188/123/2026")
    qtbot.keyClick(dialog.reference_edit, Qt.Key.Key_Return)

    assert not dialog.isVisible()
    assert page.model.rowCount() == 1
    assert _cell(page.model, 0, LedgerTableModel.PROOF) == "SK Bupati 188/123/2026"
    assert _cell(page.model, 0, LedgerTableModel.AMOUNT_IN) == "1.500.000"
    assert _cell(page.model, 0, LedgerTableModel.AMOUNT_OUT) == ""
    assert _cell(page.model, 0, LedgerTableModel.BALANCE) == "1.500.000"
    assert page.available_card.value.text() == "Rp1.500.000"
    assert page.balance_card.value.text() == "Rp1.500.000"
    assert window.available_label.text() == "Tersedia BTT: Rp1.500.000"
    assert _counts(sqlite_db) == (1, 1)


def test_allocation_to_honor_does_not_move_the_btt_status(qtbot, desk, open_main_window):
    window = open_main_window(desk("bendahara"))
    window.show_page(MainWindow.DANA)
    page = window.funds_page
    dialog = page.open_allocate_dialog()
    dialog.fund_combo.setCurrentIndex(dialog.fund_combo.findData("HONOR"))
    qtbot.keyClicks(dialog.amount_edit, "24000000")
    qtbot.keyClicks(dialog.reference_edit, "DPA 2026 honor relawan")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert page.fund_combo.currentData() == "HONOR"
    assert page.available_card.value.text() == "Rp24.000.000"
    assert window.available_label.text() == "Tersedia BTT: Rp0"


def test_zero_amount_keeps_the_dialog_open_and_writes_nothing(
    qtbot, sqlite_db, desk, open_main_window
):
    window = open_main_window(desk("bendahara"))
    window.show_page(MainWindow.DANA)
    before = _counts(sqlite_db)
    dialog = window.funds_page.open_allocate_dialog()
    qtbot.keyClicks(dialog.amount_edit, "0")
    qtbot.keyClicks(dialog.reference_edit, "SK Bupati 188/123/2026")
    qtbot.keyClick(dialog.amount_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.message.isVisible()
    assert dialog.message.text() == "Jumlah uang harus lebih dari Rp0."
    assert dialog.reference_edit.text() == "SK Bupati 188/123/2026"
    assert dialog.save_button.isEnabled()
    assert _counts(sqlite_db) == before
    assert window.available_label.text() == "Tersedia BTT: Rp0"


def test_missing_reference_shows_the_services_message(qtbot, sqlite_db, desk, open_main_window):
    window = open_main_window(desk("bendahara"))
    window.show_page(MainWindow.DANA)
    dialog = window.funds_page.open_allocate_dialog()
    qtbot.keyClicks(dialog.amount_edit, "2500000")
    qtbot.keyClick(dialog.amount_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.message.text() == "Dasar alokasi wajib diisi (mis. SK Bupati 188/123/2026)."
    assert dialog.amount_edit.text() == "2.500.000"
    assert dialog.focusWidget() is dialog.reference_edit
    assert _counts(sqlite_db) == (0, 0)


def test_empty_amount_is_asked_for(qtbot, sqlite_db, desk, open_main_window):
    window = open_main_window(desk("bendahara"))
    window.show_page(MainWindow.DANA)
    dialog = window.funds_page.open_allocate_dialog()
    qtbot.keyClicks(dialog.reference_edit, "SK 1")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.message.text() == "Jumlah wajib diisi."
    assert _counts(sqlite_db) == (0, 0)


def test_escape_cancels_without_writing(qtbot, sqlite_db, desk, open_main_window):
    window = open_main_window(desk("bendahara"))
    window.show_page(MainWindow.DANA)
    dialog = window.funds_page.open_allocate_dialog()
    qtbot.keyClicks(dialog.amount_edit, "1000")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert _counts(sqlite_db) == (0, 0)


def test_operator_sees_the_allocate_button_disabled(qtbot, desk, open_main_window):
    window = open_main_window(desk("operator"))
    window.show_page(MainWindow.DANA)
    page = window.funds_page
    assert not page.allocate_button.isEnabled()
    assert page.allocate_note.text() == "Hanya Bendahara yang dapat menambah alokasi."
    assert page.open_allocate_dialog() is None
    # Figures are visible to every role.
    assert page.available_card.value.text() == "Rp0"


def test_fund_picker_switches_the_ledger(qtbot, sqlite_db, sqlite_roles, desk, open_main_window):
    from tagana_desk.services import funds

    with sqlite_db.write() as s:
        funds.allocate(s, sqlite_roles.bendahara, "HONOR", 7_000_000, "DPA honor 2026")
    window = open_main_window(desk("kepala"))
    window.show_page(MainWindow.DANA)
    page = window.funds_page
    assert page.fund_combo.currentData() == "BTT"
    assert page.model.rowCount() == 0
    page.fund_combo.setCurrentIndex(page.fund_combo.findData("HONOR"))
    page.fund_combo.activated.emit(page.fund_combo.currentIndex())
    assert page.model.rowCount() == 1
    assert page.available_card.value.text() == "Rp7.000.000"
    assert page.count_label.text() == "1 baris"
