"""Receipt PDF: what is printed (read back with pypdf), one page per receipt, cancel, speed."""

from __future__ import annotations

import dataclasses
import io
import os
import re
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from tagana_desk.domain.errors import TaganaError
from tagana_desk.domain.money import format_rupiah
from tagana_desk.domain.terbilang import terbilang_rupiah
from tagana_desk.reports import receipt_pdf
from tagana_desk.reports.receipt_pdf import format_nip, render_receipts
from tagana_desk.services.receipts import ReceiptItem, Signer
from tests.reports import samples

NUMBER = re.compile(r"\b\d{4}/[A-Z]+/[IVXLC]+/\d{4}\b")


def pdf_bytes(docs, **kwargs) -> bytes:
    buffer = io.BytesIO()
    render_receipts(docs, buffer, **kwargs)
    return buffer.getvalue()


def page_texts(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def flat(text: str) -> str:
    """Whitespace and line breaks collapsed to single spaces."""
    return " ".join(text.split())


def one_page_text(doc) -> str:
    texts = page_texts(pdf_bytes([doc]))
    assert len(texts) == 1
    return flat(texts[0])


# ------------------------------------------------------------------------------ content


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(amount=st.integers(min_value=1, max_value=10**10))
def test_number_figure_and_words_are_printed(amount):
    doc = samples.cash(amount, amount_words=terbilang_rupiah(amount))
    text = one_page_text(doc)
    assert "KUITANSI" in text
    assert "Nomor: 0007/BTT/XI/2026" in text
    assert format_rupiah(amount) in text
    assert flat(terbilang_rupiah(amount)) in text
    assert "Sudah terima dari" in text and "Uang sejumlah" in text and "Terbilang" in text
    assert "Untuk pembayaran" in text
    assert re.search(r"\d{16}", text) is None


def test_labels_recipient_and_masked_nik():
    text = one_page_text(samples.cash(525_000))
    assert "Bendahara Pengeluaran Dinas Sosial Kabupaten Bantul" in text
    assert "Rp525.000" in text
    assert "Lima ratus dua puluh lima ribu rupiah" in text
    assert "Jaminan hidup bagi warga terdampak banjir" in text
    assert "Nama : Suparmi" in text
    assert "NIK : 340208******0003" in text
    assert "Alamat : Padukuhan Piring, RT 03 RW 07" in text
    assert "Bantul, 25 November 2026" in text
    assert "PEMERINTAH KABUPATEN BANTUL" in text and "DINAS SOSIAL" in text
    assert "Dicetak oleh Tagana Desk" in text
    assert "Pindai untuk memeriksa keaslian" in text
    assert re.search(r"\d{16}", text) is None


@pytest.mark.parametrize(("amount", "expected"), [(5_000_000, False), (5_000_001, True)])
def test_meterai_box_only_above_five_million(amount, expected):
    doc = samples.cash(amount)
    assert doc.needs_meterai is expected
    text = one_page_text(doc)
    assert ("Meterai" in text) is expected
    assert ("Rp10.000" in text) is expected


def test_meterai_follows_the_flag_not_the_amount():
    assert "Meterai" not in one_page_text(samples.cash(15_000_000, needs_meterai=False))
    assert "Meterai" in one_page_text(samples.cash(100_000, needs_meterai=True))


def test_salinan_only_on_a_copy():
    assert "SALINAN" not in one_page_text(samples.cash(525_000))
    assert "SALINAN" in one_page_text(samples.cash(525_000, is_copy=True))


def test_batal_and_reason_only_when_voided():
    reason = "Salah penerima, diganti kuitansi 0011/BTT/XI/2026"
    valid = one_page_text(samples.cash(525_000, void_reason=""))
    assert "BATAL" not in valid and "Dibatalkan" not in valid
    voided = one_page_text(samples.cash(525_000, is_voided=True, void_reason=reason))
    assert "BATAL" in voided
    assert f"Dibatalkan: {reason}" in voided


def test_in_kind_receipt_has_the_item_table_and_total():
    doc = samples.in_kind()
    text = one_page_text(doc)
    assert "TANDA TERIMA BARANG" in text and "KUITANSI" not in text
    assert "Barang senilai" in text and "Uang sejumlah" not in text
    for head in ("No", "Nama barang", "Jumlah", "Satuan", "Harga satuan", "Nilai"):
        assert head in text
    for item in doc.items:
        assert item.name in text
        assert format_rupiah(item.total) in text
    assert "Rp14.000" in text  # a unit value
    assert "Jumlah nilai barang Rp250.000" in text
    assert "Dua ratus lima puluh ribu rupiah" in text


def test_item_quantities_are_grouped():
    items = (ReceiptItem("Seng gelombang", "lembar", 1250, 60_000, 75_000_000),)
    text = one_page_text(samples.in_kind(items))
    assert "1.250" in text and "Rp60.000" in text and "Rp75.000.000" in text


def test_signature_blocks_and_nip_formatting():
    text = one_page_text(samples.cash(525_000))
    assert "Penerima," in text
    assert "Bendahara Pengeluaran" in text
    assert "Sri Wahyuni, S.E." in text
    assert "NIP. 19820314 200901 2 004" in text
    assert "Mengetahui/Setuju dibayar," in text
    assert "Drs. Bambang Setiawan, M.Si." in text
    assert "NIP. 19680512 199403 1 007" in text


def test_without_acknowledger_there_is_no_mengetahui_block():
    text = one_page_text(samples.cash(525_000, acknowledger=None))
    assert "Mengetahui" not in text
    assert "NIP. 19820314 200901 2 004" in text


def test_signer_without_name_or_nip_gets_a_line_to_write_on():
    doc = samples.cash(525_000, treasurer=Signer("Bendahara Pengeluaran", "", ""))
    text = one_page_text(doc)
    assert "(" + "." * 40 + ")" in text
    assert "NIP. 19820314" not in text


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("198203142009012004", "19820314 200901 2 004"),
        ("19820314 200901 2 004", "19820314 200901 2 004"),
        (" 198203142009012004 ", "19820314 200901 2 004"),
        ("12345", "12345"),
        ("", ""),
    ],
)
def test_format_nip(raw, shown):
    assert format_nip(raw) == shown


