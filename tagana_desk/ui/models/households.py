"""Households (KK terdampak): an incident's register, search results, a person's history and the
possible-duplicate flags. NIKs arrive masked from the service unless the role may see them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from tagana_desk.domain.enums import DtksStatus, DuplicateStatus
from tagana_desk.domain.regions import AreaLabels, area_labels
from tagana_desk.services.households import FlagInfo, HouseholdRow
from tagana_desk.ui.formatting import grouped, long_date, short_date
from tagana_desk.ui.incident_labels import (
    damage_label,
    dtks_label,
    duplicate_reason_label,
    duplicate_status_label,
)
from tagana_desk.ui.models.base import LazyTableModel, RowTableModel
from tagana_desk.ui.style import Tone, tone_text

#: A possible duplicate waits for a person (amber); merged rows step back (grey); a pair
#: confirmed distinct is settled (green). From the desk's one set of status colours.
AMBER = tone_text(Tone.FLAGGED)
MUTED = tone_text(Tone.MUTED)
GREEN = tone_text(Tone.PAID)

AnyIndex = QModelIndex | QPersistentModelIndex


def yes_no(value: bool) -> str:
    return (
        QCoreApplication.translate("HouseholdModels", "Ya")
        if value
        else QCoreApplication.translate("HouseholdModels", "Tidak")
    )


def flag_marker(row: HouseholdRow) -> str:
    """The register's duplicate column: what a person must still decide."""
    return QCoreApplication.translate("HouseholdModels", "⚠ Periksa") if row.flagged else ""


class _Coloured:
    """Foreground colours per cell, for models built on RowTableModel."""

    def colour(self, row: Any, column: int) -> QColor | None:
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            if not index.isValid() or index.row() >= self.rowCount():  # type: ignore[attr-defined]
                return None
            return self.colour(self.row_at(index.row()), index.column())  # type: ignore[attr-defined]
        return super().data(index, role)  # type: ignore[misc]


class _AreaHeaders:
    """Headers in the region's own words (DIY: Kapanewon, Kalurahan)."""

    def _init_area_labels(self) -> None:
        labels = area_labels(None)
        self.kecamatan_label, self.desa_label = labels.kecamatan, labels.desa

    def set_area_labels(self, labels: AreaLabels) -> None:
        if (labels.kecamatan, labels.desa) != (self.kecamatan_label, self.desa_label):
            self.kecamatan_label, self.desa_label = labels.kecamatan, labels.desa
            count = self.columnCount()  # type: ignore[attr-defined]
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, count - 1)  # type: ignore[attr-defined]


class _InitialOrder:
    """Header hint for the first click on a column: numbers high→low, words A→Z."""

    NUMERIC_COLUMNS: frozenset[int] = frozenset()

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.InitialSortOrderRole
            and orientation == Qt.Orientation.Horizontal
        ):
            if section in self.NUMERIC_COLUMNS:
                return Qt.SortOrder.DescendingOrder
            return Qt.SortOrder.AscendingOrder
        return super().headerData(section, orientation, role)  # type: ignore[misc]


