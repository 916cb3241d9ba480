"""Paying aid (penyaluran) from a fund: one household, or a batch for an incident and aid type.

Rules: a household gets an aid type at most once per incident; the amount follows the aid type's
rate on the payment date (a manual amount needs a reason and is audited); a payment above the
approval threshold waits for the kepala as a commitment that reserves money; and nothing is
written when the fund's available balance cannot cover it — also with several desks at once
(``funds.lock_and_check``). A batch pays all or nothing.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tagana_desk.db.base import utcnow
from tagana_desk.db.models import (
    AidType,
    Approval,
    Casualty,
    Disbursement,
    DisbursementItem,
    Fund,
    Household,
    Incident,
    LedgerEntry,
    OfficeProfile,
    Receipt,
)
from tagana_desk.domain import regions as region_codes
from tagana_desk.domain.enums import (
    AidBasis,
    AidKind,
    ApprovalDecision,
    CasualtyKind,
    DamageLevel,
    DisbursementStatus,
    Eligibility,
    EntryKind,
    IncidentType,
    ReceiptStatus,
)
from tagana_desk.domain.errors import ConflictError, NotFoundError, ValidationError
from tagana_desk.domain.identity import mask_nik
from tagana_desk.domain.money import format_rupiah, parse_rupiah
from tagana_desk.domain.roles import Permission
from tagana_desk.services import aid, audit, funds, periods, receipts
from tagana_desk.services.context import Actor, require
from tagana_desk.services.households import DAMAGE_LABELS

LIVE = (DisbursementStatus.DRAFT, DisbursementStatus.PENDING_APPROVAL, DisbursementStatus.PAID)
MAX_DAYS = 90

STATUS_LABELS = {
    DisbursementStatus.DRAFT: "Draf",
    DisbursementStatus.PENDING_APPROVAL: "Menunggu persetujuan",
    DisbursementStatus.PAID: "Dibayar",
    DisbursementStatus.REJECTED: "Ditolak",
    DisbursementStatus.VOIDED: "Dibatalkan",
}


# --------------------------------------------------------------------------- computing


@dataclass(frozen=True)
class Computation:
    """The standard amount for a household and how it was computed, or why it is not eligible."""

    eligible: bool
    reason: str
    amount: int
    text: str  # "5 jiwa × 7 hari × Rp15.000 = Rp525.000"
    rate: int | None
    days: int | None
    items: tuple[aid.ItemInfo, ...] = ()


class _Lookups:
    """Rates, in-kind items and casualty counts, fetched once for a whole batch."""

    def __init__(self, session: Session, aid_type: AidType, on: dt.date,
                 household_ids: list[int] | None = None) -> None:  # fmt: skip
        self.session, self.aid_type, self.on = session, aid_type, on
        self._rates: dict[DamageLevel | None, object] = {}
        self._items: dict[DamageLevel | None, tuple] = {}
        self.casualties: dict[tuple[int, str], int] | None = None
        if household_ids is not None:
            self.casualties = {}
            for i in range(0, len(household_ids), 500):
                for hid, kind, n in session.execute(
                    select(Casualty.household_id, Casualty.kind, func.count(Casualty.id))
                    .where(Casualty.household_id.in_(household_ids[i : i + 500]))
                    .group_by(Casualty.household_id, Casualty.kind)
                ):  # fmt: skip
                    self.casualties[(hid, CasualtyKind(kind).value)] = n

    def rate(self, damage: DamageLevel | None):
        if damage not in self._rates:
            self._rates[damage] = aid.rate_on(self.session, self.aid_type.id, self.on, damage)
        return self._rates[damage]

    def items(self, damage: DamageLevel | None) -> tuple:
        if damage not in self._items:
            self._items[damage] = tuple(
                aid.items_on(self.session, self.aid_type.id, self.on, damage)
            )
        return self._items[damage]

    def count(self, household_id: int, kind: CasualtyKind) -> int:
        if self.casualties is not None:
            return self.casualties.get((household_id, kind.value), 0)
        return _casualties(self.session, household_id, kind)


def _casualties(session: Session, household_id: int, kind: CasualtyKind) -> int:
    return session.execute(
        select(func.count(Casualty.id)).where(
            Casualty.household_id == household_id, Casualty.kind == kind
        )
    ).scalar_one()


def _eligible(lookups: _Lookups, hh: Household, rule: Eligibility) -> tuple[bool, str]:
    damage = DamageLevel(hh.damage)
    if rule == Eligibility.ALL:
        return True, ""
    if rule == Eligibility.DISPLACED_OR_RB:
        return (
            hh.displaced or damage == DamageLevel.RB
        ), "tidak mengungsi dan rumah tidak rusak berat"
    if rule == Eligibility.HAS_DEATH:
        return lookups.count(hh.id, CasualtyKind.DEATH) > 0, "tidak ada korban meninggal tercatat"
    if rule == Eligibility.HAS_INJURY:
        return lookups.count(
            hh.id, CasualtyKind.SERIOUS_INJURY
        ) > 0, "tidak ada korban luka berat tercatat"
    if rule == Eligibility.RB_OR_RS:
        return damage in (DamageLevel.RB, DamageLevel.RS), f"rumah {DAMAGE_LABELS[damage].lower()}"
    if rule == Eligibility.RB:
        return damage == DamageLevel.RB, f"rumah {DAMAGE_LABELS[damage].lower()}"
    if rule == Eligibility.DAMAGED:
        return damage in (
            DamageLevel.RB,
            DamageLevel.RS,
            DamageLevel.RR,
        ), f"rumah {DAMAGE_LABELS[damage].lower()}"
    raise AssertionError(rule)


def compute(
    session: Session,
    hh: Household,
    aid_type: AidType,
    on: dt.date,
    days: int | None = None,
    lookups: _Lookups | None = None,
) -> Computation:
    lookups = lookups or _Lookups(session, aid_type, on)
    basis = AidBasis(aid_type.basis)
    ok, why = _eligible(lookups, hh, Eligibility(aid_type.eligibility))
    if not ok:
        return Computation(False, f"Tidak memenuhi syarat: {why}.", 0, "", None, None)
    if basis == AidBasis.MANUAL:
        return Computation(True, "", 0, "nilai manual", None, None)
    damage = DamageLevel(hh.damage) if basis == AidBasis.BY_DAMAGE else None
    rate_row = lookups.rate(damage)
    if rate_row is None:
        return Computation(False, f"Belum ada tarif {aid_type.code} yang berlaku pada {on:%d/%m/%Y}.",
                           0, "", None, None)  # fmt: skip
    rate = rate_row.amount
    items = lookups.items(damage) if AidKind(aid_type.kind) == AidKind.IN_KIND else ()
    if basis == AidBasis.PER_PERSON_DAY:
        days = days or aid_type.default_days or 7
        if not 1 <= days <= MAX_DAYS:
            raise ValidationError(f"Jumlah hari harus 1–{MAX_DAYS}.", "hari")
        amount = hh.persons * days * rate
        text = f"{hh.persons} jiwa × {days} hari × {format_rupiah(rate)} = {format_rupiah(amount)}"
        return Computation(True, "", amount, text, rate, days, items)
    if basis in (AidBasis.PER_DEATH, AidBasis.PER_INJURY):
        kind = CasualtyKind.DEATH if basis == AidBasis.PER_DEATH else CasualtyKind.SERIOUS_INJURY
        count = lookups.count(hh.id, kind)
        label = "jiwa meninggal" if kind == CasualtyKind.DEATH else "korban luka berat"
        amount = count * rate
        return Computation(True, "", amount, f"{count} {label} × {format_rupiah(rate)} = {format_rupiah(amount)}",
                           rate, None, items)  # fmt: skip
    if basis == AidBasis.BY_DAMAGE:
        return Computation(True, "", rate, f"Rumah {DAMAGE_LABELS[damage].lower()}: {format_rupiah(rate)}",
                           rate, None, items)  # fmt: skip
    return Computation(True, "", rate, f"1 KK × {format_rupiah(rate)}", rate, None, items)


# --------------------------------------------------------------------------- shared helpers


def _aid_type(session: Session, code: str) -> AidType:
    return aid._get(session, code)  # noqa: SLF001 - same package


def _fund_of(session: Session, aid_type: AidType) -> Fund:
    if aid_type.fund_id:
        fund = session.get(Fund, aid_type.fund_id)
    else:
        profile = session.get(OfficeProfile, 1)
        fund = funds.get_fund(session, profile.disaster_fund_code if profile else "BTT")
    assert fund is not None
    return fund


def _threshold(session: Session) -> int:
    profile = session.get(OfficeProfile, 1)
    return profile.approval_threshold if profile else 5_000_000


def _already(session: Session, household_ids: list[int], aid_type_id: int) -> set[int]:
    found: set[int] = set()
    for i in range(0, len(household_ids), 500):
        chunk = household_ids[i : i + 500]
        found.update(session.execute(
            select(Disbursement.household_id).where(
                Disbursement.household_id.in_(chunk), Disbursement.aid_type_id == aid_type_id,
                Disbursement.status.in_(LIVE),
            )
        ).scalars())  # fmt: skip
    return found


def recipient_address_of(hh: Household) -> str:
    labels = region_codes.area_labels(hh.desa_code)
    desa = region_codes.get_region(hh.desa_code)
    kec = region_codes.get_region(desa.parent_code) if desa and desa.parent_code else None
    parts = []
    if hh.dusun:
        parts.append(f"{labels.dusun} {hh.dusun}")
    if hh.rt or hh.rw:
        parts.append(
            " ".join(
                x for x in (f"RT {hh.rt}" if hh.rt else "", f"RW {hh.rw}" if hh.rw else "") if x
            )
        )
    if desa:
        parts.append(f"{labels.desa} {desa.name}")
    if kec:
        parts.append(f"{labels.kecamatan} {kec.name}")
    return ", ".join(parts)


def payment_purpose(aid_type: AidType, incident: Incident) -> str:
    from tagana_desk.domain.dates import format_date, local_date

    local = local_date(incident.occurred_at)

    place = region_codes.region_name(incident.desa_code or incident.kecamatan_code) or ""
    labels = region_codes.area_labels(incident.kecamatan_code)
    kec = region_codes.region_name(incident.kecamatan_code) or ""
    where = (
        f"{labels.desa} {place}, {labels.kecamatan} {kec}"
        if incident.desa_code
        else f"{labels.kecamatan} {kec}"
    )
    return (f"{aid_type.name} bagi warga terdampak {IncidentType(incident.type).label.lower()} "
            f"({incident.title}) di {where}, tanggal {format_date(local)}")  # fmt: skip


def _check_date(session: Session, on: dt.date, today: dt.date) -> None:
    if on > today:
        raise ValidationError("Tanggal pembayaran tidak boleh di masa depan.", "tanggal")
    periods.assert_open(session, on)


@dataclass(frozen=True)
class PaymentResult:
    disbursement_id: int
    household_id: int
    status: DisbursementStatus
    amount: int
    computation: str
    receipt_number: str | None


def _pay_now(session: Session, actor: Actor, d: Disbursement, hh: Household, aid_type: AidType,
             fund: Fund, incident: Incident, on: dt.date) -> Receipt:  # fmt: skip
    """Turn a disbursement into money out: ledger entry + receipt (fund already locked and checked)."""
    receipt = receipts.issue(
        session, actor, fund, on, d.amount, AidKind(d.kind), recipient_name=hh.head_name,
        recipient_nik=hh.nik, recipient_address=recipient_address_of(hh), purpose=payment_purpose(aid_type, incident),
        disbursement_id=d.id,
    )  # fmt: skip
    session.add(LedgerEntry(
        fund_id=fund.id, entry_date=on, kind=EntryKind.DISBURSEMENT, amount=-d.amount,
        proof_number=receipt.number,
        description=f"{aid_type.code} — {hh.head_name} ({incident.title})"[:400],
        disbursement_id=d.id, created_by=actor.user_id,
    ))  # fmt: skip
    d.status = DisbursementStatus.PAID
    d.pay_date = on
    d.paid_at = utcnow()
    d.paid_by = actor.user_id
    return receipt


def _new(session: Session, actor: Actor, hh: Household, aid_type: AidType, fund: Fund, amount: int,
         comp: Computation, status: DisbursementStatus, on: dt.date, *, manual_reason: str | None = None,
         batch_ref: str | None = None) -> Disbursement:  # fmt: skip
    d = Disbursement(
        household_id=hh.id, incident_id=hh.incident_id, aid_type_id=aid_type.id, fund_id=fund.id,
        kind=AidKind(aid_type.kind), amount=amount, computation=comp.text[:300], days=comp.days,
        rate_amount=comp.rate, is_manual=manual_reason is not None, manual_reason=manual_reason,
        status=status, pay_date=on, requested_by=actor.user_id, batch_ref=batch_ref,
    )  # fmt: skip
    session.add(d)
    session.flush()
    for item in comp.items:
        session.add(DisbursementItem(disbursement_id=d.id, name=item.name, unit=item.unit,
                                     quantity=item.quantity, unit_value=item.unit_value,
                                     total=item.total))  # fmt: skip
    return d


# --------------------------------------------------------------------------- one household


def preview_household(
    session: Session, household_id: int, aid_code: str, on: dt.date, days: int | None = None
) -> Computation:
    hh = session.get(Household, household_id)
    if hh is None:
        raise NotFoundError(f"KK #{household_id} tidak ditemukan.")
    return compute(session, hh, _aid_type(session, aid_code), on, days)


def pay_household(
    session: Session, actor: Actor, household_id: int, aid_code: str, *, on: dt.date | None = None,
    days: int | None = None, manual_amount: object = None, manual_reason: str | None = None,
    today: dt.date | None = None,
) -> PaymentResult:  # fmt: skip
    """Pay (bendahara) or prepare a draft (operator) of one aid type for one household.

    Above the approval threshold the payment becomes a commitment awaiting the kepala.
    """
    today = today or dt.date.today()
    on = on or today
    paying = actor.can(Permission.PAY)
    if not paying:
        require(actor, Permission.DRAFT_DISBURSEMENTS)
    hh = session.get(Household, household_id)
    if hh is None:
        raise NotFoundError(f"KK #{household_id} tidak ditemukan.")
    if hh.merged_into_id is not None:
        raise ValidationError(
            "KK ini sudah digabungkan ke data lain (duplikat); tidak dapat dibayar."
        )
    aid_type = _aid_type(session, aid_code)
    if not aid_type.active:
        raise ValidationError(f"Jenis bantuan {aid_type.code} tidak aktif.")
    incident = session.get(Incident, hh.incident_id)
    _check_date(session, on, today)
    comp = compute(session, hh, aid_type, on, days)
    reason = " ".join(str(manual_reason or "").split()) or None
    if manual_amount not in (None, ""):
        amount = parse_rupiah(manual_amount, field="jumlah")
        if amount != comp.amount:
            if not reason or len(reason) < 5:
                raise ValidationError(
                    "Jumlah di luar standar wajib disertai alasan (minimal 5 karakter).", "alasan"
                )
            comp = Computation(True, "", amount, f"Nilai manual {format_rupiah(amount)} "
                               f"(standar {format_rupiah(comp.amount)}): {reason}", comp.rate, comp.days,
                               comp.items)  # fmt: skip
        else:
            reason = None
    else:
        reason = None
        amount = comp.amount
        if AidBasis(aid_type.basis) == AidBasis.MANUAL:
            raise ValidationError(
                "Jenis bantuan ini bernilai manual: isi jumlah dan alasannya.", "jumlah"
            )
    if not comp.eligible and reason is None:
        raise ValidationError(comp.reason)
    if amount <= 0:
        raise ValidationError("Jumlah bantuan Rp0; tidak ada yang dibayar.")
    fund = _fund_of(session, aid_type)
    # The fund lock comes before the duplicate check, so two desks cannot both pass it.
    threshold = _threshold(session)
    needs_approval = amount > threshold
    status = (DisbursementStatus.PENDING_APPROVAL if needs_approval
              else DisbursementStatus.PAID if paying else DisbursementStatus.DRAFT)  # fmt: skip
    if status != DisbursementStatus.DRAFT:
        funds.lock_and_check(session, fund, amount)
    if _already(session, [hh.id], aid_type.id):
        raise ConflictError(f"{hh.head_name} sudah menerima (atau sedang diproses) {aid_type.name} "
                            "untuk kejadian ini.")  # fmt: skip
    d = _new(session, actor, hh, aid_type, fund, amount, comp,
             DisbursementStatus.DRAFT if status == DisbursementStatus.PAID else status, on,
             manual_reason=reason)  # fmt: skip
    receipt = (
        _pay_now(session, actor, d, hh, aid_type, fund, incident, on)
        if status == DisbursementStatus.PAID
        else None
    )
    session.flush()
    audit.record(session, actor, "disburse", "disbursement", d.id, after=audit.snapshot(d)
                 | {"receipt": receipt.number if receipt else None},
                 reason=reason or "")  # fmt: skip
    return PaymentResult(d.id, hh.id, DisbursementStatus(d.status), amount, comp.text,
                         receipt.number if receipt else None)  # fmt: skip


def pay_draft(
    session: Session, actor: Actor, disbursement_id: int, *, today: dt.date | None = None
) -> PaymentResult:
    """The bendahara pays a draft an operator prepared."""
    require(actor, Permission.PAY)
    today = today or dt.date.today()
    d = session.get(Disbursement, disbursement_id)
    if d is None:
        raise NotFoundError(f"Penyaluran #{disbursement_id} tidak ditemukan.")
    if d.status != DisbursementStatus.DRAFT:
        raise ConflictError(
            f"Penyaluran #{d.id} bukan draf ({STATUS_LABELS[DisbursementStatus(d.status)]})."
        )
    _check_date(session, today, today)
    fund = session.get(Fund, d.fund_id)
    funds.lock_and_check(session, fund, d.amount)
    session.refresh(d)
    if d.status != DisbursementStatus.DRAFT:
        raise ConflictError(f"Penyaluran #{d.id} sudah diproses di meja lain.")
    hh = session.get(Household, d.household_id)
    receipt = _pay_now(session, actor, d, hh, session.get(AidType, d.aid_type_id), fund,
                       session.get(Incident, d.incident_id), today)  # fmt: skip
    session.flush()
    audit.record(session, actor, "pay", "disbursement", d.id, before={"status": "draft"},
                 after={"status": "paid", "receipt": receipt.number})  # fmt: skip
    return PaymentResult(
        d.id, hh.id, DisbursementStatus.PAID, d.amount, d.computation, receipt.number
    )


# --------------------------------------------------------------------------- batches


@dataclass(frozen=True)
class PreviewLine:
    household_id: int
    head_name: str
    nik: str  # masked
    desa_name: str
    persons: int
    damage: DamageLevel
    amount: int
    computation: str
    action: str  # "bayar", "persetujuan", "lewati"
    reason: str


@dataclass(frozen=True)
class BatchPreview:
    incident_id: int
    aid_code: str
    aid_name: str
    fund_code: str
    lines: tuple[PreviewLine, ...]
    pay_count: int
    approval_count: int
    skip_count: int
    total: int
    available: int

    @property
    def shortfall(self) -> int:
        return max(0, self.total - self.available)


def _batch_lines(session: Session, incident_id: int, aid_type: AidType, on: dt.date, days: int | None,
                 threshold: int) -> list[tuple[Household, Computation, str, str]]:  # fmt: skip
    households = session.execute(
        select(Household).where(Household.incident_id == incident_id, Household.merged_into_id.is_(None))
        .order_by(Household.id)
    ).scalars().all()  # fmt: skip
    paid = _already(session, [h.id for h in households], aid_type.id)
    lookups = _Lookups(session, aid_type, on, [h.id for h in households])
    out = []
    for hh in households:
        if hh.id in paid:
            out.append(
                (
                    hh,
                    Computation(False, "", 0, "", None, None),
                    "lewati",
                    "Sudah menerima / sedang diproses",
                )
            )
            continue
        comp = compute(session, hh, aid_type, on, days, lookups)
        if not comp.eligible:
            out.append((hh, comp, "lewati", comp.reason))
        elif comp.amount <= 0:
            out.append((hh, comp, "lewati", "Jumlah Rp0"))
        elif comp.amount > threshold:
            out.append(
                (
                    hh,
                    comp,
                    "persetujuan",
                    f"Di atas {format_rupiah(threshold)}: perlu persetujuan Kepala",
                )
            )
        else:
            out.append((hh, comp, "bayar", ""))
    return out


def preview_batch(
    session: Session, actor: Actor, incident_id: int, aid_code: str, *, on: dt.date | None = None,
    days: int | None = None,
) -> BatchPreview:  # fmt: skip
    """Who would receive what, and why the others are skipped; the total against the balance."""
    require(actor, Permission.VIEW)
    incident = session.get(Incident, incident_id)
    if incident is None:
        raise NotFoundError(f"Kejadian #{incident_id} tidak ditemukan.")
    on = on or dt.date.today()
    aid_type = _aid_type(session, aid_code)
    fund = _fund_of(session, aid_type)
    lines = _batch_lines(session, incident_id, aid_type, on, days, _threshold(session))
    out = tuple(
        PreviewLine(
            hh.id,
            hh.head_name,
            mask_nik(hh.nik),
            region_codes.region_name(hh.desa_code) or "",
            hh.persons,
            DamageLevel(hh.damage),
            comp.amount if action != "lewati" else 0,
            comp.text,
            action,
            reason,
        )  # fmt: skip
        for hh, comp, action, reason in lines
    )
    total = sum(line.amount for line in out)
    balance = funds.balance(session, fund.code)
    return BatchPreview(incident_id, aid_type.code, aid_type.name, fund.code, out,
                        sum(1 for x in out if x.action == "bayar"),
                        sum(1 for x in out if x.action == "persetujuan"),
                        sum(1 for x in out if x.action == "lewati"), total, balance.available)  # fmt: skip


@dataclass(frozen=True)
class BatchResult:
    disbursed: int
    skipped: int
    awaiting_approval: int
    total: int
    receipts: tuple[str, ...]
    fund: str
    batch_ref: str


def disburse_batch(
    session: Session, actor: Actor, incident_id: int, aid_code: str, *, on: dt.date | None = None,
    days: int | None = None, today: dt.date | None = None, progress=None,
) -> BatchResult:  # fmt: skip
    """Pay one aid type to every eligible household of an incident not yet paid it: all or nothing.

    Refused (nothing written) when the fund's available balance cannot cover the whole batch.
    """
    require(actor, Permission.PAY)
    today = today or dt.date.today()
    on = on or today
    incident = session.get(Incident, incident_id)
    if incident is None:
        raise NotFoundError(f"Kejadian #{incident_id} tidak ditemukan.")
    aid_type = _aid_type(session, aid_code)
    if not aid_type.active:
        raise ValidationError(f"Jenis bantuan {aid_type.code} tidak aktif.")
    if AidBasis(aid_type.basis) == AidBasis.MANUAL:
        raise ValidationError("Bantuan bernilai manual dibayar per KK, bukan per kelompok.")
    _check_date(session, on, today)
    fund = _fund_of(session, aid_type)
    threshold = _threshold(session)
    # Lock first, then decide: another desk's batch for the same fund waits here.
    funds.lock_and_check(session, fund, 0)
    lines = _batch_lines(session, incident_id, aid_type, on, days, threshold)
    to_pay = [(hh, comp) for hh, comp, action, _ in lines if action == "bayar"]
    to_commit = [(hh, comp) for hh, comp, action, _ in lines if action == "persetujuan"]
    total = sum(c.amount for _, c in to_pay) + sum(c.amount for _, c in to_commit)
    funds.lock_and_check(session, fund, total)
    batch_ref = f"B{on:%Y%m%d}-{secrets.token_hex(3).upper()}"
    numbers = _bulk_pay(session, actor, incident, aid_type, fund, on, to_pay, to_commit, batch_ref,
                        progress)  # fmt: skip
    session.flush()
    result = BatchResult(len(to_pay), len(lines) - len(to_pay) - len(to_commit), len(to_commit),
                         total, tuple(numbers), fund.code, batch_ref)  # fmt: skip
    audit.record(session, actor, "disburse_batch", "incident", incident_id, after={
        "aid_type": aid_type.code, "fund": fund.code, "batch_ref": batch_ref, "paid": len(to_pay),
        "awaiting_approval": len(to_commit), "total": total,
        "first_receipt": numbers[0] if numbers else None, "last_receipt": numbers[-1] if numbers else None,
    })  # fmt: skip
    return result


def _bulk_pay(session: Session, actor: Actor, incident: Incident, aid_type: AidType, fund: Fund,
              on: dt.date, to_pay: list, to_commit: list, batch_ref: str, progress) -> list[str]:  # fmt: skip
    """Insert a batch's disbursements, items, receipts and ledger entries set-wise.

    The same rows ``_new`` + ``_pay_now`` write one by one, in a few statements per chunk; the
    fund and its receipt sequence are already locked by the caller.
    """
    from sqlalchemy import insert

    from tagana_desk.db.locking import lock_receipt_sequence
    from tagana_desk.domain.receipt_number import format_receipt_number

    now = utcnow()
    purpose = payment_purpose(aid_type, incident)
    kind = AidKind(aid_type.kind)
    sequence = lock_receipt_sequence(session, fund.id, on.year) if to_pay else None
    numbers: list[str] = []
    chunk = 500
    for status, group in (
        (DisbursementStatus.PAID, to_pay),
        (DisbursementStatus.PENDING_APPROVAL, to_commit),
    ):
        for start in range(0, len(group), chunk):
            part = group[start : start + chunk]
            paid = status == DisbursementStatus.PAID
            rows = [dict(
                household_id=hh.id, incident_id=hh.incident_id, aid_type_id=aid_type.id, fund_id=fund.id,
                kind=kind, amount=comp.amount, computation=comp.text[:300], days=comp.days,
                rate_amount=comp.rate, is_manual=False, manual_reason=None, status=status, pay_date=on,
                requested_by=actor.user_id, batch_ref=batch_ref, created_at=now,
                paid_at=now if paid else None, paid_by=actor.user_id if paid else None,
            ) for hh, comp in part]  # fmt: skip
            ids = list(session.scalars(
                insert(Disbursement).returning(Disbursement.id, sort_by_parameter_order=True), rows))  # fmt: skip
            items = [dict(disbursement_id=did, name=i.name, unit=i.unit, quantity=i.quantity,
                          unit_value=i.unit_value, total=i.total)
                     for did, (_, comp) in zip(ids, part, strict=True) for i in comp.items]  # fmt: skip
            if items:
                session.execute(insert(DisbursementItem), items)
            if not paid:
                continue
            receipts_rows, entries = [], []
            for did, (hh, comp) in zip(ids, part, strict=True):
                sequence.last_seq += 1
                number = format_receipt_number(sequence.last_seq, fund.code, on.month, on.year)
                numbers.append(number)
                receipts_rows.append(dict(
                    number=number, fund_id=fund.id, year=on.year, seq=sequence.last_seq, issue_date=on,
                    amount=comp.amount, kind=kind, recipient_name=hh.head_name, recipient_nik=hh.nik,
                    recipient_address=recipient_address_of(hh), purpose=purpose, disbursement_id=did,
                    stipend_payment_id=None, status=ReceiptStatus.VALID, print_count=0,
                    issued_by=actor.user_id, created_at=now,
                ))  # fmt: skip
                entries.append(dict(
                    fund_id=fund.id, entry_date=on, kind=EntryKind.DISBURSEMENT, amount=-comp.amount,
                    proof_number=number, description=f"{aid_type.code} — {hh.head_name} ({incident.title})"[:400],
                    disbursement_id=did, created_by=actor.user_id, created_at=now,
                ))  # fmt: skip
            session.execute(insert(Receipt), receipts_rows)
            session.execute(insert(LedgerEntry), entries)
            if progress:
                progress(min(start + chunk, len(group)), len(group))
    session.flush()
    return numbers


# --------------------------------------------------------------------------- approvals


@dataclass(frozen=True)
class PendingInfo:
    disbursement_id: int
    incident_id: int
    incident_title: str
    household_id: int
    head_name: str
    nik: str  # masked
    aid_code: str
    aid_name: str
    fund_code: str
    amount: int
    computation: str
    requested_by: str
    pay_date: dt.date


def list_pending(session: Session, actor: Actor) -> list[PendingInfo]:
    """Commitments awaiting the kepala (Persetujuan)."""
    from tagana_desk.db.models import User

    require(actor, Permission.VIEW)
    rows = session.execute(
        select(Disbursement, Household, AidType, Fund.code, Incident.title, User.username)
        .join(Household, Household.id == Disbursement.household_id)
        .join(AidType, AidType.id == Disbursement.aid_type_id)
        .join(Fund, Fund.id == Disbursement.fund_id)
        .join(Incident, Incident.id == Disbursement.incident_id)
        .outerjoin(User, User.id == Disbursement.requested_by)
        .where(Disbursement.status == DisbursementStatus.PENDING_APPROVAL)
        .order_by(Disbursement.id)
    ).all()
    return [
        PendingInfo(
            d.id,
            d.incident_id,
            title,
            hh.id,
            hh.head_name,
            mask_nik(hh.nik),
            t.code,
            t.name,
            fund_code,
            d.amount,
            d.computation,
            user or "",
            d.pay_date,
        )  # fmt: skip
        for d, hh, t, fund_code, title, user in rows
    ]


def approve(
    session: Session,
    actor: Actor,
    disbursement_id: int,
    *,
    today: dt.date | None = None,
    note: str = "",
) -> PaymentResult:
    """The kepala approves a commitment: it is paid today and gets its receipt."""
    require(actor, Permission.APPROVE)
    today = today or dt.date.today()
    d = session.get(Disbursement, disbursement_id)
    if d is None:
        raise NotFoundError(f"Penyaluran #{disbursement_id} tidak ditemukan.")
    _check_date(session, today, today)
    fund = session.get(Fund, d.fund_id)
    funds.lock_funds_only(session, fund)
    session.refresh(d)
    if d.status != DisbursementStatus.PENDING_APPROVAL:
        raise ConflictError(f"Penyaluran #{d.id} tidak menunggu persetujuan "
                            f"({STATUS_LABELS[DisbursementStatus(d.status)]}).")  # fmt: skip
    hh = session.get(Household, d.household_id)
    receipt = _pay_now(session, actor, d, hh, session.get(AidType, d.aid_type_id), fund,
                       session.get(Incident, d.incident_id), today)  # fmt: skip
    session.add(Approval(disbursement_id=d.id, decision=ApprovalDecision.APPROVED, decided_by=actor.user_id,
                         decided_at=utcnow(), reason=note.strip()))  # fmt: skip
    session.flush()
    # The commitment already reserved the money; paying it can never take "available" below zero.
    funds.assert_not_overdrawn(session, fund)
    audit.record(session, actor, "approve", "disbursement", d.id, before={"status": "pending_approval"},
                 after={"status": "paid", "receipt": receipt.number, "amount": d.amount},
                 reason=note.strip())  # fmt: skip
    return PaymentResult(
        d.id, hh.id, DisbursementStatus.PAID, d.amount, d.computation, receipt.number
    )


def reject(session: Session, actor: Actor, disbursement_id: int, reason: str) -> None:
    """The kepala rejects a commitment (with a reason); the reserved money is free again."""
    require(actor, Permission.APPROVE)
    reason = " ".join(str(reason or "").split())
    if len(reason) < 5:
        raise ValidationError("Alasan penolakan wajib diisi (minimal 5 karakter).", "alasan")
    d = session.get(Disbursement, disbursement_id)
    if d is None:
        raise NotFoundError(f"Penyaluran #{disbursement_id} tidak ditemukan.")
    funds.lock_funds_only(session, session.get(Fund, d.fund_id))
    session.refresh(d)
    if d.status != DisbursementStatus.PENDING_APPROVAL:
        raise ConflictError(f"Penyaluran #{d.id} tidak menunggu persetujuan.")
    d.status = DisbursementStatus.REJECTED
    session.add(Approval(disbursement_id=d.id, decision=ApprovalDecision.REJECTED, decided_by=actor.user_id,
                         decided_at=utcnow(), reason=reason))  # fmt: skip
    session.flush()
    audit.record(session, actor, "reject", "disbursement", d.id, before={"status": "pending_approval"},
                 after={"status": "rejected"}, reason=reason)  # fmt: skip


# --------------------------------------------------------------------------- listing


@dataclass(frozen=True)
class DisbursementRow:
    id: int
    incident_id: int
    incident_title: str
    household_id: int
    head_name: str
    nik: str  # masked unless allowed
    aid_code: str
    kind: AidKind
    amount: int
    computation: str
    status: DisbursementStatus
    pay_date: dt.date
    receipt_number: str | None
    fund_code: str


def _list_stmt(
    incident_id: int | None, household_id: int | None, status: DisbursementStatus | None
):
    stmt = (
        select(
            Disbursement,
            Household.head_name,
            Household.nik,
            AidType.code,
            Incident.title,
            Receipt.number,
            Fund.code,
        )  # fmt: skip
        .join(Household, Household.id == Disbursement.household_id)
        .join(AidType, AidType.id == Disbursement.aid_type_id)
        .join(Incident, Incident.id == Disbursement.incident_id)
        .join(Fund, Fund.id == Disbursement.fund_id)
        .outerjoin(Receipt, Receipt.disbursement_id == Disbursement.id)
    )
    if incident_id is not None:
        stmt = stmt.where(Disbursement.incident_id == incident_id)
    if household_id is not None:
        stmt = stmt.where(Disbursement.household_id == household_id)
    if status is not None:
        stmt = stmt.where(Disbursement.status == status)
    return stmt


def list_disbursements(
    session: Session, actor: Actor, *, incident_id: int | None = None, household_id: int | None = None,
    status: DisbursementStatus | None = None, limit: int = 200, offset: int = 0,
) -> list[DisbursementRow]:  # fmt: skip
    require(actor, Permission.VIEW)
    stmt = (
        _list_stmt(incident_id, household_id, status)
        .order_by(Disbursement.id.desc())
        .limit(limit)
        .offset(offset)
    )
    full = actor.can(Permission.VIEW_FULL_NIK)
    return [
        DisbursementRow(
            d.id,
            d.incident_id,
            title,
            d.household_id,
            name,
            nik if full else mask_nik(nik),
            code,
            AidKind(d.kind),
            d.amount,
            d.computation,
            DisbursementStatus(d.status),
            d.pay_date,
            number,
            fund_code,
        )  # fmt: skip
        for d, name, nik, code, title, number, fund_code in session.execute(stmt)
    ]


def count_disbursements(
    session: Session, *, incident_id: int | None = None, household_id: int | None = None,
    status: DisbursementStatus | None = None,
) -> int:  # fmt: skip
    stmt = select(func.count(Disbursement.id))
    if incident_id is not None:
        stmt = stmt.where(Disbursement.incident_id == incident_id)
    if household_id is not None:
        stmt = stmt.where(Disbursement.household_id == household_id)
    if status is not None:
        stmt = stmt.where(Disbursement.status == status)
    return session.execute(stmt).scalar_one()


@dataclass(frozen=True)
class DisbursementTotals:
    """What the disbursements of an incident (or a household) add up to, by status.

    Voided and rejected ones are counted but never added to an amount: the money went back.
    """

    count: int
    paid: int
    paid_amount: int
    pending: int
    pending_amount: int
    drafts: int
    draft_amount: int
    voided: int
    rejected: int
    households_paid: int


def disbursement_totals(
    session: Session, actor: Actor, *, incident_id: int | None = None,
    household_id: int | None = None,
) -> DisbursementTotals:  # fmt: skip
    """Counts and sums per status in one grouped query (for a total line under a list)."""
    require(actor, Permission.VIEW)
    stmt = select(
        Disbursement.status, func.count(Disbursement.id), func.coalesce(func.sum(Disbursement.amount), 0)
    ).group_by(Disbursement.status)  # fmt: skip
    households = select(func.count(func.distinct(Disbursement.household_id))).where(
        Disbursement.status == DisbursementStatus.PAID
    )
    if incident_id is not None:
        stmt = stmt.where(Disbursement.incident_id == incident_id)
        households = households.where(Disbursement.incident_id == incident_id)
    if household_id is not None:
        stmt = stmt.where(Disbursement.household_id == household_id)
        households = households.where(Disbursement.household_id == household_id)
    counts = {s: (0, 0) for s in DisbursementStatus}
    for status, n, amount in session.execute(stmt):
        counts[DisbursementStatus(status)] = (n, int(amount))
    return DisbursementTotals(
        count=sum(n for n, _ in counts.values()),
        paid=counts[DisbursementStatus.PAID][0],
        paid_amount=counts[DisbursementStatus.PAID][1],
        pending=counts[DisbursementStatus.PENDING_APPROVAL][0],
        pending_amount=counts[DisbursementStatus.PENDING_APPROVAL][1],
        drafts=counts[DisbursementStatus.DRAFT][0],
        draft_amount=counts[DisbursementStatus.DRAFT][1],
        voided=counts[DisbursementStatus.VOIDED][0],
        rejected=counts[DisbursementStatus.REJECTED][0],
        households_paid=session.execute(households).scalar_one(),
    )
