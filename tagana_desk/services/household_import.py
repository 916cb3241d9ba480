"""Import a village list of affected households (daftar KK terdampak) into an incident.

A desa sends its list as an Excel workbook or CSV: title rows above the header, header names that
differ from desa to desa, NIKs typed as numbers, total rows, the same family twice. This module
reads such a list (:mod:`tagana_desk.services.sheets`), validates each row with
:func:`households.validate`, and stores the good rows through :func:`households.add_household`
in the caller's one transaction. Every refused row is reported with its spreadsheet row number,
the column header as written in the file, and the reason.

Nothing is guessed: a NIK stored as a number cell has lost its 16th digit and is refused with the
explanation (DESIGN §3), a desa name that fits two villages is refused and named.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import namedtuple
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from tagana_desk.db.models import Household, Incident
from tagana_desk.domain import regions as region_codes
from tagana_desk.domain.enums import DamageLevel, DuplicateReason, IncidentStatus
from tagana_desk.domain.errors import NotFoundError, TaganaError, ValidationError
from tagana_desk.domain.identity import mask_nik
from tagana_desk.domain.roles import Permission
from tagana_desk.services import audit, households, periods
from tagana_desk.services.context import Actor, require
from tagana_desk.services.households import HouseholdInput, ValidHousehold
from tagana_desk.services.sheets import (
    Header,
    as_count,
    cell,
    clean_number_text,
    clean_text,
    is_blank,
    is_blank_row,
    normalize_header,
    open_list,
    parse_date,
)

#: Header names seen on village lists, per field (compared without case, spaces or punctuation).
#: Earlier names win when two columns claim the same field ("Dusun" over "Alamat").
ALIASES: dict[str, tuple[str, ...]] = {
    "nik": (
        "NIK", "No. NIK", "NIK KTP", "Nomor NIK", "No NIK KTP", "NIK Kepala Keluarga",
        "NIK KK", "NIK KRT", "NIK Kepala Rumah Tangga", "NIK Kepala", "NIK Penerima",
        "Nomor Induk Kependudukan",
    ),
    "no_kk": (
        "No KK", "No. KK", "Nomor KK", "Nomor Kartu Keluarga", "No Kartu Keluarga", "KK",
        "NKK", "No NKK", "Nomor KK Kepala Keluarga",
    ),
    "head_name": (
        "Nama Kepala Keluarga", "Nama KK", "Nama KRT", "Nama Kepala Rumah Tangga",
        "Kepala Keluarga", "Nama", "Nama Lengkap", "Nama Kepala", "Nama Penerima", "Nama Warga",
    ),
    "persons": (
        "Jumlah Jiwa", "Jml Jiwa", "Jumlah Anggota Keluarga", "Jumlah Anggota", "Jml Anggota",
        "Jml Anggota Keluarga", "Jiwa", "Jumlah ART", "Jml ART", "Jumlah Orang",
    ),
    "desa_code": (
        "Kode Desa", "Kode Kelurahan", "Kode Desa/Kelurahan", "Kode Kalurahan", "Kode Desa/Kel",
        "Kode Wilayah",
    ),
    "desa_name": (
        "Desa", "Desa/Kelurahan", "Kelurahan", "Kalurahan", "Nama Desa", "Desa/Kel", "Kel/Desa",
        "Kelurahan/Desa", "Nama Kelurahan", "Desa/Kalurahan",
    ),
    "kecamatan": ("Kecamatan", "Kapanewon", "Kemantren", "Nama Kecamatan", "Kode Kecamatan"),
    "dusun": (
        "Dusun", "Padukuhan", "Pedukuhan", "Dukuh", "Dusun/Padukuhan", "Lingkungan", "Alamat",
        "Alamat Rumah",
    ),
    "rt": ("RT", "No RT"),
    "rw": ("RW", "No RW"),
    "rt_rw": ("RT/RW", "RT RW", "RT-RW"),
    "infants": ("Balita", "Jml Balita", "Jumlah Balita", "Bayi/Balita", "Bayi"),
    "elderly": ("Lansia", "Jml Lansia", "Jumlah Lansia", "Lanjut Usia"),
    "disabled": (
        "Disabilitas", "Penyandang Disabilitas", "Jml Disabilitas", "Jumlah Disabilitas",
        "Difabel", "Cacat",
    ),
    "pregnant": ("Ibu Hamil", "Bumil", "Jml Ibu Hamil", "Jumlah Ibu Hamil", "Hamil"),
    "damage": (
        "Kerusakan", "Tingkat Kerusakan", "Kondisi Rumah", "Kerusakan Rumah", "Kondisi Bangunan",
        "Tingkat Kerusakan Rumah", "Rusak",
    ),
    # One column per damage level with a mark (✓ / v / 1), under a merged "Kondisi Rumah".
    "damage_rb": ("RB", "Rusak Berat"),
    "damage_rs": ("RS", "Rusak Sedang"),
    "damage_rr": ("RR", "Rusak Ringan"),
    "damage_flooded": ("Terendam",),
    "displaced": ("Mengungsi", "Status Mengungsi", "Pengungsi", "Ngungsi"),
    "phone": (
        "No. HP", "HP", "Nomor HP", "No HP/WA", "Telepon", "Telp", "No. Telp", "No Telepon",
        "Nomor Telepon", "Kontak",
    ),
    "notes": ("Keterangan", "Catatan", "Ket"),
    "registered_on": (
        "Tanggal Pendataan", "Tgl Pendataan", "Tanggal Data", "Tanggal", "Tgl",
    ),
}  # fmt: skip

DESCRIBE = {
    "nik": "NIK",
    "no_kk": "No. KK",
    "head_name": "Nama kepala keluarga",
    "persons": "Jumlah jiwa",
    "desa_code": "Desa/Kelurahan",
    "desa_name": "Desa/Kelurahan",
}
_DAMAGE_COLUMNS = (
    ("damage_rb", DamageLevel.RB),
    ("damage_rs", DamageLevel.RS),
    ("damage_rr", DamageLevel.RR),
    ("damage_flooded", DamageLevel.TERENDAM),
)
_NO_DAMAGE = DamageLevel.NONE.value
_UNMARKED = {"", "-", "0", "TIDAK", "T", "N", "NO", "FALSE"}
_CHECKMARKS = {"√", "✓", "✔", "☑"}
_TOTAL_WORDS = re.compile(r"^(sub )?(jumlah|jml|total|grand total)( .*)?$")
_NUMERIC = re.compile(r"^[\d.,\s]*\d[\d.,\s]*$")
_CODE = re.compile(r"^[\d.\s]+$")
_NOT_DIGIT = re.compile(r"\D")
_RT_PREFIX = re.compile(r"^(RT|RW)\.?\s*", re.IGNORECASE)
_RT_RW = re.compile(
    r"^(?:RT\.?\s*)?(\d{1,3})\s*[/\\\-|]\s*(?:RW\.?\s*)?(\d{1,3})$"  # 003/005, RT 3/RW 5
    r"|^RT\.?\s*(\d{1,3})\s*RW\.?\s*(\d{1,3})$",  # RT 3 RW 5
    re.IGNORECASE,
)
PROGRESS_EVERY = 100
#: Rows a dry run reads and validates before deciding them together (batched look-ups).
CHUNK = 500

# --------------------------------------------------------------------------- results


class ImportCancelled(TaganaError):
    """The person pressed Cancel: the caller's transaction rolls back, nothing is stored."""

    def __init__(self) -> None:
        super().__init__("Impor dibatalkan; tidak ada data yang disimpan.")


