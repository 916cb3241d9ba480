"""The incident list (Kejadian), loaded lazily and sorted by the database."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from tagana_desk.domain.dates import local_naive
from tagana_desk.domain.enums import IncidentStatus
from tagana_desk.domain.regions import area_labels
from tagana_desk.services.incidents import IncidentInfo
from tagana_desk.ui.formatting import grouped, local_datetime, long_datetime
from tagana_desk.ui.incident_labels import incident_status_label, incident_type_label
from tagana_desk.ui.models.base import LazyTableModel
from tagana_desk.ui.style import Tone, tone_text

MUTED = tone_text(Tone.MUTED)
OPEN_COLOUR = tone_text(Tone.PAID)


class IncidentTableModel(LazyTableModel[IncidentInfo]):
    """Tanggal, Jenis, Judul, Kecamatan, Desa, KK, Status."""

    DATE, TYPE, TITLE, KECAMATAN, DESA, HOUSEHOLDS, STATUS = range(7)
    NUMERIC_COLUMNS = frozenset({HOUSEHOLDS})
    #: Column → ``incidents.list_incidents`` sort key; the other columns do not sort.
    SORT_KEYS = {
        DATE: "occurred_at",
        TYPE: "type",
        TITLE: "title",
        KECAMATAN: "kecamatan",
        STATUS: "status",
    }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        labels = area_labels(None)
        self.kecamatan_label, self.desa_label = labels.kecamatan, labels.desa

    def set_area_labels(self, kecamatan: str, desa: str) -> None:
        if (kecamatan, desa) != (self.kecamatan_label, self.desa_label):
            self.kecamatan_label, self.desa_label = kecamatan, desa
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, self.KECAMATAN, self.DESA)

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Tanggal"),
            self.tr("Jenis"),
            self.tr("Judul"),
            self.kecamatan_label,
            self.desa_label,
            self.tr("KK"),
            self.tr("Status"),
        )

    def display(self, row: IncidentInfo, column: int) -> str:
        if column == self.DATE:
            return local_datetime(row.occurred_at)
        if column == self.TYPE:
            return incident_type_label(row.type)
        if column == self.TITLE:
            return row.title
        if column == self.KECAMATAN:
            return row.kecamatan_name
        if column == self.DESA:
            return row.desa_name or "—"
        if column == self.HOUSEHOLDS:
            return grouped(row.households)
        return incident_status_label(row.status)

    def sort_key(self, row: IncidentInfo, column: int) -> Any:
        if column == self.DATE:
            return row.occurred_at
        if column == self.HOUSEHOLDS:
            return row.households
        return self.display(row, column)

    def tooltip(self, row: IncidentInfo, column: int) -> str | None:
        if column == self.DATE:
            return long_datetime(local_naive(row.occurred_at))
        if column == self.TITLE:
            return row.title + (f"\n{row.place}" if row.place else "")
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            if index.row() < self.rowCount() and index.column() == self.STATUS:
                row = self.row_at(index.row())
                return OPEN_COLOUR if row.status == IncidentStatus.OPEN else MUTED
            return None
        return super().data(index, role)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.InitialSortOrderRole
            and orientation == Qt.Orientation.Horizontal
        ):
            # Newest first for dates; A→Z for words.
            descending = section in (self.DATE, self.HOUSEHOLDS)
            return Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        return super().headerData(section, orientation, role)
