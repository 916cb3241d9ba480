"""Importing village lists on both backends: messy workbooks and CSVs, exact counts and reasons."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from sqlalchemy import func, select

from tagana_desk.db.base import utcnow
from tagana_desk.db.models import AuditEvent, ClosedPeriod, DuplicateFlag, Household
from tagana_desk.domain.enums import DamageLevel, IncidentStatus, PeriodStatus
from tagana_desk.domain.errors import NotFoundError, PermissionDenied, ValidationError
from tagana_desk.services import households, incidents
from tagana_desk.services.household_import import (
    ImportCancelled,
    ImportReport,
    RowStatus,
    import_households,
)
from tagana_desk.services.households import HouseholdInput
from tests.importing.builders import TITLE, kk, letters, nik, write_csv, write_xlsx
from tests.support import setup_bantul

pytestmark = pytest.mark.db
TODAY = dt.date(2026, 11, 25)

HEADER = [
    "No", "Nama KK", "No. NIK", "Nomor KK", "Desa/Kelurahan", "Dusun", "RT/RW", "Jumlah Jiwa",
    "Balita", "Kondisi Rumah", "Mengungsi", "No. HP", "Keterangan",
]  # fmt: skip


def _row(no, name, nik_value, kk_value, desa="Palbapang", rtrw="003/005", persons=4, **kw):
    return [
        no, name, nik_value, kk_value, desa, kw.get("dusun", "Jodog"), rtrw, persons,
        kw.get("balita", 0), kw.get("damage", "RB"), kw.get("displaced", "Ya"),
        kw.get("hp", "081234567890"), kw.get("notes"),
    ]  # fmt: skip


@pytest.fixture
def incident(db, roles):
    return setup_bantul(db, roles)


def _stored(db, incident_id):
    with db.read() as s:
        rows = s.execute(
            select(Household).where(Household.incident_id == incident_id).order_by(Household.id)
        ).scalars()
        return [(h.head_name, h.nik) for h in rows]


def _count(db, model=Household):
    with db.read() as s:
        return s.execute(select(func.count()).select_from(model)).scalar_one()


def _import(db, actor, incident_id, path, **kw) -> ImportReport:
    with db.write() as s:
        return import_households(s, actor, incident_id, path, today=TODAY, **kw)


def _errors(report):
    return [(e.row, e.column, e.message) for e in report.errors]


def _register(db, roles, incident_id, name, nik_value, kk_value):
    with db.write() as s:
        households.add_household(
            s, roles.operator, incident_id,
            HouseholdInput(head_name=name, nik=nik_value, no_kk=kk_value,
                           desa_code="34.02.08.2001", persons=2),
            today=TODAY,
        )  # fmt: skip


def messy_list(tmp_path, registered_nik):
    rows = [
        [TITLE],
        ["KECAMATAN BANTUL - KABUPATEN BANTUL"],
        [],
        HEADER,
        _row(1, "Suparman", "'" + nik(1), kk(1), balita=1),  # 5 valid; apostrophe
        _row(2, "Sumini", "3402 0852 0680 0002", "3402.0801.0110.0002", desa="34.02.08.2002",
             rtrw="12/3", damage="rusak sedang", displaced="tidak"),  # 6 valid; spaces, dots, code
        _row(3, "Karto", int(nik(3)), kk(3)),  # 7 NIK as a number cell: refused
        [],  # 8 blank
        _row(4, "Suparman", nik(1), kk(4)),  # 9 same NIK as row 5
        _row(5, "Painem", nik(5), kk(1)),  # 10 same No. KK as row 5
        _row(6, "Tukiyem", registered_nik, kk(6)),  # 11 already registered in the incident
        _row(7, "Wagiman", nik(7), kk(7), desa="Ngawur"),  # 12 unknown desa
        _row(8, "Sarinah", nik(8), kk(8), desa="Ringinharjo", persons="abc"),  # 13 bad persons
        _row(9, "Bpk. Suparman", nik(9), kk(9)),  # 14 same name+desa+birth date: flagged
        ["JUMLAH", None, None, None, None, None, None, 27, 1],  # 15 total row
        [None, None, None, None, None, None, None, None, None, None, None, None,
         "Mengetahui, Kepala Desa Palbapang"],  # 16 signature block
    ]  # fmt: skip
    return write_xlsx(tmp_path / "daftar kk.xlsx", rows, merges=["A1:M1", "A2:M2"])


def test_messy_workbook_exact_counts_and_reasons(db, roles, incident, tmp_path):
    registered = nik(6, day=1, month=1, yy=80)
    _register(db, roles, incident, "Tukiyem", registered, kk(600))
    path = messy_list(tmp_path, registered)
    events_before = _count(db, AuditEvent)

    report = _import(db, roles.operator, incident, path)

    assert (report.imported, report.rejected, report.duplicates, report.flagged) == (3, 3, 3, 1)
    assert report.total_rows == 9 and report.skipped_rows == 3 and not report.dry_run
    assert report.header_row == 4
    errors = _errors(report)
    assert [(r, c) for r, c, _ in errors] == [
        (7, "No. NIK"), (9, "No. NIK"), (10, "Nomor KK"), (11, "No. NIK"),
        (12, "Desa/Kelurahan"), (13, "Jumlah Jiwa"),
    ]  # fmt: skip
    messages = {r: m for r, _, m in errors}
    assert "15 digit" in messages[7] and "Ubah kolom menjadi Teks" in messages[7]
    assert messages[9] == "NIK sama dengan baris 5."
    assert messages[10].startswith("No. KK sama dengan baris 5")
    assert messages[11] == "NIK sudah terdaftar pada kejadian ini (a.n. Tukiyem)."
    assert "'Ngawur' tidak ditemukan" in messages[12]
    assert "Jumlah jiwa harus bilangan bulat" in messages[13]

    statuses = [(p.row, p.status) for p in report.preview]
    assert statuses == [
        (5, RowStatus.VALID), (6, RowStatus.VALID), (7, RowStatus.REJECTED),
        (9, RowStatus.DUPLICATE), (10, RowStatus.DUPLICATE), (11, RowStatus.DUPLICATE),
        (12, RowStatus.REJECTED), (13, RowStatus.REJECTED), (14, RowStatus.FLAGGED),
    ]  # fmt: skip
    flagged = report.preview[-1]
    assert flagged.nik == "340208******0009" and "Suparman" in flagged.reason

    stored = _stored(db, incident)
    assert stored == [
        ("Tukiyem", registered), ("Suparman", nik(1)),
        ("Sumini", "3402085206800002"), ("Bpk. Suparman", nik(9)),
    ]  # fmt: skip
    with db.read() as s:
        sumini = s.execute(
            select(Household).where(Household.nik == "3402085206800002")
        ).scalar_one()
        first = s.execute(select(Household).where(Household.nik == nik(1))).scalar_one()
        assert (sumini.desa_code, sumini.rt, sumini.rw) == ("34.02.08.2002", "012", "003")
        assert (sumini.damage, sumini.displaced, sumini.sex) == (DamageLevel.RS, False, "P")
        assert (first.desa_code, first.rt, first.rw, first.dusun) == (
            "34.02.08.2001", "003", "005", "Jodog",
        )  # fmt: skip
        assert (first.damage, first.displaced, first.infants, first.phone) == (
            DamageLevel.RB, True, 1, "081234567890",
        )  # fmt: skip
        assert first.no_kk == kk(1) and first.registered_on == TODAY
        flags = s.execute(select(func.count(DuplicateFlag.id))).scalar_one()
        event = s.execute(
            select(AuditEvent).where(AuditEvent.action == "import").order_by(AuditEvent.seq.desc())
        ).scalars().first()  # fmt: skip
        entity, entity_id, after = event.entity, event.entity_id, event.after
    assert flags == 1
    # One "create" per stored household plus one event for the import itself.
    assert _count(db, AuditEvent) == events_before + 3 + 1
    assert entity == "household_import" and entity_id == str(incident)
    assert '"file":"daftar kk.xlsx"' in after and '"imported":3' in after

    assert report.to_json() == {
        "imported": 3, "rejected": 3, "duplicates": 3, "flagged": 1,
        "errors": [{"row": r, "column": c, "message": m} for r, c, m in errors],
        "total_rows": 9, "dry_run": False,
    }  # fmt: skip


def test_dry_run_reports_the_same_and_writes_nothing(db, roles, incident, tmp_path):
    registered = nik(6, day=1, month=1, yy=80)
    _register(db, roles, incident, "Tukiyem", registered, kk(600))
    path = messy_list(tmp_path, registered)
    before = (_count(db), _count(db, AuditEvent), _count(db, DuplicateFlag))

    dry = _import(db, roles.operator, incident, path, dry_run=True)

    assert (_count(db), _count(db, AuditEvent), _count(db, DuplicateFlag)) == before
    assert dry.dry_run
    real = _import(db, roles.operator, incident, path)
    assert (dry.imported, dry.rejected, dry.duplicates, dry.flagged) == (3, 3, 3, 1)
    assert dry.errors == real.errors
    assert [(p.row, p.status) for p in dry.preview] == [(p.row, p.status) for p in real.preview]


def test_importing_the_same_list_twice_stores_nothing_new(db, roles, incident, tmp_path):
    rows = [HEADER] + [_row(i, f"Warga {letters(i)}", nik(i), kk(i)) for i in range(1, 6)]
    path = write_xlsx(tmp_path / "a.xlsx", rows)
    first = _import(db, roles.operator, incident, path)
    second = _import(db, roles.operator, incident, path)
    assert (first.imported, first.duplicates) == (5, 0)
    assert (second.imported, second.duplicates) == (0, 5)
    assert all("sudah terdaftar pada kejadian ini" in e.message for e in second.errors)
    assert _count(db) == 5


def test_desa_by_name_code_and_kabupaten_fallback_and_incident_default(
    db, roles, incident, tmp_path
):
    rows = [
        ["Nama", "NIK", "No KK", "Jml Jiwa", "Kode Desa", "Desa"],
        ["A Satu", nik(1), kk(1), 2, "3402082003", None],  # code without dots
        ["B Dua", nik(2), kk(2), 2, None, "desa sabdodadi"],  # name, prefix and case
        ["C Tiga", nik(3), kk(3), 2, None, "Poncosari"],  # another kecamatan of Bantul
        ["D Empat", nik(4), kk(4), 2, None, None],  # blank: the incident's desa
        ["E Lima", nik(5), kk(5), 2, "35.07.01.2001", None],  # outside the office kabupaten
        ["F Enam", nik(6), kk(6), 2, "34.02.08", None],  # a kecamatan code
    ]
    path = write_xlsx(tmp_path / "desa.xlsx", rows)
    report = _import(db, roles.operator, incident, path)
    assert (report.imported, report.rejected) == (4, 2)
    with db.read() as s:
        got = dict(s.execute(select(Household.head_name, Household.desa_code)).all())
    assert got == {
        "A Satu": "34.02.08.2003", "B Dua": "34.02.08.2005", "C Tiga": "34.02.01.2001",
        "D Empat": "34.02.08.2001",
    }  # fmt: skip
    (r6, c6, m6), (r7, c7, m7) = _errors(report)
    assert (r6, c6) == (6, "Kode Desa") and "di luar kabupaten kantor" in m6
    assert (r7, c7) == (7, "Kode Desa") and "bukan desa/kelurahan" in m7


def test_missing_columns_are_named_with_the_headers_found(db, roles, tmp_path):
    with db.write() as s:
        from tagana_desk.services import office

        office.update_office(s, roles.admin, kabupaten_code="34.02")
        info = incidents.create_incident(
            s, roles.operator,
            incidents.IncidentInput(type="banjir", title="Banjir Bantul",
                                    occurred_at=dt.date(2026, 11, 20), kecamatan_code="34.02.08"),
        )  # fmt: skip
    rows = [[TITLE], ["No", "Nama", "NIK", "Alamat", "Jiwa"], [1, "A", nik(1), "Jodog", 2]]
    path = write_xlsx(tmp_path / "kurang.xlsx", rows)
    with pytest.raises(ValidationError) as exc, db.write() as s:
        import_households(s, roles.operator, info.id, path, today=TODAY)
    message = str(exc.value)
    assert "Kolom wajib tidak ditemukan: No. KK, Desa/Kelurahan." in message
    assert "(baris 2): No, Nama, NIK, Alamat, Jiwa" in message

    no_header = write_xlsx(tmp_path / "kosong.xlsx", [[TITLE], ["apa saja", 1, 2]])
    with pytest.raises(ValidationError, match="Baris judul kolom tidak ditemukan"), db.write() as s:
        import_households(s, roles.operator, info.id, no_header, today=TODAY)


def test_two_row_header_with_damage_marks_and_vulnerable_groups(db, roles, incident, tmp_path):
    rows = [
        [TITLE],
        ["No", "Nama Kepala Keluarga", "NIK", "No. KK", "Jml Jiwa", "Kelompok Rentan", None, None,
         None, "Kondisi Rumah", None, None, "Tanggal Pendataan"],
        [None, None, None, None, None, "Balita", "Lansia", "Disabilitas", "Ibu Hamil", "RB", "RS",
         "RR", None],
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13],  # column numbers
        [1, "Sri Lestari", nik(1, female=True), kk(1), 5, 1, 2, 0, 1, "v", None, None,
         dt.datetime(2026, 11, 21)],
        [2, "Paijo", nik(2), kk(2), 3, 0, 0, 1, 0, None, "√", "√", "22/11/2026"],
        [3, "Marto", nik(3), kk(3), 2, 0, 3, 0, 0, None, None, 1, "besok"],
    ]  # fmt: skip
    path = write_xlsx(tmp_path / "rentan.xlsx", rows, merges=["F2:I2", "J2:L2"])
    report = _import(db, roles.operator, incident, path)
    assert report.header_row == 3
    assert (report.imported, report.rejected, report.skipped_rows) == (1, 2, 1)
    assert _errors(report) == [
        (6, "RS", "Lebih dari satu tingkat kerusakan ditandai (RS, RR); pilih satu."),
        (7, "Lansia", "Jumlah lansia (3) melebihi jumlah jiwa (2)."),
        (7, "Tanggal Pendataan",
         "Tanggal pendataan tidak terbaca: 'besok' (tulis seperti 20/11/2026)."),
    ]  # fmt: skip
    with db.read() as s:
        hh = s.execute(select(Household)).scalar_one()
        assert (hh.infants, hh.elderly, hh.disabled, hh.pregnant) == (1, 2, 0, 1)
        assert hh.damage == DamageLevel.RB and hh.registered_on == dt.date(2026, 11, 21)


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [("utf-8", ","), ("utf-8-sig", ";"), ("cp1252", "\t"), ("latin-1", ";")],
)
def test_csv_dialects(db, roles, incident, tmp_path, encoding, delimiter):
    rows = [
        ["DAFTAR KK TERDAMPAK"],
        ["Nama Kepala Keluarga", "NIK Kepala Keluarga", "Nomor Kartu Keluarga", "Jumlah Anggota",
         "Kelurahan", "RT", "RW", "Catatan"],
        ["Ña'im Muñoz", " 3402.0812.0375.0001 ", kk(1), "4", "Palbapang", "3", "5",
         "rumah hanyut"],
        ["Siti Ö", nik(2), "'" + kk(2), "2", "Trirenggo", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["TOTAL", "", "", "6", "", "", "", ""],
        ["Bad Row", "3.40208E+15", kk(3), "2", "Trirenggo", "", "", ""],
    ]  # fmt: skip
    path = write_csv(tmp_path / "daftar.csv", rows, encoding=encoding, delimiter=delimiter)
    report = _import(db, roles.operator, incident, path)
    assert (report.imported, report.rejected, report.duplicates, report.skipped_rows) == (
        2,
        1,
        0,
        2,
    )
    assert report.sheet_name == ""
    ((row, column, message),) = _errors(report)
    assert (row, column) == (7, "NIK Kepala Keluarga") and "15 digit" in message
    with db.read() as s:
        got = s.execute(select(Household.head_name, Household.rt, Household.notes)).all()
    assert sorted(got) == [("Siti Ö", "", ""), ("Ña'im Muñoz", "003", "rumah hanyut")]


def test_cancel_stores_nothing(db, roles, incident, tmp_path):
    rows = [HEADER] + [_row(i, f"Warga {letters(i)}", nik(i), kk(i)) for i in range(1, 31)]
    path = write_xlsx(tmp_path / "batal.xlsx", rows)
    before = (_count(db), _count(db, AuditEvent))
    polls = []

    def cancelled() -> bool:
        polls.append(1)
        return len(polls) > 20  # after 20 rows have been imported

    with pytest.raises(ImportCancelled, match="Impor dibatalkan; tidak ada data yang disimpan."):
        _import(db, roles.operator, incident, path, cancelled=cancelled)
    assert len(polls) == 21
    assert (_count(db), _count(db, AuditEvent)) == before


def test_progress_is_reported(db, roles, incident, tmp_path):
    rows = [HEADER] + [_row(i, f"Warga {letters(i)}", nik(i), kk(i)) for i in range(1, 251)]
    path = write_xlsx(tmp_path / "prog.xlsx", rows)
    seen = []
    report = _import(db, roles.operator, incident, path, dry_run=True,
                     progress=lambda done, total: seen.append((done, total)))  # fmt: skip
    assert report.imported == 250
    assert seen == [(100, 250), (200, 250), (250, 250)]


@pytest.mark.parametrize("role", ["auditor", "admin"])
def test_roles_without_household_rights_are_refused_even_for_a_dry_run(
    db, roles, incident, tmp_path, role
):
    path = write_xlsx(tmp_path / "a.xlsx", [HEADER, _row(1, "Suparman", nik(1), kk(1))])
    with pytest.raises(PermissionDenied):
        _import(db, getattr(roles, role), incident, path, dry_run=True)
    assert _count(db) == 0


def test_unknown_or_closed_incident_is_refused(db, roles, incident, tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", [HEADER, _row(1, "Suparman", nik(1), kk(1))])
    with pytest.raises(NotFoundError):
        _import(db, roles.operator, 9999, path)
    with db.write() as s:
        incidents.set_status(s, roles.operator, incident, IncidentStatus.CLOSED)
    with pytest.raises(ValidationError, match="Kejadian sudah ditutup"):
        _import(db, roles.operator, incident, path)
    assert _count(db) == 0


def test_rows_dated_in_a_closed_month_are_rejected(db, roles, incident, tmp_path):
    with db.write() as s:  # the bendahara closed October (the closing itself is not tested here)
        s.add(ClosedPeriod(period="2026-10", status=PeriodStatus.CLOSED, closed_at=utcnow()))
    rows = [
        ["Nama", "NIK", "No KK", "Jiwa", "Desa", "Tgl Pendataan"],
        ["A Satu", nik(1), kk(1), 2, "Palbapang", "30/10/2026"],
        ["B Dua", nik(2), kk(2), 2, "Palbapang", "02/11/2026"],
    ]
    report = _import(db, roles.operator, incident, write_xlsx(tmp_path / "a.xlsx", rows))
    assert (report.imported, report.rejected) == (1, 1)
    ((row, column, message),) = _errors(report)
    assert (row, column) == (2, "Tgl Pendataan") and "sudah ditutup" in message


def test_two_thousand_rows_import_quickly(sqlite_db, sqlite_roles, tmp_path):
    """Speed sanity on the one-PC backend (SQLite); PostgreSQL is covered by the tests above."""
    db, roles = sqlite_db, sqlite_roles
    incident = setup_bantul(db, roles)
    n = 2000
    rows = [[TITLE], HEADER] + [
        _row(i, f"Warga {letters(i)}", nik(i, day=1 + i % 28, month=1 + i % 12, yy=40 + i % 50),
             kk(i), rtrw=f"{i % 20:03d}/{i % 7 + 1:03d}", damage=("RB", "RS", "RR", "")[i % 4])
        for i in range(1, n + 1)
    ]  # fmt: skip
    path = write_xlsx(tmp_path / "besar.xlsx", rows)
    start = time.perf_counter()
    report = _import(db, roles.operator, incident, path)
    elapsed = time.perf_counter() - start
    print(f"\n{db.dialect}: {n} baris diimpor dalam {elapsed:.2f} s")
    assert (report.imported, report.rejected, report.duplicates) == (n, 0, 0)
    assert _count(db) == n
    assert elapsed < 30  # about 5 s on a desk PC; a quadratic slip would blow well past this


def test_possible_duplicates_in_the_database_are_flagged_alike_in_dry_run_and_import(
    db, roles, incident, tmp_path
):
    with db.write() as s:
        other = incidents.create_incident(
            s, roles.operator,
            incidents.IncidentInput(type="angin_puting_beliung", title="Puting beliung",
                                    occurred_at=dt.date(2026, 11, 10), desa_code="34.02.08.2002"),
        )  # fmt: skip
    _register(db, roles, other.id, "Sukijan", nik(20), kk(20))  # same NIK, another incident
    _register(db, roles, incident, "Bpk. Suparman", nik(21), kk(21))  # same name, desa, birth
    rows = [
        ["Nama", "NIK", "No KK", "Jiwa", "Desa"],
        ["Sukijan", nik(20), kk(120), 2, "Palbapang"],
        ["Suparman", nik(22), kk(122), 2, "Palbapang"],
        ["Sumarni", nik(23, female=True), kk(123), 2, "Palbapang"],
    ]
    path = write_xlsx(tmp_path / "flag.xlsx", rows)
    dry = _import(db, roles.operator, incident, path, dry_run=True)
    real = _import(db, roles.operator, incident, path)
    for report in (dry, real):
        assert (report.imported, report.flagged, report.rejected, report.duplicates) == (3, 2, 0, 0)
        assert [p.status for p in report.preview] == [
            RowStatus.FLAGGED, RowStatus.FLAGGED, RowStatus.VALID,
        ]  # fmt: skip
        assert "NIK sama di kejadian lain" in report.preview[0].reason
        assert "Nama, desa dan tanggal lahir sama" in report.preview[1].reason
        assert "Bpk. Suparman" in report.preview[1].reason
    assert [p.reason for p in dry.preview] == [p.reason for p in real.preview]
    with db.read() as s:
        assert s.execute(select(func.count(DuplicateFlag.id))).scalar_one() == 2


def test_a_list_longer_than_a_chunk_is_stored_chunk_by_chunk_as_predicted(
    db, roles, incident, tmp_path
):
    """1,200 rows (three chunks stored one after another in one transaction): the import gives
    the dry run's answer row for row, the file's own repeated person is named by row (not as a
    database duplicate), and a cancel after two stored chunks leaves nothing."""
    rows = [HEADER] + [_row(i, f"Warga {letters(i)}", nik(i), kk(i)) for i in range(1, 1201)]
    # Row 1,101 repeats the person of row 11 (same name, desa and birth date, another NIK).
    rows[1101] = _row(1101, "Warga " + letters(10), nik(9000 + 10), kk(9000))
    path = write_xlsx(tmp_path / "panjang.xlsx", rows)
    dry = _import(db, roles.operator, incident, path, dry_run=True)
    before = (_count(db), _count(db, AuditEvent))

    polls = []

    def cancelled() -> bool:
        polls.append(1)
        return len(polls) > 1100  # after two chunks have been stored

    with pytest.raises(ImportCancelled):
        _import(db, roles.operator, incident, path, cancelled=cancelled)
    assert (_count(db), _count(db, AuditEvent)) == before

    real = _import(db, roles.operator, incident, path)
    assert real.imported == dry.imported == 1200
    assert [(p.row, p.status, p.reason) for p in real.preview] == [
        (p.row, p.status, p.reason) for p in dry.preview
    ]
    flagged = [p for p in real.preview if p.reason]
    assert len(flagged) == 1 and "baris" in flagged[0].reason
    assert _count(db) == before[0] + 1200
    with db.read() as s:
        assert s.execute(select(func.count()).select_from(DuplicateFlag)).scalar_one() == 1
