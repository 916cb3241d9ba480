"""Receipt numbers: ``NNNN/<FUND>/<ROMAN-MONTH>/<YEAR>``, e.g. ``0007/BTT/XI/2026``.

The sequence is per fund per calendar year; the month part only tells the reader when it was
issued.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tagana_desk.domain.errors import ValidationError

ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_PATTERN = re.compile(r"^(\d{4,})/([A-Z0-9_-]{1,16})/([IVX]{1,4})/(\d{4})$")


def roman_month(month: int) -> str:
    if not 1 <= month <= 12:
        raise ValueError(f"month out of range: {month}")
    return ROMAN_MONTHS[month - 1]


@dataclass(frozen=True, slots=True, order=True)
class ReceiptNumber:
    year: int
    fund_code: str
    seq: int
    month: int

    def __str__(self) -> str:
        return f"{self.seq:04d}/{self.fund_code}/{roman_month(self.month)}/{self.year}"

    @classmethod
    def parse(cls, text: str) -> ReceiptNumber:
        match = _PATTERN.match(str(text).strip().upper())
        if not match or match.group(3) not in ROMAN_MONTHS:
            raise ValidationError(
                f"Nomor kuitansi tidak valid: {text!r} (contoh: 0007/BTT/XI/2026).", "nomor"
            )
        seq, fund, roman, year = match.groups()
        if int(seq) < 1:
            raise ValidationError("Nomor urut kuitansi mulai dari 0001.", "nomor")
        return cls(
            year=int(year), fund_code=fund, seq=int(seq), month=ROMAN_MONTHS.index(roman) + 1
        )


def format_receipt_number(seq: int, fund_code: str, month: int, year: int) -> str:
    return str(ReceiptNumber(year=year, fund_code=fund_code, seq=seq, month=month))
