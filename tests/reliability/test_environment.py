"""A hostile environment: a database locked by another program, a full disk, a cp1252 CSV, a
folder that cannot be written, a database this user may only read, a PostgreSQL server that is
not there.

Every failure is one ``Galat:`` line (no traceback, not the "unexpected error" exit code 70) and
leaves nothing half-done: no row written, no partial file under the real name or beside it.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest

from tagana_desk.cli import EXIT_UNEXPECTED
from tests.reliability.demo_db import PASSWORD, demo_database, one_error_line, run_cli

pytestmark = pytest.mark.db


@pytest.fixture
def demo_file(sqlite_url) -> str:
    return str(demo_database(sqlite_url))


def _counts(path: str) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        return {
            table: con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            for table in ("audit_event", "ledger_entry", "fund_allocation", "lpj_report")
        }
    finally:
        con.close()


def _print_count(path: str, number: str) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute(
            "SELECT print_count FROM receipt WHERE number = ?", (number,)
        ).fetchone()[0]
    finally:
        con.close()


# --- a database locked by another program ---------------------------------------------------

_LOCKER = """
import sqlite3, sys, time
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
hold = float(sys.argv[2])
if hold < 0:
    sys.stdin.readline()  # until the test says so
else:
    time.sleep(hold)
con.execute("ROLLBACK")
con.close()
print("released", flush=True)
"""


@contextlib.contextmanager
def _locked(path: str, hold: float):
    """Another process holding ``BEGIN EXCLUSIVE`` on the file (``hold`` < 0: until released)."""
    proc = subprocess.Popen(
        [sys.executable, "-c", _LOCKER, path, str(hold)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert proc.stdout.readline().strip() == "locked"
        yield proc
    finally:
        if proc.poll() is None and hold < 0:
            with contextlib.suppress(OSError):
                proc.stdin.write("\n")
                proc.stdin.flush()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


ALLOCATE = ("fund", "allocate", "--fund", "BTT", "--amount", "1500000", "--ref", "SK uji kunci",
            "--json")  # fmt: skip


def test_lock_held_longer_than_the_busy_timeout(monkeypatch, capsys, demo_file):
    monkeypatch.setattr("tagana_desk.db.engine.SQLITE_BUSY_TIMEOUT_S", 1)
    before = _counts(demo_file)
    with _locked(demo_file, hold=-1):
        started = time.monotonic()
        code, out, err = run_cli(monkeypatch, capsys, "--db", demo_file, *ALLOCATE,
                                 user="bendahara")  # fmt: skip
        waited = time.monotonic() - started
    assert code == 2, (code, out, err)
    assert code != EXIT_UNEXPECTED and out == ""
    line = one_error_line(err)
    assert "database tidak dapat dipakai" in line and "locked" in line, line
    assert 0.9 <= waited < 10, waited  # it waited for the (lowered) busy timeout, not 30 s
    assert _counts(demo_file) == before  # nothing written, not even the login


def test_lock_held_shorter_than_the_busy_timeout_is_waited_out(monkeypatch, capsys, demo_file):
    """The other program lets go 0.4 s after the command's first write began: it waits."""
    from tagana_desk.db.engine import Database

    monkeypatch.setattr("tagana_desk.db.engine.SQLITE_BUSY_TIMEOUT_S", 1)
    before = _counts(demo_file)
    real_write = Database.write
    first_write: list[float] = []

    with _locked(demo_file, hold=-1) as locker:

        def release() -> None:
            locker.stdin.write("\n")
            locker.stdin.flush()

        def write(self):
            if not first_write:  # the lock is certainly held now: release it a little later
                first_write.append(time.monotonic())
                threading.Timer(0.4, release).start()
            return real_write(self)

        monkeypatch.setattr(Database, "write", write)
        code, out, err = run_cli(monkeypatch, capsys, "--db", demo_file, *ALLOCATE,
                                 user="bendahara")  # fmt: skip
        waited = time.monotonic() - first_write[0]
        assert locker.wait(timeout=10) == 0
    assert code == 0, err
    assert 0.35 <= waited < 1.5, waited  # it did wait for the lock, and not for the timeout
    assert json.loads(out)["amount"] == 1_500_000
    after = _counts(demo_file)
    assert after["fund_allocation"] == before["fund_allocation"] + 1
    assert after["ledger_entry"] == before["ledger_entry"] + 1


