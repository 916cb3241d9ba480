"""Affected households (KK terdampak): validation, registration, duplicates, search, history.

Duplicates (DESIGN §3): the same NIK twice in one incident is refused; the same No. KK twice in
one incident is refused unless a kepala overrides with a reason (audited). The same NIK in
another incident within 30 days, or the same normalised name + desa + birth date under another
NIK, raises a "possible duplicate" flag that a person must confirm or merge.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

from sqlalchemy import (
    DateTime,
    Integer,
    Select,
    String,
    and_,
    bindparam,
    func,
    or_,
    select,
    type_coerce,
)
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from tagana_desk.db.base import UtcDateTime, utcnow
from tagana_desk.db.bulk import insert_rows
from tagana_desk.db.models import (
    Casualty,
    Disbursement,
    DuplicateFlag,
    Household,
    Incident,
    OfficeProfile,
)
from tagana_desk.domain import regions as region_codes
from tagana_desk.domain.dates import local_date
from tagana_desk.domain.enums import (
    CasualtyKind,
    DamageLevel,
    DisbursementStatus,
    DtksStatus,
    DuplicateReason,
    DuplicateStatus,
    IncidentStatus,
)
from tagana_desk.domain.errors import ConflictError, NotFoundError, ValidationError
from tagana_desk.domain.identity import Nik, NoKK, mask_nik, parse_nik, parse_no_kk
from tagana_desk.domain.names import clean_name, normalize_name
from tagana_desk.domain.roles import Permission
from tagana_desk.services import audit, office, periods
from tagana_desk.services.context import Actor, require

DUPLICATE_WINDOW = dt.timedelta(days=30)
MAX_PERSONS = 50
_RT = re.compile(r"^\d{1,3}$")
_PHONE = re.compile(r"^\+?[0-9 ()-]{6,20}$")
_AUDIT_FIELDS = (
    "incident_id", "head_name", "nik", "no_kk", "desa_code", "dusun", "rt", "rw", "persons",
    "infants", "elderly", "disabled", "pregnant", "damage", "displaced", "phone", "notes",
    "registered_on", "dtks_status", "kk_override_reason", "merged_into_id",
)  # fmt: skip

DAMAGE_LABELS = {
    DamageLevel.RB: "Rusak berat",
    DamageLevel.RS: "Rusak sedang",
    DamageLevel.RR: "Rusak ringan",
    DamageLevel.TERENDAM: "Terendam",
    DamageLevel.NONE: "Tidak rusak",
}
REASON_LABELS = {
    DuplicateReason.NIK_OTHER_INCIDENT: "NIK sama di kejadian lain (≤30 hari)",
    DuplicateReason.NAME_DESA_BIRTH: "Nama, desa dan tanggal lahir sama, NIK berbeda",
}


# --------------------------------------------------------------------------- input and validation


@dataclass(frozen=True)
class CasualtyInput:
    kind: str  # death / serious_injury / missing
    name: str
    nik: str | None = None
    notes: str = ""


@dataclass(frozen=True)
class HouseholdInput:
    """What a form or an import row gives for a household (raw; validated by the service)."""

    head_name: object
    nik: object
    no_kk: object
    desa_code: object
    dusun: object = ""
    rt: object = ""
    rw: object = ""
    persons: object = 1
    infants: object = 0
    elderly: object = 0
    disabled: object = 0
    pregnant: object = 0
    damage: object = DamageLevel.NONE.value
    displaced: object = False
    phone: object = ""
    notes: object = ""
    casualties: tuple[CasualtyInput, ...] = ()
    registered_on: dt.date | None = None


@dataclass(frozen=True)
class FieldError:
    field: str
    message: str


@dataclass(frozen=True)
class ValidHousehold:
    head_name: str
    head_name_norm: str
    nik: Nik
    no_kk: NoKK
    desa_code: str
    dusun: str
    rt: str
    rw: str
    persons: int
    infants: int
    elderly: int
    disabled: int
    pregnant: int
    damage: DamageLevel
    displaced: bool
    phone: str
    notes: str
    casualties: tuple[CasualtyInput, ...]
    registered_on: dt.date


_DAMAGE_ALIASES = {
    "RB": DamageLevel.RB, "RUSAK BERAT": DamageLevel.RB, "BERAT": DamageLevel.RB,
    "RS": DamageLevel.RS, "RUSAK SEDANG": DamageLevel.RS, "SEDANG": DamageLevel.RS,
    "RR": DamageLevel.RR, "RUSAK RINGAN": DamageLevel.RR, "RINGAN": DamageLevel.RR,
    "TERENDAM": DamageLevel.TERENDAM, "RENDAM": DamageLevel.TERENDAM,
    "NONE": DamageLevel.NONE, "TIDAK RUSAK": DamageLevel.NONE, "TIDAK": DamageLevel.NONE,
    "-": DamageLevel.NONE, "": DamageLevel.NONE,
}  # fmt: skip
_TRUE = {"1", "YA", "Y", "TRUE", "BENAR", "MENGUNGSI", "V", "X", "✓"}
_FALSE = {"0", "TIDAK", "T", "N", "FALSE", "SALAH", "", "-", "NONE"}


def parse_damage(value: object) -> DamageLevel:
    if isinstance(value, DamageLevel):
        return value
    key = " ".join(str(value or "").upper().replace("_", " ").split())
    if key in _DAMAGE_ALIASES:
        return _DAMAGE_ALIASES[key]
    raise ValidationError(
        f"Tingkat kerusakan tidak dikenal: {value!r} (RB, RS, RR, terendam, atau kosong).",
        "kerusakan",
    )


def parse_flag(value: object, field_name: str) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value != 0
    key = str(value or "").strip().upper()
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    raise ValidationError(f"Isi dengan Ya atau Tidak, bukan {value!r}.", field_name)


def parse_count(value: object, field_name: str, label: str, *, minimum: int = 0) -> int:
    if value is None or (isinstance(value, str) and not value.strip()):
        if minimum > 0:
            raise ValidationError(f"{label} wajib diisi.", field_name)
        return 0
    if isinstance(value, bool):
        raise ValidationError(f"{label} harus bilangan bulat.", field_name)
    if isinstance(value, float):
        if not value.is_integer():
            raise ValidationError(f"{label} harus bilangan bulat, bukan {value}.", field_name)
        value = int(value)
    if not isinstance(value, int):
        text = str(value).strip()
        if not text.isdigit():
            raise ValidationError(f"{label} harus bilangan bulat, bukan {text!r}.", field_name)
        value = int(text)
    if value < minimum:
        raise ValidationError(f"{label} minimal {minimum}.", field_name)
    if value > MAX_PERSONS:
        raise ValidationError(f"{label} tidak masuk akal ({value}); periksa kembali.", field_name)
    return value


def _rt(value: object, label: str, field_name: str) -> str:
    """RT/RW as three digits (``"3"`` → ``"003"``); empty stays empty."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    if text in ("", "-"):
        return ""
    if not _RT.match(text):
        raise ValidationError(f"{label} harus angka 1–3 digit, bukan {value!r}.", field_name)
    return f"{int(text):03d}"


