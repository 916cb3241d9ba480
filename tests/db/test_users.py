"""Users and sign-in on both backends: roles, password policy, lockout, last admin."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from tagana_desk.db.models import User
from tagana_desk.domain.enums import Role
from tagana_desk.domain.errors import (
    ConflictError,
    NotFoundError,
    PermissionDenied,
    ValidationError,
)
from tagana_desk.services import users
from tagana_desk.services.context import SYSTEM
from tests.support import ROLE_PASSWORD, audit_count, row_count

pytestmark = pytest.mark.db

NOW = dt.datetime(2026, 11, 25, 8, 0, tzinfo=dt.UTC)


def _user(db, username: str) -> User:
    with db.read() as s:
        user = s.execute(select(User).where(User.username == username)).scalar_one()
        s.expunge(user)
        return user


def _login(db, username: str, password: str, now: dt.datetime = NOW) -> users.LoginResult:
    """One sign-in attempt in its own committed transaction, as the app does it."""
    with db.write() as s:
        return users.authenticate(s, username, password, now=now)


def _nothing_written(db, before: tuple[int, int]) -> None:
    assert (row_count(db, User), audit_count(db)) == before


def _counts(db) -> tuple[int, int]:
    return row_count(db, User), audit_count(db)


# --- Creating users -------------------------------------------------------------------------------


def test_admin_creates_a_user_of_each_role(db, roles):
    for role in Role:
        name = f"baru.{role.value}"
        before = _counts(db)
        with db.write() as s:
            info = users.create_user(
                s, roles.admin, f"Baru.{role.value}", "Sandi2026x", role, full_name="  Siti A "
            )
        assert (info.username, info.role, info.full_name, info.active) == (
            name,
            role,
            "Siti A",
            True,
        )
        assert _counts(db) == (before[0] + 1, before[1] + 1)
        stored = _user(db, name)
        assert stored.role == role
        assert stored.password_hash.startswith("$argon2id$")
        assert "Sandi2026x" not in stored.password_hash
        assert _login(db, name, "Sandi2026x").actor.role == role


POLICY_CASES = [
    ("Ab1", "Kata sandi minimal 8 karakter."),
    ("Rahasia", "Kata sandi minimal 8 karakter."),
    ("", "Kata sandi minimal 8 karakter."),
    ("RahasiaSekali", "Kata sandi harus berisi huruf dan angka."),
    ("1234567890", "Kata sandi harus berisi huruf dan angka."),
]


def test_password_policy_refuses_and_stores_nothing(db, roles):
    before = _counts(db)
    for password, message in POLICY_CASES:
        with pytest.raises(ValidationError) as info, db.write() as s:
            users.create_user(s, roles.admin, "budi", password, Role.OPERATOR)
        assert (password, info.value.message) == (password, message)
        assert info.value.field == "kata_sandi"
    _nothing_written(db, before)


OTHER_ROLES = ("operator", "bendahara", "kepala", "auditor")


def test_only_admin_creates_users(db, roles):
    before = _counts(db)
    for role in OTHER_ROLES:
        with (
            pytest.raises(PermissionDenied, match="tidak berwenang mengelola pengguna"),
            db.write() as s,
        ):
            users.create_user(s, roles.all()[role], "budi", "Sandi2026x", Role.ADMIN)
        with pytest.raises(PermissionDenied), db.read() as s:
            users.list_users(s, roles.all()[role])
    _nothing_written(db, before)


def test_duplicate_username_refused(db, roles):
    before = _counts(db)
    for username in ("operator", "OPERATOR", " Operator "):
        with pytest.raises(ConflictError, match="Pengguna 'operator' sudah ada."), db.write() as s:
            users.create_user(s, roles.admin, username, "Sandi2026x", Role.KEPALA)
    _nothing_written(db, before)
    assert _user(db, "operator").role == Role.OPERATOR


def test_bad_username_refused(db, roles):
    before = _counts(db)
    for username in ("", "a", "1budi", "budi santoso", "budi@dinsos", "x" * 65):
        with pytest.raises(ValidationError, match="Nama pengguna 2–64 karakter"), db.write() as s:
            users.create_user(s, roles.admin, username, "Sandi2026x", Role.OPERATOR)
    _nothing_written(db, before)


def test_unknown_role_refused(db, roles):
    before = _counts(db)
    with pytest.raises(ValidationError, match="Peran tidak dikenal: 'lurah'"), db.write() as s:
        users.create_user(s, roles.admin, "budi", "Sandi2026x", "lurah")
    _nothing_written(db, before)


def test_list_users(db, roles):
    with db.read() as s:
        listed = users.list_users(s, roles.admin)
    assert [(u.username, u.role) for u in listed] == [
        ("admin", Role.ADMIN),
        ("auditor", Role.AUDITOR),
        ("bendahara", Role.BENDAHARA),
        ("kepala", Role.KEPALA),
        ("operator", Role.OPERATOR),
    ]


def test_ensure_admin_only_on_an_empty_user_table(db):
    with db.write() as s:
        assert users.ensure_admin(s, "admin2", "Sandi2026x") is None
    assert row_count(db, User) == 5


# --- Signing in -----------------------------------------------------------------------------------


def test_successful_login_sets_last_login(db):
    assert _user(db, "kepala").last_login_at is None
    result = _login(db, " Kepala ", ROLE_PASSWORD)
    assert result.ok and result.message == ""
    assert (result.actor.username, result.actor.role) == ("kepala", Role.KEPALA)
    assert _user(db, "kepala").last_login_at == NOW


def test_unknown_user_gets_the_generic_message(db):
    result = _login(db, "siapa", ROLE_PASSWORD)
    assert not result.ok
    assert result.message == "Nama pengguna atau kata sandi salah."


def test_wrong_password_shows_remaining_attempts_and_is_committed(db):
    before = audit_count(db)
    for attempt in range(1, 5):
        result = _login(db, "operator", "salah123")
        assert not result.ok
        assert result.message == (
            "Nama pengguna atau kata sandi salah. "
            f"Sisa percobaan sebelum akun dikunci: {5 - attempt}."
        )
        # Each failure was committed by its own transaction: the count survives it.
        assert _user(db, "operator").failed_logins == attempt
    assert audit_count(db) == before + 4


def test_five_failures_lock_the_account(db):
    for _ in range(4):
        _login(db, "operator", "salah123")
    fifth = _login(db, "operator", "salah123")
    assert not fifth.ok
    assert fifth.message == "Kata sandi salah 5 kali; akun dikunci 15 menit."
    stored = _user(db, "operator")
    assert stored.locked_until == NOW + dt.timedelta(minutes=15)

    # Even the right password is refused while locked, and the message says how long.
    locked = _login(db, "operator", ROLE_PASSWORD, now=NOW + dt.timedelta(minutes=1))
    assert not locked.ok
    assert locked.message == (
        "Akun terkunci karena terlalu banyak percobaan gagal; coba lagi dalam 14 menit."
    )
    # Minutes left are rounded up, never beyond the 15 the lockout message announced.
    for elapsed, minutes in [(0, 15), (61, 14), (14 * 60 + 30, 1)]:
        result = _login(db, "operator", ROLE_PASSWORD, now=NOW + dt.timedelta(seconds=elapsed))
        assert not result.ok
        assert result.message.endswith(f"coba lagi dalam {minutes} menit.")
    assert _user(db, "operator").last_login_at is None

    # Once the lockout has passed, the right password works again.
    later = _login(db, "operator", ROLE_PASSWORD, now=NOW + dt.timedelta(minutes=15, seconds=1))
    assert later.ok
    stored = _user(db, "operator")
    assert (stored.locked_until, stored.failed_logins) == (None, 0)
    assert stored.last_login_at == NOW + dt.timedelta(minutes=15, seconds=1)


def test_success_resets_the_failure_count(db):
    for _ in range(4):
        _login(db, "bendahara", "salah123")
    assert _login(db, "bendahara", ROLE_PASSWORD).ok
    assert _user(db, "bendahara").failed_logins == 0
    result = _login(db, "bendahara", "salah123")
    assert result.message.endswith("Sisa percobaan sebelum akun dikunci: 4.")


def test_inactive_user_refused(db, roles):
    with db.write() as s:
        users.update_user(s, roles.admin, "auditor", active=False)
    result = _login(db, "auditor", ROLE_PASSWORD)
    assert not result.ok
    assert result.message == "Akun ini dinonaktifkan. Hubungi admin."
    assert _user(db, "auditor").last_login_at is None


# --- The last admin -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "changes", [{"role": Role.OPERATOR}, {"active": False}], ids=["demote", "deactivate"]
)
def test_cannot_remove_the_last_active_admin(db, roles, changes):
    before = _counts(db)
    with (
        pytest.raises(ValidationError, match="setidaknya satu admin aktif"),
        db.write() as s,
    ):
        users.update_user(s, SYSTEM, "admin", **changes)
    _nothing_written(db, before)
    stored = _user(db, "admin")
    assert (stored.role, stored.active) == (Role.ADMIN, True)


def test_admin_cannot_demote_themselves_when_alone(db, roles):
    with pytest.raises(ValidationError, match="setidaknya satu admin aktif"), db.write() as s:
        users.update_user(s, roles.admin, "admin", role=Role.OPERATOR)
    with pytest.raises(ValidationError, match="menonaktifkan akun Anda sendiri"), db.write() as s:
        users.update_user(s, roles.admin, "admin", active=False)
    assert _user(db, "admin").role == Role.ADMIN


def test_with_a_second_admin_one_may_go(db, roles):
    with db.write() as s:
        users.create_user(s, roles.admin, "admin2", "Sandi2026x", Role.ADMIN)
    with db.write() as s:
        info = users.update_user(s, roles.admin, "admin2", active=False)
    assert info.active is False
    with pytest.raises(ValidationError, match="setidaknya satu admin aktif"), db.write() as s:
        users.update_user(s, roles.admin, "admin", role=Role.KEPALA)


def test_only_admin_updates_users(db, roles):
    before = _counts(db)
    for role in OTHER_ROLES:
        with pytest.raises(PermissionDenied), db.write() as s:
            users.update_user(s, roles.all()[role], "operator", role=Role.ADMIN)
    _nothing_written(db, before)
    assert _user(db, "operator").role == Role.OPERATOR


# --- Passwords ------------------------------------------------------------------------------------


def test_own_password_needs_the_old_one(db, roles):
    before = audit_count(db)
    for old in (None, "salah123"):
        with pytest.raises(ValidationError, match="Kata sandi lama salah."), db.write() as s:
            users.set_password(s, roles.operator, "operator", "Baru2026x", old_password=old)
    assert audit_count(db) == before
    assert _login(db, "operator", ROLE_PASSWORD).ok

    with db.write() as s:
        users.set_password(s, roles.operator, "operator", "Baru2026x", old_password=ROLE_PASSWORD)
    assert _login(db, "operator", "Baru2026x").ok
    assert not _login(db, "operator", ROLE_PASSWORD).ok


def test_own_new_password_must_meet_the_policy(db, roles):
    with pytest.raises(ValidationError, match="minimal 8 karakter"), db.write() as s:
        users.set_password(s, roles.kepala, "kepala", "pendek1", old_password=ROLE_PASSWORD)
    assert _login(db, "kepala", ROLE_PASSWORD).ok


def test_admin_resets_a_password_and_unlocks(db, roles):
    for _ in range(5):
        _login(db, "bendahara", "salah123")
    assert _user(db, "bendahara").locked_until is not None
    with db.write() as s:
        users.set_password(s, roles.admin, "bendahara", "Reset2026x")
    stored = _user(db, "bendahara")
    assert (stored.locked_until, stored.failed_logins) == (None, 0)
    assert _login(db, "bendahara", "Reset2026x").ok


def test_others_cannot_reset_someone_elses_password(db, roles):
    before = audit_count(db), _user(db, "admin").password_hash
    for role in OTHER_ROLES:
        with (
            pytest.raises(PermissionDenied, match="tidak berwenang mengelola pengguna"),
            db.write() as s,
        ):
            users.set_password(
                s, roles.all()[role], "admin", "Curian2026x", old_password=ROLE_PASSWORD
            )
    assert (audit_count(db), _user(db, "admin").password_hash) == before
    assert _login(db, "admin", ROLE_PASSWORD).ok


def test_set_password_of_unknown_user(db, roles):
    with pytest.raises(NotFoundError, match="tidak ditemukan"), db.write() as s:
        users.set_password(s, roles.admin, "siapa", "Sandi2026x")
