"""Volunteers (Tagana, TSM, PSM, TKSK, …): roster, types with monthly rates, deployments.

A volunteer is *active in a month* when they joined on or before its last day and had not left
before its first day. Rates have effective dates; a change never alters a past payment (the
stipend payment stores the amounts it was paid with).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from tagana_desk.db.models import Deployment, Incident, Volunteer, VolunteerRate, VolunteerType
from tagana_desk.domain import regions as region_codes
from tagana_desk.domain.dates import month_bounds, parse_period
from tagana_desk.domain.enums import VolunteerLevel
from tagana_desk.domain.errors import ConflictError, NotFoundError, ValidationError
from tagana_desk.domain.identity import mask_nik, parse_nik
from tagana_desk.domain.money import parse_rupiah
from tagana_desk.domain.names import clean_name
from tagana_desk.domain.roles import Permission
from tagana_desk.services import audit
from tagana_desk.services.context import SYSTEM, Actor, require

DEFAULTS_FROM = dt.date(2020, 1, 1)
DEFAULT_TYPES = (
    ("TAGANA", "Taruna Siaga Bencana (Tagana)", 200_000),
    ("TSM", "Tenaga Kesejahteraan Sosial Masyarakat (TSM)", 1_000_000),
    ("PSM", "Pekerja Sosial Masyarakat (PSM)", None),
    ("TKSK", "Tenaga Kesejahteraan Sosial Kecamatan (TKSK)", None),
)
LEVEL_LABELS = {
    VolunteerLevel.MUDA: "Muda",
    VolunteerLevel.MADYA: "Madya",
    VolunteerLevel.UTAMA: "Utama",
}
_PHONE = re.compile(r"^\+?[0-9 ()-]{6,20}$")
_ACCOUNT = re.compile(r"^[0-9 .-]{5,30}$")


@dataclass(frozen=True)
class RateInfo:
    effective_from: dt.date
    monthly_amount: int
    daily_deployment_allowance: int
    tax_rate_bp: int
    tax_base_bp: int


@dataclass(frozen=True)
class VolunteerTypeInfo:
    id: int
    code: str
    name: str
    active: bool
    rates: tuple[RateInfo, ...]  # newest first


def ensure_default_types(session: Session) -> list[str]:
    made = []
    for code, name, amount in DEFAULT_TYPES:
        if session.execute(select(VolunteerType.id).where(VolunteerType.code == code)).first():
            continue
        t = VolunteerType(code=code, name=name, active=True)
        session.add(t)
        session.flush()
        if amount is not None:
            session.add(VolunteerRate(volunteer_type_id=t.id, effective_from=DEFAULTS_FROM,
                                      monthly_amount=amount, daily_deployment_allowance=0,
                                      tax_rate_bp=0, tax_base_bp=10_000))  # fmt: skip
        session.flush()
        audit.record(
            session, SYSTEM, "create", "volunteer_type", code, after={"name": name, "rate": amount}
        )
        made.append(code)
    return made


def _type(session: Session, code: str) -> VolunteerType:
    t = session.execute(
        select(VolunteerType).where(VolunteerType.code == str(code or "").strip().upper())
    ).scalar_one_or_none()
    if t is None:
        known = ", ".join(
            session.execute(select(VolunteerType.code).order_by(VolunteerType.code)).scalars()
        )
        raise NotFoundError(f"Jenis relawan {code!r} tidak dikenal. Yang ada: {known}.")
    return t


def list_types(session: Session) -> list[VolunteerTypeInfo]:
    out = []
    for t in session.execute(select(VolunteerType).order_by(VolunteerType.code)).scalars():
        rates = tuple(
            RateInfo(r.effective_from, r.monthly_amount, r.daily_deployment_allowance, r.tax_rate_bp,
                     r.tax_base_bp)  # fmt: skip
            for r in session.execute(
                select(VolunteerRate).where(VolunteerRate.volunteer_type_id == t.id)
                .order_by(VolunteerRate.effective_from.desc())
            ).scalars()
        )  # fmt: skip
        out.append(VolunteerTypeInfo(t.id, t.code, t.name, t.active, rates))
    return out


def rate_on(session: Session, type_id: int, on: dt.date) -> VolunteerRate | None:
    return session.execute(
        select(VolunteerRate)
        .where(VolunteerRate.volunteer_type_id == type_id, VolunteerRate.effective_from <= on)
        .order_by(VolunteerRate.effective_from.desc())
        .limit(1)
    ).scalar_one_or_none()


def _bp(value: object, field: str, label: str) -> int:
    """A percentage typed as ``5``, ``"5"``, ``"2,5"`` or ``"2.5"`` → basis points (no floats)."""
    text = str(value if value is not None else "").strip().replace(",", ".").rstrip("%").strip()
    if not text:
        return 0
    match = re.fullmatch(r"(\d{1,3})(?:\.(\d{1,2}))?", text)
    if not match:
        raise ValidationError(f"{label} harus persen, mis. 5 atau 2,5.", field)
    bp = int(match.group(1)) * 100 + int((match.group(2) or "0").ljust(2, "0"))
    if bp > 10_000:
        raise ValidationError(f"{label} tidak boleh lebih dari 100%.", field)
    return bp


def set_rate(
    session: Session, actor: Actor, code: str, effective_from: dt.date, monthly_amount: object, *,
    daily_allowance: object = 0, tax_percent: object = 0, tax_base_percent: object = 100,
) -> VolunteerTypeInfo:  # fmt: skip
    """A monthly rate (and optional allowance and tax rule) from a date on (admin)."""
    require(actor, Permission.EDIT_SETTINGS)
    t = _type(session, code)
    amount = parse_rupiah(monthly_amount, allow_zero=True, field="honor")
    allowance = parse_rupiah(daily_allowance or 0, allow_zero=True, field="uang_harian")
    rate_bp = _bp(tax_percent, "pajak", "Tarif potongan")
    base_bp = _bp(tax_base_percent, "dasar_pajak", "Dasar potongan")
    if session.execute(select(VolunteerRate.id).where(
        VolunteerRate.volunteer_type_id == t.id, VolunteerRate.effective_from == effective_from
    )).first():  # fmt: skip
        raise ConflictError(f"Sudah ada tarif {t.code} mulai {effective_from:%d/%m/%Y}.")
    rate = VolunteerRate(volunteer_type_id=t.id, effective_from=effective_from, monthly_amount=amount,
                         daily_deployment_allowance=allowance, tax_rate_bp=rate_bp, tax_base_bp=base_bp)  # fmt: skip
    session.add(rate)
    session.flush()
    audit.record(session, actor, "set_rate", "volunteer_type", t.code, after=audit.snapshot(rate))
    return next(i for i in list_types(session) if i.id == t.id)


# --------------------------------------------------------------------------- roster


@dataclass(frozen=True)
class VolunteerInput:
    name: object
    nik: object
    type_code: object
    joined_on: dt.date | None
    nia: object = ""
    level: object = ""
    kecamatan_code: object = ""
    phone: object = ""
    bank_name: object = ""
    bank_account: object = ""
    left_on: dt.date | None = None
    active: bool = True
    notes: object = ""


@dataclass(frozen=True)
class VolunteerInfo:
    id: int
    name: str
    nik: str  # masked unless the viewer may see it
    type_code: str
    nia: str
    level: VolunteerLevel | None
    kecamatan_code: str | None
    kecamatan_name: str
    phone: str
    bank_name: str
    bank_account: str
    joined_on: dt.date
    left_on: dt.date | None
    active: bool


def _level(value: object) -> VolunteerLevel | None:
    text = str(value or "").strip().lower()
    if not text:
        return None
    try:
        return VolunteerLevel(text)
    except ValueError:
        raise ValidationError(
            f"Tingkat tidak dikenal: {value!r} (Muda, Madya, Utama).", "tingkat"
        ) from None


def _validate(session: Session, data: VolunteerInput, today: dt.date) -> dict:
    name = clean_name(data.name, "nama")
    nik = parse_nik(data.nik, today=today).value
    vtype = _type(session, str(data.type_code))
    if data.joined_on is None:
        raise ValidationError("Tanggal bergabung wajib diisi.", "bergabung")
    if data.joined_on > today:
        raise ValidationError("Tanggal bergabung tidak boleh di masa depan.", "bergabung")
    if data.left_on is not None and data.left_on < data.joined_on:
        raise ValidationError("Tanggal keluar tidak boleh sebelum tanggal bergabung.", "keluar")
    kec = str(data.kecamatan_code or "").strip()
    if kec:
        kec = region_codes.require_region(kec, level=3).code
        from tagana_desk.services import office

        office.ensure_region_code(session, kec)
    phone = str(data.phone or "").strip()
    if phone and not _PHONE.match(phone):
        raise ValidationError(f"Nomor HP tidak valid: {phone!r}.", "hp")
    account = str(data.bank_account or "").strip()
    if account and not _ACCOUNT.match(account):
        raise ValidationError(
            "Nomor rekening hanya angka (boleh spasi, titik, tanda hubung).", "rekening"
        )
    return dict(
        name=name, nik=nik, volunteer_type_id=vtype.id, nia=str(data.nia or "").strip()[:40],
        level=_level(data.level), kecamatan_code=kec or None, phone=phone,
        bank_name=str(data.bank_name or "").strip()[:60], bank_account=account,
        joined_on=data.joined_on, left_on=data.left_on,
        active=bool(data.active) and (data.left_on is None or data.left_on >= today),
        notes=str(data.notes or "").strip(),
    )  # fmt: skip


def _info(session: Session, actor: Actor, v: Volunteer) -> VolunteerInfo:
    code = session.get(VolunteerType, v.volunteer_type_id).code
    nik = v.nik if actor.can(Permission.VIEW_FULL_NIK) else mask_nik(v.nik)
    return VolunteerInfo(
        v.id, v.name, nik, code, v.nia, VolunteerLevel(v.level) if v.level else None, v.kecamatan_code,
        region_codes.region_name(v.kecamatan_code) if v.kecamatan_code else "", v.phone, v.bank_name,
        v.bank_account, v.joined_on, v.left_on, v.active,
    )  # fmt: skip


def save_volunteer(
    session: Session, actor: Actor, data: VolunteerInput, *, volunteer_id: int | None = None,
    today: dt.date | None = None,
) -> VolunteerInfo:  # fmt: skip
    """Add (no id) or change a volunteer (operator, bendahara)."""
    require(actor, Permission.MANAGE_VOLUNTEERS)
    values = _validate(session, data, today or dt.date.today())
    same = session.execute(
        select(Volunteer).where(Volunteer.nik == values["nik"])
    ).scalar_one_or_none()
    if same is not None and same.id != volunteer_id:
        raise ConflictError(
            f"NIK {mask_nik(values['nik'])} sudah terdaftar sebagai relawan ({same.name})."
        )
    if volunteer_id is None:
        v = Volunteer(**values)
        session.add(v)
        session.flush()
        audit.record(session, actor, "create", "volunteer", v.id, after=audit.snapshot(v))
    else:
        v = session.get(Volunteer, volunteer_id)
        if v is None:
            raise NotFoundError(f"Relawan #{volunteer_id} tidak ditemukan.")
        before = audit.snapshot(v)
        for key, value in values.items():
            setattr(v, key, value)
        session.flush()
        after = audit.snapshot(v)
        if after != before:
            audit.record(session, actor, "update", "volunteer", v.id, before=before, after=after)
    return _info(session, actor, v)


@dataclass(frozen=True)
class RosterFilter:
    text: str | None = None
    type_code: str | None = None
    level: VolunteerLevel | None = None
    kecamatan_code: str | None = None
    active: bool | None = None


def _roster(session: Session, flt: RosterFilter):
    stmt = select(Volunteer)
    if flt.text:
        pattern = f"%{flt.text.strip()}%"
        stmt = stmt.where(or_(Volunteer.name.ilike(pattern), Volunteer.nia.ilike(pattern),
                              Volunteer.nik.like(f"{flt.text.strip()}%")))  # fmt: skip
    if flt.type_code:
        stmt = stmt.where(Volunteer.volunteer_type_id == _type(session, flt.type_code).id)
    if flt.level:
        stmt = stmt.where(Volunteer.level == flt.level)
    if flt.kecamatan_code:
        stmt = stmt.where(Volunteer.kecamatan_code == flt.kecamatan_code)
    if flt.active is not None:
        stmt = stmt.where(Volunteer.active.is_(flt.active))
    return stmt


def list_volunteers(
    session: Session,
    actor: Actor,
    flt: RosterFilter = RosterFilter(),
    *,
    limit: int = 500,
    offset: int = 0,
) -> list[VolunteerInfo]:
    require(actor, Permission.VIEW)
    stmt = _roster(session, flt).order_by(Volunteer.name, Volunteer.id).limit(limit).offset(offset)
    return [_info(session, actor, v) for v in session.execute(stmt).scalars()]


def count_volunteers(session: Session, flt: RosterFilter = RosterFilter()) -> int:
    return session.execute(
        select(func.count()).select_from(_roster(session, flt).subquery())
    ).scalar_one()


def active_in_month_condition(first: dt.date, last: dt.date):
    """Joined on or before the month's last day, and not left before its first day."""
    return and_(
        Volunteer.joined_on <= last, or_(Volunteer.left_on.is_(None), Volunteer.left_on >= first)
    )


