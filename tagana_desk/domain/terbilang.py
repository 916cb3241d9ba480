"""Terbilang: an amount written out in Indonesian words, as on a kuitansi."""

from __future__ import annotations


def _words(amount: int) -> str:
    # Imported on first use: startup time (``import lokal`` runs the whole package, about 0.1 s).
    from lokal import terbilang as words

    return words(amount)


def terbilang(amount: int) -> str:
    """``15000000`` → ``"lima belas juta"`` (whole numbers ≥ 0 only)."""
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise TypeError("terbilang takes a whole number")
    if amount < 0:
        return "minus " + _words(-amount)
    return _words(amount)


def terbilang_rupiah(amount: int) -> str:
    """``15000000`` → ``"Lima belas juta rupiah"``: the line printed under the figure."""
    words = f"{terbilang(amount)} rupiah"
    return words[0].upper() + words[1:]
