"""Tables of imports: the preview of a household import (every data row of the file with what
happens to it), and the problems of an import by row and column."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from tagana_desk.ui.incident_labels import import_status_label
from tagana_desk.ui.models.base import RowTableModel
from tagana_desk.ui.style import Tone, tone_fill, tone_text

#: Status → tone: valid green; ditolak red; duplikat (already in this incident or the file,
#: skipped) grey; ditandai (stored, a possible duplicate to decide) amber.
STATUS_TONES: dict[str, Tone] = {
    "valid": Tone.PAID,
    "ditolak": Tone.VOIDED,
    "duplikat": Tone.MUTED,
    "ditandai": Tone.FLAGGED,
}
#: Status → (text colour, cell background).
STATUS_COLOURS: dict[str, tuple[QColor, QColor]] = {
    status: (tone_text(tone), tone_fill(tone)) for status, tone in STATUS_TONES.items()
}


class ImportPreviewModel(RowTableModel[Any]):
    """Baris, Nama, NIK, Status, Keterangan — rows are the importer's ``PreviewRow``."""

    ROW, NAME, NIK, STATUS, REASON = range(5)
    NUMERIC_COLUMNS = frozenset({ROW})

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Baris"),
            self.tr("Nama kepala keluarga"),
            self.tr("NIK"),
            self.tr("Status"),
            self.tr("Keterangan"),
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
        return (
            self.tr("Baris"),
            self.tr("Kolom"),
            self.tr("Masalah"),
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
