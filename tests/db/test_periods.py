"""Month close and reopen, LPJ figures and reconciliation, on both backends."""

from __future__ import annotations

import datetime as dt

import pytest

from tagana_desk.db.models import LpjReport
from tagana_desk.domain.errors import (
    ConflictError,
    PeriodClosed,
    PermissionDenied,
    ValidationError,
)
from tagana_desk.services import disbursements as pay
from tagana_desk.services import (
    funds,
    households,
    lpj,
    periods,
    receipts,
    stipends,
    verify,
    volunteers,
)
from tagana_desk.services.households import HouseholdInput
from tests.support import make_kk, make_nik, raw, setup_bantul

pytestmark = pytest.mark.db
TODAY = dt.date(2026, 11, 25)
OCT = "2026-10"


def _october(db, roles):
    """A month with an allocation, a batch of aid, a void, and stipends."""
    incident = setup_bantul(db, roles)
    with db.write() as s:
        raw_incident = incident
        funds.allocate(
            s, roles.bendahara, "BTT", 10_000_000, "SK 188/1", on=dt.date(2026, 10, 1), today=TODAY
        )
        funds.allocate(
            s, roles.bendahara, "HONOR", 1_000_000, "DPA", on=dt.date(2026, 10, 1), today=TODAY
        )
        for n in range(1, 5):
            households.add_household(s, roles.operator, raw_incident, HouseholdInput(
                head_name=f"Warga {n}", nik=make_nik(serial=n), no_kk=make_kk(n), desa_code="34.02.08.2001",
                persons=n, registered_on=dt.date(2026, 10, 2)), today=TODAY)  # fmt: skip
    with db.write() as s:
        batch = pay.disburse_batch(
            s, roles.bendahara, incident, "SEMBAKO", on=dt.date(2026, 10, 3), today=TODAY
        )
    with db.write() as s:
        receipts.void(
            s,
            roles.bendahara,
            batch.receipts[0],
            "Penerima dobel di posko",
            today=dt.date(2026, 10, 4),
        )
        volunteers.save_volunteer(s, roles.operator, volunteers.VolunteerInput(
            name="Relawan Satu", nik=make_nik(serial=77, yy=90), type_code="TAGANA",
            joined_on=dt.date(2025, 1, 1)), today=TODAY)  # fmt: skip
    with db.write() as s:
        stipends.run(s, roles.bendahara, OCT, pay_date=dt.date(2026, 10, 25), today=TODAY)
    return incident


def test_summary_reconciles_with_the_ledger(db, roles):
    _october(db, roles)
    with db.read() as s:
        report = lpj.summary(s, roles.bendahara, OCT)
        btt = next(f for f in report.funds if f.fund == "BTT")
        honor = next(f for f in report.funds if f.fund == "HONOR")
        bku = list(lpj.bku_rows(s, report))
        people = list(lpj.beneficiary_rows(s, report))
        stip = list(lpj.stipend_rows(s, report))
        three_w = lpj.three_w_rows(s, report)
        closing = funds.balance(s, "BTT").balance
    assert report.reconciled, report.problems
    assert (btt.opening, btt.allocations, btt.paid_by_aid_type, btt.reversals) == (
        0,
        10_000_000,
        {"SEMBAKO": 1_000_000},
        250_000,
    )
    assert btt.closing == closing == 9_250_000
    assert (honor.stipends, honor.closing) == (200_000, 800_000)
    assert (report.receipts_issued, report.receipts_voided) == (5, 1)
    assert report.beneficiary_total == 1_000_000 and report.households_served == 3
    assert [r.balance for r in bku if r.fund == "BTT"][-1] == 9_250_000
    assert sorted(r.status for r in people) == ["Batal", "Sah", "Sah", "Sah"]
    assert all("******" in r.nik for r in people) and stip[0].gross == 200_000
    assert [(r.kecamatan, r.sector, r.households, r.amount) for r in three_w] == [
        ("Bantul", "Paket sembako", 3, 750_000)
    ]


def test_full_niks_only_for_bendahara_and_kepala(db, roles):
    _october(db, roles)
    with db.read() as s:
        report = lpj.summary(s, roles.kepala, OCT, full_nik=True)
        assert all(len(r.nik) == 16 and r.nik.isdigit() for r in lpj.beneficiary_rows(s, report))
        for role in ("operator", "auditor", "admin"):
            with pytest.raises(PermissionDenied):
                lpj.summary(s, roles.all()[role], OCT, full_nik=True)


