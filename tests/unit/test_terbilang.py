"""Terbilang: amounts in Indonesian words, checked against num2words over the whole range."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from num2words import num2words

from tagana_desk.domain.terbilang import terbilang, terbilang_rupiah


def reference(n: int) -> str:
    """num2words' Indonesian, with its one deviation from standard usage corrected.

    num2words writes a thousands group of exactly one after a higher group as "satu ribu"
    ("satu juta satu ribu" for 1.001.000); standard Indonesian, and every kuitansi, says
    "seribu" there as it does on its own ("satu juta seribu").
    """
    return re.sub(r"\b(juta|miliar|triliun) satu ribu\b", r"\1 seribu", num2words(n, lang="id"))


@settings(max_examples=500)
@given(st.integers(min_value=0, max_value=10**12))
@example(0)
@example(10**12)
@example(1_001_000)
@example(1_000_001_000)
@example(201_000)
@example(111_111_111_111)
def test_matches_num2words(n):
    assert terbilang(n) == reference(n)


@given(st.integers(min_value=0, max_value=999_999))
def test_matches_num2words_exactly_below_a_million(n):
    assert terbilang(n) == num2words(n, lang="id")


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "nol"),
        (1, "satu"),
        (10, "sepuluh"),
        (11, "sebelas"),
        (12, "dua belas"),
        (19, "sembilan belas"),
        (20, "dua puluh"),
        (100, "seratus"),
        (101, "seratus satu"),
        (111, "seratus sebelas"),
        (1_000, "seribu"),
        (1_001, "seribu satu"),
        (11_000, "sebelas ribu"),
        (201_000, "dua ratus satu ribu"),
        (15_000, "lima belas ribu"),
        (250_000, "dua ratus lima puluh ribu"),
        (1_100_000, "satu juta seratus ribu"),
        (1_001_000, "satu juta seribu"),
        (5_000_000, "lima juta"),
        (15_000_000, "lima belas juta"),
        (25_000_000, "dua puluh lima juta"),
        (1_500_000_000, "satu miliar lima ratus juta"),
        (10**12, "satu triliun"),
    ],
)
def test_examples(n, words):
    assert terbilang(n) == words


def test_negative_amounts_say_minus():
    assert terbilang(-15_000) == "minus lima belas ribu"


@pytest.mark.parametrize("value", [1.0, 15000.5, "15000", True, None])
def test_whole_numbers_only(value):
    with pytest.raises(TypeError):
        terbilang(value)


@pytest.mark.parametrize(
    ("n", "line"),
    [
        (15_000_000, "Lima belas juta rupiah"),
        (1_000, "Seribu rupiah"),
        (0, "Nol rupiah"),
        (5_265_000, "Lima juta dua ratus enam puluh lima ribu rupiah"),
    ],
)
def test_rupiah_line(n, line):
    assert terbilang_rupiah(n) == line


@given(st.integers(min_value=0, max_value=10**12))
def test_rupiah_line_is_capitalised_words(n):
    line = terbilang_rupiah(n)
    words = terbilang(n)
    assert line == words[0].upper() + words[1:] + " rupiah"
    assert line[0].isupper()
    assert line[1:] == line[1:].lower()
