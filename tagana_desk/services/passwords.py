"""Password hashing (argon2id via ``argon2-cffi``) and the password policy."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from tagana_desk.domain.errors import ValidationError

_HASHER = PasswordHasher()
MIN_LENGTH = 8


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _HASHER.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def check_policy(password: str) -> None:
    """At least 8 characters, with a letter and a digit."""
    if len(password) < MIN_LENGTH:
        raise ValidationError(f"Kata sandi minimal {MIN_LENGTH} karakter.", "kata_sandi")
    if not any(c.isalpha() for c in password) or not any(c.isdigit() for c in password):
        raise ValidationError("Kata sandi harus berisi huruf dan angka.", "kata_sandi")