@dataclass(frozen=True)
class RowError:
    """One problem of one row: spreadsheet row number, column header as written, message."""

    row: int
    column: str
    message: str

    def to_json(self) -> dict:
        return {"row": self.row, "column": self.column, "message": self.message}


#: The name the design uses. ``RowError`` is preferred in code: this one hides the builtin.
ImportError = RowError  # noqa: A001


class RowStatus(StrEnum):
    VALID = "valid"  # stored (or, in a dry run, would be)
    REJECTED = "ditolak"
    DUPLICATE = "duplikat"
    FLAGGED = "ditandai"  # stored, with a possible-duplicate flag a person must decide


@dataclass(frozen=True)
class PreviewRow:
    """One data row for the preview table (NIK masked)."""

    row: int
    name: str
    nik: str
    status: RowStatus
    reason: str = ""


@dataclass(frozen=True)
class ImportReport:
    """What an import did (or, with ``dry_run``, would do).

    ``imported + rejected + duplicates == total_rows`` (data rows; blank and total rows are not
    counted). ``flagged`` rows are among the imported ones.
    """

    imported: int
    rejected: int
    duplicates: int
    flagged: int
    errors: tuple[RowError, ...]
    total_rows: int
    dry_run: bool
    preview: tuple[PreviewRow, ...] = ()
    file_name: str = ""
    sheet_name: str = ""
    header_row: int = 0
    columns: tuple[tuple[str, str], ...] = ()  # (field, header as written)
    skipped_rows: int = 0  # blank, total and note rows
    incident_id: int = 0

    def to_json(self) -> dict:
        return {
            "imported": self.imported,
            "rejected": self.rejected,
            "duplicates": self.duplicates,
            "flagged": self.flagged,
            "errors": [e.to_json() for e in self.errors],
            "total_rows": self.total_rows,
            "dry_run": self.dry_run,
        }

    def summary_lines(self) -> list[tuple[str, object]]:
        """(label, value) lines for a report's head."""
        return [
            (
                "Berkas",
                self.file_name + (f" (lembar {self.sheet_name})" if self.sheet_name else ""),
            ),
            ("Kejadian", f"#{self.incident_id}"),
            ("Mode", "Uji coba (tidak ada yang disimpan)" if self.dry_run else "Impor"),
            ("Baris data", self.total_rows),
            ("Diimpor" if not self.dry_run else "Siap diimpor", self.imported),
            ("Ditolak", self.rejected),
            ("Duplikat (tidak diimpor)", self.duplicates),
            ("Ditandai kemungkinan duplikat", self.flagged),
            ("Baris kosong/jumlah dilewati", self.skipped_rows),
        ]


