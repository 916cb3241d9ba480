"""The month's LPJ files on both backends: what they say, that it equals the ledger, no leftovers.

A small November 2026 is built with the services: an opening balance from October, a flood with
40 households paid SEMBAKO (all) and JADUP (the displaced half) in one batch each, one receipt
voided, and a stipend run for three volunteers. That makes a BKU of three PDF pages for BTT.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import re
import tempfile
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from tagana_desk.db.models import LedgerEntry, Receipt, User
from tagana_desk.domain.enums import EntryKind, SignatoryRole
from tagana_desk.domain.errors import TaganaError, ValidationError
from tagana_desk.domain.money import format_rupiah
from tagana_desk.reports import lpj_writer
from tagana_desk.reports.lpj_csv import HXL_HASHTAGS
from tagana_desk.reports.lpj_writer import output_names, write_lpj
from tagana_desk.services import (
    demo,
    disbursements,
    funds,
    households,
    lpj,
    office,
    receipts,
    stipends,
    users,
    volunteers,
)
from tagana_desk.services.households import HouseholdInput
from tagana_desk.services.volunteers import VolunteerInput
from tests.support import make_kk, make_nik, setup_bantul

pytestmark = pytest.mark.db
TODAY = dt.date(2026, 11, 25)
PERIOD = "2026-11"
HOUSEHOLDS = 40
KEPALA_NIP = "196807121994031006"
BENDAHARA_NIP = "198203142009012004"


@dataclasses.dataclass(frozen=True)
class Month:
    db: object
    roles: object
    names: tuple[str, ...]
    niks: tuple[str, ...]
    voided: str


@pytest.fixture
def month(db, roles) -> Month:
    incident = setup_bantul(db, roles)
    with db.write() as s:
        office.update_office(s, roles.admin, government="PEMERINTAH KABUPATEN BANTUL",
                             city="Bantul", address="Jl. Lingkar Timur, Bantul")  # fmt: skip
        office.save_signatory(s, roles.admin, role=SignatoryRole.KEPALA_DINAS,
                              name="Drs. Bambang Suharto, M.Si.", nip=KEPALA_NIP)  # fmt: skip
        office.save_signatory(s, roles.admin, role=SignatoryRole.BENDAHARA,
                              name="Sri Wahyuningsih, S.E.", nip=BENDAHARA_NIP)  # fmt: skip
        funds.allocate(s, roles.bendahara, "BTT", 50_000_000, "SK Bupati 188/90/2026",
                       on=dt.date(2026, 10, 1), today=TODAY)  # fmt: skip
        funds.allocate(s, roles.bendahara, "BTT", 20_000_000, "SK Bupati 188/101/2026",
                       on=dt.date(2026, 11, 2), today=TODAY)  # fmt: skip
        funds.allocate(s, roles.bendahara, "HONOR", 3_000_000, "DPA 2026",
                       on=dt.date(2026, 11, 2), today=TODAY)  # fmt: skip
        names, niks = [], []
        for n in range(1, HOUSEHOLDS + 1):
            name = f"Warga Palbapang {n}"
            nik = make_nik(serial=n)
            households.add_household(s, roles.operator, incident, HouseholdInput(
                head_name=name, nik=nik, no_kk=make_kk(n), desa_code="34.02.08.2001",
                persons=1 + n % 5, displaced=n % 2 == 0, registered_on=dt.date(2026, 11, 21),
            ), today=TODAY)  # fmt: skip
            names.append(name)
            niks.append(nik)
        for n in range(1, 4):
            volunteers.save_volunteer(s, roles.operator, VolunteerInput(
                name=f"Relawan {n}", nik=make_nik(serial=900 + n, yy=90), type_code="TAGANA",
                joined_on=dt.date(2025, 1, 1), nia=f"34.02.{n:04d}", level="muda",
                kecamatan_code="34.02.08"), today=TODAY)  # fmt: skip
    with db.write() as s:
        disbursements.disburse_batch(s, roles.bendahara, incident, "SEMBAKO", on=TODAY, today=TODAY)
        result = disbursements.disburse_batch(s, roles.bendahara, incident, "JADUP", on=TODAY,
                                              today=TODAY)  # fmt: skip
    voided = result.receipts[0]
    with db.write() as s:
        receipts.void(s, roles.bendahara, voided, "Salah penerima, KK pindah", today=TODAY)
        stipends.run(s, roles.bendahara, PERIOD, today=TODAY)
    return Month(db, roles, tuple(names), tuple(niks), voided)


def summary(m: Month, **kw) -> lpj.LpjSummary:
    with m.db.read() as s:
        return lpj.summary(s, m.roles.bendahara, kw.pop("period", PERIOD), **kw)


def write(m: Month, out: Path, report=None, **kw) -> dict[str, Path]:
    report = report or summary(m)
    with m.db.read() as s:
        return write_lpj(s, report, out, **kw)


@pytest.fixture
def out(tmp_path) -> Path:
    """The LPJ folder (the SQLite test database lives in tmp_path itself)."""
    return tmp_path / "lpj"


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def pdf_pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def dots(n: int) -> str:
    return format_rupiah(n, prefix=False)


def undot(text: str) -> int:
    return int(text.replace(".", ""))


# ------------------------------------------------------------------------------ the files


def test_writes_the_four_files_and_nothing_else(month, out):
    files = write(month, out)
    assert {k: p.name for k, p in files.items()} == {
        "pdf": "lpj-2026-11.pdf", "xlsx": "lpj-2026-11.xlsx", "csv": "lpj-2026-11.csv",
        "hxl": "3w-2026-11-hxl.csv",
    }  # fmt: skip
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in files.values())
    report = summary(month, fund_code="btt")
    assert output_names(report) == {
        "pdf": "lpj-2026-11-BTT.pdf", "xlsx": "lpj-2026-11-BTT.xlsx", "csv": "lpj-2026-11-BTT.csv",
        "hxl": "3w-2026-11-BTT-hxl.csv",
    }  # fmt: skip
    one = write(month, out / "btt", report)
    assert all(p.exists() and p.parent == out / "btt" for p in one.values())
    book = openpyxl.load_workbook(one["xlsx"], data_only=True)
    assert book.sheetnames == ["Ringkasan", "BKU", "Penerima", "Honor", "Kejadian"]
    assert {c.value for c in book["BKU"]["A"][1:] if c.value} == {"BTT"}
    # The PDF of one fund leaves out the list it has nothing in (BTT pays no stipends).
    text = " ".join(" ".join(pdf_pages(one["pdf"])).split())
    assert "LAPORAN PERTANGGUNGJAWABAN DANA INSIDENTIL BULAN NOVEMBER 2026" in text
    assert "DAFTAR PENERIMA BANTUAN" in text and "DAFTAR PENERIMA HONOR" not in text
    assert "DANA HONOR" not in text


def test_workbook_totals_equal_the_ledger(month, out):
    report = summary(month)
    assert not report.problems
    with month.db.read() as s:
        balances = {f.fund: funds.balance(s, f.fund).balance for f in report.funds}
        aid_receipts = s.execute(select(func.count(Receipt.id)).where(
            Receipt.disbursement_id.is_not(None), Receipt.issue_date >= report.first_day,
            Receipt.issue_date <= report.last_day)).scalar_one()  # fmt: skip
    files = write(month, out)
    wb = openpyxl.load_workbook(files["xlsx"])
    values = openpyxl.load_workbook(files["xlsx"], data_only=True)
    assert wb.sheetnames == ["Ringkasan", "BKU", "Penerima", "Honor", "Kejadian"]
    for name in ("BKU", "Penerima", "Honor", "Kejadian"):
        ws = wb[name]
        assert ws.freeze_panes == "A2", name
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:"), name
        assert ws.print_title_rows == "$1:$1", name
        assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToHeight == 0
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        for col in ws.iter_cols(
            max_row=ws.auto_filter.ref and int(ws.auto_filter.ref.split(":")[1][1:])
        ):
            longest = max(len(str(c.value)) for c in col if isinstance(c.value, str))
            width = ws.column_dimensions[col[0].column_letter].width
            assert width >= min(longest, 40), (name, col[0].value, width)

    def formulas(sheet: str) -> dict[str, tuple[str, object]]:
        return {c.coordinate: (c.value, values[sheet][c.coordinate].value)
                for row in wb[sheet].iter_rows() for c in row
                if isinstance(c.value, str) and c.value.startswith("=")}  # fmt: skip

    # BKU: one SUMIF pair per fund, the closing balance and a SUM over all funds.
    bku = formulas("BKU")
    sums = [v for f, v in bku.values() if f.startswith("=SUM(")]
    btt, honor = (next(f for f in report.funds if f.fund == code) for code in ("BTT", "HONOR"))
    assert sums == [btt.total_in + honor.total_in, btt.total_out + honor.total_out,
                    balances["BTT"] + balances["HONOR"]]  # fmt: skip
    closing = {v for f, v in bku.values() if re.fullmatch(r"=G\d+\+E\d+-F\d+", f)}
    assert closing == {balances["BTT"], balances["HONOR"]} == {btt.closing, honor.closing}
    ws = wb["BKU"]
    header = [c.value for c in ws[1]]
    assert header == ["Dana", "Tanggal", "No. Bukti", "Uraian", "Penerimaan (Rp)",
                      "Pengeluaran (Rp)", "Saldo (Rp)"]  # fmt: skip
    first = ws[2]
    assert first[1].is_date and first[1].number_format == "dd/mm/yyyy"
    assert isinstance(first[6].value, int) and first[6].number_format == "#,##0"
    assert first[6].value == btt.opening == 50_000_000
    data = [row for row in ws.iter_rows(min_row=2, values_only=True) if row[2]]
    assert all(isinstance(r[1], dt.datetime) for r in data)
    assert sum(r[4] or 0 for r in data) == btt.total_in + honor.total_in

    # Penerima: every aid receipt of the month, SUM = beneficiary total = BKU aid payments.
    pen = formulas("Penerima")
    total = next(v for f, v in pen.values() if f.startswith("=SUM("))
    assert total == report.beneficiary_total == sum(btt.paid_by_aid_type.values())
    voided_amount = next(v for f, v in pen.values() if '"Batal"' in f)
    assert voided_amount == btt.reversals > 0
    rows = [r for r in wb["Penerima"].iter_rows(min_row=2, values_only=True) if r[0]]
    assert len(rows) == aid_receipts == HOUSEHOLDS + HOUSEHOLDS // 2
    assert all(isinstance(r[3], str) and "******" in r[3] for r in rows)  # NIK: text, masked
    assert {r[13] for r in rows} == {"Sah", "Batal"}

    # Honor: gross total = the BKU's stipends.
    hon = formulas("Honor")
    assert [v for f, v in hon.values()][0] == report.stipend_total == honor.stipends == 600_000
    # Kejadian: the flood, paid (valid receipts) = aid paid − voided.
    kej = formulas("Kejadian")
    assert list(kej.values())[-1][1] == report.beneficiary_total - btt.reversals

    # Ringkasan: the same figures as the summary, closing as a formula with its value.
    rk = values["Ringkasan"]
    labels = {row[0].value: [c.value for c in row[1:]] for row in rk.iter_rows() if row[0].value}
    assert labels["Saldo akhir per 30 November 2026"] == [btt.closing, honor.closing,
                                                          btt.closing + honor.closing]  # fmt: skip
    assert labels["Saldo awal per 1 November 2026"][:2] == [btt.opening, honor.opening]
    assert labels["Jumlah pengeluaran"][:2] == [btt.total_out, honor.total_out]
    assert labels["Kuitansi terbit bulan ini (bantuan dan honor)"][0] == report.receipts_issued
    saldo_row = next(r for r in wb["Ringkasan"].iter_rows() if r[0].value and
                     str(r[0].value).startswith("Saldo akhir"))  # fmt: skip
    assert str(saldo_row[1].value).startswith("=") and "Rp" in saldo_row[1].number_format


def test_pdf_carries_page_totals_forward(month, out):
    report = summary(month)
    with month.db.read() as s:
        rows = [r for r in lpj.bku_rows(s, report) if r.fund == "BTT"]
    btt = next(f for f in report.funds if f.fund == "BTT")
    pages = [p for p in pdf_pages(write(month, out)["pdf"]) if "DANA BTT" in p]
    assert len(pages) >= 3, "the BKU must run over several pages for this test"
    number = re.compile(r"^(\d+)\s\d\d/\d\d/\d{4}\b", re.M)
    carry = r"\n([\d.]+)\n([\d.]+)\n([\d.]+)"
    previous = None
    for i, text in enumerate(pages):
        brought = re.search("Jumlah pindahan" + carry, text)
        if i == 0:
            assert brought is None
        else:  # the figures carried to this page are those at the foot of the last one
            assert tuple(map(undot, brought.groups())) == previous
        last_no = max(int(n) for n in number.findall(text))
        cum_in = sum(r.amount_in for r in rows[:last_no])
        cum_out = sum(r.amount_out for r in rows[:last_no])
        page = re.search("Jumlah halaman ini" + carry, text)
        if i < len(pages) - 1:
            carried = tuple(map(undot, re.search("Jumlah dipindahkan" + carry, text).groups()))
            assert carried == (cum_in, cum_out, btt.opening + cum_in - cum_out)
            assert carried[2] == rows[last_no - 1].balance
            before = previous or (0, 0)
            assert undot(page.group(1)) == carried[0] - before[0]
            assert undot(page.group(2)) == carried[1] - before[1]
            previous = carried
        else:
            final = re.search(r"\nJumlah" + carry, text)
            assert tuple(map(undot, final.groups())) == (btt.total_in, btt.total_out, btt.closing)
            assert last_no == len(rows)
            assert f"= {format_rupiah(btt.closing)}" in " ".join(text.split())


def test_pdf_content_masked_niks_and_signatures(month, out):
    report = summary(month)
    text = "\n".join(pdf_pages(write(month, out)["pdf"]))
    flat = " ".join(text.split())
    assert "LAPORAN PERTANGGUNGJAWABAN DANA INSIDENTIL / HONOR RELAWAN" in flat
    assert "BULAN NOVEMBER 2026" in flat
    assert re.search(r"\d{16}", text) is None
    for nik in month.niks:
        assert f"{nik[:6]}******{nik[12:]}" in text
    assert "Warga Palbapang 17" in text and month.voided in text
    assert "Batal" in text
    assert "Bendahara Pengeluaran" in flat and "Mengetahui," in flat
    assert "Drs. Bambang Suharto, M.Si." in flat and "NIP. 19680712 199403 1 006" in flat
    assert "Sri Wahyuningsih, S.E." in flat and "NIP. 19820314 200901 2 004" in flat
    assert "Bantul, " in flat
    for f in report.funds:
        assert format_rupiah(f.closing) in flat
    assert f"Halaman 1 dari {len(PdfReader(out / 'lpj-2026-11.pdf').pages)}" in flat


def test_full_nik_only_when_asked(month, out):
    files = write(month, out, summary(month, full_nik=True))
    text = "\n".join(pdf_pages(files["pdf"]))
    assert all(nik in text for nik in month.niks)
    ws = openpyxl.load_workbook(files["xlsx"])["Penerima"]
    cells = [r[3] for r in ws.iter_rows(min_row=2, values_only=True) if r[0]]
    assert set(month.niks) <= set(cells) and all(isinstance(c, str) for c in cells)
    masked = write(month, out / "masked")
    for path in masked.values():
        if path.suffix != ".pdf":
            data = path.read_bytes()
            assert not any(nik.encode() in data for nik in month.niks), path.name


def test_csv_has_every_aid_receipt_and_hxl_no_personal_data(month, out):
    report = summary(month)
    files = write(month, out)
    raw = files["csv"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:4] == ["No. Kuitansi", "Tanggal", "Nama Penerima", "NIK"]
    with month.db.read() as s:
        numbers = set(s.execute(select(Receipt.number).where(
            Receipt.disbursement_id.is_not(None), Receipt.issue_date >= report.first_day,
            Receipt.issue_date <= report.last_day)).scalars())  # fmt: skip
    assert len(rows) - 1 == len(numbers) == HOUSEHOLDS + HOUSEHOLDS // 2
    assert {r[0] for r in rows[1:]} == numbers
    assert sum(int(r[12]) for r in rows[1:]) == report.beneficiary_total
    assert all(re.fullmatch(r"2026-11-\d\d", r[1]) for r in rows[1:])

    hxl = files["hxl"].read_text(encoding="utf-8")
    lines = hxl.splitlines()
    assert lines[1] == ",".join(HXL_HASHTAGS)
    assert (
        lines[1] == "#adm2+name,#adm3+code,#adm3+name,#sector,#reached+hh,#reached+ind,#value+idr"
    )
    table = list(csv.reader(io.StringIO(hxl)))
    data = table[2:]
    assert {r[2] for r in data} == {"Bantul"} and {r[1] for r in data} == {"34.02.08"}
    assert {r[3] for r in data} == {"Paket sembako", "Jaminan hidup"}
    sembako = next(r for r in data if r[3] == "Paket sembako")
    assert (int(sembako[4]), int(sembako[6])) == (HOUSEHOLDS, HOUSEHOLDS * 250_000)
    # Valid aid only: the voided receipt is not counted.
    assert (
        sum(int(r[6]) for r in data) == report.beneficiary_total - summary(month).funds[0].reversals
    )
    for name in month.names:
        assert name not in hxl
    assert re.search(r"\d{16}|\*{6}", hxl) is None
    assert "/BTT/" not in hxl


# ------------------------------------------------------------------------------ refusals


def test_refuses_an_unreconciled_month_and_writes_nothing(month, out):
    report = dataclasses.replace(summary(month), problems=("Dana BTT: selisih Rp1.",))
    with pytest.raises(ValidationError, match=r"Dana BTT: selisih Rp1\."):
        write(month, out, report)
    assert files_in(out) == []


def test_a_real_difference_is_refused(month, out):
    """A ledger entry without its receipt (tampering) makes the summary refuse."""
    with month.db.write() as s:
        fund = funds.get_fund(s, "BTT")
        s.add(LedgerEntry(fund_id=fund.id, entry_date=TODAY, kind=EntryKind.DISBURSEMENT,
                          amount=-1_000, proof_number="9999/BTT/XI/2026",
                          description="tanpa kuitansi"))  # fmt: skip
    report = summary(month)
    assert report.problems
    with pytest.raises(ValidationError, match="tidak cocok"):
        write(month, out, report)
    assert files_in(out) == []


def test_cancel_leaves_no_file_and_keeps_an_older_set(month, out, tmp_path, monkeypatch):
    scratch = tmp_path / "temp"  # the system temp folder, for this test
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    out.mkdir()
    older = {name: f"lama {name}" for name in output_names(summary(month)).values()}
    for name, content in older.items():
        (out / name).write_text(content)
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 3

    messages: list[str] = []
    with pytest.raises(TaganaError, match=r"^Pembuatan LPJ dibatalkan\.$"):
        write(month, out, cancelled=cancelled, progress=messages.append)
    assert messages and calls["n"] > 3
    assert {p.name: p.read_text() for p in out.iterdir()} == older
    assert files_in(scratch) == []  # nor XlsxWriter's row files
    # Cancelled before anything: no files at all in a new folder.
    with pytest.raises(TaganaError, match="dibatalkan"):
        write(month, out / "baru", cancelled=lambda: True)
    assert files_in(out / "baru") == []


def test_a_failed_rename_puts_the_older_set_back(month, out, monkeypatch):
    names = output_names(summary(month))
    out.mkdir()
    for name in names.values():
        (out / name).write_text("lama")
    real = lpj_writer.os.replace
    seen = {"n": 0}

    def flaky(src, dst):
        if Path(dst).name == names["csv"]:
            seen["n"] += 1
            if seen["n"] == 1:  # the new CSV cannot take its place (open in Excel)
                raise PermissionError(13, "Permission denied", str(dst))
        return real(src, dst)

    monkeypatch.setattr(lpj_writer.os, "replace", flaky)
    with pytest.raises(TaganaError, match="lpj-2026-11.csv"):
        write(month, out)
    assert sorted(p.name for p in out.iterdir()) == sorted(names.values())
    assert all(p.read_text() == "lama" for p in out.iterdir())


# ------------------------------------------------------------------------------ edge months


def test_an_empty_month_is_written(month, out):
    report = summary(month, period="2026-09")
    assert report.receipts_issued == 0 and not report.problems
    files = write(month, out, report)
    text = " ".join("\n".join(pdf_pages(files["pdf"])).split())
    assert "Tidak ada transaksi bulan ini." in text and "Tidak ada kuitansi bantuan" in text
    wb = openpyxl.load_workbook(files["xlsx"], data_only=True)
    ws = wb["Penerima"]
    assert [c.value for c in ws["A"] if c.value] == ["No. Kuitansi"]  # no data rows
    assert [r[12] for r in ws.iter_rows(values_only=True) if r[11] == "Jumlah"] == [0]
    assert wb["BKU"]["G2"].value == report.funds[0].opening
    assert len(files["csv"].read_text(encoding="utf-8-sig").splitlines()) == 1


# ------------------------------------------------------------------------------ the demo


def test_every_month_of_the_demo_database(sqlite_db, tmp_path):
    demo.build(sqlite_db, households=300, seed=3)
    with sqlite_db.read() as s:
        actor = users.actor_of(
            s.execute(select(User).where(User.username == "bendahara")).scalar_one()
        )
        first, last = s.execute(select(func.min(LedgerEntry.entry_date),
                                       func.max(LedgerEntry.entry_date))).one()  # fmt: skip
        index, end = first.year * 12 + first.month - 1, last.year * 12 + last.month - 1
        written = 0
        while index <= end:
            period = f"{index // 12:04d}-{index % 12 + 1:02d}"
            report = lpj.summary(s, actor, period)
            assert not report.problems, (period, report.problems)
            files = write_lpj(s, report, tmp_path / period)
            values = openpyxl.load_workbook(files["xlsx"], data_only=True)["BKU"]
            closing = [row[6] for row in values.iter_rows(values_only=True)
                       if row[3] and str(row[3]).startswith("Jumlah bulan ini")]  # fmt: skip
            assert closing == [f.closing for f in report.funds], period
            written += 1
            index += 1
        balances = {b.fund: b.balance for b in funds.balances(s)}
    assert written >= 12
    assert closing == [balances[f.fund] for f in report.funds]
