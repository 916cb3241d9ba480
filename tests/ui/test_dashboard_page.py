"""Beranda: exact figures, the 12-month chart series, amber cards, cards that open their page."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tagana_desk.services import funds
from tagana_desk.ui.charts import juta, juta_short, nice_ticks
from tagana_desk.ui.main_window import MainWindow
from tagana_desk.ui.pages.dashboard import DashboardPage
from tests.ui.month_data import TODAY, build_two_months


def _beranda(window: MainWindow) -> DashboardPage:
    page = window.dashboard_page
    page.today = lambda: TODAY
    page.load()
    return page


def test_beranda_shows_the_exact_figures(qtbot, sqlite_db, sqlite_roles, desk, open_main_window):
    build_two_months(sqlite_db, sqlite_roles)
    window = open_main_window(desk("auditor"))
    page = _beranda(window)
    cards = page.cards
    assert cards["incidents"].value.text() == "1"
    assert cards["households"].value.text() == "1"
    assert cards["households"].detail.text() == "didaftar November 2026"
    assert cards["paid"].value.text() == "Rp2.275.000"
    assert cards["pending"].value.text() == "1"
    assert cards["pending"].detail.text() == "senilai Rp15.000.000"
    assert cards["pending"].warning
    assert cards["not_closed"].value.text() == "1"
    assert cards["not_closed"].detail.text() == "Okt 2026"
    assert cards["not_closed"].warning
    assert not cards["paid"].warning
    assert set(page.fund_cards) == {"BTT", "HONOR"}
    btt = page.fund_cards["BTT"]
    assert btt.value.text() == "Rp11.975.000"
    assert btt.detail.text() == "komitmen Rp15.000.000 · dana bencana"
    assert page.fund_cards["HONOR"].value.text() == "Rp800.000"
    assert page.fund_cards["HONOR"].detail.text() == "komitmen Rp0"
    assert "25 November 2026" in page.header.subtitle.text()


def test_monthly_chart_has_twelve_months_of_cash_in_kind_and_stipends(
    qtbot, sqlite_db, sqlite_roles, desk, open_main_window
):
    build_two_months(sqlite_db, sqlite_roles)
    page = _beranda(open_main_window(desk("bendahara")))
    chart = page.monthly_chart
    assert [p.label for p in chart.points] == [
        "Des 25", "Jan 26", "Feb 26", "Mar 26", "Apr 26", "Mei 26", "Jun 26", "Jul 26", "Agu 26",
        "Sep 26", "Okt 26", "Nov 26",
    ]  # fmt: skip
    # The axis: month names, the year under the first month and under January.
    assert [c.split("<br>")[0] for c in chart.categories] == [
        "Des", "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov",
    ]  # fmt: skip
    assert "2025" in chart.categories[0] and "2026" in chart.categories[1]
    assert "<br>" not in chart.categories[2]
    assert [chart.sets[k].label() for k in ("cash", "in_kind", "stipends")] == [
        "Tunai", "Barang", "Honor relawan",
    ]  # fmt: skip
    zeros = [0] * 10
    assert chart.values("cash") == zeros + [0, 525_000]
    assert chart.values("in_kind") == zeros + [750_000, 1_750_000]  # the voided sembako is out
    assert chart.values("stipends") == zeros + [200_000, 0]
    axes = chart.chart().axes(Qt.Orientation.Vertical)
    assert axes[0].titleText() == "Rp juta"
    assert axes[0].categoriesLabels() == ["0", "0,5", "1", "1,5", "2", "2,5"]
    assert page.monthly_stack.currentIndex() == 0

    aid = page.aid_chart
    assert aid.amounts() == {"JADUP": 525_000, "SEMBAKO": 750_000, "FAMILY_KIT": 1_750_000}
    # Largest on top: a horizontal bar chart lists its categories from the bottom up.
    assert aid.categories == [
        "Jaminan hidup<br><b>Rp525 rb</b>", "Paket sembako<br><b>Rp750 rb</b>",
        "Family kit<br><b>Rp1,8 jt</b>",
    ]  # fmt: skip


def test_empty_desk_shows_calm_zeroes_and_no_chart(qtbot, desk, open_main_window):
    page = _beranda(open_main_window(desk("operator")))
    assert page.cards["paid"].value.text() == "Rp0"
    assert page.cards["pending"].detail.text() == "tidak ada"
    assert not page.cards["pending"].warning
    assert page.cards["not_closed"].detail.text() == "semua sudah ditutup"
    assert not page.cards["not_closed"].warning
    assert page.monthly_stack.currentIndex() == 1
    assert page.aid_stack.currentIndex() == 1
    assert page.monthly_chart.values("cash") == [0] * 12


def test_beranda_reloads_after_a_write(qtbot, sqlite_db, sqlite_roles, desk, open_main_window):
    window = open_main_window(desk("bendahara"))
    page = _beranda(window)
    assert page.fund_cards["BTT"].value.text() == "Rp0"
    window.show_page(MainWindow.DANA)
    dialog = window.funds_page.open_allocate_dialog()
    qtbot.keyClicks(dialog.amount_edit, "2500000")
    qtbot.keyClicks(dialog.reference_edit, "SK Bupati 188/9/2026")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    window.show_page(MainWindow.BERANDA)
    assert page.fund_cards["BTT"].value.text() == "Rp2.500.000"


def test_cards_open_the_page_behind_them(qtbot, sqlite_db, sqlite_roles, desk, open_main_window):
    with sqlite_db.write() as s:
        funds.allocate(s, sqlite_roles.bendahara, "BTT", 1_000_000, "SK Bupati 188/1/2026")
    window = open_main_window(desk("kepala"))
    page = _beranda(window)
    expected = {
        "incidents": window.incidents_page,
        "households": window.recipients_page,
        "pending": window.page(MainWindow.PENYALURAN),
        "not_closed": window.reports_page,
    }
    for key, target in expected.items():
        window.show_page(MainWindow.BERANDA)
        qtbot.mouseClick(page.cards[key], Qt.MouseButton.LeftButton)
        assert window.stack.currentWidget() is target, key
    window.show_page(MainWindow.BERANDA)
    qtbot.mouseClick(page.fund_cards["BTT"], Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.funds_page


def test_cards_take_keyboard_focus_and_open_with_enter(qtbot, desk, open_main_window):
    window = open_main_window(desk("bendahara"))
    page = _beranda(window)
    card = page.cards["not_closed"]
    assert card.focusPolicy() == Qt.FocusPolicy.StrongFocus
    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.reports_page
    window.show_page(MainWindow.BERANDA)
    qtbot.keyClick(page.fund_cards["HONOR"], Qt.Key.Key_Enter)
    assert window.stack.currentWidget() is window.funds_page


def test_million_labels_are_indonesian():
    assert juta(0) == "0"
    assert juta(2_500_000) == "2,5"
    assert juta(750_000) == "0,75"
    assert juta(1_250_000_000) == "1.250"
    assert juta_short(12_500_000) == "Rp12,5 jt"
    assert juta_short(144_400_000) == "Rp144 jt"
    assert juta_short(250_000) == "Rp250 rb"
    assert nice_ticks(0) == [0, 500_000, 1_000_000]
    assert nice_ticks(2_275_000) == [0, 500_000, 1_000_000, 1_500_000, 2_000_000, 2_500_000]
    assert nice_ticks(930_000_000)[-1] == 1_000_000_000
