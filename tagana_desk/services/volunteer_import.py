"""Import a volunteer roster (Tagana, TSM, PSM, TKSK, …) from an .xlsx or .csv list.

The Tagana forum or a kapanewon sends its roster as a spreadsheet: title rows above the header,
header names that differ from list to list ("Kapanewon" or "Kecamatan", "TMT" or "Tanggal
Bergabung"), NIKs typed as numbers, dates as Excel dates or as text. This module reads such a list
(:mod:`tagana_desk.services.sheets`), checks every row, and stores the good ones through
:func:`volunteers.save_volunteer` in the caller's one transaction. Every refused row is reported
with its spreadsheet row number, the column header as written in the file, and the reason — the
same report as the household import (:mod:`tagana_desk.services.household_import`).

Nothing is guessed: a NIK stored as a number cell has lost its 16th digit and is refused with the
explanation (DESIGN §3); a kapanewon name that is not in the office's kabupaten is refused and
named. A NIK already on the roster is a duplicate: it is not imported (edit that volunteer in the
roster instead).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from tagana_desk.domain import regions as region_codes
from tagana_desk.domain.enums import VolunteerLevel
from tagana_desk.domain.errors import ConflictError, TaganaError, ValidationError
from tagana_desk.domain.identity import mask_nik, parse_nik
from tagana_desk.domain.names import clean_name
from tagana_desk.domain.roles import Permission
from tagana_desk.services import audit, volunteers
from tagana_desk.services.context import Actor, require
from tagana_desk.services.household_import import (
    ImportCancelled,
    PreviewRow,
    RowError,
    RowStatus,
)
from tagana_desk.services.sheets import (
    Header,
    cell,
    clean_number_text,
    clean_text,
    is_blank,
    is_blank_row,
    normalize_header,
    open_list,
    parse_date,
)
from tagana_desk.services.volunteers import VolunteerInput

__all__ = [
    "ALIASES",
    "ImportCancelled",
    "KecamatanResolver",
    "VolunteerImportReport",
    "import_volunteers",
]

#: Header names seen on rosters, per field (compared without case, spaces or punctuation).
#: Earlier names win when two columns claim the same field.
ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("Nama", "Nama Lengkap", "Nama Relawan", "Nama Anggota", "Nama Tagana"),
    "nik": ("NIK", "No. NIK", "NIK KTP", "Nomor NIK", "No NIK KTP", "Nomor Induk Kependudukan"),
    "type_code": (
        "Jenis Relawan", "Jenis", "Jenis Anggota", "Jenis PSKS", "Jenis Pilar", "Kategori",
    ),
    "nia": (
        "NIA", "No. Induk Anggota", "Nomor Induk Anggota", "No NIA", "Nomor NIA", "No. Anggota",
        "Nomor Anggota", "No. KTA", "Nomor KTA",
    ),
    "level": ("Tingkat", "Level", "Tingkatan", "Jenjang"),
    "kecamatan": (
        "Kecamatan", "Kapanewon", "Kemantren", "Kapanewon/Kecamatan", "Kecamatan/Kapanewon",
        "Nama Kecamatan", "Kode Kecamatan", "Kode Kapanewon", "Kec",
    ),
    "phone": (
        "HP", "No. HP", "Nomor HP", "No HP/WA", "No. WA", "Nomor WA", "Telepon", "Telp",
        "No. Telp", "Nomor Telepon", "Kontak",
    ),
    "bank_name": ("Bank", "Nama Bank"),
    "bank_account": (
        "No. Rekening", "Nomor Rekening", "Rekening", "No Rek", "No. Rek. Bank",
        "Nomor Rekening Bank",
    ),
    "joined_on": (
        "Tanggal Bergabung", "TMT", "Tgl Bergabung", "TMT Bergabung", "Tanggal Masuk",
        "Tgl Masuk", "Bergabung", "Tahun Bergabung", "TMT Anggota",
    ),
    "left_on": ("Tanggal Keluar", "Tgl Keluar", "Tanggal Berhenti", "Tgl Berhenti", "Keluar"),
}  # fmt: skip

DESCRIBE = {
    "name": "Nama",
    "nik": "NIK",
    "type_code": "Jenis relawan",
    "joined_on": "Tanggal bergabung (TMT)",
}
#: VolunteerInput / ValidationError field → roster column it came from.
_SERVICE_FIELDS = {
    "nama": "name", "nik": "nik", "tingkat": "level", "kode_wilayah": "kecamatan",
    "hp": "phone", "rekening": "bank_account", "bergabung": "joined_on", "keluar": "left_on",
}  # fmt: skip
_TOTAL_WORDS = re.compile(r"^(sub )?(jumlah|jml|total|grand total)( .*)?$")
_NUMERIC = re.compile(r"^[\d.,\s]*\d[\d.,\s]*$")
_CODE = re.compile(r"^[\d.\s]+$")
_REGION_PREFIXES = {"KECAMATAN", "KEC", "KAPANEWON", "KAP", "KPN", "KEMANTREN", "DISTRIK"}
PROGRESS_EVERY = 50


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class VolunteerImportReport:
    """What an import did (or, with ``dry_run``, would do).

    ``imported + rejected + duplicates == total_rows`` (data rows; blank, total and signature
    rows are counted in ``skipped_rows`` only).
    """

    imported: int
    rejected: int
    duplicates: int
    errors: tuple[RowError, ...]
    total_rows: int
    dry_run: bool
    preview: tuple[PreviewRow, ...] = ()
    file_name: str = ""
    sheet_name: str = ""
    header_row: int = 0
    columns: tuple[tuple[str, str], ...] = ()  # (field, header as written)
    skipped_rows: int = 0
    volunteer_ids: tuple[int, ...] = ()  # stored (empty in a dry run)

    def to_json(self) -> dict:
        return {
            "imported": self.imported,
            "rejected": self.rejected,
            "duplicates": self.duplicates,
            "errors": [e.to_json() for e in self.errors],
            "total_rows": self.total_rows,
            "dry_run": self.dry_run,
        }

    def summary_lines(self) -> list[tuple[str, object]]:
        """(label, value) lines for a report's head (see ``reports.import_report``)."""
        return [
            (
                "Berkas",
                self.file_name + (f" (lembar {self.sheet_name})" if self.sheet_name else ""),
            ),
            ("Isi", "Daftar relawan"),
            ("Mode", "Uji coba (tidak ada yang disimpan)" if self.dry_run else "Impor"),
            ("Baris data", self.total_rows),
            ("Diimpor" if not self.dry_run else "Siap diimpor", self.imported),
            ("Ditolak", self.rejected),
            ("Duplikat (tidak diimpor)", self.duplicates),
            ("Baris kosong/jumlah/catatan dilewati", self.skipped_rows),
        ]


