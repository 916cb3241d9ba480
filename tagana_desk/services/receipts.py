"""Receipts (kuitansi / tanda terima): gapless numbers, issue, void, reprints and verification.

Numbers are ``NNNN/<FUND>/<ROMAN-MONTH>/<YEAR>``, one sequence per fund per calendar year, taken
under the fund's lock so they are unique and gapless even with several desks. A voided receipt
keeps its number; the void posts a reversal into the open month. The QR code carries the number,
amount, date and an HMAC with the office's secret, so a printed receipt can be checked later.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from tagana_desk.db.base import utcnow
from tagana_desk.db.locking import lock_funds, lock_receipt_sequence
from tagana_desk.db.models import (
    Disbursement,
    DisbursementItem,
    Fund,
    LedgerEntry,
    OfficeProfile,
    Receipt,
    StipendPayment,
)
from tagana_desk.domain.enums import (
    AidKind,
    DisbursementStatus,
    EntryKind,
    ReceiptStatus,
    SignatoryRole,
    StipendStatus,
)
from tagana_desk.domain.errors import ConflictError, NotFoundError, ValidationError
from tagana_desk.domain.identity import mask_nik
from tagana_desk.domain.money import MAX_AMOUNT
from tagana_desk.domain.receipt_number import ReceiptNumber, format_receipt_number
from tagana_desk.domain.roles import Permission
from tagana_desk.domain.terbilang import terbilang_rupiah
from tagana_desk.services import audit, office, periods
from tagana_desk.services.context import Actor, require

#: Amounts above this need a Rp10.000 meterai on the receipt (UU 10/2020).
METERAI_THRESHOLD = 5_000_000
QR_PREFIX = "TGD1"


def issue(
    session: Session, actor: Actor, fund: Fund, on: dt.date, amount: int, kind: AidKind, *,
    recipient_name: str, recipient_nik: str | None, recipient_address: str, purpose: str,
    disbursement_id: int | None = None, stipend_payment_id: int | None = None,
) -> Receipt:  # fmt: skip
    """Take the next number of the fund's year and store the receipt (fund already locked)."""
    lock_funds(session, [fund.id])
    sequence = lock_receipt_sequence(session, fund.id, on.year)
    sequence.last_seq += 1
    number = format_receipt_number(sequence.last_seq, fund.code, on.month, on.year)
    receipt = Receipt(
        number=number, fund_id=fund.id, year=on.year, seq=sequence.last_seq, issue_date=on,
        amount=amount, kind=kind, recipient_name=recipient_name, recipient_nik=recipient_nik,
        recipient_address=recipient_address, purpose=purpose, disbursement_id=disbursement_id,
        stipend_payment_id=stipend_payment_id, status=ReceiptStatus.VALID, print_count=0,
        issued_by=actor.user_id,
    )  # fmt: skip
    session.add(receipt)
    session.flush()
    return receipt


def _get(session: Session, number: str) -> Receipt:
    text = str(number or "").strip().upper()
    receipt = session.execute(select(Receipt).where(Receipt.number == text)).scalar_one_or_none()
    if receipt is None:
        ReceiptNumber.parse(text)  # a malformed number gets the format explanation
        raise NotFoundError(f"Kuitansi {text} tidak ditemukan.")
    return receipt


def void(
    session: Session, actor: Actor, number: str, reason: str, *, today: dt.date | None = None
) -> None:
    """Void a receipt (bendahara, with a reason): reversal entry today, number kept."""
    require(actor, Permission.VOID)
    reason = " ".join(str(reason or "").split())
    if len(reason) < 5:
        raise ValidationError("Alasan pembatalan wajib diisi (minimal 5 karakter).", "alasan")
    receipt = _get(session, number)
    today = today or dt.date.today()
    periods.assert_open(session, today)
    fund = session.get(Fund, receipt.fund_id)
    assert fund is not None
    lock_funds(session, [fund.id])
    session.refresh(receipt)
    if receipt.status == ReceiptStatus.VOIDED:
        raise ConflictError(f"Kuitansi {receipt.number} sudah dibatalkan.")
    original = session.execute(
        select(LedgerEntry).where(
            LedgerEntry.proof_number == receipt.number, LedgerEntry.fund_id == fund.id,
            LedgerEntry.amount < 0, LedgerEntry.kind != EntryKind.REVERSAL,
        )
    ).scalar_one()  # fmt: skip
    if receipt.disbursement_id:
        source = session.get(Disbursement, receipt.disbursement_id)
        source.status = DisbursementStatus.VOIDED
    else:
        source = session.get(StipendPayment, receipt.stipend_payment_id)
        source.status = StipendStatus.VOIDED
    receipt.status = ReceiptStatus.VOIDED
    receipt.voided_at = utcnow()
    receipt.voided_by = actor.user_id
    receipt.void_reason = reason
    session.add(LedgerEntry(
        fund_id=fund.id, entry_date=today, kind=EntryKind.REVERSAL, amount=-original.amount,
        proof_number=receipt.number, description=f"Pembatalan kuitansi {receipt.number}: {reason}"[:400],
        disbursement_id=original.disbursement_id, stipend_payment_id=original.stipend_payment_id,
        reverses_entry_id=original.id, created_by=actor.user_id,
    ))  # fmt: skip
    session.flush()
    audit.record(session, actor, "void", "receipt", receipt.number,
                 before={"status": ReceiptStatus.VALID},
                 after={"status": ReceiptStatus.VOIDED, "amount": receipt.amount}, reason=reason)  # fmt: skip


