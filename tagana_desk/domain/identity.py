"""NIK and No. KK: parsing, validation and masking (UU 27/2022: mask by default).

NIK: ``PP KK CC DDMMYY SSSS`` — province, kabupaten/kota and kecamatan codes, birth date (day + 40
for women), serial. No. KK: the same 16-digit shape, the first six digits the issuing region.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from tagana_desk.domain.errors import ValidationError
from tagana_desk.domain.regions import get_region

_STRIP = re.compile(r"[\s.\-']")
_SCI = re.compile(r"^\d(?:[.,]\d+)?[eE]\+?\d+$")

EXCEL_PRECISION_MESSAGE = (
    "{label} tersimpan sebagai angka di Excel sehingga digit ke-16 hilang (Excel hanya menyimpan "
    "15 digit). Ubah kolom menjadi Teks dan ketik ulang dari KTP/KK; angka tidak ditebak."
)


@dataclass(frozen=True, slots=True)
class Nik:
    """A validated NIK and what it encodes."""

    value: str
    province_code: str
    regency_code: str
    district_code: str
    district_name: str
    regency_name: str
    birth_date: dt.date
    sex: str  # "L" laki-laki, "P" perempuan
    serial: str

    @property
    def masked(self) -> str:
        return mask_nik(self.value)

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True)
class NoKK:
    """A validated family-card number (Nomor Kartu Keluarga)."""

    value: str
    district_code: str
    district_name: str

    @property
    def masked(self) -> str:
        return mask_nik(self.value)

    def __str__(self) -> str:
        return self.value


def _digits(raw: object, label: str, field: str) -> str:
    """Sixteen digits from typed or imported input, or a clear refusal."""
    if type(raw) is str and len(raw) == 16 and raw.isascii() and raw.isdigit():
        return raw  # the usual case, nothing to strip or refuse (an import checks thousands)
    if raw is None:
        raise ValidationError(f"{label} wajib diisi.", field)
    if isinstance(raw, bool):
        raise ValidationError(f"{label} harus 16 digit angka.", field)
    if isinstance(raw, float | Decimal) or (isinstance(raw, int) and raw >= 10**15):
        # A number cell: beyond 15 significant digits Excel has already rounded it away.
        raise ValidationError(EXCEL_PRECISION_MESSAGE.format(label=label), field)
    if _SCI.match(str(raw).strip().replace(" ", "")):
        raise ValidationError(EXCEL_PRECISION_MESSAGE.format(label=label), field)
    text = _STRIP.sub("", str(raw))
    if not text:
        raise ValidationError(f"{label} wajib diisi.", field)
    if not (text.isascii() and text.isdigit()):  # "²" is a digit to Python, not in a NIK
        raise ValidationError(
            f"{label} hanya boleh berisi angka: {_mask_typed(str(raw))!r}.", field
        )
    if len(text) != 16:
        raise ValidationError(f"{label} harus 16 digit, bukan {len(text)} digit.", field)
    return text


def _mask_typed(text: str) -> str:
    """What was typed, quoted in a message without the number it holds (UU 27/2022).

    A NIK with a typo (``3402011504873787x``) still names a person: messages end up in import
    reports and logs. Like :func:`mask_nik`, the first six and last four characters stay; digits
    in between become ``*``, other characters stay so the typo can still be found.
    """
    if sum(ch.isdigit() for ch in text) <= 10:
        return text
    middle = "".join("*" if ch.isdigit() else ch for ch in text[6:-4])
    return f"{text[:6]}{middle}{text[-4:]}"


def _district(digits: str, label: str, field: str) -> tuple[str, str, str]:
    return _district_of(digits[0:6], label, field)


@lru_cache(maxsize=4096)
def _district_of(prefix: str, label: str, field: str) -> tuple[str, str, str]:
    """(kecamatan code, kecamatan name, kabupaten name) of a NIK's first six digits; a village
    list repeats a handful of them thousands of times. Errors are raised, never cached."""
    pp, kk, cc = prefix[0:2], prefix[2:4], prefix[4:6]
    if get_region(pp) is None:
        raise ValidationError(f"{label}: kode provinsi {pp} tidak dikenal.", field)
    regency = get_region(f"{pp}.{kk}")
    if regency is None:
        raise ValidationError(f"{label}: kode kabupaten/kota {pp}.{kk} tidak dikenal.", field)
    district = get_region(f"{pp}.{kk}.{cc}")
    if district is None:
        raise ValidationError(f"{label}: kode kecamatan {pp}.{kk}.{cc} tidak dikenal.", field)
    return district.code, district.name, regency.name


def parse_nik(raw: object, *, today: dt.date | None = None, field: str = "nik") -> Nik:
    """Validate a NIK; raises ``ValidationError`` with an Indonesian reason."""
    label = "NIK"
    digits = _digits(raw, label, field)
    district_code, district_name, regency_name = _district(digits, label, field)
    day, month, yy = int(digits[6:8]), int(digits[8:10]), int(digits[10:12])
    sex = "L"
    if day > 40:
        sex, day = "P", day - 40
    if not 1 <= day <= 31:
        raise ValidationError(
            f"NIK: tanggal lahir {digits[6:8]} tidak valid (1–31 untuk laki-laki, 41–71 untuk "
            "perempuan).",
            field,
        )
    today = today or dt.date.today()
    year = 2000 + yy if 2000 + yy <= today.year else 1900 + yy
    try:
        birth = dt.date(year, month, day)
    except ValueError:
        raise ValidationError(
            f"NIK: tanggal lahir {day:02d}-{digits[8:10]}-{digits[10:12]} bukan tanggal yang ada.",
            field,
        ) from None
    if birth > today:
        raise ValidationError(f"NIK: tanggal lahir {birth:%d-%m-%Y} ada di masa depan.", field)
    serial = digits[12:]
    if serial == "0000":
        raise ValidationError("NIK: nomor urut (4 digit terakhir) tidak boleh 0000.", field)
    return Nik(
        value=digits,
        province_code=digits[0:2],
        regency_code=f"{digits[0:2]}.{digits[2:4]}",
        district_code=district_code,
        district_name=district_name,
        regency_name=regency_name,
        birth_date=birth,
        sex=sex,
        serial=serial,
    )


def parse_no_kk(raw: object, *, field: str = "no_kk") -> NoKK:
    """Validate a No. KK (16 digits, a known issuing kecamatan, serial not 0000)."""
    label = "No. KK"
    digits = _digits(raw, label, field)
    district_code, district_name, _ = _district(digits, label, field)
    if digits[12:] == "0000":
        raise ValidationError("No. KK: nomor urut (4 digit terakhir) tidak boleh 0000.", field)
    return NoKK(value=digits, district_code=district_code, district_name=district_name)


def mask_nik(value: str | None) -> str:
    """``3402085505900003`` → ``340208******0003``: first six and last four digits only."""
    if not value:
        return ""
    text = str(value)
    if len(text) != 16:
        return "*" * len(text)
    return f"{text[:6]}******{text[12:]}"


def try_parse_nik(raw: object) -> Nik | None:
    try:
        return parse_nik(raw)
    except ValidationError:
        return None
