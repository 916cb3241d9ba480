"""Setting up a new database: the first admin, the office profile, the default funds.

Two ways in: ``initialize`` (the ``init`` command: an admin and the defaults, idempotent) and
``first_run`` (the desktop wizard: everything a desk needs on day one, in the caller's one
transaction, so a failure leaves a database without users and the wizard opens again).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from tagana_desk.db.locking import lock_audit_head
from tagana_desk.db.models import Fund
from tagana_desk.domain import regions
from tagana_desk.domain.enums import FundKind, Role, SignatoryRole
from tagana_desk.domain.errors import ConflictError, ValidationError
from tagana_desk.domain.money import parse_rupiah
from tagana_desk.services import aid, funds, office, users, volunteers
from tagana_desk.services.context import SYSTEM, Actor
from tagana_desk.services.funds import AllocationResult
from tagana_desk.services.passwords import check_policy

DEFAULT_FUNDS = (
    ("BTT", "Belanja Tidak Terduga (dana insidentil bencana)", FundKind.DISASTER),
    ("HONOR", "Honor relawan Tagana dan PSKS", FundKind.STIPEND),
)
#: Signatories the wizard insists on: the receipt is signed by the bendahara and acknowledged
#: ("mengetahui") by the kepala dinas by default. The PPTK is optional.
REQUIRED_SIGNATORIES = (SignatoryRole.KEPALA_DINAS, SignatoryRole.BENDAHARA)
_SIGNATORY_WORDS = {
    SignatoryRole.KEPALA_DINAS: "kepala dinas",
    SignatoryRole.PPTK: "PPTK",
    SignatoryRole.BENDAHARA: "bendahara",
}
MAX_REFERENCE = 200


@dataclass(frozen=True, slots=True)
class InitResult:
    admin_created: bool
    funds_created: list[str]


def initialize(session: Session, admin_username: str, admin_password: str) -> InitResult:
    """Idempotent: creates what is missing, never changes what exists."""
    office.ensure_profile(session)
    created = users.ensure_admin(session, admin_username, admin_password)
    made = ensure_defaults(session)
    return InitResult(admin_created=created is not None, funds_created=made)


def ensure_defaults(session: Session) -> list[str]:
    """Default funds, aid types and volunteer types that are missing; returns the new funds."""
    made = ensure_default_funds(session)
    aid.ensure_default_aid_types(session)
    volunteers.ensure_default_types(session)
    return made


def ensure_default_funds(session: Session) -> list[str]:
    """Create the default funds that are missing; returns their codes."""
    made = []
    for code, name, kind in DEFAULT_FUNDS:
        if session.execute(select(Fund.id).where(Fund.code == code)).first() is None:
            funds.create_fund(session, SYSTEM, code, name, kind)
            made.append(code)
    return made


# --------------------------------------------------------------------------- first run


@dataclass(frozen=True, slots=True)
class Account:
    """A user account the wizard creates. The password never appears in a repr or a log."""

    username: str
    full_name: str
    password: str = field(repr=False)
    nip: str = ""


@dataclass(frozen=True, slots=True)
class SignatoryEntry:
    role: SignatoryRole
    name: str
    nip: str = ""
    title: str = ""


@dataclass(frozen=True, slots=True)
class FirstAllocation:
    """The opening allocation of a default fund (e.g. BTT from the SK Bupati)."""

    fund_code: str
    amount: int
    reference: str
    on: dt.date


@dataclass(frozen=True, slots=True)
class FirstRunInput:
    """Everything the first-run wizard collected; nothing is written before ``first_run``.

    ``bendahara`` is the treasurer's account. Only the bendahara role may add money to a fund
    (``Permission.ALLOCATE_FUNDS``), so opening allocations are recorded as that person and
    need the account; without allocations it is optional. ``government`` and ``city`` are
    derived from the kabupaten when blank ("PEMERINTAH KABUPATEN BANTUL", "Bantul").
    """

    office_name: str
    kabupaten_code: str
    address: str
    admin: Account
    signatories: tuple[SignatoryEntry, ...] = ()
    bendahara: Account | None = None
    allocations: tuple[FirstAllocation, ...] = ()
    logo_png: bytes | None = field(default=None, repr=False)
    government: str = ""
    city: str = ""


@dataclass(frozen=True, slots=True)
class FirstRunResult:
    admin: Actor
    bendahara_username: str | None
    funds_created: tuple[str, ...]
    signatories: int
    allocations: tuple[AllocationResult, ...]


def government_line(kabupaten_code: str) -> str:
    """``34.02`` → ``PEMERINTAH KABUPATEN BANTUL``; ``34.71`` → ``PEMERINTAH KOTA YOGYAKARTA``."""
    region = regions.get_region(kabupaten_code)
    return f"PEMERINTAH {region.name.upper()}" if region else ""


def signing_city(kabupaten_code: str) -> str:
    """The place written before the date under a signature: ``34.02`` → ``Bantul``."""
    region = regions.get_region(kabupaten_code)
    if region is None:
        return ""
    for prefix in ("Kabupaten Administrasi ", "Kota Administrasi ", "Kabupaten ", "Kota "):
        if region.name.startswith(prefix):
            return region.name[len(prefix) :]
    return region.name


def office_problems(
    name: str, kabupaten_code: str | None, address: str, logo_png: bytes | None = None
) -> dict[str, str]:
    """Field key → message for the office page (empty when all is well)."""
    problems: dict[str, str] = {}
    if not str(name or "").strip():
        problems["kantor.nama"] = "Nama kantor wajib diisi (mis. DINAS SOSIAL)."
    if not kabupaten_code:
        problems["kantor.kabupaten"] = "Pilih provinsi lalu kabupaten/kota kantor."
    else:
        try:
            regions.require_region(kabupaten_code, level=2)
        except ValidationError as exc:
            problems["kantor.kabupaten"] = exc.message
    if not str(address or "").strip():
        problems["kantor.alamat"] = "Alamat kantor wajib diisi; dicetak di kop surat."
    if logo_png is not None:
        try:
            office.validate_logo(logo_png)
        except ValidationError as exc:
            problems["kantor.logo"] = exc.message
    return problems


def signatory_problems(entries: tuple[SignatoryEntry, ...]) -> dict[str, str]:
    """Field key (``<role>.nama`` / ``<role>.nip``) → message for the signatories page."""
    problems: dict[str, str] = {}
    given = {SignatoryRole(e.role) for e in entries}
    for role in REQUIRED_SIGNATORIES:
        if role not in given:
            problems[f"{role.value}.nama"] = f"Nama {_SIGNATORY_WORDS[role]} wajib diisi."
    for entry in entries:
        role = SignatoryRole(entry.role)
        name = str(entry.name or "").strip()
        if not name:
            problems[f"{role.value}.nama"] = f"Nama {_SIGNATORY_WORDS[role]} wajib diisi."
            continue
        try:
            office.validate_signatory(name, entry.nip)
        except ValidationError as exc:
            problems[f"{role.value}.{exc.field or 'nama'}"] = exc.message
    return problems


def account_problems(prefix: str, account: Account) -> dict[str, str]:
    """Field key (``<prefix>.nama_pengguna`` / ``.nama`` / ``.kata_sandi`` / ``.nip``) →
    message for a new account, with the users service's own rules."""
    problems: dict[str, str] = {}
    try:
        users.normalize_username(account.username)
    except ValidationError as exc:
        problems[f"{prefix}.nama_pengguna"] = exc.message
    if not account.full_name.strip():
        problems[f"{prefix}.nama"] = "Nama lengkap wajib diisi; tercatat di log audit."
    try:
        check_policy(account.password)
    except ValidationError as exc:
        problems[f"{prefix}.kata_sandi"] = exc.message
    if account.nip.strip():
        try:
            office.validate_signatory(account.full_name or "-", account.nip)
        except ValidationError as exc:
            problems[f"{prefix}.nip"] = exc.message
    return problems


