"""Monthly stipends (honor / tali asih) of volunteers, paid from the stipend fund.

A run pays every volunteer active in the month who has not been paid for it yet, all or nothing,
with a receipt each; running it again pays nobody twice (also from two desks at once: the fund
lock serialises runs and a unique index backs it). The fund pays the gross; an optional tax rule
per volunteer type withholds part of it (whole rupiah).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from tagana_desk.db.base import utcnow
from tagana_desk.db.models import (
    Deployment,
    Fund,
    LedgerEntry,
    OfficeProfile,
    Receipt,
    StipendPayment,
    StipendRun,
    Volunteer,
    VolunteerRate,
    VolunteerType,
)
from tagana_desk.domain import regions as region_codes
from tagana_desk.domain.dates import MONTHS, month_bounds, parse_period
from tagana_desk.domain.enums import AidKind, EntryKind, StipendStatus
from tagana_desk.domain.errors import ValidationError
from tagana_desk.domain.identity import mask_nik
from tagana_desk.domain.money import format_rupiah, percent_of
from tagana_desk.domain.roles import Permission
from tagana_desk.services import audit, funds, periods, receipts
from tagana_desk.services.context import Actor, require
from tagana_desk.services.volunteers import active_in_month_condition, rate_on


@dataclass(frozen=True)
class StipendLine:
    volunteer_id: int
    name: str
    nik: str  # masked
    nia: str
    type_code: str
    kecamatan_name: str
    monthly_amount: int
    deployment_days: int
    deployment_amount: int
    gross: int
    tax: int
    net: int
    action: str  # "bayar", "sudah", "lewati"
    reason: str


@dataclass(frozen=True)
class StipendPreview:
    period: str
    fund_code: str
    lines: tuple[StipendLine, ...]
    to_pay: int
    already_paid: int
    skipped: int
    total_gross: int
    total_tax: int
    total_net: int
    available: int

    @property
    def shortfall(self) -> int:
        return max(0, self.total_gross - self.available)


def tax_for(gross: int, rate: VolunteerRate | None) -> int:
    """Withholding: ``tax_rate_bp`` of ``tax_base_bp`` of the gross, each step rounded half up."""
    if rate is None or not rate.tax_rate_bp:
        return 0
    return percent_of(percent_of(gross, rate.tax_base_bp), rate.tax_rate_bp)


def _fund(session: Session) -> Fund:
    profile = session.get(OfficeProfile, 1)
    return funds.get_fund(session, profile.stipend_fund_code if profile else "HONOR")


def _deployment_days(
    session: Session, volunteer_id: int, first: dt.date, last: dt.date
) -> tuple[int, list[Deployment]]:
    rows = session.execute(select(Deployment).where(
        Deployment.volunteer_id == volunteer_id, Deployment.stipend_payment_id.is_(None),
        Deployment.start_date <= last, Deployment.end_date >= first,
    )).scalars().all()  # fmt: skip
    days = sum((min(d.end_date, last) - max(d.start_date, first)).days + 1 for d in rows)
    return days, list(rows)


def _lines(
    session: Session, period: str
) -> list[tuple[Volunteer, StipendLine, VolunteerRate | None, list]]:
    first, last = month_bounds(*parse_period(period))
    volunteers = session.execute(
        select(Volunteer).where(active_in_month_condition(first, last)).order_by(Volunteer.name, Volunteer.id)
    ).scalars().all()  # fmt: skip
    paid = set(session.execute(
        select(StipendPayment.volunteer_id).where(
            StipendPayment.period == period, StipendPayment.status == StipendStatus.PAID)
    ).scalars())  # fmt: skip
    types = {t.id: t for t in session.execute(select(VolunteerType)).scalars()}
    out = []
    for v in volunteers:
        vtype = types[v.volunteer_type_id]
        rate = rate_on(session, vtype.id, first)
        kec = region_codes.region_name(v.kecamatan_code) if v.kecamatan_code else ""
        base = dict(volunteer_id=v.id, name=v.name, nik=mask_nik(v.nik), nia=v.nia, type_code=vtype.code,
                    kecamatan_name=kec or "")  # fmt: skip
        if v.id in paid:
            out.append((v, StipendLine(**base, monthly_amount=0, deployment_days=0, deployment_amount=0,
                                       gross=0, tax=0, net=0, action="sudah", reason="Sudah dibayar"), rate, []))  # fmt: skip
            continue
        if not v.active and v.left_on is None:
            out.append((v, StipendLine(**base, monthly_amount=0, deployment_days=0, deployment_amount=0,
                                       gross=0, tax=0, net=0, action="lewati",
                                       reason="Nonaktif tanpa tanggal keluar"), rate, []))  # fmt: skip
            continue
        if rate is None:
            out.append((v, StipendLine(**base, monthly_amount=0, deployment_days=0, deployment_amount=0,
                                       gross=0, tax=0, net=0, action="lewati",
                                       reason=f"Belum ada tarif honor {vtype.code}"), rate, []))  # fmt: skip
            continue
        days, deployments = _deployment_days(session, v.id, first, last)
        allowance = days * rate.daily_deployment_allowance
        gross = rate.monthly_amount + allowance
        if gross <= 0:
            out.append((v, StipendLine(**base, monthly_amount=0, deployment_days=days, deployment_amount=0,
                                       gross=0, tax=0, net=0, action="lewati", reason="Honor Rp0"), rate, []))  # fmt: skip
            continue
        tax = tax_for(gross, rate)
        out.append((v, StipendLine(**base, monthly_amount=rate.monthly_amount, deployment_days=days,
                                   deployment_amount=allowance, gross=gross, tax=tax, net=gross - tax,
                                   action="bayar", reason=""), rate,
                    deployments if rate.daily_deployment_allowance else []))  # fmt: skip
    return out


def preview(session: Session, actor: Actor, period: str) -> StipendPreview:
    require(actor, Permission.VIEW)
    lines = _lines(session, period)
    fund = _fund(session)
    pay = [line for _, line, _, _ in lines if line.action == "bayar"]
    return StipendPreview(
        period, fund.code, tuple(line for _, line, _, _ in lines), len(pay),
        sum(1 for _, line, _, _ in lines if line.action == "sudah"),
        sum(1 for _, line, _, _ in lines if line.action == "lewati"),
        sum(x.gross for x in pay), sum(x.tax for x in pay), sum(x.net for x in pay),
        funds.balance(session, fund.code).available,
    )  # fmt: skip


@dataclass(frozen=True)
class RunResult:
    period: str
    paid: int
    skipped: int
    total: int  # gross paid from the fund
    total_net: int
    receipts: tuple[str, ...]
    run_id: int | None


def run(
    session: Session, actor: Actor, period: str, *, pay_date: dt.date | None = None,
    today: dt.date | None = None,
) -> RunResult:  # fmt: skip
    """Pay the month's stipends (bendahara): everyone active and not yet paid, all or nothing."""
    require(actor, Permission.RUN_STIPENDS)
    year, month = parse_period(period)
    first, last = month_bounds(year, month)
    today = today or dt.date.today()
    if first > today:
        raise ValidationError(
            f"Honor {MONTHS[month - 1]} {year} belum dapat dibayar (bulan belum mulai).", "bulan"
        )
    pay_date = pay_date or min(today, last)
    if pay_date > today:
        raise ValidationError("Tanggal bayar tidak boleh di masa depan.", "tanggal")
    periods.assert_open(session, pay_date)
    fund = _fund(session)
    # Lock first: a second desk running the same month waits here, then finds everyone paid.
    funds.lock_and_check(session, fund, 0)
    lines = _lines(session, period)
    to_pay = [(v, line, rate, deps) for v, line, rate, deps in lines if line.action == "bayar"]
    skipped = len(lines) - len(to_pay)
    total = sum(line.gross for _, line, _, _ in to_pay)
    if not to_pay:
        return RunResult(period, 0, skipped, 0, 0, (), None)
    funds.lock_and_check(session, fund, total)
    run_row = StipendRun(period=period, run_by=actor.user_id, pay_date=pay_date, paid_count=len(to_pay),
                         total_net=sum(line.net for _, line, _, _ in to_pay))  # fmt: skip
    session.add(run_row)
    session.flush()
    numbers = []
    types = {t.id: t for t in session.execute(select(VolunteerType)).scalars()}
    label = f"{MONTHS[month - 1]} {year}"
    for v, line, rate, deployments in to_pay:
        payment = StipendPayment(
            run_id=run_row.id, volunteer_id=v.id, period=period, fund_id=fund.id,
            volunteer_rate_id=rate.id if rate else None, monthly_amount=line.monthly_amount,
            deployment_days=line.deployment_days, deployment_amount=line.deployment_amount,
            gross=line.gross, tax=line.tax, net=line.net, pay_date=pay_date,
            status=StipendStatus.PAID, paid_at=utcnow(),
        )  # fmt: skip
        session.add(payment)
        session.flush()
        for d in deployments:
            d.stipend_payment_id = payment.id
        vtype = types[v.volunteer_type_id]
        purpose = f"Honor {vtype.name} bulan {label}"
        if line.deployment_amount:
            purpose += f", termasuk uang penugasan {line.deployment_days} hari"
        if line.tax:
            purpose += f" (bruto {format_rupiah(line.gross)}, potongan {format_rupiah(line.tax)}, " \
                       f"diterima bersih {format_rupiah(line.net)})"  # fmt: skip
        labels = region_codes.area_labels(v.kecamatan_code)
        address = f"{labels.kecamatan} {line.kecamatan_name}" if line.kecamatan_name else ""
        receipt = receipts.issue(
            session, actor, fund, pay_date, line.gross, AidKind.CASH, recipient_name=v.name,
            recipient_nik=v.nik, recipient_address=address, purpose=purpose, stipend_payment_id=payment.id,
        )  # fmt: skip
        session.add(LedgerEntry(
            fund_id=fund.id, entry_date=pay_date, kind=EntryKind.STIPEND, amount=-line.gross,
            proof_number=receipt.number, description=f"Honor {vtype.code} {label} — {v.name}"[:400],
            stipend_payment_id=payment.id, created_by=actor.user_id,
        ))  # fmt: skip
        numbers.append(receipt.number)
    session.flush()
    audit.record(session, actor, "stipend_run", "stipend_run", run_row.id, after={
        "period": period, "paid": len(to_pay), "gross": total, "fund": fund.code,
        "first_receipt": numbers[0], "last_receipt": numbers[-1],
    })  # fmt: skip
    return RunResult(
        period, len(to_pay), skipped, total, run_row.total_net, tuple(numbers), run_row.id
    )


