"""Tables of the Tagana page: the roster, deployments, the monthly stipend preview, volunteer
types with their rates, and the preview of a roster import."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from tagana_desk.services.household_import import PreviewRow
from tagana_desk.services.stipends import StipendLine
from tagana_desk.services.volunteers import (
    DeploymentInfo,
    RateInfo,
    VolunteerInfo,
    VolunteerTypeInfo,
)
from tagana_desk.ui.formatting import grouped, rupiah, short_date
from tagana_desk.ui.incident_labels import import_status_label
from tagana_desk.ui.models.base import LazyTableModel, RowTableModel
from tagana_desk.ui.models.imports import STATUS_COLOURS
from tagana_desk.ui.style import Tone, tone_text
from tagana_desk.ui.volunteer_support import (
    ACTION_COLOURS,
    action_label,
    current_rate,
    level_label,
    tax_rule_text,
)

AnyIndex = QModelIndex | QPersistentModelIndex
MUTED = tone_text(Tone.MUTED)


def _date_or_blank(value: dt.date | None) -> str:
    return short_date(value) if value else ""


class RosterTableModel(LazyTableModel[VolunteerInfo]):
    """Nama, NIK (as the service returns it: masked unless the role may see it), Jenis, NIA,
    Tingkat, Kapanewon, HP, Bergabung, Keluar, Aktif — in the roster's order (by name)."""

    NAME, NIK, TYPE, NIA, LEVEL, KECAMATAN, PHONE, JOINED, LEFT, ACTIVE = range(10)

    def __init__(self, *args, kecamatan_word: str = "Kapanewon", **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.kecamatan_word = kecamatan_word

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Nama"), self.tr("NIK"), self.tr("Jenis"), self.tr("NIA"), self.tr("Tingkat"),
            self.kecamatan_word, self.tr("HP"), self.tr("Bergabung"), self.tr("Keluar"),
            self.tr("Aktif"),
        )  # fmt: skip

    def display(self, row: VolunteerInfo, column: int) -> str:
        if column == self.NAME:
            return row.name
        if column == self.NIK:
            return row.nik
        if column == self.TYPE:
            return row.type_code
        if column == self.NIA:
            return row.nia
        if column == self.LEVEL:
            return level_label(row.level)
        if column == self.KECAMATAN:
            return row.kecamatan_name
        if column == self.PHONE:
            return row.phone
        if column == self.JOINED:
            return short_date(row.joined_on)
        if column == self.LEFT:
            return _date_or_blank(row.left_on)
        return self.tr("Ya") if row.active else self.tr("Tidak")

    def sort_key(self, row: VolunteerInfo, column: int) -> Any:
        if column == self.JOINED:
            return row.joined_on
        if column == self.LEFT:
            return row.left_on or dt.date.max
        return self.display(row, column)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            if not self.row_at(index.row()).active:
                return MUTED  # former volunteers stay on the roster, greyed
            return None
        return super().data(index, role)


class VolunteerDeploymentModel(RowTableModel[DeploymentInfo]):
    """One volunteer's deployments: Kejadian, Mulai, Selesai, Hari, Peran, Uang harian."""

    INCIDENT, START, END, DAYS, ROLE, PAID = range(6)
    NUMERIC_COLUMNS = frozenset({DAYS})

    def headers(self) -> Sequence[str]:
        return (self.tr("Kejadian"), self.tr("Mulai"), self.tr("Selesai"), self.tr("Hari"),
                self.tr("Peran"), self.tr("Uang harian"))  # fmt: skip

    def display(self, row: DeploymentInfo, column: int) -> str:
        if column == self.INCIDENT:
            return f"#{row.incident_id} {row.incident_title}"
        if column == self.START:
            return short_date(row.start_date)
        if column == self.END:
            return short_date(row.end_date)
        if column == self.DAYS:
            return str(row.days)
        if column == self.ROLE:
            return row.role
        return self.tr("dibayar bersama honor") if row.paid else ""

    def sort_key(self, row: DeploymentInfo, column: int) -> Any:
        if column in (self.START, self.END):
            return row.start_date if column == self.START else row.end_date
        if column == self.DAYS:
            return row.days
        return self.display(row, column)


