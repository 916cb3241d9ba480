"""Two months of a Bantul desk, written through the services (for the Beranda and Laporan tests).

October 2026: BTT Rp10.000.000 and HONOR Rp1.000.000 allocated, four households, a sembako batch
(4 × Rp250.000), one receipt voided, the October stipends (1 × Rp200.000).
November 2026 (today is 25 November): BTT Rp20.000.000 more, a fifth household (displaced, one
death): jaminan hidup paid (Rp525.000), a family kit batch for all five (5 × Rp350.000), and the
death compensation (Rp15.000.000) waiting for the kepala.
"""

from __future__ import annotations

import datetime as dt

from tagana_desk.services import disbursements as pay
from tagana_desk.services import funds, households, receipts, stipends, volunteers
from tagana_desk.services.households import CasualtyInput, HouseholdInput
from tests.support import make_kk, make_nik, setup_bantul

TODAY = dt.date(2026, 11, 25)
OCT = "2026-10"
NOV = "2026-11"
DESA = "34.02.08.2001"


def build_two_months(db, roles) -> int:
    """Returns the incident id."""
    incident = setup_bantul(db, roles)
    with db.write() as s:
        funds.allocate(
            s, roles.bendahara, "BTT", 10_000_000, "SK 188/1", on=dt.date(2026, 10, 1), today=TODAY
        )
        funds.allocate(
            s, roles.bendahara, "HONOR", 1_000_000, "DPA", on=dt.date(2026, 10, 1), today=TODAY
        )
        for n in range(1, 5):
            households.add_household(s, roles.operator, incident, HouseholdInput(
                head_name=f"Warga {n}", nik=make_nik(serial=n), no_kk=make_kk(n), desa_code=DESA,
                persons=n, registered_on=dt.date(2026, 10, 2)), today=TODAY)  # fmt: skip
    with db.write() as s:
        batch = pay.disburse_batch(
            s, roles.bendahara, incident, "SEMBAKO", on=dt.date(2026, 10, 3), today=TODAY
        )
    with db.write() as s:
        receipts.void(
            s, roles.bendahara, batch.receipts[0], "Penerima dobel di posko",
            today=dt.date(2026, 10, 4),
        )  # fmt: skip
        volunteers.save_volunteer(s, roles.operator, volunteers.VolunteerInput(
            name="Relawan Satu", nik=make_nik(serial=77, yy=90), type_code="TAGANA",
            joined_on=dt.date(2025, 1, 1)), today=TODAY)  # fmt: skip
    with db.write() as s:
        stipends.run(s, roles.bendahara, OCT, pay_date=dt.date(2026, 10, 25), today=TODAY)

    with db.write() as s:
        funds.allocate(
            s, roles.bendahara, "BTT", 20_000_000, "SK 188/2", on=dt.date(2026, 11, 2), today=TODAY
        )
        fifth = households.add_household(s, roles.operator, incident, HouseholdInput(
            head_name="Warga Lima", nik=make_nik(serial=5), no_kk=make_kk(5), desa_code=DESA,
            persons=5, displaced=True, casualties=(CasualtyInput("death", "Mbah Karto"),),
            registered_on=dt.date(2026, 11, 21)), today=TODAY)  # fmt: skip
    with db.write() as s:
        pay.pay_household(
            s, roles.bendahara, fifth.id, "JADUP", on=dt.date(2026, 11, 21), today=TODAY
        )
    with db.write() as s:
        pay.disburse_batch(
            s, roles.bendahara, incident, "FAMILY_KIT", on=dt.date(2026, 11, 22), today=TODAY
        )
    with db.write() as s:
        pay.pay_household(
            s, roles.bendahara, fifth.id, "SANTUNAN_MENINGGAL", on=dt.date(2026, 11, 23),
            today=TODAY,
        )  # fmt: skip
    return incident