# --------------------------------------------------------------------------- lookups


def _region_key(name: str) -> str:
    """``"Kapanewon Kasihan"``, ``"Kec. KASIHAN"`` → ``"KASIHAN"``."""
    words = normalize_header(name).upper().split()
    while len(words) > 1 and words[0] in _REGION_PREFIXES:
        words.pop(0)
    return "".join(words)


class KecamatanResolver:
    """A kecamatan (kapanewon) given by Kemendagri code or by name, within the office kabupaten.

    Raises ``ValidationError`` naming the value when it cannot be told.
    """

    def __init__(self, kabupaten_code: str | None) -> None:
        self.kabupaten_code = kabupaten_code
        self.word = region_codes.area_labels(kabupaten_code).kecamatan
        self._names: dict[str, list[region_codes.Region]] | None = None

    @property
    def kabupaten_name(self) -> str:
        if not self.kabupaten_code:
            return ""
        return region_codes.region_name(self.kabupaten_code) or self.kabupaten_code

    def _by_name(self) -> dict[str, list[region_codes.Region]]:
        if self._names is None:
            self._names = {}
            for r in region_codes.children(self.kabupaten_code) if self.kabupaten_code else ():
                self._names.setdefault(_region_key(r.name), []).append(r)
        return self._names

    def resolve(self, value: object) -> str | None:
        text = clean_text(value)
        if not text:
            return None
        if _CODE.match(text):
            try:
                code = region_codes.normalize_code(text.replace(" ", ""))
            except ValidationError:
                raise ValidationError(f"Kode {self.word.lower()} tidak valid: {text!r}.") from None
            region = region_codes.get_region(code)
            if region is None or region.level != 3:
                raise ValidationError(
                    f"Kode {code} bukan kode {self.word.lower()} menurut data Kemendagri."
                )
            if self.kabupaten_code and region.parent_code != self.kabupaten_code:
                raise ValidationError(
                    f"{self.word} {region.name} ({code}) tidak berada di {self.kabupaten_name}."
                )
            return region.code
        if not self.kabupaten_code:
            raise ValidationError(
                "Kabupaten kantor belum diatur (Pengaturan → Kantor): tulis kode kecamatan, "
                "mis. 34.02.08."
            )
        found = self._by_name().get(_region_key(text), [])
        if len(found) == 1:
            return found[0].code
        raise ValidationError(f"{self.word} {text!r} tidak ditemukan di {self.kabupaten_name}.")


