"""Reading spreadsheets without a database: types kept, CSV dialects, broken files, headers."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook

from tagana_desk.domain.errors import ValidationError
from tagana_desk.domain.identity import parse_nik
from tagana_desk.services import sheets
from tagana_desk.services.household_import import ALIASES, DesaResolver
from tests.importing.builders import TITLE, nik, write_csv, write_xlsx


def test_xlsx_rows_keep_types_and_row_positions(tmp_path):
    path = write_xlsx(
        tmp_path / "a.xlsx",
        [[TITLE], [], ["NIK", "Jiwa", "Tanggal"], [int(nik(1)), 4.5, dt.datetime(2026, 11, 21)],
         ["'" + nik(2), "4", None]],
        merges=["A1:C1"],
    )  # fmt: skip
    rows = list(sheets.iter_rows(path))
    assert rows[0][0] == TITLE and sheets.is_blank_row(rows[1])
    assert rows[3] == [int(nik(1)), 4.5, dt.datetime(2026, 11, 21)]
    assert isinstance(rows[3][0], int) and rows[4][0] == "'" + nik(2)
    assert sheets.count_rows(path) == 5
    with pytest.raises(ValidationError, match="15 digit"):
        parse_nik(sheets.clean_number_text(rows[3][0]))


def test_stale_dimension_does_not_cut_the_list_short(tmp_path):
    """Some programs write dimension "A1"; the rows below it must still be read."""
    import zipfile

    path = write_xlsx(tmp_path / "a.xlsx", [["NIK", "Nama"]] + [[str(i), "x"] for i in range(50)])
    patched = tmp_path / "b.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(patched, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b'<dimension ref="A1:B51" />', b'<dimension ref="A1" />')
                assert b'<dimension ref="A1" />' in data
            dst.writestr(item, data)
    assert len(list(sheets.iter_rows(patched))) == 51


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [("utf-8", ","), ("utf-8-sig", ";"), ("cp1252", ";"), ("utf-16", "\t"), ("utf-8", "\t")],
)
def test_csv_encodings_and_delimiters(tmp_path, encoding, delimiter):
    rows = [["DAFTAR KK"], ["Nama", "NIK", "Catatan"], ["Ña'im", nik(1), "rumah, dapur hanyut"]]
    path = write_csv(tmp_path / "a.csv", rows, encoding=encoding, delimiter=delimiter)
    fmt = sheets.detect_csv_format(path)
    assert fmt.delimiter == delimiter
    assert list(sheets.iter_rows(path)) == [
        ["DAFTAR KK"],
        ["Nama", "NIK", "Catatan"],
        ["Ña'im", nik(1), "rumah, dapur hanyut"],
    ]


def test_csv_bytes_that_are_not_utf8_or_cp1252_never_crash(tmp_path):
    path = tmp_path / "aneh.csv"
    path.write_bytes(b"Nama;NIK\r\nSuparman\x81\x8d;" + nik(1).encode() + b"\r\n")
    assert sheets.detect_encoding(path) == "latin-1"
    assert list(sheets.iter_rows(path))[1] == ["Suparman\x81\x8d", nik(1)]


def test_non_ascii_late_in_a_csv_is_still_detected(tmp_path):
    lines = ["Nama,NIK"] + [f"Warga,{nik(1)}"] * 30000 + ["Ñoño,1"]
    path = tmp_path / "late.csv"
    path.write_bytes("\n".join(lines).encode("cp1252"))
    assert sheets.detect_encoding(path) == "cp1252"
    assert sheets.count_rows(path) == 30002


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("a.xlsx", b"bukan zip", "tidak dapat dibaca"),
        ("a.xls", b"\xd0\xcf\x11\xe0", r"\.xls \(Excel 97-2003\) tidak didukung"),
        ("a.pdf", b"%PDF", r"\.pdf tidak didukung"),
        ("a", b"x", r"\(tanpa ekstensi\) tidak didukung"),
    ],
)
def test_unreadable_or_unknown_files_are_refused_in_indonesian(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ValidationError, match=message):
        list(sheets.iter_rows(path))


def test_missing_file_is_named(tmp_path):
    with pytest.raises(ValidationError, match="Berkas tidak ditemukan"):
        sheets.open_table(tmp_path / "tidak-ada.xlsx")


def test_the_sheet_with_the_list_is_found_behind_a_summary_sheet(tmp_path):
    wb = Workbook()
    wb.active.title = "Rekap"
    wb.active.append(["REKAP KK TERDAMPAK"])
    wb.active.append(["Jumlah KK", 3])
    data = wb.create_sheet("Data KK")
    data.append(["Nama", "NIK", "No KK", "Jiwa", "Desa"])
    path = tmp_path / "dua.xlsx"
    wb.save(path)
    assert sheets.sheet_names(path) == ["Rekap", "Data KK"]
    required = ["nik", "no_kk", "head_name", "persons"]
    with sheets.open_list(path, ALIASES, required=required, describe={}) as found:
        assert found.table.sheet_name == "Data KK" and found.header.row == 1


def test_a_list_away_from_a1_keeps_its_rows_and_columns(tmp_path):
    """A list drawn from C3 with a date-only cell, a whole-number float and an empty cell."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Daftar"
    ws["C3"], ws["D3"], ws["E3"] = "NIK", "Jiwa", "Tanggal"
    ws["C4"], ws["D4"], ws["E4"] = nik(1), 4.0, dt.date(2026, 11, 2)
    ws["D6"] = 2.5
    path = tmp_path / "geser.xlsx"
    wb.save(path)
    rows = list(sheets.iter_rows(path))
    assert len(rows) == 6 and sheets.is_blank_row(rows[0]) and sheets.is_blank_row(rows[1])
    assert rows[2][:5] == [None, None, "NIK", "Jiwa", "Tanggal"]
    assert rows[3][:5] == [None, None, nik(1), 4, dt.datetime(2026, 11, 2)]
    assert type(rows[3][3]) is int and rows[5][:4] == [None, None, None, 2.5]


