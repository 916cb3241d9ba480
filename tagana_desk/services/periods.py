"""Month locks. Every service that writes something dated calls ``assert_open`` first."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from tagana_desk.db.models import ClosedPeriod
from tagana_desk.domain.dates import MONTHS, period_of
from tagana_desk.domain.enums import PeriodStatus
from tagana_desk.domain.errors import PeriodClosed


def is_closed(session: Session, day: dt.date) -> bool:
    status = session.execute(
        select(ClosedPeriod.status).where(ClosedPeriod.period == period_of(day))
    ).scalar_one_or_none()
    return status == PeriodStatus.CLOSED


def assert_open(session: Session, day: dt.date) -> None:
    """Refuse a write dated in a closed month."""
    if is_closed(session, day):
        raise PeriodClosed(
            f"Bulan {MONTHS[day.month - 1]} {day.year} sudah ditutup; tidak ada yang boleh dicatat "
            "dengan tanggal di bulan itu. Catat koreksi di bulan berjalan."
        )
