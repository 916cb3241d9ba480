"""QR codes: the drawn modules are segno's modules, at the place and size asked."""

from __future__ import annotations

import io
import shutil
import subprocess

import pytest
import segno
from reportlab.graphics import renderPDF
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from tagana_desk.reports.qr import qr_drawing, qr_modules, qr_png

TEXT = "TGD1|0007/BTT/XI/2026|15000000|20261125|0123456789ABCDEF0123"


def test_modules_are_segnos_matrix():
    expected = segno.make(TEXT, error="m", micro=False).matrix
    modules = qr_modules(TEXT)
    assert len(modules) == len(expected) == len(modules[0])
    assert [[int(v) for v in row] for row in modules] == [list(row) for row in expected]


def test_empty_text_is_refused():
    with pytest.raises(ValueError):
        qr_modules("")


def test_png_bytes():
    data = qr_png(TEXT, scale=3, border=4)
    assert data.startswith(b"\x89PNG\r\n\x1a\n")


def test_drawing_has_the_asked_size():
    drawing = qr_drawing(TEXT, 30 * mm)
    assert (drawing.width, drawing.height) == (30 * mm, 30 * mm)
    buffer = io.BytesIO()
    renderPDF.drawToFile(drawing, buffer)
    assert buffer.getvalue().startswith(b"%PDF")


def _pgm(path) -> tuple[int, int, bytes]:
    data = path.read_bytes()
    parts = data.split(maxsplit=4)
    assert parts[0] == b"P5"
    width, height = int(parts[1]), int(parts[2])
    return width, height, data[len(data) - width * height :]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler) not installed")
@pytest.mark.parametrize("use_drawing", [False, True])
def test_rasterised_code_matches_the_modules(tmp_path, use_drawing):
    """Render the code alone on a page, rasterise it, and read every module's centre back."""
    from tagana_desk.reports.qr import DEFAULT_BORDER, draw_qr

    size = 60 * mm
    pdf = tmp_path / "qr.pdf"
    c = Canvas(str(pdf), pagesize=(size, size))
    if use_drawing:
        renderPDF.draw(qr_drawing(TEXT, size), c, 0, 0)
    else:
        draw_qr(c, TEXT, 0, 0, size)
    c.save()
    subprocess.run(
        ["pdftoppm", "-gray", "-r", "300", "-singlefile", str(pdf), str(tmp_path / "qr")],
        check=True,
    )
    width, height, pixels = _pgm(tmp_path / "qr.pgm")
    modules = qr_modules(TEXT)
    count = len(modules) + 2 * DEFAULT_BORDER
    for r in range(count):
        for col in range(count):
            px = int((col + 0.5) * width / count)
            py = int((r + 0.5) * height / count)
            dark = pixels[py * width + px] < 128
            inside = DEFAULT_BORDER <= r < count - DEFAULT_BORDER and (
                DEFAULT_BORDER <= col < count - DEFAULT_BORDER
            )
            expected = modules[r - DEFAULT_BORDER][col - DEFAULT_BORDER] if inside else False
            assert dark == expected, (r, col)