def office_kabupaten(session: Session) -> str | None:
    profile = session.get(OfficeProfile, 1)
    return profile.kabupaten_code if profile else None


@lru_cache(maxsize=4096)
def _desa_code(raw: str, kabupaten_code: str | None) -> str:
    """A desa code checked against Kemendagri's list and the office's kabupaten (cached: a village
    list repeats a few codes thousands of times; a refusal is raised again, never cached)."""
    if not raw:
        raise ValidationError("Desa/kelurahan wajib diisi.", "desa")
    region = region_codes.require_region(raw, level=4)
    if kabupaten_code and not region.code.startswith(kabupaten_code + "."):
        raise ValidationError(
            f"Desa {region.code} ({region.name}) berada di luar kabupaten kantor.", "desa"
        )
    return region.code


def _phone(value: object) -> str:
    text = str(value or "").strip()
    if isinstance(value, float | int) and not isinstance(value, bool):
        text = "0" + str(int(value))  # a number cell drops the leading zero
    if text and not _PHONE.match(text):
        raise ValidationError(f"Nomor HP tidak valid: {text!r}.", "hp")
    return text


def _registered_on(value: dt.date | None, today: dt.date) -> dt.date:
    day = value or today
    if day > today:
        raise ValidationError("Tanggal pendataan tidak boleh di masa depan.", "tanggal_pendataan")
    return day


def _casualties(data: HouseholdInput, today: dt.date) -> tuple[CasualtyInput, ...]:
    out = []
    for c in data.casualties:
        try:
            kind = CasualtyKind(c.kind)
        except ValueError:
            raise ValidationError(f"Jenis korban tidak dikenal: {c.kind!r}.", "korban") from None
        name = clean_name(c.name, "korban")
        nik = parse_nik(c.nik, today=today, field="korban").value if c.nik else None
        out.append(CasualtyInput(kind.value, name, nik, str(c.notes or "").strip()))
    return tuple(out)


#: validate()'s checks in the order their problems are reported: HouseholdInput attribute, and
#: its check of (input, today, office kabupaten). A table, not closures made anew for every row:
#: an import validates tens of thousands.
_CHECKS: tuple[tuple[str, Callable[[HouseholdInput, dt.date, str | None], object]], ...] = (
    ("head_name", lambda d, today, kab: clean_name(d.head_name, "nama")),
    ("nik", lambda d, today, kab: parse_nik(d.nik, today=today, field="nik")),
    ("no_kk", lambda d, today, kab: parse_no_kk(d.no_kk, field="no_kk")),
    ("desa_code", lambda d, today, kab: _desa_code(str(d.desa_code or "").strip(), kab)),
    ("rt", lambda d, today, kab: _rt(d.rt, "RT", "rt")),
    ("rw", lambda d, today, kab: _rt(d.rw, "RW", "rw")),
    ("persons", lambda d, today, kab: parse_count(d.persons, "jiwa", "Jumlah jiwa", minimum=1)),
    ("infants", lambda d, today, kab: parse_count(d.infants, "infants", "Jumlah balita")),
    ("elderly", lambda d, today, kab: parse_count(d.elderly, "elderly", "Jumlah lansia")),
    ("disabled", lambda d, today, kab: parse_count(d.disabled, "disabled", "Jumlah disabilitas")),
    ("pregnant", lambda d, today, kab: parse_count(d.pregnant, "pregnant", "Jumlah ibu hamil")),
    ("damage", lambda d, today, kab: parse_damage(d.damage)),
    ("displaced", lambda d, today, kab: parse_flag(d.displaced, "mengungsi")),
    ("phone", lambda d, today, kab: _phone(d.phone)),
    ("registered_on", lambda d, today, kab: _registered_on(d.registered_on, today)),
    ("casualties", lambda d, today, kab: _casualties(d, today)),
)


def validate(
    data: HouseholdInput, *, kabupaten_code: str | None, today: dt.date | None = None
) -> tuple[ValidHousehold | None, list[FieldError]]:
    """Check every field; returns the clean values or every problem found (field + message)."""
    today = today or dt.date.today()
    errors: list[FieldError] = []
    values: dict[str, object] = {}
    for name, check in _CHECKS:
        try:
            values[name] = check(data, today, kabupaten_code)
        except ValidationError as exc:
            # Field keys are HouseholdInput's attribute names, whatever the parser called them.
            errors.append(FieldError(name, exc.message))
    persons = values.get("persons")
    if isinstance(persons, int):
        for name, label in (("infants", "balita"), ("elderly", "lansia"),
                            ("disabled", "disabilitas"), ("pregnant", "ibu hamil")):  # fmt: skip
            count = values.get(name)
            if isinstance(count, int) and count > persons:
                errors.append(
                    FieldError(name, f"Jumlah {label} ({count}) melebihi jumlah jiwa ({persons}).")
                )
    if errors:
        return None, errors
    head_name = values["head_name"]
    return (
        ValidHousehold(
            head_name=head_name, head_name_norm=normalize_name(head_name) or head_name.upper(),
            nik=values["nik"], no_kk=values["no_kk"], desa_code=values["desa_code"],
            dusun=" ".join(str(data.dusun or "").split())[:80], rt=values["rt"], rw=values["rw"],
            persons=values["persons"], infants=values["infants"], elderly=values["elderly"],
            disabled=values["disabled"], pregnant=values["pregnant"], damage=values["damage"],
            displaced=values["displaced"], phone=values["phone"],
            notes=str(data.notes or "").strip(), casualties=values["casualties"],
            registered_on=values["registered_on"],
        ),
        [],
    )  # fmt: skip


# --------------------------------------------------------------------------- duplicates


@dataclass(frozen=True)
class PossibleDuplicate:
    reason: DuplicateReason
    other_household_id: int
    other_incident_id: int
    other_name: str
    other_nik_masked: str


def _incident(session: Session, incident_id: int) -> Incident:
    inc = session.get(Incident, incident_id)
    if inc is None:
        raise NotFoundError(f"Kejadian #{incident_id} tidak ditemukan.")
    return inc


def hard_conflicts(
    session: Session, incident_id: int, nik: str, no_kk: str, exclude_id: int | None = None
) -> tuple[str | None, str | None]:
    """(name holding the same NIK, name holding the same No. KK) in the incident, if any.

    The NIK check includes records merged away as duplicates: the NIK stays taken in the
    incident (the database's unique key says so too).
    """
    in_incident = Household.incident_id == incident_id
    if exclude_id is not None:
        in_incident = and_(in_incident, Household.id != exclude_id)
    base = and_(in_incident, Household.merged_into_id.is_(None))
    same_nik = session.execute(
        select(Household.head_name).where(in_incident, Household.nik == nik).limit(1)
    ).scalar_one_or_none()
    same_kk = session.execute(
        select(Household.head_name).where(base, Household.no_kk == no_kk).limit(1)
    ).scalar_one_or_none()
    return same_nik, same_kk


