"""QR codes for printed documents: the one module that knows ``segno``.

A receipt's QR code carries its verification text (``TGD1|<number>|<amount>|<date>|<HMAC>``).
The code is drawn as vector paths (one filled path, one rectangle per horizontal run of dark
modules), so it stays sharp at any print resolution and costs a few hundred bytes per page.
"""

from __future__ import annotations

import io
from functools import lru_cache

import segno
from reportlab.graphics.shapes import Drawing, Path, Rect
from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

#: Light modules around the symbol, in modules. The standard asks for 4; 2 is enough on a white
#: page with nothing printed close to the code, and keeps the modules larger for cheap printers.
DEFAULT_BORDER = 2


@lru_cache(maxsize=64)
def qr_modules(text: str) -> tuple[tuple[bool, ...], ...]:
    """The dark (True) and light modules of ``text``'s QR code, top row first, without border.

    Error correction level M at least (segno raises it when that costs no extra size): a receipt
    folded in a pocket still scans.
    """
    if not text:
        raise ValueError("QR text is empty")
    code = segno.make(text, error="m", micro=False)
    return tuple(tuple(bool(v) for v in row) for row in code.matrix)


def _runs(modules: tuple[tuple[bool, ...], ...]):
    """``(row, first_col, length)`` of every horizontal run of dark modules."""
    for r, row in enumerate(modules):
        c = 0
        n = len(row)
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                yield r, start, c - start
            else:
                c += 1


def draw_qr(
    canvas: Canvas, text: str, x: float, y: float, size: float, *, border: int = DEFAULT_BORDER
) -> None:
    """Draw ``text``'s QR code on a ReportLab canvas as a ``size`` × ``size`` square.

    ``(x, y)`` is the lower-left corner (points) of the square, which includes the light border.
    The modules are written as PDF path operators in module units under one transformation
    (``addLiteral``): a few hundred small integers instead of as many formatted floats, which
    halves the cost of a receipt page.
    """
    modules = qr_modules(text)
    count = len(modules) + 2 * border
    unit = size / count
    runs = " ".join(f"{c} {r} {n} 1 re" for r, c, n in _runs(modules))
    canvas.addLiteral(
        f"q 1 g {x:.3f} {y:.3f} {size:.3f} {size:.3f} re f "
        f"1 0 0 1 {x + border * unit:.3f} {y + size - border * unit:.3f} cm "
        f"{unit:.4f} 0 0 {-unit:.4f} 0 0 cm 0 g {runs} f Q"
    )


def qr_drawing(text: str, size: float, *, border: int = DEFAULT_BORDER) -> Drawing:
    """``text``'s QR code as a ReportLab ``Drawing`` (a flowable) of ``size`` × ``size`` points."""
    modules = qr_modules(text)
    count = len(modules) + 2 * border
    unit = size / count
    drawing = Drawing(size, size)
    drawing.add(Rect(0, 0, size, size, fillColor=colors.white, strokeColor=None))
    path = Path(fillColor=colors.black, strokeColor=None, strokeWidth=0)
    for r, c, length in _runs(modules):
        x0 = (border + c) * unit
        y0 = size - (border + r + 1) * unit
        x1 = x0 + length * unit
        y1 = y0 + unit
        path.moveTo(x0, y0)
        path.lineTo(x1, y0)
        path.lineTo(x1, y1)
        path.lineTo(x0, y1)
        path.closePath()
    drawing.add(path)
    return drawing


def qr_png(text: str, *, scale: int = 4, border: int = 4) -> bytes:
    """``text``'s QR code as PNG bytes (for a screen preview); ``scale`` pixels per module."""
    code = segno.make(text, error="m", micro=False)
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=scale, border=border)
    return buffer.getvalue()
