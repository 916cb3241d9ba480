"""Jenis bantuan (aid types) with the rate in force, and the rate history of one type."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from tagana_desk.domain.enums import DamageLevel
from tagana_desk.services.aid import AidTypeInfo, RateInfo
from tagana_desk.ui.formatting import grouped, rupiah, short_date
from tagana_desk.ui.models.base import RowTableModel
from tagana_desk.ui.models.payments import StyledRows
from tagana_desk.ui.payment_labels import (
    GREEN,
    GREY,
    basis_label,
    damage_short,
    eligibility_label,
    kind_label,
)

_DAMAGE_ORDER = {DamageLevel.RB: 0, DamageLevel.RS: 1, DamageLevel.RR: 2}


def rates_in_force(info: AidTypeInfo, on: dt.date) -> tuple[RateInfo, ...]:
    """The rate in force on ``on`` for each damage level (or the one rate of a plain type)."""
    found: dict[DamageLevel | None, RateInfo] = {}
    for rate in info.rates:  # newest first
        if rate.effective_from <= on and rate.damage_level not in found:
            found[rate.damage_level] = rate
    return tuple(
        sorted(found.values(), key=lambda r: _DAMAGE_ORDER.get(r.damage_level, -1))  # type: ignore[arg-type]
    )


@dataclass(frozen=True, slots=True)
class AidTypeRow:
    info: AidTypeInfo
    in_force: tuple[RateInfo, ...]

    @property
    def since(self) -> dt.date | None:
        return max((r.effective_from for r in self.in_force), default=None)


def aid_type_rows(infos: Sequence[AidTypeInfo], on: dt.date) -> list[AidTypeRow]:
    return [AidTypeRow(info, rates_in_force(info, on)) for info in infos]


def rate_text(rates: Sequence[RateInfo], separator: str = " · ") -> str:
    """``Rp15.000`` or ``RB Rp25.000.000 · RS Rp10.000.000 · RR Rp5.000.000``."""
    if not rates:
        return QCoreApplication.translate("AidTypeModel", "belum ada tarif")
    return separator.join(
        f"{damage_short(r.damage_level)} {rupiah(r.amount)}" if r.damage_level else rupiah(r.amount)
        for r in rates
    )


class AidTypeModel(StyledRows, RowTableModel[AidTypeRow]):
    """Kode, Nama, Tunai/barang, Dasar, Syarat, Dana, Tarif berlaku, Mulai."""

    CODE, NAME, KIND, BASIS, ELIGIBILITY, FUND, RATE, SINCE = range(8)

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Kode"),
            self.tr("Nama"),
            self.tr("Tunai/barang"),
            self.tr("Dasar"),
            self.tr("Syarat"),
            self.tr("Dana"),
            self.tr("Tarif berlaku"),
            self.tr("Mulai"),
        )

    def display(self, row: AidTypeRow, column: int) -> str:
        info = row.info
        if column == self.CODE:
            return info.code
        if column == self.NAME:
            if not info.active:
                return self.tr("{name} (tidak aktif)").format(name=info.name)
            return info.name
        if column == self.KIND:
            return kind_label(info.kind)
        if column == self.BASIS:
            text = basis_label(info.basis)
            if info.default_days:
                text += self.tr(" ({days} hari)").format(days=info.default_days)
            return text
        if column == self.ELIGIBILITY:
            return eligibility_label(info.eligibility)
        if column == self.FUND:
            return info.fund_code or self.tr("dana bencana")
        if column == self.RATE:
            return rate_text(row.in_force, "\n")  # one line per damage level
        return short_date(row.since) if row.since else "—"

    def sort_key(self, row: AidTypeRow, column: int) -> Any:
        if column == self.SINCE:
            return row.since.isoformat() if row.since else ""
        if column == self.RATE:
            return row.in_force[0].amount if row.in_force else 0
        return self.display(row, column)

    def tooltip(self, row: AidTypeRow, column: int) -> str | None:
        if column in (self.NAME, self.ELIGIBILITY, self.RATE, self.BASIS):
            return self.display(row, column)
        return None

    def foreground(self, row: AidTypeRow, column: int) -> QColor | None:
        return None if row.info.active else GREY


@dataclass(frozen=True, slots=True)
class RateRow:
    rate: RateInfo
    state: str  # "berlaku", "terjadwal", "lama"


def rate_rows(info: AidTypeInfo, on: dt.date) -> list[RateRow]:
    """Every rate of a type, newest first, marked in force / scheduled / replaced."""
    current = set(rates_in_force(info, on))
    rows = []
    ordered = sorted(
        info.rates,
        key=lambda r: (-r.effective_from.toordinal(), _DAMAGE_ORDER.get(r.damage_level, -1)),  # type: ignore[arg-type]
    )
    for rate in ordered:
        if rate in current:
            state = "berlaku"
        elif rate.effective_from > on:
            state = "terjadwal"
        else:
            state = "lama"
        rows.append(RateRow(rate, state))
    return rows


RATE_STATES = {
    "berlaku": QT_TRANSLATE_NOOP("RateHistoryModel", "Berlaku"),
    "terjadwal": QT_TRANSLATE_NOOP("RateHistoryModel", "Terjadwal"),
    "lama": QT_TRANSLATE_NOOP("RateHistoryModel", "Sudah diganti"),
}


class RateHistoryModel(StyledRows, RowTableModel[RateRow]):
    """Mulai berlaku, Kerusakan, Tarif, Keterangan."""

    SINCE, DAMAGE, AMOUNT, STATE = range(4)
    NUMERIC_COLUMNS = frozenset({AMOUNT})

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Mulai berlaku"),
            self.tr("Kerusakan"),
            self.tr("Tarif (Rp)"),
            self.tr("Keterangan"),
        )

    def display(self, row: RateRow, column: int) -> str:
        rate = row.rate
        if column == self.SINCE:
            return short_date(rate.effective_from)
        if column == self.DAMAGE:
            return damage_short(rate.damage_level) if rate.damage_level else ""
        if column == self.AMOUNT:
            return grouped(rate.amount)
        return self.tr(RATE_STATES[row.state])

    def sort_key(self, row: RateRow, column: int) -> Any:
        if column == self.SINCE:
            return row.rate.effective_from.isoformat()
        if column == self.AMOUNT:
            return row.rate.amount
        return self.display(row, column)

    def foreground(self, row: RateRow, column: int) -> QColor | None:
        if row.state == "berlaku":
            return GREEN if column == self.STATE else None
        return GREY if row.state == "lama" else None