class IncidentDeploymentModel(RowTableModel[DeploymentInfo]):
    """Who was deployed to one incident: Relawan, Mulai, Selesai, Hari, Peran, Uang harian."""

    VOLUNTEER, START, END, DAYS, ROLE, PAID = range(6)
    NUMERIC_COLUMNS = frozenset({DAYS})

    def headers(self) -> Sequence[str]:
        return (self.tr("Relawan"), self.tr("Mulai"), self.tr("Selesai"), self.tr("Hari"),
                self.tr("Peran"), self.tr("Uang harian"))  # fmt: skip

    def display(self, row: DeploymentInfo, column: int) -> str:
        if column == self.VOLUNTEER:
            return row.volunteer_name
        if column == self.START:
            return short_date(row.start_date)
        if column == self.END:
            return short_date(row.end_date)
        if column == self.DAYS:
            return str(row.days)
        if column == self.ROLE:
            return row.role
        return self.tr("dibayar bersama honor") if row.paid else ""

    def sort_key(self, row: DeploymentInfo, column: int) -> Any:
        if column == self.START:
            return row.start_date
        if column == self.END:
            return row.end_date
        if column == self.DAYS:
            return row.days
        return self.display(row, column)


class StipendPreviewModel(RowTableModel[StipendLine]):
    """Nama, Jenis, Kapanewon, Bruto, Potongan, Netto, Status, Keterangan."""

    NAME, TYPE, KECAMATAN, GROSS, TAX, NET, STATUS, REASON = range(8)
    NUMERIC_COLUMNS = frozenset({GROSS, TAX, NET})

    def __init__(self, *args, kecamatan_word: str = "Kapanewon", **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.kecamatan_word = kecamatan_word

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Nama"), self.tr("Jenis"), self.kecamatan_word, self.tr("Bruto (Rp)"), self.tr("Potongan (Rp)"), self.tr("Netto (Rp)"), self.tr("Status"),
            self.tr("Keterangan"),
        )  # fmt: skip

    def display(self, row: StipendLine, column: int) -> str:
        if column == self.NAME:
            return row.name
        if column == self.TYPE:
            return row.type_code
        if column == self.KECAMATAN:
            return row.kecamatan_name
        if column in (self.GROSS, self.TAX, self.NET):
            # Paid and skipped lines carry no amount in the preview: blank, not a false Rp0.
            amount = {self.GROSS: row.gross, self.TAX: row.tax, self.NET: row.net}[column]
            return grouped(amount) if row.action == "bayar" else ""
        if column == self.STATUS:
            return action_label(row.action)
        return self.reason(row)

    @staticmethod
    def reason(row: StipendLine) -> str:
        if row.action == "bayar":
            parts = []
            if row.deployment_days:
                parts.append(
                    QCoreApplication.translate(
                        "StipendPreviewModel", "termasuk penugasan {days} hari ({amount})"
                    ).format(days=row.deployment_days, amount=rupiah(row.deployment_amount))
                )
            return "; ".join(parts)
        if row.action == "sudah":
            return ""
        return row.reason

    def tooltip(self, row: StipendLine, column: int) -> str | None:
        if column == self.NAME:
            return f"{row.name} · NIA {row.nia or '—'} · NIK {row.nik}"
        return (self.reason(row) or None) if column == self.REASON else None

    def sort_key(self, row: StipendLine, column: int) -> Any:
        if column == self.GROSS:
            return row.gross
        if column == self.TAX:
            return row.tax
        if column == self.NET:
            return row.net
        return self.display(row, column)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):
            if not index.isValid() or index.column() not in (self.STATUS, self.REASON):
                return None
            colours = ACTION_COLOURS.get(self.row_at(index.row()).action)
            if colours is None:
                return None
            if role == Qt.ItemDataRole.ForegroundRole:
                return colours[0]
            return colours[1] if index.column() == self.STATUS else None
        return super().data(index, role)


