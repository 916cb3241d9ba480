"""Impor dari Excel/CSV from the register: trial run and preview of a messy workbook, saving the
report, importing the valid rows (the register refreshes), Batal stores nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QPushButton

from tagana_desk.services import households
from tagana_desk.services.context import SYSTEM
from tagana_desk.ui.main_window import MainWindow
from tagana_desk.ui.models.households import RegisterTableModel as R
from tagana_desk.ui.models.imports import STATUS_COLOURS
from tagana_desk.ui.models.imports import ImportPreviewModel as P
from tests.support import setup_bantul
from tests.ui.helpers import (
    IMPORT_HEADER,
    add_household,
    add_incident,
    cell,
    column_texts,
    double_click_row,
    list_kk,
    list_nik,
    list_row,
    messy_workbook,
    write_workbook,
)

pytest.importorskip(
    "tagana_desk.services.household_import",
    reason="the household importer (services/household_import.py) is not there yet",
)

REGISTERED = list_nik(8, day=1, month=1, yy=80)


@pytest.fixture
def incident(sqlite_db, sqlite_roles):
    flood = setup_bantul(sqlite_db, sqlite_roles)
    # Tukiman was registered for a whirlwind ten days earlier: his row is stored but flagged.
    wind = add_incident(sqlite_db, sqlite_roles.operator, "Angin puting beliung Palbapang",
                        kind="angin_puting_beliung", when=dt.datetime(2026, 11, 10, 16, 0))  # fmt: skip
    add_household(sqlite_db, sqlite_roles.operator, wind, "Tukiman", REGISTERED, list_kk(800))
    return flood


def _detail(qtbot, open_main_window, ctx, incident_id):
    window = open_main_window(ctx)
    window.show_page(MainWindow.KEJADIAN)
    page = window.incidents_page
    assert page.select_incident(incident_id)
    double_click_row(qtbot, page.table, page.table.selectionModel().selectedRows()[0].row())
    return page.detail


def _names(db, incident_id):
    with db.read() as s:
        return [r.head_name for r in households.list_households(s, SYSTEM, incident_id)]


def test_preview_save_report_then_import_the_valid_rows(
    qtbot, sqlite_db, incident, desk, open_main_window, tmp_path
):
    from openpyxl import load_workbook

    path = messy_workbook(tmp_path / "daftar palbapang.xlsx", REGISTERED)
    detail = _detail(qtbot, open_main_window, desk("operator"), incident)
    qtbot.mouseClick(detail.import_button, Qt.MouseButton.LeftButton)
    dialog = detail.import_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.import_button.isEnabled() and not dialog.save_report_button.isEnabled()

    dialog.load_file(tmp_path / "daftar palbapang.xlsx")
    assert QSettings().value("ui/import_households/last_folder") == str(tmp_path)
    assert dialog.file_edit.text() == path
    assert not dialog.running
    assert _names(sqlite_db, incident) == []  # the trial run stores nothing
    model = dialog.model
    assert column_texts(model, P.ROW) == [str(r) for r in range(4, 13)]
    assert column_texts(model, P.STATUS) == [
        "Valid", "Valid", "Ditolak", "Ditolak", "Duplikat", "Ditolak", "Ditolak", "Ditandai",
        "Valid",
    ]  # fmt: skip
    assert cell(model, 0, P.NAME) == "Suparman"
    assert cell(model, 0, P.NIK) == "340208******0001"
    assert "15 digit" in cell(model, 2, P.REASON)  # the NIK typed as a number
    assert cell(model, 4, P.REASON) == "NIK sama dengan baris 4."
    assert "Tukiman" in cell(model, 7, P.REASON)
    for row, status in ((0, "valid"), (2, "ditolak"), (4, "duplikat"), (7, "ditandai")):
        index = model.index(row, P.STATUS)
        assert model.data(index, Qt.ItemDataRole.ForegroundRole) == STATUS_COLOURS[status][0]
        assert model.data(index, Qt.ItemDataRole.BackgroundRole) == STATUS_COLOURS[status][1]
    counts = {k: label.text() for k, label in dialog.count_labels.items()}
    assert ">9<" in counts["total"] and ">3<" in counts["valid"]
    assert ">4<" in counts["ditolak"] and ">1<" in counts["duplikat"]
    assert ">1<" in counts["ditandai"]
    assert dialog.result_label.text() == (
        "Uji coba selesai: 4 baris siap diimpor. Belum ada yang disimpan."
    )
    assert dialog.import_button.text() == "Impor 4 baris yang valid"

    dialog.problems_check.setChecked(True)
    assert dialog.proxy.rowCount() == 6
    dialog.problems_check.setChecked(False)

    report_path = tmp_path / "laporan.xlsx"
    dialog.save_report_to(report_path)
    assert dialog.result_label.text() == f"Laporan disimpan: {report_path}"
    sheet = load_workbook(report_path).active
    rows = [[c for c in row] for row in sheet.iter_rows(values_only=True)]
    assert ["Baris", "Kolom", "Masalah"] in [r[:3] for r in rows]
    assert any(r[0] == 8 and r[2] == "NIK sama dengan baris 4." for r in rows)

    with qtbot.waitSignal(dialog.households_imported) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    report = imported.args[0]
    assert (report.imported, report.flagged, report.dry_run) == (4, 1, False)
    assert _names(sqlite_db, incident) == ["Suparman", "Sumini", "Tukiman", "Paimin"]
    assert dialog.result_label.text() == (
        "Impor selesai: 4 KK disimpan, 1 ditandai kemungkinan duplikat."
    )
    assert not dialog.import_button.isEnabled()
    # The register behind the dialog is read again.
    assert column_texts(detail.model, R.NAME) == ["Paimin", "Sumini", "Suparman", "Tukiman"]
    assert cell(detail.model, 3, R.FLAG) == "⚠ Periksa"
    assert detail.banner.label.text() == (
        "Impor selesai: 4 KK ditambahkan, 1 di antaranya kemungkinan duplikat (periksa di "
        "Penerima)."
    )
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_cancel_during_the_import_stores_nothing(
    qtbot, sqlite_db, incident, desk, open_main_window, tmp_path
):
    rows = [IMPORT_HEADER] + [
        list_row(i, f"Warga {i}", list_nik(i, day=1 + i % 28), list_kk(i)) for i in range(1, 151)
    ]
    path = write_workbook(tmp_path / "besar.csv.xlsx", rows)
    detail = _detail(qtbot, open_main_window, desk("operator"), incident)
    dialog = detail.open_import()
    dialog.load_file(tmp_path / "besar.csv.xlsx")
    assert dialog.report.imported == 150
    assert dialog.file_edit.text() == path

    def press_cancel(done: int, total: int) -> None:
        # Batal on the progress dialog after the first progress report (row 100).
        if dialog.progress_dialog is not None:
            dialog.progress_dialog.findChild(QPushButton).click()

    dialog.progressed.connect(press_cancel)
    dialog.start_import()
    assert dialog.message.text() == "Impor dibatalkan; tidak ada data yang disimpan."
    assert _names(sqlite_db, incident) == []
    assert dialog.progress_dialog is None
    # The trial run's preview still stands and the import can be started again.
    assert dialog.model.rowCount() == 150
    assert dialog.import_button.isEnabled()
    dialog.progressed.disconnect(press_cancel)
    dialog.start_import()
    assert len(_names(sqlite_db, incident)) == 150


def test_an_unreadable_file_is_explained(
    qtbot, sqlite_db, incident, desk, open_main_window, tmp_path
):
    bad = tmp_path / "daftar.xls"
    bad.write_bytes(b"not really excel")
    detail = _detail(qtbot, open_main_window, desk("operator"), incident)
    dialog = detail.open_import()
    dialog.load_file(bad)
    assert dialog.message.text().startswith("Format .xls (Excel 97-2003) tidak didukung.")
    assert dialog.model.rowCount() == 0
    assert not dialog.import_button.isEnabled()
    assert dialog.choose_button.isEnabled()
