"""Starting the desktop app: the QApplication, the login, the main window (or a smoke run)."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog

from tagana_desk import APP_ID, APP_NAME, __version__
from tagana_desk.db.engine import Database
from tagana_desk.domain.enums import Role
from tagana_desk.paths import resources_dir
from tagana_desk.services.context import Actor
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.errors import install_excepthook
from tagana_desk.ui.i18n import install_indonesian
from tagana_desk.ui.login import LoginDialog
from tagana_desk.ui.main_window import MainWindow
from tagana_desk.ui.style import apply_style
from tagana_desk.ui.tasks import TaskRunner

ORGANIZATION = "Tagana Desk"
ORGANIZATION_DOMAIN = "tagana-desk.id"
#: A smoke run that has not loaded the dashboard by then has failed.
SMOKE_TIMEOUT_MS = 120_000
#: Who a smoke run acts as when none is given: read-only.
SMOKE_ACTOR = Actor(user_id=None, username="smoke", role=Role.AUDITOR)


def configure_application(app: QCoreApplication) -> None:
    """Names (so ``QSettings()`` finds our settings), language and look."""
    app.setOrganizationName(ORGANIZATION)
    app.setOrganizationDomain(ORGANIZATION_DOMAIN)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    if isinstance(app, QApplication):
        install_indonesian(app)
        apply_style(app)
        icon = resources_dir() / "icons" / "tagana-desk.svg"
        if icon.exists():
            app.setWindowIcon(QIcon(str(icon)))


def _application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    configure_application(app)
    return app


def run_gui(db: Database, *, smoke: bool = False, actor: Actor | None = None) -> int:
    """Run the desktop app on an open database; returns the exit code.

    ``smoke``: no login; open the main window as ``actor`` (default: a read-only auditor), load the
    dashboard through the task runner, print ``ready in N ms`` and exit 0.
    """
    started = time.perf_counter()
    app = _application()
    install_excepthook(fatal=smoke)
    runner = TaskRunner(app)
    if smoke:
        return _smoke(app, db, runner, actor or SMOKE_ACTOR, started)

    if actor is None:
        login = LoginDialog(db, runner)
        if login.exec() != QDialog.DialogCode.Accepted or login.actor is None:
            runner.wait_for_done(30_000)
            return 0
        actor = login.actor
    window = MainWindow(DeskContext(db, actor, runner))
    window.show()
    code = app.exec()
    runner.wait_for_done(30_000)
    return code


def _smoke(app: QApplication, db: Database, runner: TaskRunner, actor: Actor, started: float):
    window = MainWindow(DeskContext(db, actor, runner))
    outcome: dict[str, int] = {}

    def ready() -> None:
        if outcome:
            return
        elapsed = int((time.perf_counter() - started) * 1000)
        print(f"ready in {elapsed} ms", flush=True)
        outcome["code"] = 0
        app.exit(0)

    def failed(message: str) -> None:
        if outcome:
            return
        print(f"Galat: {message}", file=sys.stderr, flush=True)
        outcome["code"] = 1
        app.exit(1)

    window.dashboard_page.data_loaded.connect(ready)
    window.dashboard_page.data_failed.connect(failed)
    QTimer.singleShot(SMOKE_TIMEOUT_MS, lambda: failed("waktu habis memuat beranda"))
    window.show()
    # The threaded runner delivers results from the event loop, after these connections exist;
    # a runner that finished synchronously has already filled the page.
    if window.dashboard_page.data is not None:
        ready()
    code = app.exec() if not outcome else outcome["code"]
    runner.wait_for_done(30_000)
    # No window.close(): a smoke run leaves the saved window geometry alone.
    window.deleteLater()
    return outcome.get("code", code)
