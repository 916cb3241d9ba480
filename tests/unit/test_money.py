"""Whole-rupiah money: parsing what people type and files contain, formatting, the Rupiah type,
and percentages rounded half up in integers."""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tagana_desk.domain.errors import ValidationError
from tagana_desk.domain.money import MAX_AMOUNT, Rupiah, format_rupiah, parse_rupiah, percent_of

amounts = st.integers(min_value=1, max_value=MAX_AMOUNT)


# --- parse_rupiah --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        15000000,
        "15000000",
        "15.000.000",
        "Rp15.000.000",
        "Rp 15.000.000,00",
        "Rp. 15.000.000",
        "rp15.000.000",
        "15.000.000,0",
        "  15.000.000  ",
        Decimal("15000000"),
        Decimal("15000000.00"),
    ],
)
def test_accepted_forms(value):
    amount = parse_rupiah(value)
    assert amount == 15_000_000
    assert type(amount) is int


def test_decimal_and_small_amounts():
    assert parse_rupiah(Decimal("15000")) == 15000
    assert parse_rupiah(1) == 1
    assert parse_rupiah("Rp1") == 1
    assert parse_rupiah(MAX_AMOUNT) == 1_000_000_000_000
    assert parse_rupiah("1.000.000.000.000") == MAX_AMOUNT


@pytest.mark.parametrize(
    ("value", "match"),
    [
        (1.5, "bukan pecahan"),
        (15000.0, "bukan pecahan"),  # even a whole float: it has been through binary arithmetic
        (float("nan"), "bukan pecahan"),
        (Decimal("1.5"), "tanpa sen"),
        (Decimal("15000.01"), "tanpa sen"),
        ("15.000,50", "tidak valid"),
        ("1,5", "tidak valid"),
        ("15,000,000", "tidak valid"),  # English grouping is ambiguous here: refused
        ("15.00.000", "tidak valid"),
        ("1.5", "tidak valid"),
        ("abc", "tidak valid"),
        ("", "tidak valid"),
        ("Rp", "tidak valid"),
        ("15jt", "tidak valid"),
        ("1e6", "tidak valid"),
        (-5, "tidak boleh negatif"),
        ("-5", "tidak boleh negatif"),
        ("-Rp5.000", "tidak boleh negatif"),
        (Decimal("-5"), "tidak boleh negatif"),
        (0, "harus lebih dari Rp0"),
        ("0", "harus lebih dari Rp0"),
        ("Rp0", "harus lebih dari Rp0"),
        (MAX_AMOUNT + 1, "terlalu besar"),
        ("1.000.000.000.001", "terlalu besar"),
        (10**30, "terlalu besar"),
        (True, "harus berupa angka"),
        (False, "harus berupa angka"),
        (None, "harus berupa angka"),
        ([15000], "harus berupa angka"),
        (b"15000", "harus berupa angka"),
    ],
)
def test_refused_values(value, match):
    with pytest.raises(ValidationError, match=match) as info:
        parse_rupiah(value)
    assert info.value.field == "jumlah"


def test_zero_only_when_allowed():
    assert parse_rupiah(0, allow_zero=True) == 0
    assert parse_rupiah("Rp0", allow_zero=True) == 0
    with pytest.raises(ValidationError, match="negatif"):
        parse_rupiah(-1, allow_zero=True)


def test_field_is_named():
    with pytest.raises(ValidationError) as info:
        parse_rupiah("x", field="batas_persetujuan")
    assert info.value.field == "batas_persetujuan"


@given(amounts)
def test_every_printed_amount_reads_back(amount):
    assert parse_rupiah(format_rupiah(amount)) == amount
    assert parse_rupiah(format_rupiah(amount, prefix=False)) == amount
    assert parse_rupiah(str(amount)) == amount
    assert parse_rupiah(format_rupiah(amount) + ",00") == amount


# --- format_rupiah -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (15_000_000, "Rp15.000.000"),
        (15_000, "Rp15.000"),
        (999, "Rp999"),
        (1_000, "Rp1.000"),
        (0, "Rp0"),
        (-15_000, "-Rp15.000"),
        (1_000_000_000_000, "Rp1.000.000.000.000"),
    ],
)
def test_format(amount, text):
    assert format_rupiah(amount) == text


def test_format_without_prefix():
    assert format_rupiah(15_000_000, prefix=False) == "15.000.000"
    assert format_rupiah(-2_500, prefix=False) == "-2.500"


