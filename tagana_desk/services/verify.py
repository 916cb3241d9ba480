"""Integrity checks behind ``tagana-desk verify``: the ledger, receipts, periods and the audit chain."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from tagana_desk.db.models import (
    ClosedPeriod,
    Disbursement,
    Fund,
    FundAllocation,
    LedgerEntry,
    Receipt,
    ReceiptSequence,
    StipendPayment,
)
from tagana_desk.domain.dates import month_bounds, parse_period
from tagana_desk.domain.enums import DisbursementStatus, EntryKind, PeriodStatus, StipendStatus
from tagana_desk.domain.money import format_rupiah
from tagana_desk.services import audit, funds


@dataclass
class VerifyReport:
    problems: list[str] = field(default_factory=list)
    checked: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


def _limit(problems: list[str], found: list[str], cap: int = 20) -> None:
    problems.extend(found[:cap])
    if len(found) > cap:
        problems.append(f"… dan {len(found) - cap} masalah serupa lainnya.")


def check_ledger(session: Session, report: VerifyReport) -> None:
    fund_codes = dict(session.execute(select(Fund.id, Fund.code)).all())
    report.checked["ledger_entries"] = session.execute(
        select(func.count(LedgerEntry.id))
    ).scalar_one()
    # The balance in posting order must never have gone below zero.
    running = (
        select(
            LedgerEntry.fund_id,
            LedgerEntry.id,
            func.sum(LedgerEntry.amount)
            .over(partition_by=LedgerEntry.fund_id, order_by=LedgerEntry.id)
            .label("running"),
        )
    ).subquery()
    negative = session.execute(
        select(running.c.fund_id, func.min(running.c.id), func.min(running.c.running))
        .where(running.c.running < 0)
        .group_by(running.c.fund_id)
    ).all()
    for fund_id, first_id, lowest in negative:
        report.problems.append(
            f"Dana {fund_codes[fund_id]}: saldo pernah negatif (mulai entri #{first_id}, "
            f"terendah {format_rupiah(int(lowest))})."
        )
    # The balance the database keeps on the fund row must be the sum of its ledger.
    sums = dict(
        session.execute(
            select(LedgerEntry.fund_id, func.sum(LedgerEntry.amount)).group_by(LedgerEntry.fund_id)
        ).all()
    )
    for fund_id, code, kept in session.execute(select(Fund.id, Fund.code, Fund.ledger_balance)):
        total = int(sums.get(fund_id) or 0)
        if int(kept) != total:
            report.problems.append(
                f"Dana {code}: saldo tercatat {format_rupiah(int(kept))} tidak sama dengan jumlah "
                f"buku kasnya {format_rupiah(total)}."
            )
    for bal in funds.balances(session):
        if bal.available < 0:
            report.problems.append(
                f"Dana {bal.fund}: saldo tersedia negatif ({format_rupiah(bal.available)})."
            )
    # Every entry has the record behind it: an allocation, a payment, or the entry it reverses.
    orphans = session.execute(
        select(LedgerEntry.id, LedgerEntry.kind, Fund.code)
        .join(Fund, Fund.id == LedgerEntry.fund_id)
        .where(
            ((LedgerEntry.kind == EntryKind.ALLOCATION) & LedgerEntry.allocation_id.is_(None))
            | ((LedgerEntry.kind == EntryKind.DISBURSEMENT) & LedgerEntry.disbursement_id.is_(None))
            | ((LedgerEntry.kind == EntryKind.STIPEND) & LedgerEntry.stipend_payment_id.is_(None))
            | ((LedgerEntry.kind == EntryKind.REVERSAL) & LedgerEntry.reverses_entry_id.is_(None))
        )
    ).all()
    _limit(report.problems, [
        f"Dana {code}: entri buku kas #{i} ({kind}) tanpa bukti di belakangnya." for i, kind, code in orphans
    ])  # fmt: skip
    # Every allocation has exactly one ledger entry of the same amount.
    alloc_sum = (
        select(
            LedgerEntry.allocation_id,
            func.sum(LedgerEntry.amount).label("total"),
            func.count(LedgerEntry.id).label("n"),
        )  # fmt: skip
        .where(LedgerEntry.allocation_id.is_not(None))
        .group_by(LedgerEntry.allocation_id)
        .subquery()
    )
    bad = session.execute(
        select(FundAllocation.id, FundAllocation.amount, alloc_sum.c.total)
        .outerjoin(alloc_sum, alloc_sum.c.allocation_id == FundAllocation.id)
        .where((alloc_sum.c.total.is_(None)) | (alloc_sum.c.total != FundAllocation.amount))
    ).all()
    _limit(report.problems, [
        f"Alokasi #{a}: {format_rupiah(int(amt))} tetapi buku kas mencatat "
        f"{format_rupiah(int(tot or 0))}." for a, amt, tot in bad
    ])  # fmt: skip
    # Paid disbursements are in the ledger once (−amount); others net to zero.
    d_sum = (
        select(LedgerEntry.disbursement_id, func.sum(LedgerEntry.amount).label("total"))
        .where(LedgerEntry.disbursement_id.is_not(None))
        .group_by(LedgerEntry.disbursement_id)
        .subquery()
    )
    expected = func.coalesce(d_sum.c.total, 0)
    rows = session.execute(
        select(Disbursement.id, Disbursement.status, Disbursement.amount, expected)
        .outerjoin(d_sum, d_sum.c.disbursement_id == Disbursement.id)
        .where(
            ((Disbursement.status == DisbursementStatus.PAID) & (expected != -Disbursement.amount))
            | ((Disbursement.status != DisbursementStatus.PAID) & (expected != 0))
        )
    ).all()
    _limit(report.problems, [
        f"Penyaluran #{i} ({s}): buku kas mencatat {format_rupiah(int(t))}, "
        f"seharusnya {format_rupiah(-int(a) if s == DisbursementStatus.PAID else 0)}."
        for i, s, a, t in rows
    ])  # fmt: skip
    s_sum = (
        select(LedgerEntry.stipend_payment_id, func.sum(LedgerEntry.amount).label("total"))
        .where(LedgerEntry.stipend_payment_id.is_not(None))
        .group_by(LedgerEntry.stipend_payment_id)
        .subquery()
    )
    expected = func.coalesce(s_sum.c.total, 0)
    rows = session.execute(
        # The fund pays the gross: the withheld tax leaves it too (to the tax office).
        select(StipendPayment.id, StipendPayment.status, StipendPayment.gross, expected)
        .outerjoin(s_sum, s_sum.c.stipend_payment_id == StipendPayment.id)
        .where(
            ((StipendPayment.status == StipendStatus.PAID) & (expected != -StipendPayment.gross))
            | ((StipendPayment.status != StipendStatus.PAID) & (expected != 0))
        )
    ).all()
    _limit(report.problems, [
        f"Honor #{i} ({s}): buku kas mencatat {format_rupiah(int(t))}." for i, s, _n, t in rows
    ])  # fmt: skip


def check_receipts(session: Session, report: VerifyReport) -> None:
    fund_codes = dict(session.execute(select(Fund.id, Fund.code)).all())
    rows = session.execute(
        select(
            Receipt.fund_id,
            Receipt.year,
            func.count(Receipt.id),
            func.min(Receipt.seq),
            func.max(Receipt.seq),
            func.count(func.distinct(Receipt.seq)),
        ).group_by(Receipt.fund_id, Receipt.year)  # fmt: skip
    ).all()
    report.checked["receipts"] = sum(r[2] for r in rows)
    seqs = {
        (s.fund_id, s.year): s.last_seq for s in session.execute(select(ReceiptSequence)).scalars()
    }
    for fund_id, year, count, low, high, distinct in rows:
        code = fund_codes[fund_id]
        if distinct != count:
            report.problems.append(f"Kuitansi {code}/{year}: ada nomor ganda.")
        if low != 1 or high != count:
            report.problems.append(
                f"Kuitansi {code}/{year}: nomor tidak urut tanpa celah ({count} kuitansi, "
                f"nomor {low}–{high})."
            )
        if seqs.get((fund_id, year), 0) != high:
            report.problems.append(
                f"Kuitansi {code}/{year}: penomoran mencatat {seqs.get((fund_id, year), 0)}, "
                f"kuitansi terakhir {high}."
            )
    for (fund_id, year), last in seqs.items():
        if last and not any(r[0] == fund_id and r[1] == year for r in rows):
            report.problems.append(
                f"Kuitansi {fund_codes[fund_id]}/{year}: penomoran sampai {last} tetapi tidak ada kuitansi."
            )


def check_receipts_cover_payments(session: Session, report: VerifyReport) -> None:
    """Every paid (or voided) disbursement and stipend has its receipt, in the matching state."""
    rows = session.execute(
        select(Disbursement.id, Disbursement.status, Receipt.status)
        .outerjoin(Receipt, Receipt.disbursement_id == Disbursement.id)
        .where(
            Disbursement.status.in_([DisbursementStatus.PAID, DisbursementStatus.VOIDED])
            & (
                Receipt.id.is_(None)
                | ((Disbursement.status == DisbursementStatus.PAID) & (Receipt.status != "valid"))
                | (
                    (Disbursement.status == DisbursementStatus.VOIDED)
                    & (Receipt.status != "voided")
                )
            )
        )
    ).all()
    _limit(report.problems, [
        f"Penyaluran #{i} ({s}) tanpa kuitansi yang sesuai ({r or 'tidak ada'})." for i, s, r in rows
    ])  # fmt: skip
    rows = session.execute(
        select(StipendPayment.id, StipendPayment.status, Receipt.status)
        .outerjoin(Receipt, Receipt.stipend_payment_id == StipendPayment.id)
        .where(
            Receipt.id.is_(None)
            | ((StipendPayment.status == StipendStatus.PAID) & (Receipt.status != "valid"))
            | ((StipendPayment.status == StipendStatus.VOIDED) & (Receipt.status != "voided"))
        )
    ).all()
    _limit(report.problems, [
        f"Honor #{i} ({s}) tanpa kuitansi yang sesuai ({r or 'tidak ada'})." for i, s, r in rows
    ])  # fmt: skip


def ledger_fingerprint(session: Session, period: str) -> tuple[int, int]:
    """(count, sum) of ledger entries dated in a month: stored at closing, compared by verify."""
    first, last = month_bounds(*parse_period(period))
    count, total = session.execute(
        select(func.count(LedgerEntry.id), func.coalesce(func.sum(LedgerEntry.amount), 0)).where(
            and_(LedgerEntry.entry_date >= first, LedgerEntry.entry_date <= last)
        )
    ).one()
    return int(count), int(total)


def check_periods(session: Session, report: VerifyReport) -> None:
    closed = session.execute(
        select(ClosedPeriod).where(ClosedPeriod.status == PeriodStatus.CLOSED)
    ).scalars().all()  # fmt: skip
    report.checked["closed_months"] = len(closed)
    for p in closed:
        count, total = ledger_fingerprint(session, p.period)
        if (count, total) != (p.ledger_count, p.ledger_sum):
            report.problems.append(
                f"Bulan {p.period} sudah ditutup tetapi buku kasnya berubah ({p.ledger_count} → "
                f"{count} entri, {format_rupiah(int(p.ledger_sum))} → {format_rupiah(total)})."
            )


def verify(session: Session) -> VerifyReport:
    report = VerifyReport()
    check_ledger(session, report)
    check_receipts(session, report)
    check_receipts_cover_payments(session, report)
    check_periods(session, report)
    chain = audit.verify_chain(session)
    report.problems.extend(chain)
    report.checked["audit_events"] = session.execute(
        select(func.count()).select_from(audit.AuditEvent)
    ).scalar_one()
    return report