def possible_duplicates(
    session: Session, incident: Incident, valid: ValidHousehold, exclude_id: int | None = None
) -> list[PossibleDuplicate]:
    found: list[PossibleDuplicate] = []
    window_start = incident.occurred_at - DUPLICATE_WINDOW
    window_end = incident.occurred_at + DUPLICATE_WINDOW
    live = Household.merged_into_id.is_(None)
    rows = session.execute(
        select(Household.id, Household.incident_id, Household.head_name, Household.nik)
        .join(Incident, Incident.id == Household.incident_id)
        .where(
            live, Household.nik == valid.nik.value, Household.incident_id != incident.id,
            Incident.occurred_at >= window_start, Incident.occurred_at <= window_end,
        )
        .limit(20)
    ).all()  # fmt: skip
    for hid, iid, name, nik in rows:
        if hid != exclude_id:
            found.append(
                PossibleDuplicate(DuplicateReason.NIK_OTHER_INCIDENT, hid, iid, name, mask_nik(nik))
            )
    rows = session.execute(
        select(Household.id, Household.incident_id, Household.head_name, Household.nik).where(
            live, Household.head_name_norm == valid.head_name_norm,
            Household.desa_code == valid.desa_code, Household.birth_date == valid.nik.birth_date,
            Household.nik != valid.nik.value,
        ).limit(20)
    ).all()  # fmt: skip
    for hid, iid, name, nik in rows:
        if hid != exclude_id:
            found.append(
                PossibleDuplicate(DuplicateReason.NAME_DESA_BIRTH, hid, iid, name, mask_nik(nik))
            )
    return found


@dataclass
class DuplicateLookups:
    """Possible-duplicate candidates of many households at once (imports, batches).

    ``same_nik``: NIK → live households of other incidents within the 30-day window;
    ``same_person``: (normalised name, desa, birth date) → live households anywhere.
    """

    same_nik: dict[str, list[tuple]]
    same_person: dict[tuple, list[tuple]]

    def flags(self, incident_id: int, valid: ValidHousehold) -> list[PossibleDuplicate]:
        """The same answer as ``possible_duplicates`` for one of the looked-up households."""
        nik = valid.nik.value
        same_nik = self.same_nik.get(nik)
        same_person = self.same_person.get(
            (valid.head_name_norm, valid.desa_code, valid.nik.birth_date)
        )
        if not same_nik and not same_person:
            return []  # most households of a list
        found = [PossibleDuplicate(DuplicateReason.NIK_OTHER_INCIDENT, o, i, n, mask_nik(k))
                 for o, i, n, k in same_nik or () if i != incident_id]  # fmt: skip
        found += [PossibleDuplicate(DuplicateReason.NAME_DESA_BIRTH, o, i, n, mask_nik(k))
                  for o, i, n, k in same_person or () if k != nik]  # fmt: skip
        return found


def duplicate_lookups(
    session: Session, incident: Incident, valids: list[ValidHousehold], chunk: int = 500
) -> DuplicateLookups:
    """Batched look-ups behind ``DuplicateLookups.flags``: two indexed queries per chunk."""
    window = (incident.occurred_at - DUPLICATE_WINDOW, incident.occurred_at + DUPLICATE_WINDOW)
    same_nik: dict[str, list[tuple]] = {}
    same_person: dict[tuple, list[tuple]] = {}
    for start in range(0, len(valids), chunk):
        part = valids[start : start + chunk]
        niks = list({v.nik.value for v in part})
        for hid, iid, name, nik in session.execute(_SAME_NIK, {
            "niks": niks, "incident": incident.id, "start": window[0], "end": window[1],
        }):  # fmt: skip
            same_nik.setdefault(nik, []).append((hid, iid, name, nik))
        keys = sorted({(v.head_name_norm, v.desa_code, v.nik.birth_date) for v in part})
        if not keys:
            continue
        # Padded to a power of two (repeating a key changes nothing): a handful of statement
        # sizes, each compiled once, instead of a new one for every count of distinct people.
        size = max(8, 1 << (len(keys) - 1).bit_length())
        params = {}
        for i in range(size):
            params[f"n{i}"], params[f"d{i}"], params[f"b{i}"] = keys[min(i, len(keys) - 1)]
        for hid, iid, name, nik, norm, desa, birth in session.execute(
            _same_person_query(size), params
        ):
            same_person.setdefault((norm, desa, birth), []).append((hid, iid, name, nik))
    return DuplicateLookups(same_nik, same_person)


#: Live households of other incidents in a time window with any of the NIKs (built once: a
#: statement made anew per chunk costs more to prepare than to run).
_SAME_NIK = (
    select(Household.id, Household.incident_id, Household.head_name, Household.nik)
    .join(Incident, Incident.id == Household.incident_id)
    .where(
        Household.merged_into_id.is_(None), Household.nik.in_(bindparam("niks", expanding=True)),
        Household.incident_id != bindparam("incident"), Incident.occurred_at >= bindparam("start"),
        Incident.occurred_at <= bindparam("end"),
    )
)  # fmt: skip


@lru_cache(maxsize=16)
def _same_person_query(keys: int) -> Select:
    """Live households with any of ``keys`` (name, desa, birth date) triples, bound as n0, d0,
    b0, n1 …: the whole key, one indexed probe per person. A common name alone matches thousands
    of a district's rows, and SQLite scans the table for a row-value IN list (a quarter of a
    second per chunk at a million households). The statement is built once per size: building
    500 comparisons anew for every chunk cost more than running the query."""
    return select(
        Household.id, Household.incident_id, Household.head_name, Household.nik,
        Household.head_name_norm, Household.desa_code, Household.birth_date,
    ).where(
        Household.merged_into_id.is_(None),
        or_(*(and_(Household.head_name_norm == bindparam(f"n{i}"),
                   Household.desa_code == bindparam(f"d{i}"),
                   Household.birth_date == bindparam(f"b{i}")) for i in range(keys))),
    )  # fmt: skip


# --------------------------------------------------------------------------- writes


@dataclass(frozen=True)
class SavedHousehold:
    id: int
    incident_id: int
    flags: tuple[PossibleDuplicate, ...] = ()
    kk_overridden: bool = False


def _check_hard(
    session: Session, actor: Actor, incident_id: int, valid: ValidHousehold,
    kk_override_reason: str | None, exclude_id: int | None,
) -> str | None:  # fmt: skip
    same_nik, same_kk = hard_conflicts(
        session, incident_id, valid.nik.value, valid.no_kk.value, exclude_id
    )
    if same_nik:
        raise ConflictError(
            f"NIK {mask_nik(valid.nik.value)} sudah terdaftar pada kejadian ini (a.n. {same_nik})."
        )
    if same_kk:
        reason = (kk_override_reason or "").strip()
        if not reason:
            raise ConflictError(
                f"No. KK {mask_nik(valid.no_kk.value)} sudah dipakai {same_kk} pada kejadian ini. "
                "Hanya Kepala yang dapat mengizinkan KK ganda, dengan alasan."
            )
        require(actor, Permission.OVERRIDE_DUPLICATES)
        return reason
    return None


