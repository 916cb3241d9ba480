"""Importing a volunteer roster on both backends: messy workbooks and CSVs, counts and reasons."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from tagana_desk.db.models import AuditEvent, Volunteer
from tagana_desk.domain.enums import VolunteerLevel
from tagana_desk.domain.errors import PermissionDenied, ValidationError
from tagana_desk.services import office, volunteers
from tagana_desk.services.household_import import RowStatus
from tagana_desk.services.volunteer_import import ImportCancelled, import_volunteers
from tagana_desk.services.volunteers import RosterFilter, VolunteerInput
from tests.importing.builders import write_csv, write_xlsx
from tests.support import make_nik

pytestmark = pytest.mark.db
TODAY = dt.date(2026, 11, 25)
HEADER = [
    "No", "Nama", "NIK", "Jenis Relawan", "No. Induk Anggota", "Tingkat", "Kapanewon", "HP",
    "Bank", "No. Rekening", "TMT", "Tanggal Keluar",
]  # fmt: skip


def nik(serial: int) -> str:
    return make_nik(serial=serial, yy=90)


def line(no, name, nik_value, kind="Tagana", **kw):
    return [
        no, name, nik_value, kind, kw.get("nia", f"34.02.{no:04d}"), kw.get("level", "Muda"),
        kw.get("kec", "Bantul"), kw.get("hp", "081234567890"), kw.get("bank", "BPD DIY"),
        kw.get("rek", "001.221.33401"), kw.get("joined", dt.datetime(2024, 3, 1)),
        kw.get("left"),
    ]  # fmt: skip


@pytest.fixture
def bantul(db, roles):
    with db.write() as s:
        office.update_office(s, roles.admin, kabupaten_code="34.02", name="DINAS SOSIAL")


def _import(db, actor, path, **kw):
    with db.write() as s:
        return import_volunteers(s, actor, path, today=TODAY, **kw)


def _roster(db, roles):
    with db.read() as s:
        return {v.name: v for v in volunteers.list_volunteers(s, roles.bendahara)}


def _count(db, model=Volunteer):
    with db.read() as s:
        return s.execute(select(func.count()).select_from(model)).scalar_one()


def _errors(report):
    return [(e.row, e.column, e.message) for e in report.errors]


def roster_workbook(tmp_path, registered):
    rows = [
        ["DAFTAR ANGGOTA TAGANA KABUPATEN BANTUL TAHUN 2026"],
        [],
        HEADER,
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],  # 4 column numbers
        line(1, "Suparman", "'" + nik(1)),  # 5 valid, apostrophe
        line(2, "Siti Aminah", "3402 0812 0390 0002", kind="TSM", level="madya",
             kec="34.02.16", joined="01/07/2025", hp=81298765432),  # 6 valid, text date, code
        line(3, "Karto", int(nik(3))),  # 7 NIK as a number cell
        line(4, "Sumini", nik(1)),  # 8 same NIK as row 5
        line(5, "Wagiman", registered),  # 9 already on the roster
        line(6, "Painem", nik(6), kind="Relawan Desa", level="senior", kec="Ngawur",
             joined="31/02/2025"),  # 10 four problems
        line(7, "Tukiyem", nik(7), kec="Kapanewon Kasihan", joined=dt.datetime(2023, 1, 5),
             left=dt.datetime(2026, 6, 30)),  # 11 valid, left
        line(8, "Ponirah", nik(8), kec="34.04.01", hp="telp rumah"),  # 12 outside the kabupaten
        [],  # 13 blank
        ["JUMLAH", None, None, None, None, None, None, None, None, None, None, None],  # 14
        [None, "Ketua Forum Tagana Kabupaten Bantul"],  # 15 signature
    ]  # fmt: skip
    return write_xlsx(tmp_path / "anggota tagana.xlsx", rows, merges=["A1:L1"])


def test_messy_roster_exact_counts_and_reasons(db, roles, bantul, tmp_path):
    registered = nik(5)
    with db.write() as s:
        volunteers.save_volunteer(s, roles.operator, VolunteerInput(
            name="Wagiman", nik=registered, type_code="TAGANA", joined_on=dt.date(2020, 1, 1)),
            today=TODAY)  # fmt: skip
    events_before = _count(db, AuditEvent)

    report = _import(db, roles.operator, roster_workbook(tmp_path, registered))

    assert (report.imported, report.rejected, report.duplicates) == (3, 3, 2)
    assert report.total_rows == 8 and report.skipped_rows == 4
    assert report.header_row == 3
    assert dict(report.columns)["joined_on"] == "TMT"
    errors = _errors(report)
    assert errors[0] == (
        7, "NIK", "NIK tersimpan sebagai angka di Excel sehingga digit ke-16 hilang (Excel hanya "
        "menyimpan 15 digit). Ubah kolom menjadi Teks dan ketik ulang dari KTP/KK; angka tidak "
        "ditebak.",
    )  # fmt: skip
    assert errors[1] == (8, "NIK", "NIK sama dengan baris 5.")
    assert errors[2] == (
        9,
        "NIK",
        "NIK 340208******0005 sudah terdaftar sebagai relawan (Wagiman).",
    )
    assert errors[3:7] == [
        (10, "Jenis Relawan",
         "Jenis relawan 'Relawan Desa' tidak dikenal. Yang ada: PSM, TAGANA, TKSK, TSM."),
        (10, "Tingkat", "Tingkat tidak dikenal: 'senior' (Muda, Madya, Utama)."),
        (10, "Kapanewon", "Kapanewon 'Ngawur' tidak ditemukan di Kabupaten Bantul."),
        (10, "TMT", "Tanggal bergabung tidak terbaca: '31/02/2025' (tulis seperti 20/11/2026)."),
    ]  # fmt: skip
    assert errors[7] == (
        12,
        "Kapanewon",
        "Kapanewon Gamping (34.04.01) tidak berada di Kabupaten Bantul.",
    )
    assert len(errors) == 8
    assert [(p.row, p.status) for p in report.preview] == [
        (5, RowStatus.VALID), (6, RowStatus.VALID), (7, RowStatus.REJECTED),
        (8, RowStatus.DUPLICATE), (9, RowStatus.DUPLICATE), (10, RowStatus.REJECTED),
        (11, RowStatus.VALID), (12, RowStatus.REJECTED),
    ]  # fmt: skip
    assert all("******" in p.nik for p in report.preview if p.nik)

    roster = _roster(db, roles)
    assert sorted(roster) == ["Siti Aminah", "Suparman", "Tukiyem", "Wagiman"]
    siti = roster["Siti Aminah"]
    assert (siti.type_code, siti.level, siti.kecamatan_code) == ("TSM", VolunteerLevel.MADYA,
                                                                 "34.02.16")  # fmt: skip
    assert (siti.joined_on, siti.phone, siti.nik) == (dt.date(2025, 7, 1), "081298765432",
                                                      nik(2))  # fmt: skip
    suparman = roster["Suparman"]
    assert (suparman.nia, suparman.bank_name, suparman.bank_account) == (
        "34.02.0001", "BPD DIY", "001.221.33401",
    )  # fmt: skip
    assert suparman.kecamatan_name == "Bantul" and suparman.joined_on == dt.date(2024, 3, 1)
    tukiyem = roster["Tukiyem"]
    assert (tukiyem.kecamatan_code, tukiyem.left_on, tukiyem.active) == (
        "34.02.16", dt.date(2026, 6, 30), False,
    )  # fmt: skip
    # One audit event per volunteer and one for the import.
    assert _count(db, AuditEvent) == events_before + 3 + 1
    assert report.volunteer_ids and len(report.volunteer_ids) == 3


def test_dry_run_reports_the_same_and_stores_nothing(db, roles, bantul, tmp_path):
    registered = nik(5)
    with db.write() as s:
        volunteers.save_volunteer(s, roles.operator, VolunteerInput(
            name="Wagiman", nik=registered, type_code="TAGANA", joined_on=dt.date(2020, 1, 1)),
            today=TODAY)  # fmt: skip
    path = roster_workbook(tmp_path, registered)
    before = (_count(db), _count(db, AuditEvent))
    dry = _import(db, roles.operator, path, dry_run=True)
    assert (_count(db), _count(db, AuditEvent)) == before
    assert dry.dry_run and dry.volunteer_ids == ()
    real = _import(db, roles.operator, path)
    assert (dry.imported, dry.rejected, dry.duplicates) == (real.imported, real.rejected,
                                                            real.duplicates)  # fmt: skip
    assert _errors(dry) == _errors(real)
    assert [(p.row, p.status, p.reason) for p in dry.preview] == [
        (p.row, p.status, p.reason) for p in real.preview
    ]


def test_semicolon_csv_with_names_and_default_type(db, roles, bantul, tmp_path):
    rows = [
        ["Nama Lengkap", "NIK KTP", "NIA", "Level", "Kecamatan", "No. HP", "Tgl Bergabung"],
        ["Heri Purnomo", nik(11), "TGN-0011", "UTAMA", "KEC. SEWON", "0812-3456-7890",
         "05-01-2021"],
        ["Rini Astuti", nik(12), "", "", "", "", "2022-02-03"],
        ["Dwi Nugroho", nik(13), "", "", "", "+62 812 1111 2222", "03/02/2030"],
    ]  # fmt: skip
    path = write_csv(tmp_path / "tagana.csv", rows, delimiter=";", encoding="cp1252")
    with pytest.raises(ValidationError, match="Kolom wajib tidak ditemukan: Jenis relawan"):
        _import(db, roles.operator, path)
    report = _import(db, roles.operator, path, default_type="tagana")
    assert (report.imported, report.rejected, report.duplicates) == (2, 1, 0)
    assert _errors(report) == [
        (4, "Tgl Bergabung", "Tanggal bergabung 03/02/2030 ada di masa depan.")
    ]
    roster = _roster(db, roles)
    heri = roster["Heri Purnomo"]
    assert (heri.type_code, heri.level, heri.kecamatan_code, heri.phone, heri.joined_on) == (
        "TAGANA", VolunteerLevel.UTAMA, "34.02.15", "0812-3456-7890", dt.date(2021, 1, 5),
    )  # fmt: skip
    assert roster["Rini Astuti"].level is None and roster["Rini Astuti"].kecamatan_code is None


def test_rows_the_service_refuses_are_reported_and_the_rest_kept(db, roles, bantul, tmp_path):
    rows = [
        ["Nama", "NIK", "Jenis", "HP", "No. Rekening", "TMT", "Tanggal Keluar"],
        ["Slamet", nik(21), "TAGANA", "telp rumah", "", dt.datetime(2024, 1, 1), None],
        ["Sukardi", nik(22), "TAGANA", "", 12345678901234567, dt.datetime(2024, 1, 1), None],
        ["Warsito", nik(23), "TAGANA", "", "", dt.datetime(2024, 1, 1),
         dt.datetime(2023, 1, 1)],
        ["", nik(24), "TAGANA", "", "", dt.datetime(2024, 1, 1), None],
        ["Samidi", "", "TSM", "", "", dt.datetime(2024, 1, 1), None],
        ["Tumijo", nik(26), "TSM", "", "", 45123, None],
        ["Yatimin", nik(27), "PSM", "", "", dt.datetime(2024, 1, 1), None],
    ]  # fmt: skip
    report = _import(db, roles.operator, write_xlsx(tmp_path / "r.xlsx", rows))
    assert (report.imported, report.rejected) == (1, 6)
    assert _errors(report) == [
        (2, "HP", "Nomor HP tidak valid: 'telp rumah'."),
        (3, "No. Rekening", "Nomor rekening tersimpan sebagai angka di Excel sehingga digit "
         "terakhirnya bisa hilang. Ubah kolom menjadi Teks dan ketik ulang dari buku tabungan."),
        (4, "Tanggal Keluar", "Tanggal keluar tidak boleh sebelum tanggal bergabung."),
        (5, "Nama", "Nama wajib diisi."),
        (6, "NIK", "NIK wajib diisi."),
        (7, "TMT", "Tanggal bergabung tersimpan sebagai angka (45123), bukan tanggal. Ubah format "
         "sel menjadi Tanggal atau tulis seperti 20/11/2026."),
    ]  # fmt: skip
    assert sorted(_roster(db, roles)) == ["Yatimin"]


def test_permissions_cancel_and_missing_columns(db, roles, bantul, tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", [
        ["Nama", "NIK", "Jenis", "TMT"],
        *[[f"Relawan {n}", nik(n), "TAGANA", dt.datetime(2024, 1, 1)] for n in range(1, 30)],
    ])  # fmt: skip
    with pytest.raises(PermissionDenied):
        _import(db, roles.kepala, path)
    with pytest.raises(ImportCancelled):
        _import(db, roles.operator, path, cancelled=lambda: True)
    assert _count(db) == 0
    seen = []
    report = _import(db, roles.bendahara, path, progress=lambda d, t: seen.append((d, t)))
    assert report.imported == 29 and seen[-1] == (29, 29)
    with db.read() as s:
        assert volunteers.count_volunteers(s, RosterFilter(type_code="TAGANA")) == 29
    bare = write_xlsx(tmp_path / "b.xlsx", [["Nama", "NIK"], ["X", nik(1)]])
    with pytest.raises(ValidationError, match=r"Kolom wajib tidak ditemukan: Tanggal bergabung"):
        _import(db, roles.operator, bare)


def test_kecamatan_names_need_the_office_kabupaten(db, roles, tmp_path):
    rows = [
        ["Nama", "NIK", "Jenis", "Kecamatan", "TMT"],
        ["Slamet", nik(1), "TAGANA", "Bantul", dt.datetime(2024, 1, 1)],
        ["Sukardi", nik(2), "TAGANA", "34.02.08", dt.datetime(2024, 1, 1)],
    ]
    report = _import(db, roles.operator, write_xlsx(tmp_path / "k.xlsx", rows))
    assert report.imported == 1
    assert _errors(report) == [(2, "Kecamatan", "Kabupaten kantor belum diatur (Pengaturan → "
                                "Kantor): tulis kode kecamatan, mis. 34.02.08.")]  # fmt: skip


def test_default_type_fills_only_a_missing_column_never_a_blank_cell(db, roles, tmp_path):
    rows = [
        ["Nama", "NIK", "Jenis", "TMT"],
        ["Slamet", nik(1), "", dt.datetime(2024, 1, 1)],
        ["Sukardi", nik(2), "tsm", dt.datetime(2024, 1, 1)],
    ]
    report = _import(db, roles.operator, write_xlsx(tmp_path / "j.xlsx", rows),
                     default_type="TAGANA")  # fmt: skip
    assert _errors(report) == [(2, "Jenis", "Jenis relawan wajib diisi.")]
    assert _roster(db, roles)["Sukardi"].type_code == "TSM"
    with pytest.raises(ValidationError, match="Jenis relawan 'relawan' tidak dikenal"):
        _import(db, roles.operator, write_xlsx(tmp_path / "k.xlsx", rows), default_type="relawan")