class TypeResolver:
    """A volunteer type by code (``TAGANA``) or name (``Taruna Siaga Bencana``, ``Tagana``)."""

    def __init__(self, types: Sequence[volunteers.VolunteerTypeInfo]) -> None:
        self.codes = [t.code for t in types]
        self.keys: dict[str, str] = {}
        for t in types:
            names = [t.code, t.name, re.sub(r"\([^)]*\)", " ", t.name)]
            names += re.findall(r"\(([^)]*)\)", t.name)
            for name in names:
                key = normalize_header(name)
                if key:
                    self.keys.setdefault(key, t.code)

    def resolve(self, value: object) -> str:
        key = normalize_header(value)
        if key in self.keys:
            return self.keys[key]
        raise ValidationError(
            f"Jenis relawan {clean_text(value)!r} tidak dikenal. Yang ada: {', '.join(self.codes)}."
        )


# --------------------------------------------------------------------------- one row


@dataclass
class _Row:
    data: VolunteerInput | None = None
    errors: list[RowError] = field(default_factory=list)
    name: str = ""
    nik: str = ""  # as read, for the preview (masked before it is shown)


class _RowReader:
    def __init__(
        self, header: Header, types: TypeResolver, kecamatan: KecamatanResolver,
        default_type: str | None, today: dt.date,
    ) -> None:  # fmt: skip
        self.header = header
        self.col = header.columns
        self.types = types
        self.kecamatan = kecamatan
        self.default_type = default_type
        self.today = today
        #: Header as written → column index, to list a row's problems left to right.
        self.position = {header.labels[f]: c for f, c in header.columns.items()}

    def label(self, name: str) -> str:
        if name == "type_code" and "type_code" not in self.col:
            return DESCRIBE["type_code"]
        return self.header.label(name)

    def get(self, row: Sequence[object], name: str) -> object:
        return cell(row, self.col.get(name))

    def skip(self, row: Sequence[object]) -> bool:
        """Blank rows, total rows, the "1 2 3 …" column-number row and notes or signatures
        below the list (none of the identifying cells filled) are not data."""
        if is_blank_row(row):
            return True
        if len(re.sub(r"\D", "", clean_text(self.get(row, "nik")))) >= 10:
            return False
        texts = [(i, clean_text(v)) for i, v in enumerate(row) if not is_blank(v)]
        for i, text in texts:
            numeric = not isinstance(row[i], str) or _NUMERIC.match(text)
            if not numeric and _TOTAL_WORDS.match(normalize_header(text)):
                return True
        if all(not isinstance(row[i], str) or _NUMERIC.match(t) or t == "-" for i, t in texts):
            return True
        identifying = ("nik", "nia", "joined_on", "phone", "bank_account")
        return all(is_blank(self.get(row, f)) for f in identifying)

    def _date(self, row: Sequence[object], name: str, what: str, errors: list) -> dt.date | None:
        raw = self.get(row, name)
        try:
            return parse_date(raw)
        except (ValueError, TypeError):
            if isinstance(raw, int | float) and not isinstance(raw, bool):
                message = (
                    f"{what} tersimpan sebagai angka ({clean_text(raw)}), bukan tanggal. Ubah "
                    "format sel menjadi Tanggal atau tulis seperti 20/11/2026."
                )
            else:
                message = f"{what} tidak terbaca: {clean_text(raw)!r} (tulis seperti 20/11/2026)."
            errors.append(RowError(0, self.label(name), message))
            return None

    def read(self, row: Sequence[object]) -> _Row:
        out = _Row()
        errors = out.errors

        def check(name: str, fn: Callable[[], object]) -> object:
            try:
                return fn()
            except ValidationError as exc:
                errors.append(RowError(0, self.label(name), exc.message))
                return None

        out.name = clean_text(self.get(row, "name"))
        nik = clean_number_text(self.get(row, "nik"))
        out.nik = nik if isinstance(nik, str) else clean_text(nik)
        check("name", lambda: clean_name(out.name))
        check("nik", lambda: parse_nik(nik, today=self.today))

        raw_type = self.get(row, "type_code")
        if "type_code" not in self.col:  # a list of one kind: the type the person picked
            type_code = self.default_type
        elif is_blank(raw_type):
            type_code = None
            errors.append(RowError(0, self.label("type_code"), "Jenis relawan wajib diisi."))
        else:
            type_code = check("type_code", lambda: self.types.resolve(raw_type))

        level_text = clean_text(self.get(row, "level"))
        level = ""
        if level_text:
            try:
                level = VolunteerLevel(level_text.lower()).value
            except ValueError:
                message = f"Tingkat tidak dikenal: {level_text!r} (Muda, Madya, Utama)."
                errors.append(RowError(0, self.label("level"), message))

        kecamatan = check("kecamatan", lambda: self.kecamatan.resolve(self.get(row, "kecamatan")))

        joined = self._date(row, "joined_on", "Tanggal bergabung", errors)
        if joined is None and is_blank(self.get(row, "joined_on")):
            errors.append(RowError(0, self.label("joined_on"), "Tanggal bergabung wajib diisi."))
        elif joined is not None and joined > self.today:
            message = f"Tanggal bergabung {joined:%d/%m/%Y} ada di masa depan."
            errors.append(RowError(0, self.label("joined_on"), message))
        left = (
            self._date(row, "left_on", "Tanggal keluar", errors) if "left_on" in self.col else None
        )
        if joined is not None and left is not None and left < joined:
            message = "Tanggal keluar tidak boleh sebelum tanggal bergabung."
            errors.append(RowError(0, self.label("left_on"), message))

        phone = self.get(row, "phone")
        if isinstance(phone, int | float) and not isinstance(phone, bool):
            digits = str(int(phone))  # a number cell drops the leading zero (or the plus)
            phone = "+" + digits if digits.startswith("62") else "0" + digits
        account = self.get(row, "bank_account")
        if isinstance(account, float) or (isinstance(account, int) and account >= 10**15):
            message = (
                "Nomor rekening tersimpan sebagai angka di Excel sehingga digit terakhirnya bisa "
                "hilang. Ubah kolom menjadi Teks dan ketik ulang dari buku tabungan."
            )
            errors.append(RowError(0, self.label("bank_account"), message))
            account = ""
        out.data = VolunteerInput(
            name=out.name, nik=nik, type_code=type_code or "", joined_on=joined,
            nia=clean_text(self.get(row, "nia")), level=level, kecamatan_code=kecamatan or "",
            phone=clean_text(phone), bank_name=clean_text(self.get(row, "bank_name")),
            bank_account=clean_text(account), left_on=left,
        )  # fmt: skip
        return out