def allocation_problems(
    allocations: tuple[FirstAllocation, ...], *, today: dt.date | None = None
) -> dict[str, str]:
    """Field key (``<FUND>.jumlah`` / ``.referensi`` / ``.tanggal``) → message."""
    today = today or dt.date.today()
    known = {code for code, _name, _kind in DEFAULT_FUNDS}
    problems: dict[str, str] = {}
    seen: set[str] = set()
    for a in allocations:
        code = str(a.fund_code).upper()
        if code not in known or code in seen:
            problems[f"{code}.jumlah"] = (
                f"Alokasi awal hanya sekali untuk dana {', '.join(sorted(known))}."
            )
            continue
        seen.add(code)
        try:
            parse_rupiah(a.amount)
        except ValidationError as exc:
            problems[f"{code}.jumlah"] = exc.message
        reference = str(a.reference or "").strip()
        if not reference:
            problems[f"{code}.referensi"] = (
                "Dasar alokasi wajib diisi (mis. SK Bupati 188/123/2026)."
            )
        elif len(reference) > MAX_REFERENCE:
            problems[f"{code}.referensi"] = "Dasar alokasi terlalu panjang (maks. 200 karakter)."
        if a.on > today:
            problems[f"{code}.tanggal"] = "Tanggal alokasi tidak boleh di masa depan."
    return problems


