"""The month's accountability report (laporan pertanggungjawaban, LPJ): its figures and rows.

Everything comes from the ledger and the receipts of the month; the report reconciles before it
is written (opening + in − out = closing, beneficiary total = BKU disbursements, stipend total =
BKU stipends, receipts issued and voided = the month's entries) and refuses, naming the
difference, when anything disagrees. Rows are streamed from the database in batches so a month
with 50,000 payments is written in bounded memory.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from tagana_desk.db.models import (
    AidType,
    Disbursement,
    Fund,
    Household,
    Incident,
    LedgerEntry,
    LpjReport,
    Receipt,
    StipendPayment,
    Volunteer,
    VolunteerType,
)
from tagana_desk.domain import regions as region_codes
from tagana_desk.domain.dates import MONTHS, month_bounds, parse_period, to_utc
from tagana_desk.domain.enums import EntryKind, IncidentType, ReceiptStatus
from tagana_desk.domain.errors import ValidationError
from tagana_desk.domain.identity import mask_nik
from tagana_desk.domain.money import format_rupiah
from tagana_desk.domain.roles import Permission
from tagana_desk.services import audit, funds
from tagana_desk.services.context import Actor, require

BATCH = 2000


@dataclass(frozen=True)
class FundSummary:
    fund: str
    name: str
    opening: int
    allocations: int
    paid_by_aid_type: dict[str, int]  # aid type code → amount paid out (receipts issued)
    stipends: int
    reversals: int  # money back in from voided receipts
    closing: int

    @property
    def total_in(self) -> int:
        return self.allocations + self.reversals

    @property
    def total_out(self) -> int:
        return sum(self.paid_by_aid_type.values()) + self.stipends


@dataclass(frozen=True)
class LpjSummary:
    period: str
    month_label: str
    first_day: dt.date
    last_day: dt.date
    fund_filter: str | None
    funds: tuple[FundSummary, ...]
    incidents: int
    households_served: int
    persons_served: int
    receipts_issued: int
    receipts_voided: int  # voided during the month (reversal entries)
    beneficiary_total: int
    stipend_total: int
    full_nik: bool
    problems: tuple[str, ...] = field(default_factory=tuple)

    @property
    def reconciled(self) -> bool:
        return not self.problems

    def totals(self) -> dict:
        """Plain totals for ``--json`` and the LPJ record."""
        return {
            "period": self.period,
            "funds": {
                f.fund: {"opening": f.opening, "in": f.total_in, "out": f.total_out, "closing": f.closing,
                         "allocations": f.allocations, "reversals": f.reversals, "stipends": f.stipends,
                         "paid_by_aid_type": f.paid_by_aid_type}
                for f in self.funds
            },
            "beneficiary_total": self.beneficiary_total, "stipend_total": self.stipend_total,
            "receipts_issued": self.receipts_issued, "receipts_voided": self.receipts_voided,
            "incidents": self.incidents, "households_served": self.households_served,
            "persons_served": self.persons_served,
        }  # fmt: skip


@dataclass(frozen=True)
class BkuRow:
    fund: str
    entry_date: dt.date
    proof_number: str
    description: str
    amount_in: int
    amount_out: int
    balance: int


@dataclass(frozen=True)
class BeneficiaryRow:
    receipt_number: str
    issue_date: dt.date
    name: str
    nik: str
    desa: str
    kecamatan: str
    kecamatan_code: str
    incident: str
    aid_type: str
    aid_name: str
    kind: str
    amount: int
    status: str  # "Sah" / "Batal"
    persons: int


@dataclass(frozen=True)
class StipendRow:
    receipt_number: str
    pay_date: dt.date
    name: str
    nik: str
    nia: str
    type_code: str
    kecamatan: str
    gross: int
    tax: int
    net: int
    status: str


@dataclass(frozen=True)
class IncidentRow:
    id: int
    date: dt.date
    type_label: str
    title: str
    kecamatan: str
    desa: str
    households: int
    persons: int
    paid: int


# --------------------------------------------------------------------------- figures


def _funds(session: Session, fund_code: str | None) -> list[Fund]:
    if fund_code:
        return [funds.get_fund(session, fund_code)]
    return list(session.execute(select(Fund).order_by(Fund.code)).scalars())


def _sum(session: Session, *conditions) -> int:
    return int(session.execute(
        select(func.coalesce(func.sum(LedgerEntry.amount), 0)).where(*conditions)
    ).scalar_one())  # fmt: skip


def _fund_summary(session: Session, fund: Fund, first: dt.date, last: dt.date) -> FundSummary:
    in_month = and_(LedgerEntry.fund_id == fund.id, LedgerEntry.entry_date >= first,
                    LedgerEntry.entry_date <= last)  # fmt: skip
    opening = _sum(session, LedgerEntry.fund_id == fund.id, LedgerEntry.entry_date < first)
    allocations = _sum(session, in_month, LedgerEntry.kind == EntryKind.ALLOCATION)
    stipends = -_sum(session, in_month, LedgerEntry.kind == EntryKind.STIPEND)
    reversals = _sum(session, in_month, LedgerEntry.kind == EntryKind.REVERSAL)
    by_type = dict(session.execute(
        select(AidType.code, -func.sum(LedgerEntry.amount))
        .join(Disbursement, Disbursement.id == LedgerEntry.disbursement_id)
        .join(AidType, AidType.id == Disbursement.aid_type_id)
        .where(in_month, LedgerEntry.kind == EntryKind.DISBURSEMENT)
        .group_by(AidType.code).order_by(AidType.code)
    ).all())  # fmt: skip
    closing = _sum(session, LedgerEntry.fund_id == fund.id, LedgerEntry.entry_date <= last)
    return FundSummary(fund.code, fund.name, opening, allocations, {k: int(v) for k, v in by_type.items()},
                       stipends, reversals, closing)  # fmt: skip


def _receipt_filter(fund_ids: list[int], first: dt.date, last: dt.date):
    return and_(
        Receipt.fund_id.in_(fund_ids), Receipt.issue_date >= first, Receipt.issue_date <= last
    )


def summary(
    session: Session, actor: Actor, period: str, *, fund_code: str | None = None,
    full_nik: bool = False,
) -> LpjSummary:  # fmt: skip
    """The month's figures, reconciled against the ledger (``problems`` names any difference)."""
    require(actor, Permission.VIEW)
    if full_nik:
        require(actor, Permission.EXPORT_FULL_NIK)
    year, month = parse_period(period)
    first, last = month_bounds(year, month)
    fund_rows = _funds(session, fund_code)
    fund_ids = [f.id for f in fund_rows]
    sums = tuple(_fund_summary(session, f, first, last) for f in fund_rows)
    receipts_in_month = _receipt_filter(fund_ids, first, last)
    beneficiary_total = int(session.execute(
        select(func.coalesce(func.sum(Receipt.amount), 0)).where(receipts_in_month, Receipt.disbursement_id.is_not(None))
    ).scalar_one())  # fmt: skip
    stipend_total = int(session.execute(
        select(func.coalesce(func.sum(Receipt.amount), 0)).where(receipts_in_month, Receipt.stipend_payment_id.is_not(None))
    ).scalar_one())  # fmt: skip
    issued = session.execute(select(func.count(Receipt.id)).where(receipts_in_month)).scalar_one()
    in_month = and_(
        LedgerEntry.fund_id.in_(fund_ids),
        LedgerEntry.entry_date >= first,
        LedgerEntry.entry_date <= last,
    )
    out_entries = session.execute(select(func.count(LedgerEntry.id)).where(
        in_month, LedgerEntry.kind.in_([EntryKind.DISBURSEMENT, EntryKind.STIPEND]))).scalar_one()  # fmt: skip
    voided = session.execute(select(func.count(LedgerEntry.id)).where(
        in_month, LedgerEntry.kind == EntryKind.REVERSAL)).scalar_one()  # fmt: skip
    # Each reversal of the month must belong to a receipt that is marked voided.
    voided_receipts = session.execute(select(func.count(func.distinct(Receipt.id))).where(
        Receipt.fund_id.in_(fund_ids), Receipt.status == ReceiptStatus.VOIDED,
        Receipt.number.in_(select(LedgerEntry.proof_number).where(in_month, LedgerEntry.kind == EntryKind.REVERSAL)),
    )).scalar_one()  # fmt: skip
    served = session.execute(
        select(func.count(func.distinct(Disbursement.household_id)))
        .join(Receipt, Receipt.disbursement_id == Disbursement.id)
        .where(receipts_in_month, Receipt.status == ReceiptStatus.VALID)
    ).scalar_one()  # fmt: skip
    persons = session.execute(
        select(func.coalesce(func.sum(Household.persons), 0)).where(Household.id.in_(
            select(Disbursement.household_id).join(Receipt, Receipt.disbursement_id == Disbursement.id)
            .where(receipts_in_month, Receipt.status == ReceiptStatus.VALID)
        ))
    ).scalar_one()  # fmt: skip
    incidents = session.execute(select(func.count(Incident.id)).where(
        Incident.occurred_at >= to_utc(first), Incident.occurred_at < to_utc(last + dt.timedelta(days=1)))).scalar_one()  # fmt: skip

    problems: list[str] = []
    for f in sums:
        if f.opening + f.total_in - f.total_out != f.closing:
            diff = f.opening + f.total_in - f.total_out - f.closing
            problems.append(
                f"Dana {f.fund}: saldo awal + masuk − keluar ≠ saldo akhir (selisih {format_rupiah(diff)})."
            )
    bku_paid = sum(sum(f.paid_by_aid_type.values()) for f in sums)
    if beneficiary_total != bku_paid:
        problems.append(f"Jumlah daftar penerima {format_rupiah(beneficiary_total)} ≠ pengeluaran bantuan di BKU "
                        f"{format_rupiah(bku_paid)} (selisih {format_rupiah(beneficiary_total - bku_paid)}).")  # fmt: skip
    bku_stipends = sum(f.stipends for f in sums)
    if stipend_total != bku_stipends:
        problems.append(f"Jumlah daftar honor {format_rupiah(stipend_total)} ≠ pengeluaran honor di BKU "
                        f"{format_rupiah(bku_stipends)}.")  # fmt: skip
    if issued != out_entries:
        problems.append(
            f"Kuitansi terbit bulan ini {issued} ≠ entri pengeluaran BKU {out_entries}."
        )
    if voided_receipts != voided:
        problems.append(
            f"Kuitansi dibatalkan bulan ini {voided_receipts} ≠ entri pembalikan BKU {voided}."
        )
    return LpjSummary(
        period, f"{MONTHS[month - 1]} {year}", first, last, fund_code.upper() if fund_code else None, sums,
        incidents, int(served), int(persons), issued, voided, beneficiary_total, stipend_total, full_nik,
        tuple(problems),
    )  # fmt: skip


