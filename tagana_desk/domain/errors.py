"""Errors the program shows to a person. Every message is Indonesian and fits on one line."""

from __future__ import annotations


class TaganaError(Exception):
    """Base of every error that is the user's to read (not a bug)."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(TaganaError):
    """Bad input: a value that cannot be accepted. ``field`` names the field when known."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(TaganaError):
    """A referenced record (fund, user, receipt, …) does not exist."""


class PermissionDenied(TaganaError):
    """The signed-in user's role may not do this."""

    exit_code = 3


class AuthenticationError(TaganaError):
    """Wrong user name or password, or a locked account."""

    exit_code = 3


class InsufficientFunds(TaganaError):
    """A payment would take a fund's available balance below zero."""

    def __init__(self, fund_code: str, needed: int, available: int) -> None:
        from tagana_desk.domain.money import format_rupiah

        super().__init__(
            f"Saldo dana {fund_code} tidak cukup: dibutuhkan {format_rupiah(needed)}, "
            f"tersedia {format_rupiah(available)}."
        )
        self.fund_code = fund_code
        self.needed = needed
        self.available = available


class PeriodClosed(TaganaError):
    """A write dated in a month that the bendahara has closed."""


class ConflictError(TaganaError):
    """The write conflicts with existing data (a duplicate, an already-paid item, …)."""


class DatabaseError(TaganaError):
    """The database cannot be opened or used: not a Tagana database, newer schema, no access."""

    exit_code = 2
