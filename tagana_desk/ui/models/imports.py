"""Tables of imports: the preview of a household import (every data row of the file with what
happens to it), and the problems of an import by row and column."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from tagana_desk.ui.incident_labels import import_status_label
from tagana_desk.ui.models.base import RowTableModel

#: Status → (text colour, cell background): valid green, ditolak red, duplikat amber,
#: ditandai blue.
STATUS_COLOURS: dict[str, tuple[QColor, QColor]] = {
    "valid": (QColor("#1e5e22"), QColor("#e3f2e1")),
    "ditolak": (QColor("#9b1c14"), QColor("#fbe4e1")),
    "duplikat": (QColor("#7a4d00"), QColor("#fdf0d5")),
    "ditandai": (QColor("#174a7c"), QColor("#e1ecf8")),
}


class ImportPreviewModel(RowTableModel[Any]):
    """Baris, Nama, NIK, Status, Keterangan — rows are the importer's ``PreviewRow``."""

    ROW, NAME, NIK, STATUS, REASON = range(5)
    NUMERIC_COLUMNS = frozenset({ROW})

    def headers(self) -> Sequence[str]:
        tr = QCoreApplication.translate
        return (
            tr("ImportPreviewModel", "Baris"),
            tr("ImportPreviewModel", "Nama kepala keluarga"),
            tr("ImportPreviewModel", "NIK"),
            tr("ImportPreviewModel", "Status"),
            tr("ImportPreviewModel", "Keterangan"),
        )

    def display(self, row: Any, column: int) -> str:
        if column == self.ROW:
            return str(row.row)
        if column == self.NAME:
            return row.name or "—"
        if column == self.NIK:
            return row.nik or "—"
        if column == self.STATUS:
            return import_status_label(str(row.status))
        return row.reason

    def sort_key(self, row: Any, column: int) -> Any:
        return row.row if column == self.ROW else self.display(row, column)

    def tooltip(self, row: Any, column: int) -> str | None:
        return row.reason or None if column == self.REASON else None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):
            if not index.isValid() or index.column() != self.STATUS:
                return None
            colours = STATUS_COLOURS.get(str(self.row_at(index.row()).status))
            if colours is None:
                return None
            return colours[0] if role == Qt.ItemDataRole.ForegroundRole else colours[1]
        return super().data(index, role)


class RowErrorModel(RowTableModel[Any]):
    """Baris, Kolom, Masalah — rows are the importers' ``RowError`` (by row and column)."""

    ROW, COLUMN, MESSAGE = range(3)
    NUMERIC_COLUMNS = frozenset({ROW})

    def headers(self) -> Sequence[str]:
        tr = QCoreApplication.translate
        return (
            tr("RowErrorModel", "Baris"),
            tr("RowErrorModel", "Kolom"),
            tr("RowErrorModel", "Masalah"),
        )

    def display(self, row: Any, column: int) -> str:
        if column == self.ROW:
            return str(row.row)
        if column == self.COLUMN:
            return row.column or "—"
        return row.message

    def sort_key(self, row: Any, column: int) -> Any:
        return row.row if column == self.ROW else self.display(row, column)

    def tooltip(self, row: Any, column: int) -> str | None:
        return row.message if column == self.MESSAGE else None
