"""LPJ workbook: sheets ``Ringkasan``, ``BKU``, ``Penerima``, ``Honor`` and ``Kejadian``.

Written with XlsxWriter in ``constant_memory`` mode: each row goes to disk when the next one is
started, so a month of 50,000 payments takes bounded memory. That mode has one rule: the rows of
a sheet must be written top to bottom, each row complete before the next (cells of an earlier
row can no longer be written). Rows therefore arrive in order from the streaming generators;
the header is the first row of every list sheet and the totals come after the last data row.
Settings that are not row data (column widths, autofilter range, print setup) are stored by
XlsxWriter until the file is closed, so they are set at the end, when the widths are known.

Money is stored as whole numbers with a thousands format, dates as real dates shown dd/mm/yyyy,
text always with ``write_string`` (a name beginning with "=" stays a name, a NIK stays text).
Totals are ``SUM`` formulas with their computed values stored beside them, so a reader that
does not recalculate (a viewer, a script with openpyxl ``data_only=True``) sees the right number.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import BinaryIO

import xlsxwriter
from xlsxwriter.utility import xl_col_to_name, xl_rowcol_to_cell

from tagana_desk.domain.dates import format_date
from tagana_desk.services.lpj import (
    BeneficiaryRow,
    BkuRow,
    FundSummary,
    IncidentRow,
    LpjSummary,
    StipendRow,
)

__all__ = ["SHEETS", "LpjXlsx"]

SHEETS = ("Ringkasan", "BKU", "Penerima", "Honor", "Kejadian")
MONEY = "#,##0"
RUPIAH = '"Rp"#,##0;-"Rp"#,##0'
DATE = "dd/mm/yyyy"
MAX_WIDTH = 60


@dataclass(frozen=True)
class _Col:
    title: str
    kind: str = "text"  # text, date, money, int (a count), id (a plain number)
    max_width: int = MAX_WIDTH


BKU_COLS = (
    _Col("Dana"), _Col("Tanggal", "date"), _Col("No. Bukti"), _Col("Uraian", max_width=70),
    _Col("Penerimaan (Rp)", "money"), _Col("Pengeluaran (Rp)", "money"), _Col("Saldo (Rp)", "money"),
)  # fmt: skip
BENEFICIARY_COLS = (
    _Col("No. Kuitansi"), _Col("Tanggal", "date"), _Col("Nama penerima", max_width=40),
    _Col("NIK"), _Col("Desa/Kelurahan"), _Col("Kecamatan"), _Col("Kode kecamatan"),
    _Col("Kejadian", max_width=50), _Col("Kode bantuan"), _Col("Jenis bantuan", max_width=40),
    _Col("Bentuk"), _Col("Jiwa", "int"), _Col("Jumlah (Rp)", "money"), _Col("Status"),
)  # fmt: skip
STIPEND_COLS = (
    _Col("No. Kuitansi"), _Col("Tanggal", "date"), _Col("Nama relawan", max_width=40),
    _Col("NIK"), _Col("NIA"), _Col("Jenis relawan"), _Col("Kecamatan"),
    _Col("Bruto (Rp)", "money"), _Col("Pajak (Rp)", "money"), _Col("Diterima (Rp)", "money"),
    _Col("Status"),
)  # fmt: skip
INCIDENT_COLS = (
    _Col("ID", "id"), _Col("Tanggal", "date"), _Col("Jenis"), _Col("Kejadian", max_width=60),
    _Col("Kecamatan"), _Col("Desa/Kelurahan"), _Col("KK", "int"), _Col("Jiwa", "int"),
    _Col("Dibayar bulan ini (Rp)", "money"),
)  # fmt: skip


def _header_text(text: str) -> str:
    """Text for a print header/footer: "&" is XlsxWriter's control character."""
    return str(text or "").replace("&", "&&")