# --------------------------------------------------------------------------- payment list


@dataclass(frozen=True)
class PaymentListRow:
    no: int
    name: str
    nia: str
    type_code: str
    kecamatan_name: str
    gross: int
    tax: int
    net: int
    receipt_number: str
    bank: str


@dataclass(frozen=True)
class PaymentList:
    """Daftar penerimaan honor of a month (every paid, not voided, payment)."""

    period: str
    month_label: str
    fund_code: str
    rows: tuple[PaymentListRow, ...]
    total_gross: int
    total_tax: int
    total_net: int
    pay_date: dt.date | None


def payment_list(session: Session, actor: Actor, period: str) -> PaymentList:
    require(actor, Permission.VIEW)
    year, month = parse_period(period)
    rows = session.execute(
        select(StipendPayment, Volunteer, VolunteerType.code, Receipt.number)
        .join(Volunteer, Volunteer.id == StipendPayment.volunteer_id)
        .join(VolunteerType, VolunteerType.id == Volunteer.volunteer_type_id)
        .join(Receipt, Receipt.stipend_payment_id == StipendPayment.id)
        .where(and_(StipendPayment.period == period, StipendPayment.status == StipendStatus.PAID))
        .order_by(VolunteerType.code, Volunteer.name, Volunteer.id)
    ).all()
    out = []
    for i, (p, v, code, number) in enumerate(rows, start=1):
        kec = region_codes.region_name(v.kecamatan_code) if v.kecamatan_code else ""
        bank = " ".join(x for x in (v.bank_name, v.bank_account) if x)
        out.append(
            PaymentListRow(i, v.name, v.nia, code, kec or "", p.gross, p.tax, p.net, number, bank)
        )
    return PaymentList(
        period, f"{MONTHS[month - 1]} {year}", _fund(session).code, tuple(out),
        sum(r.gross for r in out), sum(r.tax for r in out), sum(r.net for r in out),
        max((p.pay_date for p, *_ in rows), default=None),
    )  # fmt: skip


