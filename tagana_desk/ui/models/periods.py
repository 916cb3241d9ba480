"""The last 12 months and where each stands: Terbuka, LPJ dibuat, Ditutup, Dibuka kembali."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor

from tagana_desk.domain.dates import format_date, month_bounds, parse_period
from tagana_desk.services.periods import MonthState
from tagana_desk.ui.models.base import AnyIndex, RowTableModel

_CTX = "MonthStates"


class MonthStatus(StrEnum):
    OPEN = "open"
    LPJ = "lpj"
    CLOSED = "closed"
    REOPENED = "reopened"


STATUS_LABELS: dict[MonthStatus, str] = {
    MonthStatus.OPEN: QT_TRANSLATE_NOOP("MonthStates", "Terbuka"),
    MonthStatus.LPJ: QT_TRANSLATE_NOOP("MonthStates", "LPJ dibuat"),
    MonthStatus.CLOSED: QT_TRANSLATE_NOOP("MonthStates", "Ditutup"),
    MonthStatus.REOPENED: QT_TRANSLATE_NOOP("MonthStates", "Dibuka kembali"),
}

#: (text, background) per status. Grey: still being written; blue: LPJ made, ready to close;
#: green: closed and locked (done); amber: reopened, needs to be closed again.
STATUS_COLOURS: dict[MonthStatus, tuple[QColor, QColor]] = {
    MonthStatus.OPEN: (QColor("#3b4650"), QColor("#e6eaee")),
    MonthStatus.LPJ: (QColor("#1a5480"), QColor("#dbeaf6")),
    MonthStatus.CLOSED: (QColor("#24602a"), QColor("#dff0e0")),
    MonthStatus.REOPENED: (QColor("#7a4f00"), QColor("#ffefc7")),
}

#: The status of a row (for the badge delegate).
STATUS_ROLE = Qt.ItemDataRole.UserRole + 10


def month_status(state: MonthState) -> MonthStatus:
    if state.closed:
        return MonthStatus.CLOSED
    if state.reopened:
        return MonthStatus.REOPENED
    if state.has_lpj:
        return MonthStatus.LPJ
    return MonthStatus.OPEN


def status_label(status: MonthStatus) -> str:
    return QCoreApplication.translate(_CTX, STATUS_LABELS[status])


def month_ended(period: str, today: dt.date) -> bool:
    year, month = parse_period(period)
    return month_bounds(year, month)[1] < today


def when(value: object) -> str:
    """A stored UTC time as the office reads it: ``3 November 2026 09:12``."""
    if not isinstance(value, dt.datetime):
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    local = value.astimezone()
    return f"{format_date(local.date())} {local:%H:%M}"


def describe_state(state: MonthState, today: dt.date) -> str:
    """One plain sentence about the month's state (tooltip and the page's state line)."""
    tr = QCoreApplication.translate
    status = month_status(state)
    if status == MonthStatus.CLOSED:
        text = tr(_CTX, "Ditutup oleh {user} pada {when}.").format(
            user=state.closed_by or "—", when=when(state.closed_at) or "—"
        )
        return text + " " + tr(_CTX, "Tidak ada yang dapat dicatat dengan tanggal di bulan ini.")
    if status == MonthStatus.REOPENED:
        return tr(_CTX, "Dibuka kembali: {reason}. Tutup lagi setelah koreksi.").format(
            reason=state.reopen_reason or "—"
        )
    ended = month_ended(state.period, today)
    if status == MonthStatus.LPJ:
        if ended:
            return tr(_CTX, "LPJ sudah dibuat; bulan siap ditutup.")
        return tr(_CTX, "LPJ sudah dibuat; bulan dapat ditutup setelah berakhir.")
    if ended:
        return tr(_CTX, "Bulan sudah berakhir: buat LPJ, lalu tutup bulan.")
    return tr(_CTX, "Bulan berjalan.")


class MonthStatesModel(RowTableModel[MonthState]):
    """Bulan, Status — newest month first (as ``periods.month_states`` gives them)."""

    MONTH, STATUS = range(2)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.today = dt.date.today()

    def set_states(self, states: Sequence[MonthState], today: dt.date) -> None:
        self.today = today
        self.set_rows(states)

    def headers(self) -> Sequence[str]:
        tr = QCoreApplication.translate
        return (tr(_CTX, "Bulan"), tr(_CTX, "Status"))

    def display(self, row: MonthState, column: int) -> str:
        if column == self.MONTH:
            return row.label
        return status_label(month_status(row))

    def sort_key(self, row: MonthState, column: int) -> Any:
        return row.period if column == self.MONTH else month_status(row).value

    def tooltip(self, row: MonthState, column: int) -> str | None:
        return describe_state(row, self.today)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and 0 <= index.row() < len(self._rows):
            status = month_status(self._rows[index.row()])
            if role == STATUS_ROLE:
                return status
            if index.column() == self.STATUS:
                if role == Qt.ItemDataRole.ForegroundRole:
                    return STATUS_COLOURS[status][0]
                if role == Qt.ItemDataRole.BackgroundRole:
                    return STATUS_COLOURS[status][1]
        return super().data(index, role)

    def row_of(self, period: str) -> int | None:
        for i, state in enumerate(self._rows):
            if state.period == period:
                return i
        return None