def test_tampering_makes_the_report_refuse(db, roles):
    _october(db, roles)
    raw(db, "UPDATE receipt SET amount = amount + 1000 WHERE number LIKE '0002/BTT/%'")
    with db.read() as s:
        report = lpj.summary(s, roles.bendahara, OCT)
    assert not report.reconciled
    assert any("daftar penerima" in p and "Rp1.000" in p for p in report.problems)
    with pytest.raises(ValidationError, match="tidak cocok dengan buku kas"):
        lpj.require_reconciled(report)


def test_close_needs_the_lpj_then_refuses_writes_in_the_month(db, roles):
    incident = _october(db, roles)
    with pytest.raises(ValidationError, match="Buat LPJ"), db.write() as s:
        periods.close_month(s, roles.bendahara, OCT, today=TODAY)
    with pytest.raises(ValidationError, match="belum berakhir"), db.write() as s:
        periods.close_month(s, roles.bendahara, "2026-11", today=TODAY)
    with db.write() as s:
        lpj.record(s, roles.bendahara, lpj.summary(s, roles.bendahara, OCT), {})
    with pytest.raises(PermissionDenied), db.write() as s:
        periods.close_month(s, roles.operator, OCT, today=TODAY)
    with db.write() as s:
        periods.close_month(s, roles.bendahara, OCT, today=TODAY)
    with pytest.raises(ConflictError), db.write() as s:
        periods.close_month(s, roles.bendahara, OCT, today=TODAY)
    oct_day = dt.date(2026, 10, 30)
    writes = [
        lambda s: funds.allocate(s, roles.bendahara, "BTT", 1000, "SK", on=oct_day, today=TODAY),
        lambda s: households.add_household(
            s,
            roles.operator,
            incident,
            HouseholdInput(
                head_name="Baru",
                nik=make_nik(serial=50),
                no_kk=make_kk(50),
                desa_code="34.02.08.2001",
                registered_on=oct_day,
            ),
            today=TODAY,
        ),  # fmt: skip
        lambda s: pay.pay_household(s, roles.bendahara, 1, "FAMILY_KIT", on=oct_day, today=TODAY),
        lambda s: receipts.void(
            s, roles.bendahara, "0002/BTT/X/2026", "Koreksi bulan lalu", today=oct_day
        ),
        lambda s: stipends.run(s, roles.bendahara, OCT, pay_date=oct_day, today=TODAY),
    ]
    for write in writes:
        with pytest.raises(PeriodClosed, match="Oktober 2026 sudah ditutup"), db.write() as s:
            write(s)
    # Corrections go into the open month: a void dated today is fine.
    with db.write() as s:
        receipts.void(s, roles.bendahara, "0002/BTT/X/2026", "Koreksi bulan lalu", today=TODAY)
    with db.read() as s:
        assert verify.verify(s).ok
        states = {m.period: m for m in periods.month_states(s, today=TODAY)}
    assert states[OCT].closed and states[OCT].has_lpj and states[OCT].closed_by == "bendahara"
    assert not states["2026-11"].closed
    # Reopening needs kepala/admin and a reason; then October takes writes again.
    with pytest.raises(PermissionDenied), db.write() as s:
        periods.reopen_month(s, roles.bendahara, OCT, "Salah input alokasi")
    with pytest.raises(ValidationError, match="Alasan"), db.write() as s:
        periods.reopen_month(s, roles.kepala, OCT, "")
    with db.write() as s:
        periods.reopen_month(s, roles.kepala, OCT, "Salah input alokasi, diperbaiki")
    with db.write() as s:
        funds.allocate(s, roles.bendahara, "BTT", 1000, "SK", on=oct_day, today=TODAY)
    with db.read() as s:
        assert s.query(LpjReport).count() == 1


def test_close_needs_an_lpj_that_still_matches_the_ledger(db, roles):
    _october(db, roles)
    with db.write() as s:
        lpj.record(s, roles.bendahara, lpj.summary(s, roles.bendahara, OCT), {})
    with db.write() as s:  # a back-dated allocation after the LPJ was made
        funds.allocate(
            s, roles.bendahara, "BTT", 5_000, "SK susulan", on=dt.date(2026, 10, 30), today=TODAY
        )
    with pytest.raises(ValidationError, match="berubah setelah LPJ dibuat"), db.write() as s:
        periods.close_month(s, roles.bendahara, OCT, today=TODAY)
    with db.write() as s:
        lpj.record(s, roles.bendahara, lpj.summary(s, roles.bendahara, OCT), {})
    with db.write() as s:
        periods.close_month(s, roles.bendahara, OCT, today=TODAY)
    with db.write() as s:
        periods.reopen_month(s, roles.kepala, OCT, "Koreksi alokasi susulan")
    # After a reopen the old LPJ no longer counts: a new one is needed before closing again.
    with pytest.raises(ValidationError, match="Buat LPJ"), db.write() as s:
        periods.close_month(s, roles.bendahara, OCT, today=TODAY)