def _apply(hh: Household, valid: ValidHousehold) -> None:
    hh.head_name = valid.head_name
    hh.head_name_norm = valid.head_name_norm
    hh.nik = valid.nik.value
    hh.no_kk = valid.no_kk.value
    hh.birth_date = valid.nik.birth_date
    hh.sex = valid.nik.sex
    hh.desa_code = valid.desa_code
    hh.dusun, hh.rt, hh.rw = valid.dusun, valid.rt, valid.rw
    hh.persons, hh.infants, hh.elderly = valid.persons, valid.infants, valid.elderly
    hh.disabled, hh.pregnant = valid.disabled, valid.pregnant
    hh.damage, hh.displaced = valid.damage, valid.displaced
    hh.phone, hh.notes, hh.registered_on = valid.phone, valid.notes, valid.registered_on


def _store_flags(session: Session, household_id: int, flags: list[PossibleDuplicate]) -> None:
    for f in flags:
        exists = session.execute(
            select(DuplicateFlag.id).where(
                DuplicateFlag.household_id == household_id,
                DuplicateFlag.other_household_id == f.other_household_id,
                DuplicateFlag.reason == f.reason,
            )
        ).first()
        if not exists:
            session.add(DuplicateFlag(household_id=household_id, other_household_id=f.other_household_id,
                                      reason=f.reason, status=DuplicateStatus.OPEN))  # fmt: skip


def _dtks_status(session: Session, nik: str, no_kk: str) -> DtksStatus:
    """In the DTKS/DTSEN extracts when the NIK or the No. KK is listed (as the DTKS import marks)."""
    from tagana_desk.db.models import DtksEntry, DtksImport

    if session.execute(select(DtksImport.id).limit(1)).first() is None:
        return DtksStatus.UNKNOWN
    hit = session.execute(
        select(DtksEntry.id).where(or_(DtksEntry.nik == nik, DtksEntry.no_kk == no_kk)).limit(1)
    ).first()
    return DtksStatus.IN if hit else DtksStatus.OUT


def created_audit(row: dict, casualties: tuple[CasualtyInput, ...]) -> dict:
    """The audit "after" of a household inserted set-wise (``row``: its column values), the same
    fields ``add_household`` records for one (casualties a tuple: the same JSON array)."""
    after = {k: row[k] for k in _AUDIT_FIELDS if k in row}
    after["kk_override_reason"] = after["merged_into_id"] = None
    after["casualties"] = tuple(f"{c.kind}:{c.name}" for c in casualties)
    return after


def _snapshot(hh: Household, casualties: tuple[CasualtyInput, ...]) -> dict:
    return audit.snapshot(hh, _AUDIT_FIELDS) | {
        "casualties": [f"{c.kind}:{c.name}" for c in casualties]
    }


def add_household(
    session: Session, actor: Actor, incident_id: int, data: HouseholdInput | ValidHousehold, *,
    kk_override_reason: str | None = None, today: dt.date | None = None,
) -> SavedHousehold:  # fmt: skip
    """Register a household of an incident (operator and up). Raises on invalid input."""
    require(actor, Permission.EDIT_HOUSEHOLDS)
    incident = _incident(session, incident_id)
    if incident.status != IncidentStatus.OPEN:
        raise ValidationError("Kejadian sudah ditutup; buka kembali untuk menambah KK.")
    valid = _validated(session, data, today)
    periods.assert_open(session, valid.registered_on)
    override = _check_hard(session, actor, incident_id, valid, kk_override_reason, None)
    flags = possible_duplicates(session, incident, valid)
    office.ensure_region_code(session, valid.desa_code)
    hh = Household(incident_id=incident_id, created_by=actor.user_id,
                   dtks_status=_dtks_status(session, valid.nik.value, valid.no_kk.value))  # fmt: skip
    _apply(hh, valid)
    if override:
        hh.kk_override_reason, hh.kk_override_by = override, actor.user_id
    session.add(hh)
    session.flush()
    for c in valid.casualties:
        session.add(Casualty(household_id=hh.id, kind=CasualtyKind(c.kind), name=c.name, nik=c.nik,
                             notes=c.notes))  # fmt: skip
    _store_flags(session, hh.id, flags)
    session.flush()
    audit.record(
        session, actor, "create", "household", hh.id, after=_snapshot(hh, valid.casualties)
    )
    if override:
        audit.record(session, actor, "override_kk", "household", hh.id, reason=override)
    return SavedHousehold(hh.id, incident_id, tuple(flags), bool(override))


# add_households' look-ups by (incident, NIK or No. KK), built once. The NIK stays taken by a
# record merged away as a duplicate (the unique key says so too); a No. KK does not.
_TAKEN_KKS = select(Household.no_kk).where(
    Household.incident_id == bindparam("incident"),
    Household.merged_into_id.is_(None),
    Household.no_kk.in_(bindparam("kks", expanding=True)),
)
#: (NIK, id) in the incident: the NIKs already taken, and the ids of the rows just inserted.
_IDS_BY_NIK = select(Household.nik, Household.id).where(
    Household.incident_id == bindparam("incident"),
    Household.nik.in_(bindparam("niks", expanding=True)),
)
#: The household columns ``add_households`` inserts, in the order of its row tuples.
_INSERT_COLUMNS = (
    "incident_id", "head_name", "head_name_norm", "nik", "no_kk", "birth_date", "sex",
    "desa_code", "dusun", "rt", "rw", "persons", "infants", "elderly", "disabled", "pregnant",
    "damage", "displaced", "phone", "notes", "registered_on", "created_by", "created_at",
    "updated_at", "dtks_status",
)  # fmt: skip
_insert_values = itemgetter(*_INSERT_COLUMNS)


