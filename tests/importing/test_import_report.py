"""The import report workbook: sheet, summary, one table row per problem."""

from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook

from tagana_desk.reports.import_report import SHEET_NAME, write_import_report
from tagana_desk.services.dtks import DtksReport
from tagana_desk.services.household_import import ImportReport, RowError


def _table(path):
    ws = load_workbook(path)[SHEET_NAME]
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    start = next(i for i, r in enumerate(rows) if r[:3] == ["Baris", "Kolom", "Masalah"])
    return ws, rows, start


def test_household_import_report(tmp_path):
    errors = (
        RowError(7, "No. NIK", "NIK tersimpan sebagai angka di Excel …"),
        RowError(9, "No. NIK", "NIK sama dengan baris 5."),
        RowError(13, "", "Desa/kelurahan wajib diisi."),
    )
    report = ImportReport(
        imported=3, rejected=2, duplicates=1, flagged=1, errors=errors, total_rows=6,
        dry_run=False, file_name="daftar.xlsx", sheet_name="Data", incident_id=4,
    )  # fmt: skip
    path = write_import_report(report, tmp_path / "laporan.xlsx",
                               generated_at=dt.datetime(2026, 11, 25, 9, 30))  # fmt: skip
    ws, rows, start = _table(path)
    assert ws.title == SHEET_NAME
    summary = {r[1]: r[2] for r in rows[:start] if r[1]}
    assert summary["Berkas"] == "daftar.xlsx (lembar Data)"
    assert (summary["Baris data"], summary["Diimpor"], summary["Ditolak"]) == (6, 3, 2)
    assert summary["Duplikat (tidak diimpor)"] == 1 and summary["Dibuat"] == "25-11-2026 09:30"
    assert rows[start + 1 :] == [
        [7, "No. NIK", "NIK tersimpan sebagai angka di Excel …"],
        [9, "No. NIK", "NIK sama dengan baris 5."],
        [13, "-", "Desa/kelurahan wajib diisi."],
    ]
    assert ws.freeze_panes == f"A{start + 2}"
    assert ws.auto_filter.ref == f"A{start + 1}:C{start + 4}"


def test_dtks_report_and_an_empty_error_list(tmp_path):
    report = DtksReport(
        import_id=1, file_name="dtsen.csv", rows_read=10, entries_stored=10, repeated=0,
        rejected=0, errors=(), households_in=4, households_out=6,
    )  # fmt: skip
    path = write_import_report(report, tmp_path / "dtks.xlsx", title="Laporan Impor DTKS")
    ws, rows, start = _table(path)
    assert rows[0][0] == "Laporan Impor DTKS"
    assert {r[1]: r[2] for r in rows[:start] if r[1]}["KK terdampak masuk DTKS"] == 4
    assert rows[start + 1 :] == [[None, None, "Tidak ada masalah."]]
