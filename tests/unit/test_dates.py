"""Dates the Indonesian way and month periods."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tagana_desk.domain.dates import (
    MONTHS,
    format_date,
    format_date_short,
    format_datetime,
    format_month,
    month_bounds,
    parse_date,
    parse_period,
    period_of,
)
from tagana_desk.domain.errors import ValidationError

dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


@pytest.mark.parametrize(
    ("day", "text"),
    [
        (dt.date(2026, 11, 25), "25 November 2026"),
        (dt.date(2026, 1, 5), "5 Januari 2026"),
        (dt.date(2024, 2, 29), "29 Februari 2024"),
        (dt.date(2026, 3, 1), "1 Maret 2026"),
        (dt.date(2026, 5, 17), "17 Mei 2026"),
        (dt.date(2026, 8, 17), "17 Agustus 2026"),
        (dt.date(2026, 12, 31), "31 Desember 2026"),
    ],
)
def test_format_date(day, text):
    assert format_date(day) == text


def test_other_formats():
    assert format_date_short(dt.date(2026, 11, 5)) == "05/11/2026"
    assert format_datetime(dt.datetime(2026, 11, 25, 8, 5)) == "25 November 2026 08:05"
    assert format_month(2026, 2) == "Februari 2026"
    assert format_month(2026, 12) == "Desember 2026"
    assert MONTHS[6] == "Juli"


@pytest.mark.parametrize("text", ["2026-11-25", "25/11/2026", "25-11-2026", " 2026-11-25 "])
def test_parse_date_forms(text):
    assert parse_date(text) == dt.date(2026, 11, 25)


@given(dates)
def test_parse_date_round_trip(day):
    assert parse_date(day.isoformat()) == day
    assert parse_date(format_date_short(day)) == day
    assert parse_date(f"{day:%d-%m-%Y}") == day


@pytest.mark.parametrize(
    "text",
    [
        "2026-02-30",
        "31/02/2026",
        "2025-02-29",
        "2026-13-01",
        "32/01/2026",
        "2026/11/25",
        "11/25/2026x",
        "25 November 2026",
        "besok",
        "",
        "2026-11",
    ],
)
def test_parse_date_refusals(text):
    with pytest.raises(ValidationError, match="Tanggal tidak valid") as info:
        parse_date(text)
    assert info.value.field == "tanggal"


def test_parse_date_names_the_field():
    with pytest.raises(ValidationError) as info:
        parse_date("x", field="tanggal_lahir")
    assert info.value.field == "tanggal_lahir"


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("2026-11", (2026, 11)),
        ("2026-01", (2026, 1)),
        ("1999-12", (1999, 12)),
        (" 2026-02 ", (2026, 2)),
    ],
)
def test_parse_period(text, period):
    assert parse_period(text) == period


@pytest.mark.parametrize(
    "text", ["2026-13", "2026-00", "2026-1", "26-11", "11-2026", "2026/11", "2026-11-01", "", "nov"]
)
def test_parse_period_refusals(text):
    with pytest.raises(ValidationError, match="Bulan tidak valid") as info:
        parse_period(text)
    assert info.value.field == "bulan"


@given(dates)
def test_period_of_reads_back(day):
    assert parse_period(period_of(day)) == (day.year, day.month)


def test_period_of():
    assert period_of(dt.date(2026, 3, 9)) == "2026-03"


@pytest.mark.parametrize(
    ("year", "month", "last"),
    [
        (2024, 2, dt.date(2024, 2, 29)),  # leap year
        (2026, 2, dt.date(2026, 2, 28)),
        (2000, 2, dt.date(2000, 2, 29)),  # divisible by 400
        (1900, 2, dt.date(1900, 2, 28)),  # divisible by 100, not 400
        (2026, 4, dt.date(2026, 4, 30)),
        (2026, 12, dt.date(2026, 12, 31)),
    ],
)
def test_month_bounds(year, month, last):
    assert month_bounds(year, month) == (dt.date(year, month, 1), last)


@given(dates)
def test_month_bounds_hold_the_day(day):
    first, last = month_bounds(day.year, day.month)
    assert first <= day <= last
    assert first.day == 1
    assert (last + dt.timedelta(days=1)).day == 1