def receipt_numbers(session: Session, period: str) -> list[str]:
    """Receipts of a month's stipends (for printing one per volunteer on request)."""
    return list(session.execute(
        select(Receipt.number).join(StipendPayment, StipendPayment.id == Receipt.stipend_payment_id)
        .where(StipendPayment.period == period).order_by(Receipt.seq)
    ).scalars())  # fmt: skip


@dataclass(frozen=True)
class PaymentListDocument:
    """What the printed daftar penerimaan shows: the list, the letterhead and the signers."""

    listing: PaymentList
    government: str
    office_name: str
    office_address: str
    logo_png: bytes | None
    title: str
    place: str
    sign_date: dt.date
    total_net_words: str
    treasurer: receipts.Signer
    acknowledger: receipts.Signer | None


def payment_list_document(session: Session, listing: PaymentList) -> PaymentListDocument:
    from tagana_desk.domain.enums import SignatoryRole
    from tagana_desk.domain.terbilang import terbilang_rupiah
    from tagana_desk.services import office

    info = office.get_office(session)
    profile = session.get(OfficeProfile, 1)
    treasurer = office.signatory_for(session, SignatoryRole.BENDAHARA)
    head = office.signatory_for(session, SignatoryRole.KEPALA_DINAS)
    office_title = " ".join(info.name.split()).title() or "Dinas Sosial"
    kab = info.kabupaten_name
    return PaymentListDocument(
        listing=listing, government=info.government, office_name=info.name,
        office_address=info.address, logo_png=profile.logo_png if profile else None,
        title=f"DAFTAR PENERIMAAN HONOR RELAWAN BULAN {listing.month_label.upper()}",
        place=info.city or kab.replace("Kabupaten ", "").replace("Kota ", ""),
        sign_date=listing.pay_date or dt.date.today(),
        total_net_words=terbilang_rupiah(listing.total_net),
        treasurer=receipts.Signer("Bendahara Pengeluaran", treasurer.name if treasurer else "",
                                  treasurer.nip if treasurer else ""),
        acknowledger=receipts.Signer(f"Mengetahui,\nKepala {office_title} {kab}".strip(), head.name,
                                     head.nip) if head else None,
    )  # fmt: skip
