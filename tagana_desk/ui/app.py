"""Starting the desktop app: the QApplication, the login, the main window (or a smoke run)."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from tagana_desk import APP_ID, APP_NAME, __version__
from tagana_desk.db.engine import Database
from tagana_desk.domain.enums import Role
from tagana_desk.services.context import Actor
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.errors import install_excepthook, show_error
from tagana_desk.ui.i18n import install_language, saved_language
from tagana_desk.ui.icons import app_icon
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
        install_language(app, saved_language())
        apply_style(app)
        # Every window (login, main window, dialogs) carries the program's icon, drawn for
        # small sizes from its own simpler SVG (tagana_desk.ui.icons.app_icon).
        app.setWindowIcon(app_icon())


def _application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    configure_application(app)
    return app


def run_gui(
    db: Database, *, smoke: bool = False, actor: Actor | None = None, first_run: bool = False
) -> int:
    """Run the desktop app on an open database; returns the exit code.

    ``smoke``: no login; open the main window as ``actor`` (default: a read-only auditor), load the
    dashboard through the task runner, print ``ready in N ms`` and exit 0.
    ``first_run``: the database has no users yet; the first-run wizard comes instead of the login.
    It ends signed in as the new admin, or at the login of the demo database.
    """
    started = time.perf_counter()
    app = _application()
    install_excepthook(fatal=smoke)
    runner = TaskRunner(app)
    if smoke:
        return _smoke(app, db, runner, actor or SMOKE_ACTOR, started)
    if not first_run:
        start_daily_backup(db, runner)
    warm_up(runner)

    if first_run and actor is None:
        from tagana_desk.ui.first_run import FirstRunWizard

        wizard = FirstRunWizard(db, runner)
        if wizard.exec() != QDialog.DialogCode.Accepted:
            runner.wait_for_done(30_000)
            return 0
        if wizard.demo_database is not None:
            demo_db = wizard.demo_database
            try:
                return _desk(app, demo_db, runner, None, hint=wizard.demo_hint(), user="admin")
            finally:
                demo_db.dispose()
        actor = wizard.actor
    return _desk(app, db, runner, actor)


def warm_up(runner: TaskRunner) -> None:
    """Read what the first pages need (the Kemendagri code list) while the person signs in."""
    from tagana_desk.domain import regions

    runner.submit(regions.load)


def start_daily_backup(db: Database, runner: TaskRunner) -> None:
    """The first open of the day copies the SQLite file to the backups folder (keeps 14).

    On the task runner, while the person signs in and works: a large database takes seconds to
    copy and must not hold the window back. The copy is written under a temporary name and
    renamed when complete. A failure does not stop the desk; it is said in a warning.
    """
    if db.path is None or db.read_only:
        return
    from tagana_desk.db.backup import daily_backup
    from tagana_desk.paths import backup_dir

    # A failure is said the way every failed task is (ui.errors); the desk goes on.
    runner.submit(daily_backup, db.path, backup_dir(),
                  on_error=lambda exc: show_error(QApplication.activeWindow(), exc))  # fmt: skip


def _desk(
    app: QApplication, db: Database, runner: TaskRunner, actor: Actor | None, *, hint: str = "",
    user: str = "",
) -> int:  # fmt: skip
    """The login (unless ``actor`` is known), then the main window until it closes."""
    # Imported on first use (startup time): the login is shown without the main window's code.
    from tagana_desk.ui.login import LoginDialog
    from tagana_desk.ui.main_window import MainWindow

    if actor is None:
        login = LoginDialog(db, runner, hint=hint)
        if user:
            login.username_edit.setText(user)
            login.password_edit.setFocus()
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
    from tagana_desk.ui.main_window import MainWindow

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
