"""Receipt documents for the report tests, built directly (no database)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

from tagana_desk.domain.enums import AidKind
from tagana_desk.domain.terbilang import terbilang_rupiah
from tagana_desk.services.receipts import METERAI_THRESHOLD, ReceiptDocument, ReceiptItem, Signer

TREASURER = Signer("Bendahara Pengeluaran", "Sri Wahyuni, S.E.", "198203142009012004")
KEPALA = Signer(
    "Mengetahui/Setuju dibayar,\nKepala Dinas Sosial Kabupaten Bantul",
    "Drs. Bambang Setiawan, M.Si.",
    "196805121994031007",
)


def logo_png() -> bytes:
    """A small emblem-like PNG (shield with a star), transparent around it."""
    from PIL import Image, ImageDraw

    img = Image.new("RGBA", (220, 260), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    draw.polygon(
        [(10, 10), (210, 10), (210, 150), (110, 250), (10, 150)],
        fill=(20, 90, 40, 255),
        outline=(200, 160, 20, 255),
    )
    draw.polygon(
        [(110, 40), (125, 90), (178, 90), (135, 120), (150, 172), (110, 140), (70, 172),
         (85, 120), (42, 90), (95, 90)],
        fill=(240, 200, 30, 255),
    )  # fmt: skip
    buffer = io.BytesIO()
    img.save(buffer, format="PNG")
    return buffer.getvalue()


def cash(amount: int = 525_000, number: str = "0007/BTT/XI/2026", **changes) -> ReceiptDocument:
    """A cash receipt (kuitansi); ``changes`` override any field."""
    doc = ReceiptDocument(
        number=number,
        kind=AidKind.CASH,
        government="PEMERINTAH KABUPATEN BANTUL",
        office_name="DINAS SOSIAL",
        office_address="Jl. Lingkar Timur, Manding, Trirenggo, Bantul, Daerah Istimewa Yogyakarta 55714",
        office_contact="Telp. (0274) 367449 · dinsos@bantulkab.go.id",
        logo_png=None,
        received_from="Bendahara Pengeluaran Dinas Sosial Kabupaten Bantul",
        amount=amount,
        amount_words=terbilang_rupiah(amount),
        purpose=(
            "Jaminan hidup bagi warga terdampak banjir (Banjir Sungai Opak) di Kalurahan "
            "Srihardono, Kapanewon Pundong, tanggal 20 November 2026"
        ),
        recipient_name="Suparmi",
        recipient_nik_masked="340208******0003",
        recipient_address="Padukuhan Piring, RT 03 RW 07, Kalurahan Srihardono, Kapanewon Pundong",
        place="Bantul",
        issue_date=dt.date(2026, 11, 25),
        treasurer=TREASURER,
        acknowledger=KEPALA,
        needs_meterai=amount > METERAI_THRESHOLD,
        qr_text=f"TGD1|{number}|{amount}|20261125|0123456789ABCDEF0123",
        is_copy=False,
        is_voided=False,
        void_reason="",
        items=(),
    )
    return dataclasses.replace(doc, **changes)


SEMBAKO_ITEMS = (
    ReceiptItem("Beras premium", "kg", 10, 14_000, 140_000),
    ReceiptItem("Minyak goreng", "liter", 2, 18_000, 36_000),
    ReceiptItem("Gula pasir", "kg", 1, 17_000, 17_000),
    ReceiptItem("Mi instan", "bungkus", 10, 3_500, 35_000),
    ReceiptItem("Sarden kaleng 155 g", "kaleng", 4, 5_500, 22_000),
)


def in_kind(items: tuple[ReceiptItem, ...] = SEMBAKO_ITEMS, **changes) -> ReceiptDocument:
    """An in-kind receipt (tanda terima barang) whose amount is the sum of its items."""
    amount = sum(i.total for i in items)
    base = cash(
        amount,
        number="0012/BTT/XI/2026",
        kind=AidKind.IN_KIND,
        purpose=(
            "Paket sembako bagi warga terdampak banjir (Banjir Sungai Opak) di Kalurahan "
            "Srihardono, Kapanewon Pundong, tanggal 20 November 2026"
        ),
        items=items,
    )
    return dataclasses.replace(base, **changes)