# --------------------------------------------------------------------------- desa names


def _region_key(name: str) -> str:
    """``"Desa Sumber Mulyo"`` and ``"SUMBERMULYO"`` → ``"SUMBERMULYO"``."""
    words = normalize_header(name).upper().split()
    while len(words) > 1 and words[0] in {"DESA", "DS", "KELURAHAN", "KEL", "KALURAHAN", "KAL"}:
        words.pop(0)
    return "".join(words)


class DesaResolver:
    """A desa given by Kemendagri code or by name: the incident's kecamatan first, then the
    office kabupaten. An unknown or ambiguous name is an error that names the value."""

    def __init__(self, kecamatan_code: str, kabupaten_code: str | None) -> None:
        self.kecamatan_code = kecamatan_code
        self.kabupaten_code = kabupaten_code or kecamatan_code.rsplit(".", 1)[0]
        self._by_kecamatan: dict[str, dict[str, list[region_codes.Region]]] = {}
        self._kabupaten: dict[str, list[region_codes.Region]] | None = None
        self._kecamatan_names: dict[str, list[region_codes.Region]] | None = None
        # Answers so far by (type, value[, hint]): a list names the same few desa thousands of
        # times. A refusal is kept as the error and raised anew.
        self._kecamatan_of: dict[tuple, str | None] = {}
        self._resolved: dict[tuple, str | ValidationError] = {}

    def _desa_in(self, kecamatan: str) -> dict[str, list[region_codes.Region]]:
        if kecamatan not in self._by_kecamatan:
            table: dict[str, list[region_codes.Region]] = {}
            for r in region_codes.children(kecamatan):
                table.setdefault(_region_key(r.name), []).append(r)
            self._by_kecamatan[kecamatan] = table
        return self._by_kecamatan[kecamatan]

    def _kecamatans(self) -> dict[str, list[region_codes.Region]]:
        if self._kecamatan_names is None:
            self._kecamatan_names = {}
            for r in region_codes.children(self.kabupaten_code):
                self._kecamatan_names.setdefault(_region_key(r.name), []).append(r)
        return self._kecamatan_names

    def _desa_in_kabupaten(self) -> dict[str, list[region_codes.Region]]:
        if self._kabupaten is None:
            self._kabupaten = {}
            for kec in region_codes.children(self.kabupaten_code):
                for key, found in self._desa_in(kec.code).items():
                    self._kabupaten.setdefault(key, []).extend(found)
        return self._kabupaten

    def kecamatan(self, value: object) -> str | None:
        """A kecamatan column's value → its code within the kabupaten (None when unknown)."""
        key = (type(value), value)
        if key not in self._kecamatan_of:
            self._kecamatan_of[key] = self._kecamatan(value)
        return self._kecamatan_of[key]

    def _kecamatan(self, value: object) -> str | None:
        text = clean_text(value)
        if not text:
            return None
        if _CODE.match(text):
            region = region_codes.get_region(text.replace(" ", ""))
            return region.code if region and region.level == 3 else None
        found = self._kecamatans().get(_region_key(text), [])
        return found[0].code if len(found) == 1 else None

    def resolve(self, value: object, kecamatan_hint: str | None = None) -> str:
        """The desa code; raises ValidationError naming the value when it cannot be told."""
        key = (type(value), value, kecamatan_hint)
        if key not in self._resolved:
            try:
                self._resolved[key] = self._resolve(value, kecamatan_hint)
            except ValidationError as exc:
                self._resolved[key] = exc.with_traceback(None)
        found = self._resolved[key]
        if isinstance(found, ValidationError):
            raise ValidationError(found.message, found.field)
        return found

    def _resolve(self, value: object, kecamatan_hint: str | None) -> str:
        text = clean_text(value)
        if _CODE.match(text):
            return text.replace(" ", "")  # validate() checks the code itself
        key = _region_key(text)
        for kec in dict.fromkeys(c for c in (kecamatan_hint, self.kecamatan_code) if c):
            found = self._desa_in(kec).get(key, [])
            if len(found) == 1:
                return found[0].code
        found = self._desa_in_kabupaten().get(key, [])
        if len(found) == 1:
            return found[0].code
        kab_name = region_codes.region_name(self.kabupaten_code) or self.kabupaten_code
        if len(found) > 1:
            places = ", ".join(
                f"{r.code} (Kec. {region_codes.region_name(r.parent_code or '')})" for r in found
            )
            raise ValidationError(
                f"Nama desa {text!r} ada lebih dari satu di {kab_name}: {places}. "
                "Tulis kode desanya.",
                "desa_code",
            )
        raise ValidationError(
            f"Desa {text!r} tidak ditemukan di Kec. "
            f"{region_codes.region_name(self.kecamatan_code)} maupun di {kab_name}.",
            "desa_code",
        )


