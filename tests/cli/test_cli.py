"""The command line end to end: exit codes, one-line Indonesian errors, JSON keys."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tagana_desk.cli import main

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def cli(monkeypatch, capsys):
    """Run the CLI in-process: returns (exit code, stdout, stderr)."""

    def run(*argv: str, user: str | None = None, password: str | None = None):
        monkeypatch.delenv("TAGANA_DESK_USER", raising=False)
        monkeypatch.delenv("TAGANA_DESK_PASSWORD", raising=False)
        if user:
            monkeypatch.setenv("TAGANA_DESK_USER", user)
        if password is not None:
            monkeypatch.setenv("TAGANA_DESK_PASSWORD", password)
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def _receipts_and_commitments(path: str, fund: str) -> tuple[int, int]:
    """Sum of valid receipts and of commitments of a fund, read straight from the file."""
    import sqlite3

    con = sqlite3.connect(path)
    try:
        paid = con.execute(
            "SELECT COALESCE(SUM(r.amount), 0) FROM receipt r JOIN fund f ON f.id = r.fund_id "
            "WHERE f.code = ? AND r.status = 'valid'",
            (fund,),
        ).fetchone()[0]
        pending = con.execute(
            "SELECT COALESCE(SUM(d.amount), 0) FROM disbursement d JOIN fund f ON f.id = d.fund_id "
            "WHERE f.code = ? AND d.status = 'pending_approval'",
            (fund,),
        ).fetchone()[0]
    finally:
        con.close()
    return paid, pending


def _one_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("Galat: ")
    return lines[0]


def test_init_demo_verify_balance(tmp_path, cli):
    db = str(tmp_path / "x.db")
    code, out, err = cli("--db", db, "init", "--admin", "admin", password="Rahasia123")
    assert code == 0, err
    assert "Admin 'admin' dibuat" in out
    code, out, err = cli("--db", db, "demo", "--households", "60", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["already"] is False and data["users"] == 5 and data["allocations"] == 4
    # The admin made by init keeps its own password; the other demo users have "demo".
    code, out, err = cli("--db", db, "verify", "--json", user="admin", password="Rahasia123")
    assert code == 0, err
    report = json.loads(out)
    assert report["ok"] is True and report["problems"] == []
    code, out, err = cli(
        "--db", db, "balance", "--fund", "BTT", "--json", user="kepala", password="demo"
    )
    assert code == 0, err
    bal = json.loads(out)
    assert set(bal) >= {"fund", "balance", "committed", "available"}
    paid, pending = _receipts_and_commitments(db, "BTT")
    assert paid > 0
    assert bal == {"fund": "BTT", "balance": 2_900_000_000 - paid, "committed": pending,
                   "available": 2_900_000_000 - paid - pending}  # fmt: skip
    # Running demo again on a demo database is harmless.
    code, out, _ = cli("--db", db, "demo")
    assert code == 0 and "sudah berisi data demo" in out


def test_demo_on_a_missing_database_creates_it(tmp_path, cli):
    db = tmp_path / "new" / "demo.db"
    code, out, err = cli("--db", str(db), "demo", "--households", "10")
    assert code == 0, err
    code, out, err = cli("--db", str(db), "balance", "--json", user="bendahara", password="demo")
    assert code == 0, err
    paid, pending = _receipts_and_commitments(str(db), "BTT")
    honor, _ = _receipts_and_commitments(str(db), "HONOR")
    assert honor > 0
    assert {f["fund"]: f["available"] for f in json.loads(out)["funds"]} == {
        "BTT": 2_900_000_000 - paid - pending, "HONOR": 240_000_000 - honor,
    }  # fmt: skip


def test_allocate_then_balance(sqlite_url, cli):
    code, out, err = cli(
        "--db", sqlite_url, "fund", "allocate", "--fund", "BTT", "--amount", "15.000.000",
        "--ref", "SK Bupati 188/123/2026", "--date", "2026-01-05", "--json",
        user="bendahara", password="Rahasia123",
    )  # fmt: skip
    assert code == 0, err
    assert json.loads(out)["balance"] == 15_000_000
    code, out, _ = cli("--db", sqlite_url, "balance", user="auditor", password="Rahasia123")
    assert code == 0
    assert "Rp15.000.000" in out


@pytest.mark.parametrize(
    ("argv", "user", "password", "message"),
    [
        (["fund", "allocate", "--fund", "BTT", "--amount", "-5", "--ref", "x"], "bendahara",
         "Rahasia123", "negatif"),
        (["fund", "allocate", "--fund", "BTT", "--amount", "1.5", "--ref", "x"], "bendahara",
         "Rahasia123", "tidak valid"),
        (["fund", "allocate", "--fund", "XYZ", "--amount", "100", "--ref", "x"], "bendahara",
         "Rahasia123", "Dana 'XYZ' tidak dikenal"),
        (["fund", "allocate", "--fund", "BTT", "--amount", "100", "--ref", "x"], "operator",
         "Rahasia123", "tidak berwenang"),
        (["balance"], "bendahara", "salah", "kata sandi salah"),
        (["balance"], None, None, "--user"),
        (["balance"], "bendahara", None, "TAGANA_DESK_PASSWORD"),
        (["fund", "allocate", "--fund", "BTT", "--amount", "100", "--ref", "x", "--date", "5/13/2026"],
         "bendahara", "Rahasia123", "Tanggal tidak valid"),
    ],
)  # fmt: skip
def test_bad_input_gives_one_line_and_writes_nothing(
    sqlite_url, cli, argv, user, password, message
):
    code, out, err = cli("--db", sqlite_url, *argv, user=user, password=password)
    assert code != 0
    assert message.lower() in _one_line(err).lower()
    code, out, _ = cli("--db", sqlite_url, "balance", "--fund", "BTT", "--json",
                       user="auditor", password="Rahasia123")  # fmt: skip
    assert json.loads(out)["balance"] == 0


def test_database_problems_are_refused_untouched(tmp_path, cli):
    text_file = tmp_path / "notes.db"
    text_file.write_text("bukan database")
    code, _, err = cli("--db", str(text_file), "init", "--admin", "admin", password="Rahasia123")
    assert code == 2
    assert "bukan database Tagana Desk" in _one_line(err)
    assert text_file.read_text() == "bukan database"

    code, _, err = cli("--db", str(tmp_path / "missing.db"), "balance", user="a", password="b")
    assert code == 2 and "tidak ditemukan" in _one_line(err)
    assert not (tmp_path / "missing.db").exists()

    code, _, err = cli("--db", str(tmp_path / "no" / "dir.db"), "verify", user="a", password="b")
    assert code == 2 and "Folder database tidak ada" in _one_line(err)


def test_newer_schema_is_refused(sqlite_url, cli):
    import sqlite3

    con = sqlite3.connect(
        sqlite_url.removeprefix("sqlite:///") if "://" in sqlite_url else sqlite_url
    )
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    before = Path(sqlite_url).read_bytes()
    for argv in (["migrate"], ["balance"], ["init", "--admin", "admin"]):
        code, _, err = cli("--db", sqlite_url, *argv, user="admin", password="Rahasia123")
        assert code == 2
        assert "versi Tagana Desk yang lebih baru" in _one_line(err)
    assert Path(sqlite_url).read_bytes() == before


def test_usage_errors_are_one_line(cli):
    with pytest.raises(SystemExit) as exc:
        cli("fund", "allocate", "--fund", "BTT")
    assert exc.value.code == 2


def test_main_py_and_console_script_are_the_same_program(sqlite_url, tmp_path):
    env = dict(os.environ, TAGANA_DESK_USER="auditor", TAGANA_DESK_PASSWORD="Rahasia123",
               TAGANA_DESK_HOME=str(tmp_path))  # fmt: skip
    a = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", sqlite_url, "balance",
                        "--json"], capture_output=True, text=True, env=env, timeout=60)  # fmt: skip
    b = subprocess.run([sys.executable, "-m", "tagana_desk", "--db", sqlite_url, "balance", "--json"],
                       capture_output=True, text=True, env=env, timeout=60)  # fmt: skip
    assert a.returncode == b.returncode == 0, (a.stderr, b.stderr)
    assert json.loads(a.stdout) == json.loads(b.stdout)
    bad = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", sqlite_url, "balance",
                          "--fund", "NOPE"], capture_output=True, text=True, env=env, timeout=60)  # fmt: skip
    assert bad.returncode == 1
    assert bad.stderr.strip().count("\n") == 0 and "Traceback" not in bad.stderr


def test_backup_writes_a_usable_copy(sqlite_url, tmp_path, cli):
    cli("--db", sqlite_url, "fund", "allocate", "--fund", "HONOR", "--amount", "2000000",
        "--ref", "DPA 2026", user="bendahara", password="Rahasia123")  # fmt: skip
    out_file = tmp_path / "copy.db"
    code, _, err = cli("--db", sqlite_url, "backup", "--out", str(out_file), user="admin",
                       password="Rahasia123")  # fmt: skip
    assert code == 0, err
    code, out, _ = cli("--db", str(out_file), "balance", "--fund", "HONOR", "--json",
                       user="auditor", password="Rahasia123")  # fmt: skip
    assert json.loads(out)["balance"] == 2_000_000


def test_incident_add(sqlite_url, cli):
    code, out, err = cli(
        "--db", sqlite_url, "incident", "add", "--type", "banjir", "--date", "2026-11-20",
        "--time", "14:30", "--desa", "3402082001", "--title", "Banjir Palbapang", "--json",
        user="operator", password="Rahasia123",
    )  # fmt: skip
    assert code == 0, err
    assert json.loads(out) == {"id": 1}
    code, _, err = cli(
        "--db", sqlite_url, "incident", "add", "--type", "tsunami", "--date", "2026-11-20",
        "--desa", "34.02.08.2001", "--title", "x", user="operator", password="Rahasia123",
    )  # fmt: skip
    assert code == 1 and "Jenis kejadian tidak dikenal" in _one_line(err)
    code, _, err = cli(
        "--db", sqlite_url, "incident", "add", "--type", "banjir", "--date", "2026-11-20",
        "--desa", "34.02.08.9999", "--title", "x", user="operator", password="Rahasia123",
    )  # fmt: skip
    assert code == 1 and "tidak ada di data Kemendagri" in _one_line(err)
    code, _, err = cli(
        "--db", sqlite_url, "incident", "add", "--type", "banjir", "--date", "2026-11-20",
        "--desa", "34.02.08.2001", "--title", "x", user="auditor", password="Rahasia123",
    )  # fmt: skip
    assert code == 3 and "tidak berwenang" in _one_line(err)


def test_restore_checks_the_file_and_keeps_the_old_database(sqlite_url, tmp_path, cli):
    from tagana_desk.paths import backup_dir

    cli("--db", sqlite_url, "fund", "allocate", "--fund", "BTT", "--amount", "1000000", "--ref", "SK 1",
        user="bendahara", password="Rahasia123")  # fmt: skip
    copy = tmp_path / "copy.db"
    assert (
        cli("--db", sqlite_url, "backup", "--out", str(copy), user="admin", password="Rahasia123")[
            0
        ]
        == 0
    )
    cli("--db", sqlite_url, "fund", "allocate", "--fund", "BTT", "--amount", "2000000", "--ref", "SK 2",
        user="bendahara", password="Rahasia123")  # fmt: skip
    # Not a Tagana database, a newer schema, a non-admin: refused, nothing replaced.
    junk = tmp_path / "junk.db"
    junk.write_text("x")
    code, _, err = cli(
        "--db", sqlite_url, "restore", str(junk), user="admin", password="Rahasia123"
    )
    assert code == 2 and "bukan database Tagana Desk" in _one_line(err)
    import shutil
    import sqlite3

    newer = tmp_path / "newer.db"
    shutil.copyfile(copy, newer)
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    code, _, err = cli(
        "--db", sqlite_url, "restore", str(newer), user="admin", password="Rahasia123"
    )
    assert code == 2 and "lebih baru" in _one_line(err)
    code, _, err = cli(
        "--db", sqlite_url, "restore", str(copy), user="bendahara", password="Rahasia123"
    )
    assert code == 3
    code, out, _ = cli("--db", sqlite_url, "balance", "--fund", "BTT", "--json", user="auditor",
                       password="Rahasia123")  # fmt: skip
    assert json.loads(out)["balance"] == 3_000_000
    before = set(backup_dir().glob("*pra-pemulihan*"))
    code, out, err = cli(
        "--db", sqlite_url, "restore", str(copy), "--json", user="admin", password="Rahasia123"
    )
    assert code == 0, err
    kept = Path(json.loads(out)["kept"])
    assert kept.exists() and kept not in before
    code, out, _ = cli("--db", sqlite_url, "balance", "--fund", "BTT", "--json", user="auditor",
                       password="Rahasia123")  # fmt: skip
    assert json.loads(out)["balance"] == 1_000_000
    code, out, _ = cli("--db", str(kept), "balance", "--fund", "BTT", "--json", user="auditor",
                       password="Rahasia123")  # fmt: skip
    assert json.loads(out)["balance"] == 3_000_000


def test_import_households_json(sqlite_url, tmp_path, cli):
    from openpyxl import Workbook

    from tests.support import make_kk, make_nik

    code, out, _ = cli("--db", sqlite_url, "incident", "add", "--type", "banjir", "--date", "2026-11-20",
                       "--desa", "34.02.08.2001", "--title", "Banjir", "--json", user="operator",
                       password="Rahasia123")  # fmt: skip
    incident = json.loads(out)["id"]
    wb = Workbook()
    ws = wb.active
    ws.append(["DAFTAR KK TERDAMPAK BANJIR"])
    ws.append(["NIK", "No. KK", "Nama KK", "Jml Jiwa"])
    ws.append([make_nik(serial=1), make_kk(1), "Suparman", 4])
    ws.append([3402081203750002, make_kk(2), "Paijo", 3])  # a number cell: 16th digit lost
    ws.append([make_nik(serial=1), make_kk(3), "Suparman lagi", 2])  # same NIK twice
    path = tmp_path / "desa.xlsx"
    wb.save(path)
    argv = [
        "--db",
        sqlite_url,
        "import-households",
        str(path),
        "--incident",
        str(incident),
        "--json",
    ]
    code, out, err = cli(*argv, "--dry-run", user="operator", password="Rahasia123")
    assert code == 0, err
    dry = json.loads(out)
    assert (dry["imported"], dry["rejected"], dry["duplicates"]) == (1, 1, 1)
    assert set(dry) >= {"imported", "rejected", "duplicates", "errors"}
    assert [(e["row"], e["column"]) for e in dry["errors"]] == [(4, "NIK"), (5, "NIK")]
    assert "15 digit" in dry["errors"][0]["message"]
    code, out, _ = cli(*argv, user="operator", password="Rahasia123")
    assert json.loads(out)["imported"] == 1
    code, out, _ = cli(*argv, user="operator", password="Rahasia123")  # again: all duplicates now
    again = json.loads(out)
    assert (again["imported"], again["duplicates"]) == (0, 2)


def test_import_dtks_marks_households(sqlite_url, tmp_path, cli):
    from tests.support import make_kk, make_nik

    code, out, _ = cli("--db", sqlite_url, "incident", "add", "--type", "banjir", "--date", "2026-11-20",
                       "--desa", "34.02.08.2001", "--title", "Banjir", "--json", user="operator",
                       password="Rahasia123")  # fmt: skip
    incident = json.loads(out)["id"]
    households = tmp_path / "kk.csv"
    households.write_text("NIK;No KK;Nama;Jml Jiwa\n" + "".join(
        f"{make_nik(serial=n)};{make_kk(n)};Warga {n};3\n" for n in (1, 2, 3)))  # fmt: skip
    assert cli("--db", sqlite_url, "import-households", str(households), "--incident", str(incident),
               user="operator", password="Rahasia123")[0] == 0  # fmt: skip
    extract = tmp_path / "dtsen.csv"
    extract.write_text(f"NIK,No KK\n{make_nik(serial=1)},\n3402080101010009,{make_kk(2)}\n12345,\n")
    code, out, err = cli("--db", sqlite_url, "import-dtks", str(extract), "--json", user="operator",
                         password="Rahasia123")  # fmt: skip
    assert code == 0, err
    data = json.loads(out)
    assert (
        data["entries_stored"],
        data["rejected"],
        data["households_in"],
        data["households_out"],
    ) == (2, 1, 2, 1)


def test_backup_is_for_admins_only(sqlite_url, tmp_path, cli):
    for role in ("operator", "bendahara", "kepala", "auditor"):
        out_file = tmp_path / f"{role}.db"
        code, _, err = cli("--db", sqlite_url, "backup", "--out", str(out_file), user=role,
                           password="Rahasia123")  # fmt: skip
        assert code == 3 and "tidak berwenang" in _one_line(err)
        assert not out_file.exists()
