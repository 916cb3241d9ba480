"""The last 12 months and where each stands: Terbuka, LPJ dibuat, Ditutup, Dibuka kembali."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor

from tagana_desk.domain.dates import month_bounds, parse_period
from tagana_desk.services.periods import MonthState
from tagana_desk.ui.formatting import long_datetime, month_year
from tagana_desk.ui.models.base import AnyIndex, RowTableModel
from tagana_desk.ui.style import Tone, tone_fill, tone_text

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

#: Tone per status (tagana_desk.ui.style): grey, still being written; green, LPJ made and
#: ready to close; slate blue-grey, closed and locked (archived); amber, reopened, to be closed
#: again.
STATUS_TONES: dict[MonthStatus, Tone] = {
    MonthStatus.OPEN: Tone.MUTED,
    MonthStatus.LPJ: Tone.PAID,
    MonthStatus.CLOSED: Tone.CLOSED,
    MonthStatus.REOPENED: Tone.PENDING,
}
#: (text, background) per status.
STATUS_COLOURS: dict[MonthStatus, tuple[QColor, QColor]] = {
    status: (tone_text(tone), tone_fill(tone)) for status, tone in STATUS_TONES.items()
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
    return long_datetime(local)


def describe_state(state: MonthState, today: dt.date) -> str:
    """One plain sentence about the month's state (tooltip and the page's state line)."""
    status = month_status(state)
    if status == MonthStatus.CLOSED:
        text = QCoreApplication.translate("MonthStates", "Ditutup oleh {user} pada {when}.").format(
            user=state.closed_by or "—", when=when(state.closed_at) or "—"
        )
        return (
            text
            + " "
            + QCoreApplication.translate(
                "MonthStates", "Tidak ada yang dapat dicatat dengan tanggal di bulan ini."
            )
        )
    if status == MonthStatus.REOPENED:
        return QCoreApplication.translate(
            "MonthStates", "Dibuka kembali: {reason}. Tutup lagi setelah koreksi."
        ).format(reason=state.reopen_reason or "—")
    ended = month_ended(state.period, today)
    if status == MonthStatus.LPJ:
        if ended:
            return QCoreApplication.translate(
                "MonthStates", "LPJ sudah dibuat; bulan siap ditutup."
            )
        return QCoreApplication.translate(
            "MonthStates", "LPJ sudah dibuat; bulan dapat ditutup setelah berakhir."
        )
    if ended:
        return QCoreApplication.translate(
            "MonthStates", "Bulan sudah berakhir: buat LPJ, lalu tutup bulan."
        )
    return QCoreApplication.translate("MonthStates", "Bulan berjalan.")


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
        return (
            QCoreApplication.translate("MonthStates", "Bulan"),
            QCoreApplication.translate("MonthStates", "Status"),
        )

    def display(self, row: MonthState, column: int) -> str:
        if column == self.MONTH:
            return month_year(*parse_period(row.period))
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
