"""Persetujuan (kepala approves or rejects) and Kuitansi (void with a reason, colours, a PDF)."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import Qt

from tagana_desk.domain.enums import DisbursementStatus, ReceiptStatus
from tagana_desk.services import disbursements, receipts
from tagana_desk.ui.main_window import MainWindow
from tagana_desk.ui.models.payments import DisbursementModel
from tagana_desk.ui.payment_labels import AMBER, RED
from tests.ui.payment_data import (
    add_household,
    allocate,
    available,
    bantul_incident,
    pay,
    receipt_number,
)


def _pending(db, roles) -> int:
    """A santunan of Rp15.000.000 waiting for the kepala (Rp20.000.000 allocated)."""
    incident = bantul_incident(db, roles)
    hid = add_household(db, roles, incident, 1, name="Karto", deaths=1)
    allocate(db, roles, 20_000_000)
    result = pay(db, roles, hid, "SANTUNAN_MENINGGAL")
    assert result.status == DisbursementStatus.PENDING_APPROVAL
    return result.disbursement_id


def _tab(window, index: int):
    window.show_page(MainWindow.PENYALURAN)
    page = window.payments_page
    page.tabs.setCurrentIndex(index)
    return page


def test_kepala_approves_a_pending_commitment(
    qtbot, sqlite_db, sqlite_roles, desk, open_main_window
):
    did = _pending(sqlite_db, sqlite_roles)
    window = open_main_window(desk("kepala"))
    assert window.available_label.text() == "Tersedia BTT: Rp5.000.000"
    page = _tab(window, 1)
    tab = page.approvals_tab
    assert page.tabs.tabText(page.APPROVALS) == "Persetujuan (1)"
    assert tab.model.rowCount() == 1
    assert tab.total_label.text() == "1 menunggu persetujuan · Rp15.000.000 dicadangkan"
    assert tab.approve_button.isVisible() and not tab.approve_button.isEnabled()
    tab.table.selectRow(0)
    assert tab.approve_button.isEnabled()

    qtbot.mouseClick(tab.approve_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    assert "Rp15.000.000 untuk Karto" in dialog.text_label.text()
    qtbot.keyClicks(dialog.reason_edit, "Sesuai berita acara")
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    number = receipt_number(1)
    assert f"kuitansi {number}" in tab.done_label.text()
    assert tab.model.rowCount() == 0
    assert page.tabs.tabText(page.APPROVALS) == "Persetujuan"
    # The money was reserved already: paying it leaves "available" where it was.
    assert window.available_label.text() == "Tersedia BTT: Rp5.000.000"
    with sqlite_db.read() as s:
        assert disbursements.list_pending(s, sqlite_roles.kepala) == []
        row = receipts.get_receipt(s, sqlite_roles.kepala, number)
    assert row.amount == 15_000_000 and row.status == ReceiptStatus.VALID

    tab._link("print")  # the "Cetak kuitansi…" link in the message
    assert page.preview_dialog is not None and page.preview_dialog.numbers == (number,)
    page.preview_dialog.reject()
    assert did


def test_kepala_rejects_only_with_a_reason(qtbot, sqlite_db, sqlite_roles, desk, open_main_window):
    _pending(sqlite_db, sqlite_roles)
    window = open_main_window(desk("kepala"))
    tab = _tab(window, 1).approvals_tab
    tab.table.selectRow(0)
    dialog = tab.reject_selected()
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.reason_error.text() == "Alasan wajib diisi."
    qtbot.keyClicks(dialog.reason_edit, "RAB")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.reason_error.text() == "Alasan penolakan wajib diisi (minimal 5 karakter)."
    assert available(sqlite_db) == 5_000_000
    qtbot.keyClicks(dialog.reason_edit, " belum diverifikasi")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert tab.done_label.text() == (
        "Ditolak: Santunan ahli waris korban meninggal untuk Karto; dananya kembali tersedia."
    )
    assert window.available_label.text() == "Tersedia BTT: Rp20.000.000"


def test_other_roles_see_approvals_read_only(
    qtbot, sqlite_db, sqlite_roles, desk, open_main_window
):
    _pending(sqlite_db, sqlite_roles)
    window = open_main_window(desk("bendahara"))
    tab = _tab(window, 1).approvals_tab
    assert tab.model.rowCount() == 1
    assert not tab.approve_button.isVisible()
    assert tab.role_note.text().startswith("Hanya Kepala yang dapat menyetujui atau menolak")
    tab.table.selectRow(0)
    assert tab.approve_selected() is None
    assert available(sqlite_db) == 5_000_000


def test_bendahara_voids_a_receipt_with_a_reason(
    qtbot, sqlite_db, sqlite_roles, desk, open_main_window
):
    incident = bantul_incident(sqlite_db, sqlite_roles)
    first = add_household(sqlite_db, sqlite_roles, incident, 1, name="Sumarni")
    second = add_household(sqlite_db, sqlite_roles, incident, 2, name="Wagiman", deaths=1)
    allocate(sqlite_db, sqlite_roles, 20_000_000)
    paid = pay(sqlite_db, sqlite_roles, first, "SEMBAKO")
    pay(sqlite_db, sqlite_roles, second, "SANTUNAN_MENINGGAL")  # pending: amber
    window = open_main_window(desk("bendahara"))
    assert window.available_label.text() == "Tersedia BTT: Rp4.750.000"
    tab = _tab(window, 2).receipts_tab
    model = tab.model
    assert model.rowCount() == 2
    assert model.data(model.index(0, DisbursementModel.STATUS)) == "Menunggu persetujuan"
    assert model.data(model.index(0, DisbursementModel.NUMBER)) == "—"
    assert (
        model.data(model.index(0, DisbursementModel.STATUS), Qt.ItemDataRole.ForegroundRole)
        == AMBER
    )
    assert model.data(model.index(1, DisbursementModel.NUMBER)) == paid.receipt_number
    assert model.data(model.index(1, DisbursementModel.STATUS)) == "Dibayar"
    tab.table.selectRow(0)
    assert not tab.void_button.isEnabled()
    assert tab.select_number(paid.receipt_number)
    assert tab.void_button.isEnabled()

    qtbot.mouseClick(tab.void_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert dialog.reason_error.text() == "Alasan wajib diisi."
    assert window.available_label.text() == "Tersedia BTT: Rp4.750.000"
    qtbot.keyClicks(dialog.reason_edit, "Salah penerima, KK pindah")
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert tab.done_label.text() == (
        f"Kuitansi {paid.receipt_number} dibatalkan; nomornya tetap tercatat."
    )
    assert window.available_label.text() == "Tersedia BTT: Rp5.000.000"
    # The list is read again: the receipt keeps its number, red and struck through.
    index = model.index(1, DisbursementModel.NUMBER)
    assert model.data(index) == paid.receipt_number
    assert model.data(model.index(1, DisbursementModel.STATUS)) == "Dibatalkan"
    assert (
        model.data(model.index(1, DisbursementModel.STATUS), Qt.ItemDataRole.ForegroundRole) == RED
    )
    assert model.data(index, Qt.ItemDataRole.FontRole).strikeOut()
    with sqlite_db.read() as s:
        assert receipts.get_receipt(s, sqlite_roles.bendahara, paid.receipt_number).status == (
            ReceiptStatus.VOIDED
        )


def test_operator_cannot_void(qtbot, sqlite_db, sqlite_roles, desk, open_main_window):
    incident = bantul_incident(sqlite_db, sqlite_roles)
    hid = add_household(sqlite_db, sqlite_roles, incident, 1)
    allocate(sqlite_db, sqlite_roles, 1_000_000)
    pay(sqlite_db, sqlite_roles, hid, "SEMBAKO")
    window = open_main_window(desk("operator"))
    tab = _tab(window, 2).receipts_tab
    tab.table.selectRow(0)
    assert not tab.void_button.isVisible()
    assert tab.void_selected() is None
    assert tab.preview_button.isEnabled()


def test_status_filter_and_all_incidents(qtbot, sqlite_db, sqlite_roles, desk, open_main_window):
    incident = bantul_incident(sqlite_db, sqlite_roles)
    other = bantul_incident(sqlite_db, sqlite_roles, "Angin Kretek")
    a = add_household(sqlite_db, sqlite_roles, incident, 1)
    b = add_household(sqlite_db, sqlite_roles, other, 2)
    allocate(sqlite_db, sqlite_roles, 1_000_000)
    pay(sqlite_db, sqlite_roles, a, "SEMBAKO")
    pay(sqlite_db, sqlite_roles, b, "FAMILY_KIT")
    window = open_main_window(desk("auditor"))
    page = _tab(window, 2)
    tab = page.receipts_tab
    assert tab.model.rowCount() == 1  # the incident picked above the tabs
    tab.all_check.setChecked(True)
    assert tab.model.rowCount() == 2
    tab.status_combo.setCurrentIndex(tab.status_combo.findData("voided"))
    tab.status_combo.activated.emit(tab.status_combo.currentIndex())
    assert tab.model.rowCount() == 0
    assert tab.count_label.text() == "Belum ada penyaluran."


def test_all_receipts_of_an_incident_to_one_pdf(
    qtbot, sqlite_db, sqlite_roles, desk, open_main_window, tmp_path
):
    incident = bantul_incident(sqlite_db, sqlite_roles)
    allocate(sqlite_db, sqlite_roles, 5_000_000)
    numbers = []
    for serial in range(1, 4):
        hid = add_household(sqlite_db, sqlite_roles, incident, serial)
        numbers.append(pay(sqlite_db, sqlite_roles, hid, "SEMBAKO").receipt_number)
    window = open_main_window(desk("bendahara"))
    tab = _tab(window, 2).receipts_tab
    assert tab.export_button.isEnabled()
    target = tmp_path / "kuitansi-banjir"
    job = tab.export_to(target)
    assert job is not None and not job.dialog.isVisible()
    out = tmp_path / "kuitansi-banjir.pdf"
    assert len(PdfReader(out).pages) == 3
    assert tab.done_label.text() == f"Tersimpan: {out} (3 kuitansi)."
    with sqlite_db.read() as s:
        counts = [receipts.get_receipt(s, sqlite_roles.bendahara, n).print_count for n in numbers]
    assert counts == [1, 1, 1]  # saved = printed: the next one is a SALINAN
