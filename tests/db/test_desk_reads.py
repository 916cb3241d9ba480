"""Read-only service functions for the desktop app, on both backends: what an incident's
disbursements add up to, and the audit log streamed in keyset batches."""

from __future__ import annotations

import datetime as dt

import pytest

from tagana_desk.domain.errors import PermissionDenied
from tagana_desk.services import audit, dashboard, funds, households, receipts
from tagana_desk.services import disbursements as pay
from tagana_desk.services.audit import AuditFilter
from tagana_desk.services.households import CasualtyInput, HouseholdInput
from tests.support import make_kk, make_nik, setup_bantul
from tests.ui.month_data import build_two_months

pytestmark = pytest.mark.db
TODAY = dt.date(2026, 11, 25)


def _add(db, roles, incident, serial, **kw):
    data = HouseholdInput(head_name=f"Warga {serial}", nik=make_nik(serial=serial),
                          no_kk=make_kk(serial), desa_code="34.02.08.2001", persons=4,
                          registered_on=dt.date(2026, 11, 21), **kw)  # fmt: skip
    with db.write() as s:
        return households.add_household(s, roles.operator, incident, data, today=TODAY).id


def _pay(db, actor, household_id, code):
    with db.write() as s:
        return pay.pay_household(s, actor, household_id, code, on=TODAY, today=TODAY)


def test_disbursement_totals_by_status(db, roles):
    incident = setup_bantul(db, roles)
    a = _add(db, roles, incident, 1, displaced=True)
    b = _add(db, roles, incident, 2)
    c = _add(db, roles, incident, 3, casualties=(CasualtyInput("death", "Almarhum"),))
    with db.write() as s:
        funds.allocate(s, roles.bendahara, "BTT", 50_000_000, "SK Bupati 188/1/2026",
                       on=dt.date(2026, 11, 1), today=TODAY)  # fmt: skip
    _pay(db, roles.bendahara, a, "JADUP")  # 4 × 7 × 15.000 = 420.000
    _pay(db, roles.bendahara, a, "SEMBAKO")
    voided = _pay(db, roles.bendahara, b, "SEMBAKO").receipt_number
    with db.write() as s:
        receipts.void(s, roles.bendahara, voided, "Salah penerima", today=TODAY)
    _pay(db, roles.bendahara, c, "SANTUNAN_MENINGGAL")  # awaits the kepala
    _pay(db, roles.operator, b, "FAMILY_KIT")  # a draft
    with db.read() as s:
        totals = pay.disbursement_totals(s, roles.auditor, incident_id=incident)
        one = pay.disbursement_totals(s, roles.auditor, household_id=a)
        none = pay.disbursement_totals(s, roles.auditor, incident_id=incident + 1)
        assert totals.count == pay.count_disbursements(s, incident_id=incident) == 5
    assert (totals.paid, totals.paid_amount, totals.households_paid) == (2, 670_000, 1)
    assert (totals.pending, totals.pending_amount) == (1, 15_000_000)
    assert (totals.drafts, totals.draft_amount, totals.voided, totals.rejected) == (
        1, 350_000, 1, 0,
    )  # fmt: skip
    assert (one.count, one.paid_amount) == (2, 670_000)
    assert (none.count, none.paid_amount, none.households_paid) == (0, 0, 0)


def test_iter_events_streams_the_filtered_log_newest_first(db, roles):
    for i in range(7):
        with db.write() as s:
            funds.allocate(s, roles.bendahara, "BTT", 1_000 + i, f"SK {i}")
    flt = AuditFilter(action="allocate")
    with db.read() as s:
        streamed = list(audit.iter_events(s, roles.auditor, flt, batch=3))
        listed = audit.list_events(s, roles.auditor, flt, limit=100)
        everything = list(audit.iter_events(s, roles.admin, batch=4))
        assert len(everything) == audit.count_events(s, roles.admin)
    assert streamed == listed and len(streamed) == 7
    assert [e.seq for e in everything] == sorted((e.seq for e in everything), reverse=True)
    with db.read() as s, pytest.raises(PermissionDenied):
        next(audit.iter_events(s, roles.operator))


def test_beranda_counts_what_waits_for_the_kepala(db, roles):
    build_two_months(db, roles)  # the death compensation (Rp15.000.000) waits for approval
    with db.read() as s:
        board = dashboard.load(s, roles.auditor, today=TODAY)
    assert (board.pending_approvals, board.pending_amount) == (1, 15_000_000)


def test_beranda_reads_receipts_and_incidents_through_their_indexes(sqlite_db, sqlite_roles):
    """SQLite's plan for every Beranda statement: the chart sums come from the covering receipt
    index (the receipts themselves are not read) and the open incidents from their status
    index; no statement scans a table of the district's size."""
    from sqlalchemy import event

    build_two_months(sqlite_db, sqlite_roles)
    sent: list[tuple[str, tuple]] = []
    event.listen(sqlite_db.engine, "before_cursor_execute",
                 lambda conn, cur, stmt, params, ctx, many: sent.append((stmt, params)))  # fmt: skip
    with sqlite_db.read() as s:
        dashboard.load(s, sqlite_roles.auditor, today=TODAY)
        conn = s.connection().connection.driver_connection
        plans = {
            stmt: " | ".join(row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + stmt, params))
            for stmt, params in sent
        }
    chart_plans = [plan for stmt, plan in plans.items() if "GROUP BY" in stmt and "receipt" in stmt]
    assert len(chart_plans) == 2, plans
    for plan in chart_plans:
        assert "USING COVERING INDEX ix_receipt_status_issue_date" in plan, plan
    incident_plans = [plan for stmt, plan in plans.items() if "FROM incident" in stmt]
    assert incident_plans and all("ix_incident_status" in p for p in incident_plans), plans
    big = ("receipt", "disbursement", "household", "incident")
    for stmt, plan in plans.items():
        assert not any(f"SCAN {table}" in plan for table in big), (stmt, plan)