class RegisterTableModel(_Coloured, _InitialOrder, _AreaHeaders, LazyTableModel[HouseholdRow]):
    """KK terdampak of one incident: Nama, NIK, Desa, Jiwa, Kerusakan, Mengungsi, DTKS, Duplikat."""

    NAME, NIK, DESA, PERSONS, DAMAGE, DISPLACED, DTKS, FLAG = range(8)
    NUMERIC_COLUMNS = frozenset({PERSONS})
    #: Column → ``households.list_households`` sort key.
    SORT_KEYS = {NAME: "name", NIK: "nik", DESA: "desa", PERSONS: "persons", DAMAGE: "damage"}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._init_area_labels()

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Nama kepala keluarga"), self.tr("NIK"), self.desa_label, self.tr("Jiwa"),
            self.tr("Kerusakan"), self.tr("Mengungsi"), self.tr("DTKS"), self.tr("Duplikat"),
        )  # fmt: skip

    def display(self, row: HouseholdRow, column: int) -> str:
        if column == self.NAME:
            return row.head_name
        if column == self.NIK:
            return row.nik
        if column == self.DESA:
            return row.desa_name
        if column == self.PERSONS:
            return grouped(row.persons)
        if column == self.DAMAGE:
            return damage_label(row.damage)
        if column == self.DISPLACED:
            return yes_no(row.displaced)
        if column == self.DTKS:
            return dtks_label(row.dtks_status)
        return flag_marker(row)

    def sort_key(self, row: HouseholdRow, column: int) -> Any:
        return row.persons if column == self.PERSONS else self.display(row, column)

    def tooltip(self, row: HouseholdRow, column: int) -> str | None:
        if column == self.FLAG and row.flagged:
            return self.tr(
                "Kemungkinan duplikat yang belum diputuskan: periksa di Penerima → "
                "Kemungkinan duplikat."
            )
        return None

    def colour(self, row: HouseholdRow, column: int) -> QColor | None:
        if column == self.FLAG:
            return AMBER
        if column == self.DTKS and row.dtks_status == DtksStatus.UNKNOWN:
            return MUTED
        return None


class SearchTableModel(_Coloured, _AreaHeaders, LazyTableModel[HouseholdRow]):
    """Penerima search results, newest registration first."""

    NAME, NIK, NO_KK, DESA, KECAMATAN, INCIDENT, DATE, DAMAGE, DTKS = range(9)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._init_area_labels()

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Nama"), self.tr("NIK"), self.tr("No. KK"), self.desa_label,
            self.kecamatan_label, self.tr("Kejadian"), self.tr("Tanggal"), self.tr("Kerusakan"),
            self.tr("DTKS"),
        )  # fmt: skip

    def display(self, row: HouseholdRow, column: int) -> str:
        if column == self.NAME:
            return row.head_name + (" ⚠" if row.flagged else "")
        if column == self.NIK:
            return row.nik
        if column == self.NO_KK:
            return row.no_kk
        if column == self.DESA:
            return row.desa_name
        if column == self.KECAMATAN:
            return row.kecamatan_name
        if column == self.INCIDENT:
            return row.incident_title
        if column == self.DATE:
            return short_date(row.incident_date)
        if column == self.DAMAGE:
            return damage_label(row.damage)
        return dtks_label(row.dtks_status)

    def sort_key(self, row: HouseholdRow, column: int) -> Any:
        return row.incident_date if column == self.DATE else self.display(row, column)

    def tooltip(self, row: HouseholdRow, column: int) -> str | None:
        if column == self.INCIDENT:
            return f"#{row.incident_id} · {row.incident_title}"
        if column == self.DATE:
            return long_date(row.incident_date)
        if column == self.NAME and row.flagged:
            return self.tr("Kemungkinan duplikat yang belum diputuskan.")
        if column == self.NAME and row.merged:
            return self.tr("Data ini sudah digabungkan ke data lain.")
        return None

    def colour(self, row: HouseholdRow, column: int) -> QColor | None:
        if row.merged:
            return MUTED
        if column == self.NAME and row.flagged:
            return AMBER
        return None


