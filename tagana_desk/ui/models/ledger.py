"""BKU (Buku Kas Umum, the cash book) of one fund, loaded lazily."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tagana_desk.services.funds import LedgerLine
from tagana_desk.ui.formatting import grouped, grouped_or_blank, short_date
from tagana_desk.ui.models.base import LazyTableModel


class LedgerTableModel(LazyTableModel[LedgerLine]):
    """Tanggal, No. Bukti, Uraian, Masuk, Keluar, Saldo — in posting order."""

    DATE, PROOF, DESCRIPTION, AMOUNT_IN, AMOUNT_OUT, BALANCE = range(6)
    NUMERIC_COLUMNS = frozenset({AMOUNT_IN, AMOUNT_OUT, BALANCE})

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Tanggal"),
            self.tr("No. Bukti"),
            self.tr("Uraian"),
            self.tr("Masuk (Rp)"),
            self.tr("Keluar (Rp)"),
            self.tr("Saldo (Rp)"),
        )

    def display(self, row: LedgerLine, column: int) -> str:
        if column == self.DATE:
            return short_date(row.entry_date)
        if column == self.PROOF:
            return row.proof_number
        if column == self.DESCRIPTION:
            return row.description
        if column == self.AMOUNT_IN:
            return grouped_or_blank(row.amount_in)
        if column == self.AMOUNT_OUT:
            return grouped_or_blank(row.amount_out)
        return grouped(row.running_balance)

    def sort_key(self, row: LedgerLine, column: int) -> Any:
        return {
            self.DATE: f"{row.entry_date.isoformat()}#{row.entry_id:012d}",
            self.PROOF: row.proof_number,
            self.DESCRIPTION: row.description,
            self.AMOUNT_IN: row.amount_in,
            self.AMOUNT_OUT: row.amount_out,
            self.BALANCE: row.running_balance,
        }[column]

    def tooltip(self, row: LedgerLine, column: int) -> str | None:
        if column == self.DESCRIPTION:
            return row.description
        if column == self.PROOF:
            return row.proof_number
        return None
