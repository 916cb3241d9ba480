"""Persiapan pertama: the wizard ``tagana-desk`` opens on a database without users.

Two ways out. *Siapkan kantor baru*: five pages of input, then Finish writes everything in one
transaction (``setup.first_run``) on the task runner and signs the new admin in through the
users service (an audited login like any other); the caller opens the main window as ``actor``.
*Buka data demo*: the Bantul demo is built (or reused) in ``demo.db`` beside the office database,
with a progress dialog that can cancel it; the caller shows the login for ``demo_database``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from tagana_desk import APP_NAME
from tagana_desk.db import migrate
from tagana_desk.db.engine import Database, open_database
from tagana_desk.domain.errors import AuthenticationError, TaganaError
from tagana_desk.paths import data_dir, resources_dir
from tagana_desk.services import demo, setup, users
from tagana_desk.services.context import Actor
from tagana_desk.services.setup import FirstRunInput
from tagana_desk.ui.errors import describe
from tagana_desk.ui.first_run.pages import (
    AdminPage,
    FundsPage,
    OfficePage,
    SignatoriesPage,
    SummaryPage,
    WelcomePage,
)
from tagana_desk.ui.progress import TaskProgress
from tagana_desk.ui.tasks import Runner
from tagana_desk.ui.widgets import show_message

#: KK in the demo the wizard builds (as ``tagana-desk demo``: seconds, not minutes).
DEMO_HOUSEHOLDS = 2000
DEMO_FILE = "demo.db"
#: The wizard's size: its pages fit without scrolling, and it fits a 1366×768 screen.
WIZARD_SIZE = QSize(900, 640)


def demo_database_path() -> Path:
    """``demo.db`` in the user data folder, beside the default office database."""
    return data_dir() / DEMO_FILE


class DemoCancelled(TaganaError):
    """The person pressed Cancel while the demo was being built."""

    def __init__(self) -> None:
        super().__init__("Pembuatan data demo dibatalkan; file demo tidak disimpan.")


@dataclass(frozen=True, slots=True)
class DemoBuilt:
    path: Path
    already: bool
    summary: str


def build_demo(
    path: Path, households: int, say: Callable[[str], None], cancelled: Callable[[], bool]
) -> DemoBuilt:
    """Worker thread: the demo in ``path`` (reused when it already holds one).

    A file this call created is removed again when the build is cancelled or fails, so the next
    try starts clean; an existing file is never removed.
    """
    existed = path.exists()
    db = open_database(str(path), create=True, bulk_load=True)
    try:
        migrate.ensure_usable(db)
        migrate.upgrade(db)

        def step(message: str) -> None:
            if cancelled():
                raise DemoCancelled()
            say(message)

        result = demo.build(db, households=households, progress=step)
    except BaseException:
        db.dispose()
        if not existed:
            for suffix in ("", "-wal", "-shm", "-journal"):
                with contextlib.suppress(OSError):
                    Path(f"{path}{suffix}").unlink(missing_ok=True)
        raise
    db.dispose()
    return DemoBuilt(path, result.already, result.summary)


def finish_first_run(db: Database, data: FirstRunInput) -> Actor:
    """Worker thread: the one transaction, then the new admin's (audited) sign-in."""
    with db.write() as session:
        setup.first_run(session, data)
    with db.write() as session:
        login = users.authenticate(session, data.admin.username, data.admin.password)
    if login.actor is None:  # the password was just set: only a bug gets here
        raise AuthenticationError(login.message)
    return login.actor


class DemoProgress(TaskProgress):
    """The demo's progress dialog: no percentage, the step the demo is at."""

    step_reached = Signal(str)

    def __init__(self, parent: QWidget, title: str, label: str) -> None:
        super().__init__(parent, title, label)
        self.dialog.setMinimumWidth(440)
        self.step_reached.connect(self._show_step)

    def _show_step(self, text: str) -> None:
        self.dialog.setLabelText(self.tr("Membuat data demo: {step}…").format(step=text))

    def say(self, message: str) -> None:  # any thread
        self.step_reached.emit(message)


