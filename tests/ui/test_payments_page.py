"""Penyaluran → Pembayaran: paying one household through the real dialog, drafts, refusals."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tagana_desk.domain.enums import DisbursementStatus
from tagana_desk.services import disbursements
from tagana_desk.ui.main_window import MainWindow
from tagana_desk.ui.models.payments import HouseholdPaymentsModel
from tests.ui.payment_data import (
    add_household,
    allocate,
    bantul_incident,
    disbursement_count,
    receipt_number,
)


def _cell(model, row: int, column: int) -> str:
    return model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)


def _page(window):
    window.show_page(MainWindow.PENYALURAN)
    page = window.payments_page
    assert window.stack.currentWidget() is page
    return page


def test_bendahara_pays_one_household_and_the_status_bar_follows(
    qtbot, sqlite_db, sqlite_roles, desk, open_main_window
):
    incident = bantul_incident(sqlite_db, sqlite_roles)
    hid = add_household(sqlite_db, sqlite_roles, incident, 1, name="Suparmi", persons=5,
                        displaced=True)  # fmt: skip
    add_household(sqlite_db, sqlite_roles, incident, 2, name="Tukiyem", persons=3)
    allocate(sqlite_db, sqlite_roles, 10_000_000)
    window = open_main_window(desk("bendahara"))
    assert window.available_label.text() == "Tersedia BTT: Rp10.000.000"
    page = _page(window)
    assert page.incident_combo.currentData() == incident
    assert "Banjir Palbapang" in page.incident_combo.currentText()
    tab = page.payment_tab
    assert tab.model.rowCount() == 2
    assert _cell(tab.model, 0, HouseholdPaymentsModel.NAME) == "Suparmi"
    assert tab.count_label.text() == "2 KK · 0 sudah menerima bantuan"
    tab.table.selectRow(0)

    qtbot.mouseClick(tab.pay_button, Qt.MouseButton.LeftButton)
    dialog = page.pay_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.household_combo.currentData() == hid  # the selected row
    dialog.select_aid("JADUP")
    assert dialog.days_spin.isVisibleTo(dialog) and dialog.days_spin.value() == 7
    assert dialog.amount_label.text() == "Rp525.000"
    assert dialog.computation_label.text() == "5 jiwa × 7 hari × Rp15.000 = Rp525.000"
    assert dialog.fund_label.text() == "Tersedia di dana BTT: Rp10.000.000"
    assert dialog.pay_button.isEnabled()

    qtbot.mouseClick(dialog.pay_button, Qt.MouseButton.LeftButton)
    number = receipt_number(1)
    assert dialog.result_label.text() == (f"Dibayar Rp525.000 kepada Suparmi. Kuitansi {number}.")
    assert dialog.print_button.isVisibleTo(dialog)
    assert window.available_label.text() == "Tersedia BTT: Rp9.475.000"
    # The page reloaded after the write: the household shows what it received.
    assert _cell(tab.model, 0, HouseholdPaymentsModel.RECEIVED) == "JADUP Rp525.000"
    assert _cell(tab.model, 0, HouseholdPaymentsModel.PAID) == "525.000"
    assert tab.count_label.text() == "2 KK · 1 sudah menerima bantuan"

    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    preview = page.preview_dialog
    assert preview is not None and preview.numbers == (number,)
    assert preview.document.pageCount() == 1
    preview.reject()
    dialog.reject()


def test_ineligible_household_says_why_and_cannot_be_paid(
    qtbot, sqlite_db, sqlite_roles, desk, open_main_window
):
    incident = bantul_incident(sqlite_db, sqlite_roles)
    add_household(sqlite_db, sqlite_roles, incident, 3, persons=2, damage="RR")
    allocate(sqlite_db, sqlite_roles, 1_000_000)
    window = open_main_window(desk("bendahara"))
    dialog = _page(window).open_pay_dialog()
    dialog.select_aid("JADUP")
    assert dialog.ineligible_label.text() == (
        "Tidak memenuhi syarat: tidak mengungsi dan rumah tidak rusak berat."
    )
    assert dialog.amount_label.text() == "—"
    assert not dialog.pay_button.isEnabled()
    dialog.select_aid("SEMBAKO")
    assert dialog.computation_label.text() == "1 KK × Rp250.000"
    assert dialog.items_label.text().startswith("Isi paket: 10 kg Beras, 2 liter Minyak goreng")
    assert dialog.pay_button.isEnabled()
    dialog.reject()


def test_manual_amount_without_reason_is_refused_inline(
    qtbot, sqlite_db, sqlite_roles, desk, open_main_window
):
    incident = bantul_incident(sqlite_db, sqlite_roles)
    add_household(sqlite_db, sqlite_roles, incident, 4, name="Sumini")
    allocate(sqlite_db, sqlite_roles, 1_000_000)
    window = open_main_window(desk("bendahara"))
    dialog = _page(window).open_pay_dialog()
    dialog.select_aid("SEMBAKO")
    qtbot.keyClicks(dialog.manual_edit, "300000")
    assert dialog.manual_edit.text() == "300.000"
    qtbot.mouseClick(dialog.pay_button, Qt.MouseButton.LeftButton)
    assert dialog.reason_error.isVisible()
    assert dialog.reason_error.text() == (
        "Jumlah di luar standar wajib disertai alasan (minimal 5 karakter)."
    )
    assert dialog.result_value is None
    assert disbursement_count(sqlite_db) == 0
    assert window.available_label.text() == "Tersedia BTT: Rp1.000.000"

    # Too short: the service's own rule, shown under the same field.
    qtbot.keyClicks(dialog.reason_edit, "susu")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert dialog.reason_error.text() == (
        "Jumlah di luar standar wajib disertai alasan (minimal 5 karakter)."
    )
    assert disbursement_count(sqlite_db) == 0

    qtbot.keyClicks(dialog.reason_edit, " balita dan lansia")
    qtbot.mouseClick(dialog.pay_button, Qt.MouseButton.LeftButton)
    assert dialog.result_value is not None
    assert dialog.result_value.amount == 300_000
    assert dialog.result_value.computation.startswith("Nilai manual Rp300.000 (standar Rp250.000)")
    assert window.available_label.text() == "Tersedia BTT: Rp700.000"
    dialog.reject()


def test_above_threshold_waits_for_the_kepala_and_reserves_money(
    qtbot, sqlite_db, sqlite_roles, desk, open_main_window
):
    incident = bantul_incident(sqlite_db, sqlite_roles)
    add_household(sqlite_db, sqlite_roles, incident, 5, name="Karto", deaths=1)
    allocate(sqlite_db, sqlite_roles, 20_000_000)
    window = open_main_window(desk("bendahara"))
    page = _page(window)
    dialog = page.open_pay_dialog()
    dialog.select_aid("SANTUNAN_MENINGGAL")
    assert dialog.computation_label.text() == "1 jiwa meninggal × Rp15.000.000 = Rp15.000.000"
    assert dialog.approval_label.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.pay_button, Qt.MouseButton.LeftButton)
    assert dialog.result_value.status == DisbursementStatus.PENDING_APPROVAL
    assert "menunggu persetujuan Kepala" in dialog.result_label.text()
    assert not dialog.print_button.isVisibleTo(dialog)
    assert window.available_label.text() == "Tersedia BTT: Rp5.000.000"
    assert page.tabs.tabText(page.APPROVALS) == "Persetujuan (1)"
    dialog.reject()


def test_short_fund_refuses_one_household_with_the_amounts(
    qtbot, sqlite_db, sqlite_roles, desk, open_main_window
):
    incident = bantul_incident(sqlite_db, sqlite_roles)
    add_household(sqlite_db, sqlite_roles, incident, 6, persons=5, displaced=True)
    allocate(sqlite_db, sqlite_roles, 500_000)
    window = open_main_window(desk("bendahara"))
    dialog = _page(window).open_pay_dialog()
    dialog.select_aid("JADUP")
    qtbot.mouseClick(dialog.pay_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == (
        "Saldo dana BTT tidak cukup: dibutuhkan Rp525.000, tersedia Rp500.000."
    )
    assert dialog.result_value is None
    assert disbursement_count(sqlite_db) == 0


def test_operator_saves_a_draft_that_the_bendahara_pays_in_kuitansi(
    qtbot, sqlite_db, sqlite_roles, desk, open_main_window
):
    incident = bantul_incident(sqlite_db, sqlite_roles)
    add_household(sqlite_db, sqlite_roles, incident, 7, name="Painem")
    allocate(sqlite_db, sqlite_roles, 1_000_000)
    operator_window = open_main_window(desk("operator"))
    page = _page(operator_window)
    assert page.payment_tab.pay_button.text() == "Siapkan draf satu KK…"
    dialog = page.open_pay_dialog()
    assert dialog.pay_button.text() == "Simpan draf"
    dialog.select_aid("FAMILY_KIT")
    qtbot.mouseClick(dialog.pay_button, Qt.MouseButton.LeftButton)
    assert dialog.result_value.status == DisbursementStatus.DRAFT
    assert dialog.result_label.text() == (
        "Draf Rp350.000 untuk Painem tersimpan. Bendahara membayarnya di tab Kuitansi."
    )
    assert operator_window.available_label.text() == "Tersedia BTT: Rp1.000.000"
    dialog.reject()
    operator_window.close()

    window = open_main_window(desk("bendahara"))
    page = _page(window)
    page.tabs.setCurrentIndex(page.RECEIPTS)
    tab = page.receipts_tab
    assert tab.model.rowCount() == 1
    tab.table.selectRow(0)
    assert tab.pay_draft_button.isEnabled()
    assert not tab.preview_button.isEnabled()  # no receipt yet
    tab.ask_pay_draft()
    qtbot.mouseClick(tab.confirm_yes, Qt.MouseButton.LeftButton)
    assert tab.done_label.text() == f"Draf dibayar: Rp350.000, kuitansi {receipt_number(1)}."
    assert window.available_label.text() == "Tersedia BTT: Rp650.000"


def test_roles_without_paying_cannot_open_the_pay_dialog(
    qtbot, sqlite_db, sqlite_roles, desk, open_main_window
):
    incident = bantul_incident(sqlite_db, sqlite_roles)
    add_household(sqlite_db, sqlite_roles, incident, 8)
    window = open_main_window(desk("auditor"))
    page = _page(window)
    assert not page.payment_tab.pay_button.isEnabled()
    assert page.open_pay_dialog() is None
    assert page.payment_tab.role_note.text() == (
        "Hanya Operator dan Bendahara yang dapat membayar atau menyiapkan draf."
    )
    assert page.payment_tab.batch_button.isEnabled()  # a preview is open to everyone


def test_incident_search_finds_by_title(qtbot, sqlite_db, sqlite_roles, desk, open_main_window):
    first = bantul_incident(sqlite_db, sqlite_roles, "Banjir Palbapang")
    second = bantul_incident(sqlite_db, sqlite_roles, "Longsor Dlingo")
    add_household(sqlite_db, sqlite_roles, first, 9, name="Sarinah")
    window = open_main_window(desk("bendahara"))
    page = _page(window)
    assert page.incident_combo.count() == 2
    page.focus_search()
    qtbot.keyClicks(page.search_edit, "Longsor")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert page.incident_combo.count() == 1
    assert page.incident_combo.currentData() == second
    assert page.payment_tab.model.rowCount() == 0
    assert page.payment_tab.count_label.text() == "Kejadian ini belum mempunyai KK terdampak."
    page.search_edit.clear()
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    page.select_incident(first)
    assert page.payment_tab.model.rowCount() == 1
    with sqlite_db.read() as s:
        assert disbursements.count_disbursements(s) == 0
