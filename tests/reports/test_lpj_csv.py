"""LPJ CSV and HXL 3W files, from made-up rows (no database)."""

from __future__ import annotations

import csv
import datetime as dt
import io

from tagana_desk.reports.lpj_csv import (
    BENEFICIARY_HEADER,
    HXL_HASHTAGS,
    BeneficiaryCsv,
    write_three_w,
)
from tagana_desk.services.lpj import BeneficiaryRow, ThreeWRow


def row(name: str = "Suparmi", amount: int = 525_000, **kw) -> BeneficiaryRow:
    values = dict(
        receipt_number="0007/BTT/XI/2026", issue_date=dt.date(2026, 11, 25), name=name,
        nik="340208******0003", desa="Palbapang", kecamatan="Bantul", kecamatan_code="34.02.08",
        incident="Banjir; Palbapang \"RT 03\"", aid_type="JADUP", aid_name="Jaminan hidup",
        kind="Tunai", amount=amount, status="Sah", persons=5,
    )  # fmt: skip
    values.update(kw)
    return BeneficiaryRow(**values)


def beneficiary_bytes(rows) -> bytes:
    raw = io.BytesIO()
    text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
    out = BeneficiaryCsv(text)
    for r in rows:
        out.add(r)
    text.flush()
    return raw.getvalue()


def test_beneficiary_csv_opens_in_indonesian_excel():
    data = beneficiary_bytes([row(), row("Ni Luh Ayu Ṡaraswati", 15_000_000, status="Batal")])
    assert data.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    assert b"\r\n" in data
    text = data.decode("utf-8-sig")
    table = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert tuple(table[0]) == BENEFICIARY_HEADER
    assert table[0][-2:] == ["Jumlah (Rp)", "Status"]
    first = dict(zip(table[0], table[1], strict=True))
    assert first["Tanggal"] == "2026-11-25" and first["Jumlah (Rp)"] == "525000"
    assert first["Kejadian"] == 'Banjir; Palbapang "RT 03"'  # quoted, round-trips
    assert first["NIK"] == "340208******0003" and first["Jiwa"] == "5"
    assert table[2][2] == "Ni Luh Ayu Ṡaraswati" and table[2][12] == "15000000"
    assert table[2][13] == "Batal"


def test_text_that_excel_would_run_as_a_formula_is_defused():
    data = beneficiary_bytes([row('=HYPERLINK("http://x","klik")'), row("@SUM(A1)"),
                              row("-Warga", incident="+62 811")])  # fmt: skip
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert [r[2] for r in table[1:]] == ['\'=HYPERLINK("http://x","klik")', "'@SUM(A1)", "'-Warga"]
    assert table[3][7] == "'+62 811"
    assert table[1][12] == "525000"  # numbers are never touched


def test_hxl_three_w_has_the_hashtag_row_and_no_personal_data():
    rows = [
        ThreeWRow("Kabupaten Bantul", "34.02.08", "Bantul", "Jaminan hidup", 12, 48, 5_040_000),
        ThreeWRow("Kabupaten Bantul", "34.02.15", "Sewon", "Paket sembako", 30, 110, 7_500_000),
    ]
    buffer = io.StringIO(newline="")
    assert write_three_w(buffer, rows) == 2
    text = buffer.getvalue()
    lines = text.splitlines()
    assert (
        lines[1] == "#adm2+name,#adm3+code,#adm3+name,#sector,#reached+hh,#reached+ind,#value+idr"
    )
    assert tuple(lines[1].split(",")) == HXL_HASHTAGS
    assert lines[0].startswith("Kabupaten,Kode kecamatan,Kecamatan")
    assert lines[2] == "Kabupaten Bantul,34.02.08,Bantul,Jaminan hidup,12,48,5040000"
    assert len(lines) == 4
    empty = io.StringIO(newline="")
    assert write_three_w(empty, []) == 0 and len(empty.getvalue().splitlines()) == 2
