"""The same payment path on the real, threaded task runner: batch, print, incident PDF."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.main_window import MainWindow
from tagana_desk.ui.tasks import TaskRunner
from tests.ui.payment_data import add_household, allocate, bantul_incident

TIMEOUT = 10_000


def test_batch_print_and_pdf_on_worker_threads(qtbot, sqlite_db, sqlite_roles, tmp_path):
    incident = bantul_incident(sqlite_db, sqlite_roles)
    for serial in range(1, 4):
        add_household(sqlite_db, sqlite_roles, incident, serial, persons=5, displaced=True)
    allocate(sqlite_db, sqlite_roles, 10_000_000)
    runner = TaskRunner()
    window = MainWindow(DeskContext(sqlite_db, sqlite_roles.bendahara, runner))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.available_label.text() == "Tersedia BTT: Rp10.000.000")
    window.show_page(MainWindow.PENYALURAN)
    page = window.payments_page
    qtbot.waitUntil(lambda: page.payment_tab.model.rowCount() == 3, timeout=TIMEOUT)

    batch = page.open_batch_dialog()
    qtbot.waitUntil(lambda: batch.model.rowCount() == 3, timeout=TIMEOUT)
    batch.select_aid("JADUP")
    qtbot.waitUntil(lambda: batch.pay_card.value.text() == "3 KK · Rp1.575.000", timeout=TIMEOUT)
    batch.disburse()
    qtbot.waitUntil(lambda: batch.result_value is not None, timeout=TIMEOUT)
    qtbot.waitUntil(
        lambda: window.available_label.text() == "Tersedia BTT: Rp8.425.000", timeout=TIMEOUT
    )

    batch.print_button.click()
    preview = page.preview_dialog
    qtbot.waitUntil(lambda: preview.document.pageCount() == 3, timeout=TIMEOUT)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printer.pdf"))
    preview.print_to(printer)
    qtbot.waitUntil(preview.done_label.isVisible, timeout=TIMEOUT)
    assert len(PdfReader(tmp_path / "printer.pdf").pages) == 3
    qtbot.waitUntil(lambda: preview.preview.copies == 3, timeout=TIMEOUT)  # next: SALINAN
    preview.reject()
    batch.reject()

    page.tabs.setCurrentIndex(page.RECEIPTS)
    page.receipts_tab.export_to(tmp_path / "semua.pdf")
    qtbot.waitUntil(page.receipts_tab.done_label.isVisible, timeout=TIMEOUT)
    assert len(PdfReader(tmp_path / "semua.pdf").pages) == 3
    runner.wait_for_done(TIMEOUT)
    qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT)
