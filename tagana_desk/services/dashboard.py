"""Beranda: the figures and chart series the desk sees first. Aggregates in SQL only."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tagana_desk.db.models import (
    AidType,
    ClosedPeriod,
    Disbursement,
    Household,
    Incident,
    Receipt,
)
from tagana_desk.domain.dates import MONTHS, month_bounds
from tagana_desk.domain.enums import (
    AidKind,
    DisbursementStatus,
    IncidentStatus,
    PeriodStatus,
    ReceiptStatus,
)
from tagana_desk.domain.roles import Permission
from tagana_desk.services import funds
from tagana_desk.services.context import Actor, require


@dataclass(frozen=True)
class MonthPoint:
    period: str
    label: str  # "Nov 26"
    cash: int
    in_kind: int
    stipends: int


@dataclass(frozen=True)
class Dashboard:
    today: dt.date
    open_incidents: int
    households_this_month: int
    paid_this_month: int
    pending_approvals: int
    pending_amount: int
    months_not_closed: tuple[str, ...]  # ended months without a close, oldest first
    balances: tuple[funds.FundBalance, ...]
    months: tuple[MonthPoint, ...]  # the last 12 months, oldest first
    by_aid_type: tuple[tuple[str, str, int], ...]  # (code, name, amount) over the 12 months


def _month_index(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def load(session: Session, actor: Actor, *, today: dt.date | None = None) -> Dashboard:
    require(actor, Permission.VIEW)
    today = today or dt.date.today()
    first, last = month_bounds(today.year, today.month)
    start_index = _month_index(today) - 11
    sy, sm = divmod(start_index, 12)
    year_start = dt.date(sy, sm + 1, 1)

    open_incidents = session.execute(
        select(func.count(Incident.id)).where(Incident.status == IncidentStatus.OPEN)
    ).scalar_one()
    households = session.execute(
        select(func.count(Household.id)).where(
            Household.registered_on >= first, Household.registered_on <= last,
            Household.merged_into_id.is_(None),
        )
    ).scalar_one()  # fmt: skip
    valid_in = Receipt.status == ReceiptStatus.VALID
    paid_month = session.execute(
        select(func.coalesce(func.sum(Receipt.amount), 0)).where(
            valid_in, Receipt.issue_date >= first, Receipt.issue_date <= last
        )
    ).scalar_one()
    pending = session.execute(
        select(func.count(Disbursement.id), func.coalesce(func.sum(Disbursement.amount), 0)).where(
            Disbursement.status == DisbursementStatus.PENDING_APPROVAL
        )
    ).one()

    # Ended months since the first money movement that are not closed.
    first_receipt = session.execute(select(func.min(Receipt.issue_date))).scalar_one()
    closed = set(session.execute(
        select(ClosedPeriod.period).where(ClosedPeriod.status == PeriodStatus.CLOSED)
    ).scalars())  # fmt: skip
    not_closed = []
    if first_receipt is not None:
        for index in range(_month_index(first_receipt), _month_index(today)):
            y, m = divmod(index, 12)
            period = f"{y:04d}-{m + 1:02d}"
            if period not in closed:
                not_closed.append(period)

    # Paid per month, cash vs in-kind (aid), and stipends.
    year_col = func.extract("year", Receipt.issue_date)
    month_col = func.extract("month", Receipt.issue_date)
    is_stipend = Receipt.disbursement_id.is_(None)
    rows = session.execute(
        select(year_col, month_col, Receipt.kind, is_stipend, func.sum(Receipt.amount))
        .where(valid_in, Receipt.issue_date >= year_start, Receipt.issue_date <= last)
        .group_by(year_col, month_col, Receipt.kind, is_stipend)
    ).all()
    buckets: dict[int, list[int]] = {i: [0, 0, 0] for i in range(start_index, start_index + 12)}
    for year, month, kind, stipend, amount in rows:
        slot = buckets.get(int(year) * 12 + int(month) - 1)
        if slot is None:
            continue
        if stipend:
            slot[2] += int(amount)
        elif AidKind(kind) == AidKind.CASH:
            slot[0] += int(amount)
        else:
            slot[1] += int(amount)
    months = []
    for index, (cash, in_kind, stip) in sorted(buckets.items()):
        y, m = divmod(index, 12)
        months.append(
            MonthPoint(
                f"{y:04d}-{m + 1:02d}", f"{MONTHS[m][:3]} {y % 100:02d}", cash, in_kind, stip
            )
        )

    by_type = session.execute(
        select(AidType.code, AidType.name, func.sum(Receipt.amount))
        .join(Disbursement, Disbursement.id == Receipt.disbursement_id)
        .join(AidType, AidType.id == Disbursement.aid_type_id)
        .where(valid_in, Receipt.issue_date >= year_start, Receipt.issue_date <= last)
        .group_by(AidType.code, AidType.name)
        .order_by(func.sum(Receipt.amount).desc())
    ).all()
    return Dashboard(
        today, open_incidents, households, int(paid_month), int(pending[0]), int(pending[1]),
        tuple(not_closed), tuple(funds.balances(session)), tuple(months),
        tuple((c, n, int(a)) for c, n, a in by_type),
    )  # fmt: skip