# --- a full disk ------------------------------------------------------------------------------


class _DiskFull(io.RawIOBase):
    """A file that takes ``room`` bytes and then fails like a full disk."""

    def __init__(self, raw: io.FileIO, room: int) -> None:
        self.raw, self.room = raw, room

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        if self.room <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        taken = self.raw.write(bytes(data[: self.room]))
        self.room -= taken
        return taken

    def close(self) -> None:
        self.raw.close()
        super().close()


def _fill_disk(monkeypatch, room: int = 4096) -> None:
    """The report writers' temporary files (beside the target) run out of space after ``room``."""
    # lpj_writer binds receipt_pdf's _temp_beside when it is imported: import it (and take the
    # originals) before anything is patched, or the undo would put a patched function back.
    from tagana_desk.reports import lpj_writer, receipt_pdf, stipend_list_pdf

    def full(original):
        def temp_beside(target: Path):
            tmp, stream = original(target)
            raw = stream.detach()
            return tmp, io.BufferedWriter(_DiskFull(raw, room), buffer_size=1024)

        return temp_beside

    for module in (lpj_writer, receipt_pdf, stipend_list_pdf):
        monkeypatch.setattr(module, "_temp_beside", full(module._temp_beside))


def _disk_full_line(err: str) -> str:
    line = one_error_line(err)
    assert "penuh" in line, line  # "disk penuh": said in Indonesian, not errno's English
    assert "kesalahan tak terduga" not in line and "Errno" not in line, line
    return line


def _a_receipt(path: str) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute(
            "SELECT number FROM receipt WHERE kind = 'in_kind' ORDER BY id LIMIT 1"
        ).fetchone()[0]
    finally:
        con.close()


def test_full_disk_receipt(monkeypatch, capsys, demo_file, tmp_path):
    number = _a_receipt(demo_file)
    prints = _print_count(demo_file, number)
    folder = tmp_path / "cetak"
    folder.mkdir()
    old = folder / "kuitansi.pdf"
    old.write_bytes(b"%PDF-1.4 the earlier print\n")
    _fill_disk(monkeypatch)
    code, out, err = run_cli(monkeypatch, capsys, "--db", demo_file, "receipt", number, "--out",
                             str(old), "--json", user="bendahara")  # fmt: skip
    assert code not in (0, EXIT_UNEXPECTED), err
    assert "kuitansi.pdf" in _disk_full_line(err)
    assert [p.name for p in folder.iterdir()] == ["kuitansi.pdf"]  # no .part left beside it
    assert old.read_bytes() == b"%PDF-1.4 the earlier print\n"  # the earlier file untouched
    assert _print_count(demo_file, number) == prints  # not counted as printed


def test_full_disk_lpj(monkeypatch, capsys, demo_file, tmp_path):
    before = _counts(demo_file)
    con = sqlite3.connect(demo_file)
    (month,) = con.execute("SELECT MAX(period) FROM closed_period").fetchone()
    con.close()
    folder = tmp_path / "lpj"
    _fill_disk(monkeypatch)
    code, out, err = run_cli(monkeypatch, capsys, "--db", demo_file, "lpj", "--month", month,
                             "--out", str(folder), "--json", user="bendahara")  # fmt: skip
    assert code not in (0, EXIT_UNEXPECTED), err
    _disk_full_line(err)
    assert list(folder.iterdir()) == []  # none of the four files, no temporary file
    after = _counts(demo_file)
    assert after["lpj_report"] == before["lpj_report"]  # not recorded as produced