def first_run_problems(data: FirstRunInput, *, today: dt.date | None = None) -> dict[str, str]:
    """Every problem of the wizard's input, by field key; empty when ``first_run`` can go."""
    problems = office_problems(data.office_name, data.kabupaten_code, data.address, data.logo_png)
    problems |= signatory_problems(data.signatories)
    problems |= account_problems("admin", data.admin)
    if data.bendahara is not None:
        problems |= account_problems("akun_bendahara", data.bendahara)
        if (
            "akun_bendahara.nama_pengguna" not in problems
            and data.bendahara.username.strip().lower() == data.admin.username.strip().lower()
        ):
            problems["akun_bendahara.nama_pengguna"] = (
                "Akun bendahara harus berbeda dari akun admin."
            )
    problems |= allocation_problems(data.allocations, today=today)
    if data.allocations and data.bendahara is None:
        problems["akun_bendahara.kata_sandi"] = (
            "Alokasi dana dicatat atas nama bendahara: buat akun bendahara, atau kosongkan "
            "jumlah alokasi."
        )
    return problems


def first_run(
    session: Session, data: FirstRunInput, *, today: dt.date | None = None
) -> FirstRunResult:
    """Set up a new database from the first-run wizard, in the caller's one transaction.

    Refuses when the database already has users. Order and actors, as the audit log shows them:
    the program (``sistem``) creates the first admin and the default funds, aid types and
    volunteer types (as ``init`` does); the new admin writes the office profile, the logo and
    the signatories and creates the bendahara's account; the bendahara records the opening
    allocations (only that role may add money to a fund). Any error raises and the caller's
    rollback leaves the database without users.
    """
    # Two desks finishing the wizard on one new PostgreSQL database at the same moment: the second
    # waits here until the first commits, then finds its users (on SQLite the write lock does it).
    lock_audit_head(session)
    if users.count_users(session):
        raise ConflictError(
            "Database ini sudah disiapkan (sudah ada pengguna); masuk lewat layar login."
        )
    problems = first_run_problems(data, today=today)
    if problems:
        key, message = next(iter(problems.items()))
        raise ValidationError(message, key)

    office.ensure_profile(session)
    admin_info = users.create_user(
        session, SYSTEM, data.admin.username, data.admin.password, Role.ADMIN,
        full_name=data.admin.full_name, nip=data.admin.nip,
    )  # fmt: skip
    admin = Actor(admin_info.id, admin_info.username, admin_info.role, admin_info.full_name)
    made = ensure_defaults(session)

    office.update_office(
        session, admin,
        government=data.government.strip() or government_line(data.kabupaten_code),
        name=data.office_name, kabupaten_code=data.kabupaten_code, address=data.address,
        city=data.city.strip() or signing_city(data.kabupaten_code),
    )  # fmt: skip
    if data.logo_png is not None:
        office.set_logo(session, admin, data.logo_png)
    for entry in data.signatories:
        office.save_signatory(
            session, admin, role=entry.role, name=entry.name, nip=entry.nip, title=entry.title
        )

    bendahara_username = None
    allocated: list[AllocationResult] = []
    if data.bendahara is not None:
        info = users.create_user(
            session, admin, data.bendahara.username, data.bendahara.password, Role.BENDAHARA,
            full_name=data.bendahara.full_name, nip=data.bendahara.nip,
        )  # fmt: skip
        bendahara_username = info.username
        bendahara = Actor(info.id, info.username, info.role, info.full_name)
        for a in data.allocations:
            allocated.append(
                funds.allocate(
                    session, bendahara, a.fund_code, a.amount, a.reference, on=a.on, today=today
                )
            )
    return FirstRunResult(
        admin=admin,
        bendahara_username=bendahara_username,
        funds_created=tuple(made),
        signatories=len(data.signatories),
        allocations=tuple(allocated),
    )
