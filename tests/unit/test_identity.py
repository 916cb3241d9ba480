"""NIK and No. KK: real Kemendagri codes and real birth dates are accepted and decoded; every
kind of damage a desk meets (Excel, typos, invented codes) is refused with an Indonesian reason."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tagana_desk.domain import regions
from tagana_desk.domain.errors import ValidationError
from tagana_desk.domain.identity import mask_nik, parse_nik, parse_no_kk, try_parse_nik

TODAY = dt.date(2026, 11, 25)
VALID = "3402085505900003"  # Bantul, Bantul; woman born 15 May 1990; serial 0003

PROVINCES = [p for p in regions.children() if regions.children(p.code)]
KABUPATEN = {
    p.code: [k for k in regions.children(p.code) if regions.children(k.code)] for p in PROVINCES
}
KECAMATAN = {k.code: regions.children(k.code) for ks in KABUPATEN.values() for k in ks}
PROVINCE_CODES = {p.code for p in regions.children()}


@st.composite
def kecamatan(draw) -> regions.Region:
    """A real kecamatan: a province, one of its kabupaten/kota, one of its kecamatan."""
    province = draw(st.sampled_from(PROVINCES))
    kabupaten = draw(st.sampled_from(KABUPATEN[province.code]))
    return draw(st.sampled_from(KECAMATAN[kabupaten.code]))


def _prefix(region: regions.Region) -> str:
    return region.code.replace(".", "")


def build_nik(kec: regions.Region, birth: dt.date, sex: str, serial: int) -> str:
    day = birth.day + 40 if sex == "P" else birth.day
    return f"{_prefix(kec)}{day:02d}{birth.month:02d}{birth.year % 100:02d}{serial:04d}"


# Two-digit years: a NIK's year is read as this century unless that is after this year, so every
# birth date of the last 99 years decodes unambiguously.
birth_dates = st.dates(min_value=dt.date(TODAY.year - 99, 1, 1), max_value=TODAY)
sexes = st.sampled_from("LP")
serials = st.integers(min_value=1, max_value=9999)


def _refused(raw, match: str, **kw) -> ValidationError:
    with pytest.raises(ValidationError, match=match) as info:
        parse_nik(raw, today=TODAY, **kw)
    assert info.value.field == kw.get("field", "nik")
    return info.value


# --- Accepted ------------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(kec=kecamatan(), birth=birth_dates, sex=sexes, serial=serials)
def test_valid_niks_decode(kec, birth, sex, serial):
    raw = build_nik(kec, birth, sex, serial)
    nik = parse_nik(raw, today=TODAY)
    assert nik.value == raw
    assert nik.birth_date == birth
    assert nik.sex == sex
    assert nik.serial == f"{serial:04d}"
    assert nik.district_code == kec.code
    assert nik.district_name == kec.name
    assert nik.province_code == kec.code[:2]
    assert nik.regency_code == kec.code[:5]
    assert nik.regency_name == regions.require_region(kec.code[:5]).name
    assert str(nik) == raw
    assert nik.masked == raw[:6] + "******" + raw[12:]


def test_known_nik_decodes():
    nik = parse_nik(VALID, today=TODAY)
    assert (nik.district_code, nik.district_name, nik.regency_name) == (
        "34.02.08",
        "Bantul",
        "Kabupaten Bantul",
    )
    assert (nik.birth_date, nik.sex, nik.serial) == (dt.date(1990, 5, 15), "P", "0003")
    man = parse_nik("3402081505900003", today=TODAY)
    assert (man.birth_date, man.sex) == (dt.date(1990, 5, 15), "L")


def test_two_digit_year_reads_as_this_century_up_to_this_year():
    assert parse_nik("3402080101260001", today=TODAY).birth_date == dt.date(2026, 1, 1)
    assert parse_nik("3402080101270001", today=TODAY).birth_date == dt.date(1927, 1, 1)
    assert parse_nik("3402080101000001", today=TODAY).birth_date == dt.date(2000, 1, 1)
    assert parse_nik("3402082902000001", today=TODAY).birth_date == dt.date(2000, 2, 29)
    assert parse_nik("3402082511260001", today=TODAY).birth_date == TODAY  # born today


@pytest.mark.parametrize(
    "raw",
    [
        "3402 0855 0590 0003",
        "3402.0855.0590.0003",
        "3402-0855-0590-0003",
        "'3402085505900003",
        "  3402085505900003\t",
        "340208 550590 0003",
    ],
)
def test_separators_are_tolerated(raw):
    assert parse_nik(raw, today=TODAY).value == VALID


# --- Refused -------------------------------------------------------------------------------------


@settings(max_examples=50, deadline=None)
@given(kec=kecamatan(), birth=birth_dates, sex=sexes, serial=serials)
def test_wrong_length_is_refused(kec, birth, sex, serial):
    raw = build_nik(kec, birth, sex, serial)
    _refused(raw[:-1], "NIK harus 16 digit, bukan 15 digit")
    _refused(raw + "1", "NIK harus 16 digit, bukan 17 digit")


@settings(max_examples=50, deadline=None)
@given(
    kec=kecamatan(),
    birth=birth_dates,
    serial=serials,
    position=st.integers(0, 15),
    letter=st.sampled_from("OoIlSBZx"),
)
def test_letters_are_refused(kec, birth, serial, position, letter):
    raw = build_nik(kec, birth, "L", serial)
    typo = raw[:position] + letter + raw[position + 1 :]
    _refused(typo, "NIK hanya boleh berisi angka")


@given(code=st.integers(0, 99).map(lambda n: f"{n:02d}"))
def test_unknown_province_is_refused(code):
    assume(code not in PROVINCE_CODES)
    _refused(f"{code}02085505900003", f"kode provinsi {code} tidak dikenal")


@settings(max_examples=50, deadline=None)
@given(province=st.sampled_from(PROVINCES), kk=st.integers(0, 99))
def test_unknown_kabupaten_is_refused(province, kk):
    code = f"{province.code}.{kk:02d}"
    assume(regions.get_region(code) is None)
    _refused(f"{province.code}{kk:02d}085505900003", f"kode kabupaten/kota {code} tidak dikenal")


@settings(max_examples=50, deadline=None)
@given(kec=kecamatan(), cc=st.integers(0, 99))
def test_unknown_kecamatan_is_refused(kec, cc):
    code = f"{kec.code[:5]}.{cc:02d}"
    assume(regions.get_region(code) is None)
    _refused(f"{code.replace('.', '')}5505900003", f"kode kecamatan {code} tidak dikenal")


@pytest.mark.parametrize("day", [0, 32, 33, 39, 40, 72, 80, 99])
def test_impossible_day_is_refused(day):
    _refused(f"340208{day:02d}05900003", f"tanggal lahir {day:02d} tidak valid")


@pytest.mark.parametrize("day", [1, 31, 41, 71])
def test_day_bounds_are_accepted(day):
    nik = parse_nik(f"340208{day:02d}01900003", today=TODAY)
    assert nik.birth_date == dt.date(1990, 1, (day - 1) % 40 + 1)
    assert nik.sex == ("P" if day > 40 else "L")


@pytest.mark.parametrize(
    "ddmmyy",
    ["310290", "710290", "300290", "290201", "310490", "311190", "150090", "151390", "159990"],
)
def test_calendar_impossible_dates_are_refused(ddmmyy):
    _refused(f"340208{ddmmyy}0003", "bukan tanggal yang ada")


@given(days_ahead=st.integers(1, (dt.date(TODAY.year, 12, 31) - TODAY).days), sex=sexes)
def test_birth_date_in_the_future_is_refused(days_ahead, sex):
    birth = TODAY + dt.timedelta(days=days_ahead)
    raw = build_nik(regions.require_region("34.02.08"), birth, sex, 3)
    _refused(raw, "di masa depan")


def test_the_same_nik_is_valid_once_the_day_has_come():
    raw = "3402082611260001"  # born 26 November 2026
    _refused(raw, "masa depan")
    assert parse_nik(raw, today=TODAY + dt.timedelta(days=1)).birth_date == dt.date(2026, 11, 26)


@settings(max_examples=50, deadline=None)
@given(kec=kecamatan(), birth=birth_dates, sex=sexes)
def test_serial_0000_is_refused(kec, birth, sex):
    raw = build_nik(kec, birth, sex, 1)[:12] + "0000"
    _refused(raw, "nomor urut .*tidak boleh 0000")


@pytest.mark.parametrize(
    "raw",
    [
        3402085505900003,  # an Excel number cell read back as int
        3402085505900000,
        10**15,
        3402085505900003.0,
        3.402085505900003e15,
        Decimal("3402085505900003"),
        "3.40208E+15",
        "3,40208E+15",
        "3.402085506E+15",
        "3.40208e15",
        "3.40208E +15",
    ],
)
def test_excel_precision_loss_is_explained(raw):
    error = _refused(raw, "15 digit")
    assert "Excel" in error.message
    assert "Teks" in error.message


def test_small_int_is_a_length_error_not_excel():
    _refused(340208550590000, "harus 16 digit, bukan 15 digit")


@pytest.mark.parametrize(
    ("raw", "match"),
    [
        (None, "NIK wajib diisi"),
        ("", "NIK wajib diisi"),
        (" - . ", "NIK wajib diisi"),
        (True, "NIK harus 16 digit angka"),
        ("3402O85505900003", "hanya boleh berisi angka"),
        ("3402085505900003/", "hanya boleh berisi angka"),
        ("340208550590000²", "hanya boleh berisi angka"),  # a digit to Python, not in a NIK
        ("３４０２０８５５０５９００００３", "hanya boleh berisi angka"),  # full-width digits
        ("34020855059000031", "bukan 17 digit"),
    ],
)
def test_other_garbage_is_refused(raw, match):
    _refused(raw, match)


def test_field_name_is_passed_through():
    with pytest.raises(ValidationError) as info:
        parse_nik("123", field="nik_ahli_waris", today=TODAY)
    assert info.value.field == "nik_ahli_waris"


def test_try_parse_nik():
    assert try_parse_nik(VALID).value == VALID
    assert try_parse_nik("3402085505900000") is None
    assert try_parse_nik(None) is None


# --- No. KK --------------------------------------------------------------------------------------


@settings(max_examples=100, deadline=None)
@given(kec=kecamatan(), middle=st.integers(0, 999_999), serial=serials)
def test_valid_no_kk(kec, middle, serial):
    raw = f"{_prefix(kec)}{middle:06d}{serial:04d}"
    kk = parse_no_kk(raw)
    assert (kk.value, kk.district_code, kk.district_name) == (raw, kec.code, kec.name)
    assert kk.masked == raw[:6] + "******" + raw[12:]
    assert str(kk) == raw


@pytest.mark.parametrize(
    ("raw", "match"),
    [
        ("3402081203200000", "No. KK: nomor urut .*tidak boleh 0000"),
        ("340208120320001", "No. KK harus 16 digit, bukan 15 digit"),
        ("9902081203200001", "No. KK: kode provinsi 99 tidak dikenal"),
        ("3499081203200001", "No. KK: kode kabupaten/kota 34.99 tidak dikenal"),
        ("3402991203200001", "No. KK: kode kecamatan 34.02.99 tidak dikenal"),
        (3402081203200001, "No. KK tersimpan sebagai angka di Excel.*15 digit"),
        (3402081203200001.0, "15 digit"),
        ("3.40208E+15", "15 digit"),
        ("34O2081203200001", "No. KK hanya boleh berisi angka"),
        (None, "No. KK wajib diisi"),
    ],
)
def test_bad_no_kk_is_refused(raw, match):
    with pytest.raises(ValidationError, match=match) as info:
        parse_no_kk(raw)
    assert info.value.field == "no_kk"


def test_no_kk_tolerates_separators():
    assert parse_no_kk("3402.0812.0320.0001").value == "3402081203200001"


# --- Masking (UU 27/2022) -------------------------------------------------------------------------


def test_mask_example():
    assert mask_nik("3402085505900003") == "340208******0003"
    assert parse_nik(VALID, today=TODAY).masked == "340208******0003"


@given(st.text(alphabet="0123456789", min_size=16, max_size=16))
def test_mask_shows_only_first_six_and_last_four(value):
    masked = mask_nik(value)
    assert len(masked) == 16
    assert masked[:6] == value[:6]
    assert masked[12:] == value[12:]
    assert masked[6:12] == "******"


@given(st.text(alphabet="0123456789", max_size=30).filter(lambda v: len(v) != 16))
def test_mask_of_an_odd_length_value_shows_nothing(value):
    masked = mask_nik(value)
    assert masked == "*" * len(value)


@pytest.mark.parametrize("value", [None, ""])
def test_mask_of_nothing(value):
    assert mask_nik(value) == ""
