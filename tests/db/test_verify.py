"""``verify`` on both backends: a clean database passes; raw-SQL tampering with the ledger or a
closed month is found and named; closed months refuse writes."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Date, bindparam, select, text

from tagana_desk.db.base import UtcDateTime
from tagana_desk.db.models import Fund, FundAllocation, LedgerEntry
from tagana_desk.domain.errors import PeriodClosed
from tagana_desk.services import funds, periods, verify
from tests.support import audit_count, raw, row_count

pytestmark = pytest.mark.db

TODAY = dt.date(2026, 11, 25)


def _report(db) -> verify.VerifyReport:
    with db.read() as s:
        return verify.verify(s)


def _allocate(db, roles, amount: int, on: dt.date, ref: str = "SK Bupati 188/1/2026") -> int:
    with db.write() as s:
        return funds.allocate(
            s, roles.bendahara, "BTT", amount, ref, on=on, today=TODAY
        ).allocation_id


def _fund_id(db, code: str = "BTT") -> int:
    with db.read() as s:
        return s.execute(select(Fund.id).where(Fund.code == code)).scalar_one()


def _insert_entry(db, *, amount: int, on: dt.date, kind: str = "disbursement") -> int:
    """A ledger line written behind the program's back, in plain SQL."""
    stmt = text(
        "INSERT INTO ledger_entry (fund_id, entry_date, kind, amount, proof_number, description, "
        "created_at) VALUES (:fund, :day, :kind, :amount, '', 'disisipkan langsung', :now)"
    ).bindparams(bindparam("day", type_=Date), bindparam("now", type_=UtcDateTime()))
    with db.engine.begin() as conn:
        conn.execute(
            stmt,
            {"fund": _fund_id(db), "day": on, "kind": kind, "amount": amount,
             "now": dt.datetime.now(dt.UTC)},
        )  # fmt: skip
        return conn.execute(text("SELECT max(id) FROM ledger_entry")).scalar_one()


def _orphan(entry_id: int, kind: str = "disbursement") -> str:
    return f"Dana BTT: entri buku kas #{entry_id} ({kind}) tanpa bukti di belakangnya."


def test_entry_without_its_record_is_found(db, roles):
    _allocate(db, roles, 5_000_000, dt.date(2026, 10, 1))
    entry_id = _insert_entry(db, amount=1_000_000, on=dt.date(2026, 10, 2), kind="allocation")
    assert _report(db).problems == [_orphan(entry_id, "allocation")]


def _close_month(db, period: str) -> tuple[int, int]:
    """Close a month the way the closing use case will: with the ledger's fingerprint."""
    with db.read() as s:
        count, total = verify.ledger_fingerprint(s, period)
    stmt = text(
        "INSERT INTO closed_period (period, status, closed_at, ledger_count, ledger_sum) "
        "VALUES (:period, 'closed', :now, :count, :total)"
    ).bindparams(bindparam("now", type_=UtcDateTime()))
    with db.engine.begin() as conn:
        conn.execute(
            stmt,
            {"period": period, "now": dt.datetime.now(dt.UTC), "count": count, "total": total},
        )
    return count, total


def test_clean_database_verifies(db, roles):
    assert _report(db).ok
    events = audit_count(db)
    _allocate(db, roles, 100_000_000, dt.date(2026, 10, 1))
    _allocate(db, roles, 50_000_000, dt.date(2026, 11, 2))
    report = _report(db)
    assert report.ok, report.problems
    assert report.problems == []
    checked = {k: report.checked[k] for k in ("ledger_entries", "receipts", "closed_months")}
    assert checked == {"ledger_entries": 2, "receipts": 0, "closed_months": 0}
    assert report.checked["audit_events"] == events + 2


def test_changed_ledger_amount_no_longer_matches_the_allocation(db, roles):
    alloc_id = _allocate(db, roles, 100_000_000, dt.date(2026, 10, 1))
    changed = raw(
        db, "UPDATE ledger_entry SET amount = 150000000 WHERE allocation_id = :a", a=alloc_id
    )
    assert changed == 1
    report = _report(db)
    assert report.problems == [
        # The balance the database keeps on the fund row no longer matches the edited ledger.
        "Dana BTT: saldo tercatat Rp100.000.000 tidak sama dengan jumlah buku kasnya "
        "Rp150.000.000.",
        f"Alokasi #{alloc_id}: Rp100.000.000 tetapi buku kas mencatat Rp150.000.000.",
    ]


def test_deleted_ledger_entry_is_missed_by_its_allocation(db, roles):
    alloc_id = _allocate(db, roles, 100_000_000, dt.date(2026, 10, 1))
    assert raw(db, "DELETE FROM ledger_entry WHERE allocation_id = :a", a=alloc_id) == 1
    assert _report(db).problems == [
        "Dana BTT: saldo tercatat Rp100.000.000 tidak sama dengan jumlah buku kasnya Rp0.",
        f"Alokasi #{alloc_id}: Rp100.000.000 tetapi buku kas mencatat Rp0.",
    ]


def test_inserted_entry_that_overdraws_is_found(db, roles):
    _allocate(db, roles, 1_000_000, dt.date(2026, 10, 1))
    entry_id = _insert_entry(db, amount=-1_500_000, on=dt.date(2026, 10, 5))
    report = _report(db)
    assert report.problems == [
        f"Dana BTT: saldo pernah negatif (mulai entri #{entry_id}, terendah -Rp500.000).",
        "Dana BTT: saldo tersedia negatif (-Rp500.000).",
        _orphan(entry_id),
    ]


