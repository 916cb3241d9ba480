"""Browse the desktop app on a large database and measure what a person feels.

    .venv/bin/python -m tests.benchmarks.browse --db /tmp/tagana-bench-1000000.db

Opens the main window offscreen with the real threaded task runner, signed in as the auditor, and
walks the pages a desk uses: Beranda, Penerima (a NIK prefix and a name fragment), Penyaluran,
Kejadian (scrolled to fetch more rows), Dana, Laporan and Audit, after a second and a half on
Beranda (a person reads it before the first click). Prints one JSON line:

- ``first_rows_ms``: per table, from asking for the page/search until its first rows are in the
  model (what the person sees appear);
- ``max_stall_ms``: the longest the GUI thread did not run its event loop while browsing (after
  the window is up), measured by a 5 ms timer on the GUI thread (a stall is the gap minus the
  5 ms); ``open_stall_ms`` the same while the window is built and first shown;
- ``rss_mb``: peak resident memory of the process.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

TICK_MS = 5
WAIT_LIMIT_S = 120


class StallMeter:
    """The longest gap between ticks of a GUI-thread timer, minus the tick."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.last = 0
        self.worst: dict[str, float] = {}
        self.step = ""
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.clock.start()
        self.last = self.clock.elapsed()
        self.timer.start()

    def _tick(self) -> None:
        now = self.clock.elapsed()
        gap = now - self.last - TICK_MS
        if gap > self.worst.get(self.step, 0):
            self.worst[self.step] = gap
        self.last = now


def wait_until(app: QApplication, condition, what: str) -> float:
    """Run the event loop until ``condition()``; returns the milliseconds it took."""
    began = time.perf_counter()
    while not condition():
        app.processEvents()
        time.sleep(0.001)
        if time.perf_counter() - began > WAIT_LIMIT_S:
            raise SystemExit(f"timed out waiting for {what}")
    return (time.perf_counter() - began) * 1000


def settle(app: QApplication, seconds: float = 0.3) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--nik-prefix", default="340209")
    parser.add_argument("--name", default="SUPAR")
    args = parser.parse_args(argv)

    from sqlalchemy import select

    from tagana_desk.db.engine import open_database
    from tagana_desk.db.models import User
    from tagana_desk.services import users
    from tagana_desk.ui.app import _application, warm_up
    from tagana_desk.ui.context import DeskContext
    from tagana_desk.ui.main_window import MainWindow
    from tagana_desk.ui.tasks import TaskRunner

    app = _application()
    db = open_database(args.db)
    with db.read() as s:
        actor = users.actor_of(
            s.execute(select(User).where(User.username == "auditor")).scalar_one()
        )
    runner = TaskRunner(app)
    # What the app reads on a worker while the login dialog waits for the password.
    warm_up(runner)
    runner.wait_for_done(30_000)
    meter = StallMeter()
    first: dict[str, float] = {}
    meter.start()

    meter.step = "open"
    began = time.perf_counter()
    window = MainWindow(DeskContext(db, actor, runner))
    window.show()
    wait_until(app, lambda: window.dashboard_page.data is not None, "Beranda")
    first["beranda"] = (time.perf_counter() - began) * 1000
    # A person reads Beranda before the first click; meanwhile the desk imports the other
    # pages' modules (stalls counted in the "idle" step).
    meter.step = "idle"
    settle(app, 1.5)

    meter.step = "penerima"
    window.show_page(window.PENERIMA)
    panel = window.recipients_page.search
    for key, query in (("penerima_nik", args.nik_prefix), ("penerima_nama", args.name)):
        panel.model.reset(None, 0)
        panel.search_edit.setText(query)
        panel.search_now()
        first[key] = wait_until(app, lambda: panel.model.rowCount() > 0, key)
        for _ in range(3):  # scroll: fetch more
            panel.table.scrollToBottom()
            settle(app, 0.2)

    meter.step = "penyaluran"
    tab = window.payments_page.payment_tab
    began = time.perf_counter()
    window.show_page(window.PENYALURAN)
    wait_until(app, lambda: tab.model.rowCount() > 0, "Penyaluran")
    first["penyaluran"] = (time.perf_counter() - began) * 1000

    for name, index, page_model in (
        ("kejadian", window.KEJADIAN, lambda: window.incidents_page.model),
        ("dana", window.DANA, lambda: window.funds_page.model),
        ("audit", window.AUDIT, lambda: window.audit_page.model),
    ):
        meter.step = name
        began = time.perf_counter()
        window.show_page(index)
        wait_until(app, lambda m=page_model: m().rowCount() > 0, name)
        first[name] = (time.perf_counter() - began) * 1000
        table = window.page(index).table
        for _ in range(5):
            table.scrollToBottom()
            settle(app, 0.2)

    meter.step = "laporan"
    window.show_page(window.LAPORAN)
    settle(app, 2.0)
    meter.step = "beranda"
    window.show_page(window.BERANDA)
    settle(app, 1.0)
    runner.wait_for_done(60_000)
    settle(app, 0.2)
    out = {
        "first_rows_ms": {k: round(v, 1) for k, v in first.items()},
        # Building the window happens before the first paint; browsing is everything after.
        "open_stall_ms": meter.worst.get("open", 0),
        "max_stall_ms": max((v for k, v in meter.worst.items() if k != "open"), default=0),
        "stall_by_step_ms": meter.worst,
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    print(json.dumps(out), flush=True)
    window.deleteLater()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
