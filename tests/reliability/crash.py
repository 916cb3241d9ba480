"""Crashes: kill the program (SIGKILL) at random moments of long operations, then check.

Long run (documented in the README):

    .venv/bin/python -m tests.reliability.crash --kills 50

For each of four operations — a batch payment, a stipend run, an import of a village list and a
migration of a new database — the command-line program is started on a fresh copy of a prepared
SQLite database and killed after a random delay. After every kill: the database opens,
``PRAGMA integrity_check`` says ok, ``verify`` passes, and the operation happened entirely or not
at all (then it is run again to completion, which must succeed). Exits 1 on any failure.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OPERATIONS = ("batch", "stipends", "import", "migrate")
IMPORT_ROWS = 2000


def _cli(db: Path, *args: str, env: dict) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "tagana_desk", "--db", str(db), *args], cwd=ROOT,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip


def prepare(folder: Path, households: int = 250) -> dict:
    """A base database: a demo, a fresh open incident with households, a workbook to import."""
    from openpyxl import Workbook

    from tagana_desk.db import migrate
    from tagana_desk.db.engine import open_database
    from tagana_desk.services import demo, incidents, users
    from tagana_desk.services import households as hh
    from tagana_desk.services.context import SYSTEM

    base = folder / "base.db"
    db = open_database(str(base), create=True)
    migrate.upgrade(db)
    demo.build(db, households=120, seed=5)
    today = dt.date.today()
    with db.read() as s:
        from sqlalchemy import select

        from tagana_desk.db.models import User

        operator = users.actor_of(
            s.execute(select(User).where(User.username == "operator")).scalar_one()
        )
    with db.write() as s:
        big = incidents.create_incident(s, operator, incidents.IncidentInput(
            type="banjir", title="Banjir besar (uji)", occurred_at=today, desa_code="34.02.15.2001"))  # fmt: skip
        empty = incidents.create_incident(s, operator, incidents.IncidentInput(
            type="banjir", title="Banjir (uji impor)", occurred_at=today, desa_code="34.02.15.2001"))  # fmt: skip
        valid = []
        for i in range(households):
            data = hh.HouseholdInput(head_name=f"Uji {i}", nik=f"3402151503{80 + i // 9999:02d}{i % 9999 + 1:04d}",
                                     no_kk=f"3402150101{10 + i // 9999:02d}{i % 9999 + 1:04d}",
                                     desa_code="34.02.15.2001", persons=3)  # fmt: skip
            v, errors = hh.validate(data, kabupaten_code="34.02", today=today)
            assert v is not None, errors
            valid.append(v)
        hh.add_households(s, operator, big.id, valid)
        # Volunteers who joined today: the month's stipend run has something to pay.
        from tagana_desk.services import volunteers

        for i in range(40):
            volunteers.save_volunteer(s, operator, volunteers.VolunteerInput(
                name=f"Relawan uji {i}", nik=f"3402151207{85 + i // 9999:02d}{i + 1:04d}", type_code="TAGANA",
                joined_on=today, nia=f"UJI{i:03d}"), today=today)  # fmt: skip
    db.dispose()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("KK")
    ws.append(["NIK", "No KK", "Nama", "Jml Jiwa", "Kode Desa"])
    for i in range(IMPORT_ROWS):
        ws.append([f"3402152004{70 + i // 9999:02d}{i % 9999 + 1:04d}", f"3402150202{11 + i // 9999:02d}{i % 9999 + 1:04d}",
                   f"Impor {i}", 2, "34.02.15.2001"])  # fmt: skip
    workbook = folder / "desa.xlsx"
    wb.save(workbook)
    del SYSTEM
    return {
        "base": base,
        "big": big.id,
        "empty": empty.id,
        "households": households,
        "workbook": workbook,
    }


def _state(db: Path, op: str, info: dict) -> tuple[str, int]:
    """(what the operation's effect looks like, how many rows) in the database after a kill."""
    con = sqlite3.connect(db)
    try:
        if op == "batch":
            n = con.execute("SELECT count(*) FROM disbursement WHERE incident_id = ? AND aid_type_id = "
                            "(SELECT id FROM aid_type WHERE code = 'SEMBAKO')", (info["big"],)).fetchone()[0]  # fmt: skip
            return ("none" if n == 0 else "all" if n == info["households"] else "PARTIAL"), n
        if op == "stipends":
            month = f"{dt.date.today():%Y-%m}"
            n = con.execute("SELECT count(*) FROM stipend_payment p JOIN volunteer v ON v.id = p.volunteer_id "
                            "WHERE p.period = ? AND v.nia LIKE 'UJI%'", (month,)).fetchone()[0]  # fmt: skip
            return ("none" if n == 0 else "all" if n == 40 else "PARTIAL"), n
        if op == "import":
            n = con.execute(
                "SELECT count(*) FROM household WHERE incident_id = ?", (info["empty"],)
            ).fetchone()[0]
            return ("none" if n == 0 else "all" if n == IMPORT_ROWS else "PARTIAL"), n
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        if not tables:
            return "none", 0
        version = (
            con.execute("SELECT version_num FROM alembic_version").fetchall()
            if "alembic_version" in tables
            else []
        )
        meta = (
            "tagana_meta" in tables
            and con.execute("SELECT count(*) FROM audit_head").fetchone()[0] == 1
        )
        return ("all" if version and meta else "PARTIAL"), len(tables)
    finally:
        con.close()


def _integrity(db: Path) -> str:
    con = sqlite3.connect(db)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def _verify(db: Path, env: dict) -> tuple[bool, str]:
    p = subprocess.run([sys.executable, "-m", "tagana_desk", "--db", str(db), "verify", "--json"], cwd=ROOT,
                       env=env, capture_output=True, text=True, timeout=300)  # fmt: skip
    if p.returncode not in (0, 1):
        return False, p.stderr.strip()
    report = json.loads(p.stdout)
    return report["ok"], "; ".join(report["problems"][:3])


def _command(op: str, info: dict) -> list[str]:
    if op == "batch":
        return ["disburse-batch", "--incident", str(info["big"]), "--aid-type", "SEMBAKO"]
    if op == "stipends":
        return ["stipends", "run", "--month", f"{dt.date.today():%Y-%m}"]
    if op == "import":
        return ["import-households", str(info["workbook"]), "--incident", str(info["empty"])]
    return ["init", "--admin", "admin"]


def run(folder: Path, kills_per_operation: int, seed: int = 1) -> dict:
    rng = random.Random(seed)
    info = prepare(folder)
    env = dict(os.environ, TAGANA_DESK_USER="bendahara", TAGANA_DESK_PASSWORD="demo",
               TAGANA_DESK_HOME=str(folder / "home"))  # fmt: skip
    # How long each operation takes when left alone: kills land anywhere inside that time.
    durations = {}
    for op in OPERATIONS:
        target = folder / f"time-{op}.db"
        if op == "migrate":
            target.unlink(missing_ok=True)
            env_op = dict(env, TAGANA_DESK_PASSWORD="Rahasia123")
        else:
            shutil.copyfile(info["base"], target)
            env_op = env
        began = time.monotonic()
        p = _cli(target, *_command(op, info), env=env_op)
        out, err = p.communicate(timeout=600)
        if p.returncode != 0:
            raise SystemExit(f"{op} gagal tanpa gangguan: {err.strip()}")
        durations[op] = time.monotonic() - began
    results = {op: {"kills": 0, "none": 0, "all": 0, "failures": []} for op in OPERATIONS}
    for op in OPERATIONS:
        env_op = dict(env, TAGANA_DESK_PASSWORD="Rahasia123") if op == "migrate" else env
        for k in range(kills_per_operation):
            target = folder / f"kill-{op}.db"
            for suffix in ("", "-wal", "-shm"):
                Path(f"{target}{suffix}").unlink(missing_ok=True)
            if op != "migrate":
                shutil.copyfile(info["base"], target)
            p = _cli(target, *_command(op, info), env=env_op)
            time.sleep(rng.uniform(0.05, durations[op] * 1.05))
            if p.poll() is None:
                os.kill(p.pid, signal.SIGKILL)
            p.communicate()
            entry = results[op]
            entry["kills"] += 1
            if not target.exists():
                entry["none"] += 1
                continue
            integrity = _integrity(target)
            state, rows = _state(target, op, info)
            if integrity != "ok":
                entry["failures"].append(f"kill {k}: integrity_check {integrity}")
            if state == "PARTIAL":
                entry["failures"].append(f"kill {k}: sebagian tersimpan ({rows} baris)")
            else:
                entry[state] += 1
            if op != "migrate":
                ok, why = _verify(target, env)
                if not ok:
                    entry["failures"].append(f"kill {k}: verify gagal: {why}")
            # The operation can always be completed afterwards.
            again = _cli(target, *_command(op, info), env=env_op)
            _, err = again.communicate(timeout=600)
            if again.returncode != 0:
                entry["failures"].append(f"kill {k}: menjalankan ulang gagal: {err.strip()}")
            elif op == "migrate":
                ok, why = _verify(target, dict(env_op, TAGANA_DESK_USER="admin"))
                if not ok:
                    entry["failures"].append(f"kill {k}: verify gagal: {why}")
    return {"durations_s": {k: round(v, 2) for k, v in durations.items()}, "results": results}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=50, help="kills per operation (default 50)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="tagana-crash-"))
    result = run(folder, args.kills, args.seed)
    print(json.dumps(result, indent=2, ensure_ascii=False))
    failed = any(r["failures"] for r in result["results"].values())
    shutil.rmtree(folder, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