def test_a_dip_below_zero_is_found_even_if_refilled_later(db, roles):
    _allocate(db, roles, 1_000_000, dt.date(2026, 10, 1))
    entry_id = _insert_entry(db, amount=-3_000_000, on=dt.date(2026, 10, 5))
    _allocate(db, roles, 5_000_000, dt.date(2026, 10, 6))
    with db.read() as s:
        assert funds.balance(s, "BTT").available == 3_000_000
    assert _report(db).problems == [
        f"Dana BTT: saldo pernah negatif (mulai entri #{entry_id}, terendah -Rp2.000.000).",
        _orphan(entry_id),
    ]


def test_closed_month_that_changed_is_reported(db, roles):
    _allocate(db, roles, 100_000_000, dt.date(2026, 10, 1))
    _allocate(db, roles, 20_000_000, dt.date(2026, 10, 31))
    _allocate(db, roles, 7_000_000, dt.date(2026, 11, 1))
    assert _close_month(db, "2026-10") == (2, 120_000_000)
    report = _report(db)
    assert report.ok, report.problems
    assert report.checked["closed_months"] == 1

    entry_id = _insert_entry(db, amount=-2_500_000, on=dt.date(2026, 10, 15))
    assert _report(db).problems == [
        _orphan(entry_id),
        "Bulan 2026-10 sudah ditutup tetapi buku kasnya berubah (2 → 3 entri, "
        "Rp120.000.000 → Rp117.500.000).",
    ]


def test_entry_in_an_open_month_does_not_disturb_a_closed_one(db, roles):
    _allocate(db, roles, 100_000_000, dt.date(2026, 10, 1))
    _close_month(db, "2026-10")
    _allocate(db, roles, 1_000, dt.date(2026, 11, 1))
    report = _report(db)
    assert report.ok, report.problems


def test_reopened_month_is_not_compared(db, roles):
    _allocate(db, roles, 100_000_000, dt.date(2026, 10, 1))
    _close_month(db, "2026-10")
    raw(db, "UPDATE closed_period SET status = 'reopened' WHERE period = '2026-10'")
    _allocate(db, roles, 1_000_000, dt.date(2026, 10, 20))
    report = _report(db)
    assert report.ok, report.problems
    assert report.checked["closed_months"] == 0


def test_allocation_in_a_closed_month_is_refused(db, roles):
    _allocate(db, roles, 100_000_000, dt.date(2026, 10, 1))
    _close_month(db, "2026-10")
    before = (row_count(db, FundAllocation), row_count(db, LedgerEntry), audit_count(db))
    with pytest.raises(PeriodClosed) as info, db.write() as s:
        funds.allocate(
            s, roles.bendahara, "BTT", 5_000_000, "SK 2", on=dt.date(2026, 10, 31), today=TODAY
        )
    assert info.value.message == (
        "Bulan Oktober 2026 sudah ditutup; tidak ada yang boleh dicatat dengan tanggal di bulan "
        "itu. Catat koreksi di bulan berjalan."
    )
    assert (row_count(db, FundAllocation), row_count(db, LedgerEntry), audit_count(db)) == before
    # The neighbouring days are open.
    _allocate(db, roles, 1_000, dt.date(2026, 11, 1))
    _allocate(db, roles, 1_000, dt.date(2026, 9, 30))
    assert _report(db).ok


def test_assert_open(db):
    _close_month(db, "2026-10")
    with db.read() as s:
        assert periods.is_closed(s, dt.date(2026, 10, 15))
        assert not periods.is_closed(s, dt.date(2026, 11, 1))
        periods.assert_open(s, dt.date(2026, 9, 30))
        with pytest.raises(PeriodClosed, match="Bulan Oktober 2026 sudah ditutup"):
            periods.assert_open(s, dt.date(2026, 10, 1))
    raw(db, "UPDATE closed_period SET status = 'reopened' WHERE period = '2026-10'")
    with db.read() as s:
        periods.assert_open(s, dt.date(2026, 10, 1))


def test_ledger_fingerprint(db, roles):
    _allocate(db, roles, 100_000_000, dt.date(2026, 10, 1))
    _allocate(db, roles, 20_000_000, dt.date(2026, 10, 31))
    _allocate(db, roles, 7_000_000, dt.date(2026, 11, 1))
    with db.read() as s:
        assert verify.ledger_fingerprint(s, "2026-10") == (2, 120_000_000)
        assert verify.ledger_fingerprint(s, "2026-11") == (1, 7_000_000)
        assert verify.ledger_fingerprint(s, "2026-09") == (0, 0)


def test_kept_fund_balance_follows_every_ledger_insert_and_is_checked(db, roles):
    """The trigger-kept ledger_balance equals the ledger sum; editing it is found by verify."""
    from tagana_desk.services import funds

    _allocate(db, roles, 100_000_000, dt.date(2026, 10, 1))
    entry_id = _insert_entry(db, amount=-1_500_000, on=dt.date(2026, 10, 5))
    with db.read() as s:
        assert funds.balance(s, "BTT").balance == 98_500_000  # the trigger saw the raw insert
    assert _report(db).problems == [_orphan(entry_id)]
    assert raw(db, "UPDATE fund SET ledger_balance = ledger_balance + 1 WHERE code = 'BTT'") == 1
    assert _report(db).problems == [
        "Dana BTT: saldo tercatat Rp98.500.001 tidak sama dengan jumlah buku kasnya Rp98.500.000.",
        _orphan(entry_id),
    ]
