"""Users and sign-in: argon2 hashes, the five roles, lockout after repeated failures."""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tagana_desk.db.base import utcnow
from tagana_desk.db.models import User
from tagana_desk.domain.enums import Role
from tagana_desk.domain.errors import ConflictError, NotFoundError, ValidationError
from tagana_desk.domain.roles import Permission
from tagana_desk.services import audit
from tagana_desk.services.context import SYSTEM, Actor, require
from tagana_desk.services.passwords import check_policy, hash_password, verify_password

MAX_FAILED_LOGINS = 5
LOCKOUT = dt.timedelta(minutes=15)
_USERNAME = re.compile(r"^[a-z][a-z0-9._-]{1,63}$")
_SAFE_FIELDS = ("username", "full_name", "nip", "role", "active")


@dataclass(frozen=True, slots=True)
class UserInfo:
    id: int
    username: str
    full_name: str
    nip: str
    role: Role
    active: bool
    locked_until: dt.datetime | None
    last_login_at: dt.datetime | None


@dataclass(frozen=True, slots=True)
class LoginResult:
    """Outcome of a sign-in. The caller commits (so failures count) and then checks ``ok``."""

    actor: Actor | None
    message: str = ""

    @property
    def ok(self) -> bool:
        return self.actor is not None


def _info(u: User) -> UserInfo:
    return UserInfo(
        u.id, u.username, u.full_name, u.nip, Role(u.role), u.active, u.locked_until,
        u.last_login_at,
    )  # fmt: skip


def actor_of(u: User) -> Actor:
    return Actor(user_id=u.id, username=u.username, role=Role(u.role), full_name=u.full_name)


def normalize_username(username: str) -> str:
    name = str(username).strip().lower()
    if not _USERNAME.match(name):
        raise ValidationError(
            "Nama pengguna 2–64 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung, "
            "diawali huruf.",
            "nama_pengguna",
        )
    return name


def count_users(session: Session) -> int:
    return session.execute(select(func.count(User.id))).scalar_one()


def create_user(
    session: Session,
    actor: Actor,
    username: str,
    password: str,
    role: Role | str,
    *,
    full_name: str = "",
    nip: str = "",
    enforce_policy: bool = True,
) -> UserInfo:
    """Create a user (admin only). ``enforce_policy=False`` is for the demo's known passwords."""
    require(actor, Permission.MANAGE_USERS)
    name = normalize_username(username)
    try:
        role = Role(role)
    except ValueError:
        raise ValidationError(
            f"Peran tidak dikenal: {role!r} (pilih: {', '.join(r.value for r in Role)}).", "peran"
        ) from None
    if enforce_policy:
        check_policy(password)
    elif not password:
        raise ValidationError("Kata sandi wajib diisi.", "kata_sandi")
    if session.execute(select(User.id).where(User.username == name)).first():
        raise ConflictError(f"Pengguna {name!r} sudah ada.")
    user = User(
        username=name, full_name=full_name.strip(), nip=nip.strip(), role=role,
        password_hash=hash_password(password), active=True, failed_logins=0,
        password_changed_at=utcnow(),
    )  # fmt: skip
    session.add(user)
    session.flush()
    audit.record(
        session, actor, "create", "user", user.id, after=audit.snapshot(user, _SAFE_FIELDS)
    )
    return _info(user)


def _get(session: Session, username: str) -> User:
    user = session.execute(
        select(User).where(User.username == str(username).strip().lower())
    ).scalar_one_or_none()
    if user is None:
        raise NotFoundError(f"Pengguna {username!r} tidak ditemukan.")
    return user


