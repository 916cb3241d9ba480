"""LPJ as CSV: the month's beneficiary list, and the HXL 3W file (no personal data).

The beneficiary CSV (``lpj-YYYY-MM.csv``) is for the desk's own spreadsheets: UTF-8 with a byte
order mark, because without it Excel on Windows reads the file as ANSI and garbles names with
non-ASCII letters; fields separated by ``;``, because that is the list separator of Windows'
Indonesian regional settings (the decimal comma takes ","), so a double-click in Excel splits
the columns. Amounts are plain whole numbers (no grouping dots: they stay numbers in every
locale), dates ISO ``YYYY-MM-DD`` (read as dates by Excel in any locale and by every script).
A text field that begins with ``= + - @`` is prefixed with an apostrophe so Excel does not run
it as a formula (CSV injection); names and places never legitimately begin so.

The HXL 3W file (``3w-YYYY-MM-hxl.csv``) is for humanitarian data tools (HDX, HXL Proxy), which
read comma-separated UTF-8: a human header row, then the HXL hashtag row, then one row per
kecamatan × aid type. It has no names, NIKs or receipt numbers, only counts and amounts.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from tagana_desk.services.lpj import BeneficiaryRow, ThreeWRow

__all__ = [
    "BENEFICIARY_HEADER",
    "HXL_HASHTAGS",
    "HXL_HEADER",
    "BeneficiaryCsv",
    "write_three_w",
]

DELIMITER = ";"
BENEFICIARY_HEADER = (
    "No. Kuitansi", "Tanggal", "Nama Penerima", "NIK", "Desa/Kelurahan", "Kecamatan",
    "Kode Kecamatan", "Kejadian", "Kode Bantuan", "Jenis Bantuan", "Bentuk", "Jiwa",
    "Jumlah (Rp)", "Status",
)  # fmt: skip
HXL_HEADER = (
    "Kabupaten", "Kode kecamatan", "Kecamatan", "Sektor (jenis bantuan)", "KK terjangkau",
    "Jiwa terjangkau", "Nilai (Rp)",
)  # fmt: skip
HXL_HASHTAGS = (
    "#adm2+name", "#adm3+code", "#adm3+name", "#sector", "#reached+hh", "#reached+ind",
    "#value+idr",
)  # fmt: skip

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _safe(text: str) -> str:
    """Text that a spreadsheet will not run as a formula."""
    text = str(text or "")
    return "'" + text if text.startswith(_FORMULA_START) else text


class BeneficiaryCsv:
    """The beneficiary rows, written as they come. ``stream`` is opened by the caller with
    ``encoding="utf-8-sig", newline=""``."""

    def __init__(self, stream: TextIO) -> None:
        self.writer = csv.writer(stream, delimiter=DELIMITER, lineterminator="\r\n")
        self.writer.writerow(BENEFICIARY_HEADER)
        self.rows = 0

    def add(self, row: BeneficiaryRow) -> None:
        self.writer.writerow((
            _safe(row.receipt_number), row.issue_date.isoformat(), _safe(row.name), _safe(row.nik),
            _safe(row.desa), _safe(row.kecamatan), row.kecamatan_code, _safe(row.incident),
            row.aid_type, _safe(row.aid_name), row.kind, row.persons, row.amount, row.status,
        ))  # fmt: skip
        self.rows += 1


def write_three_w(stream: TextIO, rows: Iterable[ThreeWRow]) -> int:
    """The HXL 3W table; ``stream`` opened with ``encoding="utf-8", newline=""``. Returns the
    number of data rows."""
    writer = csv.writer(stream, delimiter=",", lineterminator="\r\n")
    writer.writerow(HXL_HEADER)
    writer.writerow(HXL_HASHTAGS)
    count = 0
    for r in rows:
        writer.writerow((_safe(r.kabupaten), r.kecamatan_code, _safe(r.kecamatan),
                         _safe(r.sector), r.households, r.persons, r.amount))  # fmt: skip
        count += 1
    return count