class VolunteerTypeModel(RowTableModel[VolunteerTypeInfo]):
    """Kode, Nama, Honor bulanan, Uang harian, Potongan, Berlaku sejak — the rate in force."""

    CODE, NAME, MONTHLY, ALLOWANCE, TAX, SINCE = range(6)
    NUMERIC_COLUMNS = frozenset({MONTHLY, ALLOWANCE})

    def __init__(self, *args, today: dt.date | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.today = today

    def headers(self) -> Sequence[str]:
        return (self.tr("Kode"), self.tr("Jenis relawan"), self.tr("Honor bulanan (Rp)"),
                self.tr("Uang harian (Rp)"), self.tr("Potongan"), self.tr("Berlaku sejak"))  # fmt: skip

    def display(self, row: VolunteerTypeInfo, column: int) -> str:
        if column == self.CODE:
            return row.code
        if column == self.NAME:
            return row.name
        rate = current_rate(row, self.today)
        if rate is None:
            return self.tr("belum ada tarif") if column == self.MONTHLY else ""
        if column == self.MONTHLY:
            return grouped(rate.monthly_amount)
        if column == self.ALLOWANCE:
            return grouped(rate.daily_deployment_allowance)
        if column == self.TAX:
            return tax_rule_text(rate.tax_rate_bp, rate.tax_base_bp)
        return short_date(rate.effective_from)

    def tooltip(self, row: VolunteerTypeInfo, column: int) -> str | None:
        upcoming = [r for r in row.rates if r.effective_from > (self.today or dt.date.today())]
        if not upcoming:
            return None
        nxt = upcoming[-1]  # rates are newest first: the last upcoming one comes next
        return self.tr("Tarif baru {amount} berlaku mulai {date}").format(
            amount=rupiah(nxt.monthly_amount), date=short_date(nxt.effective_from)
        )


class RateHistoryModel(RowTableModel[RateInfo]):
    """One type's rates, newest first: Berlaku mulai, Honor, Uang harian, Potongan, Status."""

    FROM, MONTHLY, ALLOWANCE, TAX, STATE = range(5)
    NUMERIC_COLUMNS = frozenset({MONTHLY, ALLOWANCE})

    def __init__(self, *args, today: dt.date | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.today = today

    def headers(self) -> Sequence[str]:
        return (self.tr("Berlaku mulai"), self.tr("Honor bulanan (Rp)"), self.tr("Uang harian (Rp)"),
                self.tr("Potongan"), self.tr("Keterangan"))  # fmt: skip

    def state(self, row: RateInfo) -> str:
        today = self.today or dt.date.today()
        if row.effective_from > today:
            return self.tr("akan berlaku")
        current = next((r for r in self._rows if r.effective_from <= today), None)
        return self.tr("berlaku sekarang") if row is current else self.tr("tarif lama")

    def display(self, row: RateInfo, column: int) -> str:
        if column == self.FROM:
            return short_date(row.effective_from)
        if column == self.MONTHLY:
            return grouped(row.monthly_amount)
        if column == self.ALLOWANCE:
            return grouped(row.daily_deployment_allowance)
        if column == self.TAX:
            return tax_rule_text(row.tax_rate_bp, row.tax_base_bp)
        return self.state(row)

    def sort_key(self, row: RateInfo, column: int) -> Any:
        return row.effective_from if column == self.FROM else self.display(row, column)


class VolunteerImportPreviewModel(RowTableModel[PreviewRow]):
    """Baris, Nama, NIK, Status, Keterangan — rows of a roster import's preview."""

    ROW, NAME, NIK, STATUS, REASON = range(5)
    NUMERIC_COLUMNS = frozenset({ROW})

    def headers(self) -> Sequence[str]:
        return (self.tr("Baris"), self.tr("Nama"), self.tr("NIK"), self.tr("Status"),
                self.tr("Keterangan"))  # fmt: skip

    def display(self, row: PreviewRow, column: int) -> str:
        if column == self.ROW:
            return str(row.row)
        if column == self.NAME:
            return row.name or "—"
        if column == self.NIK:
            return row.nik or "—"
        if column == self.STATUS:
            return import_status_label(str(row.status))
        return row.reason

    def sort_key(self, row: PreviewRow, column: int) -> Any:
        return row.row if column == self.ROW else self.display(row, column)

    def tooltip(self, row: PreviewRow, column: int) -> str | None:
        return (row.reason or None) if column == self.REASON else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):
            if not index.isValid() or index.column() != self.STATUS:
                return None
            colours = STATUS_COLOURS.get(str(self.row_at(index.row()).status))
            if colours is None:
                return None
            return colours[0] if role == Qt.ItemDataRole.ForegroundRole else colours[1]
        return super().data(index, role)
