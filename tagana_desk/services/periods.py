"""Month locks. Every service that writes something dated calls ``assert_open`` first."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from tagana_desk.db.base import utcnow
from tagana_desk.db.models import ClosedPeriod
from tagana_desk.domain.dates import MONTHS, month_bounds, parse_period, period_of
from tagana_desk.domain.enums import PeriodStatus
from tagana_desk.domain.errors import ConflictError, PeriodClosed, ValidationError
from tagana_desk.domain.roles import Permission
from tagana_desk.services.context import Actor, require


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


# --------------------------------------------------------------------------- closing and reopening


@dataclass(frozen=True)
class MonthState:
    period: str
    label: str
    closed: bool
    reopened: bool
    has_lpj: bool
    closed_by: str | None
    closed_at: object | None
    reopen_reason: str | None


def close_month(
    session: Session, actor: Actor, period: str, *, today: dt.date | None = None
) -> None:
    """Close a month (bendahara) after its LPJ exists; its ledger fingerprint is kept for verify."""
    from tagana_desk.db.locking import lock_audit_head
    from tagana_desk.services import audit, lpj, verify

    require(actor, Permission.CLOSE_PERIOD)
    year, month = parse_period(period)
    _first, last = month_bounds(year, month)
    today = today or dt.date.today()
    if last >= today:
        raise ValidationError(
            f"Bulan {MONTHS[month - 1]} {year} belum berakhir; belum dapat ditutup.", "bulan"
        )
    # Every write takes the audit head; taking it first makes closing wait for writes in flight.
    lock_audit_head(session)
    row = session.get(ClosedPeriod, period)
    if row is not None and row.status == PeriodStatus.CLOSED:
        raise ConflictError(f"Bulan {MONTHS[month - 1]} {year} sudah ditutup.")
    label = f"{MONTHS[month - 1]} {year}"
    latest = lpj.latest_lpj(session, period)
    if latest is None or (
        row is not None and row.reopened_at and latest.created_at < row.reopened_at
    ):
        raise ValidationError(f"Buat LPJ {label} dulu; bulan ditutup setelah LPJ ada.", "bulan")
    # The month is closed on figures that still hold: reconciled, and what the LPJ printed.
    current = lpj.summary(session, actor, period)
    lpj.require_reconciled(current)
    printed = json.loads(latest.totals_json or "{}").get("funds", {})
    for f in current.funds:
        if f.fund in printed and printed[f.fund].get("closing") != f.closing:
            raise ValidationError(
                f"Buku kas {label} berubah setelah LPJ dibuat (saldo akhir {f.fund}); buat ulang "
                "LPJ sebelum menutup bulan.", "bulan",
            )  # fmt: skip
    count, total = verify.ledger_fingerprint(session, period)
    if row is None:
        row = ClosedPeriod(period=period)
        session.add(row)
    row.status = PeriodStatus.CLOSED
    row.closed_at = utcnow()
    row.closed_by = actor.user_id
    row.ledger_count, row.ledger_sum = count, total
    session.flush()
    audit.record(session, actor, "close_month", "closed_period", period,
                 after={"ledger_count": count, "ledger_sum": total})  # fmt: skip


def reopen_month(session: Session, actor: Actor, period: str, reason: str) -> None:
    """Reopen a closed month (kepala or admin), with a reason; audited."""
    from tagana_desk.services import audit

    require(actor, Permission.REOPEN_PERIOD)
    year, month = parse_period(period)
    reason = " ".join(str(reason or "").split())
    if len(reason) < 5:
        raise ValidationError("Alasan membuka kembali wajib diisi (minimal 5 karakter).", "alasan")
    row = session.get(ClosedPeriod, period)
    if row is None or row.status != PeriodStatus.CLOSED:
        raise ConflictError(f"Bulan {MONTHS[month - 1]} {year} tidak dalam keadaan ditutup.")
    row.status = PeriodStatus.REOPENED
    row.reopened_at = utcnow()
    row.reopened_by = actor.user_id
    row.reopen_reason = reason
    session.flush()
    audit.record(session, actor, "reopen_month", "closed_period", period, reason=reason,
                 before={"status": "closed"}, after={"status": "reopened"})  # fmt: skip


def month_states(
    session: Session, *, months: int = 12, today: dt.date | None = None
) -> list[MonthState]:
    """The last ``months`` months (newest first) with their close state and whether an LPJ exists."""
    from tagana_desk.db.models import LpjReport, User

    today = today or dt.date.today()
    out = []
    index = today.year * 12 + today.month - 1
    for back in range(months):
        y, m = divmod(index - back, 12)
        period = f"{y:04d}-{m + 1:02d}"
        row = session.get(ClosedPeriod, period)
        has = (
            session.execute(select(LpjReport.id).where(LpjReport.period == period).limit(1)).first()
            is not None
        )
        closed_by = session.get(User, row.closed_by).username if row and row.closed_by else None
        out.append(MonthState(period, f"{MONTHS[m]} {y}", bool(row and row.status == PeriodStatus.CLOSED),
                              bool(row and row.status == PeriodStatus.REOPENED), has, closed_by,
                              row.closed_at if row else None, row.reopen_reason if row else None))  # fmt: skip
    return out