def test_full_disk_stipend_list(monkeypatch, capsys, demo_file, tmp_path):
    con = sqlite3.connect(demo_file)
    (month,) = con.execute("SELECT MAX(period) FROM stipend_payment").fetchone()
    con.close()
    _fill_disk(monkeypatch)
    folder = tmp_path / "honor"
    folder.mkdir()
    target = folder / "honor.pdf"
    code, out, err = run_cli(monkeypatch, capsys, "--db", demo_file, "stipends", "list",
                             "--month", month, "--out", str(target), "--json", user="bendahara")  # fmt: skip
    assert code not in (0, EXIT_UNEXPECTED), err
    assert "honor.pdf" in _disk_full_line(err)
    assert list(folder.iterdir()) == []


# --- a list saved by Excel on Windows (cp1252) ---------------------------------------------------


def test_cp1252_csv_imports_with_names_read_correctly(monkeypatch, capsys, demo_file, tmp_path):
    code, out, err = run_cli(monkeypatch, capsys, "--db", demo_file, "incident", "add", "--type",
                             "banjir", "--date", time.strftime("%Y-%m-%d"), "--desa",
                             "34.02.01.2002", "--title", "Banjir uji cp1252", "--json",
                             user="operator")  # fmt: skip
    assert code == 0, err
    incident = json.loads(out)["id"]
    names = ["Sukardi Ö", "José Parmin", "Ngatini ‘Bu Tini’", "Wagiyem – Mbok Yem", "Dœl Šukri"]
    lines = ["NIK;No KK;Nama Kepala Keluarga;Jumlah Jiwa;Dusun"]
    for i, name in enumerate(names, start=1):
        lines.append(f"340201120375{9000 + i};340201010110{9000 + i};{name};{i + 1};Kauman")
    path = tmp_path / "daftar-kk.csv"
    data = ("\r\n".join(lines) + "\r\n").encode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # really not UTF-8
    path.write_bytes(data)
    code, out, err = run_cli(monkeypatch, capsys, "--db", demo_file, "import-households",
                             str(path), "--incident", str(incident), "--json", user="operator")  # fmt: skip
    assert code == 0, err
    report = json.loads(out)
    assert (report["imported"], report["rejected"], report["errors"]) == (len(names), 0, [])
    con = sqlite3.connect(demo_file)
    try:
        stored = [r[0] for r in con.execute(
            "SELECT head_name FROM household WHERE incident_id = ? ORDER BY nik", (incident,)
        )]  # fmt: skip
    finally:
        con.close()
    assert stored == names


# --- a folder that cannot be written ---------------------------------------------------------------


def _unwritable_commands(demo_file: str, folder: Path) -> list[tuple[str, ...]]:
    con = sqlite3.connect(demo_file)
    try:
        (month,) = con.execute("SELECT MAX(period) FROM stipend_payment").fetchone()
        (number,) = con.execute("SELECT number FROM receipt ORDER BY id LIMIT 1").fetchone()
    finally:
        con.close()
    return [
        ("receipt", number, "--out", str(folder / "k.pdf"), "--json"),
        ("stipends", "list", "--month", month, "--out", str(folder / "h.pdf"), "--json"),
        ("lpj", "--month", month, "--out", str(folder), "--json"),
    ]


def _refused_cleanly(monkeypatch, capsys, demo_file: str, folder: Path) -> None:
    before = _counts(demo_file)
    for argv in _unwritable_commands(demo_file, folder):
        code, out, err = run_cli(monkeypatch, capsys, "--db", demo_file, *argv, user="bendahara")
        assert code not in (0, EXIT_UNEXPECTED), (argv, err)
        line = one_error_line(err)
        assert "Tidak dapat menulis" in line or "tidak dapat" in line.lower(), (argv, line)
        assert str(folder) in line, (argv, line)
    assert list(folder.iterdir()) == []
    assert _counts(demo_file)["lpj_report"] == before["lpj_report"]


def test_read_only_output_folder(monkeypatch, capsys, demo_file, tmp_path):
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        pytest.skip("berjalan sebagai root: izin folder tidak berlaku (root tetap bisa menulis)")
    folder = tmp_path / "hanya-baca"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("sistem berkas ini tidak menegakkan izin folder")
        _refused_cleanly(monkeypatch, capsys, demo_file, folder)
    finally:
        folder.chmod(0o755)