def require_reconciled(report: LpjSummary) -> None:
    if report.problems:
        raise ValidationError(
            "LPJ tidak dibuat karena angka tidak cocok dengan buku kas: "
            + " ".join(report.problems)
        )


# --------------------------------------------------------------------------- rows (streamed)


def bku_rows(session: Session, report: LpjSummary) -> Iterator[BkuRow]:
    """BKU lines of the month per fund, with the running balance from the opening balance."""
    for f in report.funds:
        fund = funds.get_fund(session, f.fund)
        balance = f.opening
        last_id, last_date = 0, report.first_day
        while True:
            rows = session.execute(
                select(LedgerEntry.id, LedgerEntry.entry_date, LedgerEntry.proof_number, LedgerEntry.description,
                       LedgerEntry.amount)
                .where(LedgerEntry.fund_id == fund.id, LedgerEntry.entry_date <= report.last_day,
                       ((LedgerEntry.entry_date > last_date)
                        | ((LedgerEntry.entry_date == last_date) & (LedgerEntry.id > last_id))))
                .order_by(LedgerEntry.entry_date, LedgerEntry.id).limit(BATCH)
            ).all()  # fmt: skip
            if not rows:
                break
            for entry_id, day, proof, description, amount in rows:
                balance += amount
                yield BkuRow(
                    f.fund, day, proof, description, max(amount, 0), max(-amount, 0), balance
                )
                last_id, last_date = entry_id, day