def test_text_is_escaped_not_interpreted():
    doc = samples.cash(525_000, recipient_name="Tom & Jerry <b>x</b>", purpose="A < B & C > D")
    text = one_page_text(doc)
    assert "Tom & Jerry <b>x</b>" in text
    assert "A < B & C > D" in text


# ------------------------------------------------------------------------------ pages


def test_batch_one_page_per_receipt_with_exactly_its_number():
    docs = [
        samples.cash(100_000 * (i + 1), number=f"{i + 1:04d}/BTT/XI/2026")
        if i % 3
        else samples.in_kind(number=f"{i + 1:04d}/BTT/XI/2026")
        for i in range(30)
    ]
    data = pdf_bytes(docs)
    texts = page_texts(data)
    assert len(texts) == 30
    for doc, text in zip(docs, texts, strict=True):
        assert set(NUMBER.findall(text)) == {doc.number}
        assert format_rupiah(doc.amount) in text


def test_returns_page_count_and_writes_the_file(tmp_path):
    out = tmp_path / "kuitansi.pdf"
    assert render_receipts([samples.cash(), samples.in_kind()], out) == 2
    assert len(PdfReader(out).pages) == 2
    assert [p.name for p in tmp_path.iterdir()] == ["kuitansi.pdf"]  # no temp file left


def test_path_given_as_str(tmp_path):
    out = tmp_path / "k.pdf"
    assert render_receipts(iter([samples.cash()]), str(out)) == 1
    assert out.read_bytes().startswith(b"%PDF")


LONG_NAME = (
    "Raden Roro Siti Nurhayati Kusumawardhani Prawirodirdjo Hadiningrat Sastrowardoyo "
    "binti Mangkubumi Hamengkubuwono"
)[:120]
LONG_ADDRESS = (
    "Padukuhan Karangasem Kidul Wetan Lor, RT 012 RW 034, Jalan Parangtritis Kilometer 17,5 "
    "gang Kenanga nomor 23 belakang masjid Al-Ikhlas, Kalurahan Srihardono, Kapanewon Pundong, "
    "Kabupaten Bantul, Daerah Istimewa Yogyakarta, di samping sawah milik Pak Dukuh dan dekat "
    "jembatan gantung lama yang rusak"
)[:300]
LONG_PURPOSE = (
    "Bantuan bahan bangunan rumah (bahan rumah) bagi warga terdampak banjir bandang dan tanah "
    "longsor (Banjir Sungai Opak dan longsor tebing Bukit Watu Gilang bersamaan hujan deras "
    "tiga hari berturut-turut) di Kalurahan Srihardono, Kapanewon Pundong, dengan kerusakan "
    "rumah kategori rusak berat sesuai berita acara verifikasi lapangan tim gabungan Dinas "
    "Sosial, BPBD, dan pemerintah kalurahan, tanggal 20 November 2026, sesuai Keputusan Bupati "
    "Bantul tentang penetapan status tanggap darurat bencana hidrometeorologi tahun 2026"
)
LONG_ITEMS = tuple(
    ReceiptItem(
        f"Bahan bangunan nomor {i}: semen Portland komposit kemasan 50 kg merek lokal SNI "
        f"dengan pengiriman sampai lokasi rumah penerima di padukuhan",
        "zak",
        10 * i,
        65_000,
        650_000 * i,
    )
    for i in range(1, 9)
)


