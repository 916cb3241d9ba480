"""``run_gui(db, smoke=True)`` in a fresh process: the main window loads and says so."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import sys
from tagana_desk.db.engine import open_database
from tagana_desk.ui.app import run_gui
db = open_database(sys.argv[1])
code = run_gui(db, smoke=True)
db.dispose()
sys.exit(code)
"""


def test_smoke_run_prints_ready_and_exits_zero(sqlite_url, tmp_path):
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",  # plain: no configured virtual screen needed
        TAGANA_DESK_HOME=str(tmp_path / "home"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),  # QSettings stay out of the real profile
        PYTHONPATH=str(ROOT),
    )
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT, sqlite_url],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert re.fullmatch(r"ready in \d+ ms\n", proc.stdout), (proc.stdout, proc.stderr)
