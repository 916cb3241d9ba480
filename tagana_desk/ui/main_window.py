"""The main window: navigation on the left, one page at a time, the desk's state at the bottom."""

from __future__ import annotations

import importlib
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)
from sqlalchemy.orm import Session

from tagana_desk import APP_NAME
from tagana_desk.domain.errors import NotFoundError
from tagana_desk.services import funds, office
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.database_tools import DatabaseTools
from tagana_desk.ui.errors import describe, show_error
from tagana_desk.ui.formatting import rupiah
from tagana_desk.ui.habits import remember_views, save_views
from tagana_desk.ui.icons import app_icon, icon
from tagana_desk.ui.idle_lock import IdleLock
from tagana_desk.ui.labels import role_label
from tagana_desk.ui.pages.base import Page, PageShortcuts
from tagana_desk.ui.pages.dashboard import DashboardPage
from tagana_desk.ui.widgets import NoticePage

if TYPE_CHECKING:
    # The other pages and the menus' dialogs are imported where they are first built (startup
    # time): the window opens on Beranda.
    from tagana_desk.ui.dialogs.password import PasswordDialog
    from tagana_desk.ui.dialogs.verify_receipt import VerifyReceiptDialog
    from tagana_desk.ui.help import AboutDialog, GuideDialog
    from tagana_desk.ui.pages.audit import AuditPage
    from tagana_desk.ui.pages.funds import FundsPage
    from tagana_desk.ui.pages.incidents import IncidentsPage
    from tagana_desk.ui.pages.payments import PaymentsPage
    from tagana_desk.ui.pages.recipients import RecipientsPage
    from tagana_desk.ui.pages.reports import ReportsPage
    from tagana_desk.ui.pages.settings import SettingsPage
    from tagana_desk.ui.pages.volunteers import VolunteersPage

GEOMETRY_KEY = "ui/main_window/geometry"
STATE_KEY = "ui/main_window/state"
#: Fits a 1366×768 screen with the Windows taskbar.
DEFAULT_SIZE = QSize(1280, 720)
#: After Beranda has its figures, the other pages' modules are imported one at a time while the
#: desk is idle (``MainWindow.PAGE_MODULES``), so a first click on a page only builds it.
PRELOAD_DELAY_MS = 400
PRELOAD_GAP_MS = 30
NOT_YET = QT_TRANSLATE_NOOP("MainWindow", "Halaman ini belum tersedia pada versi ini.")


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


@dataclass(frozen=True, slots=True)
class DeskStatus:
    fund: str
    available: int | None


def load_status(session: Session) -> DeskStatus:
    """What the status bar shows: the available balance of the office's disaster fund."""
    code = office.get_office(session).disaster_fund_code
    try:
        return DeskStatus(code, funds.balance(session, code).available)
    except NotFoundError:
        return DeskStatus(code, None)


