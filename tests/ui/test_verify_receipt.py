"""Periksa kuitansi: the QR text of a real receipt is genuine; a forged one is refused."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tagana_desk.services import receipts
from tagana_desk.ui.main_window import MainWindow
from tests.ui.payment_data import add_household, allocate, bantul_incident, pay, today


def _real_code(db, roles) -> tuple[str, str]:
    incident = bantul_incident(db, roles)
    hid = add_household(db, roles, incident, 1, persons=5, displaced=True)
    allocate(db, roles, 1_000_000)
    number = pay(db, roles, hid, "JADUP").receipt_number
    with db.read() as s:
        return number, receipts.qr_text(s, number, 525_000, today())


def test_genuine_code_says_asli_and_a_forgery_is_refused(
    qtbot, sqlite_db, sqlite_roles, desk, open_main_window
):
    number, code = _real_code(sqlite_db, sqlite_roles)
    window = open_main_window(desk("auditor"))
    assert window.verify_action.text() == "&Periksa kuitansi…"
    window.verify_action.trigger()
    dialog = window.verify_dialog
    assert dialog is not None and dialog.isVisible()

    qtbot.keyClicks(dialog.code_edit, code)
    qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)  # a scanner ends with Enter
    assert dialog.check is not None and dialog.check.ok
    assert dialog.verdict.isVisible()
    assert dialog.verdict_title.text() == "✔ ASLI dan berlaku"
    assert dialog.number_value.text() == number
    assert dialog.amount_value.text() == "Rp525.000"
    assert dialog.date_value.text() == f"{today():%d/%m/%Y}"

    forged = code.replace("|525000|", "|5250000|")
    dialog.code_edit.setText(forged)
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    assert not dialog.check.ok
    assert dialog.verdict_title.text() == (
        "✖ PALSU: tanda tangan digital kode tidak cocok dengan kantor ini."
    )
    assert dialog.amount_value.text() == "Rp5.250.000"

    dialog.code_edit.setText("bukan kode")
    dialog.verify()
    assert dialog.verdict_title.text() == "✖ Kode bukan kode kuitansi Tagana Desk."
    assert dialog.number_value.text() == "—"

    dialog.code_edit.clear()
    dialog.verify()
    assert dialog.message.text() == "Tempel atau pindai kode QR kuitansi dulu."
    dialog.reject()


def test_a_voided_receipt_is_not_valid(qtbot, sqlite_db, sqlite_roles, desk, open_main_window):
    number, code = _real_code(sqlite_db, sqlite_roles)
    with sqlite_db.write() as s:
        receipts.void(s, sqlite_roles.bendahara, number, "Salah penerima")
    window = open_main_window(desk("bendahara"))
    window.show_page(MainWindow.PENYALURAN)
    tab = window.payments_page.receipts_tab
    qtbot.mouseClick(tab.verify_button, Qt.MouseButton.LeftButton)
    dialog = window.payments_page.verify_dialog
    dialog.code_edit.setText(code)
    dialog.verify()
    assert dialog.verdict_title.text() == (
        "✖ Kuitansi asli tetapi sudah DIBATALKAN: Salah penerima"
    )
    dialog.reject()
