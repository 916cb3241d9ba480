"""What every page of the main window has: the desk context and loading when first shown."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from tagana_desk.ui.context import DeskContext


class Page(QWidget):
    """A page loads its data when it is shown, and again after every committed write.

    A hidden page only notes that it is stale and reloads when it is brought to the front, so a
    write does not make every page query the database at once.
    """

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        ctx.runner.write_committed.connect(self._data_changed)

    def load(self) -> None:
        """Read the page's data (through the task runner)."""

    def activate(self) -> None:
        """The page was brought to the front: load it if anything changed since."""
        if self._stale:
            self._stale = False
            self.load()

    def mark_stale(self) -> None:
        self._stale = True

    def _data_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self.activate()
