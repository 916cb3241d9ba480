"""Whole-rupiah money. Amounts are Python ints end to end; floats are refused on entry."""

from __future__ import annotations

import re
from decimal import Decimal

from tagana_desk.domain.errors import ValidationError

#: Largest amount the program accepts in one entry (Rp1 triliun): far above any desk's fund,
#: far below the range of a signed 64-bit column.
MAX_AMOUNT = 1_000_000_000_000

_GROUPED = re.compile(r"^(?:Rp\.?\s*)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,00?|,-)?$", re.IGNORECASE)


def parse_rupiah(value: object, *, allow_zero: bool = False, field: str = "jumlah") -> int:
    """Parse a whole-rupiah amount typed by a person or read from a file.

    Accepts ``15000000``, ``"15.000.000"``, ``"Rp15.000.000"``, ``"Rp 15.000.000,00"``,
    ``"Rp15.000.000,-"``.
    Refuses floats, fractions of a rupiah, negative numbers, text and absurdly large values.
    """
    if isinstance(value, bool):
        raise ValidationError("Jumlah uang harus berupa angka rupiah.", field)
    if isinstance(value, int):
        amount = value
    elif isinstance(value, Decimal):
        if value != value.to_integral_value():
            raise ValidationError("Jumlah uang harus rupiah utuh, tanpa sen.", field)
        amount = int(value)
    elif isinstance(value, float):
        raise ValidationError("Jumlah uang harus rupiah utuh (bukan pecahan).", field)
    elif isinstance(value, str):
        text = value.strip().replace(" ", "")
        if text.startswith("-"):
            raise ValidationError("Jumlah uang tidak boleh negatif.", field)
        match = _GROUPED.match(text)
        if not match:
            raise ValidationError(
                f"Jumlah uang tidak valid: {value!r}. Tulis rupiah utuh, mis. 15000000 atau 15.000.000.",
                field,
            )
        amount = int(match.group(1).replace(".", ""))
    else:
        raise ValidationError("Jumlah uang harus berupa angka rupiah.", field)
    if amount < 0:
        raise ValidationError("Jumlah uang tidak boleh negatif.", field)
    if amount == 0 and not allow_zero:
        raise ValidationError("Jumlah uang harus lebih dari Rp0.", field)
    if amount > MAX_AMOUNT:
        raise ValidationError("Jumlah uang terlalu besar (lebih dari Rp1 triliun).", field)
    return amount


def format_rupiah(amount: int, *, prefix: bool = True) -> str:
    """``15000000`` → ``Rp15.000.000``; negative amounts as ``-Rp15.000``."""
    if not isinstance(amount, int) or isinstance(amount, bool):
        raise TypeError("format_rupiah takes whole rupiah as int")
    sign = "-" if amount < 0 else ""
    grouped = f"{abs(amount):,}".replace(",", ".")
    return f"{sign}Rp{grouped}" if prefix else f"{sign}{grouped}"


class Rupiah(int):
    """An amount of whole rupiah.

    An ``int`` (so it stores, sums and compares as one) that refuses floats on construction and
    in arithmetic, and prints itself the Indonesian way: ``str(Rupiah(15000)) == "Rp15.000"``.
    """

    __slots__ = ()

    def __new__(cls, value: object = 0) -> Rupiah:
        if isinstance(value, bool | float):
            raise TypeError("Rupiah takes whole rupiah (int), never float")
        if isinstance(value, Decimal):
            if value != value.to_integral_value():
                raise ValueError("Rupiah takes whole rupiah, no fractions")
            value = int(value)
        if isinstance(value, str):
            value = parse_rupiah(value, allow_zero=True)
        if not isinstance(value, int):
            raise TypeError(f"Rupiah cannot be made from {type(value).__name__}")
        return super().__new__(cls, value)

    @staticmethod
    def _check(other: object) -> int:
        if isinstance(other, float | Decimal) or not isinstance(other, int):
            raise TypeError("rupiah arithmetic takes whole numbers only")
        return other

    def __add__(self, other: object) -> Rupiah:
        return Rupiah(int(self) + self._check(other))

    __radd__ = __add__

    def __sub__(self, other: object) -> Rupiah:
        return Rupiah(int(self) - self._check(other))

    def __rsub__(self, other: object) -> Rupiah:
        return Rupiah(self._check(other) - int(self))

    def __mul__(self, other: object) -> Rupiah:
        return Rupiah(int(self) * self._check(other))

    __rmul__ = __mul__

    def __neg__(self) -> Rupiah:
        return Rupiah(-int(self))

    def __truediv__(self, other: object) -> Rupiah:
        raise TypeError("divide rupiah with an explicit rounding rule (see percent_of)")

    def __str__(self) -> str:
        return format_rupiah(int(self))

    def __repr__(self) -> str:
        return f"Rupiah({int(self)})"


def percent_of(amount: int, basis_points: int) -> int:
    """``amount × basis_points / 10000``, rounded half up to whole rupiah, in integers only.

    Used for tax rules: 500 basis points is 5%.
    """
    if amount < 0 or basis_points < 0:
        raise ValueError("percent_of takes non-negative values")
    return (amount * basis_points + 5000) // 10000