# --------------------------------------------------------------------------- one row


#: A row's cell of every field the lists know (``ALIASES``), as ``_RowReader.cells()`` gives it.
_Cells = namedtuple("_Cells", tuple(ALIASES))


@dataclass
class _Row:
    number: int
    data: HouseholdInput | None = None
    errors: list[RowError] = field(default_factory=list)
    name: str = ""
    nik_text: str = ""


class _RowReader:
    """Turns the raw cells of a row into a HouseholdInput plus the problems found on the way."""

    def __init__(self, header: Header, incident: Incident, resolver: DesaResolver) -> None:
        self.header = header
        self.col = header.columns
        self.incident_desa = incident.desa_code
        self.resolver = resolver
        desa_field = "desa_code" if "desa_code" in self.col else "desa_name"
        self.desa_label = header.label(desa_field) or header.label("desa_name")
        #: The damage columns with a mark (✓) per level that the list has, left to right.
        self.damage_columns = [(f, level) for f, level in _DAMAGE_COLUMNS if f in self.col]
        damage_fields = [f for f, _ in self.damage_columns]
        #: Picks every field's cell from a row padded by ``cells()``.
        self.width = max(self.col.values(), default=-1) + 1
        self.pick = itemgetter(*(self.col.get(f, -1) for f in _Cells._fields))
        self.damage_label = header.label("damage") or (
            header.label(damage_fields[0]) if damage_fields else ""
        )
        rt_label = header.label("rt") or header.label("rt_rw")
        rw_label = header.label("rw") or header.label("rt_rw")
        #: Header as written → column index, to list a row's problems left to right.
        self.position = {header.labels[f]: c for f, c in header.columns.items()}
        #: HouseholdInput attribute → header as written (for validate()'s FieldErrors).
        self.labels = {
            "head_name": header.label("head_name"),
            "nik": header.label("nik"),
            "no_kk": header.label("no_kk"),
            "desa_code": self.desa_label,
            "rt": rt_label,
            "rw": rw_label,
            "persons": header.label("persons"),
            "infants": header.label("infants"),
            "elderly": header.label("elderly"),
            "disabled": header.label("disabled"),
            "pregnant": header.label("pregnant"),
            "damage": self.damage_label,
            "displaced": header.label("displaced"),
            "phone": header.label("phone"),
            "registered_on": header.label("registered_on"),
        }

    def get(self, row: Sequence[object], name: str) -> object:
        return cell(row, self.col.get(name))

    def cells(self, row: Sequence[object]) -> _Cells:
        """Every field's cell of a row at once (None where the list has no such column)."""
        padded = list(row)
        if len(padded) < self.width:
            padded.extend([None] * (self.width - len(padded)))
        padded.append(None)  # what the fields without a column pick (index -1)
        return _Cells._make(self.pick(padded))

    # -- skipping

    def skip(self, row: Sequence[object]) -> bool:
        """Blank rows, total rows (JUMLAH / TOTAL, or numbers only) and note rows are not data."""
        nik = self.get(row, "nik")
        if len(_NOT_DIGIT.sub("", clean_text(nik))) >= 10:
            return False  # the usual data row, asked first
        if is_blank_row(row):
            return True
        notes_col = self.col.get("notes")
        texts = [(i, clean_text(v)) for i, v in enumerate(row) if not is_blank(v)]
        for i, text in texts:
            numeric = not isinstance(row[i], str) or _NUMERIC.match(text)
            if i != notes_col and not numeric and _TOTAL_WORDS.match(normalize_header(text)):
                return True
        if all(not isinstance(row[i], str) or _NUMERIC.match(t) or t == "-" for i, t in texts):
            return True  # a total row without a label, or the "1 2 3 …" column-number row
        # A signature block or a note below the list: none of the identifying cells filled.
        return all(is_blank(self.get(row, f)) for f in ("nik", "no_kk", "head_name", "persons"))

    # -- reading

    def read(self, number: int, row: Sequence[object]) -> _Row:
        c = self.cells(row)
        out = _Row(number)
        errors = out.errors
        nik = clean_number_text(c.nik)
        no_kk = clean_number_text(c.no_kk)
        out.name = clean_text(c.head_name)
        out.nik_text = nik if isinstance(nik, str) else clean_text(nik)

        desa = self._desa(c, errors)
        rt, rw = self._rt_rw(c, errors)
        damage = self._damage(c, errors)
        registered_on = None
        if "registered_on" in self.col:
            raw = c.registered_on
            try:
                registered_on = parse_date(raw)
            except (ValueError, TypeError):
                message = (
                    f"Tanggal pendataan tidak terbaca: {clean_text(raw)!r} "
                    "(tulis seperti 20/11/2026)."
                )
                errors.append(RowError(number, self.labels["registered_on"], message))
        displaced = c.displaced
        if isinstance(displaced, str) and displaced.strip() in _CHECKMARKS:
            displaced = True
        out.data = HouseholdInput(
            head_name=out.name,
            nik=nik,
            no_kk=no_kk,
            desa_code=desa,
            dusun=clean_text(c.dusun),
            rt=rt,
            rw=rw,
            persons=as_count(c.persons),
            infants=as_count(c.infants),
            elderly=as_count(c.elderly),
            disabled=as_count(c.disabled),
            pregnant=as_count(c.pregnant),
            damage=damage,
            displaced=displaced if displaced is not None else False,
            phone=c.phone if not is_blank(c.phone) else "",
            notes=clean_text(c.notes),
            registered_on=registered_on,
        )
        return out

    def _desa(self, c: _Cells, errors: list[RowError]) -> str:
        by_code = not is_blank(c.desa_code)
        value = c.desa_code if by_code else c.desa_name
        if is_blank(value):
            return self.incident_desa or ""
        hint = self.resolver.kecamatan(c.kecamatan)
        try:
            return self.resolver.resolve(value, hint)
        except ValidationError as exc:
            label = self.header.label("desa_code" if by_code else "desa_name")
            errors.append(RowError(0, label, exc.message))
            return ""

    def _rt_rw(self, c: _Cells, errors: list[RowError]) -> tuple[object, object]:
        if "rt_rw" not in self.col or ("rt" in self.col and "rw" in self.col):
            return _rt_value(c.rt), _rt_value(c.rw)
        combined = c.rt_rw
        label = self.header.label("rt_rw")
        if is_blank(combined):
            return _rt_value(c.rt), _rt_value(c.rw)
        match = _RT_RW.match(combined.strip()) if isinstance(combined, str) else None
        if match is None:
            if isinstance(combined, dt.date | dt.datetime):
                message = (
                    "RT/RW terbaca sebagai tanggal oleh Excel (mis. 3/5 menjadi 3 Mei). Ubah kolom "
                    "menjadi Teks dan ketik ulang seperti 003/005."
                )
            elif not isinstance(combined, str):
                message = (
                    f"RT/RW tersimpan sebagai angka ({clean_text(combined)}); tulis sebagai teks "
                    "seperti 003/005."
                )
            else:
                message = f"RT/RW tidak terbaca: {clean_text(combined)!r} (tulis seperti 003/005)."
            errors.append(RowError(0, label, message))
            return "", ""
        groups = [g for g in match.groups() if g is not None]
        return groups[0], groups[1]

    def _damage(self, c: _Cells, errors: list[RowError]) -> object:
        if "damage" in self.col and not is_blank(c.damage):
            return clean_text(c.damage)
        if not self.damage_columns:
            return _NO_DAMAGE
        marked = [
            (name, level)
            for name, level in self.damage_columns
            if clean_text(getattr(c, name)).upper() not in _UNMARKED
        ]
        if len(marked) > 1:
            names = ", ".join(self.header.label(n) for n, _ in marked)
            message = f"Lebih dari satu tingkat kerusakan ditandai ({names}); pilih satu."
            errors.append(RowError(0, self.header.label(marked[0][0]), message))
            return _NO_DAMAGE
        return marked[0][1].value if marked else _NO_DAMAGE


