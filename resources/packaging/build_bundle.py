"""Build the one-folder bundle dist/tagana-desk/ with PyInstaller, then prove it works.

Linux:    python3 resources/packaging/build_bundle.py
Windows:  py -3.11 resources\\packaging\\build_bundle.py

Steps: make (or reuse) the virtual environment, ``pip install -e .[bundle]``, compile the
translations (tagana_desk/i18n/*.ts -> resources/i18n/*.qm), run PyInstaller with
tagana-desk.spec, then run the bundle's own program on a fresh demo database: ``demo``,
``gui --smoke`` (offscreen; must print ``ready in N ms``), ``verify``, one receipt PDF and one LPJ.
Prints the build time and the bundle size; exits non-zero on any failure.
"""

from __future__ import annotations

import argparse
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPEC = Path(__file__).resolve().parent / "tagana-desk.spec"
WINDOWS = os.name == "nt"
BIN = "Scripts" if WINDOWS else "bin"
EXE = ".exe" if WINDOWS else ""


class BuildError(Exception):
    pass


def run(cmd: list[str | Path], *, env: dict[str, str] | None = None, timeout: float = 1800,
        cwd: Path = ROOT) -> str:  # fmt: skip
    """Run a command; its output on failure; stdout (with stderr) on success."""
    shown = " ".join(str(c) for c in cmd)
    print(f"$ {shown}", flush=True)
    try:
        proc = subprocess.run(
            [str(c) for c in cmd], cwd=cwd, env=env, timeout=timeout,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, encoding="utf-8",
            errors="replace",
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        raise BuildError(f"timed out after {timeout:.0f} s: {shown}") from None
    if proc.returncode != 0:
        tail = "\n".join(proc.stdout.splitlines()[-40:])
        raise BuildError(f"exit code {proc.returncode}: {shown}\n{tail}")
    return proc.stdout


def venv_python(venv: Path, *, install: bool) -> Path:
    python = venv / BIN / f"python{EXE}"
    if not python.exists():
        print(f"Creating the virtual environment {venv}", flush=True)
        run([sys.executable, "-m", "venv", venv])
    if install:
        run([python, "-m", "pip", "install", "--disable-pip-version-check", "-q", "-e",
             f"{ROOT}[bundle]"])  # fmt: skip
    return python


def compile_translations(venv: Path) -> list[Path]:
    """Every tagana_desk/i18n/X.ts -> resources/i18n/X.qm (the bundle ships the .qm files)."""
    sources = sorted((ROOT / "tagana_desk" / "i18n").glob("*.ts"))
    if not sources:
        print("No translations (tagana_desk/i18n/*.ts) to compile.", flush=True)
        return []
    lrelease = venv / BIN / f"pyside6-lrelease{EXE}"
    if not lrelease.exists():
        raise BuildError(f"{lrelease} not found (PySide6 is not installed in {venv})")
    out_dir = ROOT / "resources" / "i18n"
    out_dir.mkdir(parents=True, exist_ok=True)
    compiled = []
    for ts in sources:
        qm = out_dir / f"{ts.stem}.qm"
        run([lrelease, ts, "-qm", qm])
        if not qm.is_file() or qm.stat().st_size == 0:
            raise BuildError(f"pyside6-lrelease wrote no {qm}")
        compiled.append(qm)
    return compiled


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def _first(db: Path, sql: str) -> str:
    con = sqlite3.connect(db)
    try:
        row = con.execute(sql).fetchone()
    finally:
        con.close()
    if not row or row[0] is None:
        raise BuildError(f"the demo database has no answer to {sql!r}")
    return str(row[0])


def check_bundle(bundle: Path, households: int, translations: list[Path]) -> str:
    """Run the bundled program on a new demo database; returns the ``ready in N ms`` line."""
    program = bundle / f"tagana-desk{EXE}"
    if not program.is_file():
        raise BuildError(f"{program} was not built")
    if WINDOWS and not (bundle / "tagana-desk-gui.exe").is_file():
        raise BuildError(f"{bundle / 'tagana-desk-gui.exe'} was not built")
    internal = bundle / "_internal"
    for needed in ("migrations/env.py", "migrations/versions", "resources/icons/tagana-desk.svg"):
        if not (internal / needed).exists():
            raise BuildError(f"the bundle lacks {needed}")
    for qm in translations:
        if not (internal / "resources" / "i18n" / qm.name).is_file():
            raise BuildError(f"the bundle lacks resources/i18n/{qm.name}")

    with tempfile.TemporaryDirectory(prefix="tagana-bundle-check-") as tmp:
        tmp_path = Path(tmp)
        db = tmp_path / "demo.db"
        # Backups and logs of the check stay in the temporary folder, not the user's own.
        env = {k: v for k, v in os.environ.items() if not k.startswith("TAGANA_DESK_")}
        env.update(TAGANA_DESK_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen")
        # Run from the temporary folder: nothing may come from the repository beside it.
        out = run([program, "--version"], env=env, cwd=tmp_path)
        print(out.strip())
        run([program, "--db", db, "demo", "--households", str(households)], env=env,
            cwd=tmp_path, timeout=900)  # fmt: skip
        out = run([program, "--db", db, "gui", "--smoke"], env=env, cwd=tmp_path, timeout=300)
        ready = re.search(r"^ready in \d+ ms$", out, re.MULTILINE)
        if not ready:
            raise BuildError(f"gui --smoke printed no 'ready in N ms' line:\n{out}")

        signed = dict(env, TAGANA_DESK_USER="bendahara", TAGANA_DESK_PASSWORD="demo")
        out = run([program, "--db", db, "verify"], env=signed, cwd=tmp_path)
        if not out.startswith("OK"):
            raise BuildError(f"verify: {out}")
        number = _first(db, "SELECT number FROM receipt ORDER BY id LIMIT 1")
        pdf = tmp_path / "kuitansi.pdf"
        run([program, "--db", db, "receipt", number, "--out", pdf], env=signed, cwd=tmp_path)
        if not pdf.is_file() or not pdf.read_bytes().startswith(b"%PDF"):
            raise BuildError(f"receipt {number}: no PDF written")
        month = _first(db, "SELECT MAX(period) FROM closed_period")
        lpj = tmp_path / "lpj"
        run([program, "--db", db, "lpj", "--month", month, "--out", lpj], env=signed,
            cwd=tmp_path, timeout=600)  # fmt: skip
        written = sorted(p.suffix for p in lpj.iterdir())
        if ".pdf" not in written or ".xlsx" not in written or ".csv" not in written:
            raise BuildError(f"LPJ {month}: expected PDF, XLSX and CSV, got {written}")
        print(f"Receipt {number} and LPJ {month} ({', '.join(written)}) written by the bundle.")
        return ready.group(0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--venv", type=Path, default=ROOT / ".venv",
                        help="virtual environment to build from (made when missing; default .venv)")  # fmt: skip
    parser.add_argument("--dist", type=Path, default=ROOT / "dist",
                        help="where the bundle goes (default dist/, ignored by git)")  # fmt: skip
    parser.add_argument("--work", type=Path,
                        default=Path(tempfile.gettempdir()) / "tagana-desk-pyinstaller",
                        help="PyInstaller's build folder (default: outside the repository)")  # fmt: skip
    parser.add_argument("--no-install", action="store_true",
                        help="do not run pip install -e .[bundle] (the venv is already set up)")  # fmt: skip
    parser.add_argument("--no-check", action="store_true", help="build only, skip the checks")
    parser.add_argument("--households", type=int, default=200,
                        help="households in the demo database of the check (default 200)")  # fmt: skip
    args = parser.parse_args(argv)
    venv, dist, work = (p.resolve() for p in (args.venv, args.dist, args.work))
    try:
        python = venv_python(venv, install=not args.no_install)
        translations = compile_translations(venv)
        started = time.monotonic()
        run([python, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
             "--distpath", dist, "--workpath", work, SPEC], timeout=3600)  # fmt: skip
        build_s = time.monotonic() - started
        bundle = dist / "tagana-desk"
        size = folder_size(bundle)
        print(f"Built {bundle} in {build_s:.0f} s: {size / 2**20:.0f} MiB, "
              f"{sum(1 for _ in bundle.rglob('*'))} files.")  # fmt: skip
        if not args.no_check:
            ready = check_bundle(bundle, args.households, translations)
            print(f"Smoke: {ready}")
        print(f"Bundle OK: {bundle} ({size / 2**20:.0f} MiB, built in {build_s:.0f} s).")
    except BuildError as exc:
        print(f"BUILD FAILED: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
