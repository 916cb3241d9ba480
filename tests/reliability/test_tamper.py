"""Tampering with the database file behind the program's back, with Python's ``sqlite3``.

Each test edits a fresh copy of the demo database the way someone with the file (and no
program) could, then runs ``tagana-desk verify --json``: it must exit 1, say ``ok: false`` and
name what was changed (the audit sequence number, the receipt series, the month, the payment).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3

import pytest

from tagana_desk.services import audit
from tests.reliability.demo_db import demo_database, run_cli

pytestmark = pytest.mark.db


@pytest.fixture
def demo_file(sqlite_url):
    return str(demo_database(sqlite_url))


@contextlib.contextmanager
def tamper(path: str, *, foreign_keys: bool = True):
    """A plain sqlite3 connection on the file, committed at the end (the tamperer's tool)."""
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        con.execute("BEGIN IMMEDIATE")
        yield con
        con.execute("COMMIT")
    finally:
        con.close()


def _verify(monkeypatch, capsys, path: str, *, login_unrecorded: bool = False) -> dict:
    code, out, err = run_cli(monkeypatch, capsys, "--db", path, "verify", "--json", user="auditor")
    assert "Traceback" not in err, err
    assert code == 1, (code, out, err)
    report = json.loads(out)
    assert report["ok"] is False
    assert report["problems"], report
    lines = err.strip().splitlines()
    assert lines[-1] == f"Galat: verifikasi menemukan {len(report['problems'])} masalah.", err
    # A forged row holding the next audit number keeps the login from being recorded: verify
    # still runs (the password checked, nothing written) and says so on one line.
    warnings = [line for line in lines if line.startswith("Peringatan: login tidak dapat dicatat")]
    assert len(warnings) == (1 if login_unrecorded else 0), err
    assert len(lines) == 1 + len(warnings), err
    return report


def _problems_naming(report: dict, *words: str) -> list[str]:
    found = [p for p in report["problems"] if all(w in p for w in words)]
    assert found, (words, report["problems"])
    return found


def _last_seq(path: str) -> tuple[int, str]:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()
    finally:
        con.close()


def test_untouched_demo_verifies(monkeypatch, capsys, demo_file):
    """The baseline: without tampering the same command says ok (so the failures below are ours)."""
    code, out, err = run_cli(
        monkeypatch, capsys, "--db", demo_file, "verify", "--json", user="auditor"
    )
    assert code == 0, err
    report = json.loads(out)
    assert report["ok"] is True and report["problems"] == []
    assert report["checked"]["audit_events"] > 200 and report["checked"]["closed_months"] >= 6


# --- the audit log -----------------------------------------------------------------------------


def test_edited_audit_row(monkeypatch, capsys, demo_file):
    with tamper(demo_file) as con:
        seq, after = con.execute(
            'SELECT seq, "after" FROM audit_event WHERE "after" LIKE \'%amount%\' '
            "ORDER BY seq LIMIT 1 OFFSET 3"
        ).fetchone()
        forged = after.replace("0", "1", 1)
        assert forged != after
        con.execute('UPDATE audit_event SET "after" = ? WHERE seq = ?', (forged, seq))
    report = _verify(monkeypatch, capsys, demo_file)
    _problems_naming(report, f"Audit: isi peristiwa urutan {seq} ", "diubah")


def test_deleted_middle_audit_row(monkeypatch, capsys, demo_file):
    last, _ = _last_seq(demo_file)
    middle = last // 2
    with tamper(demo_file) as con:
        assert con.execute("DELETE FROM audit_event WHERE seq = ?", (middle,)).rowcount == 1
    report = _verify(monkeypatch, capsys, demo_file)
    _problems_naming(report, f"Audit: urutan {middle} hilang")
    _problems_naming(report, f"rantai terputus pada urutan {middle + 1} ")


def test_deleted_last_audit_row(monkeypatch, capsys, demo_file):
    last, _ = _last_seq(demo_file)
    with tamper(demo_file) as con:
        assert con.execute("DELETE FROM audit_event WHERE seq = ?", (last,)).rowcount == 1
    report = _verify(monkeypatch, capsys, demo_file)
    # verify's own login appends the next event after the hole, so the missing last event is
    # found either by the chain head or as a hole before the login event: both name its number.
    _problems_naming(report, f"urutan {last}")


def _forge(con: sqlite3.Connection, seq: int, prev_hash: str, digest: str | None) -> None:
    when = dt.datetime(2026, 1, 5, 3, 0, tzinfo=dt.UTC)
    if digest is None:  # the forger knows the algorithm and computes a right hash
        digest = audit.compute_hash(
            prev_hash, seq, when, "bendahara", "void", "receipt", "1", None, None, ""
        )
    con.execute(
        "INSERT INTO audit_event (seq, occurred_at, user_id, username, action, entity, entity_id,"
        ' "before", "after", reason, prev_hash, hash) VALUES (?, ?, NULL, ?, ?, ?, ?, NULL, NULL,'
        " '', ?, ?)",
        (seq, when.strftime("%Y-%m-%d %H:%M:%S.%f"), "bendahara", "void", "receipt", "1",
         prev_hash, digest),
    )  # fmt: skip


def test_forged_audit_row_with_a_made_up_hash(monkeypatch, capsys, demo_file):
    last, last_hash = _last_seq(demo_file)
    with tamper(demo_file) as con:
        _forge(con, last + 1, last_hash, "f" * 64)
    report = _verify(monkeypatch, capsys, demo_file, login_unrecorded=True)
    _problems_naming(report, f"Audit: isi peristiwa urutan {last + 1} ", "receipt 1) diubah")


def test_forged_audit_row_with_a_computed_hash(monkeypatch, capsys, demo_file):
    """Right hash, but the chain head (audit_head) still names the real last event."""
    last, last_hash = _last_seq(demo_file)
    with tamper(demo_file) as con:
        _forge(con, last + 1, last_hash, None)
    report = _verify(monkeypatch, capsys, demo_file, login_unrecorded=True)
    _problems_naming(report, f"urutan {last}", "kepala rantai")


# --- money ---------------------------------------------------------------------------------------


def _open_months(path: str) -> tuple[set[str], set[str]]:
    con = sqlite3.connect(path)
    try:
        closed = {
            r[0] for r in con.execute("SELECT period FROM closed_period WHERE status = 'closed'")
        }
        months = {
            r[0] for r in con.execute("SELECT DISTINCT substr(entry_date, 1, 7) FROM ledger_entry")
        }
    finally:
        con.close()
    return closed, months - closed


def test_edited_ledger_amount(monkeypatch, capsys, demo_file):
    """A stipend payment of a month that is still open, made Rp50.000 bigger in the BKU."""
    _closed, open_months = _open_months(demo_file)
    marks = ",".join("?" * len(open_months))
    with tamper(demo_file) as con:
        entry_id, payment_id, amount = con.execute(
            "SELECT id, stipend_payment_id, amount FROM ledger_entry WHERE kind = 'stipend' "
            f"AND substr(entry_date, 1, 7) IN ({marks}) ORDER BY id DESC LIMIT 1",
            sorted(open_months),
        ).fetchone()
        con.execute("UPDATE ledger_entry SET amount = ? WHERE id = ?", (amount - 50_000, entry_id))
    report = _verify(monkeypatch, capsys, demo_file)
    _problems_naming(report, f"Honor #{payment_id} (", "buku kas mencatat")
    assert not [p for p in report["problems"] if "sudah ditutup" in p], report


def test_edited_closed_month_ledger_entry(monkeypatch, capsys, demo_file):
    """An aid payment in a month whose LPJ was made and which was closed."""
    closed, _open = _open_months(demo_file)
    marks = ",".join("?" * len(closed))
    with tamper(demo_file) as con:
        entry_id, disbursement_id, month, amount = con.execute(
            "SELECT id, disbursement_id, substr(entry_date, 1, 7), amount FROM ledger_entry "
            f"WHERE kind = 'disbursement' AND substr(entry_date, 1, 7) IN ({marks}) "
            "ORDER BY id LIMIT 1",
            sorted(closed),
        ).fetchone()
        con.execute("UPDATE ledger_entry SET amount = ? WHERE id = ?", (amount + 1, entry_id))
    report = _verify(monkeypatch, capsys, demo_file)
    _problems_naming(report, f"Bulan {month} sudah ditutup", "buku kasnya berubah")
    _problems_naming(report, f"Penyaluran #{disbursement_id} (", "buku kas mencatat")


def _receipt_series(path: str, fund: str) -> tuple[int, int, int]:
    con = sqlite3.connect(path)
    try:
        return con.execute(
            "SELECT r.year, COUNT(*), MAX(r.seq) FROM receipt r JOIN fund f ON f.id = r.fund_id "
            "WHERE f.code = ? GROUP BY r.year ORDER BY COUNT(*) DESC LIMIT 1",
            (fund,),
        ).fetchone()
    finally:
        con.close()


def test_deleted_receipt_in_the_middle(monkeypatch, capsys, demo_file):
    year, count, high = _receipt_series(demo_file, "BTT")
    with tamper(demo_file, foreign_keys=False) as con:
        deleted = con.execute(
            "DELETE FROM receipt WHERE seq = ? AND year = ? AND fund_id = "
            "(SELECT id FROM fund WHERE code = 'BTT')",
            (high // 2, year),
        ).rowcount
        assert deleted == 1
    report = _verify(monkeypatch, capsys, demo_file)
    _problems_naming(report, f"Kuitansi BTT/{year}: nomor tidak urut tanpa celah",
                     f"{count - 1} kuitansi", f"1–{high}")  # fmt: skip


def test_deleted_last_receipt(monkeypatch, capsys, demo_file):
    year, _count, high = _receipt_series(demo_file, "BTT")
    with tamper(demo_file, foreign_keys=False) as con:
        deleted = con.execute(
            "DELETE FROM receipt WHERE seq = ? AND year = ? AND fund_id = "
            "(SELECT id FROM fund WHERE code = 'BTT')",
            (high, year),
        ).rowcount
        assert deleted == 1
    report = _verify(monkeypatch, capsys, demo_file)
    _problems_naming(report, f"Kuitansi BTT/{year}: penomoran mencatat {high}",
                     f"kuitansi terakhir {high - 1}")  # fmt: skip


def test_forged_audit_row_does_not_open_verify_to_a_wrong_password(monkeypatch, capsys, demo_file):
    """verify's unrecorded login (above) still checks the password."""
    last, last_hash = _last_seq(demo_file)
    with tamper(demo_file) as con:
        _forge(con, last + 1, last_hash, None)
    code, out, err = run_cli(monkeypatch, capsys, "--db", demo_file, "verify", "--json",
                             user="auditor", password="salah-sandi")  # fmt: skip
    assert code == 3, err
    assert out == ""
    assert err.strip().splitlines()[-1].startswith("Galat: Nama pengguna atau kata sandi salah"), (
        err
    )
