"""Person names as written on village lists, normalised for duplicate checks and search."""

from __future__ import annotations

import re
import unicodedata

from tagana_desk.domain.errors import ValidationError

# Honorifics and titles that village lists add or drop at will.
_PREFIXES = {
    "BPK", "BAPAK", "BP", "IBU", "IB", "SDR", "SDRI", "SAUDARA", "SAUDARI", "NY", "NYONYA",
    "TN", "TUAN", "H", "HJ", "HAJI", "HAJJAH", "ALM", "ALMH", "ALMARHUM", "ALMARHUMAH", "MBAH",
    "MBAK", "MAS", "DR", "DRS", "DRA", "IR", "KH", "KYAI",
}  # fmt: skip
_NOT_LETTERS = re.compile(r"[^A-Z0-9' ]+")
_SPACES = re.compile(r"\s+")


def normalize_name(name: str) -> str:
    """``"Bpk. H. Suparman, S.Pd."`` → ``"SUPARMAN"``; ``"siti  aminah"`` → ``"SITI AMINAH"``."""
    text = str(name or "")
    if not text.isascii():  # ASCII has nothing to decompose; most names are plain ASCII
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.upper()
    text = text.split(",")[0]  # academic degrees follow a comma
    text = _NOT_LETTERS.sub(" ", text.replace(".", ". ")).replace("'", "")
    words = [w for w in _SPACES.split(text) if w]
    while len(words) > 1 and words[0] in _PREFIXES:
        words.pop(0)
    return " ".join(words)


def clean_name(name: object, field: str = "nama") -> str:
    """A name as it will be printed: trimmed, single spaces; refuses empty or digit-only text."""
    text = _SPACES.sub(" ", str(name or "")).strip()
    if not text:
        raise ValidationError("Nama wajib diisi.", field)
    if len(text) > 120:
        raise ValidationError("Nama terlalu panjang (maks. 120 karakter).", field)
    if not any(map(str.isalpha, text)):
        raise ValidationError(f"Nama tidak valid: {text!r}.", field)
    return text