def test_unwritable_output_folder_simulated(monkeypatch, capsys, demo_file, tmp_path):
    """The same refusal where permissions cannot be tested (root): creating a file there fails
    with EACCES, as on a read-only share or a folder of another user."""
    folder = tmp_path / "terkunci"
    folder.mkdir()
    real_open = os.open

    def guarded_open(path, flags, *args, **kwargs):
        if Path(path).parent == folder and flags & os.O_CREAT:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", guarded_open)
    _refused_cleanly(monkeypatch, capsys, demo_file, folder)


# --- a database this user may only read ---------------------------------------------------------

REPO = Path(__file__).resolve().parents[2]
NOBODY = 65534
#: ``python -I -S -c`` this: the venv's packages (and the editable checkout) by explicit paths, so
#: the same command works with the venv's interpreter or, for another user, with a public one.
_CLI = (
    "import site, sys; site.addsitedir(sys.argv.pop(1)); sys.path.insert(0, sys.argv.pop(1)); "
    "from tagana_desk.cli import main; sys.exit(main(sys.argv[1:]))"
)
_PROBE = (
    "import site, sys; site.addsitedir(sys.argv[1]); sys.path.insert(0, sys.argv[2]); "
    "import argon2, sqlalchemy, tagana_desk.cli; print('%d.%d' % sys.version_info[:2])"
)


def _site_packages() -> str:
    """Where this run's packages are installed (the venv's site-packages)."""
    import sqlalchemy

    return str(Path(sqlalchemy.__file__).resolve().parent.parent)


def _as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def _interpreter_for_nobody() -> tuple[str | None, str]:
    """A Python that user 65534 can run with this venv's packages, or None and why not.

    The venv's own interpreter first. A venv made from a Python under root's 0700 home (pyenv)
    cannot be run by another user: then the same minor version from a public place, which loads
    the same compiled packages (one ABI per minor version); the probe proves the imports work.
    """
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    site_dir = _site_packages()
    candidates = dict.fromkeys(
        [sys.executable, f"/usr/bin/python{version}", f"/usr/local/bin/python{version}"]
    )
    why = "no interpreter found"
    for python in candidates:
        if not Path(python).exists():
            continue
        try:
            probe = subprocess.run(
                [python, "-I", "-S", "-c", _PROBE, site_dir, str(REPO)], cwd="/",
                user=NOBODY, group=NOBODY, extra_groups=[], capture_output=True, text=True,
                timeout=60,
            )  # fmt: skip
        except OSError as exc:  # the interpreter itself cannot be run by that user
            why = f"{python}: {exc}"
            continue
        if probe.returncode == 0 and probe.stdout.strip() == version:
            return python, ""
        why = f"{python}: " + (probe.stderr.strip().splitlines() or [probe.stdout.strip()])[-1]
    return None, why


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def read_only_copy(demo_file):
    """The demo database copied into a folder this user (or, as root, user 65534) may only read:
    (path, how to run the CLI on it, its environment)."""
    con = sqlite3.connect(demo_file)
    try:
        (number,) = con.execute("SELECT number FROM receipt ORDER BY id LIMIT 1").fetchone()
    finally:
        con.close()
    folder = Path(tempfile.mkdtemp(prefix="tagana-ro-"))  # /tmp: reachable for another user
    home = Path(tempfile.mkdtemp(prefix="tagana-ro-home-"))
    db = folder / "tagana.db"
    shutil.copyfile(demo_file, db)  # the demo's -wal was checkpointed into it: no -wal, no -shm
    site_dir = _site_packages()
    if _as_root():
        python, why = _interpreter_for_nobody()
        if python is None:
            shutil.rmtree(folder)
            shutil.rmtree(home)
            pytest.skip(
                "as root the read-only test runs the CLI as user 65534, who cannot run this "
                f"venv or read the repository (e.g. under a 0700 home): {why}"
            )
        os.chown(home, NOBODY, NOBODY)
        run_as = {"user": NOBODY, "group": NOBODY, "extra_groups": []}
        db.chmod(0o644)  # root's file in root's folder: readable, not writable, for 65534
        folder.chmod(0o755)
    else:
        python, run_as = sys.executable, {}
        db.chmod(0o444)
        folder.chmod(0o555)
    home.chmod(0o755)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home), "LANG": "C.UTF-8",
        "TAGANA_DESK_HOME": str(home), "TAGANA_DESK_PASSWORD": PASSWORD,
    }  # fmt: skip

    def run(*argv: str, user: str = "bendahara") -> subprocess.CompletedProcess:
        return subprocess.run(
            [python, "-I", "-S", "-c", _CLI, site_dir, str(REPO), "--db", str(db), *argv],
            env={**env, "TAGANA_DESK_USER": user}, cwd=home, capture_output=True, text=True,
            timeout=120, **run_as,
        )  # fmt: skip

    try:
        if not _as_root() and os.access(db, os.W_OK):
            pytest.skip("this file system does not enforce file permissions")
        yield db, run, number, home
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder, ignore_errors=True)
        shutil.rmtree(home, ignore_errors=True)