class FirstRunWizard(QWizard):
    """Persiapan pertama. After ``exec()`` returns Accepted, either ``actor`` (the new admin,
    signed in) or ``demo_database`` (open, not yet signed in) is set."""

    WELCOME, OFFICE, SIGNATORIES, ADMIN, FUNDS, SUMMARY = range(6)

    #: The setup was written; the new admin is signed in.
    setup_finished = Signal(object)  # Actor
    #: The demo database is ready for the login.
    demo_ready = Signal(object)  # DemoBuilt

    def __init__(self, db: Database, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.runner = runner
        self.actor: Actor | None = None
        self.demo_database: Database | None = None
        self.demo_result: DemoBuilt | None = None
        self.busy = False
        self.progress: DemoProgress | None = None

        self.setWindowTitle(self.tr("Persiapan pertama — {app}").format(app=APP_NAME))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setTitleFormat(Qt.TextFormat.RichText)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        icon = resources_dir() / "icons" / "tagana-desk.svg"
        if icon.exists():
            self.setPixmap(QWizard.WizardPixmap.LogoPixmap, QIcon(str(icon)).pixmap(48, 48))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Kembali"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Batal"))
        self.resize(WIZARD_SIZE)

        self.welcome_page = WelcomePage(db.display_name)
        self.office_page = OfficePage()
        self.signatories_page = SignatoriesPage()
        self.admin_page = AdminPage()
        self.funds_page = FundsPage()
        self.summary_page = SummaryPage()
        for page_id, page in (
            (self.WELCOME, self.welcome_page), (self.OFFICE, self.office_page),
            (self.SIGNATORIES, self.signatories_page), (self.ADMIN, self.admin_page),
            (self.FUNDS, self.funds_page), (self.SUMMARY, self.summary_page),
        ):  # fmt: skip
            self.setPage(page_id, page)
            # A page title as large as the main window's page titles.
            page.setTitle(
                f"<span style='font-size:14pt; font-weight:600'>{escape(page.title())}</span>"
            )
        self.setStartId(self.WELCOME)
        self.welcome_page.demo_radio.toggled.connect(lambda _on: self._button_texts())
        self.currentIdChanged.connect(lambda _id: self._button_texts())
        self._button_texts()

    def _button_texts(self) -> None:
        # On the welcome page with the demo chosen, "next" opens the demo and leaves the wizard.
        demo_choice = self.currentId() in (-1, self.WELCOME) and self.welcome_page.wants_demo()
        self.setButtonText(
            QWizard.WizardButton.NextButton,
            self.tr("Buka demo") if demo_choice else self.tr("Lanjut >"),
        )
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Selesai"))

    # --- input
    def collect(self) -> FirstRunInput:
        """What the pages hold now, as the setup service's input (nothing is checked here)."""
        office = self.office_page
        return FirstRunInput(
            office_name=office.name_edit.text().strip(),
            kabupaten_code=office.kabupaten_code() or "",
            address=office.address_edit.text().strip(),
            admin=self.admin_page.account(),
            signatories=self.signatories_page.entries(),
            bendahara=self.funds_page.account(),
            allocations=self.funds_page.allocations(),
            logo_png=office.logo_png,
        )

    # --- finishing
    def finish_setup(self) -> None:
        """Write the setup on the task runner; the wizard closes when it is committed."""
        self._set_busy(True, self.tr("Menyimpan…"))
        self.runner.submit(
            finish_first_run, self.db, self.collect(),
            on_done=self._setup_done, on_error=self._setup_failed, write=True, owner=self,
        )  # fmt: skip

    def _setup_done(self, actor: Actor) -> None:
        self.actor = actor
        self._set_busy(False)
        self.setup_finished.emit(actor)
        # accept() validates the page again, which now passes; not from inside the callback.
        QTimer.singleShot(0, self.accept)

    def _setup_failed(self, exc: object) -> None:
        self._set_busy(False)
        show_message(self.summary_page.message, describe(exc))

    def open_demo(self) -> None:
        """Build (or reuse) the demo on the task runner, with a progress dialog and Cancel."""
        self._set_busy(True, self.tr("Menyiapkan…"))
        self.progress = DemoProgress(
            self, self.tr("Data demo"), self.tr("Menyiapkan data demo Kabupaten Bantul…")
        )
        self.runner.submit(
            build_demo, demo_database_path(), DEMO_HOUSEHOLDS, self.progress.say,
            self.progress.cancelled, on_done=self._demo_done, on_error=self._demo_failed,
            write=True, owner=self,
        )  # fmt: skip

    def _end_progress(self) -> None:
        if self.progress is not None:
            self.progress.finish()
            self.progress = None

    def _demo_done(self, built: DemoBuilt) -> None:
        self._end_progress()
        self._set_busy(False)
        self.demo_result = built
        self.demo_database = open_database(str(built.path))
        self.demo_ready.emit(built)
        QTimer.singleShot(0, self.accept)

    def _demo_failed(self, exc: object) -> None:
        self._end_progress()
        self._set_busy(False)
        show_message(self.welcome_page.message, describe(exc))

    def demo_hint(self) -> str:
        """What the login says about the demo accounts."""
        return self.tr(
            "Data demo Dinas Sosial Kabupaten Bantul. Masuk sebagai admin, operator, bendahara, "
            "kepala atau auditor; kata sandi semuanya: demo"
        )

    def _set_busy(self, busy: bool, text: str = "") -> None:
        """While the background work runs: no button works, the one pressed says what it does."""
        self.busy = busy
        for which in (
            QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
            QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton,
        ):  # fmt: skip
            self.button(which).setEnabled(not busy)
        if busy:
            pressed = (
                QWizard.WizardButton.FinishButton
                if self.currentId() == self.SUMMARY
                else QWizard.WizardButton.NextButton
            )
            self.setButtonText(pressed, text)
        else:
            self._button_texts()
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    # --- leaving
    def reject(self) -> None:
        """Cancel and Esc: nothing has been written yet; ask before throwing the input away."""
        if self.busy:
            return
        if self.confirm_cancel():
            super().reject()

    def confirm_cancel(self) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Batalkan persiapan"))
        box.setText(self.tr("Batalkan persiapan pertama?"))
        box.setInformativeText(
            self.tr(
                "Belum ada yang disimpan. Wizard ini muncul lagi saat Tagana Desk dibuka "
                "berikutnya."
            )
        )
        stop = box.addButton(self.tr("Ya, batalkan"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Lanjutkan mengisi"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is stop
