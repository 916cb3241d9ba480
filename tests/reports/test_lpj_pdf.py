"""LPJ PDF drawn from made-up rows (no database): carried totals, wrapping, signatures."""

from __future__ import annotations

import datetime as dt
import io
import random
import re

import pytest
from pypdf import PdfReader

from tagana_desk.domain.money import format_rupiah
from tagana_desk.reports import lpj_pdf
from tagana_desk.reports.lpj_pdf import LpjPdf, Signer
from tagana_desk.services.lpj import BeneficiaryRow, BkuRow, FundSummary, LpjSummary, StipendRow
from tests.reports.samples import logo_png

FIRST, LAST = dt.date(2026, 11, 1), dt.date(2026, 11, 30)
CARRY = r"\n([\d.]+)\n([\d.]+)\n([\d.]+)"


def make_rows(n: int, opening: int, seed: int = 7) -> list[BkuRow]:
    rng = random.Random(seed)
    rows, balance = [], opening
    for i in range(n):
        amount_in = rng.choice([0, 0, 0, 250_000, 1_000_000]) if i % 9 == 0 else 0
        amount_out = 0 if amount_in else rng.choice([250_000, 350_000, 525_000, 3_000_000])
        balance += amount_in - amount_out
        words = " ".join(["sangat panjang"] * rng.choice([0, 0, 0, 8, 25]))
        rows.append(BkuRow("BTT", FIRST + dt.timedelta(days=i % 30), f"{i + 1:04d}/BTT/XI/2026",
                           f"JADUP — Warga {i + 1} (Banjir Palbapang) {words}".strip(),
                           amount_in, amount_out, balance))  # fmt: skip
    return rows


def make_report(rows: list[BkuRow], opening: int) -> LpjSummary:
    total_in = sum(r.amount_in for r in rows)
    total_out = sum(r.amount_out for r in rows)
    fund = FundSummary("BTT", "Belanja Tidak Terduga", opening, total_in, {"JADUP": total_out}, 0,
                       0, opening + total_in - total_out)  # fmt: skip
    return LpjSummary("2026-11", "November 2026", FIRST, LAST, None, (fund,), 1, len(rows),
                      len(rows) * 4, len(rows), 0, total_out, 0, False)  # fmt: skip


def render(report: LpjSummary, rows, beneficiaries=(), stipends=(), **kw) -> tuple[bytes, LpjPdf]:
    buffer = io.BytesIO()
    options = dict(
        government="PEMERINTAH KABUPATEN BANTUL", office_name="DINAS SOSIAL",
        address="Jl. Lingkar Timur, Bantul", contact="Telp. (0274) 367000", logo_png=None,
        title_funds="Dana Insidentil", aid_names={"JADUP": "Jaminan hidup"},
        place="Bantul", signed_on=dt.date(2026, 12, 2),
        treasurer=Signer(("Bendahara Pengeluaran",), "Sri Wahyuningsih, S.E.", "198203142009012004"),
        acknowledger=Signer(("Mengetahui,", "Kepala Dinas Sosial Kabupaten Bantul"),
                            "Drs. Bambang Suharto, M.Si.", "196807121994031006"),
    )  # fmt: skip
    options.update(kw)
    pdf = LpjPdf(buffer, report, **options)
    pdf.cover()
    for fund in report.funds:
        pdf.start_bku(fund)
        for row in rows:
            pdf.bku_row(row)
        pdf.end_bku(fund)
    pdf.start_incidents()
    pdf.end_incidents()
    pdf.start_beneficiaries()
    for b in beneficiaries:
        pdf.beneficiary_row(b)
    pdf.end_beneficiaries()
    pdf.start_stipends()
    for st in stipends:
        pdf.stipend_row(st)
    pdf.end_stipends()
    pdf.signatures()
    pdf.close()
    return buffer.getvalue(), pdf


def texts(data: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(data)).pages]


def amounts(match: re.Match) -> tuple[int, ...]:
    return tuple(int(g.replace(".", "")) for g in match.groups())


def test_carried_totals_add_up_over_many_pages():
    opening = 900_000_000
    rows = make_rows(260, opening)
    report = make_report(rows, opening)
    data, pdf = render(report, rows)
    pages = [t for t in texts(data) if "DANA BTT" in t]
    assert len(pages) > 6
    numbers = re.compile(r"^(\d+)\s\d\d/\d\d/2026\b", re.M)
    carried = (0, 0, opening)
    for i, text in enumerate(pages):
        if i:
            assert amounts(re.search("Jumlah pindahan" + CARRY, text)) == carried
        last = max(int(n) for n in numbers.findall(text))
        page = amounts(re.search("Jumlah halaman ini" + CARRY, text))
        cum_in = sum(r.amount_in for r in rows[:last])
        cum_out = sum(r.amount_out for r in rows[:last])
        assert page[:2] == (cum_in - carried[0], cum_out - carried[1])
        assert page[2] == rows[last - 1].balance
        if i < len(pages) - 1:
            foot = amounts(re.search("Jumlah dipindahkan" + CARRY, text))
            assert foot == (cum_in, cum_out, opening + cum_in - cum_out)
            carried = foot
        else:
            fund = report.funds[0]
            assert amounts(re.search(r"\nJumlah" + CARRY, text)) == (
                fund.total_in, fund.total_out, fund.closing)  # fmt: skip
            assert "Jumlah dipindahkan" not in text
    assert pdf.pages == len(texts(data))


