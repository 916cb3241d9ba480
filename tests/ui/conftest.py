"""GUI fixtures: Qt settings in a temporary folder, a synchronous task runner, signed-in desks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from tagana_desk.ui.app import configure_application
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.main_window import MainWindow
from tagana_desk.ui.tasks import SyncTaskRunner
from tests.ui.screen import use_desk_screen

use_desk_screen()


@pytest.fixture(scope="session", autouse=True)
def _gui_application(qapp, tmp_path_factory):
    """The app as ``run_gui`` configures it, with QSettings kept out of the real profile."""
    folder = str(tmp_path_factory.mktemp("qsettings"))
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, folder)
    configure_application(qapp)
    return qapp


@pytest.fixture
def runner(qapp):
    """Tasks run at once on the test's thread: no waiting in GUI tests."""
    sync = SyncTaskRunner()
    yield sync
    sync.deleteLater()


@pytest.fixture
def desk(sqlite_db, sqlite_roles, runner):
    """``desk("bendahara")`` → a DeskContext signed in as that role's user."""

    def make(role: str) -> DeskContext:
        return DeskContext(sqlite_db, getattr(sqlite_roles, role), runner)

    return make


@pytest.fixture
def open_main_window(qtbot):
    """``open_main_window(ctx)`` → a shown MainWindow, closed after the test."""

    def make(ctx: DeskContext) -> MainWindow:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make
