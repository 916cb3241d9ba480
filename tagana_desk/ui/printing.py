"""Printing receipts: what is printed is exactly the PDF.

The receipt PDF (``reports.receipt_pdf``) is the one document. The preview shows it, "Cetak…"
paints its pages onto the printer, "Simpan PDF…" writes it to a file. A preview reads the receipts
without counting the print (``record=False``), so it already shows whether the print will be the
original or a SALINAN. Printing and saving count the print (``record=True``) in the same write
transaction that renders the PDF: a render that fails or is cancelled rolls the count back, so a
receipt never turns into a SALINAN without an original having come out.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QProgressDialog, QWidget
from sqlalchemy.orm import Session

from tagana_desk.domain.errors import TaganaError
from tagana_desk.services import receipts
from tagana_desk.services.context import Actor
from tagana_desk.services.receipts import ReceiptDocument
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.tasks import Callback

#: Pages are rasterised at the printer's resolution, but not finer than this: office printers
#: print 300–600 dpi, and a 1200-dpi A4 page would be a 0.5 GB image.
MAX_PRINT_DPI = 600

Progress = Callable[[int, int | None], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True, slots=True)
class RenderedReceipts:
    """A receipt PDF on disk and what is in it."""

    path: Path
    pages: int
    numbers: tuple[str, ...]
    copies: int  # receipts printed as SALINAN
    voided: int  # receipts that carry the BATAL stamp


def _summary(path: Path, pages: int, docs: Sequence[ReceiptDocument]) -> RenderedReceipts:
    return RenderedReceipts(
        path,
        pages,
        tuple(d.number for d in docs),
        sum(1 for d in docs if d.is_copy),
        sum(1 for d in docs if d.is_voided),
    )


def render_preview(
    session: Session, actor: Actor, numbers: Sequence[str], path: Path
) -> RenderedReceipts:
    """The PDF a print would give now, without counting it (read transaction)."""
    docs = receipts.documents_for_print(session, actor, list(numbers), record=False)
    from tagana_desk.reports.receipt_pdf import render_receipts  # ReportLab: only when used

    return _summary(path, render_receipts(docs, path), docs)


def record_and_render(
    session: Session, actor: Actor, numbers: Sequence[str], path: Path,
    progress: Progress | None = None, cancelled: Cancelled | None = None,
) -> RenderedReceipts:  # fmt: skip
    """Count the print and write the PDF (write transaction: a failed render is not counted)."""
    docs = receipts.documents_for_print(session, actor, list(numbers), record=True)
    from tagana_desk.reports.receipt_pdf import render_receipts

    pages = render_receipts(docs, path, progress=progress, cancelled=cancelled)
    return _summary(path, pages, docs)


def record_and_render_incident(
    session: Session, actor: Actor, incident_id: int, path: Path,
    progress: Progress | None = None, cancelled: Cancelled | None = None,
) -> RenderedReceipts:  # fmt: skip
    """Every receipt of an incident, in number order, as one PDF (counted as printed)."""
    numbers = receipts.incident_receipt_numbers(session, incident_id)
    if not numbers:
        raise TaganaError(
            QCoreApplication.translate("Printing", "Kejadian ini belum mempunyai kuitansi.")
        )
    return record_and_render(session, actor, numbers, path, progress, cancelled)


def print_pdf(
    path: Path | str, printer: QPrinter, *, on_page: Callable[[int, int], bool] | None = None
) -> int:
    """Paint every page of a PDF onto ``printer``, page by page; returns the pages printed.

    Each page is rendered as an image at the printer's resolution (up to ``MAX_PRINT_DPI``) and
    drawn over the whole sheet, so the paper shows exactly what the PDF shows. ``on_page(done,
    total)`` is called after each page; when it returns False the job is aborted.
    """
    document = QPdfDocument()
    try:
        error = document.load(str(path))
        if error != QPdfDocument.Error.None_ or document.pageCount() == 0:
            raise TaganaError(
                QCoreApplication.translate(
                    "Printing", "PDF kuitansi tidak dapat dibuka ({name})."
                ).format(name=Path(path).name)
            )
        total = document.pageCount()
        first = document.pagePointSize(0)
        printer.setFullPage(True)  # the PDF has its own margins; draw on the whole sheet
        printer.setPageSize(
            QPageSize(first, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
        )
        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape
            if first.width() > first.height()
            else QPageLayout.Orientation.Portrait
        )
        painter = QPainter()
        if not painter.begin(printer):
            raise TaganaError(
                QCoreApplication.translate(
                    "Printing", "Printer tidak dapat dipakai. Periksa printernya, lalu coba lagi."
                )
            )
        try:
            dpi = max(72, min(printer.resolution(), MAX_PRINT_DPI))
            sheet = QRect(0, 0, printer.width(), printer.height())
            for index in range(total):
                if index and not printer.newPage():
                    raise TaganaError(
                        QCoreApplication.translate(
                            "Printing", "Printer menolak halaman berikutnya."
                        )
                    )
                points = document.pagePointSize(index)
                pixels = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                # (PySide6 before 6.12 has no format/fill arguments: the page comes out
                # transparent, so it is laid on white, which is what paper is anyway.)
                image = document.render(index, pixels)
                target = _fit(image.size(), sheet)
                painter.fillRect(target, QColor("white"))
                painter.drawImage(target, image)
                if on_page is not None and not on_page(index + 1, total):
                    printer.abort()
                    raise TaganaError(
                        QCoreApplication.translate("Printing", "Pencetakan dibatalkan.")
                    )
        finally:
            if painter.isActive():
                painter.end()
        return total
    finally:
        document.close()


def _fit(size: QSize, area: QRect) -> QRect:
    """``size`` scaled into ``area`` keeping its proportions, centred."""
    scaled = size.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    left = area.left() + (area.width() - scaled.width()) // 2
    top = area.top() + (area.height() - scaled.height()) // 2
    return QRect(left, top, scaled.width(), scaled.height())


# --------------------------------------------------------------------------- long PDF jobs


class _Relay(QObject):
    """Carries progress from the worker thread to the GUI thread (queued across threads)."""

    advanced = Signal(int, object)


class PdfJob(QObject):
    """A receipt PDF written on the task runner, with a progress dialog and Cancel.

    ``fn(session, *args, progress, cancelled)`` runs in a write transaction; a cancel makes the
    renderer raise, the transaction rolls back and nothing is written or counted.
    """

    def __init__(self, ctx: DeskContext, parent: QWidget, label: str) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._cancel = threading.Event()
        self._relay = _Relay(self)
        self._relay.advanced.connect(self._advanced)
        self.dialog = QProgressDialog(label, self.tr("Batal"), 0, 0, parent)
        self.dialog.setWindowTitle(self.tr("Membuat PDF kuitansi"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)

    def start(
        self, fn: Callable[..., RenderedReceipts], *args: object,
        on_done: Callback, on_error: Callback,
    ) -> None:  # fmt: skip
        def done(result: object) -> None:
            self._finish()
            on_done(result)

        def failed(exc: object) -> None:
            self._finish()
            on_error(exc)

        self.dialog.show()
        self.ctx.write(
            fn, *args, self._relay.advanced.emit, self._cancel.is_set,
            on_done=done, on_error=failed, owner=self,
        )  # fmt: skip

    def _finish(self) -> None:
        # Closing a QProgressDialog emits ``canceled``: not a cancel once the work is over.
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.close()

    def cancel(self) -> None:
        self._cancel.set()
        self.dialog.setLabelText(self.tr("Membatalkan…"))

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _advanced(self, done: int, total: object) -> None:
        if isinstance(total, int) and total > 0:
            self.dialog.setMaximum(total)
        self.dialog.setValue(done)