def active_in_month(session: Session, period: str) -> list[Volunteer]:
    first, last = month_bounds(*parse_period(period))
    return list(session.execute(
        select(Volunteer).where(active_in_month_condition(first, last)).order_by(Volunteer.name, Volunteer.id)
    ).scalars())  # fmt: skip


# --------------------------------------------------------------------------- deployments


@dataclass(frozen=True)
class DeploymentInfo:
    id: int
    volunteer_id: int
    volunteer_name: str
    incident_id: int
    incident_title: str
    start_date: dt.date
    end_date: dt.date
    days: int
    role: str
    paid: bool


def deploy(
    session: Session, actor: Actor, volunteer_id: int, incident_id: int, start: dt.date, end: dt.date,
    role: str = "", notes: str = "",
) -> DeploymentInfo:  # fmt: skip
    """Assign a volunteer to an incident for a span of days (penugasan)."""
    require(actor, Permission.MANAGE_VOLUNTEERS)
    v = session.get(Volunteer, volunteer_id)
    if v is None:
        raise NotFoundError(f"Relawan #{volunteer_id} tidak ditemukan.")
    inc = session.get(Incident, incident_id)
    if inc is None:
        raise NotFoundError(f"Kejadian #{incident_id} tidak ditemukan.")
    if end < start:
        raise ValidationError("Tanggal selesai tidak boleh sebelum tanggal mulai.", "selesai")
    if (end - start).days > 90:
        raise ValidationError(
            "Penugasan lebih dari 90 hari; bagi menjadi beberapa penugasan.", "selesai"
        )
    if start < v.joined_on or (v.left_on is not None and end > v.left_on):
        raise ValidationError("Penugasan di luar masa keanggotaan relawan.", "mulai")
    overlap = session.execute(select(Deployment.id).where(
        Deployment.volunteer_id == v.id, Deployment.start_date <= end, Deployment.end_date >= start,
    )).first()  # fmt: skip
    if overlap:
        raise ConflictError(f"{v.name} sudah ditugaskan pada tanggal yang bertumpang tindih.")
    d = Deployment(volunteer_id=v.id, incident_id=inc.id, start_date=start, end_date=end,
                   role=role.strip()[:120], notes=notes.strip(), created_by=actor.user_id)  # fmt: skip
    session.add(d)
    session.flush()
    audit.record(session, actor, "create", "deployment", d.id, after=audit.snapshot(d))
    return DeploymentInfo(
        d.id, v.id, v.name, inc.id, inc.title, start, end, (end - start).days + 1, d.role, False
    )


def list_deployments(
    session: Session, *, incident_id: int | None = None, volunteer_id: int | None = None
) -> list[DeploymentInfo]:
    stmt = (select(Deployment, Volunteer.name, Incident.title)
            .join(Volunteer, Volunteer.id == Deployment.volunteer_id)
            .join(Incident, Incident.id == Deployment.incident_id))  # fmt: skip
    if incident_id is not None:
        stmt = stmt.where(Deployment.incident_id == incident_id)
    if volunteer_id is not None:
        stmt = stmt.where(Deployment.volunteer_id == volunteer_id)
    return [
        DeploymentInfo(
            d.id,
            d.volunteer_id,
            name,
            d.incident_id,
            title,
            d.start_date,
            d.end_date,
            (d.end_date - d.start_date).days + 1,
            d.role,
            d.stipend_payment_id is not None,
        )  # fmt: skip
        for d, name, title in session.execute(
            stmt.order_by(Deployment.start_date.desc(), Deployment.id)
        )
    ]
