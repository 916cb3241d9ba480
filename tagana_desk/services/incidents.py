"""Incidents (kejadian bencana): log, edit, close/reopen, list and summarise.

The fields are BNPB's DIBI fields, so the data can be shared upward.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from tagana_desk.db.base import utcnow
from tagana_desk.db.models import Household, Incident, OfficeProfile, Region
from tagana_desk.domain import regions as region_codes
from tagana_desk.domain.dates import local_date, local_naive, to_utc
from tagana_desk.domain.enums import DamageLevel, IncidentStatus, IncidentType
from tagana_desk.domain.errors import NotFoundError, ValidationError
from tagana_desk.domain.roles import Permission
from tagana_desk.services import audit, office
from tagana_desk.services.context import Actor, require

COUNT_FIELDS = (
    "deaths", "missing", "injured", "displaced", "houses_rb", "houses_rs", "houses_rr",
    "houses_flooded",
)  # fmt: skip
AUDIT_FIELDS = (
    "type", "title", "occurred_at", "kecamatan_code", "desa_code", "place", "description",
    "source", *COUNT_FIELDS, "status",
)  # fmt: skip


@dataclass(frozen=True)
class IncidentInput:
    """What a person types for an incident (plain data; validated by the service)."""

    type: str
    title: str
    occurred_at: dt.datetime | dt.date
    desa_code: str | None = None
    kecamatan_code: str | None = None
    place: str = ""
    description: str = ""
    source: str = ""
    deaths: int = 0
    missing: int = 0
    injured: int = 0
    displaced: int = 0
    houses_rb: int = 0
    houses_rs: int = 0
    houses_rr: int = 0
    houses_flooded: int = 0


@dataclass(frozen=True)
class IncidentInfo:
    id: int
    type: IncidentType
    title: str
    occurred_at: dt.datetime  # UTC
    kecamatan_code: str
    kecamatan_name: str
    desa_code: str | None
    desa_name: str
    place: str
    description: str
    source: str
    deaths: int
    missing: int
    injured: int
    displaced: int
    houses_rb: int
    houses_rs: int
    houses_rr: int
    houses_flooded: int
    status: IncidentStatus
    households: int = 0

    @property
    def local_date(self) -> dt.date:
        return local_date(self.occurred_at)


@dataclass(frozen=True)
class IncidentFilter:
    status: IncidentStatus | None = None
    type: IncidentType | None = None
    kecamatan_code: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    text: str | None = None


@dataclass(frozen=True)
class IncidentSummary:
    """What the registered households add up to (not the reported counts of the incident)."""

    households: int = 0
    persons: int = 0
    infants: int = 0
    elderly: int = 0
    disabled: int = 0
    pregnant: int = 0
    displaced_households: int = 0
    damage: dict[str, int] = field(default_factory=dict)
    flagged: int = 0


SORT_COLUMNS = {
    "occurred_at": Incident.occurred_at,
    "type": Incident.type,
    "title": Incident.title,
    "kecamatan": Incident.kecamatan_code,
    "status": Incident.status,
    "id": Incident.id,
}


def _office_kabupaten(session: Session) -> str | None:
    profile = session.get(OfficeProfile, 1)
    return profile.kabupaten_code if profile else None


def _location(session: Session, data: IncidentInput) -> tuple[str, str | None]:
    desa = data.desa_code.strip() if data.desa_code else None
    kec = data.kecamatan_code.strip() if data.kecamatan_code else None
    if desa:
        desa_region = region_codes.require_region(desa, level=4)
        desa = desa_region.code
        derived = desa_region.parent_code
        if kec and region_codes.normalize_code(kec) != derived:
            raise ValidationError(f"Desa {desa} bukan bagian dari kecamatan {kec}.", "desa")
        kec = derived
    if not kec:
        raise ValidationError("Kecamatan (atau desa) kejadian wajib diisi.", "kecamatan")
    kec = region_codes.require_region(kec, level=3).code
    kab = _office_kabupaten(session)
    if kab and not kec.startswith(kab + "."):
        kab_name = region_codes.region_name(kab) or kab
        raise ValidationError(
            f"Kecamatan {kec} ({region_codes.region_name(kec)}) berada di luar {kab_name}.",
            "kecamatan",
        )
    office.ensure_region_code(session, desa or kec)
    return kec, desa


def _counts(data: IncidentInput) -> dict[str, int]:
    out = {}
    for name in COUNT_FIELDS:
        value = getattr(data, name)
        if isinstance(value, bool) or not isinstance(value, int):
            try:
                value = int(str(value).strip() or 0)
            except ValueError:
                raise ValidationError(f"Jumlah {name} harus bilangan bulat.", name) from None
        if value < 0:
            raise ValidationError(f"Jumlah {name} tidak boleh negatif.", name)
        if value > 1_000_000:
            raise ValidationError(f"Jumlah {name} terlalu besar.", name)
        out[name] = value
    return out


def _validate(session: Session, data: IncidentInput, now: dt.datetime) -> dict:
    try:
        kind = IncidentType(str(data.type).strip().lower().replace(" ", "_"))
    except ValueError:
        allowed = ", ".join(t.value for t in IncidentType)
        raise ValidationError(
            f"Jenis kejadian tidak dikenal: {data.type!r} (pilih: {allowed}).", "jenis"
        ) from None
    title = " ".join(str(data.title or "").split())
    if not title:
        raise ValidationError("Judul kejadian wajib diisi.", "judul")
    if len(title) > 200:
        raise ValidationError("Judul kejadian terlalu panjang (maks. 200 karakter).", "judul")
    if data.occurred_at is None:
        raise ValidationError("Tanggal kejadian wajib diisi.", "tanggal")
    occurred = to_utc(data.occurred_at)
    if occurred > now + dt.timedelta(minutes=5):
        raise ValidationError("Tanggal kejadian tidak boleh di masa depan.", "tanggal")
    kec, desa = _location(session, data)
    return dict(
        type=kind, title=title, occurred_at=occurred, kecamatan_code=kec, desa_code=desa,
        place=str(data.place or "").strip()[:200], description=str(data.description or "").strip(),
        source=str(data.source or "").strip()[:200], **_counts(data),
    )  # fmt: skip


def _info(session: Session, inc: Incident, households: int | None = None) -> IncidentInfo:
    if households is None:
        households = session.execute(
            select(func.count(Household.id)).where(
                Household.incident_id == inc.id, Household.merged_into_id.is_(None)
            )
        ).scalar_one()
    return IncidentInfo(
        id=inc.id, type=IncidentType(inc.type), title=inc.title, occurred_at=inc.occurred_at,
        kecamatan_code=inc.kecamatan_code,
        kecamatan_name=region_codes.region_name(inc.kecamatan_code) or "",
        desa_code=inc.desa_code,
        desa_name=region_codes.region_name(inc.desa_code) if inc.desa_code else "",
        place=inc.place, description=inc.description, source=inc.source,
        **{name: getattr(inc, name) for name in COUNT_FIELDS},
        status=IncidentStatus(inc.status), households=households,
    )  # fmt: skip


def _get(session: Session, incident_id: int) -> Incident:
    inc = session.get(Incident, incident_id)
    if inc is None:
        raise NotFoundError(f"Kejadian #{incident_id} tidak ditemukan.")
    return inc


def get_incident(session: Session, incident_id: int) -> IncidentInfo:
    return _info(session, _get(session, incident_id))


def create_incident(
    session: Session, actor: Actor, data: IncidentInput, *, now: dt.datetime | None = None
) -> IncidentInfo:
    require(actor, Permission.EDIT_INCIDENTS)
    values = _validate(session, data, now or utcnow())
    inc = Incident(**values, status=IncidentStatus.OPEN, created_by=actor.user_id)
    session.add(inc)
    session.flush()
    audit.record(
        session, actor, "create", "incident", inc.id, after=audit.snapshot(inc, AUDIT_FIELDS)
    )
    return _info(session, inc, 0)


def update_incident(
    session: Session, actor: Actor, incident_id: int, data: IncidentInput, *,
    now: dt.datetime | None = None,
) -> IncidentInfo:  # fmt: skip
    require(actor, Permission.EDIT_INCIDENTS)
    inc = _get(session, incident_id)
    values = _validate(session, data, now or utcnow())
    before = audit.snapshot(inc, AUDIT_FIELDS)
    for key, value in values.items():
        setattr(inc, key, value)
    inc.updated_at = utcnow()
    session.flush()
    after = audit.snapshot(inc, AUDIT_FIELDS)
    if after != before:
        audit.record(session, actor, "update", "incident", inc.id, before=before, after=after)
    return _info(session, inc)


def set_status(
    session: Session, actor: Actor, incident_id: int, status: IncidentStatus | str, reason: str = ""
) -> IncidentInfo:
    """Close (penanganan selesai) or reopen an incident."""
    require(actor, Permission.EDIT_INCIDENTS)
    inc = _get(session, incident_id)
    status = IncidentStatus(status)
    if inc.status == status:
        return _info(session, inc)
    before = {"status": inc.status}
    inc.status = status
    inc.closed_at = utcnow() if status == IncidentStatus.CLOSED else None
    inc.updated_at = utcnow()
    session.flush()
    action = "close" if status == IncidentStatus.CLOSED else "reopen"
    audit.record(session, actor, action, "incident", inc.id, before=before,
                 after={"status": status}, reason=reason.strip())  # fmt: skip
    return _info(session, inc)


def _filtered(stmt, flt: IncidentFilter):
    if flt.status:
        stmt = stmt.where(Incident.status == flt.status)
    if flt.type:
        stmt = stmt.where(Incident.type == flt.type)
    if flt.kecamatan_code:
        stmt = stmt.where(Incident.kecamatan_code == flt.kecamatan_code)
    if flt.date_from:
        stmt = stmt.where(Incident.occurred_at >= to_utc(flt.date_from))
    if flt.date_to:
        stmt = stmt.where(Incident.occurred_at < to_utc(flt.date_to + dt.timedelta(days=1)))
    if flt.text:
        pattern = f"%{flt.text.strip()}%"
        stmt = stmt.where(Incident.title.ilike(pattern) | Incident.place.ilike(pattern))
    return stmt


def list_incidents(
    session: Session, flt: IncidentFilter = IncidentFilter(), *, sort: str = "occurred_at",
    descending: bool = True, limit: int = 200, offset: int = 0,
) -> list[IncidentInfo]:  # fmt: skip
    """Incidents filtered and sorted in SQL, with their household counts.

    The page of incidents first, then the households of just those incidents counted: counting
    every incident's households before the limit grouped a district's million households on
    each page (0.2 s).
    """
    column = SORT_COLUMNS.get(sort, Incident.occurred_at)
    order = (column.desc(), Incident.id.desc()) if descending else (column.asc(), Incident.id.asc())
    stmt = _filtered(select(Incident), flt).order_by(*order).limit(limit).offset(offset)
    found = session.execute(stmt).scalars().all()
    counts: dict[int, int] = {}
    if found:
        counted = (
            select(Household.incident_id, func.count(Household.id))
            .where(
                Household.incident_id.in_([inc.id for inc in found]),
                Household.merged_into_id.is_(None),
            )
            .group_by(Household.incident_id)
        )
        counts = {incident_id: n for incident_id, n in session.execute(counted)}
    return [_info(session, inc, counts.get(inc.id, 0)) for inc in found]


def count_incidents(session: Session, flt: IncidentFilter = IncidentFilter()) -> int:
    return session.execute(_filtered(select(func.count(Incident.id)), flt)).scalar_one()


def summary(session: Session, incident_id: int) -> IncidentSummary:
    _get(session, incident_id)
    live = (Household.incident_id == incident_id) & Household.merged_into_id.is_(None)
    row = session.execute(
        select(
            func.count(Household.id), func.coalesce(func.sum(Household.persons), 0),
            func.coalesce(func.sum(Household.infants), 0),
            func.coalesce(func.sum(Household.elderly), 0),
            func.coalesce(func.sum(Household.disabled), 0),
            func.coalesce(func.sum(Household.pregnant), 0),
            func.coalesce(func.sum(case((Household.displaced.is_(True), 1), else_=0)), 0),
        ).where(live)
    ).one()  # fmt: skip
    damage = {level.value: 0 for level in DamageLevel}
    for level, n in session.execute(
        select(Household.damage, func.count(Household.id)).where(live).group_by(Household.damage)
    ):
        damage[DamageLevel(level).value] = n
    from tagana_desk.db.models import DuplicateFlag
    from tagana_desk.domain.enums import DuplicateStatus

    flagged = session.execute(
        select(func.count(func.distinct(DuplicateFlag.household_id)))
        .join(Household, Household.id == DuplicateFlag.household_id)
        .where(live, DuplicateFlag.status == DuplicateStatus.OPEN)
    ).scalar_one()
    return IncidentSummary(*[int(v) for v in row], damage=damage, flagged=flagged)


def kecamatan_choices(session: Session) -> list[tuple[str, str]]:
    """(code, name) of the office's kecamatan, for pickers."""
    kab = _office_kabupaten(session)
    if kab:
        return [(r.code, r.name) for r in region_codes.children(kab)]
    rows = session.execute(
        select(Region.code, Region.name).where(Region.level == 3).order_by(Region.code)
    )
    return [(c, n) for c, n in rows]


def desa_choices(kecamatan_code: str) -> list[tuple[str, str]]:
    return [(r.code, r.name) for r in region_codes.children(kecamatan_code)]


def input_from_info(info: IncidentInfo) -> IncidentInput:
    """The editable fields of an incident, for an edit form."""
    names = {f.name for f in fields(IncidentInput)}
    data = {name: getattr(info, name) for name in names if hasattr(info, name)}
    data["occurred_at"] = local_naive(info.occurred_at)
    data["type"] = info.type.value
    return IncidentInput(**data)
