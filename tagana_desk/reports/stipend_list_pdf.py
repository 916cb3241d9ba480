"""Daftar penerimaan honor relawan (stipend payment list) as a PDF, A4 landscape.

What the treasurer prints after a monthly stipend run and files with the receipts: the office
letterhead (kop), the title, one row per volunteer paid (No, Nama, NIA, Jenis, Kecamatan, Bruto,
Potongan, Netto) with the signature column of a government list — numbered places that alternate
left and right (``1. ........`` at the left of the cell, ``2. ........`` indented to the right) so
that neighbours' signatures do not collide — then the total, the total in words (terbilang), the
place and date, and the signature blocks (Mengetahui Kepala Dinas; Bendahara Pengeluaran).

Pages are laid out here, not by a flowing document: the table header is repeated on every page,
every page of a long list ends with its own subtotal and the running total, the next page starts
with that total carried over (*pindahan*), and the closing block (terbilang and signatures) is
kept whole on the last page together with at least the last rows of the table.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Table, TableStyle

from tagana_desk.domain.dates import format_date
from tagana_desk.domain.errors import TaganaError
from tagana_desk.domain.money import format_rupiah
from tagana_desk.reports.pdf_common import Fonts as _Fonts
from tagana_desk.reports.pdf_common import fonts as _fonts
from tagana_desk.reports.pdf_common import format_nip, load_logo, write_error
from tagana_desk.reports.pdf_common import plain as _plain
from tagana_desk.reports.pdf_common import temp_beside as _temp_beside
from tagana_desk.services.stipends import PaymentListDocument, PaymentListRow

__all__ = ["format_nip", "render_payment_list"]

PAGE_W, PAGE_H = landscape(A4)
MARGIN_X = 14 * mm
MARGIN_TOP = 11 * mm
MARGIN_BOTTOM = 10 * mm
FOOTER_H = 9 * mm
CONTENT_W = PAGE_W - 2 * MARGIN_X
#: Column widths; the signature column takes what is left of the page width.
COLUMNS = (
    ("No", 10 * mm),
    ("Nama", 54 * mm),
    ("NIA", 30 * mm),
    ("Jenis", 19 * mm),
    ("Kapanewon/\nKecamatan", 29 * mm),
    ("Bruto\n(Rp)", 25 * mm),
    ("Potongan\n(Rp)", 22 * mm),
    ("Netto\n(Rp)", 25 * mm),
)
SIGN_W = CONTENT_W - sum(w for _, w in COLUMNS)
SIGN_HEADER = "Tanda Tangan"
NO, NAME, NIA, KIND, KECAMATAN, GROSS, TAX, NET, SIGN = range(9)
#: A row is at least this tall: room to sign with a ballpoint.
MIN_ROW_H = 9.5 * mm
TOTAL_ROW_H = 6.4 * mm
CELL_PAD = 1.6 * mm
#: Rows kept with the closing block when it does not fit under the table (no orphaned signatures).
ROWS_WITH_CLOSING = 2

INK = colors.black
GREY = colors.Color(0.35, 0.35, 0.35)
HEAD_FILL = colors.Color(0.90, 0.90, 0.90)
TOTAL_FILL = colors.Color(0.95, 0.95, 0.95)

# ---------------------------------------------------------------------------------------- text


def _grouped(amount: int) -> str:
    return format_rupiah(int(amount), prefix=False)


@dataclass(frozen=True)
class _Styles:
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    head: ParagraphStyle
    kop_gov: ParagraphStyle
    kop_office: ParagraphStyle
    kop_line: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    words: ParagraphStyle
    sign: ParagraphStyle
    sign_name: ParagraphStyle


@lru_cache(maxsize=4)
def _styles(fonts: _Fonts) -> _Styles:
    def style(name, size, font=fonts.regular, align=TA_LEFT, lead=1.22, color=INK):
        return ParagraphStyle(
            f"tgd-list-{name}", fontName=font, fontSize=size, leading=size * lead,
            alignment=align, textColor=color, splitLongWords=True,
        )  # fmt: skip

    return _Styles(
        cell=style("cell", 9),
        cell_bold=style("cell-bold", 9, fonts.bold),
        head=style("head", 8.6, fonts.bold, TA_CENTER, 1.15),
        kop_gov=style("kop-gov", 12, fonts.bold, TA_CENTER, 1.2),
        kop_office=style("kop-office", 15, fonts.bold, TA_CENTER, 1.2),
        kop_line=style("kop-line", 8.8, align=TA_CENTER, lead=1.25),
        title=style("title", 12, fonts.bold, TA_CENTER, 1.25),
        subtitle=style("subtitle", 9, align=TA_CENTER, lead=1.3, color=GREY),
        words=style("words", 9.5, lead=1.35),
        sign=style("sign", 9.5, align=TA_CENTER, lead=1.3),
        sign_name=style("sign-name", 9.5, fonts.bold, TA_CENTER, 1.3),
    )


def _para(text: str, style: ParagraphStyle, width: float) -> tuple[Paragraph, float]:
    para = Paragraph(text, style)
    _, height = para.wrap(width, 10_000)
    return para, height


# ---------------------------------------------------------------------------------------- logo


# ---------------------------------------------------------------------------------------- layout


@dataclass
class _Page:
    rows: list[int]  # indexes into the listing's rows
    first: bool
    last: bool = False


class _PaymentList:
    """Lays out and draws the list, page by page."""

    def __init__(self, doc: PaymentListDocument, fonts: _Fonts) -> None:
        self.doc = doc
        self.fonts = fonts
        self.st = _styles(fonts)
        self.rows: tuple[PaymentListRow, ...] = doc.listing.rows
        self.logo = load_logo(doc.logo_png)
        self.row_heights = [self._row_height(r) for r in self.rows]
        self.head_h = self._head_height()
        self.kop_h = self._kop_height()
        self.title_h = self._title_height()
        self.cont_h = self.st.title.fontSize * 1.3 + 3 * mm
        self.closing_h = self._closing_height()

    def p(self, text: object) -> str:
        return _plain(text, self.fonts)

    # -- measuring

    def _name_cell(self, row: PaymentListRow) -> tuple[Paragraph, float]:
        return _para(escape(self.p(row.name)), self.st.cell, COLUMNS[NAME][1] - 2 * CELL_PAD)

    def _kecamatan_cell(self, row: PaymentListRow) -> tuple[Paragraph, float]:
        width = COLUMNS[KECAMATAN][1] - 2 * CELL_PAD
        return _para(escape(self.p(row.kecamatan_name) or "-"), self.st.cell, width)

    def _nia_cell(self, row: PaymentListRow) -> tuple[Paragraph, float]:
        return _para(escape(self.p(row.nia) or "-"), self.st.cell, COLUMNS[NIA][1] - 2 * CELL_PAD)

    def _row_height(self, row: PaymentListRow) -> float:
        text_h = max(h for _, h in (self._name_cell(row), self._kecamatan_cell(row),
                                    self._nia_cell(row)))  # fmt: skip
        return max(MIN_ROW_H, text_h + 2 * CELL_PAD + 1)

    def _head_height(self) -> float:
        captions = [c for c, _ in COLUMNS] + [SIGN_HEADER]
        widths = [w for _, w in COLUMNS] + [SIGN_W]
        text_h = max(
            _para(escape(c).replace("\n", "<br/>"), self.st.head, w - 2 * CELL_PAD)[1]
            for c, w in zip(captions, widths, strict=True)
        )
        return text_h + 2 * CELL_PAD + 4.2 * mm  # + the row of column numbers

    def _kop_height(self) -> float:
        d = self.doc
        lines = [(d.government, self.st.kop_gov), (d.office_name, self.st.kop_office),
                 (d.office_address, self.st.kop_line)]  # fmt: skip
        text = sum(s.leading for t, s in lines if t.strip())
        return max(text, 20 * mm if self.logo else 0) + 3 * mm + 4

    def _title_height(self) -> float:
        _, h = _para(escape(self.p(self.doc.title)), self.st.title, CONTENT_W - 40 * mm)
        return 4 * mm + h + self.st.subtitle.leading + 3 * mm

    def _words(self) -> tuple[Paragraph, float]:
        words = self.p(self.doc.total_net_words) or "-"
        text = f"Terbilang: <b><i>{escape(words)}</i></b>"
        return _para(text, self.st.words, CONTENT_W)

    def _closing_height(self) -> float:
        _, words_h = self._words()
        return 3 * mm + words_h + 5 * mm + self._signature_height()

    # -- pagination

    def _room(self, first: bool) -> float:
        top = self.kop_h + self.title_h if first else self.cont_h
        return PAGE_H - MARGIN_TOP - MARGIN_BOTTOM - FOOTER_H - top

    def _used(self, page: _Page, multi: bool) -> float:
        """Height of a page's table: header, carried total, rows, subtotal and total rows."""
        used = self.head_h + sum(self.row_heights[i] for i in page.rows)
        if multi:
            used += 2 * TOTAL_ROW_H + (0 if page.first else TOTAL_ROW_H)
        else:
            used += TOTAL_ROW_H
        return used

    def paginate(self) -> list[_Page]:
        everything = _Page(list(range(len(self.rows))), first=True, last=True)
        if self._used(everything, False) + self.closing_h <= self._room(True):
            return [everything]
        pages: list[_Page] = []
        page = _Page([], first=True)
        for i in range(len(self.rows)):
            page.rows.append(i)
            if self._used(page, True) > self._room(page.first) and len(page.rows) > 1:
                page.rows.pop()
                pages.append(page)
                page = _Page([i], first=False)
        pages.append(page)
        # The closing block stays whole, on the last page, with the last rows of the table.
        last = pages[-1]
        if self._used(last, True) + self.closing_h > self._room(last.first):
            moved = _Page([], first=False)
            while last.rows and (
                len(moved.rows) < ROWS_WITH_CLOSING
                or self._used(moved, True) + self.closing_h > self._room(False)
            ):
                if len(last.rows) == 1 and moved.rows:
                    break
                moved.rows.insert(0, last.rows.pop())
            if not last.rows:
                pages.pop()
                moved.first = last.first
            pages.append(moved)
        # A last page with a lonely row takes one more from the page before, when it has room.
        while len(pages) > 1 and len(pages[-1].rows) < ROWS_WITH_CLOSING < len(pages[-2].rows):
            last, previous = pages[-1], pages[-2]
            last.rows.insert(0, previous.rows.pop())
            if self._used(last, True) + self.closing_h > self._room(last.first):
                previous.rows.append(last.rows.pop(0))
                break
        pages[-1].last = True
        return pages

    # -- drawing

    def _kop(self, c: Canvas, top: float) -> float:
        d, st = self.doc, self.st
        logo_w = logo_h = 0.0
        if self.logo:
            aspect = self.logo.aspect
            logo_h = 20 * mm
            logo_w = min(aspect * logo_h, 26 * mm)
            logo_h = logo_w / aspect
        body_h = self.kop_h - 3 * mm - 4
        side = logo_w + 4 * mm if self.logo else 0.0
        text_w = CONTENT_W - 2 * max(side, 30 * mm)
        parts = [
            _para(escape(self.p(t)), s, text_w)
            for t, s in (
                (d.government, st.kop_gov),
                (d.office_name, st.kop_office),
                (d.office_address, st.kop_line),
            )  # fmt: skip
            if t.strip()
        ]
        text_h = sum(h for _, h in parts)
        if self.logo:
            c.drawImage(self.logo.image, MARGIN_X + 6 * mm, top - (body_h + logo_h) / 2, logo_w,
                        logo_h, mask="auto")  # fmt: skip
        y = top - (body_h - text_h) / 2
        for para, h in parts:
            para.drawOn(c, (PAGE_W - text_w) / 2, y - h)
            y -= h
        y = top - body_h - 3 * mm
        c.saveState()
        c.setStrokeColor(INK)
        c.setLineWidth(2.2)
        c.line(MARGIN_X, y, PAGE_W - MARGIN_X, y)
        c.setLineWidth(0.7)
        c.line(MARGIN_X, y - 3.2, PAGE_W - MARGIN_X, y - 3.2)
        c.restoreState()
        return top - self.kop_h

    def _title(self, c: Canvas, top: float) -> float:
        d, st = self.doc, self.st
        y = top - 4 * mm
        para, h = _para(escape(self.p(d.title)), st.title, CONTENT_W - 40 * mm)
        para.drawOn(c, MARGIN_X + 20 * mm, y - h)
        y -= h
        listing = d.listing
        details = [f"Sumber dana: {listing.fund_code}"]
        if listing.pay_date is not None:
            details.append(f"Tanggal pembayaran: {format_date(listing.pay_date)}")
        details.append(f"Jumlah penerima: {len(listing.rows)} orang")
        sub, sh = _para(escape(self.p("   \u00b7   ".join(details))), st.subtitle, CONTENT_W)
        sub.drawOn(c, MARGIN_X, y - sh)
        return top - self.title_h

    def _continued(self, c: Canvas, top: float) -> float:
        f = self.fonts
        c.saveState()
        c.setFillColor(INK)
        c.setFont(f.bold, 10)
        c.drawCentredString(PAGE_W / 2, top - 10, self.p(f"{self.doc.title} (lanjutan)"))
        c.restoreState()
        return top - self.cont_h

    def _sign_place(self, no: int) -> str:
        """``"7. ........"`` filling half the signature cell (odd left, even right)."""
        room = SIGN_W / 2 - 2 * CELL_PAD - 1 * mm
        label = f"{no}. "
        font, size = self.fonts.regular, 9
        dot = pdfmetrics.stringWidth(".", font, size)
        count = int((room - pdfmetrics.stringWidth(label, font, size)) / dot)
        return label + "." * max(count, 3)

    def _total_cells(self, label: str, gross: int, tax: int, net: int) -> list[object]:
        cells: list[object] = [""] * (len(COLUMNS) + 1)
        cells[NO] = self.p(label)
        cells[GROSS], cells[TAX], cells[NET] = _grouped(gross), _grouped(tax), _grouped(net)
        return cells

    def _table(self, page: _Page, multi: bool, before: tuple[int, int, int]) -> Table:
        st, f = self.st, self.fonts
        widths = [w for _, w in COLUMNS] + [SIGN_W]
        head = [
            Paragraph(escape(cap).replace("\n", "<br/>"), st.head)
            for cap in [c for c, _ in COLUMNS] + [SIGN_HEADER]
        ]
        numbers = [str(i) for i in range(1, len(widths) + 1)]
        data: list[list[object]] = [head, numbers]
        heights: list[float] = [self.head_h - 4.2 * mm, 4.2 * mm]
        totals_at: list[int] = []
        if multi and not page.first:
            totals_at.append(len(data))
            data.append(self._total_cells("Pindahan dari halaman sebelumnya", *before))
            heights.append(TOTAL_ROW_H)
        sign_style: list[tuple] = []
        for i in page.rows:
            row = self.rows[i]
            line = [""] * len(widths)
            line[NO] = str(row.no)
            line[NAME] = self._name_cell(row)[0]
            line[NIA] = self._nia_cell(row)[0]
            line[KIND] = self.p(row.type_code)
            line[KECAMATAN] = self._kecamatan_cell(row)[0]
            line[GROSS], line[TAX], line[NET] = (
                _grouped(row.gross), _grouped(row.tax) if row.tax else "-", _grouped(row.net)
            )  # fmt: skip
            line[SIGN] = self._sign_place(row.no)
            r = len(data)
            if row.no % 2 == 0:  # even numbers sign in the right half of the cell
                sign_style.append(("LEFTPADDING", (SIGN, r), (SIGN, r), SIGN_W / 2))
            data.append(line)
            heights.append(self.row_heights[i])
        gross = sum(self.rows[i].gross for i in page.rows)
        tax = sum(self.rows[i].tax for i in page.rows)
        net = sum(self.rows[i].net for i in page.rows)
        if multi:
            totals_at.append(len(data))
            data.append(self._total_cells("Jumlah halaman ini", gross, tax, net))
            heights.append(TOTAL_ROW_H)
            running = (before[0] + gross, before[1] + tax, before[2] + net)
            label = "JUMLAH" if page.last else "Jumlah s.d. halaman ini (dipindahkan)"
            totals_at.append(len(data))
            data.append(self._total_cells(label, *running))
            heights.append(TOTAL_ROW_H)
        else:
            totals_at.append(len(data))
            data.append(self._total_cells("JUMLAH", gross, tax, net))
            heights.append(TOTAL_ROW_H)
        style: list[tuple] = [
            ("FONT", (0, 0), (-1, -1), f.regular, 9, 11),
            ("FONT", (0, 1), (-1, 1), f.italic, 7, 8.5),
            ("TEXTCOLOR", (0, 1), (-1, 1), GREY),
            ("BACKGROUND", (0, 0), (-1, 1), HEAD_FILL),
            ("ALIGN", (0, 1), (-1, 1), "CENTER"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (NO, 2), (NO, -1), "CENTER"),
            ("ALIGN", (KIND, 2), (KIND, -1), "CENTER"),
            ("ALIGN", (GROSS, 2), (NET, -1), "RIGHT"),
            ("GRID", (0, 0), (-1, -1), 0.6, INK),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ("TOPPADDING", (0, 0), (-1, 0), CELL_PAD),
            ("BOTTOMPADDING", (0, 0), (-1, 0), CELL_PAD),
            ("TEXTCOLOR", (SIGN, 2), (SIGN, -1), colors.Color(0.25, 0.25, 0.25)),
            *sign_style,
        ]
        for r in totals_at:
            style += [
                ("SPAN", (NO, r), (KECAMATAN, r)),
                ("ALIGN", (NO, r), (NO, r), "RIGHT"),
                ("FONT", (0, r), (-1, r), f.bold, 9, 11),
                ("BACKGROUND", (0, r), (-1, r), TOTAL_FILL),
            ]
        table = Table(data, colWidths=widths, rowHeights=heights)
        table.setStyle(TableStyle(style))
        return table

    def _signature_blocks(self) -> list[tuple[list[str], str, str]]:
        """(caption lines, name, NIP) for the left and right blocks; left may be empty."""
        d = self.doc
        place = self.p(d.place)
        date_line = f"{place}, {format_date(d.sign_date)}" if place else format_date(d.sign_date)
        right = ([date_line, *d.treasurer.caption.splitlines()], d.treasurer.name,
                 d.treasurer.nip)  # fmt: skip
        if d.acknowledger is None:
            return [([], "", ""), right]
        ack = d.acknowledger
        return [(ack.caption.splitlines(), ack.name, ack.nip), right]

    SIGN_BLOCK_W = 100 * mm
    SIGN_SPACE = 20 * mm

    def _signature_height(self) -> float:
        st = self.st
        caption = max(len(cap) for cap, _, _ in self._signature_blocks()) * st.sign.leading
        return caption + self.SIGN_SPACE + st.sign_name.leading + st.sign.leading

    def _signatures(self, c: Canvas, top: float) -> None:
        st, f = self.st, self.fonts
        blocks = self._signature_blocks()
        caption_h = max(len(cap) for cap, _, _ in blocks) * st.sign.leading
        positions = (MARGIN_X + 8 * mm, PAGE_W - MARGIN_X - 8 * mm - self.SIGN_BLOCK_W)
        for (caption, name, nip), x in zip(blocks, positions, strict=True):
            if not caption:
                continue
            centre = x + self.SIGN_BLOCK_W / 2
            c.saveState()
            c.setFillColor(INK)
            c.setFont(f.regular, st.sign.fontSize)
            y = top - st.sign.fontSize
            for line in caption:
                c.drawCentredString(centre, y, self.p(line))
                y -= st.sign.leading
            y = top - caption_h - self.SIGN_SPACE - st.sign_name.fontSize
            if name.strip():
                text = self.p(name)
                c.setFont(f.bold, st.sign_name.fontSize)
                c.drawCentredString(centre, y, text)
                width = c.stringWidth(text, f.bold, st.sign_name.fontSize)
                c.setLineWidth(0.7)
                c.line(centre - width / 2, y - 1.6, centre + width / 2, y - 1.6)
            else:  # nobody configured: a line to write the name on by hand
                c.drawCentredString(centre, y, "(" + "." * 45 + ")")
            nip_text = format_nip(nip)
            if nip_text:
                c.setFont(f.regular, st.sign.fontSize)
                c.drawCentredString(centre, y - st.sign_name.leading, self.p(f"NIP. {nip_text}"))
            c.restoreState()

    def _footer(self, c: Canvas, number: int, count: int) -> None:
        f = self.fonts
        c.saveState()
        c.setFillColor(GREY)
        c.setFont(f.regular, 7.5)
        label = self.doc.listing.month_label
        c.drawString(MARGIN_X, MARGIN_BOTTOM, self.p(f"Daftar penerimaan honor relawan {label}"))
        c.drawCentredString(PAGE_W / 2, MARGIN_BOTTOM, "Dicetak oleh Tagana Desk")
        c.drawRightString(PAGE_W - MARGIN_X, MARGIN_BOTTOM, f"Halaman {number} dari {count}")
        c.restoreState()

    def draw_page(
        self, c: Canvas, page: _Page, number: int, count: int, before: tuple[int, int, int]
    ) -> None:
        multi = count > 1
        y = PAGE_H - MARGIN_TOP
        if page.first:
            y = self._kop(c, y)
            y = self._title(c, y)
        else:
            y = self._continued(c, y)
        table = self._table(page, multi, before)
        _, h = table.wrapOn(c, CONTENT_W, 10_000)
        table.drawOn(c, MARGIN_X, y - h)
        y -= h
        if page.last:
            words, words_h = self._words()
            y -= 3 * mm
            words.drawOn(c, MARGIN_X, y - words_h)
            y -= words_h + 5 * mm
            self._signatures(c, y)
        self._footer(c, number, count)


