"""The main window: navigation on the left, one page at a time, the desk's state at the bottom."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, QSize, Qt
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
from tagana_desk.ui.dialogs.password import PasswordDialog
from tagana_desk.ui.dialogs.verify_receipt import VerifyReceiptDialog
from tagana_desk.ui.errors import describe, show_error
from tagana_desk.ui.formatting import rupiah
from tagana_desk.ui.habits import remember_views, save_views
from tagana_desk.ui.help import AboutDialog, GuideDialog
from tagana_desk.ui.icons import app_icon, icon
from tagana_desk.ui.idle_lock import IdleLock
from tagana_desk.ui.labels import role_label
from tagana_desk.ui.pages.audit import AuditPage
from tagana_desk.ui.pages.base import Page, PageShortcuts
from tagana_desk.ui.pages.dashboard import DashboardPage
from tagana_desk.ui.pages.funds import FundsPage
from tagana_desk.ui.pages.incidents import IncidentsPage
from tagana_desk.ui.pages.payments import PaymentsPage
from tagana_desk.ui.pages.recipients import RecipientsPage
from tagana_desk.ui.pages.reports import ReportsPage
from tagana_desk.ui.pages.settings import SettingsPage
from tagana_desk.ui.pages.volunteers import VolunteersPage
from tagana_desk.ui.widgets import NoticePage

GEOMETRY_KEY = "ui/main_window/geometry"
STATE_KEY = "ui/main_window/state"
#: Fits a 1366×768 screen with the Windows taskbar.
DEFAULT_SIZE = QSize(1280, 720)
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


class MainWindow(QMainWindow):
    """Beranda, Kejadian, Penerima, Penyaluran, Dana, Tagana, Laporan, Pengaturan, Audit."""

    BERANDA, KEJADIAN, PENERIMA, PENYALURAN, DANA, TAGANA, LAPORAN, PENGATURAN, AUDIT = range(9)

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

        self.dashboard_page = DashboardPage(ctx)
        self.incidents_page = IncidentsPage(ctx)
        self.recipients_page = RecipientsPage(ctx)
        self.payments_page = PaymentsPage(ctx)
        self.funds_page = FundsPage(ctx)
        self.volunteers_page = VolunteersPage(ctx)
        self.settings_page = SettingsPage(ctx)
        self.audit_page = AuditPage(ctx)
        self.reports_page = ReportsPage(ctx)
        self.pages: list[tuple[str, Page]] = [
            (self.tr("Beranda"), self.dashboard_page),
            (self.tr("Kejadian"), self.incidents_page),
            (self.tr("Penerima"), self.recipients_page),
            (self.tr("Penyaluran"), self.payments_page),
            (self.tr("Dana"), self.funds_page),
            (self.tr("Tagana"), self.volunteers_page),
            (self.tr("Laporan"), self.reports_page),
            (self.tr("Pengaturan"), self.settings_page),
            (self.tr("Audit"), self.audit_page),
        ]

        self.nav = QListWidget()
        self.nav.setObjectName("navList")
        self.nav.setFixedWidth(190)
        self.nav.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.nav.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        for i, (title, page) in enumerate(self.pages):
            item = QListWidgetItem(icon(self.NAV_ICONS[i]), title)
            item.setToolTip(self.tr("{page} (Ctrl+{n})").format(page=title, n=i + 1))
            self.nav.addItem(item)
            self.stack.addWidget(page)
            page.shortcuts_changed.connect(self._page_shortcuts_changed)
        self.nav.currentRowChanged.connect(self.show_page)
        self.dashboard_page.page_requested.connect(self.open_page)
        self.incidents_page.payments_requested.connect(self.open_payments_for)
        self.incidents_page.detail.offer_payments_page()
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
        self.settings_page.office_tab.idle_minutes_changed.connect(self.idle_lock.set_minutes)
        ctx.runner.write_committed.connect(self.refresh_status)
        ctx.runner.task_failed.connect(lambda exc: show_error(self, exc))

        settings = QSettings()
        geometry = settings.value(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(DEFAULT_SIZE)
        # Column widths and splitter positions come back as each page is first shown.
        remember_views(self)
        self.nav.setCurrentRow(self.BERANDA)
        self.refresh_status()

    # --- pages
    def _placeholders(self) -> dict[str, tuple[str, Page]]:
        # Every page is built now; this stays for a page a later version adds.
        texts: dict[str, tuple[str, str]] = {}
        return {
            key: (title, PlaceholderPage(self.ctx, title, body))
            for key, (title, body) in texts.items()
        }

    def show_page(self, index: int) -> None:
        if not 0 <= index < len(self.pages):
            return
        if self.nav.currentRow() != index:
            self.nav.setCurrentRow(index)  # comes back here through currentRowChanged
            return
        page = self.pages[index][1]
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

    def page(self, index: int) -> Page:
        return self.pages[index][1]

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
        for i in range(len(self.pages)):
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
        return self.pages[max(0, self.nav.currentRow())][1]

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
        dialog = GuideDialog(self)
        dialog.finished.connect(dialog.deleteLater)
        self.guide_dialog = dialog
        dialog.show()  # not modal: the guide stays open beside the work
        return dialog

    def open_verify_dialog(self) -> VerifyReceiptDialog:
        dialog = VerifyReceiptDialog(self.ctx, parent=self)
        dialog.finished.connect(dialog.deleteLater)
        self.verify_dialog = dialog
        dialog.open()
        return dialog

    def open_password_dialog(self) -> PasswordDialog:
        """Berkas → Ubah kata sandi saya…: every signed-in user, with the old password."""
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