def test_the_sheet_saved_as_active_comes_first_and_chart_sheets_are_left_out(tmp_path):
    from openpyxl.chart import BarChart

    wb = Workbook()
    wb.active.title = "Rekap"
    data = wb.create_sheet("Data KK")
    data.append(["NIK", "Nama"])
    chart = wb.create_chartsheet("Grafik")
    chart.add_chart(BarChart())
    wb.active = 1
    path = tmp_path / "aktif.xlsx"
    wb.save(path)
    assert sheets.sheet_names(path) == ["Data KK", "Rekap"]
    with sheets.open_table(path) as table:
        assert table.sheet_name == "Data KK" and list(table.rows()) == [["NIK", "Nama"]]
    with pytest.raises(ValidationError, match="bukan lembar data"):
        sheets.open_table(path, "Grafik")
    with pytest.raises(ValidationError, match="tidak ada"):
        sheets.open_table(path, "Lain")


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (["No.", "No. NIK", "NO KK", "NAMA KRT", "Jml. Jiwa"],
         {"nik": 1, "no_kk": 2, "head_name": 3, "persons": 4}),
        (["NIK KTP", "Nomor Kartu Keluarga", "Kepala Keluarga", "Jumlah Anggota Keluarga",
          "Desa/Kelurahan", "RT/RW", "Tingkat Kerusakan", "HP", "Kode Desa"],
         {"nik": 0, "no_kk": 1, "head_name": 2, "persons": 3, "desa_name": 4, "rt_rw": 5,
          "damage": 6, "phone": 7, "desa_code": 8}),
        (["Nomor NIK", "KK", "Nama KK", "Jiwa (orang)", "Kalurahan", "Padukuhan", "Alamat"],
         {"nik": 0, "no_kk": 1, "head_name": 2, "persons": 3, "desa_name": 4, "dusun": 5}),
        (["Nama", "Nama Kepala Keluarga", "NIK Kepala Keluarga", "No KK", "Jumlah Jiwa"],
         {"head_name": 1, "nik": 2, "no_kk": 3, "persons": 4}),
    ],
)  # fmt: skip
def test_header_aliases(headers, expected):
    header = sheets.find_header([[TITLE], [None, "Kec. Bantul"], headers], ALIASES)
    assert header is not None and header.row == 3
    assert {f: c for f, c in header.columns.items() if f in expected} == expected


def test_cleaning_helpers():
    assert sheets.clean_number_text(" '3402.0812 0375-0001 ") == nik(1)
    assert sheets.clean_number_text(3402081203750001) == 3402081203750001  # never "fixed"
    assert sheets.clean_number_text("NIK? 123") == "NIK? 123"
    assert sheets.clean_number_text(" '3402081203750001 ") == nik(1)
    assert (
        sheets.as_count(4.0) == 4 and sheets.as_count("4,0") == "4" and sheets.as_count(4.5) == 4.5
    )
    assert sheets.parse_date("20/11/2026") == dt.date(2026, 11, 20)
    assert sheets.parse_date("20 Nopember 2026") == dt.date(2026, 11, 20)
    assert sheets.parse_date(dt.datetime(2026, 11, 20, 8)) == dt.date(2026, 11, 20)
    with pytest.raises(ValueError):
        sheets.parse_date("kemarin")


def test_desa_names_resolve_in_the_kecamatan_first_and_ambiguity_is_named():
    """Gunungkidul has a desa Kepek in kecamatan Wonosari and another in Saptosari."""
    wonosari = DesaResolver("34.03.01", "34.03")
    assert wonosari.resolve("Kepek") == "34.03.01.2002"
    playen = DesaResolver("34.03.02", "34.03")
    with pytest.raises(
        ValidationError, match=r"'Kepek' ada lebih dari satu.*34\.03\.01\.2002.*34\.03\.15\.2004"
    ):
        playen.resolve("Kepek")
    assert playen.resolve("Kepek", kecamatan_hint=playen.kecamatan("Saptosari")) == "34.03.15.2004"
    with pytest.raises(ValidationError, match="'Atlantis' tidak ditemukan"):
        playen.resolve("Atlantis")
    # Asked again, as a list names its desa row after row: the same answers, the same refusal.
    assert wonosari.resolve("Kepek") == "34.03.01.2002"
    with pytest.raises(ValidationError, match="'Atlantis' tidak ditemukan"):
        playen.resolve("Atlantis")