def long_doc(**changes):
    ack = Signer(
        "Mengetahui/Setuju dibayar,\nPejabat Pelaksana Teknis Kegiatan Bidang Perlindungan dan "
        "Jaminan Sosial Dinas Sosial Kabupaten Bantul",
        "Prof. Dr. Ir. Raden Mas Hadiwijoyo Kusumonegoro Tjokroaminoto, S.T., M.T., M.Sc.",
        "197001011995031001",
    )
    return samples.in_kind(
        LONG_ITEMS,
        recipient_name=LONG_NAME,
        recipient_address=LONG_ADDRESS,
        purpose=LONG_PURPOSE,
        acknowledger=ack,
        received_from="Bendahara Pengeluaran Pembantu Bidang Perlindungan dan Jaminan Sosial "
        "Dinas Sosial Pengendalian Penduduk dan Keluarga Berencana Kabupaten Bantul",
        government="PEMERINTAH KABUPATEN BANTUL DAERAH ISTIMEWA YOGYAKARTA",
        office_name="DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN, PERLINDUNGAN ANAK, PENGENDALIAN "
        "PENDUDUK DAN KELUARGA BERENCANA",
        logo_png=samples.logo_png(),
        needs_meterai=True,
        **changes,
    )


def text_positions(data: bytes) -> list[list[tuple[float, float, str]]]:
    """Every text fragment of every page with its (x, y) on the page."""
    pages = []
    for page in PdfReader(io.BytesIO(data)).pages:
        found: list[tuple[float, float, str]] = []

        def visit(text, cm, tm, font, size, found=found):
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                found.append((x, y, text))

        page.extract_text(visitor_text=visit)
        pages.append(found)
    return pages


@pytest.mark.parametrize(
    "changes",
    [
        {},
        {"is_copy": True},
        {"is_voided": True, "void_reason": "Dobel pembayaran; " * 12},
        {"is_copy": True, "is_voided": True, "void_reason": "Salah penerima"},
    ],
)
def test_long_text_and_eight_items_fit_one_page(changes):
    doc = long_doc(**changes)
    data = pdf_bytes([doc, doc])
    texts = page_texts(data)
    assert len(texts) == 2
    text = flat(texts[0])
    for part in (LONG_NAME, LONG_ADDRESS, LONG_PURPOSE, doc.received_from):
        assert flat(part) in text  # wrapped, not cut
    for item in LONG_ITEMS:
        assert item.name in text
    assert format_rupiah(doc.amount) in text
    width, height = receipt_pdf.PAGE_W, receipt_pdf.PAGE_H
    for x, y, fragment in text_positions(data)[0]:
        assert 0 < x < width and 0 < y < height, fragment
        # nothing runs into the footer line at the very bottom
        assert y >= receipt_pdf.MARGIN_BOTTOM - 1 or fragment.strip() == "", fragment


ROOM = (
    receipt_pdf.PAGE_H - receipt_pdf.MARGIN_TOP - receipt_pdf.MARGIN_BOTTOM - receipt_pdf.FOOTER_H
)


def fitted(doc) -> float:
    receipt = receipt_pdf._Receipt(doc, receipt_pdf._fonts(), None)
    blocks, scale = receipt.fit()
    assert sum(b.gap_before + b.height for b in blocks) <= ROOM
    return scale


def test_ordinary_receipts_are_set_at_full_size():
    assert fitted(samples.cash()) == 1.0
    assert fitted(samples.in_kind()) == 1.0
    assert (
        fitted(samples.cash(15_000_000, is_copy=True, is_voided=True, void_reason="x" * 80)) == 1.0
    )


def test_long_but_plausible_receipt_stays_readable():
    """Longest name and address the database holds, 8 items, a void reason: ≥ 80 % size."""
    items = tuple(
        ReceiptItem(f"Seng gelombang BJLS 0,30 mm panjang 180 cm no {i}", "lembar", 20 * i,
                    65_000, 1_300_000 * i)
        for i in range(1, 9)
    )  # fmt: skip
    doc = samples.in_kind(
        items, recipient_name=LONG_NAME, recipient_address=LONG_ADDRESS,
        purpose=samples.in_kind().purpose * 2, is_voided=True,
        void_reason="Salah penerima; diganti kuitansi 0013/BTT/XI/2026",
    )  # fmt: skip
    assert fitted(doc) >= 0.8


def test_extreme_text_is_set_smaller_but_fits():
    assert 0.6 <= fitted(long_doc()) < 1.0


def test_absurdly_long_purpose_still_one_page():
    doc = samples.cash(525_000, purpose="sangat panjang sekali " * 800)
    assert len(page_texts(pdf_bytes([doc]))) == 1