def authenticate(
    session: Session, username: str, password: str, *, now: dt.datetime | None = None,
    record: bool = True,
) -> LoginResult:  # fmt: skip
    """Check a password. Counts failures; 5 in a row lock the account for 15 minutes.

    Never raises for a wrong password: the failure must be committed by the caller.
    ``record=False`` only checks (no counting, no audit event, nothing written): for ``verify``
    on a database whose audit log cannot take the login event (see ``cli._login``).
    """
    now = now or utcnow()
    generic = "Nama pengguna atau kata sandi salah."
    name = str(username or "").strip().lower()
    user = session.execute(select(User).where(User.username == name)).scalar_one_or_none()
    if user is None:
        verify_password(hash_password("x"), password or "")  # same cost as a real check
        return LoginResult(None, generic)
    if not user.active:
        return LoginResult(None, "Akun ini dinonaktifkan. Hubungi admin.")
    if user.locked_until is not None and user.locked_until > now:
        # Whole minutes left, rounded up: 14:00 left says 14, 13:59 says 14, 0:30 says 1.
        minutes = max(1, math.ceil((user.locked_until - now).total_seconds() / 60))
        return LoginResult(
            None,
            f"Akun terkunci karena terlalu banyak percobaan gagal; coba lagi dalam {minutes} menit.",
        )
    if not verify_password(user.password_hash, password or ""):
        if not record:
            return LoginResult(None, generic)
        user.failed_logins += 1
        actor = actor_of(user)
        if user.failed_logins >= MAX_FAILED_LOGINS:
            user.locked_until = now + LOCKOUT
            user.failed_logins = 0
            audit.record(session, actor, "lockout", "user", user.id,
                         reason=f"{MAX_FAILED_LOGINS} kali kata sandi salah")  # fmt: skip
            minutes = int(LOCKOUT.total_seconds() // 60)
            return LoginResult(
                None,
                f"Kata sandi salah {MAX_FAILED_LOGINS} kali; akun dikunci {minutes} menit.",
            )
        audit.record(session, actor, "login_failed", "user", user.id)
        left = MAX_FAILED_LOGINS - user.failed_logins
        return LoginResult(None, f"{generic} Sisa percobaan sebelum akun dikunci: {left}.")
    actor = actor_of(user)
    if not record:
        return LoginResult(actor)
    user.failed_logins = 0
    user.locked_until = None
    user.last_login_at = now
    audit.record(session, actor, "login", "user", user.id)
    return LoginResult(actor)


def list_users(session: Session, actor: Actor) -> list[UserInfo]:
    require(actor, Permission.MANAGE_USERS)
    return [_info(u) for u in session.execute(select(User).order_by(User.username)).scalars()]


def set_password(
    session: Session, actor: Actor, username: str, new_password: str, *,
    old_password: str | None = None,
) -> None:  # fmt: skip
    """Admins reset anyone's password; a user changes their own with the old one."""
    user = _get(session, username)
    own = actor.user_id == user.id
    if own:
        if old_password is None or not verify_password(user.password_hash, old_password):
            raise ValidationError("Kata sandi lama salah.", "kata_sandi_lama")
    else:
        require(actor, Permission.MANAGE_USERS)
    check_policy(new_password)
    user.password_hash = hash_password(new_password)
    user.password_changed_at = utcnow()
    user.failed_logins = 0
    user.locked_until = None
    audit.record(session, actor, "set_password", "user", user.id)


def update_user(
    session: Session, actor: Actor, username: str, *, role: Role | str | None = None,
    active: bool | None = None, full_name: str | None = None, nip: str | None = None,
) -> UserInfo:  # fmt: skip
    require(actor, Permission.MANAGE_USERS)
    user = _get(session, username)
    before = audit.snapshot(user, _SAFE_FIELDS)
    if role is not None:
        user.role = Role(role)
    if active is not None:
        if not active and actor.user_id == user.id:
            raise ValidationError("Anda tidak dapat menonaktifkan akun Anda sendiri.")
        user.active = active
    if full_name is not None:
        user.full_name = full_name.strip()
    if nip is not None:
        user.nip = nip.strip()
    session.flush()
    remaining_admins = session.execute(
        select(func.count(User.id)).where(User.role == Role.ADMIN, User.active.is_(True))
    ).scalar_one()
    if remaining_admins == 0:
        raise ValidationError("Harus tetap ada setidaknya satu admin aktif.")
    audit.record(session, actor, "update", "user", user.id, before=before,
                 after=audit.snapshot(user, _SAFE_FIELDS))  # fmt: skip
    return _info(user)


def ensure_admin(session: Session, username: str, password: str) -> UserInfo | None:
    """At ``init``: create the first admin when the database has no users. None if users exist."""
    if count_users(session):
        return None
    return create_user(session, SYSTEM, username, password, Role.ADMIN)