# --------------------------------------------------------------------------- the import


def import_volunteers(
    session: Session,
    actor: Actor,
    path: str | Path,
    *,
    dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    today: dt.date | None = None,
    sheet: str | None = None,
    default_type: str | None = None,
) -> VolunteerImportReport:
    """Import a roster in the caller's (write) transaction.

    Every row is stored in its own savepoint, so a row the service refuses is reported and the
    others are kept. A dry run does the same inside one more savepoint that is rolled back at the
    end: it checks exactly what an import would (also the NIKs already on the roster) and leaves
    nothing behind, not even an audit event.

    Args:
        dry_run: validate and report only; nothing is stored.
        progress: ``progress(done, total)`` every few rows (``total`` is an estimate).
        cancelled: polled every row; when it returns True :class:`ImportCancelled` is raised so
            the caller's transaction rolls back and nothing is stored.
        sheet: the workbook sheet to read; by default the first one with the needed columns.
        default_type: the volunteer type (code) of every row when the list has no Jenis column.

    Raises:
        PermissionDenied, ValidationError (unreadable file, missing columns), ImportCancelled.
    """
    require(actor, Permission.MANAGE_VOLUNTEERS)
    today = today or dt.date.today()
    path = Path(path)
    types = TypeResolver(volunteers.list_types(session))
    if default_type is not None:
        default_type = types.resolve(default_type)
    from tagana_desk.services import office

    kabupaten = office.get_office(session).kabupaten_code
    required: list[str | tuple[str, ...]] = ["name", "nik", "joined_on"]
    if default_type is None:
        required.append("type_code")
    reader = open_list(path, ALIASES, required=required, describe=DESCRIBE, sheet=sheet)
    outer = session.begin_nested() if dry_run else None
    try:
        with reader:
            header = reader.header
            rows = _RowReader(header, types, KecamatanResolver(kabupaten), default_type, today)
            run = _Run(session, actor, rows, today)
            total = reader.estimated_data_rows or 0
            done = 0
            for number, values in reader.data_rows():
                if cancelled is not None and cancelled():
                    raise ImportCancelled()
                done += 1
                run.row(number, values)
                if progress is not None and done % PROGRESS_EVERY == 0:
                    progress(done, max(total, done))
            if progress is not None:
                progress(done, done)
            sheet_name = reader.table.sheet_name if reader.table.csv_format is None else ""
    finally:
        if outer is not None and outer.is_active:
            outer.rollback()
    report = VolunteerImportReport(
        imported=run.imported, rejected=run.rejected, duplicates=run.duplicates,
        errors=tuple(run.errors), total_rows=run.data_rows, dry_run=dry_run,
        preview=tuple(run.preview), file_name=path.name, sheet_name=sheet_name,
        header_row=header.row, columns=tuple(
            (f, header.labels[f]) for f in sorted(header.columns, key=header.columns.get)
        ),
        skipped_rows=run.skipped, volunteer_ids=() if dry_run else tuple(run.stored),
    )  # fmt: skip
    if not dry_run:
        audit.record(session, actor, "import", "volunteer_import", path.name, after={
            "file": path.name, "sheet": sheet_name, "rows": report.total_rows,
            "imported": report.imported, "rejected": report.rejected,
            "duplicates": report.duplicates,
        })  # fmt: skip
    return report