def _rt_value(value: object) -> object:
    if isinstance(value, str):
        return _RT_PREFIX.sub("", value.strip())
    return "" if value is None else value


# --------------------------------------------------------------------------- the import


def _existing(session: Session, incident_id: int) -> tuple[dict[str, str], dict[str, str]]:
    """NIK → name and No. KK → name already registered in the incident (one query each way).

    NIKs include merged-away records: the database keeps (incident, NIK) unique for them too.
    """
    niks: dict[str, str] = {}
    kks: dict[str, str] = {}
    rows = session.execute(
        select(Household.nik, Household.no_kk, Household.head_name, Household.merged_into_id).where(
            Household.incident_id == incident_id
        )
    )
    for nik, no_kk, name, merged_into in rows:
        niks.setdefault(nik, name)
        if merged_into is None:
            kks.setdefault(no_kk, name)
    return niks, kks


def _flag_reason(flags: Sequence[households.PossibleDuplicate]) -> str:
    if not flags:
        return ""  # most rows
    return "; ".join(
        f"{households.REASON_LABELS[f.reason]}: {f.other_name} ({f.other_nik_masked}, "
        f"kejadian #{f.other_incident_id})"
        for f in flags
    )


def import_households(
    session: Session,
    actor: Actor,
    incident_id: int,
    path: str | Path,
    *,
    dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    today: dt.date | None = None,
    sheet: str | None = None,
) -> ImportReport:
    """Import a village list into an incident, in the caller's transaction.

    Args:
        dry_run: validate and report only; nothing is written (also no audit event).
        progress: called as ``progress(done, total)`` every few rows (``total`` is an estimate
            from the sheet size).
        cancelled: polled every row; when it returns True, :class:`ImportCancelled` is raised so
            the caller's transaction rolls back and nothing is stored.
        sheet: the workbook sheet to read; by default the first one with the needed columns.

    Raises:
        PermissionDenied, NotFoundError, ValidationError (unreadable file, missing columns,
        closed incident), ImportCancelled.
    """
    require(actor, Permission.EDIT_HOUSEHOLDS)
    incident = session.get(Incident, incident_id)
    if incident is None:
        raise NotFoundError(f"Kejadian #{incident_id} tidak ditemukan.")
    if incident.status != IncidentStatus.OPEN:
        raise ValidationError("Kejadian sudah ditutup; buka kembali untuk mengimpor KK.")
    today = today or dt.date.today()
    kabupaten = households.office_kabupaten(session)
    path = Path(path)
    required: list[str | tuple[str, ...]] = ["nik", "no_kk", "head_name", "persons"]
    if not incident.desa_code:
        required.append(("desa_code", "desa_name"))
    reader = open_list(path, ALIASES, required=required, describe=DESCRIBE, sheet=sheet)
    with reader:
        header = reader.header
        rows = _RowReader(header, incident, DesaResolver(incident.kecamatan_code, kabupaten))
        run = _Run(session, actor, incident, dry_run, today, kabupaten, rows)
        run.cancelled = cancelled
        total = reader.estimated_data_rows or 0
        done = 0
        for number, values in reader.data_rows():
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            done += 1
            run.row(number, values)
            if progress is not None and done % PROGRESS_EVERY == 0:
                progress(done, max(total, done))
        run.finish_pending()
        if progress is not None:
            progress(done, done)
        sheet_name = reader.table.sheet_name if reader.table.csv_format is None else ""
    report = ImportReport(
        imported=run.imported, rejected=run.rejected, duplicates=run.duplicates,
        flagged=run.flagged, errors=tuple(run.errors), total_rows=run.data_rows, dry_run=dry_run,
        preview=tuple(run.preview), file_name=path.name, sheet_name=sheet_name,
        header_row=header.row, columns=tuple(
            (f, header.labels[f]) for f in sorted(header.columns, key=header.columns.get)
        ),
        skipped_rows=run.skipped, incident_id=incident_id,
    )  # fmt: skip
    if not dry_run:
        audit.record(session, actor, "import", "household_import", incident_id, after={
            "file": path.name, "sheet": sheet_name, "rows": report.total_rows,
            "imported": report.imported, "rejected": report.rejected,
            "duplicates": report.duplicates, "flagged": report.flagged,
        })  # fmt: skip
    return report


