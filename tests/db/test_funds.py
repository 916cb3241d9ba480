"""Funds on both backends: allocations, derived balances, refusals that write nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from tagana_desk.db.models import FundAllocation, LedgerEntry
from tagana_desk.domain.errors import NotFoundError, PermissionDenied, ValidationError
from tagana_desk.services import funds, verify

pytestmark = pytest.mark.db


def _counts(db):
    with db.read() as s:
        return (
            s.execute(select(func.count(FundAllocation.id))).scalar_one(),
            s.execute(select(func.count(LedgerEntry.id))).scalar_one(),
        )


def test_allocation_moves_the_derived_balance(db, roles):
    with db.write() as s:
        first = funds.allocate(s, roles.bendahara, "BTT", 1_500_000_000, "SK Bupati 188/1/2026")
    with db.write() as s:
        second = funds.allocate(s, roles.bendahara, "btt", "Rp250.000.000", "SK Bupati 188/9/2026")
    assert first.balance.balance == 1_500_000_000
    assert second.balance.balance == 1_750_000_000
    with db.read() as s:
        bal = funds.balance(s, "BTT")
        lines = funds.ledger(s, "BTT")
        report = verify.verify(s)
    assert (bal.balance, bal.committed, bal.available) == (1_750_000_000, 0, 1_750_000_000)
    assert [line.running_balance for line in lines] == [1_500_000_000, 1_750_000_000]
    assert [line.amount_in for line in lines] == [1_500_000_000, 250_000_000]
    assert report.ok, report.problems


@pytest.mark.parametrize(
    "amount",
    [0, -5, 1.5, "1,5", "abc", "15.000,50", 10**13, True, None],
)
def test_bad_amounts_are_refused_and_nothing_is_written(db, roles, amount):
    before = _counts(db)
    with pytest.raises(ValidationError), db.write() as s:
        funds.allocate(s, roles.bendahara, "BTT", amount, "SK 1")
    assert _counts(db) == before


def test_unknown_fund_is_named(db, roles):
    with pytest.raises(NotFoundError, match="XYZ.*BTT, HONOR"), db.write() as s:
        funds.allocate(s, roles.bendahara, "XYZ", 1000, "SK 1")


@pytest.mark.parametrize("role", ["operator", "kepala", "admin", "auditor"])
def test_only_bendahara_allocates(db, roles, role):
    before = _counts(db)
    with pytest.raises(PermissionDenied, match="tidak berwenang menambah alokasi"), db.write() as s:
        funds.allocate(s, roles.all()[role], "BTT", 1000, "SK 1")
    assert _counts(db) == before


def test_future_date_and_missing_reference_refused(db, roles):
    today = dt.date(2026, 11, 25)
    with pytest.raises(ValidationError, match="masa depan"), db.write() as s:
        funds.allocate(s, roles.bendahara, "BTT", 1000, "SK", on=dt.date(2026, 12, 1), today=today)
    with pytest.raises(ValidationError, match="Dasar alokasi"), db.write() as s:
        funds.allocate(s, roles.bendahara, "BTT", 1000, "  ")
    assert _counts(db) == (0, 0)


def test_ledger_pages_carry_the_running_balance_from_the_start(db, roles):
    """Every page (by offset and by date range) shows the same running balance as the whole BKU."""
    import random

    rng = random.Random(5)
    days = [dt.date(2026, m, d) for m in (8, 9, 10) for d in (3, 12, 20)]
    with db.write() as s:
        for day in days:
            for _ in range(rng.randint(1, 3)):
                funds.allocate(s, roles.bendahara, "BTT", rng.randint(1, 50) * 100_000,
                               f"SK {day}", on=day, today=dt.date(2026, 11, 25))  # fmt: skip
    with db.read() as s:
        whole = funds.ledger(s, "BTT", limit=10_000)
        amounts = s.execute(
            select(LedgerEntry.amount).order_by(LedgerEntry.entry_date, LedgerEntry.id)
        ).scalars().all()  # fmt: skip
        running, expected = 0, []
        for amount in amounts:
            running += amount
            expected.append(running)
        assert [line.running_balance for line in whole] == expected
        for offset, limit in ((0, 4), (3, 5), (len(whole) - 2, 10)):
            page = funds.ledger(s, "BTT", limit=limit, offset=offset)
            assert page == whole[offset : offset + limit]
        start, end = dt.date(2026, 9, 1), dt.date(2026, 9, 30)
        in_range = [line for line in whole if start <= line.entry_date <= end]
        assert funds.ledger(s, "BTT", date_from=start, date_to=end, limit=100) == in_range
        assert (
            funds.ledger(s, "BTT", date_from=start, limit=2, offset=1)
            == [line for line in whole if line.entry_date >= start][1:3]
        )
