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


PRELOAD_SCRIPT = """
import sys, time
from PySide6.QtWidgets import QApplication
from tagana_desk.db.engine import open_database
from tagana_desk.ui.app import _application
from tagana_desk.ui.app import SMOKE_ACTOR
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.main_window import MainWindow
from tagana_desk.ui.tasks import TaskRunner
app = _application()
db = open_database(sys.argv[1])
runner = TaskRunner(app)
window = MainWindow(DeskContext(db, SMOKE_ACTOR, runner))
window.show()
began = time.monotonic()
while not window.pages_preloaded and time.monotonic() - began < 60:
    app.processEvents()
    time.sleep(0.005)
loaded = set(sys.modules)
for i in range(window.nav.count()):
    window.show_page(i)
    app.processEvents()
runner.wait_for_done(30_000)
print(window.pages_preloaded)
print(" ".join(sorted(m for m in set(sys.modules) - loaded if m.startswith("tagana_desk"))))
window.deleteLater()
db.dispose()
"""


def test_idle_desk_imports_every_page_module_ahead_of_the_first_click(sqlite_url, tmp_path):
    """After Beranda has its figures, the other pages' modules are imported while the desk is
    idle: showing every page afterwards imports none of ours (the list is complete)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TAGANA_DESK_HOME=str(tmp_path / "home"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), PYTHONPATH=str(ROOT))  # fmt: skip
    proc = subprocess.run([sys.executable, "-c", PRELOAD_SCRIPT, sqlite_url], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    preloaded, imported_later = (proc.stdout.splitlines() + ["", ""])[:2]
    assert preloaded == "True", proc.stderr
    assert imported_later == "", imported_later
