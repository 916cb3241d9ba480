"""Bayar per kelompok: the preview (bayar / persetujuan / lewati), a short fund, paying it all."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tagana_desk.ui.main_window import MainWindow
from tagana_desk.ui.models.payments import BatchPreviewModel
from tagana_desk.ui.payment_labels import AMBER, GREEN, GREY
from tests.ui.payment_data import (
    add_household,
    allocate,
    bantul_incident,
    disbursement_count,
    receipt_number,
)


def _three_households(db, roles) -> int:
    """RB (persetujuan: Rp25.000.000), RR (bayar: Rp5.000.000), undamaged (lewati)."""
    incident = bantul_incident(db, roles)
    add_household(db, roles, incident, 1, name="Ngadiyem", damage="RB", persons=5)
    add_household(db, roles, incident, 2, name="Pawiro", damage="RR", persons=3)
    add_household(db, roles, incident, 3, name="Sukarni", damage="NONE", persons=2)
    return incident


def _batch(window, aid_code: str = "BAHAN_RUMAH"):
    window.show_page(MainWindow.PENYALURAN)
    page = window.payments_page
    dialog = page.open_batch_dialog()
    assert dialog is not None and dialog.isVisible()
    dialog.select_aid(aid_code)
    return page, dialog


def _column(model, column: int) -> list[str]:
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_batch_preview_pays_all_and_moves_the_status_bar(
    qtbot, sqlite_db, sqlite_roles, desk, open_main_window
):
    _three_households(sqlite_db, sqlite_roles)
    allocate(sqlite_db, sqlite_roles, 50_000_000)
    window = open_main_window(desk("bendahara"))
    assert window.available_label.text() == "Tersedia BTT: Rp50.000.000"
    page, dialog = _batch(window)
    model = dialog.model
    assert _column(model, BatchPreviewModel.NAME) == ["Ngadiyem", "Pawiro", "Sukarni"]
    assert _column(model, BatchPreviewModel.ACTION) == ["Persetujuan", "Bayar", "Lewati"]
    assert _column(model, BatchPreviewModel.NIK)[0] == "340208******0001"  # masked
    assert _column(model, BatchPreviewModel.AMOUNT) == ["25.000.000", "5.000.000", ""]
    assert _column(model, BatchPreviewModel.REASON)[2] == (
        "Tidak memenuhi syarat: rumah tidak rusak."
    )
    colours = [
        model.data(model.index(r, BatchPreviewModel.ACTION), Qt.ItemDataRole.ForegroundRole)
        for r in range(3)
    ]
    assert colours == [AMBER, GREEN, GREY]
    assert dialog.pay_card.value.text() == "1 KK · Rp5.000.000"
    assert dialog.approval_card.value.text() == "1 KK · Rp25.000.000"
    assert dialog.skip_card.value.text() == "1 KK"
    assert dialog.available_card.caption.text() == "Tersedia BTT"
    assert dialog.available_card.value.text() == "Rp50.000.000"
    assert dialog.shortfall_card.value.text() == "—"
    assert not dialog.message.isVisible()
    assert dialog.pay_button.isEnabled()

    qtbot.mouseClick(dialog.pay_button, Qt.MouseButton.LeftButton)
    box = dialog.confirm_box
    assert box is not None and box.isVisible()
    assert box.text() == ("Bayar Bantuan bahan bangunan rumah untuk 1 KK sekarang (Rp5.000.000)?")
    assert "1 KK (Rp25.000.000) diajukan ke Kepala" in box.informativeText()
    qtbot.mouseClick(dialog.confirm_yes, Qt.MouseButton.LeftButton)

    result = dialog.result_value
    assert result is not None
    assert (result.disbursed, result.awaiting_approval, result.skipped) == (1, 1, 1)
    assert result.receipts == (receipt_number(1),)
    assert dialog.result_label.text() == (
        f"Selesai: 1 KK dibayar (kuitansi {receipt_number(1)}), 1 KK menunggu persetujuan "
        "Kepala, 1 KK dilewati. Total Rp30.000.000."
    )
    # 50.000.000 − 5.000.000 paid − 25.000.000 reserved for the kepala.
    assert window.available_label.text() == "Tersedia BTT: Rp20.000.000"
    # The preview is read again: nobody is paid twice.
    assert _column(dialog.model, BatchPreviewModel.ACTION) == ["Lewati"] * 3
    assert not dialog.pay_button.isEnabled()
    assert page.tabs.tabText(page.APPROVALS) == "Persetujuan (1)"

    # It offers to print the new receipts.
    assert dialog.print_button.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    preview = page.preview_dialog
    assert preview is not None and preview.numbers == (receipt_number(1),)
    assert preview.document.pageCount() == 1
    preview.reject()
    dialog.reject()


def test_short_fund_shows_the_shortfall_and_disables_paying(
    qtbot, sqlite_db, sqlite_roles, desk, open_main_window
):
    _three_households(sqlite_db, sqlite_roles)
    allocate(sqlite_db, sqlite_roles, 20_000_000)
    window = open_main_window(desk("bendahara"))
    _page, dialog = _batch(window)
    assert dialog.shortfall_card.value.text() == "Rp10.000.000"
    assert dialog.message.isVisible()
    assert "dibutuhkan Rp30.000.000, tersedia Rp20.000.000" in dialog.message.text()
    assert not dialog.pay_button.isEnabled()
    assert dialog.ask_to_pay() is None
    dialog.disburse()  # even called directly: the service refuses the whole batch
    assert "dibutuhkan Rp30.000.000, tersedia Rp20.000.000" in dialog.message.text()
    assert disbursement_count(sqlite_db) == 0
    assert window.available_label.text() == "Tersedia BTT: Rp20.000.000"


def test_jadup_batch_takes_the_days(qtbot, sqlite_db, sqlite_roles, desk, open_main_window):
    incident = bantul_incident(sqlite_db, sqlite_roles)
    add_household(sqlite_db, sqlite_roles, incident, 1, persons=5, displaced=True)
    add_household(sqlite_db, sqlite_roles, incident, 2, persons=4, damage="RB")
    allocate(sqlite_db, sqlite_roles, 5_000_000)
    window = open_main_window(desk("bendahara"))
    _page, dialog = _batch(window, "JADUP")
    assert dialog.days_spin.isVisibleTo(dialog)
    assert _column(dialog.model, BatchPreviewModel.COMPUTATION) == [
        "5 jiwa × 7 hari × Rp15.000 = Rp525.000",
        "4 jiwa × 7 hari × Rp15.000 = Rp420.000",
    ]
    dialog.days_spin.setValue(14)
    assert dialog.pay_card.value.text() == "2 KK · Rp1.890.000"
    assert dialog.note.text().startswith("Dibutuhkan Rp1.890.000 dari dana BTT")


def test_operator_previews_but_cannot_pay(qtbot, sqlite_db, sqlite_roles, desk, open_main_window):
    _three_households(sqlite_db, sqlite_roles)
    allocate(sqlite_db, sqlite_roles, 50_000_000)
    window = open_main_window(desk("operator"))
    _page, dialog = _batch(window)
    assert dialog.model.rowCount() == 3
    assert not dialog.pay_button.isEnabled()
    assert dialog.pay_button.toolTip() == "Hanya Bendahara yang dapat membayar."
