"""What every page of the main window has: the desk context, loading when first shown, and the
page's answers to the window's keyboard shortcuts (Ctrl+F, Ctrl+N, Ctrl+P, Ctrl+S)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from tagana_desk.ui.context import DeskContext

Action = Callable[[], object]


@dataclass(frozen=True, slots=True)
class PageShortcuts:
    """What the window's Cari / Baru / Cetak / Simpan do on a page, as it stands now.

    ``None`` means the page has no such action here (or the signed-in role may not use it): the
    window's action is then disabled. The texts name the action in the Berkas menu.
    """

    find: Action | None = None
    new: Action | None = None
    print: Action | None = None
    save: Action | None = None
    new_text: str = ""
    print_text: str = ""
    save_text: str = ""


def focus_field(edit: QLineEdit) -> Action:
    """Ctrl+F on a search field: put the cursor there with its text selected (type to replace)."""

    def focus() -> None:
        edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        edit.selectAll()

    return focus


class Page(QWidget):
    """A page loads its data when it is shown, and again after every committed write.

    A hidden page only notes that it is stale and reloads when it is brought to the front, so a
    write does not make every page query the database at once.
    """

    #: What :meth:`shortcuts` answers has changed (another tab, another view, loaded data).
    shortcuts_changed = Signal()

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        ctx.runner.write_committed.connect(self._data_changed)

    def load(self) -> None:
        """Read the page's data (through the task runner)."""

    def shortcuts(self) -> PageShortcuts:
        """The page's search field and new / print / save actions where it is now."""
        return PageShortcuts()

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