def test_read_only_database(read_only_copy):
    """Writes are refused in one line before anything is done; reads work; the file is unchanged.

    A WAL database needs its -shm index beside it, which SQLite cannot create in a folder this
    user may only read: the engine opens such a file ``immutable`` (read-only) instead of crashing
    on the first query with "attempt to write a readonly database".
    """
    db, run, number, home = read_only_copy
    before = _sha256(db)

    done = run(*ALLOCATE)
    assert done.returncode not in (0, EXIT_UNEXPECTED), done
    assert done.stdout == ""
    line = one_error_line(done.stderr)
    assert line.startswith("Galat: Database hanya-baca: ") and str(db) in line, line

    pdf = home / "kuitansi.pdf"
    done = run("receipt", number, "--out", str(pdf))  # counts the print: a write
    assert done.returncode not in (0, EXIT_UNEXPECTED), done
    assert "hanya-baca" in one_error_line(done.stderr)
    assert not pdf.exists()  # refused before the PDF was written

    done = run("balance", "--json")
    assert done.returncode == 0, done.stderr
    funds = {row["fund"]: row for row in json.loads(done.stdout)["funds"]}
    assert funds["BTT"]["balance"] > 0 and funds["HONOR"]["balance"] > 0
    assert "Traceback" not in done.stderr
    warning = [ln for ln in done.stderr.splitlines() if ln.strip()]
    assert len(warning) == 1 and warning[0].startswith("Peringatan: database hanya-baca"), warning

    done = run("verify", user="auditor")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("OK: tidak ada masalah"), done.stdout

    done = run("balance", user="bendahara-palsu")  # a wrong user is still refused
    assert done.returncode not in (0, EXIT_UNEXPECTED)
    assert one_error_line(done.stderr).startswith("Galat: ")

    assert _sha256(db) == before
    assert sorted(p.name for p in db.parent.iterdir()) == [db.name]  # no -wal, -shm or journal
    assert not list(home.glob("backups/*"))  # no daily backup of a file nobody can change


# --- a PostgreSQL server that is not there ------------------------------------------------------


@pytest.mark.parametrize("argv", [("verify", "--json"), ALLOCATE], ids=["verify", "allocate"])
def test_postgresql_server_down(monkeypatch, capsys, argv):
    url = "postgresql+psycopg://x:y@127.0.0.1:1/none"
    started = time.monotonic()
    code, out, err = run_cli(monkeypatch, capsys, "--db", url, *argv, user="bendahara")
    took = time.monotonic() - started
    assert code == 2, (code, err)
    assert out == ""
    line = one_error_line(err)
    assert line.startswith("Galat: database tidak dapat dipakai ("), line
    assert "127.0.0.1" in line and "y@" not in line, line  # names the server, not the password
    assert took < 5, took
