"""Several OS processes writing money at the same moment: nothing lost, the audit chain intact."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tagana_desk.db.models import AuditEvent, LedgerEntry
from tagana_desk.services import funds, verify

pytestmark = pytest.mark.db
ROOT = Path(__file__).resolve().parents[2]
WORKERS, ROUNDS = 4, 6


def test_parallel_allocations_are_serialised(db, db_url, roles, tmp_path):
    with db.read() as s:
        events_before = s.execute(select(func.count(AuditEvent.id))).scalar_one()
    go = tmp_path / "go"
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.db.alloc_worker", db_url, str(w), str(ROUNDS), str(go)],
            cwd=ROOT,
            env=dict(os.environ),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )  # fmt: skip
        for w in range(1, WORKERS + 1)
    ]
    go.touch()
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err.decode()
    expected = sum(1000 * w + i + 1 for w in range(1, WORKERS + 1) for i in range(ROUNDS))
    with db.read() as s:
        assert funds.balance(s, "BTT").balance == expected
        assert s.execute(select(func.count(LedgerEntry.id))).scalar_one() == WORKERS * ROUNDS
        events = s.execute(select(func.count(AuditEvent.id))).scalar_one()
        report = verify.verify(s)
    assert events - events_before == WORKERS * ROUNDS
    assert report.ok, report.problems
