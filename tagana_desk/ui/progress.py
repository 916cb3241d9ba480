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

from tagana_desk.ui.formatting import grouped

#: Work that ends sooner never shows the dialog.
SHOW_AFTER_MS = 500


class TaskProgress(QObject):
    """One long task's progress dialog; ``report``, ``say`` and ``cancelled`` may be called from
    any thread. Call ``finish()`` from the task's ``on_done``/``on_error``.

    ``rows``: the label counts rows ("120 dari ±5.000 baris…"); otherwise it keeps the label given
    (or the last line passed to ``say``). ``show_after_ms=0`` shows the dialog at once. Batal sets
    the flag the worker polls and says "Membatalkan…"; reports after that are ignored.
    """

    progressed = Signal(int, int)
    said = Signal(str)

    def __init__(
        self, parent: QWidget, title: str, label: str, *, rows: bool = False,
        show_after_ms: int = SHOW_AFTER_MS,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self._cancel = threading.Event()
        self._rows = rows
        self.dialog = QProgressDialog(label, self.tr("Batal"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(show_after_ms)
        self.dialog.setMinimumWidth(420)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self.progressed.connect(self._show)
        self.said.connect(self._say)
        if show_after_ms <= 0:
            self.dialog.show()

    def report(self, done: int, total: int | None) -> None:
        self.progressed.emit(int(done), int(total or 0))

    def say(self, text: str) -> None:
        self.said.emit(str(text))

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()
        self.dialog.setLabelText(self.tr("Membatalkan…"))

    def _show(self, done: int, total: int) -> None:
        if self.cancelled():
            return
        if self._rows:
            total = max(total, done, 1)
            self.dialog.setLabelText(
                self.tr("{done} dari ±{total} baris…").format(
                    done=grouped(done), total=grouped(total)
                )
            )
        if self.dialog.maximum() != total:
            self.dialog.setMaximum(total)
        self.dialog.setValue(min(done, total) if total else 0)

    def _say(self, text: str) -> None:
        if not self.cancelled():
            self.dialog.setLabelText(text)

    def finish(self) -> None:
        # Closing a QProgressDialog emits ``canceled``: not a cancel once the work is over.
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.reset()
        self.dialog.close()
        self.dialog.deleteLater()
        self.deleteLater()
