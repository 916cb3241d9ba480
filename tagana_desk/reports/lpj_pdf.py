"""LPJ PDF: the month's accountability report for signature, drawn page by page.

Rows arrive one at a time (see :mod:`tagana_desk.reports.lpj_writer`) and are drawn straight onto
the ReportLab canvas; a finished page is closed before the next row is read, so a month of 50,000
payments is drawn in bounded memory (ReportLab keeps only the finished, compressed page streams).

Layout: a portrait cover page with the letterhead (kop), the title, the summary per fund and the
month's counts; then landscape A4 pages for the lists: the BKU of each fund, the incidents, the
aid beneficiaries and the volunteer stipends; and at the end the place, date and the signature
blocks (Bendahara Pengeluaran; "Mengetahui," Kepala Dinas), kept together on one page.

Every list page repeats the column header. The money lists carry their totals from page to page
the way a hand-kept cash book does: at the foot of a page "Jumlah halaman ini" (this page) and
"Jumlah dipindahkan" (everything so far), at the top of the next "Jumlah pindahan" with the
same figures, and at the end "Jumlah" (the whole list).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from tagana_desk.domain.dates import format_date, format_date_short
from tagana_desk.domain.money import format_rupiah
from tagana_desk.domain.terbilang import terbilang_rupiah
from tagana_desk.reports.pdf_common import Fonts as _Fonts
from tagana_desk.reports.pdf_common import fonts as _fonts
from tagana_desk.reports.pdf_common import format_nip, load_logo
from tagana_desk.reports.pdf_common import plain as _plain
from tagana_desk.services.lpj import (
    BeneficiaryRow,
    BkuRow,
    FundSummary,
    IncidentRow,
    LpjSummary,
    StipendRow,
)

__all__ = ["LpjPdf", "Signer"]

PORTRAIT = A4
LANDSCAPE = landscape(A4)
MARGIN_X = 12 * mm
MARGIN_TOP = 10 * mm
MARGIN_BOTTOM = 9 * mm
#: The running header and the footer of every page.
RUNNING_H = 7 * mm
FOOTER_H = 6 * mm

INK = colors.black
GREY = colors.Color(0.35, 0.35, 0.35)
RULE = colors.Color(0.55, 0.55, 0.55)
HEADER_FILL = colors.Color(0.90, 0.90, 0.90)
TOTAL_FILL = colors.Color(0.95, 0.95, 0.95)

CELL_SIZE = 7.6
CELL_LEAD = 9.2
CELL_PAD_X = 2.2
CELL_PAD_Y = 2.6
#: A cell of free text wraps, up to this many lines (more only for absurd input: shortened).
MAX_LINES = 5


def _amount(value: int) -> str:
    """``1250000`` → ``1.250.000`` (the column header says the unit)."""
    return format_rupiah(value, prefix=False)


def _count(value: int) -> str:
    return f"{value:,}".replace(",", ".")


#: The smallest size a cell's text is set at to stay inside its column.
MIN_SIZE = 5.0


def _squeeze(text: str, font: str, room: float) -> tuple[str, float, float]:
    """``text`` set small enough for ``room`` (down to MIN_SIZE, then shortened with "…").

    Returns the text, the font size and the width it takes.
    """
    width = pdfmetrics.stringWidth(text, font, CELL_SIZE)
    size = max(MIN_SIZE, CELL_SIZE * room / width)
    while pdfmetrics.stringWidth(text, font, size) > room and len(text) > 1:
        text = text[:-2] + "…"
    return text, size, pdfmetrics.stringWidth(text, font, size)


@dataclass(frozen=True)
class Signer:
    """A signature block: caption lines, the name (may be empty: a line to write on) and NIP."""

    caption: tuple[str, ...]
    name: str
    nip: str


@dataclass(frozen=True)
class Column:
    title: str
    width: float  # millimetres
    align: str = "L"  # L, R or C
    wrap: bool = False


# ---------------------------------------------------------------------------------------- pages


class _Doc:
    """The canvas, the page cursor and the running header and footer of every page."""

    def __init__(self, dest: BinaryIO, report: LpjSummary, office_name: str, printed_on: dt.date):
        self.fonts: _Fonts = _fonts()
        self.canvas = Canvas(dest, pagesize=PORTRAIT, pageCompression=1, lang="id-ID")
        self.canvas.setCreator("Tagana Desk")
        self.canvas.setProducer("Tagana Desk (ReportLab)")
        self.canvas.setTitle(f"LPJ {report.month_label}")
        self.canvas.setAuthor(self.p(office_name) or "Tagana Desk")
        self.report = report
        self.office_name = self.p(office_name)
        self.printed_on = printed_on
        self.pages = 0
        self.open = False
        self.size = PORTRAIT
        self.y = 0.0
        self.section = ""

    def p(self, text: object) -> str:
        text = _plain(str(text or ""), self.fonts)
        return text if self.fonts.unicode else text.replace("\u2212", "-")

    @property
    def width(self) -> float:
        return self.size[0] - 2 * MARGIN_X

    @property
    def bottom(self) -> float:
        return MARGIN_BOTTOM + FOOTER_H

    def room(self) -> float:
        return self.y - self.bottom

    def new_page(self, size: tuple[float, float], *, running: bool = True) -> None:
        if self.open:
            self.canvas.showPage()
        self.size = size
        self.canvas.setPageSize(size)
        self.pages += 1
        self.open = True
        self.y = size[1] - MARGIN_TOP
        self._footer()
        if running:
            self._running_header()

    def finish_page(self) -> None:
        if self.open:
            self.canvas.showPage()
            self.open = False

    def _running_header(self) -> None:
        c, f = self.canvas, self.fonts
        top = self.y
        c.saveState()
        c.setFillColor(GREY)
        c.setFont(f.regular, 7.5)
        left = f"LPJ {self.report.month_label}"
        if self.report.fund_filter:
            left += f" · Dana {self.report.fund_filter}"
        if self.section:
            left += f" · {self.section}"
        c.drawString(MARGIN_X, top - 7.5, self.p(left))
        c.drawRightString(self.size[0] - MARGIN_X, top - 7.5, self.office_name)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.line(MARGIN_X, top - 10.5, self.size[0] - MARGIN_X, top - 10.5)
        c.restoreState()
        self.y = top - RUNNING_H

    def _footer(self) -> None:
        c, f = self.canvas, self.fonts
        y = MARGIN_BOTTOM
        c.saveState()
        c.setFillColor(GREY)
        c.setFont(f.regular, 7)
        c.drawString(MARGIN_X, y, f"Dicetak dengan Tagana Desk, {format_date(self.printed_on)}")
        # "Halaman N dari M": M is only known at the end; it is a form drawn on every page and
        # defined once, after the last page (see close()).
        right = self.size[0] - MARGIN_X - 16
        label = f"Halaman {self.pages} dari "
        c.drawRightString(right, y, label)
        c.translate(right, y)
        c.doForm("lpj-page-count")
        c.restoreState()

    def close(self) -> None:
        self.finish_page()
        c = self.canvas
        c.beginForm("lpj-page-count")
        c.setFillColor(GREY)
        c.setFont(self.fonts.regular, 7)
        c.drawString(0, 0, str(self.pages))
        c.endForm()
        c.save()

    # -- drawing helpers

    def text(self, x: float, y: float, text: str, size: float, *, bold=False, align="L") -> None:
        c = self.canvas
        c.setFont(self.fonts.bold if bold else self.fonts.regular, size)
        if align == "R":
            c.drawRightString(x, y, text)
        elif align == "C":
            c.drawCentredString(x, y, text)
        else:
            c.drawString(x, y, text)

    def wrap(self, text: str, width: float, size: float, *, bold: bool = False) -> list[str]:
        font = self.fonts.bold if bold else self.fonts.regular
        if pdfmetrics.stringWidth(text, font, size) <= width:
            return [text]
        return simpleSplit(text, font, size, width) or [""]


# ---------------------------------------------------------------------------------------- tables


class _Table:
    """A list over as many landscape pages as it needs, header repeated on every page.

    ``sum_cols`` are summed; with ``carry`` the sums are carried from page to page ("Jumlah
    pindahan" / "Jumlah halaman ini" / "Jumlah dipindahkan"). ``balance_col`` (the BKU's Saldo)
    shows the running balance on those lines. ``closing_rows`` lines are drawn after the
    final "Jumlah"; room for them is kept free on every page so the end never has to break.
    """

    def __init__(
        self, doc: _Doc, title: str, subtitle: str, columns: Sequence[Column], *,
        sum_cols: Sequence[int] = (), balance_col: int | None = None, carry: bool = True,
        closing_rows: int = 0, new_page: bool = True, section: str = "",
    ) -> None:  # fmt: skip
        self.doc = doc
        self.title = doc.p(title)
        self.subtitle = doc.p(subtitle)
        self.columns = list(columns)
        scale = LANDSCAPE[0] - 2 * MARGIN_X
        total_mm = sum(col.width for col in self.columns)
        self.widths = [col.width / total_mm * scale for col in self.columns]
        self.xs = [MARGIN_X]
        for w in self.widths:
            self.xs.append(self.xs[-1] + w)
        self.sum_cols = tuple(sum_cols)
        self.balance_col = balance_col
        self.carry = carry and bool(self.sum_cols)
        # Total lines put their label across the columns before the first figure.
        figures = [*self.sum_cols, *([balance_col] if balance_col is not None else [])]
        self.label_span = min(figures, default=len(self.columns))
        self.totals = dict.fromkeys(self.sum_cols, 0)
        self.page_totals = dict.fromkeys(self.sum_cols, 0)
        self.balance: int | None = None
        self.rows = 0
        self.page_rows = 0
        self.pages = 0
        self.line_h = CELL_LEAD + 2 * CELL_PAD_Y
        self.header_lines = [
            doc.wrap(doc.p(col.title), w - 2 * CELL_PAD_X, CELL_SIZE, bold=True)
            for col, w in zip(self.columns, self.widths, strict=True)
        ]
        self.header_h = max(len(x) for x in self.header_lines) * CELL_LEAD + 2 * CELL_PAD_Y
        # Foot of a continued page: "Jumlah halaman ini" + "Jumlah dipindahkan"; the end:
        # "Jumlah halaman ini" + "Jumlah" + the closing rows.
        self.reserve = self.line_h * (max(2, 2 + closing_rows) if self.carry else 1 + closing_rows)
        doc.section = section or self.title
        # A list may start under the previous one when its title, header and a few rows fit.
        needed = 36 + self.header_h + 5 * self.line_h + self.reserve
        if new_page or not doc.open or doc.size != LANDSCAPE or doc.room() < needed:
            doc.new_page(LANDSCAPE)
        else:
            doc.y -= 3 * mm
        self._start_page(continued=False)

    # -- page structure

    def _start_page(self, *, continued: bool) -> None:
        doc = self.doc
        self.pages += 1
        self.page_rows = 0
        self.page_totals = dict.fromkeys(self.sum_cols, 0)
        y = doc.y - (2 if continued else 6)
        doc.canvas.setFillColor(INK)
        title = self.title + (" (lanjutan)" if continued else "")
        doc.text(MARGIN_X, y - 10, title, 10, bold=True)
        y -= 13
        if self.subtitle and not continued:
            doc.text(MARGIN_X, y - 8.5, self.subtitle, 8.2)
            y -= 11
        doc.y = y - 4
        self._header()
        self.segment_top = doc.y
        if continued and self.carry:
            self._carry_row("Jumlah pindahan", self.totals)

    def _header(self) -> None:
        doc, c = self.doc, self.doc.canvas
        top, h = doc.y, self.header_h
        c.saveState()
        c.setFillColor(HEADER_FILL)
        c.rect(self.xs[0], top - h, self.xs[-1] - self.xs[0], h, stroke=0, fill=1)
        c.setFillColor(INK)
        for i, lines in enumerate(self.header_lines):
            x0, x1 = self.xs[i], self.xs[i + 1]
            first = top - (h - len(lines) * CELL_LEAD) / 2 - CELL_SIZE
            for k, line in enumerate(lines):
                doc.text(
                    (x0 + x1) / 2, first - k * CELL_LEAD, line, CELL_SIZE, bold=True, align="C"
                )
        self._box(top, h, range(len(self.columns) + 1), width=0.6)
        c.restoreState()
        doc.y = top - h

    def _box(self, top: float, h: float, edges, width: float = 0.45) -> None:
        """Vertical rules at the given column edges and the rule under the rows, top → top-h."""
        c = self.doc.canvas
        c.setStrokeColor(INK)
        c.setLineWidth(width)
        for i in edges:
            c.line(self.xs[i], top, self.xs[i], top - h)
        c.line(self.xs[0], top, self.xs[-1], top)
        c.line(self.xs[0], top - h, self.xs[-1], top - h)

    def _close_segment(self) -> None:
        """The column rules of the plain rows drawn since the last header or total line."""
        doc = self.doc
        if doc.y < self.segment_top:
            c = doc.canvas
            c.saveState()
            c.setStrokeColor(INK)
            c.setLineWidth(0.45)
            for x in self.xs:
                c.line(x, self.segment_top, x, doc.y)
            c.line(self.xs[0], doc.y, self.xs[-1], doc.y)
            c.restoreState()
        self.segment_top = doc.y

    def _carry_row(self, label: str, sums: dict[int, int], *, bold: bool = True) -> None:
        """A total line: the label across the leading columns, then the sums (and balance)."""
        self._close_segment()
        doc, c = self.doc, self.doc.canvas
        top, h = doc.y, self.line_h
        c.saveState()
        c.setFillColor(TOTAL_FILL)
        c.rect(self.xs[0], top - h, self.xs[-1] - self.xs[0], h, stroke=0, fill=1)
        c.setFillColor(INK)
        base = top - CELL_PAD_Y - CELL_SIZE
        doc.text(self.xs[self.label_span] - CELL_PAD_X, base, doc.p(label), CELL_SIZE, bold=bold,
                 align="R")  # fmt: skip
        for col, value in sums.items():
            doc.text(self.xs[col + 1] - CELL_PAD_X, base, _amount(value), CELL_SIZE, bold=bold,
                     align="R")  # fmt: skip
        if self.balance_col is not None and self.balance is not None:
            doc.text(self.xs[self.balance_col + 1] - CELL_PAD_X, base, _amount(self.balance),
                     CELL_SIZE, bold=bold, align="R")  # fmt: skip
        edges = [0, *range(self.label_span, len(self.columns) + 1)]
        self._box(top, h, edges)
        c.restoreState()
        doc.y = top - h
        self.segment_top = doc.y

    def _break(self) -> None:
        if self.carry:
            self._carry_row("Jumlah halaman ini", self.page_totals, bold=False)
            self._carry_row("Jumlah dipindahkan", self.totals)
        else:
            self._close_segment()
        self.doc.new_page(LANDSCAPE)
        self._start_page(continued=True)

    # -- rows

    def add(
        self, cells: Sequence[str], amounts: dict[int, int] | None = None, *,
        balance: int | None = None, bold: bool = False, counted: bool = True,
    ) -> None:  # fmt: skip
        """One row; ``amounts`` are the values of the sum columns (their cells are filled)."""
        doc = self.doc
        texts = list(cells)
        amounts = amounts or {}
        for col, value in amounts.items():
            texts[col] = _amount(value)
        if balance is not None and self.balance_col is not None:
            texts[self.balance_col] = _amount(balance)
        lines: list[list[str]] = []
        for i, text in enumerate(texts):
            text = doc.p(text)
            col = self.columns[i]
            if col.wrap:
                parts = doc.wrap(text, self.widths[i] - 2 * CELL_PAD_X, CELL_SIZE, bold=bold)
                if len(parts) > MAX_LINES:
                    parts = [*parts[: MAX_LINES - 1], parts[MAX_LINES - 1] + " …"]
                lines.append(parts)
            else:
                lines.append([text])
        h = max(len(x) for x in lines) * CELL_LEAD + 2 * CELL_PAD_Y
        if doc.y - h < doc.bottom + self.reserve and self.page_rows:
            self._break()
        c = doc.canvas
        top = doc.y
        c.setFillColor(INK)
        font = doc.fonts.bold if bold else doc.fonts.regular
        # One text object for the whole row: far cheaper than a drawString per cell.
        text = c.beginText()
        text.setFont(font, CELL_SIZE)
        first = top - CELL_PAD_Y - CELL_SIZE
        for i, parts in enumerate(lines):
            align = self.columns[i].align
            room = self.widths[i] - 2 * CELL_PAD_X
            for k, part in enumerate(parts):
                if not part:
                    continue
                w = pdfmetrics.stringWidth(part, font, CELL_SIZE)
                size = CELL_SIZE
                if w > room:  # a word or number wider than its column: set smaller, never over
                    part, size, w = _squeeze(part, font, room)
                    text.setFont(font, size)
                if align == "R":
                    x = self.xs[i + 1] - CELL_PAD_X - w
                elif align == "C":
                    x = (self.xs[i] + self.xs[i + 1] - w) / 2
                else:
                    x = self.xs[i] + CELL_PAD_X
                text.setTextOrigin(x, first - k * CELL_LEAD)
                text.textOut(part)
                if size != CELL_SIZE:
                    text.setFont(font, CELL_SIZE)
        c.drawText(text)
        doc.y = top - h
        c.setStrokeColor(RULE)
        c.setLineWidth(0.25)
        c.line(self.xs[0], doc.y, self.xs[-1], doc.y)
        if balance is not None:
            self.balance = balance
        self.page_rows += 1
        if counted:
            self.rows += 1
        for col, value in amounts.items():
            self.totals[col] += value
            self.page_totals[col] += value

    def note(self, text: str) -> None:
        """A line across the whole table (an empty list's "Tidak ada …")."""
        cells = [""] * len(self.columns)
        self.add(cells, counted=False)
        doc = self.doc
        doc.canvas.setFillColor(GREY)
        doc.text((self.xs[0] + self.xs[-1]) / 2, doc.y + CELL_PAD_Y + 2, doc.p(text), CELL_SIZE,
                 align="C")  # fmt: skip
        doc.canvas.setFillColor(INK)

    def finish(self, closing: Sequence[tuple[str, dict[int, int]]] = (), note: str = "") -> None:
        """The end of the list: "Jumlah halaman ini" (when it ran over pages), "Jumlah", the
        ``closing`` lines (label, sums), and a ``note`` under the table (one line)."""
        if self.carry and self.pages > 1:
            self._carry_row("Jumlah halaman ini", self.page_totals, bold=False)
        if self.sum_cols:
            self._carry_row("Jumlah", self.totals)
        else:
            self._close_segment()
        for label, sums in closing:
            self._carry_row(label, sums)
        if note:
            doc = self.doc
            doc.canvas.setFillColor(INK)
            doc.text(MARGIN_X, doc.y - 11, doc.p(note), 8.2)
            doc.y -= self.line_h
        self.doc.y -= 4 * mm


# ---------------------------------------------------------------------------------------- report

BKU_COLUMNS = (
    Column("No.", 9, "R"), Column("Tanggal", 17, "C"), Column("No. Bukti", 30),
    Column("Uraian", 96, wrap=True), Column("Penerimaan (Rp)", 30, "R"),
    Column("Pengeluaran (Rp)", 30, "R"), Column("Saldo (Rp)", 33, "R"),
)  # fmt: skip
BENEFICIARY_COLUMNS = (
    Column("No.", 8, "R"), Column("No. Kuitansi", 25), Column("Tanggal", 15, "C"),
    Column("Nama penerima", 34, wrap=True), Column("NIK", 25), Column("Desa / Kecamatan", 34, wrap=True),
    Column("Kejadian", 55, wrap=True), Column("Jenis bantuan", 30, wrap=True),
    Column("Jumlah (Rp)", 19, "R"), Column("Status", 10, "C"),
)  # fmt: skip
STIPEND_COLUMNS = (
    Column("No.", 9, "R"), Column("No. Kuitansi", 29), Column("Tanggal", 16, "C"),
    Column("Nama relawan", 40, wrap=True), Column("NIK", 27), Column("NIA", 22),
    Column("Jenis", 16), Column("Kecamatan", 28, wrap=True), Column("Bruto (Rp)", 22, "R"),
    Column("Pajak (Rp)", 18, "R"), Column("Diterima (Rp)", 22, "R"), Column("Status", 12, "C"),
)  # fmt: skip
INCIDENT_COLUMNS = (
    Column("No.", 9, "R"), Column("Tanggal", 17, "C"), Column("Jenis", 30, wrap=True),
    Column("Kejadian", 78, wrap=True), Column("Kecamatan", 32, wrap=True),
    Column("Desa", 32, wrap=True), Column("KK", 14, "R"), Column("Jiwa", 14, "R"),
    Column("Dibayar bulan ini (Rp)", 30, "R"),
)  # fmt: skip


class LpjPdf:
    """Draws the LPJ as its parts arrive: ``cover()``, then each list, then ``close()``."""

    def __init__(
        self, dest: BinaryIO, report: LpjSummary, *, government: str, office_name: str,
        address: str, contact: str, logo_png: bytes | None, title_funds: str,
        aid_names: dict[str, str], place: str, signed_on: dt.date, treasurer: Signer,
        acknowledger: Signer, show_aid: bool = True, show_stipends: bool = True,
    ) -> None:  # fmt: skip
        """``show_aid`` / ``show_stipends`` False leave out those lists (and the incidents with
        the aid), for the LPJ of one fund that has none of them."""
        self.report = report
        self.doc = _Doc(dest, report, office_name or government, signed_on)
        self.government = government
        self.office_name = office_name
        self.address = address
        self.contact = contact
        self.logo = load_logo(logo_png)
        self.title_funds = title_funds
        self.aid_names = aid_names
        self.place = place
        self.signed_on = signed_on
        self.treasurer = treasurer
        self.acknowledger = acknowledger
        self.show_aid = show_aid
        self.show_stipends = show_stipends
        self.table: _Table | None = None
        self._sahs = {"Sah": 0, "Batal": 0}

    @property
    def pages(self) -> int:
        return self.doc.pages

    # -- cover: letterhead, title, summary, counts

    def cover(self) -> None:
        doc, r = self.doc, self.report
        doc.section = "Ringkasan"
        doc.new_page(PORTRAIT, running=False)
        self._kop()
        title = f"LAPORAN PERTANGGUNGJAWABAN {self.title_funds}".upper()
        self._centred(title, 12.5, bold=True, gap=5 * mm)
        self._centred(f"BULAN {r.month_label}".upper(), 12.5, bold=True)
        period = f"Periode {format_date(r.first_day)} s.d. {format_date(r.last_day)}"
        self._centred(period, 9.5, gap=1.5 * mm)
        doc.y -= 4 * mm
        self._heading("A. Ringkasan keuangan")
        funds = list(r.funds)
        for start in range(0, max(len(funds), 1), 3):
            self._summary_table(funds[start : start + 3], with_total=len(funds) > 1
                                and len(funds) <= 3)  # fmt: skip
        if len(funds) > 3:
            self._summary_table([], with_total=True)
        self._heading("B. Kegiatan bulan ini")
        self._counts()
        self._heading("C. Pernyataan saldo")
        for f in funds:
            text = (
                f"Saldo akhir dana {f.fund} ({f.name}) per {format_date(r.last_day)} sebesar "
                f"{format_rupiah(f.closing)} ({terbilang_rupiah(f.closing)}), sama dengan saldo "
                f"awal ditambah penerimaan dikurangi pengeluaran menurut Buku Kas Umum."
            )
            self._paragraph(text, 9)
        parts = ["Buku Kas Umum " + ("tiap dana" if len(funds) > 1 else f"dana {funds[0].fund}")]
        if self.show_aid:
            parts += ["daftar kejadian", "daftar penerima bantuan"]
        if self.show_stipends:
            parts.append("daftar penerima honor relawan")
        listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " dan " + parts[-1]
        self._paragraph(
            f"Rincian terlampir: {listed}. Jumlah pada daftar sama dengan pengeluaran pada "
            "Buku Kas Umum.", 9,
        )  # fmt: skip

    def _kop(self) -> None:
        doc, c = self.doc, self.doc.canvas
        width = doc.width
        top = doc.y
        logo_h = 22 * mm
        logo_w = 0.0
        if self.logo:
            logo_w = min(self.logo.aspect * logo_h, 28 * mm)
            logo_h = logo_w / self.logo.aspect
        side = logo_w + 4 * mm if self.logo else 0.0
        text_w = width - 2 * side
        lines: list[tuple[str, float, bool]] = []
        for text, size, bold in (
            (self.government, 12.5, True), (self.office_name, 16, True),
            (self.address, 9, False), (self.contact, 9, False),
        ):  # fmt: skip
            text = doc.p(text)
            if text:
                lines.extend((part, size, bold) for part in doc.wrap(text, text_w, size, bold=bold))
        text_h = sum(size * 1.22 for _, size, _ in lines)
        body_h = max(text_h, logo_h if self.logo else 0.0)
        if self.logo:
            c.drawImage(self.logo.image, MARGIN_X, top - (body_h + logo_h) / 2, logo_w, logo_h,
                        mask="auto")  # fmt: skip
        y = top - (body_h - text_h) / 2
        c.setFillColor(INK)
        for text, size, bold in lines:
            y -= size * 1.22
            doc.text(MARGIN_X + width / 2, y + size * 0.22, text, size, bold=bold, align="C")
        y = top - body_h - 3 * mm
        c.saveState()
        c.setStrokeColor(INK)
        c.setLineWidth(2.2)
        c.line(MARGIN_X, y, MARGIN_X + width, y)
        c.setLineWidth(0.7)
        c.line(MARGIN_X, y - 3.2, MARGIN_X + width, y - 3.2)
        c.restoreState()
        doc.y = y - 3.2

    def _ensure(self, height: float) -> None:
        """A new portrait page when ``height`` does not fit on this one."""
        if self.doc.room() < height:
            self.doc.new_page(PORTRAIT)

    def _centred(self, text: str, size: float, *, bold=False, gap: float = 0.0) -> None:
        doc = self.doc
        parts = doc.wrap(doc.p(text), doc.width, size, bold=bold)
        self._ensure(gap + len(parts) * size * 1.3)
        doc.y -= gap
        for part in parts:
            doc.y -= size * 1.3
            doc.text(MARGIN_X + doc.width / 2, doc.y + size * 0.3, part, size, bold=bold,
                     align="C")  # fmt: skip

    def _heading(self, text: str) -> None:
        doc = self.doc
        self._ensure(60)
        doc.y -= 4 * mm
        doc.text(MARGIN_X, doc.y - 10, doc.p(text), 10, bold=True)
        doc.y -= 15

    def _paragraph(self, text: str, size: float) -> None:
        doc = self.doc
        parts = doc.wrap(doc.p(text), doc.width, size)
        self._ensure(len(parts) * size * 1.35 + 4)
        for part in parts:
            doc.y -= size * 1.35
            doc.text(MARGIN_X, doc.y + size * 0.3, part, size)
        doc.y -= 4

    def _grid(self, rows: list[tuple[list[str], str]], widths: list[float]) -> None:
        """A small table on the cover: rows of (cells, style) with style "", "b", "h" or "t".

        "h" is the header (filled, bold, centred), "b" a bold row, "t" a total (filled, bold),
        "s" a sub-heading; the first column is text, the others right-aligned amounts.
        """
        doc, c = self.doc, self.doc.canvas
        size, pad = 8.6, 3.0
        x = [MARGIN_X]
        for w in widths:
            x.append(x[-1] + w)
        row_h = size * 1.25 + 2 * pad
        # The header goes with at least three rows.
        self._ensure(row_h * min(len(rows), 4))
        for cells, style in rows:
            parts = doc.wrap(doc.p(cells[0]), widths[0] - 2 * pad - 10, size, bold=style != "")
            h = max(1, len(parts)) * size * 1.25 + 2 * pad
            if doc.room() < h:
                doc.new_page(PORTRAIT)
            top = doc.y
            if style in ("h", "t"):
                c.setFillColor(HEADER_FILL if style == "h" else TOTAL_FILL)
                c.rect(x[0], top - h, x[-1] - x[0], h, stroke=0, fill=1)
            c.setFillColor(INK)
            bold = style in ("h", "t", "b", "s")
            base = top - pad - size
            indent = 10 if cells[0].startswith("  ") else 0
            for k, part in enumerate(parts):
                if style == "h":
                    doc.text((x[0] + x[1]) / 2, base - k * size * 1.25, part, size, bold=True,
                             align="C")  # fmt: skip
                else:
                    doc.text(x[0] + pad + indent, base - k * size * 1.25, part.strip(), size,
                             bold=bold)  # fmt: skip
            for i, cell in enumerate(cells[1:], start=1):
                if style == "h":
                    doc.text((x[i] + x[i + 1]) / 2, base, doc.p(cell), size, bold=True, align="C")
                else:
                    doc.text(x[i + 1] - pad, base, doc.p(cell), size, bold=bold, align="R")
            c.setStrokeColor(INK)
            c.setLineWidth(0.45)
            for edge in x:
                c.line(edge, top, edge, top - h)
            c.line(x[0], top, x[-1], top)
            c.line(x[0], top - h, x[-1], top - h)
            doc.y = top - h
        doc.y -= 2 * mm

    def _summary_table(self, funds: list[FundSummary], *, with_total: bool) -> None:
        r = self.report
        cols = list(funds)
        if not cols and not with_total:
            return
        total_only = not cols
        header = ["Uraian", *(f.fund for f in cols)] + (["Jumlah"] if with_total else [])

        def line(label: str, get: Callable[[FundSummary], int], style: str = ""):
            values = [get(f) for f in cols]
            if with_total:
                values.append(sum(get(f) for f in r.funds))
            return [label, *(format_rupiah(v) for v in values)], style

        order = {code: i for i, code in enumerate(self.aid_names)}
        aid_codes = sorted({code for f in r.funds for code in f.paid_by_aid_type},
                           key=lambda code: (order.get(code, len(order)), code))  # fmt: skip
        rows = [
            (header, "h"),
            line(f"Saldo awal per {format_date(r.first_day)}", lambda f: f.opening, "b"),
            (["Penerimaan", *[""] * (len(header) - 1)], "s"),
            line("  Alokasi / penerimaan dana", lambda f: f.allocations),
            line("  Pembatalan kuitansi (pengembalian)", lambda f: f.reversals),
            line("Jumlah penerimaan", lambda f: f.total_in, "b"),
            (["Pengeluaran", *[""] * (len(header) - 1)], "s"),
        ]
        for code in aid_codes:
            label = f"  {self.aid_names.get(code, code)} ({code})"
            rows.append(line(label, lambda f, code=code: f.paid_by_aid_type.get(code, 0)))
        rows.append(line("  Honor relawan", lambda f: f.stipends))
        rows.append(line("Jumlah pengeluaran", lambda f: f.total_out, "b"))
        rows.append(line(f"Saldo akhir per {format_date(r.last_day)}", lambda f: f.closing, "t"))
        if total_only:
            rows[0] = (["Uraian", "Jumlah semua dana"], "h")
        width = self.doc.width
        n = len(header) - 1
        money_w = min(38 * mm, (width - 70 * mm) / max(n, 1))
        self._grid(rows, [width - n * money_w, *[money_w] * n])

    def _counts(self) -> None:
        r = self.report
        rows = [
            (["Uraian", "Jumlah"], "h"),
            (["Kejadian bencana / musibah tercatat bulan ini", f"{_count(r.incidents)} kejadian"], ""),
            (["Keluarga (KK) terlayani, kuitansi sah", f"{_count(r.households_served)} KK"], ""),
            (["Jiwa terlayani", f"{_count(r.persons_served)} jiwa"], ""),
            (["Kuitansi terbit bulan ini (bantuan dan honor)", f"{_count(r.receipts_issued)} lembar"], ""),
            (["Kuitansi dibatalkan bulan ini", f"{_count(r.receipts_voided)} lembar"], ""),
            (["Jumlah kuitansi bantuan bulan ini (daftar penerima)", format_rupiah(r.beneficiary_total)], ""),
            (["Jumlah kuitansi honor relawan bulan ini", format_rupiah(r.stipend_total)], ""),
        ]  # fmt: skip
        width = self.doc.width
        self._grid(rows, [width - 45 * mm, 45 * mm])

    # -- the BKU of one fund

    def start_bku(self, fund: FundSummary) -> None:
        r = self.report
        self.table = _Table(
            self.doc, f"BUKU KAS UMUM — DANA {fund.fund}",
            f"{fund.name} · Bulan {r.month_label} · Saldo awal {format_rupiah(fund.opening)}",
            BKU_COLUMNS, sum_cols=(4, 5), balance_col=6, closing_rows=1, section=f"BKU {fund.fund}",
        )  # fmt: skip
        t = self.table
        t.balance = fund.opening
        t.add(["", format_date_short(r.first_day), "", "Saldo awal (saldo bulan lalu)", "", "", ""],
              balance=fund.opening, bold=True, counted=False)  # fmt: skip

    def bku_row(self, row: BkuRow) -> None:
        t = self.table
        assert t is not None
        amounts = {}
        if row.amount_in:
            amounts[4] = row.amount_in
        if row.amount_out:
            amounts[5] = row.amount_out
        t.add([str(t.rows + 1), format_date_short(row.entry_date), row.proof_number,
               row.description, "", "", ""], amounts, balance=row.balance)  # fmt: skip

    def end_bku(self, fund: FundSummary) -> None:
        t = self.table
        assert t is not None
        if not t.rows:
            t.note("Tidak ada transaksi bulan ini.")
        closing = fund.opening + t.totals[4] - t.totals[5]
        t.finish(note=(
            f"Saldo akhir per {format_date(self.report.last_day)}: saldo awal "
            f"{format_rupiah(fund.opening)} + penerimaan {format_rupiah(t.totals[4])} \u2212 "
            f"pengeluaran {format_rupiah(t.totals[5])} = {format_rupiah(closing)}"
        ))  # fmt: skip
        self.table = None

    # -- incidents

    def start_incidents(self) -> None:
        if not self.show_aid:
            return
        self.table = _Table(
            self.doc, "DAFTAR KEJADIAN",
            f"Kejadian bulan {self.report.month_label} dan kejadian lama yang dibayar bulan ini",
            INCIDENT_COLUMNS, sum_cols=(8,), carry=False, new_page=False, section="Kejadian",
        )  # fmt: skip

    def incident_row(self, row: IncidentRow) -> None:
        t = self.table
        if not self.show_aid:
            return
        assert t is not None
        t.add([str(t.rows + 1), format_date_short(row.date), row.type_label, row.title,
               row.kecamatan, row.desa, _count(row.households), _count(row.persons), ""],
              {8: row.paid})  # fmt: skip

    def end_incidents(self) -> None:
        if self.show_aid:
            self._end_list("Tidak ada kejadian bulan ini.")

    # -- beneficiaries

    def start_beneficiaries(self) -> None:
        if not self.show_aid:
            return
        nik = "NIK lengkap" if self.report.full_nik else "NIK disamarkan"
        self.table = _Table(
            self.doc, "DAFTAR PENERIMA BANTUAN",
            f"Kuitansi bantuan bulan {self.report.month_label} ({nik}); kuitansi batal tetap "
            "tercantum dengan nomornya, pengembaliannya tercatat di BKU",
            BENEFICIARY_COLUMNS, sum_cols=(8,), closing_rows=2, section="Penerima bantuan",
        )  # fmt: skip
        self._sahs = {"Sah": 0, "Batal": 0}

    def beneficiary_row(self, row: BeneficiaryRow) -> None:
        t = self.table
        if not self.show_aid:
            return
        assert t is not None
        place = ", ".join(x for x in (row.desa, row.kecamatan) if x)
        t.add([str(t.rows + 1), row.receipt_number, format_date_short(row.issue_date), row.name,
               row.nik, place, row.incident, row.aid_name, "", row.status],
              {8: row.amount})  # fmt: skip
        self._sahs[row.status] = self._sahs.get(row.status, 0) + row.amount

    def end_beneficiaries(self) -> None:
        if not self.show_aid:
            return
        closing = [("Kuitansi sah", {8: self._sahs.get("Sah", 0)}),
                   ("Kuitansi batal", {8: self._sahs.get("Batal", 0)})]  # fmt: skip
        self._end_list("Tidak ada kuitansi bantuan bulan ini.", closing)

    # -- stipends

    def start_stipends(self) -> None:
        if not self.show_stipends:
            return
        self.table = _Table(
            self.doc, "DAFTAR PENERIMA HONOR RELAWAN",
            f"Kuitansi honor bulan {self.report.month_label}",
            STIPEND_COLUMNS, sum_cols=(8, 9, 10), new_page=False, section="Honor relawan",
        )  # fmt: skip

    def stipend_row(self, row: StipendRow) -> None:
        t = self.table
        if not self.show_stipends:
            return
        assert t is not None
        t.add([str(t.rows + 1), row.receipt_number, format_date_short(row.pay_date), row.name,
               row.nik, row.nia, row.type_code, row.kecamatan, "", "", "", row.status],
              {8: row.gross, 9: row.tax, 10: row.net})  # fmt: skip

    def end_stipends(self) -> None:
        if self.show_stipends:
            self._end_list("Tidak ada pembayaran honor bulan ini.")

    def _end_list(self, empty: str, closing=()) -> None:
        t = self.table
        assert t is not None
        if not t.rows:
            t.note(empty)
        t.finish(closing)
        self.table = None

    # -- signatures and the end

    def signatures(self) -> None:
        """The closing statement, place and date, then "Mengetahui," Kepala Dinas (left) and the
        treasurer (right); kept together: on this page when all of it fits, else on a new one."""
        doc = self.doc
        size, lead = 9.5, 9.5 * 1.35
        col_w = 85 * mm
        r = self.report
        balances = "; ".join(f"dana {f.fund} {format_rupiah(f.closing)}" for f in r.funds)
        statement = (
            f"Demikian Laporan Pertanggungjawaban {self.title_funds} bulan "
            f"{r.month_label} ini dibuat dengan sebenarnya. Saldo akhir per "
            f"{format_date(r.last_day)}: {balances}."
        )
        width = LANDSCAPE[0] - 2 * MARGIN_X
        text_lines = doc.wrap(doc.p(statement), width, size)
        date_line = (
            f"{self.place}, {format_date(self.signed_on)}"
            if self.place
            else format_date(self.signed_on)
        )
        blocks = []
        for signer in (self.acknowledger, self.treasurer):
            caption = [
                part for line in signer.caption for part in doc.wrap(doc.p(line), col_w, size)
            ]
            blocks.append((caption, signer))
        cap_lines = max(len(cap) for cap, _ in blocks)
        space = 22 * mm
        statement_h = lead * len(text_lines) + 5 * mm
        height = 4 * mm + statement_h + lead * (2 + cap_lines) + space + lead * 2
        if not doc.open or doc.size != LANDSCAPE or doc.room() < height:
            doc.section = "Pengesahan"
            doc.new_page(LANDSCAPE)
        c = doc.canvas
        c.setFillColor(INK)
        top = doc.y - 4 * mm
        for k, part in enumerate(text_lines):
            doc.text(MARGIN_X, top - size - k * lead, part, size)
        top -= statement_h
        xs = (MARGIN_X + col_w / 2, MARGIN_X + width - col_w / 2)
        doc.text(xs[1], top - size, doc.p(date_line), size, align="C")
        y_cap = top - lead * 2
        y_name = y_cap - cap_lines * lead - space
        for x, (caption, signer) in zip(xs, blocks, strict=True):
            for k, part in enumerate(caption):
                doc.text(x, y_cap - size - k * lead, part, size, align="C")
            name = doc.p(signer.name)
            if name:
                doc.text(x, y_name - size, name, size, bold=True, align="C")
                w = pdfmetrics.stringWidth(name, doc.fonts.bold, size)
                c.setStrokeColor(INK)
                c.setLineWidth(0.6)
                c.line(x - w / 2, y_name - size - 1.6, x + w / 2, y_name - size - 1.6)
            else:  # nobody configured: a line to write the name on by hand
                doc.text(x, y_name - size, "(" + "." * 45 + ")", size, align="C")
            nip = format_nip(signer.nip)
            doc.text(x, y_name - size - lead, f"NIP. {nip}" if nip else "NIP. " + "." * 30, size,
                     align="C")  # fmt: skip
        doc.y = y_name - lead * 2

    def close(self) -> None:
        self.doc.close()
