"""Progress with Cancel for long background work (imports, batch PDFs).

A service or report takes ``progress(done, total)`` and ``cancelled()`` callables and calls them
from the worker thread. :class:`TaskProgress` provides both: the progress goes to the GUI thread
through a signal (queued across threads), Cancel sets a thread-safe flag the worker polls. The
dialog appears only when the work takes longer than a moment.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

#: Work that ends sooner never shows the dialog.
SHOW_AFTER_MS = 500


class TaskProgress(QObject):
    """One long task's progress dialog; ``report`` and ``cancelled`` may be called from any
    thread. Call ``finish()`` from the task's ``on_done``/``on_error``."""

    progressed = Signal(int, int)

    def __init__(self, parent: QWidget, title: str, label: str) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self.dialog = QProgressDialog(label, self.tr("Batal"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self._cancel.set)
        self.progressed.connect(self._show)

    def report(self, done: int, total: int | None) -> None:
        self.progressed.emit(int(done), int(total or 0))

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def _show(self, done: int, total: int) -> None:
        if self.dialog.maximum() != total:
            self.dialog.setMaximum(total)
        self.dialog.setValue(min(done, total) if total else 0)

    def finish(self) -> None:
        # Closing a QProgressDialog emits ``canceled``: not a cancel once the work is over.
        self.dialog.canceled.disconnect(self._cancel.set)
        self.dialog.reset()
        self.dialog.close()
        self.dialog.deleteLater()
        self.deleteLater()
