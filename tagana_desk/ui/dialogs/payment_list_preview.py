"""Pratinjau daftar penerimaan honor: the payment list PDF on screen, then Cetak… or Simpan PDF….

What is shown is the PDF that is printed: the pages are painted onto the printer by
``ui.printing.print_pdf``, like the receipts. Printing the list records nothing (it is not a
receipt); the payments and their receipts were recorded by the run.
"""

from __future__ import annotations

import itertools
import shutil
import tempfile
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from tagana_desk.domain.dates import parse_period
from tagana_desk.domain.errors import TaganaError, ValidationError
from tagana_desk.services import stipends
from tagana_desk.services.context import Actor
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.errors import describe
from tagana_desk.ui.formatting import month_year, rupiah
from tagana_desk.ui.habits import last_folder, remember_folder
from tagana_desk.ui.icons import icon, on_accent
from tagana_desk.ui.printing import print_pdf
from tagana_desk.ui.widgets import error_label, note_label, show_message

LAST_FOLDER_KEY = "ui/last_folder"
#: From this many pages on, printing shows its progress (and can be cancelled).
PRINT_PROGRESS_FROM = 4


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


class PaymentListPreviewDialog(QDialog):
    """A month's payment list as the PDF that will be printed."""

    def __init__(self, ctx: DeskContext, period: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.period = period
        self.preview: RenderedList | None = None
        self.printer: QPrinter | None = None
        self.print_dialog: QPrintDialog | None = None
        self.saved: RenderedList | None = None
        self._folder = Path(tempfile.mkdtemp(prefix="tagana-daftar-"))
        self.destroyed.connect(partial(shutil.rmtree, self._folder, ignore_errors=True))
        self._serial = itertools.count(1)
        self.setWindowTitle(self.tr("Pratinjau daftar penerimaan honor"))
        self.resize(1100, 720)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(8)
        self.title_label = QLabel(self.tr("Daftar penerimaan honor"))
        self.title_label.setObjectName("sectionTitle")
        layout.addWidget(self.title_label)
        self.note = note_label(self.tr("Menyiapkan pratinjau…"))
        layout.addWidget(self.note)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        layout.addWidget(self.view, 1)
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

    def _new_path(self) -> Path:
        # A new name each time: the viewer keeps the shown file open (and Windows locks it).
        return self._folder / f"daftar-{next(self._serial)}.pdf"

    # --- preview
    def refresh(self) -> None:
        self.ctx.read(render_payment_list_to, self.ctx.actor, self.period, self._new_path(),
                      on_done=self._show_preview, on_error=self._failed, owner=self)  # fmt: skip

    def _show_preview(self, rendered: RenderedList) -> None:
        self.preview = rendered
        self.document.load(str(rendered.path))
        self.title_label.setText(
            self.tr("Daftar penerimaan honor {month}").format(month=rendered.month_label)
        )
        self.note.setText(
            self.tr("{rows} relawan, diterima bersih {net}; {pages} halaman A4 mendatar.").format(
                rows=rendered.rows, net=rupiah(rendered.total_net), pages=rendered.pages
            )
        )
        self._set_ready(True)

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
        dialog.setWindowTitle(self.tr("Cetak daftar penerimaan"))
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
        dialog.accepted.connect(lambda: self.print_to(self.printer))
        self.print_dialog = dialog
        dialog.open()
        return dialog

    def print_to(self, printer: QPrinter) -> None:
        """Paint the previewed pages onto ``printer``."""
        if self.preview is None:
            return
        show_message(self.message, "")
        progress: QProgressDialog | None = None
        if self.preview.pages >= PRINT_PROGRESS_FROM:
            progress = QProgressDialog(self.tr("Mengirim halaman ke printer…"), self.tr("Batal"),
                                       0, self.preview.pages, self)  # fmt: skip
            progress.setWindowModality(Qt.WindowModality.WindowModal)
            progress.setMinimumDuration(0)

        def on_page(done: int, _total: int) -> bool:
            if progress is None:
                return True
            progress.setValue(done)
            return not progress.wasCanceled()

        try:
            pages = print_pdf(self.preview.path, printer, on_page=on_page)
        except TaganaError as exc:
            self._failed(exc)
            return
        finally:
            if progress is not None:
                progress.close()
        self._show_done(self.tr("Terkirim ke printer: {pages} halaman.").format(pages=pages))

    # --- saving
    def choose_file(self) -> None:
        if self.preview is None:
            return
        folder = last_folder(LAST_FOLDER_KEY)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan daftar penerimaan sebagai PDF"),
            str(folder / f"daftar-honor-{self.period}.pdf"), self.tr("Dokumen PDF (*.pdf)"),
        )  # fmt: skip
        if path:
            remember_folder(path, LAST_FOLDER_KEY)
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        """Write the list to ``path`` (rendered again: what is stored now, written atomically)."""
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
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

    def _show_done(self, text: str) -> None:
        self.done_label.setText(text)
        self.done_label.show()

    # --- closing
    def done(self, result: int) -> None:  # noqa: D401 - Qt override
        self.document.close()
        shutil.rmtree(self._folder, ignore_errors=True)
        super().done(result)