def beneficiary_rows(session: Session, report: LpjSummary) -> Iterator[BeneficiaryRow]:
    fund_ids = [funds.get_fund(session, f.fund).id for f in report.funds]
    last_id = 0
    cond = _receipt_filter(fund_ids, report.first_day, report.last_day)
    while True:
        rows = session.execute(
            select(Receipt.id, Receipt.number, Receipt.issue_date, Receipt.amount, Receipt.status,
                   Household.head_name, Household.nik, Household.desa_code, Household.persons, Incident.title,
                   AidType.code, AidType.name, AidType.kind)
            .join(Disbursement, Disbursement.id == Receipt.disbursement_id)
            .join(Household, Household.id == Disbursement.household_id)
            .join(Incident, Incident.id == Disbursement.incident_id)
            .join(AidType, AidType.id == Disbursement.aid_type_id)
            .where(cond, Receipt.id > last_id).order_by(Receipt.id).limit(BATCH)
        ).all()  # fmt: skip
        if not rows:
            return
        for (
            rid,
            number,
            day,
            amount,
            status,
            name,
            nik,
            desa_code,
            persons,
            title,
            code,
            aid_name,
            kind,
        ) in rows:
            last_id = rid
            desa = region_codes.get_region(desa_code)
            kec_code = desa.parent_code if desa else ""
            yield BeneficiaryRow(
                number, day, name, nik if report.full_nik else mask_nik(nik), desa.name if desa else "",
                region_codes.region_name(kec_code) or "" if kec_code else "", kec_code or "", title, code,
                aid_name, "Tunai" if kind == "cash" else "Barang", amount,
                "Sah" if status == ReceiptStatus.VALID else "Batal", persons,
            )  # fmt: skip