class _Checked(NamedTuple):
    """A data row after reading and validation (``valid`` is None when it has errors)."""

    number: int
    name: str
    nik_text: str
    valid: ValidHousehold | None
    errors: Sequence[RowError]


class _Run:
    """The state of one import: counters, what the file has already given, what is stored."""

    def __init__(
        self, session: Session, actor: Actor, incident: Incident, dry_run: bool, today: dt.date,
        kabupaten: str | None, reader: _RowReader,
    ) -> None:  # fmt: skip
        self.session, self.actor, self.incident = session, actor, incident
        self.dry_run, self.today, self.kabupaten, self.reader = dry_run, today, kabupaten, reader
        self.imported = self.rejected = self.duplicates = self.flagged = 0
        self.data_rows = self.skipped = 0
        self.errors: list[RowError] = []
        self.preview: list[PreviewRow] = []
        self.stored_niks, self.stored_kks = _existing(session, incident.id)
        self.file_niks: dict[str, int] = {}  # NIK → row of the file that is being imported
        self.file_kks: dict[str, int] = {}
        self.file_people: dict[tuple, tuple[int, str]] = {}  # (name, desa, birth) → (row, name)
        self.closed_months: dict[tuple[int, int], str] = {}
        self.pending: list[_Checked] = []
        self.to_store: list[ValidHousehold] = []
        #: Households this import has stored so far (earlier chunks, same transaction).
        self.stored_ids: set[int] = set()
        self.cancelled: Callable[[], bool] | None = None

    def row(self, number: int, values: list[object]) -> None:
        """Read and validate one row now; decide and store it with the rest of its chunk."""
        if self.reader.skip(values):
            self.skipped += 1
            return
        self.data_rows += 1
        self.pending.append(self._check(number, values))
        # Rows are decided and stored in chunks (batched look-ups, bounded memory), through
        # households.add_households in the caller's one transaction: all rows or none.
        if len(self.pending) >= CHUNK:
            self.finish_pending()

    def finish_pending(self) -> None:
        """Duplicates and storing, row by row in file order, for the rows read so far."""
        pending, self.pending = self.pending, []
        candidates = self._soft_candidates(pending)
        for checked in pending:
            self._finish(checked, candidates)
        self._store_queued(candidates)

    def _store_queued(self, candidates: households.DuplicateLookups) -> None:
        if self.dry_run or not self.to_store:
            return
        queued, self.to_store = self.to_store, []
        try:
            saved = households.add_households(
                self.session, self.actor, self.incident.id, queued,
                cancelled=self.cancelled, lookups=candidates,
            )  # fmt: skip
        except ValidationError as exc:
            if self.cancelled is not None and self.cancelled():
                raise ImportCancelled() from exc
            raise
        except TaganaError as exc:
            # The checks above mirror the service's; reaching this is a gap between the two.
            # Abort the whole import (the caller rolls back) rather than store part of a list.
            raise TaganaError(
                f"{exc.message} Impor dibatalkan; tidak ada data yang disimpan."
            ) from exc
        self.stored_ids.update(h.id for h in saved)

    def _check(self, number: int, values: list[object]) -> _Checked:
        read = self.reader.read(number, values)
        assert read.data is not None
        valid, field_errors = households.validate(
            read.data, kabupaten_code=self.kabupaten, today=self.today
        )
        errors = [RowError(number, e.column, e.message) for e in read.errors]
        labels = self.reader.labels
        if field_errors:
            reported = {e.column for e in errors}
            for fe in field_errors:
                column = labels.get(fe.field, "")
                if fe.field == "desa_code" and column in reported and column:
                    continue  # the desa name was already explained
                errors.append(RowError(number, column, fe.message))
        if len(errors) > 1:
            errors.sort(key=lambda e: self.reader.position.get(e.column, len(values)))
        if valid is not None and not errors:
            closed = self._closed(valid.registered_on)
            if closed:
                errors.append(RowError(number, labels["registered_on"], closed))
        if not errors:
            return _Checked(number, read.name, read.nik_text, valid, ())
        return _Checked(number, read.name, read.nik_text, None, errors)

    def _finish(self, checked: _Checked, candidates: households.DuplicateLookups | None) -> None:
        number, valid = checked.number, checked.valid
        masked = mask_nik(valid.nik.value if valid else checked.nik_text)
        if valid is None:
            self.rejected += 1
            self.errors.extend(checked.errors)
            reason = "; ".join(e.message for e in checked.errors)
            self.preview.append(
                PreviewRow(number, checked.name, masked, RowStatus.REJECTED, reason)
            )
            return
        duplicate = self._duplicate(number, valid)
        if duplicate is not None:
            self.duplicates += 1
            self.errors.append(duplicate)
            self.preview.append(
                PreviewRow(number, valid.head_name, masked, RowStatus.DUPLICATE, duplicate.message)
            )
            return
        reason = self._store(number, valid, candidates)
        self.imported += 1
        self.file_niks[valid.nik.value] = number
        self.file_kks[valid.no_kk.value] = number
        status = RowStatus.FLAGGED if reason else RowStatus.VALID
        self.flagged += bool(reason)
        self.preview.append(PreviewRow(number, valid.head_name, masked, status, reason))

    def _soft_candidates(self, pending: list[_Checked]) -> households.DuplicateLookups:
        """Possible-duplicate candidates of the chunk's valid rows, in a few batched queries."""
        valid = [c.valid for c in pending if c.valid is not None]
        return households.duplicate_lookups(self.session, self.incident, valid)

    def _closed(self, day: dt.date) -> str:
        key = (day.year, day.month)
        if key not in self.closed_months:
            try:
                periods.assert_open(self.session, day)
                self.closed_months[key] = ""
            except TaganaError as exc:
                self.closed_months[key] = exc.message
        return self.closed_months[key]

    def _duplicate(self, number: int, valid: ValidHousehold) -> RowError | None:
        labels = self.reader.labels
        nik, kk = valid.nik.value, valid.no_kk.value
        override = "KK ganda hanya dapat dicatat lewat formulir dengan izin Kepala."
        if nik in self.file_niks:
            return RowError(number, labels["nik"], f"NIK sama dengan baris {self.file_niks[nik]}.")
        if nik in self.stored_niks:
            message = f"NIK sudah terdaftar pada kejadian ini (a.n. {self.stored_niks[nik]})."
            return RowError(number, labels["nik"], message)
        if kk in self.file_kks:
            message = f"No. KK sama dengan baris {self.file_kks[kk]}; {override}"
            return RowError(number, labels["no_kk"], message)
        if kk in self.stored_kks:
            message = f"No. KK sudah dipakai {self.stored_kks[kk]} pada kejadian ini; {override}"
            return RowError(number, labels["no_kk"], message)
        return None

    def _store(
        self, number: int, valid: ValidHousehold, candidates: households.DuplicateLookups | None
    ) -> str:
        """Predict the row's flags and queue it for storing; returns the flag reason or "".

        The same prediction for a dry run and an import (add_households agrees).
        """
        flags = candidates.flags(self.incident.id, valid) if candidates else []
        if flags:
            # Rows of this file stored with an earlier chunk are the file's own (named by row
            # below), as in a dry run where nothing is stored.
            flags = [f for f in flags if f.other_household_id not in self.stored_ids]
        reason = _flag_reason(flags)
        person = (valid.head_name_norm, valid.desa_code, valid.nik.birth_date)
        if person in self.file_people and not any(
            f.reason == DuplicateReason.NAME_DESA_BIRTH for f in flags
        ):
            label = households.REASON_LABELS[DuplicateReason.NAME_DESA_BIRTH]
            earlier = self.file_people[person]
            reason = "; ".join(
                r for r in (reason, f"{label}: baris {earlier[0]} ({earlier[1]})") if r
            )
        self.file_people.setdefault(person, (number, valid.head_name))
        if not self.dry_run:
            self.to_store.append(valid)
        return reason
