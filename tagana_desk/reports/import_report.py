"""The report of an import as an .xlsx file: what was read, and every problem by row and column.

Works for any report with ``summary_lines()`` and ``errors`` (household lists and DTKS extracts).
Messages quote only masked NIKs or what the file itself contained.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

SHEET_NAME = "Laporan Impor"
TABLE_HEADER = ("Baris", "Kolom", "Masalah")


class _Problem(Protocol):
    row: int
    column: str
    message: str


class _Report(Protocol):
    errors: Sequence[_Problem]

    def summary_lines(self) -> list[tuple[str, object]]: ...


def write_import_report(
    report: _Report,
    path: str | Path,
    *,
    title: str = "Laporan Impor Data KK Terdampak",
    generated_at: dt.datetime | None = None,
) -> Path:
    """Write the report to ``path`` (.xlsx) and return the path."""
    path = Path(path)
    generated_at = generated_at or dt.datetime.now()
    import xlsxwriter  # on first use: the Penerima page that offers imports opens without it

    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    try:
        bold = workbook.add_format({"bold": True})
        heading = workbook.add_format({"bold": True, "font_size": 14})
        head = workbook.add_format(
            {"bold": True, "bg_color": "#D9E1F2", "border": 1, "valign": "top"}
        )
        wrap = workbook.add_format({"text_wrap": True, "valign": "top"})
        top = workbook.add_format({"valign": "top"})
        ws = workbook.add_worksheet(SHEET_NAME)
        ws.set_column(0, 0, 10)
        ws.set_column(1, 1, 32)
        ws.set_column(2, 2, 95)

        ws.write(0, 0, title, heading)
        # Summary labels in the wide column B, values in C (column A is for row numbers).
        left = workbook.add_format({"align": "left"})
        ws.write(1, 1, "Dibuat", bold)
        ws.write(1, 2, generated_at.strftime("%d-%m-%Y %H:%M"), left)
        row = 2
        for label, value in report.summary_lines():
            ws.write(row, 1, label, bold)
            ws.write(row, 2, value, left)
            row += 1
        row += 1
        header_row = row
        ws.write_row(header_row, 0, TABLE_HEADER, head)
        for problem in report.errors:
            row += 1
            ws.write_number(row, 0, problem.row, top)
            ws.write_string(row, 1, problem.column or "-", top)
            ws.write_string(row, 2, problem.message, wrap)
        if not report.errors:
            row += 1
            ws.write_string(row, 2, "Tidak ada masalah.")
        ws.freeze_panes(header_row + 1, 0)
        ws.autofilter(header_row, 0, max(row, header_row + 1), len(TABLE_HEADER) - 1)
        ws.set_landscape()
        ws.set_paper(9)  # A4
        ws.fit_to_pages(1, 0)
        ws.repeat_rows(header_row)
    finally:
        workbook.close()
    return path
