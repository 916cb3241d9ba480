"""Pratinjau kuitansi: the receipt PDF itself on screen, then Cetak… or Simpan PDF….

What is shown is the PDF that will be printed (``ui.printing``). The note says whether the print
will be the original or a SALINAN; after a print or a save the preview is rendered again, so it
keeps showing what the next print would be.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.dialogs.pdf_preview import PdfPreviewDialog, with_pdf_suffix
from tagana_desk.ui.printing import RenderedReceipts, record_and_render, render_preview
from tagana_desk.ui.widgets import show_message


class ReceiptPreviewDialog(PdfPreviewDialog):
    """One receipt or a set (e.g. a batch just paid), as the PDF that will be printed."""

    #: A print or a save was made and counted (RenderedReceipts).
    receipts_printed = Signal(object)

    def __init__(
        self, ctx: DeskContext, numbers: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, "", temp_prefix="kuitansi", parent=parent)
        self.numbers = tuple(numbers)
        self.preview: RenderedReceipts | None = None
        self.title_label.setText(self._title())
        self.setWindowTitle(self.tr("Pratinjau kuitansi"))
        self.resize(900, 740)
        self.zoom_label = QLabel(self.tr("Tampilan"))
        self.heading.addWidget(self.zoom_label)
        self.zoom_combo = QComboBox()
        self.zoom_combo.addItem(self.tr("Seluruh halaman"), QPdfView.ZoomMode.FitInView)
        self.zoom_combo.addItem(self.tr("Selebar jendela"), QPdfView.ZoomMode.FitToWidth)
        self.zoom_combo.addItem(self.tr("100%"), QPdfView.ZoomMode.Custom)
        self.zoom_label.setBuddy(self.zoom_combo)
        self.heading.addWidget(self.zoom_combo)
        self.zoom_combo.currentIndexChanged.connect(self._zoom_changed)
        self._zoom_changed()
        self.refresh()

    def _zoom_changed(self, *_args: object) -> None:
        mode = self.zoom_combo.currentData()
        self.view.setZoomMode(mode)
        if mode == QPdfView.ZoomMode.Custom:
            self.view.setZoomFactor(1.0)

    def _title(self) -> str:
        if len(self.numbers) == 1:
            return self.tr("Kuitansi {number}").format(number=self.numbers[0])
        return self.tr("{count} kuitansi ({first} – {last})").format(
            count=len(self.numbers), first=self.numbers[0], last=self.numbers[-1]
        )

    def print_title(self) -> str:
        return self.tr("Cetak kuitansi")

    def save_title(self) -> str:
        return self.tr("Simpan kuitansi sebagai PDF")

    def file_name(self) -> str:
        name = self.numbers[0].replace("/", "-") if len(self.numbers) == 1 else "kuitansi"
        return f"{name}.pdf"

    # --- preview
    def refresh(self) -> None:
        self.ctx.read(
            render_preview, self.ctx.actor, self.numbers, self.new_path(),
            on_done=self._show_preview, on_error=self._failed, owner=self,
        )  # fmt: skip

    def _show_preview(self, rendered: RenderedReceipts) -> None:
        self.preview = rendered
        self.note.setText(self._note(rendered))
        self.show_document(rendered.path)

    def _note(self, r: RenderedReceipts) -> str:
        count = len(r.numbers)
        if r.copies == 0:
            text = (
                self.tr("Pratinjau. Belum pernah dicetak: cetakan ini menjadi ASLI; cetakan "
                        "berikutnya bertanda SALINAN.")
                if count == 1
                else self.tr("Pratinjau {count} kuitansi, belum pernah dicetak: semuanya dicetak "
                             "sebagai ASLI.").format(count=count)
            )  # fmt: skip
        elif r.copies == count:
            text = (
                self.tr("Pratinjau. Kuitansi ini sudah pernah dicetak: cetakan ini bertanda "
                        "SALINAN.")
                if count == 1
                else self.tr("Pratinjau {count} kuitansi, semuanya sudah pernah dicetak: "
                             "dicetak bertanda SALINAN.").format(count=count)
            )  # fmt: skip
        else:
            text = self.tr(
                "Pratinjau {count} kuitansi: {originals} dicetak sebagai ASLI, {copies} bertanda "
                "SALINAN (sudah pernah dicetak)."
            ).format(count=count, originals=count - r.copies, copies=r.copies)
        if r.voided:
            text += " " + self.tr(
                "{n} kuitansi sudah DIBATALKAN dan tercetak dengan cap BATAL."
            ).format(n=r.voided)
        return text

    # --- printing
    def print_to(self, printer: QPrinter) -> None:
        """Count the print, render it, and paint its pages onto ``printer``."""
        show_message(self.message, "")
        self._set_ready(False)
        self.ctx.write(
            record_and_render, self.ctx.actor, self.numbers, self.new_path(),
            on_done=lambda rendered: self._paint(rendered, printer), on_error=self._failed,
            owner=self,
        )  # fmt: skip

    def _paint(self, rendered: RenderedReceipts, printer: QPrinter) -> None:
        pages = self.paint_pages(rendered.path, rendered.pages, printer)
        if pages is not None:
            self._counted(self.tr("Terkirim ke printer: {pages} halaman.").format(pages=pages),
                          rendered)  # fmt: skip

    # --- saving
    def save_to(self, path: Path) -> None:
        """Count the print and write the PDF to ``path``."""
        path = with_pdf_suffix(path)
        show_message(self.message, "")
        self._set_ready(False)
        self.ctx.write(
            record_and_render, self.ctx.actor, self.numbers, path,
            on_done=lambda rendered: self._counted(
                self.tr("Tersimpan: {path} ({pages} halaman).").format(
                    path=rendered.path, pages=rendered.pages
                ), rendered,
            ),
            on_error=self._failed, owner=self,
        )  # fmt: skip

    def _counted(self, text: str, rendered: RenderedReceipts) -> None:
        self._show_done(text)
        self.receipts_printed.emit(rendered)
        self.refresh()  # the next print is a SALINAN now: show that
