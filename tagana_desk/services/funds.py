"""Funds: allocations in, the derived balance, commitments and what is available to spend.

Balance = the sum of the fund's ledger (never typed in). Committed = disbursements awaiting
approval. Available = balance − committed, and no use case may take it below zero.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tagana_desk.db.locking import lock_funds
from tagana_desk.db.models import Disbursement, Fund, FundAllocation, LedgerEntry
from tagana_desk.domain.enums import DisbursementStatus, EntryKind, FundKind
from tagana_desk.domain.errors import (
    ConflictError,
    InsufficientFunds,
    NotFoundError,
    ValidationError,
)
from tagana_desk.domain.money import parse_rupiah
from tagana_desk.domain.roles import Permission
from tagana_desk.services import audit, periods
from tagana_desk.services.context import Actor, require

_CODE = re.compile(r"^[A-Z][A-Z0-9_-]{1,15}$")


@dataclass(frozen=True, slots=True)
class FundInfo:
    id: int
    code: str
    name: str
    kind: FundKind
    active: bool


@dataclass(frozen=True, slots=True)
class FundBalance:
    fund: str
    name: str
    balance: int
    committed: int
    available: int


@dataclass(frozen=True, slots=True)
class AllocationResult:
    allocation_id: int
    fund: str
    amount: int
    balance: FundBalance


@dataclass(frozen=True, slots=True)
class LedgerLine:
    """One BKU line: date, proof number, description, in, out, running balance."""

    entry_id: int
    entry_date: dt.date
    kind: EntryKind
    proof_number: str
    description: str
    amount_in: int
    amount_out: int
    running_balance: int


def normalize_code(code: str) -> str:
    text = str(code or "").strip().upper()
    if not _CODE.match(text):
        raise ValidationError(
            f"Kode dana tidak valid: {code!r} (2–16 huruf besar/angka, mis. BTT).", "dana"
        )
    return text


def get_fund(session: Session, code: str) -> Fund:
    norm = str(code or "").strip().upper()
    fund = session.execute(select(Fund).where(Fund.code == norm)).scalar_one_or_none()
    if fund is None:
        known = ", ".join(session.execute(select(Fund.code).order_by(Fund.code)).scalars())
        raise NotFoundError(
            f"Dana {code!r} tidak dikenal." + (f" Dana yang ada: {known}." if known else "")
        )
    return fund


def list_funds(session: Session) -> list[FundInfo]:
    rows = session.execute(select(Fund).order_by(Fund.code)).scalars()
    return [FundInfo(f.id, f.code, f.name, FundKind(f.kind), f.active) for f in rows]


def create_fund(
    session: Session, actor: Actor, code: str, name: str, kind: FundKind | str = FundKind.DISASTER,
    description: str = "",
) -> FundInfo:  # fmt: skip
    require(actor, Permission.MANAGE_FUNDS)
    code = normalize_code(code)
    if not name.strip():
        raise ValidationError("Nama dana wajib diisi.", "nama")
    if session.execute(select(Fund.id).where(Fund.code == code)).first():
        raise ConflictError(f"Dana {code} sudah ada.")
    fund = Fund(code=code, name=name.strip(), kind=FundKind(kind), description=description)
    session.add(fund)
    session.flush()
    audit.record(session, actor, "create", "fund", fund.code, after=audit.snapshot(fund))
    return FundInfo(fund.id, fund.code, fund.name, FundKind(fund.kind), fund.active)


def _ledger_sum(session: Session, fund_id: int) -> int:
    """The fund's ledger total, as the database trigger keeps it (read fresh, never cached)."""
    return int(session.execute(select(Fund.ledger_balance).where(Fund.id == fund_id)).scalar_one())


def _committed(session: Session, fund_id: int) -> int:
    return int(
        session.execute(
            select(func.coalesce(func.sum(Disbursement.amount), 0)).where(
                Disbursement.fund_id == fund_id,
                Disbursement.status == DisbursementStatus.PENDING_APPROVAL,
            )
        ).scalar_one()
    )


def _balance_of(session: Session, fund: Fund) -> FundBalance:
    balance = _ledger_sum(session, fund.id)
    committed = _committed(session, fund.id)
    return FundBalance(fund.code, fund.name, balance, committed, balance - committed)


def balance(session: Session, code: str) -> FundBalance:
    return _balance_of(session, get_fund(session, code))


def balances(session: Session) -> list[FundBalance]:
    funds = session.execute(select(Fund).order_by(Fund.code)).scalars().all()
    return [_balance_of(session, f) for f in funds]


def lock_and_check(session: Session, fund: Fund, needed: int) -> FundBalance:
    """Lock the fund, then refuse unless ``needed`` fits in its available balance.

    Every money-moving use case calls this before it writes a payment or a commitment.
    """
    lock_funds(session, [fund.id])
    current = _balance_of(session, fund)
    if needed > current.available:
        raise InsufficientFunds(fund.code, needed, current.available)
    return current


def lock_funds_only(session: Session, fund: Fund) -> None:
    """Lock a fund's row without a balance check (approvals and rejections of commitments)."""
    lock_funds(session, [fund.id])


