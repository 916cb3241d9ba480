"""Daftar penerimaan honor: what is printed (read back with pypdf), pages, totals, atomic writes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import os

import pytest
from pypdf import PdfReader

from tagana_desk.domain.errors import TaganaError
from tagana_desk.domain.terbilang import terbilang_rupiah
from tagana_desk.reports.stipend_list_pdf import render_payment_list
from tagana_desk.services.receipts import Signer
from tagana_desk.services.stipends import PaymentList, PaymentListDocument, PaymentListRow
from tests.reports import samples

TREASURER = Signer("Bendahara Pengeluaran", "Sri Wahyuni, S.E.", "198203142009012004")
HEAD = Signer(
    "Mengetahui,\nKepala Dinas Sosial Kabupaten Bantul",
    "Drs. Agus Budiraharja, M.Si.",
    "196807121994031006",
)
FIRST_NAMES = ("Suparman", "Siti Aminah", "Budi Santoso", "Endang Lestari", "Agus Riyanto")


def row(no: int, *, name: str | None = None, tsm: bool = False) -> PaymentListRow:
    gross, tax = (1_250_000, 31_250) if tsm else (200_000, 0)
    return PaymentListRow(
        no=no,
        name=name or f"{FIRST_NAMES[no % len(FIRST_NAMES)]} {no:02d}",
        nia=f"34.02.08.{no:04d}",
        type_code="TSM" if tsm else "TAGANA",
        kecamatan_name="Kasihan" if no % 3 == 0 else "Bantul",
        gross=gross,
        tax=tax,
        net=gross - tax,
        receipt_number=f"{no:04d}/HONOR/XI/2026",
        bank="BPD DIY 001.221.334",
    )


def document(rows, *, acknowledger: Signer | None = HEAD, logo: bool = True):
    rows = tuple(rows)
    gross, tax, net = (sum(getattr(r, f) for r in rows) for f in ("gross", "tax", "net"))
    listing = PaymentList(
        "2026-11", "November 2026", "HONOR", rows, gross, tax, net, dt.date(2026, 11, 25)
    )
    return PaymentListDocument(
        listing=listing,
        government="PEMERINTAH KABUPATEN BANTUL",
        office_name="DINAS SOSIAL",
        office_address="Jl. Lingkar Timur, Manding, Trirenggo, Bantul 55714",
        logo_png=samples.logo_png() if logo else None,
        title="DAFTAR PENERIMAAN HONOR RELAWAN BULAN NOVEMBER 2026",
        place="Bantul",
        sign_date=dt.date(2026, 11, 25),
        total_net_words=terbilang_rupiah(net),
        treasurer=TREASURER,
        acknowledger=acknowledger,
    )


def render(doc, **kwargs) -> tuple[int, bytes]:
    buffer = io.BytesIO()
    pages = render_payment_list(doc, buffer, **kwargs)
    return pages, buffer.getvalue()


def flat(text: str) -> str:
    return " ".join(text.split())


def texts(data: bytes) -> list[str]:
    return [flat(p.extract_text()) for p in PdfReader(io.BytesIO(data)).pages]


def fragments(data: bytes, page: int = 0) -> list[tuple[str, float, float]]:
    """(text, x, y) of every text fragment of a page, as pypdf reports them."""
    out: list[tuple[str, float, float]] = []

    def visit(text, cm, tm, _font, _size):
        if text.strip():  # the text matrix's origin, on the page (tables draw translated)
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            out.append((text.strip(), x, y))

    PdfReader(io.BytesIO(data)).pages[page].extract_text(visitor_text=visit)
    return out


def y_of(frags, start: str) -> float:
    return next(y for text, _x, y in frags if text.startswith(start))


# ------------------------------------------------------------------------------ content


def test_one_page_list_has_kop_rows_totals_words_and_signers():
    rows = [row(1), row(2), row(3, tsm=True), row(4), row(5)]
    pages, data = render(document(rows))
    assert pages == 1
    (text,) = texts(data)
    for expected in (
        "PEMERINTAH KABUPATEN BANTUL", "DINAS SOSIAL", "Jl. Lingkar Timur",
        "DAFTAR PENERIMAAN HONOR RELAWAN BULAN NOVEMBER 2026", "Sumber dana: HONOR",
        "Tanggal pembayaran: 25 November 2026",
        "No", "Nama", "NIA", "Jenis", "Bruto", "Potongan", "Netto", "Tanda Tangan",
    ):  # fmt: skip
        assert expected in text, expected
    for r in rows:
        assert r.name in text and r.nia in text
    assert "Kasihan" in text and "TSM" in text and "TAGANA" in text
    assert "1.250.000" in text and "31.250" in text and "1.218.750" in text
    # 4 × Rp200.000 + Rp1.250.000 bruto, Rp31.250 potongan, Rp2.018.750 netto.
    assert "JUMLAH 2.050.000 31.250 2.018.750" in text
    assert "Terbilang: " + flat(terbilang_rupiah(2_018_750)) in text
    assert "dua juta delapan belas ribu tujuh ratus lima puluh rupiah" in text.lower()
    assert "Bantul, 25 November 2026" in text
    assert "Mengetahui," in text and "Kepala Dinas Sosial Kabupaten Bantul" in text
    assert "Drs. Agus Budiraharja, M.Si." in text
    assert "NIP. 19680712 199403 1 006" in text
    assert "Bendahara Pengeluaran" in text and "Sri Wahyuni, S.E." in text
    assert "NIP. 19820314 200901 2 004" in text
    assert "Halaman 1 dari 1" in text
    # A single page needs no page subtotal.
    assert "Jumlah halaman ini" not in text


def test_signature_places_alternate_left_and_right():
    _, data = render(document([row(n) for n in range(1, 5)]))
    frags = fragments(data)
    x = {text.split()[0]: fx for text, fx, _ in frags if text.endswith("....")}
    assert set(x) == {"1.", "2.", "3.", "4."}
    assert x["1."] == pytest.approx(x["3."])
    assert x["2."] == pytest.approx(x["4."])
    assert x["2."] > x["1."] + 50  # even numbers indented to the right half of the cell


def test_sixty_rows_repeat_the_header_and_carry_totals_over():
    rows = [row(n, tsm=n % 10 == 0) for n in range(1, 61)]
    doc = document(rows)
    pages, data = render(doc)
    reader_pages = texts(data)
    assert pages == len(reader_pages) >= 4
    for number, text in enumerate(reader_pages, start=1):
        assert "No Nama NIA Jenis" in text
        assert "Tanda Tangan" in text
        assert f"Halaman {number} dari {pages}" in text
        assert "Jumlah halaman ini" in text
        if number > 1:
            assert "(lanjutan)" in text
            assert "Pindahan dari halaman sebelumnya" in text
            assert "PEMERINTAH KABUPATEN BANTUL" not in text
    everything = " ".join(reader_pages)
    for r in rows:
        assert everything.count(r.nia) == 1, r.nia
        assert f"{r.no}. ...." in everything
    listing = doc.listing
    assert (listing.total_gross, listing.total_tax, listing.total_net) == (
        54 * 200_000 + 6 * 1_250_000, 6 * 31_250, 54 * 200_000 + 6 * 1_218_750,
    )  # fmt: skip
    last = reader_pages[-1]
    assert "JUMLAH 18.300.000 187.500 18.112.500" in last
    assert flat(terbilang_rupiah(18_112_500)) in last
    assert "NIP. 19680712 199403 1 006" in last
    # The closing block is printed once, on the last page only.
    assert all("Terbilang" not in t and "Mengetahui" not in t for t in reader_pages[:-1])
    # Each page's running total is carried to the next page.
    for before, after in zip(reader_pages, reader_pages[1:], strict=False):
        carried = before.split("Jumlah s.d. halaman ini (dipindahkan) ")[1].split()[:3]
        assert after.split("Pindahan dari halaman sebelumnya ")[1].split()[:3] == carried


def test_signatures_sit_below_the_table_and_above_the_footer():
    for count in (7, 8, 11, 12, 13, 24, 25):
        _, data = render(document([row(n) for n in range(1, count + 1)]))
        last = len(PdfReader(io.BytesIO(data)).pages) - 1
        frags = fragments(data, last)
        total_y = y_of(frags, "JUMLAH")
        words_y = y_of(frags, "Terbilang")
        date_y = y_of(frags, "Bantul, 25 November 2026")
        name_y = y_of(frags, "Sri Wahyuni")
        nip_y = y_of(frags, "NIP. 19820314")
        footer_y = y_of(frags, "Halaman")
        assert total_y > words_y > date_y > name_y > nip_y > footer_y, count
        # The last page never holds the signatures alone: rows of the table come with them.
        assert f"{count}. ...." in texts(data)[last]


def test_long_names_wrap_inside_their_cell():
    long_name = "Muhammad Ridwan Hidayatullah Prasetyo Nugroho Wibisono Kusumawardhana"
    _, data = render(document([row(1, name=long_name), row(2)]))
    (text,) = texts(data)
    assert long_name in text


def test_without_acknowledger_and_logo_only_the_treasurer_signs():
    pages, data = render(document([row(1)], acknowledger=None, logo=False))
    (text,) = texts(data)
    assert pages == 1
    assert "Mengetahui" not in text
    assert "Sri Wahyuni, S.E." in text and "NIP. 19820314 200901 2 004" in text


def test_a_signer_without_a_name_gets_a_line_to_write_on():
    doc = document([row(1)])
    doc = dataclasses.replace(doc, treasurer=Signer("Bendahara Pengeluaran", "", ""))
    (text,) = texts(render(doc)[1])
    assert "(" + "." * 45 + ")" in text
    assert "NIP. 19820314" not in text


def test_an_empty_list_is_refused():
    with pytest.raises(TaganaError, match="Belum ada honor yang dibayar untuk November 2026"):
        render(document([]))


# ------------------------------------------------------------------------------ files


def test_written_atomically_to_a_path(tmp_path):
    out = tmp_path / "daftar-honor-2026-11.pdf"
    pages = render_payment_list(document([row(n) for n in range(1, 30)]), out)
    assert out.is_file()
    assert len(PdfReader(str(out)).pages) == pages
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temporary file left


def test_cancel_leaves_the_old_file_untouched_and_no_temporary_file(tmp_path):
    out = tmp_path / "daftar.pdf"
    out.write_bytes(b"versi lama")
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 2  # after the second page

    with pytest.raises(TaganaError, match="dibatalkan"):
        render_payment_list(document([row(n) for n in range(1, 61)]), out, cancelled=cancelled)
    assert out.read_bytes() == b"versi lama"
    assert sorted(os.listdir(tmp_path)) == ["daftar.pdf"]


def test_progress_reports_every_page():
    seen: list[tuple[int, int]] = []
    pages, _ = render(
        document([row(n) for n in range(1, 40)]), progress=lambda d, t: seen.append((d, t))
    )
    assert seen == [(n, pages) for n in range(1, pages + 1)]


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(TaganaError, match="Folder tujuan tidak ada"):
        render_payment_list(document([row(1)]), tmp_path / "tidak-ada" / "daftar.pdf")