def test_broken_logo_prints_without_it():
    text = one_page_text(samples.cash(525_000, logo_png=b"not a png"))
    assert "KUITANSI" in text


def test_builtin_font_fallback(monkeypatch):
    """Where DejaVu is missing (Windows), Helvetica prints and × / — become x / -."""
    from tagana_desk.reports import pdf_common

    monkeypatch.setattr(pdf_common, "_DEJAVU_DIRS", ())
    receipt_pdf._fonts.cache_clear()
    try:
        doc = samples.cash(
            525_000, purpose="Jadup 5 × 7 hari — pengungsian", recipient_nik_masked=""
        )
        text = one_page_text(doc)
        assert "Jadup 5 x 7 hari - pengungsian" in text
        assert "NIK : -" in text
    finally:
        receipt_pdf._fonts.cache_clear()


def test_unicode_font_prints_times_and_dash():
    if not receipt_pdf._fonts().unicode:
        pytest.skip("DejaVu Sans is not installed here")
    doc = samples.cash(525_000, purpose="Jadup 5 × 7 hari — pengungsian", recipient_nik_masked="")
    text = one_page_text(doc)
    assert "Jadup 5 × 7 hari — pengungsian" in text
    assert "NIK : —" in text


# ------------------------------------------------------------------------------ progress, cancel


def test_progress_every_25_and_at_the_end():
    calls = []
    docs = [samples.cash(number=f"{i:04d}/BTT/XI/2026") for i in range(1, 61)]
    pdf_bytes(docs, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(25, 60), (50, 60), (60, 60)]


def test_progress_without_a_length_reports_none():
    calls = []
    docs = (samples.cash(number=f"{i:04d}/BTT/XI/2026") for i in range(1, 31))
    pdf_bytes(docs, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(25, None), (30, None)]


def test_cancel_leaves_no_file_and_raises(tmp_path):
    out = tmp_path / "batch.pdf"
    asked = []

    def cancelled():
        asked.append(1)
        return len(asked) > 3

    docs = [samples.cash(number=f"{i:04d}/BTT/XI/2026") for i in range(1, 11)]
    with pytest.raises(TaganaError, match="Pembuatan PDF dibatalkan."):
        render_receipts(docs, out, cancelled=cancelled)
    assert len(asked) == 4
    assert list(tmp_path.iterdir()) == []


def test_cancel_keeps_an_older_file_of_that_name(tmp_path):
    out = tmp_path / "batch.pdf"
    out.write_bytes(b"older")
    with pytest.raises(TaganaError):
        render_receipts([samples.cash()], out, cancelled=lambda: True)
    assert out.read_bytes() == b"older"
    assert [p.name for p in tmp_path.iterdir()] == ["batch.pdf"]


def test_cancel_writes_nothing_to_a_stream():
    buffer = io.BytesIO()
    with pytest.raises(TaganaError, match="dibatalkan"):
        render_receipts([samples.cash()], buffer, cancelled=lambda: True)
    assert buffer.getvalue() == b""


def test_a_crash_midway_leaves_no_half_pdf(tmp_path):
    out = tmp_path / "batch.pdf"

    def docs():
        yield samples.cash()
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError):
        render_receipts(docs(), out)
    assert list(tmp_path.iterdir()) == []


def test_no_receipts_is_an_error(tmp_path):
    with pytest.raises(TaganaError, match="Tidak ada kuitansi"):
        render_receipts([], tmp_path / "x.pdf")
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------------------ speed


def test_speed_500_receipts(tmp_path, capsys):
    logo = samples.logo_png()
    docs = [
        dataclasses.replace(
            samples.cash(525_000 + i, number=f"{i:04d}/BTT/XI/2026", logo_png=logo)
            if i % 4
            else samples.in_kind(number=f"{i:04d}/BTT/XI/2026", logo_png=logo),
            qr_text=f"TGD1|{i:04d}/BTT/XI/2026|{525_000 + i}|20261125|{i:020X}",
        )
        for i in range(1, 501)
    ]
    out = tmp_path / "500.pdf"
    start = time.perf_counter()
    pages = render_receipts(docs, out)
    elapsed = time.perf_counter() - start
    assert pages == 500
    size_kb = out.stat().st_size / 1024
    with capsys.disabled():
        print(
            f"\n  receipt PDF: 500 receipts in {elapsed:.2f} s = {500 / elapsed:.0f} receipts/s, "
            f"{size_kb:.0f} KB ({size_kb / 500:.1f} KB/page)"
        )
    assert elapsed < 30  # a few seconds on a desk PC; generous for a loaded CI machine


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_file_gets_the_usual_permissions_not_mkstemps_0600(tmp_path):
    out = tmp_path / "one.pdf"
    render_receipts([samples.cash()], out)
    mask = os.umask(0)
    os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~mask