class _ListSheet:
    """A list sheet: header in row 1, data rows streamed, totals under a blank row."""

    def __init__(self, book: LpjXlsx, name: str, cols: Sequence[_Col], title: str) -> None:
        self.book = book
        self.ws = book.wb.add_worksheet(name)
        self.cols = list(cols)
        self.title = title
        self.row = 0
        self.widths = [len(c.title) + 2 for c in cols]
        f = book.fmt
        for i, col in enumerate(self.cols):
            self.ws.write_string(0, i, col.title, f["header"])
        self.row = 1

    def _fit(self, col: int, length: int) -> None:
        if length + 2 > self.widths[col]:
            self.widths[col] = length + 2

    def add(self, values: Sequence[object]) -> None:
        ws, f, r = self.ws, self.book.fmt, self.row
        for i, (col, value) in enumerate(zip(self.cols, values, strict=True)):
            if value is None or value == "":
                continue
            if col.kind == "date":
                ws.write_datetime(r, i, value, f["date"])
                self._fit(i, 10)
            elif col.kind in ("money", "int", "id"):
                ws.write_number(r, i, value, f[col.kind])
                self._fit(i, len(f"{value:,}"))
            else:
                text = str(value)
                ws.write_string(r, i, text)
                self._fit(i, len(text))
        self.row += 1

    @property
    def data_range(self) -> tuple[int, int]:
        """First and last data row (0-based); at least one (empty) row, so ranges stay valid."""
        return 1, max(1, self.row - 1)

    def column_range(self, col: int, *, absolute: bool = False) -> str:
        first, last = self.data_range
        name = xl_col_to_name(col)
        if absolute:
            return f"${name}${first + 1}:${name}${last + 1}"
        return f"{name}{first + 1}:{name}{last + 1}"

    def totals_row(self) -> int:
        """The row for the first total line: one blank row under the data."""
        return self.data_range[1] + 2

    def formula(self, row: int, col: int, formula: str, value: int, *, bold: bool = True) -> None:
        fmt = self.book.fmt["money_total" if bold else "money"]
        if self.cols[col].kind == "int":
            fmt = self.book.fmt["int_total"]
        self.ws.write_formula(row, col, formula, fmt, value)
        self._fit(col, len(f"{value:,}"))

    def label(self, row: int, col: int, text: str) -> None:
        self.ws.write_string(row, col, text, self.book.fmt["bold"])

    def close(self) -> None:
        ws, book = self.ws, self.book
        first, last = self.data_range
        ws.autofilter(0, 0, max(0, self.row - 1), len(self.cols) - 1)
        ws.freeze_panes(1, 0)
        for i, col in enumerate(self.cols):
            ws.set_column(i, i, min(self.widths[i], col.max_width))
        ws.set_landscape()
        ws.set_paper(9)  # A4
        ws.fit_to_pages(1, 0)
        ws.repeat_rows(0)
        ws.hide_gridlines(0)  # gridlines on screen and on paper
        ws.set_margins(left=0.4, right=0.4, top=0.7, bottom=0.6)
        ws.set_header(f"&L&8{_header_text(book.office)}&C&B{_header_text(self.title)}"
                      f"&R&8LPJ {_header_text(book.report.month_label)}")  # fmt: skip
        ws.set_footer("&L&8Tagana Desk&R&8Halaman &P dari &N")


