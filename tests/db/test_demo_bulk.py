"""The large demo's history years (services/demo_bulk.py), shrunk so it runs in seconds."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from tagana_desk.db.models import (
    AuditEvent,
    ClosedPeriod,
    Disbursement,
    DisbursementItem,
    Household,
    Incident,
    LedgerEntry,
    Receipt,
    User,
)
from tagana_desk.domain.enums import DisbursementStatus, IncidentStatus, PeriodStatus
from tagana_desk.services import demo, demo_bulk, households, incidents, users, verify
from tagana_desk.services.context import SYSTEM

pytestmark = pytest.mark.db

TODAY = dt.date(2026, 11, 25)


def test_plan_keeps_small_demos_in_the_service_path():
    start = dt.date(2025, 12, 1)
    assert demo_bulk.plan(2000, start) == (2000, None)
    assert demo_bulk.plan(demo_bulk.RECENT_HOUSEHOLDS * 2, start)[1] is None
    recent, history = demo_bulk.plan(1_000_000, start)
    assert recent == demo_bulk.RECENT_HOUSEHOLDS
    assert history.households == 1_000_000 - recent
    assert history.last_day == dt.date(2025, 11, 30)
    years = -(-history.households // demo_bulk.HOUSEHOLDS_PER_YEAR)  # 5
    assert history.first_day == dt.date(2025 - years, 12, 1)


def _count(s, model, *where) -> int:
    return s.execute(select(func.count()).select_from(model).where(*where)).scalar_one()


def test_history_years_verify_and_read_like_service_data(db, monkeypatch):
    monkeypatch.setattr(demo_bulk, "RECENT_HOUSEHOLDS", 40)
    monkeypatch.setattr(demo_bulk, "HOUSEHOLDS_PER_YEAR", 300)
    monkeypatch.setattr(demo_bulk, "GREAT_DISASTER_FROM", 400)
    monkeypatch.setattr(demo_bulk, "GREAT_DISASTER", 120)
    monkeypatch.setattr(demo_bulk, "CHUNK", 150)  # several transactions
    result = demo.build(db, households=700, seed=3, today=TODAY)
    counts = result.counts
    assert counts["history_households"] == 660
    assert counts["history_receipts"] == 660
    assert counts["households"] == 40
    with db.read() as s:
        report = verify.verify(s)
        assert report.ok, report.problems
        assert _count(s, Household) == 700
        history_end = dt.date(2025, 11, 30)
        old = _count(s, Household, Household.registered_on <= history_end)
        assert old == 660
        # One paid SEMBAKO per history household, with its five items, receipt and ledger entry.
        paid = _count(s, Disbursement, Disbursement.pay_date <= history_end,
                      Disbursement.status == DisbursementStatus.PAID)  # fmt: skip
        assert paid == 660
        assert _count(s, DisbursementItem, DisbursementItem.disbursement_id.in_(
            select(Disbursement.id).where(Disbursement.pay_date <= history_end))) == 660 * 5  # fmt: skip
        assert _count(s, Receipt, Receipt.issue_date <= history_end) == 660
        assert _count(s, LedgerEntry, LedgerEntry.entry_date <= history_end,
                      LedgerEntry.disbursement_id.is_not(None)) == 660  # fmt: skip
        # The great earthquake: one incident of 120 households, paid in one month.
        great = s.execute(
            select(Incident.id).join(Household).group_by(Incident.id)
            .having(func.count(Household.id) == 120)
        ).scalars().all()  # fmt: skip
        assert len(great) == 1
        # Audit: created, closed, paid — one event per household and three per incident.
        history_incidents = counts["history_incidents"]
        assert _count(s, AuditEvent, AuditEvent.entity == "household",
                      AuditEvent.action == "create") >= 700  # fmt: skip
        assert _count(s, AuditEvent, AuditEvent.action == "disburse_batch") >= history_incidents
        assert _count(s, Incident, Incident.status == IncidentStatus.CLOSED) >= history_incidents
        # Every history month is closed with its LPJ.
        closed = set(s.execute(select(ClosedPeriod.period).where(
            ClosedPeriod.status == PeriodStatus.CLOSED)).scalars())  # fmt: skip
        assert "2024-12" in closed and "2025-11" in closed
        # Found by search, shown with its payment, like any household.
        hh = s.execute(
            select(Household).where(Household.registered_on <= history_end).limit(1)
        ).scalar_one()
        found = households.search(s, SYSTEM, hh.nik[:10], limit=50)
        assert hh.id in [r.id for r in found]
        history = households.history(s, SYSTEM, hh.id)
        assert history is not None
    # New rows after the history get fresh ids (PostgreSQL identity sequences moved on).
    with db.write() as s:
        operator = users.actor_of(
            s.execute(select(User).where(User.username == "operator")).scalar_one()
        )
        info = incidents.create_incident(s, operator, incidents.IncidentInput(
            type="banjir", occurred_at=dt.datetime(2026, 11, 24, 8), desa_code="34.02.08.2001",
            title="Banjir uji"), now=dt.datetime(2026, 11, 25, tzinfo=dt.UTC))  # fmt: skip
        assert info.id > max(great)
