"""``run_gui(db, smoke=True)`` in a fresh process: the main window loads and says so."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from tests.ui.helpers import set_office_bantul

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import sys
from tagana_desk.db.engine import open_database
from tagana_desk.ui.app import run_gui
db = open_database(sys.argv[1])
code = run_gui(db, smoke=True)
db.dispose()
print(" ".join(sorted(sys.modules)), file=sys.stderr)
sys.exit(code)
"""

#: Imported when first used, never to open the main window on Beranda (startup time).
NOT_AT_START = {
    "lokal",  # the Kemendagri list: the office's kabupaten name is read from the database
    "tagana_desk.ui.login",
    "tagana_desk.ui.help",
    "tagana_desk.ui.dialogs.password",
    "tagana_desk.ui.dialogs.verify_receipt",
    "tagana_desk.ui.dialogs.restore_confirm",
}


def _smoke(url: str, tmp_path: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",  # plain: no configured virtual screen needed
        TAGANA_DESK_HOME=str(tmp_path / "home"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),  # QSettings stay out of the real profile
        PYTHONPATH=str(ROOT),
    )
    return subprocess.run(
        [sys.executable, "-c", SCRIPT, url],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_smoke_run_prints_ready_and_exits_zero(sqlite_url, tmp_path):
    proc = _smoke(sqlite_url, tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert re.fullmatch(r"ready in \d+ ms\n", proc.stdout), (proc.stdout, proc.stderr)


def test_beranda_opens_without_the_other_pages_code(sqlite_url, sqlite_db, sqlite_roles, tmp_path):
    set_office_bantul(sqlite_db, sqlite_roles)  # Beranda names the office's kabupaten
    proc = _smoke(sqlite_url, tmp_path)
    assert proc.returncode == 0, proc.stderr
    modules = set(proc.stderr.split())
    pages = {m for m in modules if m.startswith("tagana_desk.ui.pages.")}
    assert pages == {"tagana_desk.ui.pages.base", "tagana_desk.ui.pages.dashboard"}
    assert not NOT_AT_START & modules
