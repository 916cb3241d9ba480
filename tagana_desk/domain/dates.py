"""Dates the Indonesian way (``25 November 2026``) and month periods (``2026-11``)."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from tagana_desk.domain.errors import ValidationError

MONTHS = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip
WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


def format_date(value: dt.date) -> str:
    """``date(2026, 11, 25)`` → ``"25 November 2026"``."""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def format_date_short(value: dt.date) -> str:
    """``date(2026, 11, 25)`` → ``"25/11/2026"``."""
    return f"{value:%d/%m/%Y}"


def format_datetime(value: dt.datetime) -> str:
    return f"{format_date(value.date())} {value:%H:%M}"


def format_month(year: int, month: int) -> str:
    return f"{MONTHS[month - 1]} {year}"


def parse_date(text: str, field: str = "tanggal") -> dt.date:
    """Accept ``2026-11-25`` or ``25/11/2026`` (or ``25-11-2026``)."""
    raw = str(text).strip()
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y"):
        try:
            return dt.datetime.strptime(raw, fmt).date()
        except ValueError:
            continue
    raise ValidationError(
        f"Tanggal tidak valid: {text!r} (tulis 2026-11-25 atau 25/11/2026).", field
    )


_PERIOD = re.compile(r"^(\d{4})-(\d{2})$")


def parse_period(text: str) -> tuple[int, int]:
    """``"2026-11"`` → ``(2026, 11)``."""
    match = _PERIOD.match(str(text).strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise ValidationError(
            f"Bulan tidak valid: {text!r} (tulis YYYY-MM, mis. 2026-11).", "bulan"
        )
    return int(match.group(1)), int(match.group(2))


def period_of(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    """First and last day of a month."""
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, 1), dt.date(year, month, last)


# Office time. The desk's clock is the office PC's local time (WIB, WITA or WIT, no DST), so
# dates typed at the desk and dates printed are local; stored timestamps are UTC.


def to_utc(value: dt.datetime | dt.date) -> dt.datetime:
    """A local date (midnight) or datetime typed at the desk → aware UTC."""
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC)  # a naive value is taken as local time
    return dt.datetime.combine(value, dt.time(0, 0)).astimezone(dt.UTC)


def local_date(value: dt.datetime) -> dt.date:
    """The local calendar date of an aware timestamp."""
    return value.astimezone().date()


def local_naive(value: dt.datetime) -> dt.datetime:
    """An aware timestamp as the local wall-clock time (for forms)."""
    return value.astimezone().replace(tzinfo=None)