@pytest.mark.parametrize("value", [1.0, 15000.5, Decimal("1"), "15000", True, None])
def test_format_takes_int_only(value):
    with pytest.raises(TypeError):
        format_rupiah(value)


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_format_groups_by_three(amount):
    text = format_rupiah(amount)
    digits = text.removeprefix("-").removeprefix("Rp")
    groups = digits.split(".")
    assert all(len(g) == 3 for g in groups[1:])
    assert 1 <= len(groups[0]) <= 3
    assert int(digits.replace(".", "")) == abs(amount)
    assert text.startswith("-Rp") == (amount < 0)


# --- Rupiah --------------------------------------------------------------------------------------


def test_rupiah_prints_the_indonesian_way():
    assert str(Rupiah(15000)) == "Rp15.000"
    assert f"{Rupiah(15_000_000)}" == "Rp15.000.000"
    assert repr(Rupiah(15000)) == "Rupiah(15000)"
    assert str(-Rupiah(5000)) == "-Rp5.000"


def test_rupiah_construction():
    assert Rupiah() == 0
    assert Rupiah("Rp15.000") == 15000
    assert Rupiah(Decimal("15000")) == 15000
    assert Rupiah("0") == 0
    assert isinstance(Rupiah(1), int)


@pytest.mark.parametrize(
    ("value", "error"),
    [
        (1.0, TypeError),
        (15000.5, TypeError),
        (True, TypeError),
        (None, TypeError),
        ([1], TypeError),
        (Decimal("1.5"), ValueError),
        ("15.000,50", ValidationError),
    ],
)
def test_rupiah_refuses(value, error):
    with pytest.raises(error):
        Rupiah(value)


@pytest.mark.parametrize("other", [0.5, 2.0, Decimal("1"), Decimal("0.5"), "5", None])
def test_rupiah_arithmetic_refuses_non_integers(other):
    r = Rupiah(10_000)
    with pytest.raises(TypeError):
        r + other
    with pytest.raises(TypeError):
        r - other
    with pytest.raises(TypeError):
        r * other


def test_rupiah_refuses_division():
    # Division needs a rounding rule; percent_of is the one the program uses.
    with pytest.raises(TypeError, match="percent_of"):
        Rupiah(10) / 2
    with pytest.raises(TypeError, match="percent_of"):
        Rupiah(10) / Rupiah(3)


def test_rupiah_arithmetic_stays_rupiah():
    total = Rupiah(15_000) + 5_000
    assert (total, type(total)) == (20_000, Rupiah)
    assert type(5_000 + Rupiah(1)) is Rupiah
    assert type(Rupiah(5) - 10) is Rupiah and Rupiah(5) - 10 == -5
    assert type(100 - Rupiah(30)) is Rupiah and 100 - Rupiah(30) == 70
    assert type(Rupiah(15_000) * 7) is Rupiah and Rupiah(15_000) * 7 == 105_000
    assert type(3 * Rupiah(2)) is Rupiah
    summed = sum([Rupiah(15_000), Rupiah(250_000), Rupiah(5_000_000)])
    assert (summed, str(summed)) == (5_265_000, "Rp5.265.000")


@given(st.integers(-(10**12), 10**12), st.integers(-(10**12), 10**12))
def test_rupiah_adds_like_int(a, b):
    assert Rupiah(a) + Rupiah(b) == a + b
    assert Rupiah(a) - b == a - b
    assert str(Rupiah(a)) == format_rupiah(a)


# --- percent_of ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "bp", "expected"),
    [
        (1_000_000, 500, 50_000),  # 5%
        (200_000, 250, 5_000),  # 2.5%
        (10, 500, 1),  # 0.5 rounds up
        (9, 500, 0),  # 0.45 rounds down
        (30, 500, 2),  # 1.5 rounds up
        (1, 5_000, 1),  # 0.5 rounds up
        (1, 4_999, 0),
        (15_000, 0, 0),
        (0, 500, 0),
        (15_000_000, 10_000, 15_000_000),
    ],
)
def test_percent_examples(amount, bp, expected):
    assert percent_of(amount, bp) == expected


@given(st.integers(0, 10**13), st.integers(0, 20_000))
def test_percent_is_exact_half_up(amount, bp):
    exact = Fraction(amount * bp, 10_000)
    assert percent_of(amount, bp) == math.floor(exact + Fraction(1, 2))


@pytest.mark.parametrize(("amount", "bp"), [(-1, 500), (1, -500)])
def test_percent_refuses_negatives(amount, bp):
    with pytest.raises(ValueError):
        percent_of(amount, bp)


def test_dash_after_comma_is_accepted():
    from tagana_desk.domain.money import parse_rupiah

    assert parse_rupiah("Rp15.000,-") == 15_000
    assert parse_rupiah("Rp 2.500.000,-") == 2_500_000
