"""Several desks paying from one fund at the same moment, as separate OS processes (the CLI).

The fund can cover only two of the four incidents' batches. Whatever the interleaving, exactly
two batches are paid in full, nobody is paid twice, receipt numbers are 1..N without a gap, and
the balance never goes below zero.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tagana_desk.db.models import Disbursement, Receipt
from tagana_desk.domain.enums import DisbursementStatus
from tagana_desk.services import funds, households, incidents, verify
from tagana_desk.services.households import HouseholdInput
from tests.support import ROLE_PASSWORD, make_kk, make_nik

pytestmark = pytest.mark.db
ROOT = Path(__file__).resolve().parents[2]
PER_INCIDENT = 8
SEMBAKO = 250_000


def _setup(db, roles) -> list[int]:
    today = dt.date.today()
    ids = []
    with db.write() as s:
        funds.allocate(s, roles.bendahara, "BTT", 2 * PER_INCIDENT * SEMBAKO + 100_000, "SK 188/1")
        for i in range(4):
            info = incidents.create_incident(s, roles.operator, incidents.IncidentInput(
                type="banjir", title=f"Banjir {i}", occurred_at=today - dt.timedelta(days=i + 1),
                desa_code="34.02.08.2001"))  # fmt: skip
            ids.append(info.id)
            for n in range(PER_INCIDENT):
                serial = i * 100 + n + 1
                households.add_household(s, roles.operator, info.id, HouseholdInput(
                    head_name=f"Warga {serial}", nik=make_nik(serial=serial), no_kk=make_kk(serial),
                    desa_code="34.02.08.2001", persons=3))  # fmt: skip
    return ids


def test_parallel_batches_never_overdraw_or_pay_twice(db, db_url, roles, tmp_path):
    ids = _setup(db, roles)
    # Six desks at once: every incident once, and the first two incidents a second time.
    plan = [ids[0], ids[1], ids[2], ids[3], ids[0], ids[1]]
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
                "disburse-batch",
                "--incident",
                str(incident),
                "--aid-type",
                "SEMBAKO",
                "--json",
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        for incident in plan
    ]
    outcomes = []
    for p in procs:
        out, err = p.communicate(timeout=180)
        assert "Traceback" not in err, err
        if p.returncode == 0:
            outcomes.append(json.loads(out))
        else:
            assert p.returncode == 1 and "tidak cukup" in err, (p.returncode, err)
            outcomes.append(None)
    paid_batches = [o for o in outcomes if o and o["disbursed"]]
    assert len(paid_batches) == 2
    assert all(o["disbursed"] == PER_INCIDENT for o in paid_batches)
    with db.read() as s:
        bal = funds.balance(s, "BTT")
        seqs = sorted(s.execute(select(Receipt.seq)).scalars())
        per_household = s.execute(
            select(Disbursement.household_id, func.count())
            .where(Disbursement.status == DisbursementStatus.PAID)
            .group_by(Disbursement.household_id)
        ).all()
        report = verify.verify(s)
    assert bal.balance == 100_000 and bal.available >= 0
    assert seqs == list(range(1, 2 * PER_INCIDENT + 1))
    assert all(n == 1 for _, n in per_household) and len(per_household) == 2 * PER_INCIDENT
    assert report.ok, report.problems