class PlaceholderPage(Page):
    """A page later work fills: says plainly what will be here."""

    def __init__(self, ctx: DeskContext, title: str, body: str, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.notice = NoticePage(title, body, _tr(NOT_YET))
        layout.addWidget(self.notice)


P = TypeVar("P", bound=Page)


class PageSlot(Generic[P]):
    """``window.recipients_page``: the page at one place in the navigation, built the first time
    anything asks for it (a click, Ctrl+1…9, a menu, a test) — see :meth:`MainWindow.page`."""

    def __init__(self, index: int) -> None:
        self.index = index

    def __get__(self, window: MainWindow | None, owner: type | None = None) -> P:
        if window is None:
            return self  # type: ignore[return-value] - the class attribute itself
        return window.page(self.index)  # type: ignore[return-value]

    def __set__(self, window: MainWindow, value: object) -> None:
        raise AttributeError("a page of the main window cannot be replaced")


class MainWindow(QMainWindow):
    """Beranda, Kejadian, Penerima, Penyaluran, Dana, Tagana, Laporan, Pengaturan, Audit.

    Only Beranda, which the window opens on, is built with the window; every other page (and its
    module) when it is first shown or asked for: building all nine took most of a second.
    """

    BERANDA, KEJADIAN, PENERIMA, PENYALURAN, DANA, TAGANA, LAPORAN, PENGATURAN, AUDIT = range(9)

    dashboard_page: PageSlot[DashboardPage] = PageSlot(BERANDA)
    incidents_page: PageSlot[IncidentsPage] = PageSlot(KEJADIAN)
    recipients_page: PageSlot[RecipientsPage] = PageSlot(PENERIMA)
    payments_page: PageSlot[PaymentsPage] = PageSlot(PENYALURAN)
    funds_page: PageSlot[FundsPage] = PageSlot(DANA)
    volunteers_page: PageSlot[VolunteersPage] = PageSlot(TAGANA)
    reports_page: PageSlot[ReportsPage] = PageSlot(LAPORAN)
    settings_page: PageSlot[SettingsPage] = PageSlot(PENGATURAN)
    audit_page: PageSlot[AuditPage] = PageSlot(AUDIT)

    #: The modules ``_create_page`` imports for the pages after Beranda, most used first.
    PAGE_MODULES = tuple(f"tagana_desk.ui.pages.{name}" for name in (
        "recipients", "payments", "incidents", "funds", "volunteers", "reports", "audit",
        "settings",
    ))  # fmt: skip

    def __init__(
        self, ctx: DeskContext, parent: QWidget | None = None, *, idle_timeout_ms: int | None = None
    ) -> None:
        """``idle_timeout_ms``: lock after this many milliseconds without input (tests); by
        default the minutes stored in Pengaturan → Kantor."""
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        self.setMinimumSize(QSize(1000, 600))
        self.guide_dialog: GuideDialog | None = None
        self.about_dialog: AboutDialog | None = None
        self.password_dialog: PasswordDialog | None = None

        #: The navigation's names, in page order.
        self.page_titles: list[str] = [
            self.tr("Beranda"), self.tr("Kejadian"), self.tr("Penerima"), self.tr("Penyaluran"),
            self.tr("Dana"), self.tr("Tagana"), self.tr("Laporan"), self.tr("Pengaturan"),
            self.tr("Audit"),
        ]  # fmt: skip
        # None until the page is first built (page()); the stack holds an empty slot till then.
        self._pages: list[Page | None] = [None] * len(self.page_titles)

        self.nav = QListWidget()
        self.nav.setObjectName("navList")
        self.nav.setFixedWidth(190)
        self.nav.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.nav.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        for i, title in enumerate(self.page_titles):
            item = QListWidgetItem(icon(self.NAV_ICONS[i]), title)
            item.setToolTip(self.tr("{page} (Ctrl+{n})").format(page=title, n=i + 1))
            self.nav.addItem(item)
            self.stack.addWidget(QWidget())  # the page's slot
        self.nav.currentRowChanged.connect(self.show_page)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.database_tools = DatabaseTools(ctx, self)
        self._build_menu()
        self._build_status_bar()
        self.idle_lock = IdleLock(ctx, self, timeout_ms=idle_timeout_ms)
        ctx.runner.write_committed.connect(self.refresh_status)
        ctx.runner.task_failed.connect(lambda exc: show_error(self, exc))

        settings = QSettings()
        geometry = settings.value(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(DEFAULT_SIZE)
        # Builds Beranda. Column widths and splitter positions come back as each page is first
        # shown (remember_views as each page is built).
        self.nav.setCurrentRow(self.BERANDA)
        self.refresh_status()
        #: True once every page module is imported (``_preload_pages``).
        self.pages_preloaded = False
        if self.dashboard_page.data is None:
            self.dashboard_page.data_loaded.connect(self._schedule_preload)
        else:  # a runner that finished synchronously has already filled Beranda
            QTimer.singleShot(PRELOAD_DELAY_MS, self, self._preload_pages)

    # --- pages
    def _placeholders(self) -> dict[str, tuple[str, Page]]:
        # Every page exists now; this stays for a page a later version adds.
        texts: dict[str, tuple[str, str]] = {}
        return {
            key: (title, PlaceholderPage(self.ctx, title, body))
            for key, (title, body) in texts.items()
        }

    def page(self, index: int) -> Page:
        """The page at ``index`` (``MainWindow.PENERIMA``), built now if it was not yet."""
        page = self._pages[index]
        if page is None:
            page = self._pages[index] = self._create_page(index)
            page.shortcuts_changed.connect(self._page_shortcuts_changed)
            slot = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            if self.stack.currentWidget() is slot:
                self.stack.setCurrentWidget(page)
            self.stack.removeWidget(slot)
            slot.deleteLater()
            remember_views(page)
        return page

    def _schedule_preload(self) -> None:
        self.dashboard_page.data_loaded.disconnect(self._schedule_preload)
        QTimer.singleShot(PRELOAD_DELAY_MS, self, self._preload_pages)

    def _preload_pages(self) -> None:
        """Import the next page module not yet loaded, then wait for the event loop again.

        On the GUI thread, one module at a time (the largest takes about 50 ms): importing the
        Penerima page's module on the first click held the window for over 100 ms.
        """
        for name in self.PAGE_MODULES:
            if name not in sys.modules:
                importlib.import_module(name)
                QTimer.singleShot(PRELOAD_GAP_MS, self, self._preload_pages)
                return
        self.pages_preloaded = True

    def built_pages(self) -> list[Page]:
        """The pages built so far, in navigation order (never builds one)."""
        return [page for page in self._pages if page is not None]

    def _create_page(self, index: int) -> Page:
        """A new page for ``index``, connected to the window. Each page's module is imported
        here, on first use (startup time): with their dialogs they took half a second."""
        ctx = self.ctx
        if index == self.BERANDA:
            dashboard = DashboardPage(ctx)
            dashboard.page_requested.connect(self.open_page)
            return dashboard
        if index == self.KEJADIAN:
            from tagana_desk.ui.pages.incidents import IncidentsPage

            incidents = IncidentsPage(ctx)
            incidents.payments_requested.connect(self.open_payments_for)
            incidents.offer_payments_page()
            return incidents
        if index == self.PENERIMA:
            from tagana_desk.ui.pages.recipients import RecipientsPage

            return RecipientsPage(ctx)
        if index == self.PENYALURAN:
            from tagana_desk.ui.pages.payments import PaymentsPage

            return PaymentsPage(ctx)
        if index == self.DANA:
            from tagana_desk.ui.pages.funds import FundsPage

            return FundsPage(ctx)
        if index == self.TAGANA:
            from tagana_desk.ui.pages.volunteers import VolunteersPage

            return VolunteersPage(ctx)
        if index == self.LAPORAN:
            from tagana_desk.ui.pages.reports import ReportsPage

            return ReportsPage(ctx)
        if index == self.PENGATURAN:
            from tagana_desk.ui.pages.settings import SettingsPage

            settings = SettingsPage(ctx)
            settings.office_tab.idle_minutes_changed.connect(self.idle_lock.set_minutes)
            return settings
        if index == self.AUDIT:
            from tagana_desk.ui.pages.audit import AuditPage

            return AuditPage(ctx)
        raise IndexError(index)

    def show_page(self, index: int) -> None:
        if not 0 <= index < len(self.page_titles):
            return
        if self.nav.currentRow() != index:
            self.nav.setCurrentRow(index)  # comes back here through currentRowChanged
            return
        page = self.page(index)
        self.stack.setCurrentWidget(page)
        page.activate()
        self.update_page_actions()

    #: The navigation's icons, in page order (``tagana_desk.ui.icons``).
    NAV_ICONS = ("beranda", "kejadian", "penerima", "penyaluran", "dana", "tagana", "laporan",
                 "pengaturan", "audit")  # fmt: skip

    #: Page names (as the Beranda cards ask for them) → navigation index.
    PAGE_NAMES = {
        "beranda": BERANDA, "kejadian": KEJADIAN, "penerima": PENERIMA, "penyaluran": PENYALURAN,
        "dana": DANA, "tagana": TAGANA, "laporan": LAPORAN, "pengaturan": PENGATURAN,
        "audit": AUDIT,
    }  # fmt: skip

    def open_page(self, name: str) -> None:
        """Show a page by name (``"laporan"``); an unknown name does nothing."""
        if name in self.PAGE_NAMES:
            self.show_page(self.PAGE_NAMES[name])

    def open_payments_for(self, incident_id: int) -> None:
        """Penyaluran on one incident (from the incident's detail)."""
        self.payments_page.show_incident(incident_id)
        self.show_page(self.PENYALURAN)

    # --- menu
    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Berkas"))
        file_menu.aboutToShow.connect(self.update_page_actions)
        self.verify_action = QAction(icon("verify"), self.tr("&Periksa kuitansi…"), self)
        self.verify_action.setStatusTip(self.tr("Periksa keaslian kuitansi dari kode QR-nya"))
        self.verify_action.triggered.connect(self.open_verify_dialog)
        file_menu.addAction(self.verify_action)
        file_menu.addSeparator()
        # Ctrl+N / Ctrl+F / Ctrl+S / Ctrl+P: one action each for the whole window, doing what
        # the page in front declares (PageShortcuts); disabled where the page has none.
        self.new_action = self._page_action("new", self.tr("&Baru…"), QKeySequence.StandardKey.New)
        self.find_action = self._page_action("find", self.tr("&Cari"),
                                             QKeySequence.StandardKey.Find)  # fmt: skip
        self.save_action = self._page_action("save", self.tr("&Simpan"),
                                             QKeySequence.StandardKey.Save)  # fmt: skip
        self.print_action = self._page_action("print", self.tr("Ce&tak…"),
                                              QKeySequence.StandardKey.Print)  # fmt: skip
        for action in (self.new_action, self.find_action, self.save_action, self.print_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        self.database_tools.backup_action.setIcon(icon("backup"))
        self.database_tools.restore_action.setIcon(icon("restore"))
        for action in self.database_tools.actions:
            file_menu.addAction(action)
        file_menu.addSeparator()
        self.password_action = QAction(icon("password"), self.tr("Ubah kata san&di saya…"), self)
        self.password_action.setStatusTip(
            self.tr("Ganti kata sandi akun Anda sendiri; kata sandi lama diminta")
        )
        self.password_action.triggered.connect(self.open_password_dialog)
        file_menu.addAction(self.password_action)
        self.lock_action = QAction(icon("lock"), self.tr("K&unci layar"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setStatusTip(self.tr("Kunci layar sekarang; buka dengan kata sandi"))
        self.lock_action.triggered.connect(lambda: self.idle_lock.lock())
        file_menu.addAction(self.lock_action)
        quit_action = QAction(icon("quit"), self.tr("&Keluar"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("Ban&tuan"))
        self.guide_action = QAction(icon("help"), self.tr("&Panduan pengguna"), self)
        self.guide_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.guide_action.setStatusTip(self.tr("Cara memakai {app}, langkah demi langkah (F1)")
                                       .format(app=APP_NAME))  # fmt: skip
        self.guide_action.triggered.connect(self.open_guide)
        help_menu.addAction(self.guide_action)
        help_menu.addSeparator()
        about = QAction(icon("about"), self.tr("&Tentang {app}").format(app=APP_NAME), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        self.addAction(self.guide_action)
        # Ctrl+1 … Ctrl+9: the pages in navigation order (keyboard first).
        for i in range(len(self.page_titles)):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _checked=False, i=i: self.show_page(i))
            self.addAction(action)

    _PAGE_ACTION_ICONS = {"new": "new", "find": "search", "save": "save", "print": "print"}

    def _page_action(self, kind: str, text: str, keys: QKeySequence.StandardKey) -> QAction:
        action = QAction(icon(self._PAGE_ACTION_ICONS[kind]), text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setData(text)
        action.setEnabled(False)
        action.triggered.connect(lambda _checked=False, kind=kind: self.run_page_action(kind))
        self.addAction(action)  # the shortcut works with the menu closed
        return action

    def current_page(self) -> Page:
        return self.page(max(0, self.nav.currentRow()))

    def page_shortcuts(self) -> PageShortcuts:
        return self.current_page().shortcuts()

    def run_page_action(self, kind: str) -> None:
        """Ctrl+F / N / P / S: what the page in front declares for ``kind``, if anything."""
        targets = self.page_shortcuts()
        action = getattr(targets, kind)
        if action is not None:
            action()
        self.update_page_actions()

    def update_page_actions(self) -> None:
        """Enable the window's Cari / Baru / Cetak / Simpan as the page in front allows."""
        targets = self.page_shortcuts()
        for action, kind, text in (
            (self.find_action, "find", ""),
            (self.new_action, "new", targets.new_text),
            (self.save_action, "save", targets.save_text),
            (self.print_action, "print", targets.print_text),
        ):
            action.setEnabled(getattr(targets, kind) is not None)
            action.setText(text or action.data())

    def _page_shortcuts_changed(self) -> None:
        if self.sender() is self.current_page():
            self.update_page_actions()

    def open_guide(self) -> GuideDialog:
        """Bantuan → Panduan pengguna (F1), in the language of the GUI."""
        guide = self.guide_dialog
        try:
            if guide is not None and guide.isVisible():
                guide.raise_()
                guide.activateWindow()
                return guide
        except RuntimeError:  # closed earlier, and deleted since
            pass
        from tagana_desk.ui.help import GuideDialog  # imported on first use: startup time

        dialog = GuideDialog(self)
        dialog.finished.connect(dialog.deleteLater)
        self.guide_dialog = dialog
        dialog.show()  # not modal: the guide stays open beside the work
        return dialog

    def open_verify_dialog(self) -> VerifyReceiptDialog:
        from tagana_desk.ui.dialogs.verify_receipt import VerifyReceiptDialog  # startup time

        dialog = VerifyReceiptDialog(self.ctx, parent=self)
        dialog.finished.connect(dialog.deleteLater)
        self.verify_dialog = dialog
        dialog.open()
        return dialog

    def open_password_dialog(self) -> PasswordDialog:
        """Berkas → Ubah kata sandi saya…: every signed-in user, with the old password."""
        from tagana_desk.ui.dialogs.password import PasswordDialog  # startup time

        actor = self.ctx.actor
        dialog = PasswordDialog(self.ctx, actor.username, full_name=actor.full_name, parent=self)
        dialog.password_changed.connect(
            lambda _username: self.statusBar().showMessage(self.tr("Kata sandi Anda diganti."),
                                                           10_000)
        )  # fmt: skip
        dialog.finished.connect(dialog.deleteLater)
        self.password_dialog = dialog
        dialog.open()
        return dialog

    def show_about(self) -> AboutDialog:
        from tagana_desk.ui.help import AboutDialog  # imported on first use: startup time

        dialog = AboutDialog(self.ctx.db, self)
        dialog.finished.connect(dialog.deleteLater)
        self.about_dialog = dialog
        dialog.open()
        return dialog

    # --- status bar
    def _build_status_bar(self) -> None:
        actor = self.ctx.actor
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        self.user_label = QLabel(
            self.tr("{name} · {role}").format(
                name=actor.full_name or actor.username, role=role_label(actor.role)
            )
        )
        self.user_label.setToolTip(self.tr("Pengguna: {username}").format(username=actor.username))
        self.database_label = QLabel(
            self.tr("Database: {name}").format(name=_elide(self.ctx.db.display_name, 60))
        )
        self.database_label.setToolTip(self.ctx.db.display_name)
        self.available_label = QLabel(self.tr("Tersedia: …"))
        self.available_label.setToolTip(
            self.tr("Saldo tersedia dana bencana kantor (saldo dikurangi komitmen)")
        )
        bar.addWidget(self.user_label)
        bar.addWidget(self.database_label, 1)
        bar.addPermanentWidget(self.available_label)

    def refresh_status(self) -> None:
        self.ctx.read(load_status, on_done=self._show_status, on_error=self._status_failed,
                      owner=self)  # fmt: skip

    def _show_status(self, status: DeskStatus) -> None:
        amount = "—" if status.available is None else rupiah(status.available)
        self.available_label.setText(
            self.tr("Tersedia {fund}: {amount}").format(fund=status.fund, amount=amount)
        )

    def _status_failed(self, exc: object) -> None:
        self.available_label.setText(self.tr("Tersedia: tidak terbaca"))
        self.available_label.setToolTip(describe(exc))

    # --- closing
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.idle_lock.stop()
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        save_views(self)
        # A write in flight must finish (it holds the database lock) before the program ends.
        self.ctx.runner.wait_for_done(30_000)
        super().closeEvent(event)


def _elide(text: str, limit: int) -> str:
    return text if len(text) <= limit else "…" + text[-(limit - 1) :]