def test_long_text_wraps_in_full_and_the_cover_shows_the_summary():
    rows = make_rows(3, 1_000_000)
    long_name = "Raden Mas " + "Panjang " * 12 + "Sekali"
    ben = BeneficiaryRow("0001/BTT/XI/2026", FIRST, long_name, "340208******0001", "Palbapang",
                         "Bantul", "34.02.08", "Banjir " * 20, "JADUP", "Jaminan hidup", "Tunai",
                         525_000, "Sah", 5)  # fmt: skip
    stipend = StipendRow("0001/HONOR/XI/2026", FIRST, "Relawan Satu", "340208******0101",
                         "34.02.0001", "TAGANA", "Bantul", 200_000, 10_000, 190_000, "Sah")  # fmt: skip
    report = make_report(rows, 1_000_000)
    data, _ = render(report, rows, [ben], [stipend], logo_png=logo_png())
    flat = " ".join(" ".join(texts(data)).split())
    assert " ".join(long_name.split()) in flat
    assert ("Banjir " * 20).strip() in flat
    cover = " ".join(texts(data)[0].split())
    fund = report.funds[0]
    assert "LAPORAN PERTANGGUNGJAWABAN DANA INSIDENTIL BULAN NOVEMBER 2026" in cover
    labels = ("Saldo awal per 1 November 2026", "Jumlah penerimaan", "Jaminan hidup (JADUP)",
              "Honor relawan", "Jumlah pengeluaran", "Saldo akhir per 30 November 2026")  # fmt: skip
    for label in labels:
        assert label in cover, label
    assert format_rupiah(fund.closing) in cover and format_rupiah(fund.opening) in cover
    assert "190.000" in flat and "10.000" in flat


# Stipend counts that leave the last page full, nearly full (9 pt to spare: the block moves)
# and half empty.
@pytest.mark.parametrize("n", [14, 20, 21, 28, 33, 35, 36, 37, 39])
def test_signatures_stay_together_above_the_footer(n):
    """Whatever room the last list leaves, the signature block is never cut or drawn over the
    footer: it moves whole to a new page."""
    rows = make_rows(2, 5_000_000, seed=n)
    stipends = [StipendRow(f"{i:04d}/HONOR/XI/2026", FIRST, f"Relawan {i}", "340208******0101",
                           "", "TAGANA", "Bantul", 200_000, 0, 200_000, "Sah")
                for i in range(1, n + 1)]  # fmt: skip
    report = make_report(rows, 5_000_000)
    bottoms = []
    original = LpjPdf.signatures

    def spy(self):
        original(self)
        bottoms.append(self.doc.y - self.doc.bottom)

    LpjPdf.signatures = spy
    try:
        data, _ = render(report, rows, stipends=stipends)
    finally:
        LpjPdf.signatures = original
    assert bottoms[0] >= 0
    last = " ".join(texts(data)[-1].split())
    assert "Mengetahui," in last and "NIP. 19820314 200901 2 004" in last
    assert "NIP. 19680712 199403 1 006" in last and "Bantul, 2 Desember 2026" in last


def test_text_wider_than_its_column_is_set_smaller_not_over_the_next(monkeypatch):
    rows = make_rows(1, 1_000_000)
    full = BeneficiaryRow("0001/BTT/XI/2026", FIRST, "Suparmi", "3402084512750003", "Palbapang",
                          "Bantul", "34.02.08", "Banjir", "JADUP", "Jaminan hidup", "Tunai",
                          525_000, "Sah", 5)  # fmt: skip
    odd = StipendRow("12345/HONORARIUM-RELAWAN/VIII/2026", FIRST, "Relawan", "340208******0101",
                     "34.02.08.0001.2026.XYZ", "TAGANA", "Bantul", 200_000, 0, 200_000, "Sah")  # fmt: skip
    widths = []
    original = lpj_pdf._squeeze

    def spy(text, font, room):
        out = original(text, font, room)
        widths.append((text, out[2], room))
        return out

    monkeypatch.setattr(lpj_pdf, "_squeeze", spy)
    data, _ = render(make_report(rows, 1_000_000), rows, [full], [odd])
    flat = " ".join(" ".join(texts(data)).split())
    squeezed = {t for t, _, _ in widths}
    assert "3402084512750003" in flat and "3402084512750003" not in squeezed  # fits as it is
    assert all(w <= room for _, w, room in widths)
    assert {"12345/HONORARIUM-RELAWAN/VIII/2026", "34.02.08.0001.2026.XYZ"} <= squeezed
    assert "34.02.08.0001.2026.XYZ" in flat


def test_signatures_without_signatories_leave_lines_to_fill_in():
    rows = make_rows(2, 5_000_000)
    data, _ = render(make_report(rows, 5_000_000), rows,
                     treasurer=Signer(("Bendahara Pengeluaran",), "", ""),
                     acknowledger=Signer(("Mengetahui,", "Kepala Dinas Sosial"), "", ""))  # fmt: skip
    last = texts(data)[-1]
    assert last.count("(" + "." * 45 + ")") == 2 and last.count("NIP. " + "." * 30) == 2


def test_page_count_is_printed_on_every_page():
    rows = make_rows(80, 10_000_000)
    data, pdf = render(make_report(rows, 10_000_000), rows)
    pages = texts(data)
    for i, text in enumerate(pages, start=1):
        assert re.search(rf"Halaman {i} dari\s*\n?{len(pages)}\b", text), i
    assert lpj_pdf.LANDSCAPE[0] > lpj_pdf.LANDSCAPE[1]
    sizes = [
        tuple(round(float(v)) for v in p.mediabox[2:]) for p in PdfReader(io.BytesIO(data)).pages
    ]
    assert sizes[0] == (595, 842) and set(sizes[1:]) == {(842, 595)}
