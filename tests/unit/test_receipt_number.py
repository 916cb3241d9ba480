"""Receipt numbers ``NNNN/<FUND>/<ROMAN-MONTH>/<YEAR>`` and Roman months."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tagana_desk.domain.errors import ValidationError
from tagana_desk.domain.receipt_number import (
    ROMAN_MONTHS,
    ReceiptNumber,
    format_receipt_number,
    roman_month,
)

fund_codes = st.from_regex(r"[A-Z][A-Z0-9_-]{1,15}", fullmatch=True)
receipt_numbers = st.builds(
    ReceiptNumber,
    year=st.integers(2000, 2999),
    fund_code=fund_codes,
    seq=st.integers(1, 999_999),
    month=st.integers(1, 12),
)


def test_example():
    number = ReceiptNumber(year=2026, fund_code="BTT", seq=7, month=11)
    assert str(number) == "0007/BTT/XI/2026"
    assert ReceiptNumber.parse("0007/BTT/XI/2026") == number
    assert format_receipt_number(7, "BTT", 11, 2026) == "0007/BTT/XI/2026"
    assert format_receipt_number(1234, "HONOR", 1, 2027) == "1234/HONOR/I/2027"
    assert str(ReceiptNumber(year=2026, fund_code="BTT", seq=10_000, month=12)) == (
        "10000/BTT/XII/2026"
    )


@given(receipt_numbers)
def test_round_trip(number):
    text = str(number)
    assert ReceiptNumber.parse(text) == number
    assert str(ReceiptNumber.parse(text)) == text


@given(receipt_numbers)
def test_parse_tolerates_case_and_spaces(number):
    assert ReceiptNumber.parse(f"  {str(number).lower()} ") == number


def test_order_is_year_fund_sequence():
    a = ReceiptNumber(year=2026, fund_code="BTT", seq=9, month=12)
    b = ReceiptNumber(year=2026, fund_code="BTT", seq=10, month=1)
    c = ReceiptNumber(year=2027, fund_code="BTT", seq=1, month=1)
    assert sorted([c, b, a]) == [a, b, c]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "7/BTT/XI/2026",
        "007/BTT/XI/2026",
        "0007/BTT/XIII/2026",
        "0007/BTT/IIII/2026",
        "0007/BTT/VX/2026",
        "0007/BTT/11/2026",
        "0007/BTT/XI/26",
        "0007/BTT/XI/20260",
        "0007-BTT-XI-2026",
        "0007/BT T/XI/2026",
        "0007//XI/2026",
        "0007/BTT/XI/2026/1",
        "0007/BTTBTTBTTBTTBTTBT/XI/2026",
        "BTT/0007/XI/2026",
    ],
)
def test_bad_numbers_are_refused(text):
    with pytest.raises(ValidationError, match="Nomor kuitansi tidak valid") as info:
        ReceiptNumber.parse(text)
    assert info.value.field == "nomor"


@pytest.mark.parametrize("text", ["0000/BTT/XI/2026", "00000/BTT/I/2026"])
def test_sequence_starts_at_one(text):
    with pytest.raises(ValidationError, match="mulai dari 0001"):
        ReceiptNumber.parse(text)


@pytest.mark.parametrize(
    ("month", "roman"),
    [(1, "I"), (2, "II"), (3, "III"), (4, "IV"), (5, "V"), (6, "VI"), (7, "VII"), (8, "VIII"),
     (9, "IX"), (10, "X"), (11, "XI"), (12, "XII")],
)  # fmt: skip
def test_roman_months(month, roman):
    assert roman_month(month) == roman
    assert ROMAN_MONTHS.index(roman) + 1 == month


@pytest.mark.parametrize("month", [0, 13, -1])
def test_roman_month_out_of_range(month):
    with pytest.raises(ValueError):
        roman_month(month)
