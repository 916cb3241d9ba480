"""Table views the way every list of the desk looks, and header sorting that re-queries in SQL.

A lazily loaded table holds only the batches read so far, so a click on a header cannot sort in
a proxy: :class:`SqlSort` turns the click into a sort key and direction for the service, and the
page reads the first batch again.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QAbstractItemModel, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

ROW_HEIGHT = 26
#: Around a header's text: the section's padding (style.py), the sort arrow, a little air.
HEADER_PADDING = 30


def header_width(table: QTableView, column: int) -> int:
    """What a column's header text needs, in the header's semi-bold font."""
    model = table.model()
    text = model.headerData(column, Qt.Orientation.Horizontal) if model is not None else None
    font = QFont(table.horizontalHeader().font())
    font.setWeight(QFont.Weight.DemiBold)
    return QFontMetrics(font).horizontalAdvance(str(text or "")) + HEADER_PADDING


def fit_column_width(table: QTableView, column: int, width: int) -> None:
    """``width`` for ``column``, or more when its header would be cut (English headers are
    longer than the Indonesian ones the widths were chosen for)."""
    table.setColumnWidth(column, max(width, header_width(table, column)))


def make_table(
    model: QAbstractItemModel,
    *,
    stretch: int | None = None,
    widths: Mapping[int, int] | None = None,
) -> QTableView:
    """A read-only, whole-row-selecting table over ``model`` with the desk's look."""
    table = QTableView()
    table.setModel(model)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSortingEnabled(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)  # Tab leaves the table: keyboard users move between fields
    for column, width in (widths or {}).items():
        fit_column_width(table, column, width)
    if stretch is not None:
        table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def selected_row(table: QTableView) -> int | None:
    """The selected (or current) row, or None."""
    rows = table.selectionModel().selectedRows()
    if rows:
        return rows[0].row()
    return None


class SqlSort(QObject):
    """Header clicks → (service sort key, descending). Columns without a key do not sort."""

    changed = Signal()

    def __init__(
        self,
        table: QTableView,
        keys: Mapping[int, str],
        *,
        column: int,
        descending: bool,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or table)
        self.keys = dict(keys)
        self.column = column
        self.descending = descending
        self.header = table.horizontalHeader()
        self.header.setSectionsClickable(True)
        self.header.setSortIndicatorShown(True)
        self._show()
        self.header.sortIndicatorChanged.connect(self._indicator_changed)

    @property
    def key(self) -> str:
        return self.keys[self.column]

    def set(self, column: int, descending: bool) -> None:
        if column in self.keys:
            self.column, self.descending = column, descending
            self._show()
            self.changed.emit()

    def _show(self) -> None:
        order = Qt.SortOrder.DescendingOrder if self.descending else Qt.SortOrder.AscendingOrder
        self.header.blockSignals(True)
        self.header.setSortIndicator(self.column, order)
        self.header.blockSignals(False)

    def _indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        if column not in self.keys:
            self._show()  # not sortable in SQL: put the indicator back
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) == (self.column, self.descending):
            return
        self.column, self.descending = column, descending
        self.changed.emit()
