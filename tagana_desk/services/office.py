"""Office profile (letterhead), signatories with NIP, and the office's region codes."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from tagana_desk.db.base import utcnow
from tagana_desk.db.models import OfficeProfile, Region, Signatory
from tagana_desk.domain import regions as region_codes
from tagana_desk.domain.enums import SignatoryRole
from tagana_desk.domain.errors import NotFoundError, ValidationError
from tagana_desk.domain.money import parse_rupiah
from tagana_desk.domain.roles import Permission
from tagana_desk.services import audit
from tagana_desk.services.context import Actor, require

_NIP = re.compile(r"^\d{18}$")
_PROFILE_FIELDS = (
    "government", "name", "kabupaten_code", "address", "phone", "email", "city",
    "approval_threshold", "disaster_fund_code", "stipend_fund_code", "acknowledger_role",
)  # fmt: skip
MAX_LOGO_BYTES = 2 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class OfficeInfo:
    government: str
    name: str
    kabupaten_code: str | None
    kabupaten_name: str
    address: str
    phone: str
    email: str
    city: str
    has_logo: bool
    approval_threshold: int
    disaster_fund_code: str
    stipend_fund_code: str
    acknowledger_role: SignatoryRole


@dataclass(frozen=True, slots=True)
class SignatoryInfo:
    id: int
    role: SignatoryRole
    name: str
    nip: str
    title: str
    active: bool


def _profile(session: Session) -> OfficeProfile:
    profile = session.get(OfficeProfile, 1)
    if profile is None:
        profile = OfficeProfile(id=1, receipt_secret=secrets.token_hex(32))
        session.add(profile)
        session.flush()
    return profile


def ensure_profile(session: Session) -> None:
    _profile(session)


def get_office(session: Session) -> OfficeInfo:
    p = session.get(OfficeProfile, 1) or OfficeProfile(
        government="", name="", address="", phone="", email="", city="", approval_threshold=5_000_000,
        disaster_fund_code="BTT", stipend_fund_code="HONOR",
        acknowledger_role=SignatoryRole.KEPALA_DINAS,
    )  # fmt: skip
    kab_name = _kabupaten_name(session, p.kabupaten_code) if p.kabupaten_code else ""
    return OfficeInfo(
        p.government, p.name, p.kabupaten_code, kab_name, p.address, p.phone, p.email, p.city,
        p.logo_png is not None, p.approval_threshold, p.disaster_fund_code, p.stipend_fund_code,
        SignatoryRole(p.acknowledger_role),
    )  # fmt: skip


def _kabupaten_name(session: Session, code: str) -> str:
    """The office's kabupaten/kota as stored with its code when it was chosen (ensure_regions
    copies the name from the Kemendagri list); the list itself only for an office stored
    without it. Beranda shows this name first: reading the whole list (the lokal package) on the
    way held the first window back by a fifth of a second."""
    stored = session.get(Region, code)
    if stored is not None:
        return stored.name
    region = region_codes.get_region(code)
    return region.name if region else ""


def get_logo(session: Session) -> bytes | None:
    p = session.get(OfficeProfile, 1)
    return p.logo_png if p else None


def update_office(session: Session, actor: Actor, **changes: object) -> OfficeInfo:
    """Change letterhead fields (admin). Unknown field names are a programming error."""
    require(actor, Permission.EDIT_SETTINGS)
    profile = _profile(session)
    unknown = set(changes) - set(_PROFILE_FIELDS)
    if unknown:
        raise TypeError(f"unknown office fields: {sorted(unknown)}")
    before = audit.snapshot(profile, _PROFILE_FIELDS)
    for key, value in changes.items():
        if key == "kabupaten_code":
            if value:
                region = region_codes.require_region(str(value), level=2)
                value = region.code
                ensure_regions(session, region.code)
            else:
                value = None
        elif key == "approval_threshold":
            value = parse_rupiah(value, field="batas_persetujuan")
        elif key == "acknowledger_role":
            value = SignatoryRole(value)
        elif key in ("name",) and not str(value).strip():
            raise ValidationError("Nama kantor wajib diisi.", key)
        elif isinstance(value, str):
            value = value.strip()
        setattr(profile, key, value)
    profile.updated_at = utcnow()
    session.flush()
    audit.record(session, actor, "update", "office_profile", 1, before=before,
                 after=audit.snapshot(profile, _PROFILE_FIELDS))  # fmt: skip
    return get_office(session)


def validate_logo(png: bytes) -> None:
    """A letterhead logo: a PNG image of at most 2 MB; raises on anything else."""
    if len(png) > MAX_LOGO_BYTES:
        raise ValidationError("Logo terlalu besar (maks. 2 MB).", "logo")
    if not png.startswith(b"\x89PNG\r\n\x1a\n"):
        raise ValidationError("Logo harus berupa gambar PNG.", "logo")


def set_logo(session: Session, actor: Actor, png: bytes | None) -> None:
    require(actor, Permission.EDIT_SETTINGS)
    if png is not None:
        validate_logo(png)
    profile = _profile(session)
    had = profile.logo_png is not None
    profile.logo_png = png
    audit.record(session, actor, "set_logo", "office_profile", 1,
                 before={"logo": had}, after={"logo": png is not None,
                                              "bytes": len(png) if png else 0})  # fmt: skip


def list_signatories(session: Session, *, active_only: bool = False) -> list[SignatoryInfo]:
    stmt = select(Signatory).order_by(Signatory.role, Signatory.id)
    if active_only:
        stmt = stmt.where(Signatory.active.is_(True))
    return [
        SignatoryInfo(s.id, SignatoryRole(s.role), s.name, s.nip, s.title, s.active)
        for s in session.execute(stmt).scalars()
    ]


def signatory_for(session: Session, role: SignatoryRole) -> SignatoryInfo | None:
    """The active signatory of a role (newest first), for printing."""
    for s in reversed(list_signatories(session, active_only=True)):
        if s.role == role:
            return s
    return None


def validate_signatory(name: str, nip: str) -> tuple[str, str]:
    """The cleaned name and NIP (18 digits or empty for a non-PNS); raises on a bad one."""
    name = str(name or "").strip()
    if not name:
        raise ValidationError("Nama penandatangan wajib diisi.", "nama")
    nip = re.sub(r"\s", "", str(nip or ""))
    if nip and not _NIP.match(nip):
        raise ValidationError("NIP harus 18 digit angka (boleh dikosongkan untuk non-PNS).", "nip")
    return name, nip


def save_signatory(
    session: Session, actor: Actor, *, role: SignatoryRole | str, name: str, nip: str = "",
    title: str = "", active: bool = True, signatory_id: int | None = None,
) -> SignatoryInfo:  # fmt: skip
    """Add (no id) or change a signatory (admin)."""
    require(actor, Permission.EDIT_SETTINGS)
    name, nip = validate_signatory(name, nip)
    if signatory_id is None:
        sig = Signatory(
            role=SignatoryRole(role), name=name, nip=nip, title=title.strip(), active=active
        )
        session.add(sig)
        session.flush()
        audit.record(session, actor, "create", "signatory", sig.id, after=audit.snapshot(sig))
    else:
        sig = session.get(Signatory, signatory_id)
        if sig is None:
            raise NotFoundError(f"Penandatangan #{signatory_id} tidak ditemukan.")
        before = audit.snapshot(sig)
        sig.role, sig.name, sig.nip = SignatoryRole(role), name, nip
        sig.title, sig.active = title.strip(), active
        session.flush()
        audit.record(session, actor, "update", "signatory", sig.id, before=before,
                     after=audit.snapshot(sig))  # fmt: skip
    return SignatoryInfo(sig.id, SignatoryRole(sig.role), sig.name, sig.nip, sig.title, sig.active)


def ensure_regions(session: Session, kabupaten_code: str) -> int:
    """Store the province, the kabupaten and all its kecamatan and desa; returns rows added."""
    kab = region_codes.require_region(kabupaten_code, level=2)
    wanted = [*region_codes.lineage(kab.code)]
    for kec in region_codes.children(kab.code):
        wanted.append(kec)
        wanted.extend(region_codes.children(kec.code))
    return _store_regions(session, wanted)


def ensure_region_code(session: Session, code: str) -> str:
    """Make sure a (valid) region code and its parents are stored; returns the dotted code."""
    chain = region_codes.lineage(code)
    _store_regions(session, chain)
    return chain[-1].code


def _store_regions(session: Session, wanted: list[region_codes.Region]) -> int:
    codes = [r.code for r in wanted]
    have: set[str] = set()
    for i in range(0, len(codes), 500):
        have.update(
            session.execute(
                select(Region.code).where(Region.code.in_(codes[i : i + 500]))
            ).scalars()
        )
    added = 0
    for r in sorted(wanted, key=lambda r: r.level):
        if r.code in have:
            continue
        session.add(Region(code=r.code, name=r.name, level=r.level, parent_code=r.parent_code))
        have.add(r.code)
        added += 1
    session.flush()
    return added