def add_households(
    session: Session, actor: Actor, incident_id: int, valids: list[ValidHousehold], *,
    progress=None, cancelled=None, chunk: int = 500, lookups: DuplicateLookups | None = None,
) -> list[SavedHousehold]:  # fmt: skip
    """Register many validated households of one incident at once (imports).

    The same rules as ``add_household`` — refusals for a NIK or No. KK already in the incident or
    twice in the batch, flags for possible duplicates, DTKS marks, period locks, one audit event
    per household — with look-ups and inserts done per chunk instead of per row. ``cancelled()``
    returning True raises ``ValidationError`` so the caller's transaction stores nothing.
    ``lookups``: the caller's ``duplicate_lookups`` of these very households, made in this
    transaction just before (an import that has already predicted the flags); asked anew if None.
    """
    from sqlalchemy import insert

    from tagana_desk.db.models import DtksEntry, DtksImport

    require(actor, Permission.EDIT_HOUSEHOLDS)
    incident = _incident(session, incident_id)
    if incident.status != IncidentStatus.OPEN:
        raise ValidationError("Kejadian sudah ditutup; buka kembali untuk menambah KK.")
    for day in sorted({v.registered_on.replace(day=1) for v in valids}):
        periods.assert_open(session, day)
    for code in sorted({v.desa_code for v in valids}):
        office.ensure_region_code(session, code)
    # Only this batch's numbers: an import of 50,000 rows calls here per chunk of 500, and the
    # incident's whole list grows with it.
    taken_nik: set[str] = set()
    taken_kk: set[str] = set()
    for start in range(0, len(valids), chunk):
        part = valids[start : start + chunk]
        taken_nik.update(session.execute(_IDS_BY_NIK, {
            "incident": incident_id, "niks": list({v.nik.value for v in part}),
        }).scalars())  # fmt: skip
        taken_kk.update(session.execute(_TAKEN_KKS, {
            "incident": incident_id, "kks": list({v.no_kk.value for v in part}),
        }).scalars())  # fmt: skip
    seen_nik: set[str] = set()
    seen_kk: set[str] = set()
    for v in valids:
        if v.nik.value in taken_nik or v.nik.value in seen_nik:
            raise ConflictError(f"NIK {mask_nik(v.nik.value)} sudah terdaftar pada kejadian ini.")
        if v.no_kk.value in taken_kk or v.no_kk.value in seen_kk:
            raise ConflictError(
                f"No. KK {mask_nik(v.no_kk.value)} sudah dipakai pada kejadian ini."
            )
        seen_nik.add(v.nik.value)
        seen_kk.add(v.no_kk.value)
    has_dtks = session.execute(select(DtksImport.id).limit(1)).first() is not None
    now = utcnow()
    saved: list[SavedHousehold] = []
    for start in range(0, len(valids), chunk):
        if cancelled and cancelled():
            raise ValidationError("Impor dibatalkan; tidak ada data yang disimpan.")
        part = valids[start : start + chunk]
        niks = [v.nik.value for v in part]
        in_dtks: set[str] = set()
        if has_dtks:
            kks = [v.no_kk.value for v in part]
            for nik, kk in session.execute(select(DtksEntry.nik, DtksEntry.no_kk).where(
                or_(DtksEntry.nik.in_(niks), DtksEntry.no_kk.in_(kks)))):  # fmt: skip
                in_dtks.update(x for x in (nik, kk) if x)
        known = (
            lookups
            if lookups is not None
            else duplicate_lookups(session, incident, part, len(part))
        )
        # Per household its column values and its audit "after", of plain values (an enum's
        # value, not the member; casualties as a tuple): the garbage collector then has nothing
        # to follow in these thousands of tuples and dicts, and stops watching them.
        values, afters = [], []
        for v in part:
            nik, no_kk = v.nik.value, v.no_kk.value
            if has_dtks:
                dtks = DtksStatus.IN if nik in in_dtks or no_kk in in_dtks else DtksStatus.OUT
            else:
                dtks = DtksStatus.UNKNOWN
            row = {
                "incident_id": incident_id, "head_name": v.head_name,
                "head_name_norm": v.head_name_norm, "nik": nik, "no_kk": no_kk,
                "birth_date": v.nik.birth_date, "sex": v.nik.sex, "desa_code": v.desa_code,
                "dusun": v.dusun, "rt": v.rt, "rw": v.rw, "persons": v.persons,
                "infants": v.infants, "elderly": v.elderly, "disabled": v.disabled,
                "pregnant": v.pregnant, "damage": v.damage.value, "displaced": v.displaced,
                "phone": v.phone, "notes": v.notes, "registered_on": v.registered_on,
                "created_by": actor.user_id, "created_at": now, "updated_at": now,
                "dtks_status": dtks.value,
            }  # fmt: skip
            values.append(_insert_values(row))
            afters.append(created_audit(row, v.casualties))
        # Multi-row inserts of plain tuples, then the new ids by the (incident, NIK) unique key:
        # RETURNING with parameter order makes SQLite insert row by row.
        insert_rows(session, Household.__table__, _INSERT_COLUMNS, values)
        by_nik = dict(session.execute(_IDS_BY_NIK, {"incident": incident_id, "niks": niks}).all())
        ids = [by_nik[nik] for nik in niks]
        casualties, flags, events = [], [], []
        local: dict[tuple, list[tuple]] = {}  # earlier rows of this chunk, not yet in same_name
        for hid, v, after in zip(ids, part, afters, strict=True):
            key = (v.head_name_norm, v.desa_code, v.nik.birth_date)
            found = known.flags(incident_id, v)
            found += [PossibleDuplicate(DuplicateReason.NAME_DESA_BIRTH, o, i, n, mask_nik(k))
                      for o, i, n, k in local.get(key, ()) if k != v.nik.value]  # fmt: skip
            local.setdefault(key, []).append((hid, incident_id, v.head_name, v.nik.value))
            for f in found:
                flags.append(dict(household_id=hid, other_household_id=f.other_household_id, reason=f.reason,
                                  status=DuplicateStatus.OPEN, note="", created_at=now))  # fmt: skip
            for c in v.casualties:
                casualties.append(dict(household_id=hid, kind=CasualtyKind(c.kind), name=c.name, nik=c.nik,
                                       notes=c.notes, created_at=now))  # fmt: skip
            events.append(audit.AuditItem("create", "household", hid, after=after))
            saved.append(SavedHousehold(hid, incident_id, tuple(found), False))
        if casualties:
            session.execute(insert(Casualty), casualties)
        if flags:
            session.execute(insert(DuplicateFlag), flags)
        audit.record_many(session, actor, events)
        if progress:
            progress(min(start + chunk, len(valids)), len(valids))
    return saved


def _validated(session: Session, data: HouseholdInput | ValidHousehold, today) -> ValidHousehold:
    if isinstance(data, ValidHousehold):
        return data
    valid, errors = validate(data, kabupaten_code=office_kabupaten(session), today=today)
    if errors:
        first = errors[0]
        more = f" (dan {len(errors) - 1} masalah lain)" if len(errors) > 1 else ""
        raise ValidationError(first.message + more, first.field)
    assert valid is not None
    return valid


