"""Beranda and Laporan read the database on worker threads, never on the GUI thread."""

from __future__ import annotations

import threading

import pytest

from tagana_desk.services import dashboard, lpj, periods
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.pages.dashboard import DashboardPage
from tagana_desk.ui.pages.reports import ReportsPage
from tagana_desk.ui.tasks import TaskRunner
from tests.ui.month_data import TODAY, build_two_months


@pytest.fixture
def threaded(qapp):
    runner = TaskRunner()
    yield runner
    runner.wait_for_done(10_000)
    runner.deleteLater()


def _record_threads(monkeypatch, module, name: str, seen: list[str]) -> None:
    original = getattr(module, name)

    def wrapped(*args, **kwargs):
        seen.append(threading.current_thread().name)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, wrapped)


def test_pages_load_on_worker_threads(
    qtbot, sqlite_db, sqlite_roles, threaded, monkeypatch, tmp_path
):
    build_two_months(sqlite_db, sqlite_roles)
    seen: list[str] = []
    for module, name in (
        (dashboard, "load"), (periods, "month_states"), (lpj, "summary"), (lpj, "record"),
    ):  # fmt: skip
        _record_threads(monkeypatch, module, name, seen)
    ctx = DeskContext(sqlite_db, sqlite_roles.bendahara, threaded)

    beranda = DashboardPage(ctx)
    qtbot.addWidget(beranda)
    beranda.today = lambda: TODAY
    assert beranda.cards["paid"].value.text() == "…"
    with qtbot.waitSignal(beranda.data_loaded, timeout=10_000):
        beranda.load()
    assert beranda.cards["paid"].value.text() == "Rp2.275.000"

    laporan = ReportsPage(ctx)
    qtbot.addWidget(laporan)
    laporan.today = lambda: TODAY
    assert laporan.month_title.text() == "Memuat…"
    with qtbot.waitSignal(laporan.data_loaded, timeout=10_000):
        laporan.load()
    assert laporan.month_title.text() == "Oktober 2026"
    with qtbot.waitSignal(laporan.lpj_saved, timeout=30_000):
        laporan.save_lpj_to(tmp_path / "lpj")
    assert len(list((tmp_path / "lpj").iterdir())) == 4

    assert len(seen) >= 5
    assert threading.main_thread().name not in seen
