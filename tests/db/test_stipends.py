"""Volunteers and monthly stipends on both backends."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tagana_desk.db.models import StipendPayment
from tagana_desk.domain.enums import StipendStatus
from tagana_desk.domain.errors import (
    ConflictError,
    InsufficientFunds,
    PermissionDenied,
    ValidationError,
)
from tagana_desk.services import funds, receipts, stipends, verify, volunteers
from tagana_desk.services.volunteers import VolunteerInput
from tests.support import ROLE_PASSWORD, make_nik

pytestmark = pytest.mark.db
ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 11, 25)


def add_volunteer(db, roles, serial, joined, left=None, kind="TAGANA", name=None):
    with db.write() as s:
        return volunteers.save_volunteer(s, roles.operator, VolunteerInput(
            name=name or f"Relawan {serial}", nik=make_nik(serial=serial, yy=90), type_code=kind,
            joined_on=joined, left_on=left, nia=f"34.02.{serial:04d}", level="muda",
            kecamatan_code="34.02.08"), today=TODAY).id  # fmt: skip


def allocate(db, roles, amount):
    with db.write() as s:
        funds.allocate(
            s, roles.bendahara, "HONOR", amount, "DPA 2026", on=dt.date(2026, 1, 2), today=TODAY
        )


@pytest.mark.parametrize(
    ("joined", "left", "active"),
    [
        (dt.date(2026, 10, 31), None, True),  # joined on the last day of the month
        (dt.date(2026, 11, 1), None, False),  # joined the day after
        (dt.date(2025, 1, 1), dt.date(2026, 10, 1), True),  # left on the first day
        (dt.date(2025, 1, 1), dt.date(2026, 9, 30), False),  # left the day before
        (dt.date(2026, 10, 15), dt.date(2026, 10, 20), True),  # a few days inside the month
    ],
)
def test_active_in_month_at_the_edges(db, roles, joined, left, active):
    vid = add_volunteer(db, roles, 1, joined, left)
    with db.read() as s:
        lines = stipends.preview(s, roles.bendahara, "2026-10").lines
    assert any(line.volunteer_id == vid and line.action == "bayar" for line in lines) is active


def test_run_pays_once_with_receipts(db, roles):
    allocate(db, roles, 5_000_000)
    for n in range(1, 4):
        add_volunteer(db, roles, n, dt.date(2025, 1, 1))
    add_volunteer(db, roles, 9, dt.date(2025, 1, 1), kind="TSM")
    with db.write() as s:
        result = stipends.run(s, roles.bendahara, "2026-10", today=TODAY)
    assert (result.paid, result.total) == (4, 3 * 200_000 + 1_000_000)
    assert result.receipts[0] == "0001/HONOR/X/2026"
    with db.write() as s:
        again = stipends.run(s, roles.bendahara, "2026-10", today=TODAY)
    assert (again.paid, again.skipped, again.total) == (0, 4, 0)
    # A volunteer added later is paid in a later run for the same month.
    add_volunteer(db, roles, 7, dt.date(2026, 10, 10))
    with db.write() as s:
        late = stipends.run(s, roles.bendahara, "2026-10", today=TODAY)
    assert (late.paid, late.total) == (1, 200_000)
    with db.read() as s:
        listing = stipends.payment_list(s, roles.auditor, "2026-10")
        report = verify.verify(s)
    assert len(listing.rows) == 5 and listing.total_net == 1_800_000
    assert report.ok, report.problems


def test_fund_short_is_refused_with_the_amounts(db, roles):
    allocate(db, roles, 300_000)
    add_volunteer(db, roles, 1, dt.date(2025, 1, 1))
    add_volunteer(db, roles, 2, dt.date(2025, 1, 1))
    with (
        pytest.raises(InsufficientFunds, match=r"dibutuhkan Rp400\.000, tersedia Rp300\.000"),
        db.write() as s,
    ):
        stipends.run(s, roles.bendahara, "2026-10", today=TODAY)
    with db.read() as s:
        assert s.execute(select(func.count(StipendPayment.id))).scalar_one() == 0


def test_tax_rule_in_whole_rupiah(db, roles):
    with db.write() as s:
        volunteers.set_rate(s, roles.admin, "TSM", dt.date(2026, 7, 1), "1.250.000", tax_percent="5",
                            tax_base_percent="50")  # fmt: skip
    allocate(db, roles, 10_000_000)
    add_volunteer(db, roles, 1, dt.date(2025, 1, 1), kind="TSM")
    with db.read() as s:
        june = stipends.preview(s, roles.bendahara, "2026-06").lines[0]
        july = stipends.preview(s, roles.bendahara, "2026-07").lines[0]
    assert (june.gross, june.tax, june.net) == (1_000_000, 0, 1_000_000)
    # 5% of 50% of Rp1.250.000 = Rp31.250
    assert (july.gross, july.tax, july.net) == (1_250_000, 31_250, 1_218_750)
    with db.write() as s:
        stipends.run(s, roles.bendahara, "2026-07", today=TODAY)
    assert funds_balance(db) == 10_000_000 - 1_250_000
    # A later rate change never alters the July payment.
    with db.write() as s:
        volunteers.set_rate(s, roles.admin, "TSM", dt.date(2026, 8, 1), "2.000.000")
    with db.read() as s:
        assert stipends.payment_list(s, roles.auditor, "2026-07").rows[0].net == 1_218_750
    assert stipends.tax_for(333, type("R", (), {"tax_rate_bp": 500, "tax_base_bp": 5000})()) == 8


def funds_balance(db):
    with db.read() as s:
        return funds.balance(s, "HONOR").balance


def test_roles_future_month_and_void(db, roles):
    allocate(db, roles, 1_000_000)
    add_volunteer(db, roles, 1, dt.date(2025, 1, 1))
    with pytest.raises(PermissionDenied), db.write() as s:
        stipends.run(s, roles.operator, "2026-10", today=TODAY)
    with pytest.raises(ValidationError, match="belum dapat dibayar"), db.write() as s:
        stipends.run(s, roles.bendahara, "2026-12", today=TODAY)
    with db.write() as s:
        result = stipends.run(s, roles.bendahara, "2026-10", today=TODAY)
    with db.write() as s:
        receipts.void(s, roles.bendahara, result.receipts[0], "Salah nama relawan", today=TODAY)
    with db.read() as s:
        status = s.execute(select(StipendPayment.status)).scalar_one()
        assert verify.verify(s).ok
    assert status == StipendStatus.VOIDED
    assert funds_balance(db) == 1_000_000
    with db.write() as s:  # after a void the month can be paid again
        assert stipends.run(s, roles.bendahara, "2026-10", today=TODAY).paid == 1


def test_volunteer_validation_and_deployments(db, roles):
    vid = add_volunteer(db, roles, 1, dt.date(2025, 1, 1))
    with pytest.raises(ConflictError, match="sudah terdaftar"):
        add_volunteer(db, roles, 1, dt.date(2025, 1, 1), name="Orang lain")
    with pytest.raises(ValidationError, match="sebelum tanggal bergabung"), db.write() as s:
        volunteers.save_volunteer(s, roles.operator, VolunteerInput(
            name="X", nik=make_nik(serial=5), type_code="TAGANA", joined_on=dt.date(2026, 5, 1),
            left_on=dt.date(2026, 4, 1)), today=TODAY)  # fmt: skip
    from tests.support import setup_bantul

    incident = setup_bantul(db, roles)
    with db.write() as s:
        d = volunteers.deploy(
            s, roles.operator, vid, incident, dt.date(2026, 11, 20), dt.date(2026, 11, 23)
        )
    assert d.days == 4
    with pytest.raises(ConflictError, match="bertumpang tindih"), db.write() as s:
        volunteers.deploy(
            s, roles.operator, vid, incident, dt.date(2026, 11, 22), dt.date(2026, 11, 24)
        )
    # A daily allowance, when configured, is paid through the same monthly run.
    with db.write() as s:
        volunteers.set_rate(
            s, roles.admin, "TAGANA", dt.date(2026, 11, 1), 200_000, daily_allowance=50_000
        )
    allocate(db, roles, 1_000_000)
    with db.write() as s:
        result = stipends.run(s, roles.bendahara, "2026-11", today=TODAY)
    assert result.total == 200_000 + 4 * 50_000
    with db.read() as s:
        assert volunteers.list_deployments(s, volunteer_id=vid)[0].paid


def test_two_processes_run_the_same_month_once(db, db_url, roles, tmp_path):
    allocate(db, roles, 10_000_000)
    for n in range(1, 11):
        add_volunteer(db, roles, n, dt.date(2025, 1, 1))
    env = dict(os.environ, TAGANA_DESK_USER="bendahara", TAGANA_DESK_PASSWORD=ROLE_PASSWORD,
               TAGANA_DESK_HOME=str(tmp_path))  # fmt: skip
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tagana_desk",
                "--db",
                db_url,
                "stipends",
                "run",
                "--month",
                "2026-10",
                "--json",
            ],
            cwd=ROOT,
            env=env,
            text=True,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )  # fmt: skip
        for _ in range(3)
    ]
    import json

    results = []
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        results.append(json.loads(out))
    assert sorted(r["paid"] for r in results) == [0, 0, 10]
    with db.read() as s:
        assert s.execute(select(func.count(StipendPayment.id))).scalar_one() == 10
        assert verify.verify(s).ok