class HistoryTableModel(_Coloured, _AreaHeaders, RowTableModel[HouseholdRow]):
    """Every registration of one person (same NIK), newest first."""

    DATE, INCIDENT, DESA, PERSONS, DAMAGE, DISPLACED, NOTE = range(7)
    NUMERIC_COLUMNS = frozenset({PERSONS})

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._init_area_labels()

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Tanggal"), self.tr("Kejadian"), self.desa_label, self.tr("Jiwa"),
            self.tr("Kerusakan"), self.tr("Mengungsi"), self.tr("Keterangan"),
        )  # fmt: skip

    def display(self, row: HouseholdRow, column: int) -> str:
        if column == self.DATE:
            return short_date(row.incident_date)
        if column == self.INCIDENT:
            return row.incident_title
        if column == self.DESA:
            return row.desa_name
        if column == self.PERSONS:
            return grouped(row.persons)
        if column == self.DAMAGE:
            return damage_label(row.damage)
        if column == self.DISPLACED:
            return yes_no(row.displaced)
        if row.merged:
            return self.tr("Digabungkan ke data lain")
        if row.flagged:
            return self.tr("Kemungkinan duplikat, belum diputuskan")
        return ""

    def sort_key(self, row: HouseholdRow, column: int) -> Any:
        if column == self.DATE:
            return row.incident_date
        if column == self.PERSONS:
            return row.persons
        return self.display(row, column)

    def colour(self, row: HouseholdRow, column: int) -> QColor | None:
        if row.merged:
            return MUTED
        if column == self.NOTE and row.flagged:
            return AMBER
        return None


class OpenEndedLazyModel(LazyTableModel[Any]):
    """A lazy model for lists the service cannot count: it asks for more while batches are full.

    ``reset(loader, first_rows=…)`` without a total; ``total`` grows by a batch whenever a full
    batch arrives and settles on the real count at the first short one.
    """

    def reset_open(self, loader: Any, first_rows: Sequence[Any]) -> None:
        self.reset(loader, self._next_total(len(first_rows), len(first_rows)), first_rows)

    def _next_total(self, loaded: int, batch: int) -> int:
        return loaded + self.batch_size if batch >= self.batch_size else loaded

    def _append(self, generation: int, rows: list[Any]) -> None:
        super()._append(generation, rows)
        if generation == self._generation and rows:
            self._total = self._next_total(len(self._rows), len(rows))

    @property
    def complete(self) -> bool:
        """Every row is loaded (``total`` is the real count)."""
        return len(self._rows) >= self._total


class FlagTableModel(_Coloured, _AreaHeaders, OpenEndedLazyModel):
    """Possible duplicates: the flagged household beside the one it resembles, and the reason."""

    NAME, NIK, DESA, INCIDENT, OTHER_NAME, OTHER_NIK, OTHER_DESA, OTHER_INCIDENT, REASON = range(9)
    STATUS, DECIDED_BY, NOTE = 9, 10, 11

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._init_area_labels()

    def headers(self) -> Sequence[str]:
        return (
            self.tr("KK ditandai"), self.tr("NIK"), self.desa_label, self.tr("Kejadian"),
            self.tr("Mirip dengan"), self.tr("NIK"), self.desa_label, self.tr("Kejadian"),
            self.tr("Alasan"), self.tr("Keputusan"), self.tr("Oleh"), self.tr("Catatan"),
        )  # fmt: skip

    def display(self, row: FlagInfo, column: int) -> str:
        values = {
            self.NAME: row.head_name,
            self.NIK: row.nik,
            self.DESA: row.desa_name,
            self.INCIDENT: f"#{row.incident_id}",
            self.OTHER_NAME: row.other_head_name,
            self.OTHER_NIK: row.other_nik,
            self.OTHER_DESA: row.other_desa_name,
            self.OTHER_INCIDENT: f"#{row.other_incident_id}",
            self.REASON: duplicate_reason_label(row.reason),
            self.STATUS: duplicate_status_label(row.status),
            self.DECIDED_BY: row.decided_by or "",
            self.NOTE: row.note,
        }
        return values[column]

    def tooltip(self, row: FlagInfo, column: int) -> str | None:
        if column in (self.REASON, self.NOTE):
            return self.display(row, column) or None
        return None

    def colour(self, row: FlagInfo, column: int) -> QColor | None:
        if column == self.STATUS:
            if row.status == DuplicateStatus.OPEN:
                return AMBER
            return GREEN if row.status == DuplicateStatus.CONFIRMED_DISTINCT else MUTED
        return None