def stipend_rows(session: Session, report: LpjSummary) -> Iterator[StipendRow]:
    fund_ids = [funds.get_fund(session, f.fund).id for f in report.funds]
    cond = _receipt_filter(fund_ids, report.first_day, report.last_day)
    rows = session.execute(
        select(Receipt.number, Receipt.issue_date, Receipt.status, Volunteer.name, Volunteer.nik, Volunteer.nia,
               VolunteerType.code, Volunteer.kecamatan_code, StipendPayment.gross, StipendPayment.tax,
               StipendPayment.net)
        .join(StipendPayment, StipendPayment.id == Receipt.stipend_payment_id)
        .join(Volunteer, Volunteer.id == StipendPayment.volunteer_id)
        .join(VolunteerType, VolunteerType.id == Volunteer.volunteer_type_id)
        .where(cond).order_by(Receipt.id)
    ).yield_per(BATCH)  # fmt: skip
    for number, day, status, name, nik, nia, code, kec, gross, tax, net in rows:
        yield StipendRow(number, day, name, nik if report.full_nik else mask_nik(nik), nia, code,
                         region_codes.region_name(kec) or "" if kec else "", gross, tax, net,
                         "Sah" if status == ReceiptStatus.VALID else "Batal")  # fmt: skip


def incident_rows(session: Session, report: LpjSummary) -> Iterator[IncidentRow]:
    """Incidents of the month, and older ones that received payments during it."""
    fund_ids = [funds.get_fund(session, f.fund).id for f in report.funds]
    paid = (
        select(Disbursement.incident_id, func.sum(Receipt.amount).label("paid"))
        .join(Receipt, Receipt.disbursement_id == Disbursement.id)
        .where(_receipt_filter(fund_ids, report.first_day, report.last_day), Receipt.status == ReceiptStatus.VALID)
        .group_by(Disbursement.incident_id).subquery()
    )  # fmt: skip
    counts = (
        select(Household.incident_id, func.count(Household.id).label("n"), func.sum(Household.persons).label("p"))
        .where(Household.merged_into_id.is_(None)).group_by(Household.incident_id).subquery()
    )  # fmt: skip
    start, end = to_utc(report.first_day), to_utc(report.last_day + dt.timedelta(days=1))
    rows = session.execute(
        select(Incident, func.coalesce(counts.c.n, 0), func.coalesce(counts.c.p, 0), func.coalesce(paid.c.paid, 0))
        .outerjoin(counts, counts.c.incident_id == Incident.id)
        .outerjoin(paid, paid.c.incident_id == Incident.id)
        .where(((Incident.occurred_at >= start) & (Incident.occurred_at < end)) | paid.c.paid.is_not(None))
        .order_by(Incident.occurred_at, Incident.id)
    ).all()  # fmt: skip
    from tagana_desk.domain.dates import local_date

    for inc, n, p, amount in rows:
        yield IncidentRow(inc.id, local_date(inc.occurred_at), IncidentType(inc.type).label, inc.title,
                          region_codes.region_name(inc.kecamatan_code) or "",
                          region_codes.region_name(inc.desa_code) or "" if inc.desa_code else "",
                          int(n), int(p), int(amount))  # fmt: skip


