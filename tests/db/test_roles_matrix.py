"""Every service use case that writes × every role: exactly the allowed roles succeed.

Refused calls raise PermissionDenied with an Indonesian message and leave every table exactly
as it was; allowed calls succeed (and are rolled back so the next role starts from the same
state). The services are the guard; the GUI only mirrors them.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from tagana_desk.db.models import Base, Disbursement, DuplicateFlag, Household
from tagana_desk.domain.enums import (
    DisbursementStatus,
    DuplicateStatus,
    IncidentStatus,
    SignatoryRole,
)
from tagana_desk.domain.errors import PermissionDenied
from tagana_desk.services import (
    aid,
    funds,
    households,
    incidents,
    lpj,
    office,
    periods,
    receipts,
    stipends,
    users,
    volunteers,
)
from tagana_desk.services import disbursements as pay
from tagana_desk.services.households import HouseholdInput
from tests.support import make_kk, make_nik, setup_bantul

pytestmark = pytest.mark.db
TODAY = dt.date.today()
LAST_MONTH = TODAY.replace(day=1) - dt.timedelta(days=1)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
ROLES = ("admin", "operator", "bendahara", "kepala", "auditor")


class _Rollback(Exception):
    pass


def _state(db, roles) -> dict:
    """A desk with something of everything, so every use case has what it needs."""
    incident = setup_bantul(db, roles)
    with db.write() as s:
        funds.allocate(s, roles.bendahara, "BTT", 100_000_000, "SK 1", on=LAST_MONTH.replace(day=1))
        funds.allocate(s, roles.bendahara, "HONOR", 10_000_000, "DPA", on=LAST_MONTH.replace(day=1))
        ids = []
        for n in range(1, 6):
            saved = households.add_household(s, roles.operator, incident, HouseholdInput(
                head_name=f"Warga {n}", nik=make_nik(serial=n), no_kk=make_kk(n), desa_code="34.02.08.2001",
                persons=3, damage="RB", registered_on=LAST_MONTH))  # fmt: skip
            ids.append(saved.id)
        other = incidents.create_incident(s, roles.operator, incidents.IncidentInput(
            type="kebakaran", title="Kebakaran", occurred_at=LAST_MONTH, desa_code="34.02.08.2002"))  # fmt: skip
        flagged = households.add_household(s, roles.operator, other.id, HouseholdInput(
            head_name="Warga 1", nik=make_nik(serial=1), no_kk=make_kk(1), desa_code="34.02.08.2001",
            registered_on=LAST_MONTH))  # fmt: skip
        vol = volunteers.save_volunteer(s, roles.operator, volunteers.VolunteerInput(
            name="Relawan", nik=make_nik(serial=90, yy=90), type_code="TAGANA",
            joined_on=dt.date(2024, 1, 1)))  # fmt: skip
    with db.write() as s:
        paid = pay.pay_household(s, roles.bendahara, ids[0], "SEMBAKO", on=LAST_MONTH, today=TODAY)
        pending = pay.pay_household(
            s, roles.bendahara, ids[1], "BAHAN_RUMAH", on=TODAY, today=TODAY
        )
    with db.read() as s:
        flag = s.execute(
            select(DuplicateFlag.id).where(DuplicateFlag.household_id == flagged.id)
        ).scalar_one()
    assert pending.status == DisbursementStatus.PENDING_APPROVAL
    return {"incident": incident, "households": ids, "flag": flag, "volunteer": vol.id,
            "receipt": paid.receipt_number, "pending": pending.disbursement_id}  # fmt: skip


def _lpj_then_close(s, actor, period):
    lpj.record(s, actor, lpj.summary(s, actor, period), {})


USE_CASES = {
    "users.create_user": ({"admin"}, lambda s, a, st: users.create_user(s, a, "baru", "Rahasia123", "operator")),
    "users.update_user": ({"admin"}, lambda s, a, st: users.update_user(s, a, "operator", full_name="Ops")),
    "funds.create_fund": ({"bendahara", "admin"}, lambda s, a, st: funds.create_fund(s, a, "CSR", "Dana CSR")),
    "funds.allocate": ({"bendahara"}, lambda s, a, st: funds.allocate(s, a, "BTT", 1000, "SK 2")),
    "office.update_office": ({"admin"}, lambda s, a, st: office.update_office(s, a, city="Bantul")),
    "office.save_signatory": ({"admin"}, lambda s, a, st: office.save_signatory(
        s, a, role=SignatoryRole.PPTK, name="Yuli", nip="197905232005012011")),
    "office.set_logo": ({"admin"}, lambda s, a, st: office.set_logo(s, a, PNG)),
    "aid.set_rate": ({"admin"}, lambda s, a, st: aid.set_rate(s, a, "JADUP", TODAY, 20_000)),
    "incidents.create_incident": ({"operator", "bendahara", "kepala"}, lambda s, a, st: incidents.create_incident(
        s, a, incidents.IncidentInput(type="banjir", title="Banjir", occurred_at=TODAY,
                                      desa_code="34.02.08.2003"))),
    "incidents.set_status": ({"operator", "bendahara", "kepala"}, lambda s, a, st: incidents.set_status(
        s, a, st["incident"], IncidentStatus.CLOSED, "Selesai")),
    "households.add_household": ({"operator", "bendahara", "kepala"}, lambda s, a, st: households.add_household(
        s, a, st["incident"], HouseholdInput(head_name="Baru", nik=make_nik(serial=60), no_kk=make_kk(60),
                                             desa_code="34.02.08.2001"))),
    "households.decide_flag": ({"operator", "bendahara", "kepala"}, lambda s, a, st: households.decide_flag(
        s, a, st["flag"], DuplicateStatus.CONFIRMED_DISTINCT, "Orang berbeda")),
    "disbursements.pay_household": ({"operator", "bendahara"}, lambda s, a, st: pay.pay_household(
        s, a, st["households"][2], "SEMBAKO", today=TODAY)),
    "disbursements.disburse_batch": ({"bendahara"}, lambda s, a, st: pay.disburse_batch(
        s, a, st["incident"], "FAMILY_KIT", today=TODAY)),
    "disbursements.approve": ({"kepala"}, lambda s, a, st: pay.approve(s, a, st["pending"], today=TODAY)),
    "disbursements.reject": ({"kepala"}, lambda s, a, st: pay.reject(s, a, st["pending"], "Belum lengkap")),
    "receipts.void": ({"bendahara"}, lambda s, a, st: receipts.void(s, a, st["receipt"], "Salah penerima")),
    "volunteers.save_volunteer": ({"operator", "bendahara"}, lambda s, a, st: volunteers.save_volunteer(
        s, a, volunteers.VolunteerInput(name="Relawan Baru", nik=make_nik(serial=91, yy=90),
                                        type_code="TAGANA", joined_on=dt.date(2024, 1, 1)))),
    "volunteers.set_rate": ({"admin"}, lambda s, a, st: volunteers.set_rate(s, a, "TAGANA", TODAY, 250_000)),
    "volunteers.deploy": ({"operator", "bendahara"}, lambda s, a, st: volunteers.deploy(
        s, a, st["volunteer"], st["incident"], TODAY - dt.timedelta(days=2), TODAY)),
    "stipends.run": ({"bendahara"}, lambda s, a, st: stipends.run(s, a, f"{TODAY:%Y-%m}", today=TODAY)),
    "lpj.record": ({"bendahara"}, lambda s, a, st: _lpj_then_close(s, a, f"{LAST_MONTH:%Y-%m}")),
    "periods.close_month": ({"bendahara"}, lambda s, a, st: (
        _lpj_then_close(s, st["roles"].bendahara, f"{LAST_MONTH:%Y-%m}"),
        periods.close_month(s, a, f"{LAST_MONTH:%Y-%m}", today=TODAY))),
    "periods.reopen_month": ({"kepala", "admin"}, lambda s, a, st: periods.reopen_month(
        s, a, f"{LAST_MONTH:%Y-%m}", "Koreksi alokasi")),
}  # fmt: skip


def _fingerprint(db) -> dict[str, int]:
    with db.read() as s:
        return {
            name: s.execute(select(func.count()).select_from(table)).scalar_one()
            for name, table in Base.metadata.tables.items()
        }


def _close_last_month(db, roles) -> None:
    with db.write() as s:
        _lpj_then_close(s, roles.bendahara, f"{LAST_MONTH:%Y-%m}")
        periods.close_month(s, roles.bendahara, f"{LAST_MONTH:%Y-%m}", today=TODAY)


@pytest.mark.parametrize("use_case", sorted(USE_CASES))
def test_exactly_the_allowed_roles_may_write(db, roles, use_case):
    allowed, call = USE_CASES[use_case]
    state = _state(db, roles) | {"roles": roles}
    if use_case == "periods.reopen_month":
        _close_last_month(db, roles)
    before = _fingerprint(db)
    for role in ROLES:
        actor = roles.all()[role]
        if role in allowed:
            with pytest.raises(_Rollback), db.write() as s:
                call(s, actor, state)
                raise _Rollback  # it worked: undo, so every role starts from the same state
        else:
            with (
                pytest.raises(PermissionDenied, match=r"^Peran \w+ tidak berwenang "),
                db.write() as s,
            ):
                call(s, actor, state)
            assert _fingerprint(db) == before, f"{role} wrote something in {use_case}"
    with db.read() as s:  # the state the allowed calls were undone to is still consistent
        assert s.execute(select(func.count(Household.id))).scalar_one() == 6
        assert s.execute(select(func.count(Disbursement.id))).scalar_one() == 2
