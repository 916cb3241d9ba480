"""DTKS / DTSEN extracts: import the list, then mark every household in or out of it.

A desk receives the national social-welfare register (DTKS, DTSEN since 2025) as spreadsheets,
often one per desa or kecamatan, often one row per person (so several NIKs share a No. KK). A
household is *in* when its head's NIK is listed, or its No. KK is listed, in any imported extract
(extracts per desa add up); otherwise *out*. With ``replace=True`` the new extract supersedes the
entries of earlier ones (a full, fresh extract).

Marking is done with set-based SQL UPDATEs over the whole household table, not row by row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from tagana_desk.db.models import DtksEntry, DtksImport, Household
from tagana_desk.domain.enums import DtksStatus
from tagana_desk.domain.errors import ValidationError
from tagana_desk.domain.identity import parse_nik, parse_no_kk
from tagana_desk.domain.roles import Permission
from tagana_desk.services import audit
from tagana_desk.services.context import Actor, require
from tagana_desk.services.household_import import ImportCancelled, RowError
from tagana_desk.services.sheets import (
    as_count,
    cell,
    clean_number_text,
    clean_text,
    is_blank,
    is_blank_row,
    open_list,
)

ALIASES: dict[str, tuple[str, ...]] = {
    "nik": (
        "NIK", "No. NIK", "NIK KTP", "Nomor NIK", "Nomor Induk Kependudukan", "NIK ART",
        "NIK Kepala Keluarga", "NIK KRT", "NIK KK",
    ),
    "no_kk": ("No KK", "No. KK", "Nomor KK", "Nomor Kartu Keluarga", "KK", "NKK", "No NKK"),
    "decile": (
        "Desil", "Desil Nasional", "Peringkat Desil", "Desil DTSEN", "Desil Kesejahteraan",
        "Status Kesejahteraan",
    ),
    # Not used, but recognising them helps find the header row of a one-column-of-interest list.
    "name": ("Nama", "Nama Lengkap", "Nama ART", "Nama KRT", "Nama Kepala Keluarga"),
    "address": ("Alamat", "Desa", "Kelurahan", "Desa/Kelurahan", "Kecamatan", "RT", "RW"),
}  # fmt: skip
DESCRIBE = {"nik": "NIK"}
_BATCH = 5000
PROGRESS_EVERY = 500


@dataclass(frozen=True)
class DtksReport:
    """What a DTKS/DTSEN import did."""

    import_id: int
    file_name: str
    rows_read: int  # data rows (blank and total rows not counted)
    entries_stored: int
    repeated: int  # the same NIK again in the extract (stored once)
    rejected: int  # rows not stored: invalid NIK
    errors: tuple[RowError, ...]
    households_in: int
    households_out: int

    def to_json(self) -> dict:
        return {
            "import_id": self.import_id,
            "rows_read": self.rows_read,
            "entries_stored": self.entries_stored,
            "repeated": self.repeated,
            "rejected": self.rejected,
            "households_in": self.households_in,
            "households_out": self.households_out,
            "errors": [e.to_json() for e in self.errors],
        }

    def summary_lines(self) -> list[tuple[str, object]]:
        return [
            ("Berkas", self.file_name),
            ("Baris data", self.rows_read),
            ("NIK tersimpan", self.entries_stored),
            ("NIK berulang (disimpan sekali)", self.repeated),
            ("Baris ditolak", self.rejected),
            ("KK terdampak masuk DTKS", self.households_in),
            ("KK terdampak di luar DTKS", self.households_out),
        ]


def _decile(value: object) -> int:
    value = as_count(value)
    text = clean_text(value)
    if text.isdigit() and 1 <= int(text) <= 10:
        return int(text)
    raise ValidationError(f"Desil harus angka 1–10, bukan {text!r}.", "desil")


def import_extract(
    session: Session,
    actor: Actor,
    path: str | Path,
    *,
    extract_date: dt.date | None = None,
    replace: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    today: dt.date | None = None,
    sheet: str | None = None,
) -> DtksReport:
    """Store a DTKS/DTSEN extract and re-mark every household's DTKS status (one transaction).

    Rows whose NIK is invalid are reported and not stored; an invalid No. KK or desil is reported
    and the NIK is stored without it.
    """
    require(actor, Permission.EDIT_HOUSEHOLDS)
    today = today or dt.date.today()
    path = Path(path)
    reader = open_list(path, ALIASES, required=["nik"], describe=DESCRIBE, sheet=sheet, min_score=1)
    with reader:
        header = reader.header
        col = header.columns
        record = DtksImport(filename=path.name[:260], extract_date=extract_date, rows=0,
                            imported_by=actor.user_id)  # fmt: skip
        session.add(record)
        session.flush()
        errors: list[RowError] = []
        seen: set[str] = set()
        batch: list[dict] = []
        rows_read = stored = repeated = rejected = done = 0
        total = reader.estimated_data_rows or 0
        for number, values in reader.data_rows():
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            done += 1
            if progress is not None and done % PROGRESS_EVERY == 0:
                progress(done, max(total, done))
            raw_nik = cell(values, col["nik"])
            if is_blank_row(values) or (is_blank(raw_nik) and _is_total(values)):
                continue
            rows_read += 1
            try:
                nik = parse_nik(clean_number_text(raw_nik), today=today).value
            except ValidationError as exc:
                errors.append(RowError(number, header.label("nik"), exc.message))
                rejected += 1
                continue
            if nik in seen:
                repeated += 1
                continue
            seen.add(nik)
            no_kk = decile = None
            if "no_kk" in col and not is_blank(cell(values, col["no_kk"])):
                try:
                    no_kk = parse_no_kk(clean_number_text(cell(values, col["no_kk"]))).value
                except ValidationError as exc:
                    errors.append(RowError(number, header.label("no_kk"), exc.message))
            if "decile" in col and not is_blank(cell(values, col["decile"])):
                try:
                    decile = _decile(cell(values, col["decile"]))
                except ValidationError as exc:
                    errors.append(RowError(number, header.label("decile"), exc.message))
            batch.append({"import_id": record.id, "nik": nik, "no_kk": no_kk, "decile": decile})
            if len(batch) >= _BATCH:
                stored += _store(session, batch)
        stored += _store(session, batch)
        if progress is not None:
            progress(done, done)
    if replace:
        session.execute(delete(DtksEntry).where(DtksEntry.import_id != record.id))
    record.rows = stored
    households_in, households_out = mark_households(session)
    report = DtksReport(
        import_id=record.id, file_name=path.name, rows_read=rows_read, entries_stored=stored,
        repeated=repeated, rejected=rejected, errors=tuple(errors), households_in=households_in,
        households_out=households_out,
    )  # fmt: skip
    audit.record(session, actor, "import", "dtks_import", record.id, after={
        "file": path.name, "extract_date": extract_date, "rows": rows_read, "entries": stored,
        "rejected": report.rejected, "replace": replace, "households_in": households_in,
        "households_out": households_out,
    })  # fmt: skip
    return report


def _is_total(values: list[object]) -> bool:
    """A row without a NIK whose cells are only numbers or a JUMLAH/TOTAL label."""
    texts = [clean_text(v).upper() for v in values if not is_blank(v)]
    return all(
        t.replace(".", "").replace(",", "").isdigit() or t.startswith(("JUMLAH", "TOTAL", "JML"))
        for t in texts
    )


def _store(session: Session, batch: list[dict]) -> int:
    if not batch:
        return 0
    session.execute(insert(DtksEntry), batch)
    n = len(batch)
    batch.clear()
    return n


def mark_households(session: Session) -> tuple[int, int]:
    """Set every household's DTKS status from all stored entries; returns (in, out).

    Two set-based UPDATEs that touch only the rows whose status changes, then one count.
    """
    if session.execute(select(DtksImport.id).limit(1)).first() is None:
        return 0, 0
    listed = or_(
        Household.nik.in_(select(DtksEntry.nik)),
        Household.no_kk.in_(select(DtksEntry.no_kk).where(DtksEntry.no_kk.is_not(None))),
    )
    for status, condition in ((DtksStatus.IN, listed), (DtksStatus.OUT, ~listed)):
        session.execute(
            update(Household)
            .where(condition, Household.dtks_status != status)
            .values(dtks_status=status)
            .execution_options(synchronize_session=False)
        )
    # Households already loaded in this session would otherwise keep showing the old status.
    for obj in list(session.identity_map.values()):
        if isinstance(obj, Household):
            session.expire(obj, ["dtks_status"])
    counts = status_counts(session)
    return counts[DtksStatus.IN], counts[DtksStatus.OUT]


def status_counts(session: Session) -> dict[DtksStatus, int]:
    rows = session.execute(
        select(Household.dtks_status, func.count(Household.id)).group_by(Household.dtks_status)
    )
    counts = {s: 0 for s in DtksStatus}
    for status, n in rows:
        counts[DtksStatus(status)] = n
    return counts
