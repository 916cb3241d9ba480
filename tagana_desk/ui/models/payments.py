"""Tables of Penyaluran: households and what each received, a batch preview, commitments awaiting
the kepala, and the list of disbursements with their receipts.

Status and batch actions are coloured (green paid / to pay, amber awaiting approval, red and
struck through voided, grey skipped); the word is always there too, so colour is never the only
sign.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from tagana_desk.domain.enums import DisbursementStatus
from tagana_desk.services.disbursements import DisbursementRow, PendingInfo, PreviewLine
from tagana_desk.services.households import HouseholdRow
from tagana_desk.ui.formatting import grouped, grouped_or_blank, rupiah, short_date
from tagana_desk.ui.models.base import AnyIndex, LazyTableModel, RowTableModel
from tagana_desk.ui.payment_labels import (
    ACTION_COLOURS,
    STATUS_COLOURS,
    action_label,
    damage_label,
    damage_short,
    status_label,
)
from tagana_desk.ui.style import Tone, tone_font

#: Statuses that count as "received" (or on its way) in the households table.
LIVE = (DisbursementStatus.PAID, DisbursementStatus.PENDING_APPROVAL, DisbursementStatus.DRAFT)


class StyledRows:
    """Colour and font hooks for a row model (mixed in before ``RowTableModel``)."""

    def foreground(self, row: Any, column: int) -> QColor | None:
        return None

    def background(self, row: Any, column: int) -> QColor | None:
        return None

    def font(self, row: Any, column: int) -> QFont | None:
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.FontRole,
        ):
            rows = self._rows  # type: ignore[attr-defined]
            if not index.isValid() or not 0 <= index.row() < len(rows):
                return None
            row, column = rows[index.row()], index.column()
            if role == Qt.ItemDataRole.ForegroundRole:
                return self.foreground(row, column)
            if role == Qt.ItemDataRole.BackgroundRole:
                return self.background(row, column)
            return self.font(row, column)
        return super().data(index, role)  # type: ignore[misc]


def _struck() -> QFont:
    return tone_font(Tone.VOIDED) or QFont()


# --------------------------------------------------------------------------- households


@dataclass(frozen=True, slots=True)
class HouseholdPayments:
    """One affected household and the aid recorded for it (any status)."""

    household: HouseholdRow
    received: tuple[DisbursementRow, ...]

    @property
    def paid_total(self) -> int:
        return sum(d.amount for d in self.received if d.status == DisbursementStatus.PAID)

    @property
    def live(self) -> tuple[DisbursementRow, ...]:
        return tuple(d for d in self.received if d.status in LIVE)


class HouseholdPaymentsModel(StyledRows, LazyTableModel[HouseholdPayments]):
    """Kepala keluarga, NIK, Desa, Jiwa, Kerusakan, Mengungsi, Bantuan diterima, Dibayar."""

    NAME, NIK, DESA, PERSONS, DAMAGE, DISPLACED, RECEIVED, PAID = range(8)
    NUMERIC_COLUMNS = frozenset({PERSONS, PAID})

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Kepala keluarga"),
            self.tr("NIK"),
            self.tr("Desa"),
            self.tr("Jiwa"),
            self.tr("Kerusakan"),
            self.tr("Mengungsi"),
            self.tr("Bantuan diterima"),
            self.tr("Dibayar (Rp)"),
        )

    def display(self, row: HouseholdPayments, column: int) -> str:
        hh = row.household
        if column == self.NAME:
            return hh.head_name
        if column == self.NIK:
            return hh.nik
        if column == self.DESA:
            return hh.desa_name
        if column == self.PERSONS:
            return str(hh.persons)
        if column == self.DAMAGE:
            return damage_short(hh.damage)
        if column == self.DISPLACED:
            return self.tr("Ya") if hh.displaced else ""
        if column == self.RECEIVED:
            return received_text(row.live)
        return grouped_or_blank(row.paid_total)

    def sort_key(self, row: HouseholdPayments, column: int) -> Any:
        if column == self.PERSONS:
            return row.household.persons
        if column == self.PAID:
            return row.paid_total
        return self.display(row, column)

    def tooltip(self, row: HouseholdPayments, column: int) -> str | None:
        if column == self.DAMAGE:
            return damage_label(row.household.damage)
        if column == self.RECEIVED and row.received:
            return "\n".join(_line(d) for d in row.received)
        return None

    def foreground(self, row: HouseholdPayments, column: int) -> QColor | None:
        if column == self.RECEIVED and any(
            d.status == DisbursementStatus.PENDING_APPROVAL for d in row.live
        ):
            return STATUS_COLOURS[DisbursementStatus.PENDING_APPROVAL][0]
        return None


def received_text(rows: Sequence[DisbursementRow]) -> str:
    """``JADUP Rp525.000 · SEMBAKO (menunggu)``: paid, awaiting approval and drafts, oldest first."""
    parts = []
    for d in sorted(rows, key=lambda r: r.id):
        if d.status == DisbursementStatus.PAID:
            parts.append(f"{d.aid_code} {rupiah(d.amount)}")
        elif d.status == DisbursementStatus.PENDING_APPROVAL:
            parts.append(
                QCoreApplication.translate("HouseholdPaymentsModel", "{aid} (menunggu)").format(
                    aid=d.aid_code
                )
            )
        else:
            parts.append(
                QCoreApplication.translate("HouseholdPaymentsModel", "{aid} (draf)").format(
                    aid=d.aid_code
                )
            )
    return " · ".join(parts)


def _line(d: DisbursementRow) -> str:
    number = d.receipt_number or QCoreApplication.translate(
        "HouseholdPaymentsModel", "belum ada kuitansi"
    )
    return f"{d.aid_code} · {rupiah(d.amount)} · {status_label(d.status)} · {number}"


# --------------------------------------------------------------------------- batch preview


class BatchPreviewModel(StyledRows, RowTableModel[PreviewLine]):
    """Every household of the incident and what the batch would do with it."""

    NAME, NIK, DESA, PERSONS, DAMAGE, AMOUNT, COMPUTATION, ACTION, REASON = range(9)
    NUMERIC_COLUMNS = frozenset({PERSONS, AMOUNT})

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Kepala keluarga"),
            self.tr("NIK"),
            self.tr("Desa"),
            self.tr("Jiwa"),
            self.tr("Kerusakan"),
            self.tr("Jumlah (Rp)"),
            self.tr("Perhitungan"),
            self.tr("Tindakan"),
            self.tr("Keterangan"),
        )

    def display(self, row: PreviewLine, column: int) -> str:
        if column == self.NAME:
            return row.head_name
        if column == self.NIK:
            return row.nik
        if column == self.DESA:
            return row.desa_name
        if column == self.PERSONS:
            return str(row.persons)
        if column == self.DAMAGE:
            return damage_short(row.damage)
        if column == self.AMOUNT:
            return grouped_or_blank(row.amount)
        if column == self.COMPUTATION:
            return row.computation if row.action != "lewati" else ""
        if column == self.ACTION:
            return action_label(row.action)
        return row.reason

    def sort_key(self, row: PreviewLine, column: int) -> Any:
        if column == self.PERSONS:
            return row.persons
        if column == self.AMOUNT:
            return row.amount
        return self.display(row, column)

    def tooltip(self, row: PreviewLine, column: int) -> str | None:
        if column == self.DAMAGE:
            return damage_label(row.damage)
        if column in (self.COMPUTATION, self.REASON):
            return self.display(row, column) or None
        return None

    def foreground(self, row: PreviewLine, column: int) -> QColor | None:
        colour, _fill = ACTION_COLOURS.get(row.action, (None, None))
        if row.action == "lewati" or column in (self.ACTION, self.AMOUNT):
            return colour
        return None

    def background(self, row: PreviewLine, column: int) -> QColor | None:
        return ACTION_COLOURS.get(row.action, (None, None))[1] if column == self.ACTION else None

    def font(self, row: PreviewLine, column: int) -> QFont | None:
        if column == self.ACTION and row.action != "lewati":
            font = QFont()
            font.setBold(True)
            return font
        return None


# --------------------------------------------------------------------------- approvals


class PendingModel(RowTableModel[PendingInfo]):
    """Commitments awaiting the kepala, oldest first."""

    DATE, INCIDENT, NAME, NIK, AID, FUND, AMOUNT, COMPUTATION, REQUESTED_BY = range(9)
    NUMERIC_COLUMNS = frozenset({AMOUNT})

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Tanggal"),
            self.tr("Kejadian"),
            self.tr("Penerima"),
            self.tr("NIK"),
            self.tr("Bantuan"),
            self.tr("Dana"),
            self.tr("Jumlah (Rp)"),
            self.tr("Perhitungan"),
            self.tr("Diajukan oleh"),
        )

    def display(self, row: PendingInfo, column: int) -> str:
        return {
            self.DATE: short_date(row.pay_date),
            self.INCIDENT: row.incident_title,
            self.NAME: row.head_name,
            self.NIK: row.nik,
            self.AID: row.aid_code,
            self.FUND: row.fund_code,
            self.AMOUNT: grouped(row.amount),
            self.COMPUTATION: row.computation,
            self.REQUESTED_BY: row.requested_by,
        }[column]

    def sort_key(self, row: PendingInfo, column: int) -> Any:
        if column == self.DATE:
            return row.pay_date.isoformat()
        if column == self.AMOUNT:
            return row.amount
        return self.display(row, column)

    def tooltip(self, row: PendingInfo, column: int) -> str | None:
        if column == self.AID:
            return row.aid_name
        if column in (self.COMPUTATION, self.INCIDENT):
            return self.display(row, column)
        return None


# --------------------------------------------------------------------------- disbursements


class StatusStyledRows(StyledRows):
    """Disbursement rows coloured by status, as on the Penyaluran page: the status cell in its
    colour, a voided row red and struck through (its receipt number is kept, but void). Sorted
    by date (then by id, so a day keeps its order of payment) and by amount as a number."""

    STATUS: int
    DATE: int
    AMOUNT: int

    def sort_key(self, row: DisbursementRow, column: int) -> Any:
        if column == self.DATE:
            return f"{row.pay_date.isoformat()}#{row.id:012d}"
        if column == self.AMOUNT:
            return row.amount
        return self.display(row, column)

    def foreground(self, row: DisbursementRow, column: int) -> QColor | None:
        colour, _fill = STATUS_COLOURS[row.status]
        if column == self.STATUS or row.status == DisbursementStatus.VOIDED:
            return colour
        return None

    def background(self, row: DisbursementRow, column: int) -> QColor | None:
        return STATUS_COLOURS[row.status][1] if column == self.STATUS else None

    def font(self, row: DisbursementRow, column: int) -> QFont | None:
        if row.status == DisbursementStatus.VOIDED and column != self.STATUS:
            return _struck()
        return None


class DisbursementModel(StatusStyledRows, LazyTableModel[DisbursementRow]):
    """No. kuitansi, Tanggal, Penerima, NIK, Bantuan, Jumlah, Status, Kejadian — newest first."""

    NUMBER, DATE, NAME, NIK, AID, AMOUNT, STATUS, INCIDENT = range(8)
    NUMERIC_COLUMNS = frozenset({AMOUNT})

    def headers(self) -> Sequence[str]:
        return (
            self.tr("No. kuitansi"),
            self.tr("Tanggal"),
            self.tr("Penerima"),
            self.tr("NIK"),
            self.tr("Bantuan"),
            self.tr("Jumlah (Rp)"),
            self.tr("Status"),
            self.tr("Kejadian"),
        )

    def display(self, row: DisbursementRow, column: int) -> str:
        if column == self.NUMBER:
            return row.receipt_number or "—"
        if column == self.DATE:
            return short_date(row.pay_date)
        if column == self.NAME:
            return row.head_name
        if column == self.NIK:
            return row.nik
        if column == self.AID:
            return row.aid_code
        if column == self.AMOUNT:
            return grouped(row.amount)
        if column == self.STATUS:
            return status_label(row.status)
        return row.incident_title

    def tooltip(self, row: DisbursementRow, column: int) -> str | None:
        if column in (self.AID, self.AMOUNT):
            return row.computation
        if column == self.INCIDENT:
            return row.incident_title
        return None


class IncidentDisbursementModel(StatusStyledRows, LazyTableModel[DisbursementRow]):
    """One incident's disbursements, newest first: KK, NIK, Bantuan, Jumlah, Perhitungan, Status,
    Tanggal, No. kuitansi."""

    NAME, NIK, AID, AMOUNT, COMPUTATION, STATUS, DATE, NUMBER = range(8)
    NUMERIC_COLUMNS = frozenset({AMOUNT})

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Kepala keluarga"),
            self.tr("NIK"),
            self.tr("Bantuan"),
            self.tr("Jumlah (Rp)"),
            self.tr("Perhitungan"),
            self.tr("Status"),
            self.tr("Tanggal"),
            self.tr("No. kuitansi"),
        )

    def display(self, row: DisbursementRow, column: int) -> str:
        if column == self.NAME:
            return row.head_name
        if column == self.NIK:
            return row.nik
        if column == self.AID:
            return row.aid_code
        if column == self.AMOUNT:
            return grouped(row.amount)
        if column == self.COMPUTATION:
            return row.computation
        if column == self.STATUS:
            return status_label(row.status)
        if column == self.DATE:
            return short_date(row.pay_date)
        return row.receipt_number or "—"

    def tooltip(self, row: DisbursementRow, column: int) -> str | None:
        if column == self.COMPUTATION and row.computation:
            return row.computation
        if column == self.NUMBER and row.receipt_number is None:
            return self.tr("Belum ada kuitansi: belum dibayar.")
        return None


class PersonPaymentsModel(StatusStyledRows, RowTableModel[DisbursementRow]):
    """What one person received across their registrations: Tanggal, Kejadian, Bantuan, Jumlah,
    Status, No. kuitansi — newest first."""

    DATE, INCIDENT, AID, AMOUNT, STATUS, NUMBER = range(6)
    NUMERIC_COLUMNS = frozenset({AMOUNT})

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Tanggal"),
            self.tr("Kejadian"),
            self.tr("Bantuan"),
            self.tr("Jumlah (Rp)"),
            self.tr("Status"),
            self.tr("No. kuitansi"),
        )

    def display(self, row: DisbursementRow, column: int) -> str:
        if column == self.DATE:
            return short_date(row.pay_date)
        if column == self.INCIDENT:
            return row.incident_title
        if column == self.AID:
            return row.aid_code
        if column == self.AMOUNT:
            return grouped(row.amount)
        if column == self.STATUS:
            return status_label(row.status)
        return row.receipt_number or "—"

    def tooltip(self, row: DisbursementRow, column: int) -> str | None:
        if column in (self.AID, self.AMOUNT):
            return row.computation
        if column == self.INCIDENT:
            return row.incident_title
        return None
