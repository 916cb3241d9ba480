"""Paying aid on both backends: amounts, eligibility, approvals, receipts, voids, no overdraw."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from tagana_desk.db.models import Disbursement, LedgerEntry, Receipt
from tagana_desk.domain.enums import DisbursementStatus, ReceiptStatus
from tagana_desk.domain.errors import (
    ConflictError,
    InsufficientFunds,
    PermissionDenied,
    ValidationError,
)
from tagana_desk.services import disbursements as pay
from tagana_desk.services import funds, households, receipts, verify
from tagana_desk.services.households import CasualtyInput, HouseholdInput
from tests.support import make_kk, make_nik, setup_bantul

pytestmark = pytest.mark.db
TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def incident(db, roles):
    return setup_bantul(db, roles)


def add(db, roles, incident, serial, **kw):
    data = HouseholdInput(head_name=kw.pop("name", f"Warga {serial}"), nik=make_nik(serial=serial),
                          no_kk=make_kk(serial), desa_code="34.02.08.2001", persons=kw.pop("persons", 4),
                          registered_on=dt.date(2026, 11, 21), **kw)  # fmt: skip
    with db.write() as s:
        return households.add_household(s, roles.operator, incident, data, today=TODAY).id


def allocate(db, roles, amount, fund="BTT"):
    with db.write() as s:
        funds.allocate(s, roles.bendahara, fund, amount, "SK Bupati 188/1/2026", on=dt.date(2026, 11, 1),
                       today=TODAY)  # fmt: skip


def balance(db, fund="BTT"):
    with db.read() as s:
        return funds.balance(s, fund)


def counts(db):
    with db.read() as s:
        return tuple(s.execute(select(func.count()).select_from(m)).scalar_one()
                     for m in (Disbursement, Receipt, LedgerEntry))  # fmt: skip


def test_jadup_for_one_household_shows_the_computation(db, roles, incident):
    allocate(db, roles, 10_000_000)
    hid = add(db, roles, incident, 1, persons=5, displaced=True)
    with db.write() as s:
        result = pay.pay_household(s, roles.bendahara, hid, "JADUP", on=TODAY, today=TODAY)
    assert result.amount == 525_000
    assert result.computation == "5 jiwa × 7 hari × Rp15.000 = Rp525.000"
    assert result.status == DisbursementStatus.PAID
    assert result.receipt_number == "0001/BTT/XI/2026"
    assert balance(db).available == 10_000_000 - 525_000
    with pytest.raises(ConflictError, match="sudah menerima"), db.write() as s:
        pay.pay_household(s, roles.bendahara, hid, "JADUP", on=TODAY, today=TODAY)


def test_not_eligible_and_manual_amount_needs_reason(db, roles, incident):
    allocate(db, roles, 10_000_000)
    hid = add(db, roles, incident, 2, damage="RR")
    with pytest.raises(ValidationError, match="Tidak memenuhi syarat"), db.write() as s:
        pay.pay_household(s, roles.bendahara, hid, "JADUP", on=TODAY, today=TODAY)
    with pytest.raises(ValidationError, match="alasan"), db.write() as s:
        pay.pay_household(
            s, roles.bendahara, hid, "SEMBAKO", manual_amount=300_000, on=TODAY, today=TODAY
        )
    assert counts(db) == (0, 0, 1)
    with db.write() as s:
        result = pay.pay_household(s, roles.bendahara, hid, "SEMBAKO", manual_amount="300.000",
                                   manual_reason="Tambahan susu balita", on=TODAY, today=TODAY)  # fmt: skip
    assert result.amount == 300_000 and "Nilai manual" in result.computation


def test_above_threshold_waits_for_kepala_and_reserves_money(db, roles, incident):
    allocate(db, roles, 20_000_000)
    hid = add(db, roles, incident, 3, casualties=(CasualtyInput("death", "Mbah Karto"),))
    with db.write() as s:
        result = pay.pay_household(
            s, roles.bendahara, hid, "SANTUNAN_MENINGGAL", on=TODAY, today=TODAY
        )
    assert result.status == DisbursementStatus.PENDING_APPROVAL and result.receipt_number is None
    bal = balance(db)
    assert (bal.balance, bal.committed, bal.available) == (20_000_000, 15_000_000, 5_000_000)
    with pytest.raises(PermissionDenied), db.write() as s:
        pay.approve(s, roles.bendahara, result.disbursement_id, today=TODAY)
    with db.read() as s:
        pending = pay.list_pending(s, roles.kepala)
    assert [p.amount for p in pending] == [15_000_000]
    with db.write() as s:
        paid = pay.approve(s, roles.kepala, result.disbursement_id, today=TODAY)
    assert paid.receipt_number == "0001/BTT/XI/2026"
    bal = balance(db)
    assert (bal.balance, bal.committed, bal.available) == (5_000_000, 0, 5_000_000)


def test_reject_frees_the_reservation(db, roles, incident):
    allocate(db, roles, 30_000_000)
    hid = add(db, roles, incident, 4, damage="RB")
    with db.write() as s:
        r = pay.pay_household(s, roles.bendahara, hid, "BAHAN_RUMAH", on=TODAY, today=TODAY)
    assert (r.amount, r.status) == (25_000_000, DisbursementStatus.PENDING_APPROVAL)
    assert balance(db).available == 5_000_000
    with pytest.raises(ValidationError, match="Alasan penolakan"), db.write() as s:
        pay.reject(s, roles.kepala, r.disbursement_id, "")
    with db.write() as s:
        pay.reject(s, roles.kepala, r.disbursement_id, "RAB belum diverifikasi")
    assert balance(db).available == 30_000_000
    with pytest.raises(ConflictError), db.write() as s:
        pay.approve(s, roles.kepala, r.disbursement_id, today=TODAY)
    # After a rejection the household can be proposed again.
    with db.write() as s:
        again = pay.pay_household(s, roles.bendahara, hid, "BAHAN_RUMAH", on=TODAY, today=TODAY)
    assert again.status == DisbursementStatus.PENDING_APPROVAL


def test_overdraw_is_refused_with_the_amounts(db, roles, incident):
    allocate(db, roles, 500_000)
    hid = add(db, roles, incident, 5, persons=5, displaced=True)
    before = counts(db)
    with (
        pytest.raises(InsufficientFunds, match=r"dibutuhkan Rp525\.000, tersedia Rp500\.000"),
        db.write() as s,
    ):
        pay.pay_household(s, roles.bendahara, hid, "JADUP", on=TODAY, today=TODAY)
    assert counts(db) == before


def test_batch_pays_all_or_nothing(db, roles, incident):
    ids = [add(db, roles, incident, n, persons=n, displaced=n % 2 == 0) for n in range(1, 7)]
    allocate(db, roles, 1_000_000)
    with db.read() as s:
        preview = pay.preview_batch(s, roles.bendahara, incident, "JADUP", on=TODAY)
    assert [line.action for line in preview.lines] == ["lewati", "bayar"] * 3
    assert preview.total == (2 + 4 + 6) * 7 * 15_000 == 1_260_000
    assert preview.shortfall == 260_000
    before = counts(db)
    with (
        pytest.raises(InsufficientFunds, match=r"dibutuhkan Rp1\.260\.000, tersedia Rp1\.000\.000"),
        db.write() as s,
    ):
        pay.disburse_batch(s, roles.bendahara, incident, "JADUP", on=TODAY, today=TODAY)
    assert counts(db) == before
    allocate(db, roles, 260_000)
    with db.write() as s:
        result = pay.disburse_batch(s, roles.bendahara, incident, "JADUP", on=TODAY, today=TODAY)
    assert (result.disbursed, result.skipped, result.awaiting_approval, result.total) == (
        3,
        3,
        0,
        1_260_000,
    )
    assert result.receipts == ("0001/BTT/XI/2026", "0002/BTT/XI/2026", "0003/BTT/XI/2026")
    assert balance(db).available == 0
    with db.write() as s:  # running it again pays nobody twice
        again = pay.disburse_batch(s, roles.bendahara, incident, "JADUP", on=TODAY, today=TODAY)
    assert (again.disbursed, again.skipped, again.total) == (0, 6, 0)
    assert len(ids) == 6


def test_void_keeps_the_number_and_posts_a_reversal(db, roles, incident):
    allocate(db, roles, 5_000_000)
    first = add(db, roles, incident, 1)
    second = add(db, roles, incident, 2)
    with db.write() as s:
        a = pay.pay_household(s, roles.bendahara, first, "SEMBAKO", on=TODAY, today=TODAY)
        pay.pay_household(s, roles.bendahara, second, "SEMBAKO", on=TODAY, today=TODAY)
    with pytest.raises(PermissionDenied), db.write() as s:
        receipts.void(s, roles.operator, a.receipt_number, "Salah penerima", today=TODAY)
    with pytest.raises(ValidationError, match="Alasan"), db.write() as s:
        receipts.void(s, roles.bendahara, a.receipt_number, "", today=TODAY)
    with db.write() as s:
        receipts.void(
            s, roles.bendahara, a.receipt_number, "Salah penerima, KK pindah", today=TODAY
        )
    with pytest.raises(ConflictError, match="sudah dibatalkan"), db.write() as s:
        receipts.void(s, roles.bendahara, a.receipt_number, "Salah penerima lagi", today=TODAY)
    assert balance(db).balance == 5_000_000 - 250_000
    with db.read() as s:
        row = receipts.get_receipt(s, roles.auditor, a.receipt_number)
        report = verify.verify(s)
    assert row.status == ReceiptStatus.VOIDED
    assert report.ok, report.problems
    # The household may be paid again after a void; the new receipt gets the next number.
    with db.write() as s:
        again = pay.pay_household(s, roles.bendahara, first, "SEMBAKO", on=TODAY, today=TODAY)
    assert again.receipt_number == "0003/BTT/XI/2026"


def test_qr_code_verifies_genuine_and_refuses_forgeries(db, roles, incident):
    allocate(db, roles, 5_000_000)
    hid = add(db, roles, incident, 1)
    with db.write() as s:
        r = pay.pay_household(s, roles.bendahara, hid, "FAMILY_KIT", on=TODAY, today=TODAY)
    with db.read() as s:
        code = receipts.qr_text(s, r.receipt_number, 350_000, TODAY)
        ok = receipts.verify_code(s, code)
        forged = receipts.verify_code(s, code.replace("|350000|", "|3500000|"))
        junk = receipts.verify_code(s, "hello")
    assert ok.ok and ok.number == r.receipt_number and ok.amount == 350_000
    assert not forged.ok and "PALSU" in forged.message
    assert not junk.ok
    with db.write() as s:
        receipts.void(s, roles.bendahara, r.receipt_number, "Barang rusak, diganti", today=TODAY)
    with db.read() as s:
        voided = receipts.verify_code(s, code)
    assert not voided.ok and "DIBATALKAN" in voided.message


def test_operator_prepares_draft_that_bendahara_pays(db, roles, incident):
    allocate(db, roles, 1_000_000)
    hid = add(db, roles, incident, 1)
    with db.write() as s:
        draft = pay.pay_household(s, roles.operator, hid, "SEMBAKO", on=TODAY, today=TODAY)
    assert draft.status == DisbursementStatus.DRAFT and draft.receipt_number is None
    assert balance(db).balance == 1_000_000
    with pytest.raises(PermissionDenied), db.write() as s:
        pay.pay_draft(s, roles.operator, draft.disbursement_id, today=TODAY)
    with db.write() as s:
        paid = pay.pay_draft(s, roles.bendahara, draft.disbursement_id, today=TODAY)
    assert paid.receipt_number == "0001/BTT/XI/2026"
    assert balance(db).balance == 750_000


def test_in_kind_receipt_lists_items(db, roles, incident):
    allocate(db, roles, 1_000_000)
    hid = add(db, roles, incident, 1)
    with db.write() as s:
        r = pay.pay_household(s, roles.bendahara, hid, "SEMBAKO", on=TODAY, today=TODAY)
    with db.write() as s:
        [first] = receipts.documents_for_print(s, roles.bendahara, [r.receipt_number])
    with db.write() as s:
        [second] = receipts.documents_for_print(s, roles.bendahara, [r.receipt_number])
    assert not first.is_copy and second.is_copy
    assert [i.name for i in first.items][:2] == ["Beras", "Minyak goreng"]
    assert sum(i.total for i in first.items) == 250_000
    assert first.recipient_nik_masked == "340208******0001"
    assert first.amount_words == "Dua ratus lima puluh ribu rupiah"
    assert not first.needs_meterai


def test_default_in_kind_packages_add_up_to_their_rate(db):
    from tagana_desk.domain.enums import AidKind, DamageLevel
    from tagana_desk.services import aid

    with db.read() as s:
        for t in aid.list_aid_types(s):
            if t.kind != AidKind.IN_KIND:
                continue
            for rate in t.rates:
                items = aid.items_on(s, t.id, TODAY, rate.damage_level)
                assert sum(i.total for i in items) == rate.amount, (t.code, rate)
        levels = {r.damage_level for r in aid.get_aid_type(s, "BAHAN_RUMAH").rates}
    assert levels == {DamageLevel.RB, DamageLevel.RS, DamageLevel.RR}