def update_household(
    session: Session, actor: Actor, household_id: int, data: HouseholdInput, *,
    kk_override_reason: str | None = None, today: dt.date | None = None,
) -> SavedHousehold:  # fmt: skip
    require(actor, Permission.EDIT_HOUSEHOLDS)
    hh = session.get(Household, household_id)
    if hh is None:
        raise NotFoundError(f"KK #{household_id} tidak ditemukan.")
    incident = _incident(session, hh.incident_id)
    valid = _validated(session, data, today)
    periods.assert_open(session, hh.registered_on)
    periods.assert_open(session, valid.registered_on)
    override = _check_hard(session, actor, hh.incident_id, valid, kk_override_reason, hh.id)
    old_casualties = tuple(
        CasualtyInput(c.kind, c.name, c.nik, c.notes)
        for c in session.execute(select(Casualty).where(Casualty.household_id == hh.id)).scalars()
    )
    before = _snapshot(hh, old_casualties)
    _apply(hh, valid)
    if override:
        hh.kk_override_reason, hh.kk_override_by = override, actor.user_id
    hh.updated_at = utcnow()
    if old_casualties != valid.casualties:
        for c in session.execute(select(Casualty).where(Casualty.household_id == hh.id)).scalars():
            session.delete(c)
        for c in valid.casualties:
            session.add(Casualty(household_id=hh.id, kind=CasualtyKind(c.kind), name=c.name,
                                 nik=c.nik, notes=c.notes))  # fmt: skip
    flags = possible_duplicates(session, incident, valid, exclude_id=hh.id)
    _store_flags(session, hh.id, flags)
    session.flush()
    after = _snapshot(hh, valid.casualties)
    if after != before:
        audit.record(session, actor, "update", "household", hh.id, before=before, after=after)
    if override:
        audit.record(session, actor, "override_kk", "household", hh.id, reason=override)
    return SavedHousehold(hh.id, hh.incident_id, tuple(flags), bool(override))


@dataclass(frozen=True)
class FlagInfo:
    id: int
    reason: DuplicateReason
    status: DuplicateStatus
    household_id: int
    incident_id: int
    head_name: str
    nik: str  # masked unless the viewer may see full NIKs
    desa_name: str
    other_household_id: int
    other_incident_id: int
    other_head_name: str
    other_nik: str
    other_desa_name: str
    decided_by: str | None
    note: str


def _nik_for(actor: Actor, nik: str | None) -> str:
    """A NIK / No. KK as the actor may see it: whole with ``VIEW_FULL_NIK``, else masked."""
    if not nik:
        return ""
    return nik if _full_nik(actor) else mask_nik(nik)


def list_flags(
    session: Session, actor: Actor, *, status: DuplicateStatus | None = DuplicateStatus.OPEN,
    incident_id: int | None = None, limit: int = 200, offset: int = 0,
) -> list[FlagInfo]:  # fmt: skip
    from sqlalchemy.orm import aliased

    from tagana_desk.db.models import User

    require(actor, Permission.VIEW)
    a, b = aliased(Household), aliased(Household)
    stmt = (
        select(DuplicateFlag, a, b, User.username)
        .join(a, a.id == DuplicateFlag.household_id)
        .join(b, b.id == DuplicateFlag.other_household_id)
        .outerjoin(User, User.id == DuplicateFlag.decided_by)
    )
    if status is not None:
        stmt = stmt.where(DuplicateFlag.status == status)
    if incident_id is not None:
        stmt = stmt.where(a.incident_id == incident_id)
    stmt = stmt.order_by(DuplicateFlag.id.desc()).limit(limit).offset(offset)
    out = []
    for flag, h1, h2, decided in session.execute(stmt):
        out.append(FlagInfo(
            flag.id, DuplicateReason(flag.reason), DuplicateStatus(flag.status), h1.id,
            h1.incident_id, h1.head_name, _nik_for(actor, h1.nik),
            region_codes.region_name(h1.desa_code) or "", h2.id, h2.incident_id, h2.head_name,
            _nik_for(actor, h2.nik), region_codes.region_name(h2.desa_code) or "", decided,
            flag.note,
        ))  # fmt: skip
    return out


def count_open_flags(session: Session, incident_id: int | None = None) -> int:
    stmt = select(func.count(DuplicateFlag.id)).where(DuplicateFlag.status == DuplicateStatus.OPEN)
    if incident_id is not None:
        stmt = stmt.join(Household, Household.id == DuplicateFlag.household_id).where(
            Household.incident_id == incident_id
        )
    return session.execute(stmt).scalar_one()


def decide_flag(
    session: Session, actor: Actor, flag_id: int, decision: DuplicateStatus | str, note: str = ""
) -> None:
    """A person confirms the two are different families, or merges the flagged record away.

    Merging makes the flagged household inactive (``merged_into_id``); it is refused when that
    household already has a payment.
    """
    require(actor, Permission.EDIT_HOUSEHOLDS)
    flag = session.get(DuplicateFlag, flag_id)
    if flag is None:
        raise NotFoundError(f"Tanda duplikat #{flag_id} tidak ditemukan.")
    if flag.status != DuplicateStatus.OPEN:
        raise ConflictError("Tanda duplikat ini sudah diputuskan.")
    decision = DuplicateStatus(decision)
    if decision == DuplicateStatus.OPEN:
        raise ValidationError("Pilih: bukan duplikat, atau gabungkan.")
    note = (note or "").strip()
    hh = session.get(Household, flag.household_id)
    assert hh is not None
    periods.assert_open(session, hh.registered_on)
    if decision == DuplicateStatus.MERGED:
        if not note:
            raise ValidationError("Alasan penggabungan wajib diisi.", "catatan")
        paid = session.execute(
            select(func.count(Disbursement.id)).where(
                Disbursement.household_id == hh.id,
                Disbursement.status.in_([DisbursementStatus.PAID, DisbursementStatus.PENDING_APPROVAL,
                                         DisbursementStatus.DRAFT]),
            )
        ).scalar_one()  # fmt: skip
        if paid:
            raise ConflictError("KK ini sudah memiliki penyaluran; batalkan penyalurannya dulu.")
        hh.merged_into_id = flag.other_household_id
        hh.updated_at = utcnow()
    flag.status = decision
    flag.decided_by = actor.user_id
    flag.decided_at = utcnow()
    flag.note = note
    session.flush()
    audit.record(session, actor, "decide_duplicate", "duplicate_flag", flag.id,
                 before={"status": DuplicateStatus.OPEN},
                 after={"status": decision, "household_id": hh.id,
                        "other_household_id": flag.other_household_id}, reason=note)  # fmt: skip


# --------------------------------------------------------------------------- reading


class HouseholdRow(NamedTuple):
    """One line of a register or search result (NIK masked unless the viewer may see it).

    A named tuple: a search page builds a hundred of them, and a frozen dataclass's
    field-by-field construction cost more than reading the rows.
    """

    id: int
    incident_id: int
    incident_title: str
    incident_date: dt.date
    head_name: str
    nik: str
    no_kk: str
    desa_code: str
    desa_name: str
    kecamatan_name: str
    persons: int
    damage: DamageLevel
    displaced: bool
    dtks_status: DtksStatus
    flagged: bool
    merged: bool