# --------------------------------------------------------------------------- QR verification


def _secret(session: Session) -> bytes:
    profile = session.get(OfficeProfile, 1)
    if profile is None or not profile.receipt_secret:
        raise ValidationError("Profil kantor belum ada; kuitansi tidak dapat diverifikasi.")
    return profile.receipt_secret.encode()


def _mac(secret: bytes, number: str, amount: int, on: dt.date) -> str:
    message = f"{number}|{amount}|{on:%Y%m%d}".encode()
    return hmac.new(secret, message, hashlib.sha256).hexdigest()[:20].upper()


def qr_text(session: Session, number: str, amount: int, on: dt.date) -> str:
    """What the receipt's QR code says: ``TGD1|0007/BTT/XI/2026|15000000|20261125|<HMAC>``."""
    return f"{QR_PREFIX}|{number}|{amount}|{on:%Y%m%d}|{_mac(_secret(session), number, amount, on)}"


@dataclass(frozen=True)
class ReceiptCheck:
    ok: bool
    number: str
    amount: int
    issue_date: dt.date | None
    message: str


#: ASCII digits only (``\d`` also takes "٣" or "²"), and no more of them than an amount can have:
#: a pasted run of thousands of digits is no receipt code (``int()`` refuses over 4,300 of them).
_QR = re.compile(
    rf"^{QR_PREFIX}\|([^|]+)\|([0-9]{{1,{len(str(MAX_AMOUNT))}}})\|([0-9]{{8}})\|([0-9A-F]{{20}})$"
)


def verify_code(session: Session, code: str) -> ReceiptCheck:
    """Is the text of a receipt's QR code genuine, and is the receipt still valid?"""
    match = _QR.match(str(code or "").strip().upper())
    if not match:
        return ReceiptCheck(False, "", 0, None, "Kode bukan kode kuitansi Tagana Desk.")
    number, amount_text, date_text, mac = match.groups()
    amount = int(amount_text)
    try:
        on = dt.datetime.strptime(date_text, "%Y%m%d").date()
    except ValueError:
        return ReceiptCheck(False, number, amount, None, "Tanggal pada kode tidak valid.")
    if not hmac.compare_digest(mac, _mac(_secret(session), number, amount, on)):
        return ReceiptCheck(False, number, amount, on,
                            "PALSU: tanda tangan digital kode tidak cocok dengan kantor ini.")  # fmt: skip
    receipt = session.execute(select(Receipt).where(Receipt.number == number)).scalar_one_or_none()
    if receipt is None:
        return ReceiptCheck(
            False, number, amount, on, "Kode sah, tetapi kuitansi tidak ada di database ini."
        )
    if receipt.amount != amount or receipt.issue_date != on:
        return ReceiptCheck(
            False, number, amount, on, "Jumlah atau tanggal berbeda dengan catatan."
        )
    if receipt.status == ReceiptStatus.VOIDED:
        return ReceiptCheck(False, number, amount, on,
                            f"Kuitansi asli tetapi sudah DIBATALKAN: {receipt.void_reason}")  # fmt: skip
    return ReceiptCheck(True, number, amount, on, "Kuitansi asli dan berlaku.")


# --------------------------------------------------------------------------- documents


@dataclass(frozen=True)
class Signer:
    caption: str  # "Bendahara Pengeluaran", "Mengetahui, Kepala Dinas Sosial"
    name: str
    nip: str


@dataclass(frozen=True)
class ReceiptItem:
    name: str
    unit: str
    quantity: int
    unit_value: int
    total: int


@dataclass(frozen=True)
class ReceiptDocument:
    """Everything printed on one receipt (NIK already masked)."""

    number: str
    kind: AidKind
    government: str
    office_name: str
    office_address: str
    office_contact: str
    logo_png: bytes | None
    received_from: str
    amount: int
    amount_words: str
    purpose: str
    recipient_name: str
    recipient_nik_masked: str
    recipient_address: str
    place: str
    issue_date: dt.date
    treasurer: Signer
    acknowledger: Signer | None
    needs_meterai: bool
    qr_text: str
    is_copy: bool
    is_voided: bool
    void_reason: str
    items: tuple[ReceiptItem, ...]


