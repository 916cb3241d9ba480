"""Penerima → Impor DTKS/DTSEN: the extract is imported on the task runner, the report shows
what was read and every refused row, the households are marked, and the report can be saved."""

from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from sqlalchemy import func, select

from tagana_desk.db.models import DtksEntry, DtksImport
from tagana_desk.services import dtks
from tagana_desk.ui.main_window import MainWindow
from tagana_desk.ui.models.households import SearchTableModel as S
from tagana_desk.ui.models.imports import RowErrorModel as E
from tests.importing.builders import kk, nik, write_xlsx
from tests.ui.helpers import column_texts
from tests.ui.payment_data import add_household, bantul_incident


def _extract(tmp_path):
    rows = [
        ["DATA DTSEN DESA PALBAPANG"],
        [],
        ["No", "NIK", "Nama", "No. KK", "Desil Nasional"],
        [1, "'" + nik(1), "Ahmad", kk(1), 1],  # 4: Ahmad, by NIK
        [2, nik(50), "Istri Bejo", kk(2), 2],  # 5: a family member: Bejo by No. KK
        [3, int(nik(3)), "Cipto", None, 3],  # 6: NIK as a number cell: refused
        [4, "12345", "Salah", None, None],  # 7: too short: refused
        [5, nik(1), "Ahmad", kk(1), 1],  # 8: repeated NIK: stored once
        [6, nik(60), "Lain", "12", 11],  # 9: stored without the bad KK and desil
        [],
        ["JUMLAH", None, None, None, 6],
    ]
    return write_xlsx(tmp_path / "dtsen-palbapang.xlsx", rows)


def _registered(db, roles) -> None:
    incident = bantul_incident(db, roles)
    for serial, name in enumerate(("Ahmad", "Bejo", "Cipto", "Darmi"), start=1):
        add_household(db, roles, incident, serial, name=f"Warga {name}")


def _count(db, model) -> int:
    with db.read() as s:
        return s.execute(select(func.count()).select_from(model)).scalar_one()


def test_import_shows_the_report_marks_households_and_saves_the_report(
    qtbot, sqlite_db, sqlite_roles, desk, open_main_window, tmp_path
):
    _registered(sqlite_db, sqlite_roles)
    window = open_main_window(desk("operator"))
    window.show_page(MainWindow.PENERIMA)
    page = window.recipients_page
    panel = page.search
    qtbot.keyClicks(panel.search_edit, "Warga")
    qtbot.keyClick(panel.search_edit, Qt.Key.Key_Return)
    assert set(column_texts(panel.model, S.DTKS)) == {"Belum dicek"}

    assert page.dtks_button.isEnabled()
    qtbot.mouseClick(page.dtks_button, Qt.MouseButton.LeftButton)
    dialog = page.dtks_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.save_report_button.isEnabled()
    dialog.date_check.setChecked(True)
    dialog.date_edit.setDate(QDate(2026, 10, 1))
    dialog.import_file(_extract(tmp_path))

    assert not dialog.running
    assert dialog.message.isHidden(), dialog.message.text()
    figures = {key: label.text() for key, label in dialog.figures.items()}
    assert figures == {
        "rows_read": "6", "entries_stored": "3", "repeated": "1", "rejected": "2",
        "households_in": "2", "households_out": "2",
    }  # fmt: skip
    assert dialog.errors_title.text() == "Masalah per baris (4)"
    assert column_texts(dialog.error_model, E.ROW) == ["6", "7", "9", "9"]
    assert column_texts(dialog.error_model, E.COLUMN) == ["NIK", "NIK", "No. KK", "Desil Nasional"]
    assert column_texts(dialog.error_model, E.MESSAGE)[3] == "Desil harus angka 1–10, bukan '11'."
    dialog.error_table.selectRow(3)
    assert dialog.detail.text() == (
        "Baris 9, kolom Desil Nasional: Desil harus angka 1–10, bukan '11'."
    )
    assert dialog.result_label.text() == (
        "Impor selesai: 3 NIK dari dtsen-palbapang.xlsx disimpan; status DTKS semua KK "
        "terdampak diperbarui."
    )
    with sqlite_db.read() as s:
        (stored,) = s.execute(select(DtksImport)).scalars()
        assert stored.extract_date == dt.date(2026, 10, 1)
    # The committed write reloads the page: the search shows the new DTKS status.
    names = column_texts(panel.model, S.NAME)
    marks = dict(zip(names, column_texts(panel.model, S.DTKS), strict=True))
    assert marks == {"Warga Ahmad": "Ya", "Warga Bejo": "Ya", "Warga Cipto": "Tidak",
                     "Warga Darmi": "Tidak"}  # fmt: skip

    assert dialog.save_report_button.isEnabled()
    target = tmp_path / "laporan" / "laporan-dtks.xlsx"
    target.parent.mkdir()
    dialog.save_report_to(target)
    assert dialog.result_label.text() == f"Laporan disimpan: {target}"
    sheet = load_workbook(target).active
    values = [[c for c in row if c is not None] for row in sheet.iter_rows(values_only=True)]
    assert values[0] == ["Laporan Impor DTKS/DTSEN"]
    assert ["Baris data", 6] in values and ["KK terdampak masuk DTKS", 2] in values
    assert values[-4][:2] == [6, "NIK"] and values[-1] == [
        9, "Desil Nasional", "Desil harus angka 1–10, bukan '11'.",
    ]  # fmt: skip


def test_batal_stores_nothing(
    qtbot, sqlite_db, sqlite_roles, desk, open_main_window, tmp_path, monkeypatch
):
    _registered(sqlite_db, sqlite_roles)
    monkeypatch.setattr(dtks, "PROGRESS_EVERY", 1)
    window = open_main_window(desk("bendahara"))
    window.show_page(MainWindow.PENERIMA)
    dialog = window.recipients_page.open_dtks_import()
    # Batal pressed as soon as the first rows are counted.
    dialog.progressed.connect(lambda *_: dialog.cancel())
    dialog.import_file(_extract(tmp_path))
    assert dialog.message.text() == "Impor dibatalkan; tidak ada data yang disimpan."
    assert dialog.report is None and not dialog.running
    assert dialog.choose_button.isEnabled() and not dialog.save_report_button.isEnabled()
    assert (_count(sqlite_db, DtksImport), _count(sqlite_db, DtksEntry)) == (0, 0)


def test_only_roles_that_edit_households_import(qtbot, sqlite_db, desk, open_main_window):
    window = open_main_window(desk("auditor"))
    page = window.recipients_page
    assert not page.dtks_button.isEnabled()
    assert page.dtks_button.toolTip() == (
        "Hanya Operator, Bendahara dan Kepala yang dapat mengimpor DTKS/DTSEN."
    )
    assert page.open_dtks_import() is None
