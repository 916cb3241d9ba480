"""Receipt printing: the preview is the real PDF; printing paints that PDF onto a QPrinter."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from tagana_desk.domain.errors import TaganaError
from tagana_desk.services import receipts
from tagana_desk.ui.dialogs.receipt_preview import ReceiptPreviewDialog
from tagana_desk.ui.main_window import MainWindow
from tagana_desk.ui.printing import print_pdf, record_and_render_incident
from tests.ui.payment_data import add_household, allocate, bantul_incident, pay


def _paid(db, roles, count: int = 1) -> tuple[int, list[str]]:
    incident = bantul_incident(db, roles)
    allocate(db, roles, 5_000_000)
    numbers = []
    for serial in range(1, count + 1):
        hid = add_household(db, roles, incident, serial, name=f"Warga {serial}")
        numbers.append(pay(db, roles, hid, "SEMBAKO").receipt_number)
    return incident, numbers


def _pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _print_count(db, roles, number: str) -> int:
    with db.read() as s:
        return receipts.get_receipt(s, roles.bendahara, number).print_count


def test_preview_shows_the_pdf_and_printing_counts_it(
    qtbot, sqlite_db, sqlite_roles, desk, tmp_path
):
    _incident, (number,) = _paid(sqlite_db, sqlite_roles)
    dialog = ReceiptPreviewDialog(desk("bendahara"), [number])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.document.status() == QPdfDocument.Status.Ready
    assert dialog.document.pageCount() == 1
    assert dialog.preview.pages == 1 and dialog.preview.copies == 0
    assert "cetakan ini menjadi ASLI" in dialog.note.text()
    assert dialog.title_label.text() == f"Kuitansi {number}"
    assert _print_count(sqlite_db, sqlite_roles, number) == 0  # a preview is not a print

    out = tmp_path / "printer.pdf"
    dialog.print_to(_pdf_printer(out))
    assert not dialog.message.isVisible(), dialog.message.text()
    assert dialog.done_label.text() == "Terkirim ke printer: 1 halaman."
    assert len(PdfReader(out).pages) == 1
    assert _print_count(sqlite_db, sqlite_roles, number) == 1
    # The preview was read again: the next print says SALINAN, and the note says so.
    assert dialog.preview.copies == 1
    assert "bertanda SALINAN" in dialog.note.text()

    saved = tmp_path / "simpan"
    dialog.save_to(saved)
    assert len(PdfReader(tmp_path / "simpan.pdf").pages) == 1
    assert _print_count(sqlite_db, sqlite_roles, number) == 2
    text = PdfReader(tmp_path / "simpan.pdf").pages[0].extract_text()
    assert "SALINAN" in text
    dialog.reject()


def test_printing_several_receipts_gives_one_page_each(
    qtbot, sqlite_db, sqlite_roles, desk, tmp_path
):
    _incident, numbers = _paid(sqlite_db, sqlite_roles, 3)
    dialog = ReceiptPreviewDialog(desk("bendahara"), numbers)
    qtbot.addWidget(dialog)
    assert dialog.document.pageCount() == 3
    assert dialog.note.text() == (
        "Pratinjau 3 kuitansi, belum pernah dicetak: semuanya dicetak sebagai ASLI."
    )
    out = tmp_path / "tiga.pdf"
    dialog.print_to(_pdf_printer(out))
    assert len(PdfReader(out).pages) == 3
    dialog.reject()


def test_print_pdf_paints_every_page(qtbot, sqlite_db, sqlite_roles, desk, tmp_path):
    incident, _numbers = _paid(sqlite_db, sqlite_roles, 2)
    source = tmp_path / "sumber.pdf"
    with sqlite_db.write() as s:
        rendered = record_and_render_incident(s, sqlite_roles.bendahara, incident, source)
    assert rendered.pages == 2
    seen = []
    out = tmp_path / "cetak.pdf"
    assert (
        print_pdf(source, _pdf_printer(out), on_page=lambda d, t: seen.append((d, t)) or True) == 2
    )
    assert seen == [(1, 2), (2, 2)]
    document = QPdfDocument()
    document.load(str(out))
    assert document.pageCount() == 2
    document.close()


def test_a_cancelled_pdf_is_not_counted(qtbot, sqlite_db, sqlite_roles, tmp_path):
    incident, numbers = _paid(sqlite_db, sqlite_roles, 2)
    target = tmp_path / "batal.pdf"
    with pytest.raises(TaganaError, match="dibatalkan"), sqlite_db.write() as s:
        record_and_render_incident(s, sqlite_roles.bendahara, incident, target, None, lambda: True)
    assert not target.exists()
    assert [_print_count(sqlite_db, sqlite_roles, n) for n in numbers] == [0, 0]


def test_a_voided_receipt_previews_with_its_stamp(qtbot, sqlite_db, sqlite_roles, desk):
    _incident, (number,) = _paid(sqlite_db, sqlite_roles)
    with sqlite_db.write() as s:
        receipts.void(s, sqlite_roles.bendahara, number, "Salah penerima")
    dialog = ReceiptPreviewDialog(desk("auditor"), [number])
    qtbot.addWidget(dialog)
    assert dialog.preview.voided == 1
    assert "DIBATALKAN" in dialog.note.text()
    dialog.reject()


def test_ctrl_p_in_kuitansi_opens_the_preview(
    qtbot, sqlite_db, sqlite_roles, desk, open_main_window
):
    _incident, (number,) = _paid(sqlite_db, sqlite_roles)
    window = open_main_window(desk("bendahara"))
    window.show_page(MainWindow.PENYALURAN)
    page = window.payments_page
    page.tabs.setCurrentIndex(page.RECEIPTS)
    tab = page.receipts_tab
    tab.table.selectRow(0)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    preview = page.preview_dialog
    assert preview is not None and preview.numbers == (number,)
    assert preview.print_button.shortcut().toString() == "Ctrl+P"
    preview.reject()
