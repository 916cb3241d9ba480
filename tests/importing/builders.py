"""Messy village lists built in the tests: workbooks with openpyxl, CSVs in several dialects."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook

TITLE = "DAFTAR KK TERDAMPAK BANJIR DESA PALBAPANG KEC. BANTUL"


def nik(serial: int, *, day: int = 12, month: int = 3, yy: int = 75, female: bool = False) -> str:
    """A valid Bantul NIK (kecamatan 34.02.08), unique per serial."""
    d = day + 40 if female else day
    return f"340208{d:02d}{month:02d}{yy:02d}{serial:04d}"


def kk(serial: int) -> str:
    """A valid No. KK issued in kecamatan 34.02.08, unique per serial."""
    return f"340208010110{serial:04d}"


def letters(i: int) -> str:
    """0 → "A", 25 → "Z", 26 → "AB"…: names that stay distinct after name normalisation."""
    out = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        out = chr(65 + r) + out
    return out


def write_xlsx(
    path: Path,
    rows: Sequence[Sequence[object]],
    *,
    merges: Sequence[str] = (),
    sheet_title: str = "Data",
    extra_sheets: Sequence[tuple[str, Sequence[Sequence[object]]]] = (),
) -> Path:
    """A workbook whose first sheet holds ``rows`` from A1 (None = empty cell)."""
    wb = Workbook()
    ws = wb.active
    ws.title = sheet_title
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(row=r, column=c, value=value)
    for rng in merges:
        ws.merge_cells(rng)
    for title, other in extra_sheets:
        extra = wb.create_sheet(title)
        for row in other:
            extra.append(list(row))
    wb.save(path)
    return path


def write_csv(
    path: Path,
    rows: Sequence[Sequence[object]],
    *,
    encoding: str = "utf-8",
    delimiter: str = ",",
) -> Path:
    with open(path, "w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        for row in rows:
            writer.writerow(["" if v is None else v for v in row])
    return path