@dataclass(frozen=True)
class HouseholdDetail:
    row: HouseholdRow
    dusun: str
    rt: str
    rw: str
    infants: int
    elderly: int
    disabled: int
    pregnant: int
    phone: str
    notes: str
    registered_on: dt.date
    birth_date: dt.date | None
    sex: str | None
    casualties: tuple[CasualtyInput, ...]
    kk_override_reason: str | None
    flags: tuple[FlagInfo, ...] = field(default_factory=tuple)


@lru_cache(maxsize=8192)
def _place_names(desa_code: str) -> tuple[str, str]:
    """(desa, kecamatan) names of a desa code."""
    desa = region_codes.get_region(desa_code)
    kec = region_codes.get_region(desa.parent_code) if desa and desa.parent_code else None
    return (desa.name if desa else "", kec.name if kec else "")


def _rows(session: Session, actor: Actor, where, order=None, limit=None,
          offset=0) -> list[HouseholdRow]:  # fmt: skip
    """The rows of the households matching ``where``, in ``order`` (Household columns), a page
    of ``limit`` from ``offset`` (all when ``limit`` is None), in one statement (``_page_rows``);
    newest first unless ``order`` is given.
    """
    order = order or (Household.id.desc(),)
    page = select(Household.id).where(where).order_by(*order).limit(limit).offset(offset)
    stmt = _page_rows(page, _full_nik(actor), order)
    return _household_rows(session.connection().execute(stmt).all())


_FLAGGED = (
    select(DuplicateFlag.id)
    .where(DuplicateFlag.household_id == Household.id, DuplicateFlag.status == DuplicateStatus.OPEN)
    .exists()
    .label("flagged")
)


def _masked(number):
    """A NIK / No. KK column masked by the database as ``mask_nik`` masks a stored (16-digit)
    number, first six and last four digits: for a role that may not see whole numbers they never
    leave the database. (Digits 7 to 12 never show, whatever the length.)"""
    return func.substr(number, 1, 6, type_=String()) + "******" + func.substr(number, 13)


def _row_columns(full_nik: bool) -> tuple:
    """The columns a row shows, NIK and No. KK whole or masked. Damage and DTKS status come back
    as their stored text and are turned into enum members by a dictionary look-up (``_DAMAGE``,
    ``_DTKS``); the incident's date is made a UTC datetime once per incident on the page."""
    nik, no_kk = (Household.nik, Household.no_kk)
    if not full_nik:
        nik, no_kk = _masked(nik), _masked(no_kk)
    return (
        Household.id, Household.incident_id, Household.head_name, nik, no_kk,
        Household.desa_code, Household.persons, type_coerce(Household.damage, String()),
        Household.displaced, type_coerce(Household.dtks_status, String()),
        Household.merged_into_id, Incident.title,
        type_coerce(Incident.occurred_at, DateTime(timezone=True)), _FLAGGED,
    )  # fmt: skip


_DAMAGE = {m.value: m for m in DamageLevel}
_DTKS = {m.value: m for m in DtksStatus}
_UTC = UtcDateTime()


def _page_rows(page, full_nik: bool, order=()) -> Select:
    """The shown columns of a page of households in one statement, NIK and No. KK whole or
    masked.

    ``page`` selects the page's ids (one column, its own order and limit); it runs first as a
    subquery, so only the page's rows are joined to their incident and open flags (joining before
    the limit would join every match of a broad prefix). The rows come in ``order`` (Household
    columns, the page's own), newest first by default.
    """
    ids = page.subquery("page")
    return (
        select(*_row_columns(full_nik))
        .select_from(ids)
        .join(Household, Household.id == ids.c.id)
        .join(Incident, Incident.id == Household.incident_id)
        .order_by(*(order or (ids.c.id.desc(),)))
    )


def _full_nik(actor: Actor) -> bool:
    return actor.can(Permission.VIEW_FULL_NIK)


def _household_rows(rows) -> list[HouseholdRow]:
    """``HouseholdRow`` of plain result rows of ``_row_columns``.

    Read through the session's connection (Core rows, not the ORM's result machinery): a page is
    a hundred plain tuples, and the ORM's row handling cost more than the query.
    """
    days: dict[int, dt.date] = {}  # incident → its local date (a page shares a few incidents)
    out = []
    for (hid, incident_id, head_name, nik, no_kk, desa_code, persons, damage, displaced, dtks,
         merged_into, title, occurred_at, flagged) in rows:  # fmt: skip
        desa, kec = _place_names(desa_code)
        day = days.get(incident_id)
        if day is None:
            day = days[incident_id] = local_date(_UTC.process_result_value(occurred_at, None))
        out.append(HouseholdRow(
            hid, incident_id, title, day, head_name, nik or "", no_kk or "", desa_code, desa,
            kec, persons, _DAMAGE[damage], displaced, _DTKS[dtks], bool(flagged),
            merged_into is not None,
        ))  # fmt: skip
    return out


HOUSEHOLD_SORT = {
    "id": Household.id,
    "name": Household.head_name_norm,
    "nik": Household.nik,
    "desa": Household.desa_code,
    "persons": Household.persons,
    "damage": Household.damage,
}


def list_households(
    session: Session, actor: Actor, incident_id: int, *, sort: str = "id", descending: bool = False,
    limit: int = 200, offset: int = 0, include_merged: bool = False,
) -> list[HouseholdRow]:  # fmt: skip
    require(actor, Permission.VIEW)
    column = HOUSEHOLD_SORT.get(sort, Household.id)
    order = (
        (column.desc(), Household.id.desc()) if descending else (column.asc(), Household.id.asc())
    )
    where = Household.incident_id == incident_id
    if not include_merged:
        where = and_(where, Household.merged_into_id.is_(None))
    return _rows(session, actor, where, order, limit, offset)


def count_households(session: Session, incident_id: int, *, include_merged: bool = False) -> int:
    stmt = select(func.count(Household.id)).where(Household.incident_id == incident_id)
    if not include_merged:
        stmt = stmt.where(Household.merged_into_id.is_(None))
    return session.execute(stmt).scalar_one()


def get_household(session: Session, actor: Actor, household_id: int) -> HouseholdDetail:
    require(actor, Permission.VIEW)
    hh = session.get(Household, household_id)
    if hh is None:
        raise NotFoundError(f"KK #{household_id} tidak ditemukan.")
    row = _rows(session, actor, Household.id == household_id)[0]
    casualties = tuple(
        CasualtyInput(c.kind, c.name, _nik_for(actor, c.nik) or None, c.notes)
        for c in session.execute(
            select(Casualty).where(Casualty.household_id == hh.id).order_by(Casualty.id)
        ).scalars()
    )
    flags = tuple(f for f in list_flags(session, actor, status=None, incident_id=hh.incident_id)
                  if f.household_id == hh.id)  # fmt: skip
    return HouseholdDetail(
        row, hh.dusun, hh.rt, hh.rw, hh.infants, hh.elderly, hh.disabled, hh.pregnant,
        hh.phone, hh.notes, hh.registered_on, hh.birth_date, hh.sex, casualties,
        hh.kk_override_reason, flags,
    )  # fmt: skip


