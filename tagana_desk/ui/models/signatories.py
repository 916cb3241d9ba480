"""Signatories (penandatangan) of the office: a short list, loaded whole."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tagana_desk.services.office import SignatoryInfo
from tagana_desk.ui.labels import signatory_role_label
from tagana_desk.ui.models.base import RowTableModel


class SignatoryTableModel(RowTableModel[SignatoryInfo]):
    """Peran, Nama, NIP, Jabatan, Aktif."""

    ROLE, NAME, NIP, TITLE, ACTIVE = range(5)

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Peran"),
            self.tr("Nama"),
            self.tr("NIP"),
            self.tr("Jabatan"),
            self.tr("Aktif"),
        )

    def display(self, row: SignatoryInfo, column: int) -> str:
        if column == self.ROLE:
            return signatory_role_label(row.role)
        if column == self.NAME:
            return row.name
        if column == self.NIP:
            return format_nip(row.nip)
        if column == self.TITLE:
            return row.title
        return self.tr("Ya") if row.active else self.tr("Tidak")

    def sort_key(self, row: SignatoryInfo, column: int) -> Any:
        if column == self.ACTIVE:
            return int(row.active)
        return self.display(row, column)


def format_nip(nip: str) -> str:
    """NIP the way it is printed: ``19700101 199803 1 001`` (birth date, TMT, sex, serial)."""
    if len(nip) != 18 or not nip.isdigit():
        return nip
    return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"