@dataclass(frozen=True)
class ThreeWRow:
    """HXL 3W line: kecamatan × aid type (no personal data)."""

    kabupaten: str
    kecamatan_code: str
    kecamatan: str
    sector: str
    households: int
    persons: int
    amount: int


def three_w_rows(session: Session, report: LpjSummary) -> list[ThreeWRow]:
    """Valid aid of the month aggregated by kecamatan × aid type (distinct households, persons)."""
    fund_ids = [funds.get_fund(session, f.fund).id for f in report.funds]
    desa_parent = func.substr(Household.desa_code, 1, 8)
    rows = session.execute(
        select(desa_parent, AidType.name, func.count(func.distinct(Household.id)),
               func.sum(Receipt.amount))
        .join(Disbursement, Disbursement.id == Receipt.disbursement_id)
        .join(Household, Household.id == Disbursement.household_id)
        .join(AidType, AidType.id == Disbursement.aid_type_id)
        .where(_receipt_filter(fund_ids, report.first_day, report.last_day), Receipt.status == ReceiptStatus.VALID)
        .group_by(desa_parent, AidType.name).order_by(desa_parent, AidType.name)
    ).all()  # fmt: skip
    out = []
    for kec_code, sector, households, amount in rows:
        persons = session.execute(
            select(func.coalesce(func.sum(Household.persons), 0)).where(Household.id.in_(
                select(Disbursement.household_id)
                .join(Receipt, Receipt.disbursement_id == Disbursement.id)
                .join(AidType, AidType.id == Disbursement.aid_type_id)
                .join(Household, Household.id == Disbursement.household_id)
                .where(_receipt_filter(fund_ids, report.first_day, report.last_day),
                       Receipt.status == ReceiptStatus.VALID, AidType.name == sector,
                       func.substr(Household.desa_code, 1, 8) == kec_code)
            ))
        ).scalar_one()  # fmt: skip
        kab = region_codes.get_region(kec_code[:5])
        out.append(ThreeWRow(kab.name if kab else "", kec_code, region_codes.region_name(kec_code) or "",
                             sector, int(households), int(persons), int(amount)))  # fmt: skip
    return out


# --------------------------------------------------------------------------- the record


def record(session: Session, actor: Actor, report: LpjSummary, files: dict[str, str]) -> int:
    """Store that the LPJ of a month was produced (bendahara); audited. Returns the record id."""
    require(actor, Permission.PRODUCE_LPJ)
    require_reconciled(report)
    fund_id = funds.get_fund(session, report.fund_filter).id if report.fund_filter else None
    row = LpjReport(period=report.period, fund_id=fund_id, generated_by=actor.user_id,
                    totals_json=json.dumps(report.totals(), sort_keys=True), files_json=json.dumps(files, sort_keys=True))  # fmt: skip
    session.add(row)
    session.flush()
    audit.record(session, actor, "lpj", "lpj_report", row.id, after={
        "period": report.period, "fund": report.fund_filter or "semua", "files": files,
        "full_nik": report.full_nik, "closing": {f.fund: f.closing for f in report.funds},
    }, reason="LPJ dengan NIK lengkap" if report.full_nik else "")  # fmt: skip
    return row.id


def latest_lpj(session: Session, period: str) -> LpjReport | None:
    return session.execute(
        select(LpjReport).where(LpjReport.period == period).order_by(LpjReport.id.desc()).limit(1)
    ).scalar_one_or_none()


def has_lpj(session: Session, period: str) -> bool:
    return (
        session.execute(select(LpjReport.id).where(LpjReport.period == period).limit(1)).first()
        is not None
    )
