"""Users of the desk (Pengaturan → Pengguna): a short list, loaded whole."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from tagana_desk.services.users import UserInfo
from tagana_desk.ui.formatting import local_datetime
from tagana_desk.ui.labels import role_label
from tagana_desk.ui.models.base import RowTableModel
from tagana_desk.ui.models.signatories import format_nip
from tagana_desk.ui.style import Tone, tone_fill, tone_text


def _local(value: dt.datetime) -> dt.datetime:
    """A stored UTC time in the PC's local time."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone()


def is_locked(info: UserInfo, now: dt.datetime) -> bool:
    """Locked out after repeated failed sign-ins, and the lock has not run out yet."""
    if info.locked_until is None:
        return False
    until = info.locked_until
    if until.tzinfo is None:
        until = until.replace(tzinfo=dt.UTC)
    return until > now


class UserTableModel(RowTableModel[UserInfo]):
    """Nama pengguna, Nama lengkap, NIP, Peran, Status, Login terakhir."""

    USERNAME, FULL_NAME, NIP, ROLE, STATUS, LAST_LOGIN = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: The time "Terkunci sampai" is measured against; None = the clock (tests set it).
        self.now: dt.datetime | None = None

    def _now(self) -> dt.datetime:
        return self.now or dt.datetime.now(dt.UTC)

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Nama pengguna"),
            self.tr("Nama lengkap"),
            self.tr("NIP"),
            self.tr("Peran"),
            self.tr("Status"),
            self.tr("Login terakhir"),
        )

    def tone(self, row: UserInfo) -> Tone:
        if not row.active:
            return Tone.MUTED
        if is_locked(row, self._now()):
            return Tone.PENDING
        return Tone.PAID

    def status(self, row: UserInfo) -> str:
        if not row.active:
            return self.tr("Nonaktif")
        if is_locked(row, self._now()) and row.locked_until is not None:
            return self.tr("Terkunci sampai {time}").format(
                time=f"{_local(row.locked_until):%H:%M}"
            )
        return self.tr("Aktif")

    def display(self, row: UserInfo, column: int) -> str:
        if column == self.USERNAME:
            return row.username
        if column == self.FULL_NAME:
            return row.full_name
        if column == self.NIP:
            return format_nip(row.nip)
        if column == self.ROLE:
            return role_label(row.role)
        if column == self.STATUS:
            return self.status(row)
        if row.last_login_at is None:
            return self.tr("belum pernah")
        return local_datetime(row.last_login_at)

    def sort_key(self, row: UserInfo, column: int) -> Any:
        if column == self.LAST_LOGIN:
            return _local(row.last_login_at).timestamp() if row.last_login_at else 0.0
        return self.display(row, column)

    def tooltip(self, row: UserInfo, column: int) -> str | None:
        if column == self.STATUS and row.active and is_locked(row, self._now()):
            return self.tr(
                "Terlalu banyak kata sandi salah. Terbuka sendiri pada jamnya, atau segera "
                "setelah admin mengatur ulang kata sandinya."
            )
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):
            if not index.isValid() or index.column() != self.STATUS:
                return None
            tone = self.tone(self.row_at(index.row()))
            return tone_text(tone) if role == Qt.ItemDataRole.ForegroundRole else tone_fill(tone)
        return super().data(index, role)
