"""Pratinjau kuitansi: the receipt PDF itself on screen, then Cetak… or Simpan PDF….

What is shown is the PDF that will be printed (``ui.printing``). The note says whether the print
will be the original or a SALINAN; after a print or a save the preview is rendered again, so it
keeps showing what the next print would be.
"""

from __future__ import annotations

import itertools
import shutil
import tempfile
from collections.abc import Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from tagana_desk.domain.errors import TaganaError
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.errors import describe
from tagana_desk.ui.habits import last_folder, remember_folder
from tagana_desk.ui.icons import icon, on_accent
from tagana_desk.ui.printing import RenderedReceipts, print_pdf, record_and_render, render_preview
from tagana_desk.ui.widgets import error_label, note_label, show_message

LAST_FOLDER_KEY = "ui/last_folder"
#: From this many pages on, printing shows its progress (and can be cancelled).
PRINT_PROGRESS_FROM = 4


class ReceiptPreviewDialog(QDialog):
    """One receipt or a set (e.g. a batch just paid), as the PDF that will be printed."""

    #: A print or a save was made and counted (RenderedReceipts).
    receipts_printed = Signal(object)

    def __init__(
        self, ctx: DeskContext, numbers: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.numbers = tuple(numbers)
        self.preview: RenderedReceipts | None = None
        self.printer: QPrinter | None = None
        self.print_dialog: QPrintDialog | None = None
        self._folder = Path(tempfile.mkdtemp(prefix="tagana-kuitansi-"))
        # Also when the dialog goes with its parent without being closed.
        self.destroyed.connect(partial(shutil.rmtree, self._folder, ignore_errors=True))
        self._serial = itertools.count(1)
        self.setWindowTitle(self.tr("Pratinjau kuitansi"))
        self.resize(900, 740)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(8)
        self.title_label = QLabel(self._title())
        self.title_label.setObjectName("sectionTitle")
        heading = QHBoxLayout()
        heading.addWidget(self.title_label, 1)
        self.zoom_label = QLabel(self.tr("Tampilan"))
        heading.addWidget(self.zoom_label)
        layout.addLayout(heading)
        self.note = note_label(self.tr("Menyiapkan pratinjau…"))
        layout.addWidget(self.note)

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setPageSpacing(12)
        layout.addWidget(self.view, 1)
        self.zoom_combo = QComboBox()
        self.zoom_combo.addItem(self.tr("Seluruh halaman"), QPdfView.ZoomMode.FitInView)
        self.zoom_combo.addItem(self.tr("Selebar jendela"), QPdfView.ZoomMode.FitToWidth)
        self.zoom_combo.addItem(self.tr("100%"), QPdfView.ZoomMode.Custom)
        self.zoom_label.setBuddy(self.zoom_combo)
        heading.addWidget(self.zoom_combo)
        self.zoom_combo.currentIndexChanged.connect(self._zoom_changed)
        self._zoom_changed()

        self.done_label = QLabel()
        self.done_label.setObjectName("okLabel")
        self.done_label.setWordWrap(True)
        self.done_label.hide()
        layout.addWidget(self.done_label)
        self.message = error_label()
        layout.addWidget(self.message)

        self.buttons = QDialogButtonBox()
        self.print_button = self.buttons.addButton(
            self.tr("Cetak…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.setObjectName("primaryButton")
        self.print_button.setIcon(on_accent("print"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.setToolTip(self.tr("Cetak ke printer (Ctrl+P)"))
        self.save_button = self.buttons.addButton(
            self.tr("Simpan PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setIcon(icon("save"))
        self.save_button.setToolTip(self.tr("Simpan sebagai file PDF (Ctrl+S)"))
        self.close_button = self.buttons.addButton(
            self.tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.open_print_dialog)
        self.save_button.clicked.connect(self.choose_file)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._set_ready(False)
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

    def _new_path(self) -> Path:
        # A new name each time: the viewer keeps the shown file open (and Windows locks it).
        return self._folder / f"kuitansi-{next(self._serial)}.pdf"

    # --- preview
    def refresh(self) -> None:
        self.ctx.read(
            render_preview, self.ctx.actor, self.numbers, self._new_path(),
            on_done=self._show_preview, on_error=self._failed, owner=self,
        )  # fmt: skip

    def _show_preview(self, rendered: RenderedReceipts) -> None:
        self.preview = rendered
        self.document.load(str(rendered.path))
        self.note.setText(self._note(rendered))
        self._set_ready(True)

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

    def _set_ready(self, ready: bool) -> None:
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def _failed(self, exc: object) -> None:
        self._set_ready(self.preview is not None)
        show_message(self.message, describe(exc))

    # --- printing
    def open_print_dialog(self) -> QPrintDialog | None:
        if self.preview is None:
            return None
        if self.printer is None:  # made on first use: asking the system for printers is slow
            self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(self.printer, self)
        dialog.setWindowTitle(self.tr("Cetak kuitansi"))
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
        dialog.accepted.connect(lambda: self.print_to(self.printer))
        self.print_dialog = dialog
        dialog.open()
        return dialog

    def print_to(self, printer: QPrinter) -> None:
        """Count the print, render it, and paint its pages onto ``printer``."""
        show_message(self.message, "")
        self._set_ready(False)
        self.ctx.write(
            record_and_render, self.ctx.actor, self.numbers, self._new_path(),
            on_done=lambda rendered: self._paint(rendered, printer), on_error=self._failed,
            owner=self,
        )  # fmt: skip

    def _paint(self, rendered: RenderedReceipts, printer: QPrinter) -> None:
        progress: QProgressDialog | None = None
        if rendered.pages >= PRINT_PROGRESS_FROM:
            progress = QProgressDialog(
                self.tr("Mengirim halaman ke printer…"), self.tr("Batal"), 0, rendered.pages, self
            )
            progress.setWindowModality(Qt.WindowModality.WindowModal)
            progress.setMinimumDuration(0)

        def on_page(done: int, _total: int) -> bool:
            if progress is None:
                return True
            progress.setValue(done)
            return not progress.wasCanceled()

        try:
            pages = print_pdf(rendered.path, printer, on_page=on_page)
        except TaganaError as exc:
            self._failed(exc)
            return
        finally:
            if progress is not None:
                progress.close()
        self._show_done(
            self.tr("Terkirim ke printer: {pages} halaman.").format(pages=pages), rendered
        )

    # --- saving
    def choose_file(self) -> None:
        if self.preview is None:
            return
        folder = last_folder(LAST_FOLDER_KEY)
        name = self.numbers[0].replace("/", "-") if len(self.numbers) == 1 else "kuitansi"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan kuitansi sebagai PDF"), str(folder / f"{name}.pdf"),
            self.tr("Dokumen PDF (*.pdf)"),
        )  # fmt: skip
        if path:
            remember_folder(path, LAST_FOLDER_KEY)
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        """Count the print and write the PDF to ``path``."""
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        show_message(self.message, "")
        self._set_ready(False)
        self.ctx.write(
            record_and_render, self.ctx.actor, self.numbers, path,
            on_done=lambda rendered: self._show_done(
                self.tr("Tersimpan: {path} ({pages} halaman).").format(
                    path=rendered.path, pages=rendered.pages
                ), rendered,
            ),
            on_error=self._failed, owner=self,
        )  # fmt: skip

    def _show_done(self, text: str, rendered: RenderedReceipts) -> None:
        self.done_label.setText(text)
        self.done_label.show()
        self.receipts_printed.emit(rendered)
        self.refresh()  # the next print is a SALINAN now: show that

    # --- closing
    def done(self, result: int) -> None:  # noqa: D401 - Qt override
        self.document.close()
        shutil.rmtree(self._folder, ignore_errors=True)
        super().done(result)
