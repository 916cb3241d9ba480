"""A document on screen as the PDF that will be printed, with Cetak…, Simpan PDF… and Tutup.

The shared part of the receipt and payment-list previews: the viewer, the buttons (Ctrl+P,
Ctrl+S), the print dialog, painting the pages onto the printer with progress and Batal, choosing
where to save, and the temporary folder the rendered PDFs live in. A subclass renders
(``refresh``), prints (``print_to``) and saves (``save_to``) its own document.
"""

from __future__ import annotations

import itertools
import shutil
import tempfile
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
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
from tagana_desk.ui.printing import print_pdf
from tagana_desk.ui.widgets import error_label, note_label, ok_label, show_message

LAST_FOLDER_KEY = "ui/last_folder"
#: From this many pages on, printing shows its progress (and can be cancelled).
PRINT_PROGRESS_FROM = 4


class PdfPreviewDialog(QDialog):
    """The viewer and its buttons; ``preview`` (with ``path`` and ``pages``) is what is shown."""

    def __init__(
        self, ctx: DeskContext, title: str, *, temp_prefix: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.preview = None  # the rendered document shown; set by the subclass
        self.printer: QPrinter | None = None
        self.print_dialog: QPrintDialog | None = None
        self._temp_prefix = temp_prefix
        self._folder = Path(tempfile.mkdtemp(prefix=f"tagana-{temp_prefix}-"))
        # Also when the dialog goes with its parent without being closed.
        self.destroyed.connect(partial(shutil.rmtree, self._folder, ignore_errors=True))
        self._serial = itertools.count(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(8)
        self.title_label = QLabel(title)
        self.title_label.setObjectName("sectionTitle")
        #: The title row; a subclass may add controls on its right.
        self.heading = QHBoxLayout()
        self.heading.addWidget(self.title_label, 1)
        layout.addLayout(self.heading)
        self.note = note_label(self.tr("Menyiapkan pratinjau…"))
        layout.addWidget(self.note)

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setPageSpacing(12)
        layout.addWidget(self.view, 1)

        self.done_label = ok_label()
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

    # --- what a subclass provides
    def refresh(self) -> None:
        """Render the document again and show it."""
        raise NotImplementedError

    def print_to(self, printer: QPrinter) -> None:
        raise NotImplementedError

    def save_to(self, path: Path) -> None:
        raise NotImplementedError

    def print_title(self) -> str:
        raise NotImplementedError

    def save_title(self) -> str:
        raise NotImplementedError

    def file_name(self) -> str:
        """The name offered in the save dialog."""
        raise NotImplementedError

    # --- shared
    def new_path(self) -> Path:
        # A new name each time: the viewer keeps the shown file open (and Windows locks it).
        return self._folder / f"{self._temp_prefix}-{next(self._serial)}.pdf"

    def show_document(self, path: Path) -> None:
        self.document.load(str(path))
        self._set_ready(True)

    def _set_ready(self, ready: bool) -> None:
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def _failed(self, exc: object) -> None:
        self._set_ready(self.preview is not None)
        show_message(self.message, describe(exc))

    def _show_done(self, text: str) -> None:
        self.done_label.setText(text)
        self.done_label.show()

    def open_print_dialog(self) -> QPrintDialog | None:
        if self.preview is None:
            return None
        if self.printer is None:  # made on first use: asking the system for printers is slow
            self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(self.printer, self)
        dialog.setWindowTitle(self.print_title())
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
        dialog.accepted.connect(lambda: self.print_to(self.printer))
        self.print_dialog = dialog
        dialog.open()
        return dialog

    def paint_pages(self, path: Path, pages: int, printer: QPrinter) -> int | None:
        """Paint the PDF at ``path`` onto ``printer`` (progress and Batal from a few pages on);
        the pages sent, or None after a failure (said in the dialog)."""
        progress: QProgressDialog | None = None
        if pages >= PRINT_PROGRESS_FROM:
            progress = QProgressDialog(
                self.tr("Mengirim halaman ke printer…"), self.tr("Batal"), 0, pages, self
            )
            progress.setWindowModality(Qt.WindowModality.WindowModal)
            progress.setMinimumDuration(0)

        def on_page(done: int, _total: int) -> bool:
            if progress is None:
                return True
            progress.setValue(done)
            return not progress.wasCanceled()

        try:
            return print_pdf(path, printer, on_page=on_page)
        except TaganaError as exc:
            self._failed(exc)
            return None
        finally:
            if progress is not None:
                progress.close()

    def choose_file(self) -> None:
        if self.preview is None:
            return
        folder = last_folder(LAST_FOLDER_KEY)
        path, _ = QFileDialog.getSaveFileName(
            self, self.save_title(), str(folder / self.file_name()), self.tr("Dokumen PDF (*.pdf)")
        )
        if path:
            remember_folder(path, LAST_FOLDER_KEY)
            self.save_to(with_pdf_suffix(Path(path)))

    def done(self, result: int) -> None:  # noqa: D401 - Qt override
        self.document.close()
        shutil.rmtree(self._folder, ignore_errors=True)
        super().done(result)


def with_pdf_suffix(path: Path) -> Path:
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")
