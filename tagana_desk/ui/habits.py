"""Habits the desk remembers between sessions (QSettings): the last folder of each kind of file
dialog, the column widths of every table and the position of every splitter.

Tables and splitters are remembered by their ``objectName``: :func:`remember_views` finds every
``QTableView`` and ``QSplitter`` with a name under a window and keeps its state — restored when it
is first shown, saved whenever it is hidden (another page brought forward, the window closed).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt
from PySide6.QtWidgets import QHeaderView, QSplitter, QTableView, QWidget

from tagana_desk.ui.tables import header_width

#: The folder most file dialogs start in; imports, LPJ, audit exports and backups keep their own.
LAST_FOLDER_KEY = "ui/last_folder"
#: Table column widths: ``ui/columns/<objectName>``; splitter states: ``ui/splitters/<name>``.
COLUMNS_PREFIX = "ui/columns/"
SPLITTERS_PREFIX = "ui/splitters/"


# --------------------------------------------------------------------------- last folder


def last_folder(key: str = LAST_FOLDER_KEY, default: Path | None = None) -> Path:
    """The folder a file dialog should open in: the one used last for ``key`` if it still exists
    (a USB stick may be gone), else ``default``, else the home folder."""
    fallback = default if default is not None else Path.home()
    stored = QSettings().value(key)
    if stored:
        folder = Path(str(stored))
        if folder.is_dir():
            return folder
    return fallback


def remember_folder(
    path: Path | str, key: str = LAST_FOLDER_KEY, *, is_folder: bool = False
) -> None:
    """Remember where a file was chosen: ``path``'s folder, or ``path`` itself when it is a
    folder (``is_folder``: a folder chosen to be created, which does not exist yet)."""
    chosen = Path(path)
    folder = chosen if is_folder or chosen.is_dir() else chosen.parent
    QSettings().setValue(key, str(folder))


# --------------------------------------------------------------------------- tables and splitters


def _widths(table: QTableView) -> list[int]:
    header = table.horizontalHeader()
    return [header.sectionSize(i) for i in range(header.count())]


def save_view(widget: QWidget) -> None:
    """Store a named table's column widths or a named splitter's state."""
    name = widget.objectName()
    if not name:
        return
    if isinstance(widget, QSplitter):
        QSettings().setValue(SPLITTERS_PREFIX + name, widget.saveState())
    elif isinstance(widget, QTableView):
        widths = _widths(widget)
        if widths and any(widths):
            QSettings().setValue(COLUMNS_PREFIX + name, widths)


def restore_view(widget: QWidget) -> bool:
    """Put back what :func:`save_view` stored; False when there was nothing (or it no longer
    fits: a table whose columns changed since keeps its default widths)."""
    name = widget.objectName()
    if not name:
        return False
    settings = QSettings()
    if isinstance(widget, QSplitter):
        state = settings.value(SPLITTERS_PREFIX + name)
        return isinstance(state, QByteArray | bytes) and widget.restoreState(QByteArray(state))
    if isinstance(widget, QTableView):
        stored = settings.value(COLUMNS_PREFIX + name)
        if not isinstance(stored, list):
            return False
        header = widget.horizontalHeader()
        try:
            widths = [int(w) for w in stored]
        except (TypeError, ValueError):
            return False
        if len(widths) != header.count():
            return False
        for column, width in enumerate(widths):
            # A stretched column takes the rest of the row; it has no width of its own to keep.
            if width > 0 and header.sectionResizeMode(column) != QHeaderView.ResizeMode.Stretch:
                # Never narrower than the header: widths kept under one language must not cut
                # the (longer) headers of the other.
                header.resizeSection(column, max(width, header_width(widget, column)))
        return True
    return False


class _ViewKeeper(QObject):
    """Restores its view on the first show, saves it on every hide."""

    def __init__(self, view: QWidget) -> None:
        super().__init__(view)
        self.restored = False
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        try:
            if kind == QEvent.Type.Show and not self.restored:
                self.restored = True
                if isinstance(watched, QWidget):
                    restore_view(watched)
            elif kind == QEvent.Type.Hide and self.restored and isinstance(watched, QWidget):
                save_view(watched)
        except RuntimeError:  # the view is being destroyed: nothing left to keep
            pass
        return False


def remember_views(root: QWidget) -> int:
    """Keep the state of every named table and splitter under ``root`` (itself included); a
    view already kept is skipped. Returns how many views are newly kept."""
    views: list[QWidget] = [*root.findChildren(QTableView), *root.findChildren(QSplitter)]
    if isinstance(root, QTableView | QSplitter):
        views.append(root)
    added = 0
    for view in views:
        kept = view.findChild(_ViewKeeper, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if not view.objectName() or kept is not None:
            continue
        keeper = _ViewKeeper(view)
        if view.isVisible():  # already on screen: restore now, not at a show that has passed
            keeper.restored = True
            restore_view(view)
        added += 1
    return added


def save_views(root: QWidget) -> None:
    """Save every kept view under ``root`` now (a window closing saves what is on screen)."""
    for keeper in root.findChildren(_ViewKeeper):
        view = keeper.parent()
        if keeper.restored and isinstance(view, QWidget):
            save_view(view)
