"""Aid types (jenis bantuan) and their rates with effective dates.

Defaults are DESIGN §3's table (Kemensos statements, Permensos 4/2015 practice); every desk can
change them. A rate change takes effect from its date and never touches a past payment: a
disbursement stores the amount and the rate it was computed with.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from tagana_desk.db.models import AidItem, AidRate, AidType, Fund
from tagana_desk.domain.enums import AidBasis, AidKind, DamageLevel, Eligibility
from tagana_desk.domain.errors import ConflictError, NotFoundError, ValidationError
from tagana_desk.domain.money import parse_rupiah
from tagana_desk.domain.roles import Permission
from tagana_desk.services import audit
from tagana_desk.services.context import SYSTEM, Actor, require

DEFAULTS_FROM = dt.date(2020, 1, 1)

BASIS_LABELS = {
    AidBasis.PER_HOUSEHOLD: "per KK",
    AidBasis.PER_PERSON_DAY: "per jiwa per hari",
    AidBasis.PER_DEATH: "per jiwa meninggal",
    AidBasis.PER_INJURY: "per korban luka berat",
    AidBasis.BY_DAMAGE: "menurut tingkat kerusakan",
    AidBasis.MANUAL: "nilai manual",
}
ELIGIBILITY_LABELS = {
    Eligibility.ALL: "semua KK terdampak",
    Eligibility.DISPLACED_OR_RB: "KK mengungsi atau rumah rusak berat",
    Eligibility.HAS_DEATH: "KK dengan anggota meninggal",
    Eligibility.HAS_INJURY: "KK dengan korban luka berat",
    Eligibility.RB_OR_RS: "rumah rusak berat atau sedang",
    Eligibility.RB: "rumah rusak berat",
    Eligibility.DAMAGED: "rumah rusak (berat, sedang, ringan)",
}

# code, name, kind, basis, eligibility, default days, rates {damage|None: amount}, items
_DEFAULT_TYPES = (
    ("JADUP", "Jaminan hidup", AidKind.CASH, AidBasis.PER_PERSON_DAY, Eligibility.DISPLACED_OR_RB,
     7, {None: 15_000}, ()),
    ("SANTUNAN_MENINGGAL", "Santunan ahli waris korban meninggal", AidKind.CASH, AidBasis.PER_DEATH,
     Eligibility.HAS_DEATH, None, {None: 15_000_000}, ()),
    ("SANTUNAN_LUKA", "Santunan korban luka berat", AidKind.CASH, AidBasis.PER_INJURY,
     Eligibility.HAS_INJURY, None, {None: 5_000_000}, ()),
    ("ISI_HUNIAN", "Bantuan isi hunian", AidKind.CASH, AidBasis.PER_HOUSEHOLD, Eligibility.RB_OR_RS,
     None, {None: 3_000_000}, ()),
    ("EKONOMI", "Bantuan pemulihan ekonomi", AidKind.CASH, AidBasis.PER_HOUSEHOLD, Eligibility.RB,
     None, {None: 5_000_000}, ()),
    ("BAHAN_RUMAH", "Bantuan bahan bangunan rumah", AidKind.IN_KIND, AidBasis.BY_DAMAGE,
     Eligibility.DAMAGED, None,
     {DamageLevel.RB: 25_000_000, DamageLevel.RS: 10_000_000, DamageLevel.RR: 5_000_000},
     ((DamageLevel.RB, "Paket bahan bangunan rumah rusak berat", "paket", 1, 25_000_000),
      (DamageLevel.RS, "Paket bahan bangunan rumah rusak sedang", "paket", 1, 10_000_000),
      (DamageLevel.RR, "Paket bahan bangunan rumah rusak ringan", "paket", 1, 5_000_000))),
    ("SEMBAKO", "Paket sembako", AidKind.IN_KIND, AidBasis.PER_HOUSEHOLD, Eligibility.ALL, None,
     {None: 250_000},
     ((None, "Beras", "kg", 10, 14_000), (None, "Minyak goreng", "liter", 2, 18_000),
      (None, "Gula pasir", "kg", 2, 17_000), (None, "Mi instan", "bungkus", 10, 2_000),
      (None, "Sarden kaleng", "kaleng", 2, 10_000))),
    ("FAMILY_KIT", "Family kit", AidKind.IN_KIND, AidBasis.PER_HOUSEHOLD, Eligibility.ALL, None,
     {None: 350_000},
     ((None, "Selimut", "lembar", 2, 60_000), (None, "Tikar", "lembar", 1, 50_000),
      (None, "Perlengkapan mandi", "paket", 1, 75_000), (None, "Ember dan gayung", "set", 1, 45_000),
      (None, "Pakaian dalam dan sarung", "paket", 1, 60_000))),
)  # fmt: skip


@dataclass(frozen=True)
class RateInfo:
    effective_from: dt.date
    damage_level: DamageLevel | None
    amount: int


@dataclass(frozen=True)
class ItemInfo:
    name: str
    unit: str
    quantity: int
    unit_value: int

    @property
    def total(self) -> int:
        return self.quantity * self.unit_value


@dataclass(frozen=True)
class AidTypeInfo:
    id: int
    code: str
    name: str
    kind: AidKind
    basis: AidBasis
    eligibility: Eligibility
    default_days: int | None
    fund_code: str
    active: bool
    rates: tuple[RateInfo, ...]  # every rate, newest first

    @property
    def basis_label(self) -> str:
        return BASIS_LABELS[self.basis]

    @property
    def eligibility_label(self) -> str:
        return ELIGIBILITY_LABELS[self.eligibility]


def ensure_default_aid_types(session: Session, fund_code: str = "BTT") -> list[str]:
    """Create the default aid types that are missing (with rates from 2020); returns codes."""
    fund = session.execute(select(Fund).where(Fund.code == fund_code)).scalar_one_or_none()
    made = []
    for order, (code, name, kind, basis, elig, days, rates, items) in enumerate(_DEFAULT_TYPES):
        if session.execute(select(AidType.id).where(AidType.code == code)).first():
            continue
        t = AidType(code=code, name=name, kind=kind, basis=basis, eligibility=elig,
                    default_days=days, fund_id=fund.id if fund else None, active=True,
                    sort_order=order)  # fmt: skip
        session.add(t)
        session.flush()
        for level, amount in rates.items():
            session.add(AidRate(aid_type_id=t.id, effective_from=DEFAULTS_FROM, damage_level=level,
                                amount=amount))  # fmt: skip
        for i, (level, item, unit, qty, value) in enumerate(items):
            session.add(AidItem(aid_type_id=t.id, effective_from=DEFAULTS_FROM, damage_level=level,
                                name=item, unit=unit, quantity=qty, unit_value=value, sort_order=i))  # fmt: skip
        session.flush()
        audit.record(session, SYSTEM, "create", "aid_type", code, after=audit.snapshot(t))
        made.append(code)
    return made


def _get(session: Session, code: str) -> AidType:
    t = session.execute(
        select(AidType).where(AidType.code == str(code or "").strip().upper())
    ).scalar_one_or_none()
    if t is None:
        known = ", ".join(
            session.execute(select(AidType.code).order_by(AidType.sort_order)).scalars()
        )
        raise NotFoundError(f"Jenis bantuan {code!r} tidak dikenal. Yang ada: {known}.")
    return t


def _info(session: Session, t: AidType) -> AidTypeInfo:
    fund_code = session.get(Fund, t.fund_id).code if t.fund_id else ""
    rates = tuple(
        RateInfo(r.effective_from, DamageLevel(r.damage_level) if r.damage_level else None, r.amount)
        for r in session.execute(
            select(AidRate).where(AidRate.aid_type_id == t.id)
            .order_by(AidRate.effective_from.desc(), AidRate.damage_level)
        ).scalars()
    )  # fmt: skip
    return AidTypeInfo(t.id, t.code, t.name, AidKind(t.kind), AidBasis(t.basis),
                       Eligibility(t.eligibility), t.default_days, fund_code, t.active, rates)  # fmt: skip


def get_aid_type(session: Session, code: str) -> AidTypeInfo:
    return _info(session, _get(session, code))


def list_aid_types(session: Session, *, active_only: bool = False) -> list[AidTypeInfo]:
    stmt = select(AidType).order_by(AidType.sort_order, AidType.code)
    if active_only:
        stmt = stmt.where(AidType.active.is_(True))
    return [_info(session, t) for t in session.execute(stmt).scalars()]


def rate_on(
    session: Session, aid_type_id: int, on: dt.date, damage: DamageLevel | None
) -> AidRate | None:
    """The rate row in force on a date (for by-damage types: of that damage level)."""
    stmt = (
        select(AidRate)
        .where(AidRate.aid_type_id == aid_type_id, AidRate.effective_from <= on)
        .order_by(AidRate.effective_from.desc())
        .limit(1)
    )
    stmt = (
        stmt.where(AidRate.damage_level == damage)
        if damage
        else stmt.where(AidRate.damage_level.is_(None))
    )
    return session.execute(stmt).scalar_one_or_none()


def items_on(
    session: Session, aid_type_id: int, on: dt.date, damage: DamageLevel | None
) -> list[ItemInfo]:
    """In-kind items in force on a date (the newest effective date not after ``on``)."""
    latest = session.execute(
        select(AidItem.effective_from)
        .where(AidItem.aid_type_id == aid_type_id, AidItem.effective_from <= on)
        .order_by(AidItem.effective_from.desc())
        .limit(1)
    ).scalar_one_or_none()
    if latest is None:
        return []
    stmt = select(AidItem).where(
        AidItem.aid_type_id == aid_type_id, AidItem.effective_from == latest
    )
    rows = session.execute(stmt.order_by(AidItem.sort_order)).scalars().all()
    if any(r.damage_level for r in rows):
        rows = [r for r in rows if r.damage_level == damage]
    return [ItemInfo(r.name, r.unit, r.quantity, r.unit_value) for r in rows]


def set_rate(
    session: Session, actor: Actor, code: str, effective_from: dt.date, amount: object,
    damage_level: DamageLevel | str | None = None,
) -> AidTypeInfo:  # fmt: skip
    """Add a rate from a date on (admin). Past payments keep the amount they were paid with."""
    require(actor, Permission.EDIT_SETTINGS)
    t = _get(session, code)
    value = parse_rupiah(amount, allow_zero=False, field="tarif")
    level = DamageLevel(damage_level) if damage_level else None
    if AidBasis(t.basis) == AidBasis.BY_DAMAGE and level not in (
        DamageLevel.RB,
        DamageLevel.RS,
        DamageLevel.RR,
    ):
        raise ValidationError("Tarif menurut kerusakan perlu tingkat RB, RS atau RR.", "kerusakan")
    if AidBasis(t.basis) != AidBasis.BY_DAMAGE and level is not None:
        raise ValidationError("Jenis bantuan ini tidak bertarif menurut kerusakan.", "kerusakan")
    exists = session.execute(
        select(AidRate.id).where(AidRate.aid_type_id == t.id, AidRate.effective_from == effective_from,
                                 AidRate.damage_level.is_(None) if level is None
                                 else AidRate.damage_level == level)
    ).first()  # fmt: skip
    if exists:
        raise ConflictError(f"Sudah ada tarif {t.code} mulai {effective_from:%d/%m/%Y}.")
    rate = AidRate(
        aid_type_id=t.id, effective_from=effective_from, damage_level=level, amount=value
    )
    session.add(rate)
    session.flush()
    audit.record(session, actor, "set_rate", "aid_type", t.code, after=audit.snapshot(rate))
    return _info(session, t)