def _document(session: Session, receipt: Receipt, is_copy: bool) -> ReceiptDocument:
    profile = session.get(OfficeProfile, 1)
    info = office.get_office(session)
    treasurer = office.signatory_for(session, SignatoryRole.BENDAHARA)
    ack_role = SignatoryRole(info.acknowledger_role)
    ack = office.signatory_for(session, ack_role)
    office_title = " ".join(info.name.split()).title() or "Dinas Sosial"
    kab = info.kabupaten_name
    # "Kepala Dinas Sosial Kabupaten Bantul" (the office name already says "Dinas").
    ack_caption = f"Kepala {office_title}" if ack_role == SignatoryRole.KEPALA_DINAS else "PPTK"
    items: tuple[ReceiptItem, ...] = ()
    if receipt.disbursement_id:
        items = tuple(
            ReceiptItem(i.name, i.unit, i.quantity, i.unit_value, i.total)
            for i in session.execute(
                select(DisbursementItem).where(DisbursementItem.disbursement_id == receipt.disbursement_id)
                .order_by(DisbursementItem.id)
            ).scalars()
        )  # fmt: skip
    contact = " · ".join(x for x in (f"Telp. {info.phone}" if info.phone else "", info.email) if x)
    return ReceiptDocument(
        number=receipt.number, kind=AidKind(receipt.kind), government=info.government,
        office_name=info.name, office_address=info.address, office_contact=contact,
        logo_png=profile.logo_png if profile else None,
        received_from=f"Bendahara Pengeluaran {office_title} {kab}".strip(),
        amount=receipt.amount, amount_words=terbilang_rupiah(receipt.amount),
        purpose=receipt.purpose, recipient_name=receipt.recipient_name,
        recipient_nik_masked=mask_nik(receipt.recipient_nik), recipient_address=receipt.recipient_address,
        place=info.city or kab.replace("Kabupaten ", "").replace("Kota ", ""),
        issue_date=receipt.issue_date,
        treasurer=Signer("Bendahara Pengeluaran", treasurer.name if treasurer else "", treasurer.nip if treasurer else ""),
        acknowledger=Signer(f"Mengetahui/Setuju dibayar,\n{ack_caption} {kab}".strip(),
                            ack.name, ack.nip) if ack else None,
        needs_meterai=receipt.amount > METERAI_THRESHOLD,
        qr_text=qr_text(session, receipt.number, receipt.amount, receipt.issue_date),
        is_copy=is_copy, is_voided=receipt.status == ReceiptStatus.VOIDED,
        void_reason=receipt.void_reason or "", items=items,
    )  # fmt: skip


def documents_for_print(
    session: Session, actor: Actor, numbers: list[str], *, record: bool = True
) -> list[ReceiptDocument]:
    """Receipt documents to print; every print after the first of a receipt says SALINAN.

    ``record`` counts the print (and audits it); previews pass False and show what a print would.
    """
    require(actor, Permission.VIEW)
    docs = []
    for number in numbers:
        receipt = _get(session, number)
        docs.append(_document(session, receipt, is_copy=receipt.print_count > 0))
    if record:
        record_prints(session, actor, numbers)
    return docs


def record_prints(session: Session, actor: Actor, numbers: list[str]) -> None:
    """Count a print of each receipt (the next print of it says SALINAN); audited."""
    require(actor, Permission.VIEW)
    if not numbers:
        return
    for i in range(0, len(numbers), 500):
        chunk = [str(n).strip().upper() for n in numbers[i : i + 500]]
        session.execute(
            update(Receipt)
            .where(Receipt.number.in_(chunk))
            .values(print_count=Receipt.print_count + 1)
        )
    session.flush()
    audit.record(session, actor, "print", "receipt", numbers[0] if len(numbers) == 1 else f"{len(numbers)} kuitansi",
                 after={"numbers": numbers[:50], "count": len(numbers)})  # fmt: skip


@dataclass(frozen=True)
class ReceiptRow:
    number: str
    issue_date: dt.date
    amount: int
    recipient_name: str
    recipient_nik: str
    purpose: str
    status: ReceiptStatus
    print_count: int
    fund_code: str


def _row(actor: Actor, r: Receipt, fund_code: str) -> ReceiptRow:
    nik = r.recipient_nik or ""
    shown = nik if actor.can(Permission.VIEW_FULL_NIK) else mask_nik(nik)
    return ReceiptRow(r.number, r.issue_date, r.amount, r.recipient_name, shown, r.purpose,
                      ReceiptStatus(r.status), r.print_count, fund_code)  # fmt: skip


def get_receipt(session: Session, actor: Actor, number: str) -> ReceiptRow:
    require(actor, Permission.VIEW)
    r = _get(session, number)
    return _row(actor, r, session.get(Fund, r.fund_id).code)


def incident_receipt_numbers(session: Session, incident_id: int) -> list[str]:
    """Numbers of every receipt of an incident, in issue order (for a batch PDF)."""
    rows = session.execute(
        select(Receipt.number)
        .join(Disbursement, Disbursement.id == Receipt.disbursement_id)
        .where(Disbursement.incident_id == incident_id)
        .order_by(Receipt.fund_id, Receipt.year, Receipt.seq)
    ).scalars()
    return list(rows)
