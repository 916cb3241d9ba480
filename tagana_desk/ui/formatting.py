"""How the GUI shows money, dates and times: the Indonesian way (``Rp15.000.000``, ``25/11/2026``)."""

from __future__ import annotations

import datetime as dt

from tagana_desk.domain.money import format_rupiah


def rupiah(amount: int) -> str:
    """``1500000`` → ``Rp1.500.000``."""
    return format_rupiah(int(amount))


def grouped(amount: int) -> str:
    """``1500000`` → ``1.500.000`` (table cells under a "(Rp)" header)."""
    return format_rupiah(int(amount), prefix=False)


def grouped_or_blank(amount: int) -> str:
    """A cash-book cell: empty when zero, like the printed BKU."""
    return grouped(amount) if amount else ""


def short_date(value: dt.date) -> str:
    """``date(2026, 11, 25)`` → ``25/11/2026``."""
    return f"{value:%d/%m/%Y}"


def local_datetime(value: dt.datetime) -> str:
    """A stored UTC time in the PC's local time: ``25/11/2026 14:05``."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return f"{value.astimezone():%d/%m/%Y %H:%M}"
