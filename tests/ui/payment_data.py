"""Data for the Penyaluran GUI tests, set up through the services (plain functions, no fixtures).

Dates are relative to today: the GUI pays on today's date, as a desk does.
"""

from __future__ import annotations

import datetime as dt

from tagana_desk.domain.receipt_number import format_receipt_number
from tagana_desk.services import disbursements, funds, households, incidents, office
from tagana_desk.services.households import CasualtyInput, HouseholdInput
from tests.support import make_kk, make_nik

DESA = "34.02.08.2001"  # Palbapang, Bantul


def today() -> dt.date:
    return dt.date.today()


def receipt_number(seq: int, fund: str = "BTT") -> str:
    """``0001/BTT/XI/2026`` for this month."""
    return format_receipt_number(seq, fund, today().month, today().year)


def bantul_incident(db, roles, title: str = "Banjir Palbapang") -> int:
    """Office kabupaten 34.02 and one open flood incident two days ago; returns its id."""
    with db.write() as s:
        office.update_office(s, roles.admin, kabupaten_code="34.02", name="DINAS SOSIAL")
    with db.write() as s:
        info = incidents.create_incident(
            s, roles.operator,
            incidents.IncidentInput(
                type="banjir", title=title,
                occurred_at=dt.datetime.now().replace(microsecond=0) - dt.timedelta(days=2),
                desa_code=DESA, displaced=12, houses_rb=3,
            ),
        )  # fmt: skip
    return info.id


def add_household(
    db, roles, incident_id: int, serial: int, *, name: str | None = None, persons: int = 4,
    displaced: bool = False, damage: str = "NONE", deaths: int = 0,
) -> int:  # fmt: skip
    """A household with a valid NIK ``34020812037500NN`` (serial in the last four digits)."""
    casualties = tuple(CasualtyInput("death", f"Almarhum {serial}-{i}") for i in range(deaths))
    data = HouseholdInput(
        head_name=name or f"Warga {serial}", nik=make_nik(serial=serial), no_kk=make_kk(serial),
        desa_code=DESA, persons=persons, displaced=displaced, damage=damage,
        casualties=casualties,
    )  # fmt: skip
    with db.write() as s:
        return households.add_household(s, roles.operator, incident_id, data).id


def allocate(db, roles, amount: int, fund: str = "BTT") -> None:
    with db.write() as s:
        funds.allocate(s, roles.bendahara, fund, amount, "SK Bupati 188/123/2026")


def pay(db, roles, household_id: int, aid_code: str, actor=None):
    with db.write() as s:
        return disbursements.pay_household(s, actor or roles.bendahara, household_id, aid_code)


def available(db, fund: str = "BTT") -> int:
    with db.read() as s:
        return funds.balance(s, fund).available


def disbursement_count(db) -> int:
    with db.read() as s:
        return disbursements.count_disbursements(s)