def assert_not_overdrawn(session: Session, fund: Fund) -> None:
    """A last guard after a write: the available balance must still be zero or more."""
    current = _balance_of(session, fund)
    if current.available < 0:
        raise InsufficientFunds(fund.code, -current.available, 0)


def allocate(
    session: Session,
    actor: Actor,
    fund_code: str,
    amount: object,
    reference: str,
    *,
    on: dt.date | None = None,
    source: str = "",
    note: str = "",
    today: dt.date | None = None,
) -> AllocationResult:
    """Put money into a fund (bendahara): an allocation and its ledger entry, audited."""
    require(actor, Permission.ALLOCATE_FUNDS)
    value = parse_rupiah(amount)
    reference = str(reference or "").strip()
    if not reference:
        raise ValidationError(
            "Dasar alokasi wajib diisi (mis. SK Bupati 188/123/2026).", "referensi"
        )
    if len(reference) > 200:
        raise ValidationError("Dasar alokasi terlalu panjang (maks. 200 karakter).", "referensi")
    today = today or dt.date.today()
    on = on or today
    if on > today:
        raise ValidationError("Tanggal alokasi tidak boleh di masa depan.", "tanggal")
    fund = get_fund(session, fund_code)
    if not fund.active:
        raise ValidationError(f"Dana {fund.code} tidak aktif.", "dana")
    periods.assert_open(session, on)
    lock_funds(session, [fund.id])
    allocation = FundAllocation(
        fund_id=fund.id, reference=reference, allocation_date=on, amount=value,
        source=source.strip(), note=note.strip(), created_by=actor.user_id,
    )  # fmt: skip
    session.add(allocation)
    session.flush()
    entry = LedgerEntry(
        fund_id=fund.id, entry_date=on, kind=EntryKind.ALLOCATION, amount=value,
        proof_number=reference[:64], description=f"Alokasi dana {fund.code}: {reference}",
        allocation_id=allocation.id, created_by=actor.user_id,
    )  # fmt: skip
    session.add(entry)
    session.flush()
    audit.record(session, actor, "allocate", "fund_allocation", allocation.id,
                 after=audit.snapshot(allocation) | {"fund": fund.code})  # fmt: skip
    return AllocationResult(allocation.id, fund.code, value, _balance_of(session, fund))


def ledger(
    session: Session, fund_code: str, *, date_from: dt.date | None = None,
    date_to: dt.date | None = None, limit: int = 500, offset: int = 0,
) -> list[LedgerLine]:  # fmt: skip
    """BKU lines of a fund in posting order with the running balance (from the fund's start).

    One page at a time: the page's rows by the (fund, date) index, then the balance before its
    first row — summed over the entries before it, or, for a page after a start date (recent
    months), as the kept fund balance minus the entries from that row on — and the running
    balance carried through the page. A window sum over the whole ledger per page took seconds
    on a district's million entries.
    """
    fund = get_fund(session, fund_code)
    where = [LedgerEntry.fund_id == fund.id]
    if date_from:
        where.append(LedgerEntry.entry_date >= date_from)
    if date_to:
        where.append(LedgerEntry.entry_date <= date_to)
    rows = session.execute(
        select(LedgerEntry.id, LedgerEntry.entry_date, LedgerEntry.kind, LedgerEntry.proof_number,
               LedgerEntry.description, LedgerEntry.amount)
        .where(*where)
        .order_by(LedgerEntry.entry_date, LedgerEntry.id)
        .limit(limit)
        .offset(offset)
    ).all()  # fmt: skip
    if not rows:
        return []
    first = rows[0]
    earlier = (LedgerEntry.entry_date < first.entry_date) | (
        (LedgerEntry.entry_date == first.entry_date) & (LedgerEntry.id < first.id)
    )
    in_fund = LedgerEntry.fund_id == fund.id
    if date_from is None:
        before = session.execute(
            select(func.coalesce(func.sum(LedgerEntry.amount), 0)).where(in_fund, earlier)
        ).scalar_one()
    else:
        at_or_after = (LedgerEntry.entry_date > first.entry_date) | (
            (LedgerEntry.entry_date == first.entry_date) & (LedgerEntry.id >= first.id)
        )
        from_here = session.execute(
            select(func.coalesce(func.sum(LedgerEntry.amount), 0)).where(in_fund, at_or_after)
        ).scalar_one()
        before = _ledger_sum(session, fund.id) - int(from_here)
    running = int(before)
    lines = []
    for r in rows:
        running += r.amount
        lines.append(LedgerLine(
            r.id, r.entry_date, EntryKind(r.kind), r.proof_number, r.description,
            r.amount if r.amount > 0 else 0, -r.amount if r.amount < 0 else 0, running,
        ))  # fmt: skip
    return lines


def ledger_count(session: Session, fund_code: str) -> int:
    fund = get_fund(session, fund_code)
    return session.execute(
        select(func.count(LedgerEntry.id)).where(LedgerEntry.fund_id == fund.id)
    ).scalar_one()
