"""How the GUI shows money, dates and times: the Indonesian way (``Rp15.000.000``, ``25/11/2026``).

Numbers and day/month order never depend on the language chosen; only month names do (``25
November 2026`` / ``25 Desember 2026``), through Qt's translations. Official documents use
``tagana_desk.domain.dates`` and stay Indonesian.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tagana_desk.domain.money import format_rupiah

_MONTHS = (
    QT_TRANSLATE_NOOP("Months", "Januari"),
    QT_TRANSLATE_NOOP("Months", "Februari"),
    QT_TRANSLATE_NOOP("Months", "Maret"),
    QT_TRANSLATE_NOOP("Months", "April"),
    QT_TRANSLATE_NOOP("Months", "Mei"),
    QT_TRANSLATE_NOOP("Months", "Juni"),
    QT_TRANSLATE_NOOP("Months", "Juli"),
    QT_TRANSLATE_NOOP("Months", "Agustus"),
    QT_TRANSLATE_NOOP("Months", "September"),
    QT_TRANSLATE_NOOP("Months", "Oktober"),
    QT_TRANSLATE_NOOP("Months", "November"),
    QT_TRANSLATE_NOOP("Months", "Desember"),
)


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


def month_name(month: int) -> str:
    """``11`` → ``November``; ``12`` → ``Desember`` (``December`` in English)."""
    return QCoreApplication.translate("Months", _MONTHS[month - 1])


def month_year(year: int, month: int) -> str:
    """``(2026, 12)`` → ``Desember 2026``."""
    return f"{month_name(month)} {year}"


def short_month_year(year: int, month: int) -> str:
    """``(2026, 10)`` → ``Okt 2026`` (``Oct 2026``)."""
    return f"{month_name(month)[:3]} {year}"


def long_date(value: dt.date) -> str:
    """``date(2026, 11, 25)`` → ``25 November 2026``."""
    return f"{value.day} {month_name(value.month)} {value.year}"


def long_datetime(value: dt.datetime) -> str:
    """A local time: ``25 November 2026 14:05``."""
    return f"{long_date(value.date())} {value:%H:%M}"
