"""Pratinjau daftar penerimaan honor: the payment list PDF on screen, then Cetak… or Simpan PDF….

What is shown is the PDF that is printed: the pages are painted onto the printer by
``ui.printing.print_pdf``, like the receipts. Printing the list records nothing (it is not a
receipt); the payments and their receipts were recorded by the run.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from tagana_desk.domain.dates import parse_period
from tagana_desk.domain.errors import ValidationError
from tagana_desk.services import stipends
from tagana_desk.services.context import Actor
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.dialogs.pdf_preview import PdfPreviewDialog, with_pdf_suffix
from tagana_desk.ui.formatting import month_year, rupiah
from tagana_desk.ui.widgets import show_message


@dataclass(frozen=True, slots=True)
class RenderedList:
    path: Path
    pages: int
    month_label: str
    rows: int
    total_net: int


def render_payment_list_to(session: Session, actor: Actor, period: str, path: Path) -> RenderedList:
    """The month's daftar penerimaan as a PDF at ``path`` (read transaction; runs on a worker)."""
    from tagana_desk.reports.stipend_list_pdf import render_payment_list

    listing = stipends.payment_list(session, actor, period)
    if not listing.rows:
        raise ValidationError(
            QCoreApplication.translate(
                "PaymentListPreviewDialog", "Belum ada honor yang dibayar untuk {month}."
            ).format(month=month_year(*parse_period(period)))
        )
    pages = render_payment_list(stipends.payment_list_document(session, listing), path)
    month = month_year(*parse_period(period))
    return RenderedList(path, pages, month, len(listing.rows), listing.total_net)


class PaymentListPreviewDialog(PdfPreviewDialog):
    """A month's payment list as the PDF that will be printed."""

    def __init__(self, ctx: DeskContext, period: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "", temp_prefix="daftar", parent=parent)
        self.title_label.setText(self.tr("Daftar penerimaan honor"))
        self.period = period
        self.preview: RenderedList | None = None
        self.saved: RenderedList | None = None
        self.setWindowTitle(self.tr("Pratinjau daftar penerimaan honor"))
        self.resize(1100, 720)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.refresh()

    def print_title(self) -> str:
        return self.tr("Cetak daftar penerimaan")

    def save_title(self) -> str:
        return self.tr("Simpan daftar penerimaan sebagai PDF")

    def file_name(self) -> str:
        return f"daftar-honor-{self.period}.pdf"

    # --- preview
    def refresh(self) -> None:
        self.ctx.read(render_payment_list_to, self.ctx.actor, self.period, self.new_path(),
                      on_done=self._show_preview, on_error=self._failed, owner=self)  # fmt: skip

    def _show_preview(self, rendered: RenderedList) -> None:
        self.preview = rendered
        self.title_label.setText(
            self.tr("Daftar penerimaan honor {month}").format(month=rendered.month_label)
        )
        self.note.setText(
            self.tr("{rows} relawan, diterima bersih {net}; {pages} halaman A4 mendatar.").format(
                rows=rendered.rows, net=rupiah(rendered.total_net), pages=rendered.pages
            )
        )
        self.show_document(rendered.path)

    # --- printing
    def print_to(self, printer: QPrinter) -> None:
        """Paint the previewed pages onto ``printer``."""
        if self.preview is None:
            return
        show_message(self.message, "")
        pages = self.paint_pages(self.preview.path, self.preview.pages, printer)
        if pages is not None:
            self._show_done(self.tr("Terkirim ke printer: {pages} halaman.").format(pages=pages))

    # --- saving
    def save_to(self, path: Path) -> None:
        """Write the list to ``path`` (rendered again: what is stored now, written atomically)."""
        path = with_pdf_suffix(path)
        show_message(self.message, "")
        self._set_ready(False)
        self.ctx.read(render_payment_list_to, self.ctx.actor, self.period, path,
                      on_done=self._saved, on_error=self._failed, owner=self)  # fmt: skip

    def _saved(self, rendered: RenderedList) -> None:
        self.saved = rendered
        self._set_ready(True)
        self._show_done(
            self.tr("Tersimpan: {path} ({pages} halaman).").format(
                path=rendered.path, pages=rendered.pages
            )
        )
