"""Table models over plain frozen dataclasses, and the lazily paged variant for large tables.

A model never sees the ORM: rows are the dataclasses the services return. Large tables load in
batches through ``canFetchMore``/``fetchMore`` (Qt's "Fetch More" pattern); the batch is read on
a worker thread when a runner is given, and appended on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from tagana_desk.ui.tasks import Runner

Row = TypeVar("Row")
AnyIndex = QModelIndex | QPersistentModelIndex

#: Raw value for sorting (a date, an int), where DisplayRole holds formatted text.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: The row's dataclass.
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """Rows of one dataclass. Subclasses give ``headers()``, ``display()`` and ``sort_key()``."""

    #: Columns whose cells are numbers (right-aligned).
    NUMERIC_COLUMNS: frozenset[int] = frozenset()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._header_texts: tuple[str, ...] | None = None
        # A header that changes (the region's own word for desa) is announced with
        # headerDataChanged; this slot runs before any view's, so views read the new texts.
        self.headerDataChanged.connect(self._forget_headers)

    # --- to override
    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def _headers(self) -> tuple[str, ...]:
        """``headers()``, translated once: a view asks for every header many times while it lays
        itself out (thousands of translations when a page was built)."""
        if self._header_texts is None:
            self._header_texts = tuple(self.headers())
        return self._header_texts

    def _forget_headers(self, *_: object) -> None:
        self._header_texts = None

    def display(self, row: Row, column: int) -> str:
        raise NotImplementedError

    def sort_key(self, row: Row, column: int) -> Any:
        return self.display(row, column)

    def tooltip(self, row: Row, column: int) -> str | None:
        return None

    # --- Qt
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers())

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == SORT_ROLE:
            return self.sort_key(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if column in self.NUMERIC_COLUMNS else LEFT)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if section in self.NUMERIC_COLUMNS else LEFT)
        return None

    # --- plain access
    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    @property
    def rows(self) -> list[Row]:
        return list(self._rows)


class LazyTableModel(RowTableModel[Row]):
    """Rows fetched in batches of ``batch_size`` as the view scrolls.

    ``loader(offset, limit)`` returns the next rows (it runs on a worker thread when a runner is
    given, so it must open its own session and return plain data).
    """

    #: A batch could not be read (the exception); the page shows it.
    load_failed = Signal(object)

    def __init__(
        self, runner: Runner | None = None, *, batch_size: int = 200, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self.batch_size = batch_size
        self._loader: Callable[[int, int], list[Row]] | None = None
        self._total = 0
        self._loading = False
        self._generation = 0  # a batch from before the last reset is dropped

    @property
    def total(self) -> int:
        """Rows that exist in the database (loaded or not)."""
        return self._total

    @property
    def loading(self) -> bool:
        return self._loading

    def reset(
        self,
        loader: Callable[[int, int], list[Row]] | None,
        total: int,
        first_rows: Sequence[Row] = (),
    ) -> None:
        """Start over with a new source; ``first_rows`` is the first batch when already read."""
        self._generation += 1
        self.beginResetModel()
        self._loader = loader
        self._total = total
        self._rows = list(first_rows)
        self._loading = False
        self.endResetModel()

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        if parent.isValid() or self._loader is None:
            return False
        return not self._loading and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if not self.canFetchMore(parent):
            return
        assert self._loader is not None
        self._loading = True
        offset, generation = len(self._rows), self._generation
        limit = min(self.batch_size, self._total - offset)
        if self._runner is None:
            self._append(generation, self._loader(offset, limit))
            return
        self._runner.submit(
            self._loader, offset, limit,
            on_done=lambda rows: self._append(generation, rows),
            on_error=lambda exc: self._failed(generation, exc),
            owner=self,
        )  # fmt: skip

    def _append(self, generation: int, rows: list[Row]) -> None:
        if generation != self._generation:
            return
        self._loading = False
        if not rows:
            # The table shrank meanwhile: stop asking for more.
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def _failed(self, generation: int, exc: object) -> None:
        if generation != self._generation:
            return
        self._loading = False
        # Stop here instead of retrying on every scroll; the page says what went wrong.
        self._total = len(self._rows)
        self.load_failed.emit(exc)


class SortProxy(QSortFilterProxyModel):
    """The one sort proxy of the app: sorts on ``SORT_ROLE`` (raw values), never on text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
