"""Receipt PDF: a kuitansi (cash) or tanda terima barang (in-kind), one receipt per A4 page.

The page is drawn on a ReportLab canvas, receipt by receipt, from the prepared
:class:`~tagana_desk.services.receipts.ReceiptDocument` (NIK already masked, words already
written). Free text (names, addresses, purposes, item names) wraps and is never clipped; when a
receipt's text is too long for the page, the whole receipt is set smaller until it fits, so one
receipt is always exactly one page.

Layout, top to bottom: letterhead (kop) with a double rule, title and number, the labelled lines
of a government kuitansi (received from, amount, terbilang in a box, purpose), the recipient,
the item table of an in-kind receipt, place and date, the signature blocks (acknowledger,
treasurer, recipient with the meterai box), and at the foot the QR code that verifies the
receipt. A reprint carries a light diagonal SALINAN mark; a voided receipt a red BATAL stamp and
the reason.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable, Sized
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Table, TableStyle

from tagana_desk.domain.dates import format_date
from tagana_desk.domain.enums import AidKind
from tagana_desk.domain.errors import TaganaError
from tagana_desk.domain.money import format_rupiah
from tagana_desk.reports.pdf_common import Fonts as _Fonts
from tagana_desk.reports.pdf_common import Logo as _Logo
from tagana_desk.reports.pdf_common import fonts as _fonts
from tagana_desk.reports.pdf_common import format_nip, write_error
from tagana_desk.reports.pdf_common import load_logo as _logo
from tagana_desk.reports.pdf_common import plain as _plain
from tagana_desk.reports.pdf_common import temp_beside as _temp_beside
from tagana_desk.reports.qr import draw_qr
from tagana_desk.services.receipts import ReceiptDocument

__all__ = ["PROGRESS_EVERY", "format_nip", "render_receipts"]

#: ``progress(done, total)`` is called after every this many receipts (and after the last).
PROGRESS_EVERY = 25

PAGE_W, PAGE_H = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 12 * mm
MARGIN_BOTTOM = 9 * mm
CONTENT_W = PAGE_W - 2 * MARGIN_X
LABEL_W = 38 * mm
COLON_W = 4 * mm
VALUE_W = CONTENT_W - LABEL_W - COLON_W
QR_SIZE = 24 * mm
FOOTER_H = 6 * mm
#: The smallest a receipt is set (relative to full size) to fit long text on its page.
MIN_SCALE = 0.45
#: Last resort for absurd input (a purpose of thousands of characters): shorten the free text.
LAST_RESORT_CHARS = 700

INK = colors.black
GREY = colors.Color(0.35, 0.35, 0.35)
LIGHT_FILL = colors.Color(0.94, 0.94, 0.94)
RED = colors.Color(0.80, 0.05, 0.05)

# ---------------------------------------------------------------------------------------- text


def _count(n: int) -> str:
    """``1250`` → ``1.250`` (quantities, grouped the Indonesian way)."""
    return f"{n:,}".replace(",", ".")


@dataclass(frozen=True)
class _Styles:
    scale: float
    body: ParagraphStyle
    body_bold: ParagraphStyle
    words: ParagraphStyle
    kop_gov: ParagraphStyle
    kop_office: ParagraphStyle
    kop_line: ParagraphStyle
    void: ParagraphStyle
    sign: ParagraphStyle
    sign_name: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle


@lru_cache(maxsize=64)
def _styles(fonts: _Fonts, s: float) -> _Styles:
    def style(name, size, font=fonts.regular, align=TA_LEFT, lead=1.28, color=INK):
        return ParagraphStyle(
            f"tgd-{name}-{s}", fontName=font, fontSize=size * s, leading=size * s * lead,
            alignment=align, textColor=color, splitLongWords=True,
        )  # fmt: skip

    return _Styles(
        scale=s,
        body=style("body", 10.5),
        body_bold=style("body-bold", 10.5, fonts.bold),
        words=style("words", 10.5, fonts.bold_italic, lead=1.35),
        kop_gov=style("kop-gov", 12.5, fonts.bold, TA_CENTER, 1.2),
        kop_office=style("kop-office", 16.5, fonts.bold, TA_CENTER, 1.2),
        kop_line=style("kop-line", 9, align=TA_CENTER, lead=1.25),
        void=style("void", 10.5, fonts.bold, TA_CENTER, color=RED),
        sign=style("sign", 10, align=TA_CENTER, lead=1.3),
        sign_name=style("sign-name", 10, fonts.bold, TA_CENTER, 1.3),
        cell=style("cell", 9.5, lead=1.25),
        cell_bold=style("cell-bold", 9.5, fonts.bold, lead=1.25),
    )


class _Line:
    """One line of plain text that fits its width.

    Drawn with ``drawString``, placed exactly where a one-line ``Paragraph`` of the same style
    would be, at a fraction of the cost: most lines of a receipt (labels, names, numbers) fit.
    """

    __slots__ = ("height", "style", "text", "underline", "width")

    def __init__(self, text: str, style: ParagraphStyle, width: float, underline: bool) -> None:
        self.text = text
        self.style = style
        self.width = width
        self.underline = underline
        self.height = style.leading

    def drawOn(self, c: Canvas, x: float, y: float) -> None:  # the flowable protocol's name
        st = self.style
        baseline = y + self.height - st.fontSize
        text_w = pdfmetrics.stringWidth(self.text, st.fontName, st.fontSize)
        if st.alignment == TA_CENTER:
            x0 = x + (self.width - text_w) / 2
        elif st.alignment == TA_RIGHT:
            x0 = x + self.width - text_w
        else:
            x0 = x
        c.saveState()
        c.setFillColor(st.textColor)
        c.setFont(st.fontName, st.fontSize)
        c.drawString(x0, baseline, self.text)
        if self.underline:
            c.setStrokeColor(st.textColor)
            c.setLineWidth(max(0.5, st.fontSize / 15))
            under = baseline - 0.125 * st.fontSize
            c.line(x0, under, x0 + text_w, under)
        c.restoreState()


_Text = _Line | Paragraph


def _text(
    text: str, style: ParagraphStyle, width: float, *, underline: bool = False
) -> tuple[_Text, float]:
    """Plain ``text`` set in ``width``: one cheap line when it fits, else a wrapping Paragraph."""
    if pdfmetrics.stringWidth(text, style.fontName, style.fontSize) <= width:
        line = _Line(text, style, width, underline)
        return line, line.height
    markup = escape(text)
    para = Paragraph(f"<u>{markup}</u>" if underline else markup, style)
    _, height = para.wrap(width, 100_000)
    return para, height


class _Stack:
    """Texts set one under the other (the lines of the kop, of a signature caption)."""

    def __init__(self, parts: list[tuple[_Text, float]]) -> None:
        self.parts = parts
        self.height = sum(h for _, h in parts)

    def drawOn(self, c: Canvas, x: float, y: float) -> None:  # the flowable protocol's name
        top = y + self.height
        for part, h in self.parts:
            part.drawOn(c, x, top - h)
            top -= h


# ---------------------------------------------------------------------------------------- layout

#: Draws a block given the canvas and the y of the block's top edge.
_Draw = Callable[[Canvas, float], None]


@dataclass
class _Block:
    height: float
    draw: _Draw
    gap_before: float = 0.0
    tag: str = ""


def _total_height(blocks: list[_Block]) -> float:
    return sum(b.gap_before + b.height for b in blocks)


class _Receipt:
    """Lays out and draws one receipt on the current page of a canvas."""

    def __init__(self, doc: ReceiptDocument, fonts: _Fonts, logo: _Logo | None) -> None:
        self.doc = doc
        self.fonts = fonts
        self.logo = logo
        self.in_kind = doc.kind == AidKind.IN_KIND
        self.purpose = doc.purpose
        self.void_reason = doc.void_reason

    def p(self, text: str) -> str:
        """``text`` on one line, in characters the font has."""
        return _plain(text, self.fonts)

    def or_dash(self, text: str) -> str:
        return self.p(text) or ("—" if self.fonts.unicode else "-")

    # -- blocks, top to bottom

    def _kop(self, st: _Styles) -> _Block:
        d, s = self.doc, st.scale
        logo_h = 23 * mm * s
        logo_w = 0.0
        if self.logo:
            logo_w = min(self.logo.aspect * logo_h, 30 * mm * s)
            logo_h = logo_w / self.logo.aspect
        # The text is centred on the page; keep it clear of the logo on both sides.
        side = logo_w + 4 * mm if self.logo else 0.0
        text_w = CONTENT_W - 2 * side
        lines = (
            (d.government, st.kop_gov), (d.office_name, st.kop_office),
            (d.office_address, st.kop_line), (d.office_contact, st.kop_line),
        )  # fmt: skip
        text = _Stack([_text(self.p(t), style, text_w) for t, style in lines if t.strip()])
        body_h = max(text.height, logo_h if self.logo else 0.0)
        rule_gap = 3.2 * mm * s

        def draw(c: Canvas, top: float) -> None:
            if self.logo:
                c.drawImage(
                    self.logo.image, MARGIN_X, top - (body_h + logo_h) / 2, logo_w, logo_h,
                    mask="auto",
                )  # fmt: skip
            text.drawOn(c, MARGIN_X + side, top - (body_h + text.height) / 2)
            y = top - body_h - rule_gap
            c.saveState()
            c.setStrokeColor(INK)
            c.setLineWidth(2.2)
            c.line(MARGIN_X, y, PAGE_W - MARGIN_X, y)
            c.setLineWidth(0.7)
            c.line(MARGIN_X, y - 3.2, PAGE_W - MARGIN_X, y - 3.2)
            c.restoreState()

        return _Block(body_h + rule_gap + 3.2, draw, tag="kop")

    def _title(self, st: _Styles) -> _Block:
        d, s, f = self.doc, st.scale, self.fonts
        title = "TANDA TERIMA BARANG" if self.in_kind else "KUITANSI"
        title_size = 17 * s
        number = f"Nomor: {self.p(d.number)}"
        number_size = 10.5 * s
        void_gap = 2 * mm * s
        void_part = None
        if d.is_voided:
            reason = f"Dibatalkan: {self.or_dash(self.void_reason)}"
            void_part = _text(reason, st.void, CONTENT_W - 20 * mm)
        height = title_size * 1.25 + number_size * 1.5
        if void_part:
            height += void_gap + void_part[1]

        def draw(c: Canvas, top: float) -> None:
            c.saveState()
            c.setFillColor(INK)
            c.setFont(f.bold, title_size)
            y = top - title_size
            c.drawCentredString(PAGE_W / 2, y, title)
            width = c.stringWidth(title, f.bold, title_size)
            c.setLineWidth(0.9)
            c.line((PAGE_W - width) / 2, y - 2.2 * s, (PAGE_W + width) / 2, y - 2.2 * s)
            c.setFont(f.regular, number_size)
            y = top - title_size * 1.25 - number_size * 1.2
            c.drawCentredString(PAGE_W / 2, y, number)
            c.restoreState()
            if void_part:
                void_part[0].drawOn(c, MARGIN_X + 10 * mm, top - height)

        return _Block(height, draw, 5 * mm * s, tag="title")

    def _label(self, c: Canvas, st: _Styles, label: str, baseline: float) -> None:
        """``label`` and its colon, on ``baseline``."""
        c.saveState()
        c.setFillColor(INK)
        c.setFont(st.body.fontName, st.body.fontSize)
        c.drawString(MARGIN_X, baseline, label)
        c.drawString(MARGIN_X + LABEL_W, baseline, ":")
        c.restoreState()

    def _row(
        self, st: _Styles, label: str, value: str, style: ParagraphStyle, gap: float = 1.6
    ) -> _Block:
        """A labelled line: ``label`` | ``:`` | value that wraps under itself."""
        part, height = _text(value, style, VALUE_W)

        def draw(c: Canvas, top: float) -> None:
            self._label(c, st, label, top - style.fontSize)
            part.drawOn(c, MARGIN_X + LABEL_W + COLON_W, top - height)

        return _Block(height, draw, gap * mm * st.scale)

    def _amount(self, st: _Styles) -> _Block:
        """The figure, bold, in a shaded box."""
        s, f = st.scale, self.fonts
        label = "Barang senilai" if self.in_kind else "Uang sejumlah"
        figure = format_rupiah(self.doc.amount)
        size = 12.5 * s
        pad_x, pad_y = 3 * mm * s, 1.6 * mm * s
        box_h = size + 2 * pad_y

        def draw(c: Canvas, top: float) -> None:
            baseline = top - pad_y - size * 0.85
            self._label(c, st, label, baseline)
            x = MARGIN_X + LABEL_W + COLON_W
            c.saveState()
            width = c.stringWidth(figure, f.bold, size) + 2 * pad_x
            c.setFillColor(LIGHT_FILL)
            c.setStrokeColor(INK)
            c.setLineWidth(0.8)
            c.rect(x, top - box_h, width, box_h, stroke=1, fill=1)
            c.setFillColor(INK)
            c.setFont(f.bold, size)
            c.drawString(x + pad_x, baseline, figure)
            c.restoreState()

        return _Block(box_h, draw, 2.2 * mm * s)

    def _terbilang(self, st: _Styles) -> _Block:
        """The amount in words, italic, inside a shaded box as on a printed kuitansi form."""
        s = st.scale
        pad = 2.2 * mm * s
        words, words_h = _text(self.or_dash(self.doc.amount_words), st.words, VALUE_W - 2 * pad)
        box_h = words_h + 2 * pad

        def draw(c: Canvas, top: float) -> None:
            self._label(c, st, "Terbilang", top - pad - st.words.fontSize)
            x = MARGIN_X + LABEL_W + COLON_W
            c.saveState()
            c.setFillColor(LIGHT_FILL)
            c.setStrokeColor(INK)
            c.setLineWidth(0.8)
            c.rect(x, top - box_h, VALUE_W, box_h, stroke=1, fill=1)
            c.restoreState()
            words.drawOn(c, x + pad, top - pad - words_h)

        return _Block(box_h, draw, 2.2 * mm * s)

    def _heading(self, st: _Styles, title: str) -> _Block:
        part, h = _text(title, st.body_bold, CONTENT_W)
        return _Block(h, lambda c, top: part.drawOn(c, MARGIN_X, top - h), 3.5 * mm * st.scale)

    def _items(self, st: _Styles) -> _Block:
        """No | Nama barang | Jumlah | Satuan | Harga satuan | Nilai, and the total row.

        The number columns are as wide as their widest figure; the item name takes the rest and
        wraps.
        """
        s, items = st.scale, self.doc.items
        font, bold, size = st.cell.fontName, st.cell_bold.fontName, st.cell.fontSize
        pad = 3 * s
        total = sum(item.total for item in items)
        body = [
            [str(i), self.or_dash(item.name), _count(item.quantity), self.p(item.unit),
             format_rupiah(item.unit_value), format_rupiah(item.total)]
            for i, item in enumerate(items, start=1)
        ]  # fmt: skip
        head = ["No", "Nama barang", "Jumlah", "Satuan", "Harga satuan", "Nilai"]

        def fit(col: int, extra: tuple[str, ...] = ()) -> float:
            widest = max(
                [pdfmetrics.stringWidth(head[col], bold, size)]
                + [pdfmetrics.stringWidth(row[col], font, size) for row in body]
                + [pdfmetrics.stringWidth(x, bold, size) for x in extra]
            )
            return widest + 2 * pad + 1.5 * mm * s

        widths = [
            fit(0),
            0.0,
            fit(2),
            min(fit(3), 30 * mm * s),
            fit(4),
            fit(5, (format_rupiah(total),)),
        ]
        widths[1] = CONTENT_W - sum(widths)
        rows: list[list[object]] = [head]
        for row in body:
            cells: list[object] = list(row)
            for col in (1, 3):  # free text wraps inside its column
                cells[col] = _text(row[col], st.cell, widths[col] - 2 * pad)[0]
                if isinstance(cells[col], _Line):
                    cells[col] = row[col]
            rows.append(cells)
        rows.append(["Jumlah nilai barang", "", "", "", "", format_rupiah(total)])
        last = len(rows) - 1
        table = Table(rows, colWidths=widths)
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), font, size, st.cell.leading),
            ("FONT", (0, 0), (-1, 0), bold, size, st.cell.leading),
            ("FONT", (0, last), (-1, last), bold, size, st.cell.leading),
            ("ALIGN", (0, 0), (-1, 0), "CENTER"),
            ("ALIGN", (0, 1), (0, last - 1), "CENTER"),
            ("ALIGN", (2, 1), (2, last - 1), "RIGHT"),
            ("ALIGN", (4, 1), (5, last), "RIGHT"),
            ("ALIGN", (0, last), (4, last), "RIGHT"),
            ("SPAN", (0, last), (4, last)),
            ("GRID", (0, 0), (-1, -1), 0.6, INK),
            ("BACKGROUND", (0, 0), (-1, 0), LIGHT_FILL),
            ("BACKGROUND", (0, last), (-1, last), LIGHT_FILL),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.2 * s),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * s),
            ("LEFTPADDING", (0, 0), (-1, -1), pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ]))  # fmt: skip
        _, h = table.wrap(CONTENT_W, 100_000)
        return _Block(h, lambda c, top: table.drawOn(c, MARGIN_X, top - h), 1.5 * mm * s)

    def _signatures(self, st: _Styles) -> _Block:
        """Place and date, then the signature blocks side by side on a three-column grid.

        Left to right as on a government kuitansi: "Mengetahui/Setuju dibayar" (when set), the
        treasurer ("Lunas dibayar"), the recipient with the meterai box. Without an acknowledger
        the treasurer takes the left column. Names line up on one row under the signing space.
        """
        d, s = self.doc, st.scale
        col_w = CONTENT_W / 3
        inner_w = col_w - 3 * mm
        columns: list[tuple[int, list[str], str, str, bool]] = []
        # (grid column, caption lines, name, NIP, is the recipient)
        if d.acknowledger:
            ack = d.acknowledger
            columns.append((0, ack.caption.splitlines(), ack.name, ack.nip, False))
        lead = "Yang menyerahkan," if self.in_kind else "Lunas dibayar,"
        treasurer = d.treasurer
        columns.append(
            (1 if d.acknowledger else 0, [lead, *treasurer.caption.splitlines()], treasurer.name,
             treasurer.nip, False)
        )  # fmt: skip
        columns.append((2, ["Penerima,"], d.recipient_name, "", True))

        space = max(25 * mm * s, 21 * mm)
        placed = []
        for col, caption, name, nip, is_recipient in columns:
            cap = _Stack([_text(self.p(x), st.sign, inner_w) for x in caption if x.strip()])
            if name.strip():
                name_part = _text(self.p(name), st.sign_name, inner_w, underline=True)
            else:  # nobody configured: a line to write the name on by hand
                name_part = _text("(" + "." * 40 + ")", st.sign, inner_w)
            nip_text = format_nip(nip)
            nip_part = _text(f"NIP. {self.p(nip_text)}", st.sign, inner_w) if nip_text else None
            placed.append((col, cap, _Stack([name_part] + ([nip_part] if nip_part else [])),
                           is_recipient))  # fmt: skip
        cap_h = max(cap.height for _, cap, _, _ in placed)
        name_h = max(names.height for _, _, names, _ in placed)
        place = self.p(d.place)
        date_line = f"{place}, {format_date(d.issue_date)}" if place else format_date(d.issue_date)
        date, date_h = _text(date_line, st.sign, inner_w)
        gap = 1.2 * mm * s

        def draw(c: Canvas, top: float) -> None:
            date.drawOn(c, MARGIN_X + 2 * col_w + 1.5 * mm, top - date_h)
            y_cap = top - date_h - gap
            y_name = y_cap - cap_h - space
            for col, cap, names, is_recipient in placed:
                x = MARGIN_X + col * col_w + 1.5 * mm
                cap.drawOn(c, x, y_cap - cap.height)
                names.drawOn(c, x, y_name - names.height)
                if is_recipient and d.needs_meterai:
                    self._meterai(c, x, y_cap - cap_h, inner_w, space, s)

        return _Block(date_h + gap + cap_h + space + name_h, draw, 5 * mm * s, tag="sign")

    def _meterai(self, c: Canvas, x: float, top: float, width: float, space: float, s: float):
        """A dashed box where the Rp10.000 meterai is stuck, left of the signature's centre."""
        box_w, box_h = 27 * mm * s, min(19 * mm * s, space - 3 * mm)
        bx = x + width / 2 - box_w + 4 * mm
        by = top - (space + box_h) / 2
        c.saveState()
        c.setStrokeColor(GREY)
        c.setLineWidth(0.7)
        c.setDash(3, 2)
        c.rect(bx, by, box_w, box_h, stroke=1, fill=0)
        c.setFillColor(GREY)
        size = 7.5 * s
        c.setFont(self.fonts.regular, size)
        c.drawCentredString(bx + box_w / 2, by + box_h / 2 + 0.35 * size, "Meterai")
        c.drawCentredString(bx + box_w / 2, by + box_h / 2 - 0.95 * size, "Rp10.000")
        c.restoreState()

    def _qr(self, st: _Styles) -> _Block:
        """The QR code that verifies the receipt, bottom left, with a tiny caption."""
        d, f = self.doc, self.fonts
        size = max(QR_SIZE * st.scale, 20 * mm)

        def draw(c: Canvas, top: float) -> None:
            if d.qr_text:
                draw_qr(c, d.qr_text, MARGIN_X, top - size, size)
            c.saveState()
            c.setFillColor(GREY)
            x, mid = MARGIN_X + size + 1 * mm, top - size / 2
            c.setFont(f.regular, 7)
            c.drawString(x, mid + 2, "Pindai untuk memeriksa keaslian")
            c.setFont(f.bold, 7)
            c.drawString(x, mid - 7, self.p(d.number))
            c.restoreState()

        return _Block(size, draw, 6 * mm * st.scale)

    def blocks(self, s: float) -> list[_Block]:
        d = self.doc
        st = _styles(self.fonts, s)
        out = [self._kop(st), self._title(st)]
        out.append(self._row(st, "Sudah terima dari", self.p(d.received_from), st.body, 5))
        out.append(self._amount(st))
        out.append(self._terbilang(st))
        purpose_label = "Untuk keperluan" if self.in_kind else "Untuk pembayaran"
        out.append(self._row(st, purpose_label, self.or_dash(self.purpose), st.body, 2.2))
        out.append(self._heading(st, "Identitas penerima"))
        out.append(self._row(st, "Nama", self.or_dash(d.recipient_name), st.body_bold, 1))
        out.append(self._row(st, "NIK", self.or_dash(d.recipient_nik_masked), st.body))
        out.append(self._row(st, "Alamat", self.or_dash(d.recipient_address), st.body))
        if d.items:
            out.append(self._heading(st, "Rincian barang"))
            out.append(self._items(st))
        out.append(self._signatures(st))
        out.append(self._qr(st))
        return out

    def fit(self) -> tuple[list[_Block], float]:
        """The blocks at the largest scale that fits between the top margin and the footer.

        Nearly every receipt fits at full size; a long one is set smaller (found by bisection),
        and only absurd text (thousands of characters) is shortened as a last resort.
        """
        room = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM - FOOTER_H
        blocks = self.blocks(1.0)
        if _total_height(blocks) <= room:
            return blocks, 1.0
        for _ in range(2):
            smallest = self.blocks(MIN_SCALE)
            if _total_height(smallest) <= room:
                lo, hi, best = MIN_SCALE, 1.0, smallest
                while hi - lo > 0.015:
                    mid = round((lo + hi) / 2, 3)
                    candidate = self.blocks(mid)
                    if _total_height(candidate) <= room:
                        lo, best = mid, candidate
                    else:
                        hi = mid
                return best, lo
            self.purpose = _shorten(self.purpose, LAST_RESORT_CHARS)
            self.void_reason = _shorten(self.void_reason, LAST_RESORT_CHARS)
        return smallest, MIN_SCALE

    # -- page

    def draw(self, c: Canvas) -> None:
        d = self.doc
        blocks, _ = self.fit()
        if d.is_copy:
            _copy_mark(c, self.fonts, low=d.is_voided)
        y = PAGE_H - MARGIN_TOP
        body_top = body_bottom = y
        for block in blocks:
            y -= block.gap_before
            if block.tag == "sign":
                body_bottom = y
            block.draw(c, y)
            y -= block.height
            if block.tag == "title":
                body_top = y
        _footer(c, self.fonts)
        if d.is_voided:
            _void_stamp(c, self.fonts, (body_top + body_bottom) / 2)