# ---------------------------------------------------------------------------------------- render


def render_payment_list(
    doc: PaymentListDocument,
    out: str | os.PathLike[str] | BinaryIO,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the payment list as a PDF and return its number of pages.

    ``progress(done, total)`` is called after every page; ``cancelled()`` is asked before each
    page, and when it returns True the work stops with ``TaganaError`` and nothing is written.
    A path is written through a temporary file beside it and renamed into place only when the
    PDF is complete (an older file of that name stays as it was until then).
    """
    if not doc.listing.rows:
        raise TaganaError(f"Belum ada honor yang dibayar untuk {doc.listing.month_label}.")
    if isinstance(out, str | os.PathLike):
        target = Path(out)
        tmp, stream = _temp_beside(target)
        try:
            with stream:
                pages = _render(doc, stream, progress, cancelled)
            try:
                os.replace(tmp, target)
            except PermissionError as exc:  # Windows: the old PDF is open in a viewer
                raise TaganaError(
                    f"Tidak dapat menulis {target.name}: file sedang dibuka program lain?"
                ) from exc
        except BaseException as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            if isinstance(exc, OSError):  # disk full, medium gone, …: one line, in Indonesian
                raise write_error(target.name, exc) from exc
            raise
        return pages
    return _render(doc, out, progress, cancelled)


def _render(
    doc: PaymentListDocument,
    dest: BinaryIO,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> int:
    fonts = _fonts()
    layout = _PaymentList(doc, fonts)
    pages = layout.paginate()
    canvas = Canvas(dest, pagesize=(PAGE_W, PAGE_H), pageCompression=1, lang="id-ID")
    canvas.setCreator("Tagana Desk")
    canvas.setProducer("Tagana Desk (ReportLab)")
    canvas.setAuthor(_plain(doc.office_name, fonts) or "Tagana Desk")
    canvas.setTitle(_plain(doc.title, fonts))
    before = (0, 0, 0)
    for number, page in enumerate(pages, start=1):
        if cancelled is not None and cancelled():
            raise TaganaError("Pembuatan PDF dibatalkan.")
        layout.draw_page(canvas, page, number, len(pages), before)
        rows = [doc.listing.rows[i] for i in page.rows]
        before = (
            before[0] + sum(r.gross for r in rows),
            before[1] + sum(r.tax for r in rows),
            before[2] + sum(r.net for r in rows),
        )
        canvas.showPage()
        if progress is not None:
            progress(number, len(pages))
    if cancelled is not None and cancelled():
        raise TaganaError("Pembuatan PDF dibatalkan.")
    canvas.save()
    return len(pages)
