"""Stress: N processes × M rounds of payments, stipend runs, approvals and voids on one database.

Long run (documented in the README):

    .venv/bin/python -m tests.reliability.stress --processes 8 --rounds 40
    pg_virtualenv -t .venv/bin/python -m tests.reliability.stress --processes 8 --rounds 40 --postgres

Each worker signs in as a demo user and repeats random use cases; refusals the program gives a
person (fund short, already paid, closed month, nothing pending) are counted, anything else is a
failure. At the end ``verify`` must pass and the invariants are checked again directly: nobody
paid twice, receipt numbers gapless, no negative available balance. Exits 1 on any failure.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing as mp
import os
import random
import sys
import tempfile
import time
import traceback
import uuid
from collections import Counter
from pathlib import Path

ACTIONS = ("batch", "pay_one", "stipends", "approve", "void", "allocate")


def _actor(db, username):
    from sqlalchemy import select

    from tagana_desk.db.models import User
    from tagana_desk.services import users

    with db.read() as s:
        return users.actor_of(s.execute(select(User).where(User.username == username)).scalar_one())


def _worker(url: str, seed: int, rounds: int, start_at: float, out: mp.Queue) -> None:
    from sqlalchemy import select

    from tagana_desk.db.engine import open_database
    from tagana_desk.db.models import Household, Incident, Receipt
    from tagana_desk.domain.enums import ReceiptStatus
    from tagana_desk.domain.errors import TaganaError
    from tagana_desk.services import disbursements, funds, receipts, stipends

    rng = random.Random(seed)
    db = open_database(url)
    bendahara, kepala = _actor(db, "bendahara"), _actor(db, "kepala")
    with db.read() as s:
        incident_ids = list(s.execute(select(Incident.id)).scalars())
        household_ids = list(s.execute(select(Household.id)).scalars())
    today = dt.date.today()
    month = f"{today:%Y-%m}"
    counts: Counter = Counter()
    failures: list[str] = []
    while time.time() < start_at:
        time.sleep(0.005)
    for _ in range(rounds):
        action = rng.choice(ACTIONS)
        try:
            with db.write() as s:
                if action == "batch":
                    disbursements.disburse_batch(s, bendahara, rng.choice(incident_ids),
                                                 rng.choice(("SEMBAKO", "FAMILY_KIT", "JADUP", "ISI_HUNIAN")))  # fmt: skip
                elif action == "pay_one":
                    disbursements.pay_household(s, bendahara, rng.choice(household_ids),
                                                rng.choice(("EKONOMI", "BAHAN_RUMAH", "SEMBAKO")))  # fmt: skip
                elif action == "stipends":
                    stipends.run(s, bendahara, month)
                elif action == "approve":
                    pending = disbursements.list_pending(s, kepala)
                    if not pending:
                        raise _Nothing
                    disbursements.approve(s, kepala, rng.choice(pending).disbursement_id)
                elif action == "void":
                    numbers = s.execute(select(Receipt.number).where(
                        Receipt.status == ReceiptStatus.VALID, Receipt.issue_date == today)).scalars().all()  # fmt: skip
                    if not numbers:
                        raise _Nothing
                    receipts.void(s, bendahara, rng.choice(numbers), "Uji beban: pembatalan acak")
                else:
                    funds.allocate(s, bendahara, "BTT", rng.randint(1, 50) * 1_000_000, "Uji beban")
            counts[f"{action}:ok"] += 1
        except _Nothing:
            counts[f"{action}:nothing"] += 1
        except TaganaError as exc:
            counts[f"{action}:refused:{type(exc).__name__}"] += 1
        except Exception:  # noqa: BLE001 - a crash is what this script looks for
            failures.append(f"{action}: {traceback.format_exc(limit=4)}")
    db.dispose()
    out.put({"counts": dict(counts), "failures": failures})


class _Nothing(Exception):
    pass


def check(url: str) -> list[str]:
    """The invariants, straight from the tables, plus ``verify``."""
    from sqlalchemy import func, select

    from tagana_desk.db.engine import open_database
    from tagana_desk.db.models import Disbursement, StipendPayment
    from tagana_desk.domain.enums import DisbursementStatus, StipendStatus
    from tagana_desk.services import verify

    db = open_database(url)
    problems = []
    with db.read() as s:
        report = verify.verify(s)
        problems.extend(report.problems)
        twice = s.execute(
            select(Disbursement.household_id, Disbursement.aid_type_id, func.count())
            .where(Disbursement.status.in_([DisbursementStatus.PAID, DisbursementStatus.PENDING_APPROVAL]))
            .group_by(Disbursement.household_id, Disbursement.aid_type_id).having(func.count() > 1)
        ).all()  # fmt: skip
        problems.extend(f"KK #{h} dibayar {n}× jenis #{a}" for h, a, n in twice)
        twice = s.execute(
            select(StipendPayment.volunteer_id, StipendPayment.period, func.count())
            .where(StipendPayment.status == StipendStatus.PAID)
            .group_by(StipendPayment.volunteer_id, StipendPayment.period).having(func.count() > 1)
        ).all()  # fmt: skip
        problems.extend(f"Relawan #{v} dibayar {n}× untuk {p}" for v, p, n in twice)
    db.dispose()
    return problems


def build(url: str, households: int) -> None:
    from tagana_desk.db import migrate
    from tagana_desk.db.engine import open_database
    from tagana_desk.services import demo

    db = open_database(url, create=True)
    migrate.upgrade(db)
    demo.build(db, households=households, seed=7)
    db.dispose()


def run(url: str, processes: int, rounds: int) -> dict:
    ctx = mp.get_context("spawn")
    out = ctx.Queue()
    start_at = time.time() + 2.0
    procs = [
        ctx.Process(target=_worker, args=(url, 1000 + i, rounds, start_at, out))
        for i in range(processes)
    ]
    began = time.monotonic()
    for p in procs:
        p.start()
    results = [out.get(timeout=1800) for _ in procs]
    for p in procs:
        p.join(timeout=60)
    counts: Counter = Counter()
    failures = []
    for r in results:
        counts.update(r["counts"])
        failures.extend(r["failures"])
    crashed = [p.exitcode for p in procs if p.exitcode != 0]
    if crashed:
        failures.append(f"proses berhenti dengan kode {crashed}")
    return {"processes": processes, "rounds": rounds, "seconds": round(time.monotonic() - began, 1),
            "counts": dict(sorted(counts.items())), "failures": failures, "problems": check(url)}  # fmt: skip


def _postgres_url() -> str:
    from sqlalchemy import create_engine, text

    from tests.support import pg_admin_url

    admin = pg_admin_url()
    if admin is None:
        raise SystemExit("PostgreSQL tidak tersedia: jalankan di bawah pg_virtualenv.")
    name = f"tagana_stress_{uuid.uuid4().hex[:8]}"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return admin.rsplit("/", 1)[0] + f"/{name}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--processes", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--households", type=int, default=300)
    parser.add_argument("--postgres", action="store_true")
    parser.add_argument("--db", help="database URL or file (default: a new temporary SQLite file)")
    args = parser.parse_args(argv)
    os.environ.setdefault("TAGANA_DESK_HOME", tempfile.mkdtemp(prefix="tagana-stress-"))
    url = args.db or (
        _postgres_url() if args.postgres else str(Path(tempfile.mkdtemp()) / "stress.db")
    )
    build(url, args.households)
    result = run(url, args.processes, args.rounds)
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 1 if result["failures"] or result["problems"] else 0


if __name__ == "__main__":
    sys.exit(main())