def _footer(c: Canvas, fonts: _Fonts) -> None:
    c.saveState()
    c.setFillColor(GREY)
    c.setFont(fonts.regular, 7)
    c.drawCentredString(PAGE_W / 2, MARGIN_BOTTOM, "Dicetak oleh Tagana Desk")
    c.restoreState()


def _shorten(text: str, limit: int) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= limit else text[: limit - 2].rstrip() + " …"


def _copy_mark(c: Canvas, fonts: _Fonts, *, low: bool) -> None:
    """SALINAN: a light diagonal word under the text and a small boxed word at the top right.

    Drawn first, in light grey, so every line of the receipt stays readable over it. On a voided
    copy it moves down, out of the way of the BATAL stamp.
    """
    c.saveState()
    c.setFillColor(colors.Color(0.55, 0.55, 0.55), alpha=0.16)
    c.translate(PAGE_W / 2, PAGE_H * (0.27 if low else 0.47))
    c.rotate(35)
    c.setFont(fonts.bold, 96)
    c.drawCentredString(0, -34, "SALINAN")
    c.restoreState()
    c.saveState()
    size = 8
    label = "SALINAN"
    width = c.stringWidth(label, fonts.bold, size) + 6 * mm
    x, y = PAGE_W - MARGIN_X - width, PAGE_H - MARGIN_TOP + 1.5 * mm
    c.setStrokeColor(GREY)
    c.setFillColor(GREY)
    c.setLineWidth(0.7)
    c.rect(x, y, width, size + 4, stroke=1, fill=0)
    c.setFont(fonts.bold, size)
    c.drawCentredString(x + width / 2, y + 3, label)
    c.restoreState()