class _Run:
    """The state of one import: counters, the NIKs the file has given, what is stored."""

    def __init__(self, session: Session, actor: Actor, reader: _RowReader, today: dt.date):
        self.session, self.actor, self.reader, self.today = session, actor, reader, today
        self.imported = self.rejected = self.duplicates = 0
        self.data_rows = self.skipped = 0
        self.errors: list[RowError] = []
        self.preview: list[PreviewRow] = []
        self.stored: list[int] = []
        self.file_niks: dict[str, int] = {}  # NIK → row of the file that holds it

    def _reject(self, number: int, name: str, nik: str, errors: list[RowError]) -> None:
        self.rejected += 1
        errors.sort(key=lambda e: self.reader.position.get(e.column, 1_000))
        self.errors.extend(errors)
        reason = " ".join(e.message for e in errors)  # each message is a sentence
        self.preview.append(PreviewRow(number, name, mask_nik(nik), RowStatus.REJECTED, reason))

    def _duplicate(self, number: int, name: str, nik: str, message: str) -> None:
        self.duplicates += 1
        self.errors.append(RowError(number, self.reader.label("nik"), message))
        self.preview.append(PreviewRow(number, name, mask_nik(nik), RowStatus.DUPLICATE, message))

    def row(self, number: int, values: list[object]) -> None:
        if self.reader.skip(values):
            self.skipped += 1
            return
        self.data_rows += 1
        read = self.reader.read(values)
        errors = [RowError(number, e.column, e.message) for e in read.errors]
        if errors:
            self._reject(number, read.name, read.nik, errors)
            return
        assert read.data is not None
        nik = parse_nik(read.data.nik, today=self.today).value
        if nik in self.file_niks:
            self._duplicate(number, read.name, nik, f"NIK sama dengan baris {self.file_niks[nik]}.")
            return
        try:
            with self.session.begin_nested():
                info = volunteers.save_volunteer(
                    self.session, self.actor, read.data, today=self.today
                )
        except ConflictError as exc:  # the NIK is already on the roster
            self._duplicate(number, read.name, nik, exc.message)
            return
        except TaganaError as exc:  # a check of the service this reader does not repeat
            column = _SERVICE_FIELDS.get(getattr(exc, "field", None) or "", "type_code")
            self._reject(number, read.name, nik, [RowError(number, self.reader.label(column),
                                                           exc.message)])  # fmt: skip
            return
        self.file_niks[nik] = number
        self.stored.append(info.id)
        self.imported += 1
        self.preview.append(PreviewRow(number, info.name, mask_nik(nik), RowStatus.VALID))