class LpjXlsx:
    """The LPJ workbook, fed row by row: ``summary()``, the lists, then ``close()``."""

    def __init__(
        self, dest: str | BinaryIO, report: LpjSummary, *, office: str, government: str,
        title: str, aid_names: dict[str, str], tmpdir: str | None = None,
    ) -> None:  # fmt: skip
        self.report = report
        self.office = office
        self.government = government
        self.title = title
        self.aid_names = aid_names
        options: dict[str, object] = {"constant_memory": True}
        if tmpdir:
            options["tmpdir"] = tmpdir
        self.wb = xlsxwriter.Workbook(dest, options)
        self.wb.set_properties({
            "title": f"LPJ {report.month_label}", "subject": title, "author": office,
            "company": government, "comments": "Dibuat dengan Tagana Desk",
        })  # fmt: skip
        wb = self.wb
        self.fmt = {
            "header": wb.add_format({"bold": True, "bg_color": "#D9D9D9", "border": 1,
                                     "align": "center", "valign": "vcenter"}),
            "bold": wb.add_format({"bold": True}),
            "title": wb.add_format({"bold": True, "font_size": 13}),
            "subtitle": wb.add_format({"italic": True}),
            "date": wb.add_format({"num_format": DATE, "align": "center"}),
            "money": wb.add_format({"num_format": MONEY}),
            "int": wb.add_format({"num_format": MONEY}),
            "id": wb.add_format({"num_format": "0"}),
            "money_total": wb.add_format({"num_format": MONEY, "bold": True, "top": 1}),
            "int_total": wb.add_format({"num_format": MONEY, "bold": True, "top": 1}),
            "rp": wb.add_format({"num_format": RUPIAH, "border": 1}),
            "rp_bold": wb.add_format({"num_format": RUPIAH, "border": 1, "bold": True}),
            "rp_total": wb.add_format({"num_format": RUPIAH, "border": 1, "bold": True,
                                       "bg_color": "#EFEFEF"}),
            "cell": wb.add_format({"border": 1}),
            "cell_bold": wb.add_format({"border": 1, "bold": True}),
            "cell_total": wb.add_format({"border": 1, "bold": True, "bg_color": "#EFEFEF"}),
            "cell_indent": wb.add_format({"border": 1, "indent": 1}),
            "count": wb.add_format({"num_format": MONEY, "border": 1}),
        }  # fmt: skip
        # Every sheet is created now, so the tabs are in this order whatever is written first.
        self.summary_ws = wb.add_worksheet(SHEETS[0])
        month = report.month_label
        self.bku = _ListSheet(self, SHEETS[1], BKU_COLS, f"Buku Kas Umum {month}")
        self.beneficiaries = _ListSheet(
            self, SHEETS[2], BENEFICIARY_COLS, f"Penerima bantuan {month}"
        )
        self.stipends = _ListSheet(self, SHEETS[3], STIPEND_COLS, f"Honor relawan {month}")
        self.incidents = _ListSheet(self, SHEETS[4], INCIDENT_COLS, f"Kejadian {month}")
        self._opening_rows: dict[str, int] = {}
        self._bku_fund_rows: dict[str, tuple[int, int]] = {}
        self._bku_sums: dict[str, list[int]] = {}
        self._status_sums = {"Sah": 0, "Batal": 0}
        self._stipend_sums = [0, 0, 0]
        self._incident_sums = [0, 0, 0]

    # -- Ringkasan

    def summary(self, printed_on: dt.date) -> None:
        r, ws, f = self.report, self.summary_ws, self.fmt
        ws.write_string(0, 0, self.government, f["bold"])
        ws.write_string(1, 0, self.office, f["bold"])
        ws.write_string(2, 0, self.title, f["title"])
        ws.write_string(3, 0, f"Periode {format_date(r.first_day)} s.d. {format_date(r.last_day)}",
                        f["subtitle"])  # fmt: skip
        funds = list(r.funds)
        n = len(funds)
        total_col = n + 1 if n > 1 else None
        row = 5
        ws.write_string(row, 0, "Uraian", f["header"])
        for i, fund in enumerate(funds, start=1):
            ws.write_string(row, i, fund.fund, f["header"])
        if total_col is not None:
            ws.write_string(row, total_col, "Jumlah", f["header"])
        row += 1

        def cell(r_: int, c_: int) -> str:
            return xl_rowcol_to_cell(r_, c_)

        def line(label: str, get: Callable[[FundSummary], int], style: str = "") -> int:
            nonlocal row
            label_fmt = {"": f["cell_indent"], "b": f["cell_bold"], "t": f["cell_total"]}[style]
            num_fmt = {"": f["rp"], "b": f["rp_bold"], "t": f["rp_total"]}[style]
            ws.write_string(row, 0, label, label_fmt)
            for i, fund in enumerate(funds, start=1):
                ws.write_number(row, i, get(fund), num_fmt)
            if total_col is not None:
                ws.write_formula(row, total_col, f"=SUM({cell(row, 1)}:{cell(row, n)})", num_fmt,
                                 sum(get(x) for x in funds))  # fmt: skip
            row += 1
            return row - 1

        def formula_line(label: str, make: Callable[[int], str], get, style: str) -> int:
            """A line of formulas per fund column (``make(col)``), stored with their values."""
            nonlocal row
            label_fmt = {"b": f["cell_bold"], "t": f["cell_total"]}[style]
            num_fmt = {"b": f["rp_bold"], "t": f["rp_total"]}[style]
            ws.write_string(row, 0, label, label_fmt)
            for i, fund in enumerate(funds, start=1):
                ws.write_formula(row, i, make(i), num_fmt, get(fund))
            if total_col is not None:
                ws.write_formula(row, total_col, f"=SUM({cell(row, 1)}:{cell(row, n)})", num_fmt,
                                 sum(get(x) for x in funds))  # fmt: skip
            row += 1
            return row - 1

        def heading(label: str) -> None:
            nonlocal row
            ws.write_string(row, 0, label, f["cell_bold"])
            for i in range(1, n + 1 + (1 if total_col else 0)):
                ws.write_blank(row, i, None, f["cell"])
            row += 1

        opening = line(f"Saldo awal per {format_date(r.first_day)}", lambda x: x.opening, "b")
        heading("Penerimaan")
        first_in = line("Alokasi / penerimaan dana", lambda x: x.allocations)
        last_in = line("Pembatalan kuitansi (pengembalian)", lambda x: x.reversals)
        total_in = formula_line(
            "Jumlah penerimaan", lambda c: f"=SUM({cell(first_in, c)}:{cell(last_in, c)})",
            lambda x: x.total_in, "b",
        )  # fmt: skip
        heading("Pengeluaran")
        first_out = row
        order = {code: i for i, code in enumerate(self.aid_names)}
        codes = sorted({code for fund in funds for code in fund.paid_by_aid_type},
                       key=lambda code: (order.get(code, len(order)), code))  # fmt: skip
        for code in codes:
            line(f"{self.aid_names.get(code, code)} ({code})",
                 lambda x, code=code: x.paid_by_aid_type.get(code, 0))  # fmt: skip
        last_out = line("Honor relawan", lambda x: x.stipends)
        total_out = formula_line(
            "Jumlah pengeluaran", lambda c: f"=SUM({cell(first_out, c)}:{cell(last_out, c)})",
            lambda x: x.total_out, "b",
        )  # fmt: skip
        formula_line(
            f"Saldo akhir per {format_date(r.last_day)}",
            lambda c: f"={cell(opening, c)}+{cell(total_in, c)}-{cell(total_out, c)}",
            lambda x: x.closing, "t",
        )  # fmt: skip
        row += 1
        ws.write_string(row, 0, "Kegiatan bulan ini", f["header"])
        ws.write_string(row, 1, "Jumlah", f["header"])
        row += 1
        counts = (
            ("Kejadian bencana / musibah tercatat bulan ini", r.incidents, f["count"]),
            ("Keluarga (KK) terlayani, kuitansi sah", r.households_served, f["count"]),
            ("Jiwa terlayani", r.persons_served, f["count"]),
            ("Kuitansi terbit bulan ini (bantuan dan honor)", r.receipts_issued, f["count"]),
            ("Kuitansi dibatalkan bulan ini", r.receipts_voided, f["count"]),
            ("Jumlah kuitansi bantuan bulan ini", r.beneficiary_total, f["rp"]),
            ("Jumlah kuitansi honor relawan bulan ini", r.stipend_total, f["rp"]),
        )
        for label, value, fmt in counts:
            ws.write_string(row, 0, label, f["cell_indent"])
            ws.write_number(row, 1, value, fmt)
            row += 1
        row += 1
        ws.write_string(row, 0, f"Dibuat dengan Tagana Desk, {format_date(printed_on)}.",
                        f["subtitle"])  # fmt: skip
        labels = [f"{self.aid_names.get(c, c)} ({c})" for c in codes]
        ws.set_column(0, 0, max([46, *(len(x) + 3 for x in labels)]))
        ws.set_column(1, max(1, n + 1), 20)
        ws.set_paper(9)
        ws.set_portrait()
        ws.fit_to_pages(1, 1)
        ws.set_margins(left=0.6, right=0.6, top=0.7, bottom=0.7)
        ws.set_footer("&L&8Tagana Desk&R&8Halaman &P dari &N")

    # -- BKU

    def start_bku(self, fund: FundSummary) -> None:
        s = self.bku
        self._opening_rows[fund.fund] = s.row
        s.add([fund.fund, self.report.first_day, "", "Saldo awal (saldo bulan lalu)", None, None,
               fund.opening])  # fmt: skip
        self._bku_sums[fund.fund] = [0, 0, fund.opening]

    def bku_row(self, row: BkuRow) -> None:
        self.bku.add([row.fund, row.entry_date, row.proof_number, row.description,
                      row.amount_in or None, row.amount_out or None, row.balance])  # fmt: skip
        sums = self._bku_sums[row.fund]
        sums[0] += row.amount_in
        sums[1] += row.amount_out
        sums[2] = row.balance

    def end_bku(self, fund: FundSummary) -> None:
        pass

    def _close_bku(self) -> None:
        s = self.bku
        funds = list(self.report.funds)
        row = s.totals_row()
        e, f_ = s.column_range(4, absolute=True), s.column_range(5, absolute=True)
        closing_cells = []
        for fund in funds:
            cum_in, cum_out, _ = self._bku_sums[fund.fund]
            opening = xl_rowcol_to_cell(self._opening_rows[fund.fund], 6)
            if len(funds) == 1:
                s.label(row, 3, f"Jumlah bulan ini dan saldo akhir dana {fund.fund}")
                s.formula(row, 4, f"=SUM({s.column_range(4)})", cum_in)
                s.formula(row, 5, f"=SUM({s.column_range(5)})", cum_out)
            else:
                s.ws.write_string(row, 0, fund.fund, self.fmt["bold"])
                s.label(row, 3, f"Jumlah bulan ini dan saldo akhir dana {fund.fund}")
                dana = s.column_range(0, absolute=True)
                s.formula(row, 4, f'=SUMIF({dana},"{fund.fund}",{e})', cum_in)
                s.formula(row, 5, f'=SUMIF({dana},"{fund.fund}",{f_})', cum_out)
            closing = fund.opening + cum_in - cum_out
            s.formula(row, 6, f"={opening}+{xl_rowcol_to_cell(row, 4)}-{xl_rowcol_to_cell(row, 5)}",
                      closing)  # fmt: skip
            closing_cells.append(xl_rowcol_to_cell(row, 6))
            row += 1
        if len(funds) > 1:
            total_in = sum(self._bku_sums[x.fund][0] for x in funds)
            total_out = sum(self._bku_sums[x.fund][1] for x in funds)
            s.label(row, 3, "Jumlah semua dana")
            s.formula(row, 4, f"=SUM({s.column_range(4)})", total_in)
            s.formula(row, 5, f"=SUM({s.column_range(5)})", total_out)
            s.formula(row, 6, "=SUM(" + ",".join(closing_cells) + ")",
                      sum(x.opening for x in funds) + total_in - total_out)  # fmt: skip
        s.close()

    # -- Penerima

    def beneficiary_row(self, row: BeneficiaryRow) -> None:
        self.beneficiaries.add([
            row.receipt_number, row.issue_date, row.name, row.nik, row.desa, row.kecamatan,
            row.kecamatan_code, row.incident, row.aid_type, row.aid_name, row.kind, row.persons,
            row.amount, row.status,
        ])  # fmt: skip
        self._status_sums[row.status] = self._status_sums.get(row.status, 0) + row.amount

    def _close_beneficiaries(self) -> None:
        s = self.beneficiaries
        row = s.totals_row()
        amounts, status = s.column_range(12), s.column_range(13)
        total = sum(self._status_sums.values())
        s.label(row, 11, "Jumlah")
        s.formula(row, 12, f"=SUM({amounts})", total)
        s.label(row + 1, 11, "Sah")
        s.formula(row + 1, 12, f'=SUMIF({status},"Sah",{amounts})', self._status_sums.get("Sah", 0),
                  bold=False)  # fmt: skip
        s.label(row + 2, 11, "Batal")
        s.formula(row + 2, 12, f'=SUMIF({status},"Batal",{amounts})',
                  self._status_sums.get("Batal", 0), bold=False)  # fmt: skip
        s.close()

    # -- Honor

    def stipend_row(self, row: StipendRow) -> None:
        self.stipends.add([row.receipt_number, row.pay_date, row.name, row.nik, row.nia,
                           row.type_code, row.kecamatan, row.gross, row.tax, row.net, row.status])  # fmt: skip
        for i, value in enumerate((row.gross, row.tax, row.net)):
            self._stipend_sums[i] += value

    def _close_stipends(self) -> None:
        s = self.stipends
        row = s.totals_row()
        s.label(row, 6, "Jumlah")
        for i, col in enumerate((7, 8, 9)):
            s.formula(row, col, f"=SUM({s.column_range(col)})", self._stipend_sums[i])
        s.close()

    # -- Kejadian

    def incident_row(self, row: IncidentRow) -> None:
        self.incidents.add([row.id, row.date, row.type_label, row.title, row.kecamatan, row.desa,
                            row.households, row.persons, row.paid])  # fmt: skip
        for i, value in enumerate((row.households, row.persons, row.paid)):
            self._incident_sums[i] += value

    def _close_incidents(self) -> None:
        s = self.incidents
        row = s.totals_row()
        s.label(row, 5, "Jumlah")
        for i, col in enumerate((6, 7, 8)):
            s.formula(row, col, f"=SUM({s.column_range(col)})", self._incident_sums[i])
        s.close()

    def discard(self) -> None:
        """After an error: close the row files that constant_memory mode keeps open, so they
        can be deleted (Windows does not delete an open file). Nothing is written."""
        for ws in self.wb.worksheets():
            handle = getattr(ws, "row_data_fh", None)
            if handle is not None:
                with contextlib.suppress(Exception):
                    handle.close()

    def close(self) -> None:
        self._close_bku()
        self._close_beneficiaries()
        self._close_stipends()
        self._close_incidents()
        self.summary_ws.activate()
        self.wb.close()