def _void_stamp(c: Canvas, fonts: _Fonts, centre_y: float) -> None:
    """BATAL: a red rubber stamp across the body, translucent so the text under it still reads."""
    c.saveState()
    c.translate(PAGE_W / 2, centre_y)
    c.rotate(24)
    size = 84
    label = "BATAL"
    width = c.stringWidth(label, fonts.bold, size)
    c.setStrokeColor(RED, alpha=0.75)
    c.setFillColor(RED, alpha=0.55)
    c.setLineWidth(4)
    pad = 7 * mm
    c.roundRect(-width / 2 - pad, -size * 0.5, width + 2 * pad, size * 1.15, 4 * mm)
    c.setLineWidth(1.4)
    c.roundRect(
        -width / 2 - pad + 5, -size * 0.5 + 5, width + 2 * pad - 10, size * 1.15 - 10, 3 * mm
    )
    c.setFont(fonts.bold, size)
    c.drawCentredString(0, -size * 0.5 + size * 0.3, label)
    c.restoreState()


# ---------------------------------------------------------------------------------------- render


def render_receipts(
    docs: Iterable[ReceiptDocument],
    out: str | os.PathLike[str] | BinaryIO,
    *,
    progress: Callable[[int, int | None], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the receipts as one PDF, one A4 page each, and return the number of pages.

    ``docs`` is consumed lazily, one receipt at a time, each drawn and finished before the next
    is read (ReportLab keeps only the finished page streams, a few KB each, until the end). ``progress(done, total)`` is called every
    :data:`PROGRESS_EVERY` receipts and after the last (``total`` is None when ``docs`` has no
    length). ``cancelled()`` is asked before each receipt; when it returns True the work stops
    with ``TaganaError("Pembuatan PDF dibatalkan.")`` and nothing is written.

    A path is written through a temporary file beside it, renamed into place only when the PDF
    is complete, so a cancel or a crash never leaves a half PDF under the real name (and an older
    file of that name stays as it was). A binary stream is written once, at the end.
    """
    total = len(docs) if isinstance(docs, Sized) else None
    if isinstance(out, str | os.PathLike):
        target = Path(out)
        tmp, stream = _temp_beside(target)
        try:
            with stream:
                pages = _render(docs, stream, total, progress, cancelled)
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
    return _render(docs, out, total, progress, cancelled)


def _render(
    docs: Iterable[ReceiptDocument],
    dest: BinaryIO,
    total: int | None,
    progress: Callable[[int, int | None], None] | None,
    cancelled: Callable[[], bool] | None,
) -> int:
    fonts = _fonts()
    canvas = Canvas(dest, pagesize=A4, pageCompression=1, lang="id-ID")
    canvas.setCreator("Tagana Desk")
    canvas.setProducer("Tagana Desk (ReportLab)")
    logos: dict[bytes, _Logo | None] = {}
    done = 0
    first_number = ""
    for doc in docs:
        if cancelled is not None and cancelled():
            raise TaganaError("Pembuatan PDF dibatalkan.")
        if done == 0:
            first_number = doc.number
            canvas.setAuthor(_plain(doc.office_name, fonts) or "Tagana Desk")
        key = f"r{done}"
        canvas.bookmarkPage(key)
        canvas.addOutlineEntry(_plain(doc.number, fonts), key, level=0, closed=True)
        _Receipt(doc, fonts, _logo(doc.logo_png, logos)).draw(canvas)
        canvas.showPage()
        done += 1
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done, total)
    if cancelled is not None and cancelled():
        raise TaganaError("Pembuatan PDF dibatalkan.")
    if done == 0:
        raise TaganaError("Tidak ada kuitansi untuk dicetak.")
    canvas.setTitle(f"Kuitansi {first_number}" if done == 1 else f"Kuitansi ({done} lembar)")
    if progress is not None and done % PROGRESS_EVERY != 0:
        progress(done, total)
    canvas.save()
    return done