def input_for_edit(session: Session, actor: Actor, household_id: int) -> HouseholdInput:
    """The stored values of a household as form input (full NIKs: only for roles that edit)."""
    require(actor, Permission.EDIT_HOUSEHOLDS)
    hh = session.get(Household, household_id)
    if hh is None:
        raise NotFoundError(f"KK #{household_id} tidak ditemukan.")
    casualties = tuple(
        CasualtyInput(c.kind, c.name, c.nik, c.notes)
        for c in session.execute(
            select(Casualty).where(Casualty.household_id == hh.id).order_by(Casualty.id)
        ).scalars()
    )
    return HouseholdInput(
        head_name=hh.head_name, nik=hh.nik, no_kk=hh.no_kk, desa_code=hh.desa_code, dusun=hh.dusun,
        rt=hh.rt, rw=hh.rw, persons=hh.persons, infants=hh.infants, elderly=hh.elderly,
        disabled=hh.disabled, pregnant=hh.pregnant, damage=DamageLevel(hh.damage).value,
        displaced=hh.displaced, phone=hh.phone, notes=hh.notes, casualties=casualties,
        registered_on=hh.registered_on,
    )  # fmt: skip


# --------------------------------------------------------------------------- search


_DIGITS = re.compile(r"^[\d\s.'-]+$")
MIN_NAME_FRAGMENT = 3
#: SQLite: the households whose normalised name contains ``:p`` (the FTS5 trigram index).
_FTS_MATCHES = "SELECT rowid AS id FROM household_fts WHERE head_name_norm LIKE :p"
MIN_NUMBER_PREFIX = 4


class _Search(NamedTuple):
    """What a Penerima search asks for, read once from the text typed."""

    kind: str  # "number" (a whole NIK / No. KK), "prefix", "from" (a prefix of nines) or "name"
    value: str  # the digits, or the normalised name fragment
    upper: str = ""  # the exclusive upper bound of a "prefix"


def _parse_search(query: str) -> _Search | None:
    """The search of ``query``, None when it is empty; too short or too long is refused."""
    text = str(query or "").strip()
    if not text:
        return None
    if _DIGITS.match(text):
        digits = re.sub(r"\D", "", text)
        if len(digits) < MIN_NUMBER_PREFIX:
            raise ValidationError(
                f"Ketik minimal {MIN_NUMBER_PREFIX} digit NIK atau No. KK.", "cari"
            )
        if len(digits) > 16:
            raise ValidationError("NIK dan No. KK hanya 16 digit.", "cari")
        if len(digits) == 16:
            return _Search("number", digits)
        # A prefix as a b-tree range, '3402' <= x < '3403'; 9999 has no upper bound of its length.
        upper = str(int(digits) + 1).zfill(len(digits))
        return (
            _Search("prefix", digits, upper)
            if len(upper) == len(digits)
            else _Search("from", digits)
        )
    # The same normalisation as the stored names: "H. Tumijo" finds "TUMIJO".
    fragment = normalize_name(text)
    if len(fragment) < MIN_NAME_FRAGMENT:
        raise ValidationError(f"Ketik minimal {MIN_NAME_FRAGMENT} huruf nama.", "cari")
    return _Search("name", fragment)


def _search_filter(session: Session, wanted: _Search):
    """SQL condition for a Penerima search."""
    if wanted.kind == "number":
        return or_(Household.nik == wanted.value, Household.no_kk == wanted.value)
    if wanted.kind == "prefix":
        return _prefix_range(wanted.value, wanted.upper)
    if wanted.kind == "from":
        return or_(Household.nik >= wanted.value, Household.no_kk >= wanted.value)
    pattern = f"%{wanted.value}%"
    if _is_sqlite(session):
        return Household.id.in_(sql_text(_FTS_MATCHES).bindparams(p=pattern))
    return Household.head_name_norm.like(pattern)


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def search(
    session: Session, actor: Actor, query: str, *, limit: int = 100, offset: int = 0
) -> list[HouseholdRow]:
    """Households of every incident by NIK prefix, No. KK, or any part of the name (newest first)."""
    require(actor, Permission.VIEW)
    wanted = _parse_search(query)
    if wanted is None:
        return []
    page = {"limit": limit, "offset": offset}
    if wanted.kind == "name" and _is_sqlite(session):
        # SQLite name search: the trigram index hands out the newest matches first and stops at
        # the page; filtering the household table by every match (a common name fragment
        # matches tens of thousands of a district's rows) and sorting them took up to a second.
        stmt = _FTS_ROWS[_full_nik(actor)]
        rows = session.connection().execute(stmt, {"p": f"%{wanted.value}%", **page})
        return _household_rows(rows.all())
    if wanted.kind == "prefix":
        # The common case, a NIK or No. KK prefix: one statement built once, new bounds each time.
        params = {"lo": wanted.value, "hi": wanted.upper, **page}
        stmt = _PREFIX_ROWS[_full_nik(actor)]
        return _household_rows(session.connection().execute(stmt, params).all())
    return _rows(session, actor, _search_filter(session, wanted), limit=limit, offset=offset)


def _prefix_range(lower, upper):
    """NIK or No. KK in [lower, upper): a prefix as a b-tree range, '3402' <= x < '3403' (digits
    only, so any collation agrees). Values or bind parameters."""
    return or_(
        and_(Household.nik >= lower, Household.nik < upper),
        and_(Household.no_kk >= lower, Household.no_kk < upper),
    )


_PREFIX_PAGE = (
    select(Household.id)
    .where(_prefix_range(bindparam("lo"), bindparam("hi")))
    .order_by(Household.id.desc())
    .limit(bindparam("limit"))
    .offset(bindparam("offset"))
)  # fmt: skip
#: The search pages as one statement each (``_page_rows``), built once per NIK view.
_PREFIX_ROWS = {full: _page_rows(_PREFIX_PAGE, full) for full in (False, True)}
_FTS_PAGE = sql_text(_FTS_MATCHES + " ORDER BY rowid DESC LIMIT :limit OFFSET :offset").columns(
    id=Integer
)
_FTS_ROWS = {full: _page_rows(_FTS_PAGE, full) for full in (False, True)}


def count_search(session: Session, actor: Actor, query: str) -> int:
    require(actor, Permission.VIEW)
    wanted = _parse_search(query)
    if wanted is None:
        return 0
    condition = _search_filter(session, wanted)
    return session.execute(select(func.count(Household.id)).where(condition)).scalar_one()


def history(session: Session, actor: Actor, household_id: int) -> list[HouseholdRow]:
    """Every registration of the same person (same NIK) across incidents, newest first."""
    require(actor, Permission.VIEW)
    hh = session.get(Household, household_id)
    if hh is None:
        raise NotFoundError(f"KK #{household_id} tidak ditemukan.")
    return _rows(session, actor, Household.nik == hh.nik)
