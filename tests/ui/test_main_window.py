"""The main window: navigation, placeholders, status bar, menu, remembered geometry."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QDialogButtonBox

from tagana_desk import __version__
from tagana_desk.services import funds
from tagana_desk.ui.main_window import GEOMETRY_KEY, MainWindow, PlaceholderPage
from tagana_desk.ui.pages.incidents import IncidentsPage
from tests.ui.helpers import add_incident, set_office_bantul


def test_navigation_lists_every_page_in_order(qtbot, desk, open_main_window):
    window = open_main_window(desk("kepala"))
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == [
        "Beranda", "Kejadian", "Penerima", "Penyaluran", "Dana", "Tagana", "Laporan",
        "Pengaturan", "Audit",
    ]  # fmt: skip
    assert window.stack.currentWidget() is window.dashboard_page
    for i in range(window.nav.count()):
        window.nav.setCurrentRow(i)
        assert window.stack.currentWidget() is window.page(i)


def test_every_page_is_built(qtbot, desk, open_main_window):
    window = open_main_window(desk("operator"))
    pages = [window.page(i) for i in range(window.nav.count())]
    assert not any(isinstance(page, PlaceholderPage) for page in pages)
    assert window.built_pages() == pages
    assert [window.stack.indexOf(page) for page in pages] == list(range(len(pages)))


def test_only_beranda_is_built_until_another_page_is_asked_for(
    qtbot, sqlite_db, sqlite_roles, desk, open_main_window
):
    set_office_bantul(sqlite_db, sqlite_roles)
    add_incident(sqlite_db, sqlite_roles.operator, "Banjir Palbapang")
    window = open_main_window(desk("operator"))
    assert window.built_pages() == [window.dashboard_page]
    assert window.stack.currentWidget() is window.dashboard_page
    shortcuts = {a.shortcut().toString(): a for a in window.actions()}
    shortcuts["Ctrl+2"].trigger()  # Kejadian: built now, in its place, shown and loaded
    incidents = window.incidents_page
    assert isinstance(incidents, IncidentsPage)
    assert window.built_pages() == [window.dashboard_page, incidents]
    assert window.stack.currentWidget() is incidents and incidents.isVisible()
    assert window.stack.indexOf(incidents) == MainWindow.KEJADIAN
    assert incidents.model.rowCount() == 1
    assert incidents.stack.count() == 1  # the detail is built when an incident is opened
    incidents.open_incident(incidents.model.row_at(0).id)
    assert incidents.stack.count() == 2 and incidents.stack.currentWidget() is incidents.detail
    assert not incidents.detail.open_payments_button.isHidden()  # the window offers Penyaluran
    incidents.show_list()
    assert window.new_action.isEnabled()  # Ctrl+N goes to the page in front
    window.nav.setCurrentRow(MainWindow.DANA)  # a click in the navigation
    assert window.stack.currentWidget() is window.funds_page
    assert len(window.built_pages()) == 3
    shortcuts["Ctrl+2"].trigger()
    assert window.incidents_page is incidents  # built once
    window.close()  # saves the column widths of the pages built, builds no other
    assert len(window.built_pages()) == 3


def test_beranda_shows_each_fund(qtbot, sqlite_db, sqlite_roles, desk, open_main_window):
    with sqlite_db.write() as s:
        funds.allocate(s, sqlite_roles.bendahara, "BTT", 1_500_000_000, "SK Bupati 188/123/2026")
    window = open_main_window(desk("auditor"))
    page = window.dashboard_page
    assert [b.fund for b in page.data.figures.balances] == ["BTT", "HONOR"]
    card = page.fund_cards["BTT"]
    assert card.value.text() == "Rp1.500.000.000"
    assert card.detail.text() == "komitmen Rp0 · dana bencana"
    assert page.fund_cards["HONOR"].value.text() == "Rp0"


def test_status_bar_names_user_database_and_available_btt(
    qtbot, sqlite_db, sqlite_roles, desk, open_main_window
):
    with sqlite_db.write() as s:
        funds.allocate(s, sqlite_roles.bendahara, "BTT", 25_000_000, "SK Bupati 188/7/2026")
    window = open_main_window(desk("bendahara"))
    assert window.user_label.text() == "Bendahara · Bendahara"
    assert window.database_label.toolTip() == sqlite_db.display_name
    assert window.available_label.text() == "Tersedia BTT: Rp25.000.000"


def test_menu_quit_and_about(qtbot, sqlite_db, desk, open_main_window):
    window = open_main_window(desk("admin"))
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Berkas", "Ban&tuan"]
    file_actions = window.menuBar().actions()[0].menu().actions()
    assert file_actions[0] is window.verify_action  # Periksa kuitansi…
    quit_action = file_actions[-1]
    assert quit_action.text() == "&Keluar"
    assert quit_action.shortcut().toString() == "Ctrl+Q"
    about = window.show_about()
    assert __version__ in about.title_label.text()
    assert sqlite_db.display_name in about.plain_text()
    assert about.close_button.text() == "Tutup"
    about.close()


def test_ctrl_number_opens_pages(qtbot, desk, open_main_window):
    window = open_main_window(desk("auditor"))
    shortcuts = {a.shortcut().toString(): a for a in window.actions()}
    shortcuts["Ctrl+5"].trigger()
    assert window.stack.currentWidget() is window.funds_page
    shortcuts["Ctrl+9"].trigger()
    assert window.stack.currentWidget() is window.audit_page


def test_geometry_is_remembered(qtbot, desk):
    QSettings().remove(GEOMETRY_KEY)
    first = MainWindow(desk("admin"))
    qtbot.addWidget(first)
    first.resize(QSize(1100, 650))
    first.show()
    first.close()
    second = MainWindow(desk("admin"))
    qtbot.addWidget(second)
    assert second.size() == QSize(1100, 650)


def test_qt_standard_buttons_speak_indonesian(qtbot):
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Batal"
